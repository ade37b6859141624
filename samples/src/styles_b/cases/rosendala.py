"""Case rosendala-ks-2023-336 (style samples, area b/c).

Rosendala kommun, Dnr written "KS/2023-0336" (slash after the series, dash
before a zero-padded serial). Full chain motion -> tjänsteskrivelse -> KSAU ->
KF, granted in part by content ("dels bifalls gällande …, dels avslås
avseende …").

* 1_motion: S + V, Word bullets, lower-case "att".
* 2_tjansteskrivelse: the motion retold in one sentence in Sammanfattning
  (the only place the clauses appear); comments by ordinal or label
  ("Motionens första att-sats", "Den andra att-satsen", "Att-sats 3");
  proposal by content; several Dnr (own, tekniska nämnden's, the
  klimatanpassningsplan's).
* 3_ksau-protokoll: "KSAU § 58" with the bare Dnr on the same line; dash
  list of underlag; "I ärendet föreligger tjänsteskrivelse …"; heading
  "Arbetsutskottets förslag till kommunstyrelsen för förslag till
  kommunfullmäktige" and the proposal as a Word bullet.
* 4_kf-protokoll: "KF § 87", Dnr below the heading; attendance note per §;
  yrkanden "med instämmande av"; propositionsordning; "efter votering 31 -
  18"; reservation against "de att-satser som …"; "Beslutsexpediering:";
  signature box in the footer of every page.
"""
from truthlib import SIG, decision, truth

MUNI = "Rosendala kommun"
DNR = "KS/2023-0336"
KEY = "KS 2023/336"
AUTHORS = [("Hanna Ekström", "S"), ("Jonas Pettersson", "V")]

C1 = ("att samtliga förskole- och skolgårdar i kommunen inventeras med avseende på skugga och "
      "värmeutsatthet under sommarhalvåret")
C2 = "att kommunen planterar träd eller bygger skuggtak på minst tio förskole- och skolgårdar före utgången av 2026"
C3 = "att dricksvattenposter installeras vid alla kommunala lekplatser"
CLAUSES = [C1, C2, C3]
PER = [(1, "bifall"), (2, "avslag"), (3, "avslag")]

TITLE_M = "Motion om skugga och dricksvatten på skolgårdar och lekplatser"
TITLE_A = "Svar på motion om skugga och dricksvatten på skolgårdar och lekplatser"

# ---------------------------------------------------------------- 1 motion
motion = {
    "stem": "rosendala-ks-2023-336_1_motion",
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": TITLE_M, "core_author": "Hanna Ekström",
    "blocks": [
        ("p", "Till kommunfullmäktige i Rosendala kommun", {"italic": True}),
        ("title", TITLE_M),
        ("p", "Sommaren 2022 uppmättes över 30 grader i skugga på flera av kommunens förskolor under "
              "nio dagar i följd. På gårdar där träden tagits ner vid ombyggnader finns i dag ingen "
              "skugga alls, och personalen har berättat att barnen fått stanna inomhus hela "
              "eftermiddagar. Små barn är särskilt känsliga för värme, eftersom de har svårare att "
              "reglera sin kroppstemperatur och inte alltid säger till när de behöver dricka."),
        ("p", "Forskningen om klimatförändringar är tydlig med att värmeböljorna kommer att bli fler. "
              "Träd ger skugga, sänker temperaturen på marken och gör gårdarna till bättre "
              "lekmiljöer. Det tar dock många år innan ett nyplanterat träd ger skugga, och därför "
              "behöver arbetet börja nu. Där det inte går att plantera kan ett skuggtak eller ett "
              "segel vara en lösning."),
        ("p", "På kommunens lekplatser saknas i dag möjlighet att fylla på vatten. Familjer som "
              "tillbringar en eftermiddag på Stadsparkens lekplats eller vid Ekbacken har ingenstans "
              "att dricka, och den närmaste offentliga kranen ligger ofta flera hundra meter bort."),
        ("p", "Vi föreslår kommunfullmäktige besluta"),
        ("bullets", CLAUSES),
        ("empty",),
        ("p", "Rosendala 2023-05-08"),
        ("empty",),
        ("lines", ["Hanna Ekström (S)", "Jonas Pettersson (V)"]),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2023-05-08",
                   authors=AUTHORS, clauses=CLAUSES),
}

# ---------------------------------------------------------------- 2 tjänsteskrivelse
RETOLD = ("Hanna Ekström (S) och Jonas Pettersson (V) föreslår i en motion " + C1 + ", "
          + C2 + " och " + C3 + ".")
K1 = ("Motionens första att-sats om en inventering ligger väl i linje med kommunens "
      "klimatanpassningsplan, där åtgärd 4.2 handlar om att kartlägga värmeutsatta miljöer för "
      "barn och äldre. Kommunledningsförvaltningen och fastighetsavdelningen kan genomföra "
      "inventeringen under 2024 med hjälp av de värmekartor som länsstyrelsen tagit fram. "
      "Förvaltningen föreslår att den bifalls.")
K2 = ("Den andra att-satsen om träd eller skuggtak på minst tio gårdar bedöms inte kunna "
      "genomföras före 2026 inom befintliga ramar. Tekniska nämnden uppskattar kostnaden till "
      "mellan 3,5 och 5 miljoner kronor, och vilka gårdar som bör prioriteras kan avgöras först "
      "när inventeringen är klar. Åtgärder på enskilda gårdar bör i stället tas in i "
      "fastighetsavdelningens underhållsplan från 2025. Förvaltningen föreslår att att-satsen "
      "avslås.")
K3 = ("Att-sats 3 gäller dricksvattenposter vid kommunens 34 lekplatser. Enligt tekniska nämnden "
      "saknar 29 av dem vattenledning i dag, och en anslutning kostar mellan 60 000 och "
      "150 000 kronor per plats. Till det kommer drift och provtagning. Förvaltningen anser att "
      "dricksvatten i första hand bör finnas vid de fyra stora lekplatserna i parkerna, där "
      "tekniska nämnden redan planerar för detta, och föreslår att att-satsen avslås.")
DEC = ("Motionen dels bifalls gällande förslaget om inventering av skugga på förskole- och "
       "skolgårdar, dels avslås avseende förslagen om trädplantering på tio gårdar och om "
       "dricksvattenposter vid lekplatserna.")

svar = {
    "stem": "rosendala-ks-2023-336_2_tjansteskrivelse",
    "format": "docx", "font": "Arial", "size": 10.5,
    "core_title": TITLE_A, "core_author": "Sofia Lindqvist",
    "header": ["ROSENDALA KOMMUN\tTjänsteskrivelse\tSida {PAGE} ({NUMPAGES})",
               "Kommunledningsförvaltningen\t\t2023-10-16"],
    "footer": ["Rosendala kommun · 563 80 Rosendala · Rådhustorget 1 · 0393-77 10 00 · "
               "www.rosendala.se"],
    "blocks": [
        ("table", [["Diarienummer", "Handläggare", "Mottagare"],
                   [DNR, "Sofia Lindqvist, miljöstrateg", "Kommunstyrelsen"]],
         {"bold_first_row": True, "widths_cm": [4.6, 6.6, 5.2]}),
        ("title", TITLE_A),
        ("h1", "Förslag till beslut"),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
        ("p", DEC),
        ("h1", "Sammanfattning"),
        ("p", RETOLD),
        ("p", "Förvaltningen delar motionärernas bild av att värmen på förskole- och skolgårdar är "
              "ett växande problem. En inventering kan göras under 2024. Plantering och "
              "dricksvattenposter bör däremot prioriteras utifrån inventeringen och tas in i de "
              "ordinarie underhålls- och investeringsplanerna."),
        ("h1", "Bakgrund"),
        ("p", "Motionen väcktes i kommunfullmäktige den 22 maj 2023, § 44, och överlämnades till "
              "kommunstyrelsen för beredning. Tekniska nämnden har yttrat sig över motionen den "
              "12 september 2023, § 71 (dnr TN 2023/118), och fastighetsavdelningen har lämnat "
              "uppgifter om kommunens gårdar."),
        ("p", "Kommunfullmäktige antog i februari 2022 en klimatanpassningsplan för Rosendala "
              "kommun (KS/2021-0419). Planen pekar ut värmeböljor som en av de största riskerna "
              "för hälsan och anger att förskolor, skolor och särskilda boenden ska prioriteras. "
              "Kommunen har 27 kommunala förskolor och 14 grundskolor. Vid ombyggnader under "
              "2010-talet ersattes på flera gårdar gräsytor och träd med gummiasfalt, som blir "
              "mycket varm i solen."),
        ("h1", "Bedömning"),
        ("p", K1),
        ("p", K2),
        ("p", K3),
        ("h1", "Konsekvenser"),
        ("p", "Inventeringen ryms inom kommunledningsförvaltningens budget. Förslaget har en "
              "positiv betydelse för barns hälsa och för deras möjlighet att leka ute under "
              "sommaren. Barnkonventionens artikel 3 och 24 har beaktats."),
        ("h1", "Beslutsunderlag"),
        ("lines", ["Motion från Hanna Ekström (S) och Jonas Pettersson (V), 2023-05-08",
                   "Tekniska nämndens protokoll 2023-09-12, § 71",
                   "Tjänsteskrivelse 2023-10-16"]),
        ("h1", "Beslutet skickas till"),
        ("lines", ["Tekniska nämnden", "Fastighetsavdelningen", "Motionärerna"]),
        ("empty",),
        ("p", "Per Axelsson\tSofia Lindqvist\nKommundirektör\tMiljöstrateg"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_A, MUNI, "KS", "2023-10-16",
                   officer="Sofia Lindqvist", authors=AUTHORS, clauses=CLAUSES,
                   comments=[(1, K1), (2, K2), (3, K3)],
                   decision=decision("delvis_bifall", True, DEC, PER)),
}

# ---------------------------------------------------------------- 3 KSAU
ksau = {
    "stem": "rosendala-ks-2023-336_3_ksau-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "KSAU 2023-10-30 § 58", "core_author": "Eva Dahl",
    "header": [("table", [["ROSENDALA KOMMUN", "PROTOKOLLSUTDRAG", "Sida {PAGE} ({NUMPAGES})"],
                          ["Kommunstyrelsens arbetsutskott", "Sammanträdesdatum 2023-10-30", ""]],
                {"widths_cm": [6.2, 6.2, 4.0]})],
    "footer": [SIG],
    "blocks": [
        ("p", "KSAU § 58\tKS/2023-0336", {"bold": True}),
        ("h2", TITLE_A),
        ("lines", ["- Motion 2023-05-08",
                   "- Tekniska nämnden 2023-09-12, § 71",
                   "- Kommunledningsförvaltningen 2023-10-16"]),
        ("empty",),
        ("p", "Ärendebeskrivning", {"bold": True}),
        ("p", "I ärendet föreligger tjänsteskrivelse 2023-10-16 från kommunledningsförvaltningen."),
        ("p", "Hanna Ekström (S) och Jonas Pettersson (V) har i kommunfullmäktige 2023-05-22, § 44, "
              "väckt en motion om skugga och dricksvatten på skolgårdar och lekplatser. "
              "Motionärerna föreslår " + C1 + ", " + C2 + " och " + C3 + "."),
        ("p", "Tekniska nämnden har i sitt yttrande pekat på kostnaderna för trädplantering och för "
              "att dra fram vatten till lekplatserna. Förvaltningen förordar bifall till "
              "inventeringen men inte till de två övriga förslagen, som bör prövas i "
              "underhålls- och investeringsplaneringen när inventeringen är klar."),
        ("p", "Arbetsutskottets förslag till kommunstyrelsen för förslag till kommunfullmäktige",
         {"bold": True}),
        ("p", "Arbetsutskottet föreslår kommunstyrelsen föreslå kommunfullmäktige besluta följande:"),
        ("bullets", [DEC]),
        ("empty",),
        ("p", "Beslutet skickas till", {"bold": True}),
        ("p", "Kommunstyrelsen"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_A, MUNI, "KSAU", "2023-10-30",
                   authors=AUTHORS, clauses=CLAUSES,
                   decision=decision("delvis_bifall", True, DEC, PER)),
}

# ---------------------------------------------------------------- 4 KF
DEC_KF = ("Kommunfullmäktige beslutar att motionen om skugga och dricksvatten på skolgårdar och "
          "lekplatser dels bifalls gällande förslaget om en inventering av skugga på förskole- och "
          "skolgårdar, dels avslås avseende trädplanteringen och dricksvattenposterna, i enlighet "
          "med kommunstyrelsens förslag den 13 november 2023, § 142.")

kf = {
    "stem": "rosendala-ks-2023-336_4_kf-protokoll",
    "format": "docx", "font": "Garamond", "size": 12,
    "core_title": "KF 2023-11-27 § 87", "core_author": "Eva Dahl",
    "header": ["Rosendala kommun\tSAMMANTRÄDESPROTOKOLL\tSida {PAGE} av {NUMPAGES}",
               "Kommunfullmäktige\t\t2023-11-27"],
    "footer": [SIG],
    "blocks": [
        ("p", "KF § 87", {"bold": True, "size": 13}),
        ("h2", TITLE_A),
        ("p", "Dnr KS/2023-0336"),
        ("p", "Anders Holm (C) tjänstgör som ersättare istf Maria Åkesson (C) § 85–90. "
              "Britt Nordin (SD) lämnar sammanträdet efter § 86 och ersätts av Kim Rask (SD).",
         {"italic": True}),
        ("p", "Ärendebeskrivning", {"bold": True}),
        ("p", "I en motion som väcktes den 22 maj 2023 yrkar Hanna Ekström (S) och Jonas Pettersson "
              "(V) " + C1 + ", " + C2 + " och " + C3 + "."),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen dels bifalls "
              "gällande inventeringen, dels avslås i övrigt (KS 2023-11-13, § 142)."),
        ("p", "Yrkanden", {"bold": True}),
        ("p", "Hanna Ekström (S) med instämmande av Jonas Pettersson (V) och Lina Fors (MP) yrkar "
              "bifall till motionen i sin helhet."),
        ("p", "Göran Malm (M) med instämmande av Ulla Berg (KD) och Anders Holm (C) yrkar bifall "
              "till kommunstyrelsens förslag."),
        ("p", "Propositionsordning", {"bold": True}),
        ("p", "Ordföranden ställer förslagen mot varandra och finner att kommunfullmäktige bifaller "
              "kommunstyrelsens förslag. Votering begärs och ska verkställas."),
        ("p", "Följande voteringsproposition godkänns: den som bifaller kommunstyrelsens förslag "
              "röstar ja, den som bifaller Hanna Ekströms yrkande röstar nej."),
        ("p", "Kommunfullmäktige beslutar enligt kommunstyrelsens förslag efter votering 31 - 18. "
              "Två ledamöter avstår från att rösta. Voteringslistan finns i bilaga 3."),
        ("p", "Kommunfullmäktiges beslut", {"bold": True}),
        ("p", DEC_KF),
        ("p", "Reservation", {"bold": True}),
        ("p", "Hanna Ekström (S), Jonas Pettersson (V) och Lina Fors (MP) reserverar sig mot "
              "beslutet att avslå de att-satser som rör trädplantering och dricksvatten."),
        ("p", "Beslutsexpediering:", {"bold": True}),
        ("lines", ["Akt", "Kommunstyrelsen", "Tekniska nämnden", "Motionärerna"]),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_A, MUNI, "KF", "2023-11-27",
                   authors=AUTHORS, clauses=CLAUSES,
                   decision=decision("delvis_bifall", False, DEC_KF, PER)),
}

DOCS = [motion, svar, ksau, kf]
