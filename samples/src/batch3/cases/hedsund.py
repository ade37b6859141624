"""Case hedsund-ks-2024-173 (held out).

Hedsunds kommun, Dnr written "Dnr: KS 2024/00173" (zero-padded to five
digits, with a colon after "Dnr"). Full chain motion -> answer -> KS -> KF,
ending in "bifall the first att-sats, avslag for the rest".

* 1_motion: a party-group motion signed "Socialdemokraterna i Hedsund genom
  Kerstin Ahl"; clauses as plain paragraphs "att<TAB>..." with a hanging
  indent (no list); date "Hedsund 2024-09-02"; no Dnr.
* 2_svar: tjänsteskrivelse, two pages; the quoted clauses are a Word list
  and clause 2 runs across the page break between page 1 and page 2 (widow
  control off, so the PDF text of that clause is interrupted by the running
  footer and header); the comments sit in a section "Synpunkter per förslag"
  as paragraphs with bold run-in labels "Förslag 1." / "Förslag 2." /
  "Förslag 3."; proposes bifall of the first clause and avslag for the rest.
* 3_ks-protokoll: KS extract; the decision is given in the classic layout
  "Kommunstyrelsen beslutar för egen del / att ..." followed by
  "Kommunstyrelsen föreslår kommunfullmäktige besluta / att bifalla motionens
  första att-sats och i övrigt avslå motionen." The "att ..." lines of the
  decision are not clauses of the motion.
* 4_kf-protokoll: KF extract holding TWO §: § 14 about the VA-taxa (another
  Dnr, another decision) comes first; § 15 is the motion. KF decides "att
  bifalla motionens första att-sats och i övrigt avslå motionen" after a
  vote. Meeting date written "onsdagen den 19 februari 2025".
"""
from docx_extra import widow_off

from truthlib import SIG, truth, decision, item, protocol_truth

MUNI = "Hedsunds kommun"
DNR = "KS 2024/00173"
KEY = "KS 2024/173"
AUTHORS = [("Kerstin Ahl", "S")]

C1 = ("att kommunen kartlägger skolvägarna till samtliga grundskolor i Hedsund och redovisar de "
      "platser där barn behöver korsa eller gå längs vägar med en hastighet över 40 km/tim")
C2 = ("att övergångsställena vid Norrbyskolan och Tallåsens skola förses med blinkande "
      "varningsljus och byggs om till upphöjda övergångsställen under 2025, så att bilisterna "
      "tvingas sänka farten på de sträckor där flest barn korsar vägen på väg till och från skolan")
C3 = ("att skolskjuts erbjuds alla elever i förskoleklass till och med årskurs 3 som har längre "
      "än två kilometer till skolan")
CLAUSES = [C1, C2, C3]

TITLE_M = "Motion om trygga skolvägar"
TITLE_A = "Svar på motion om trygga skolvägar"

# ---------------------------------------------------------------- 1 motion
motion = {
    "stem": "hedsund-ks-2024-173_1_motion",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": TITLE_M, "core_author": "Kerstin Ahl",
    "footer": ["Socialdemokraterna i Hedsund · Kyrkogatan 4 · 841 30 Hedsund · "
               "hedsund@socialdemokraterna.example"],
    "blocks": [
        ("p", "SOCIALDEMOKRATERNA I HEDSUND", {"bold": True, "size": 9}),
        ("p", "Fullmäktigegruppen", {"size": 9}),
        ("empty",),
        ("p", "Till kommunfullmäktige i Hedsunds kommun"),
        ("title", TITLE_M),
        ("p", "Varje morgon går, cyklar eller åker omkring 1 400 barn till kommunens tio "
              "grundskolor. För många av dem går vägen längs länsvägar där bilarna håller 70 eller "
              "80 km/tim, och där vägrenen är det enda som skiljer dem från trafiken. Vid "
              "Norrbyskolan och Tallåsens skola korsar barnen vägen på övergångsställen som ligger "
              "direkt efter en kurva."),
        ("p", "Föräldrar berättar att de skjutsar sina barn med bil de sista hundra metrarna "
              "eftersom de inte vågar låta dem gå. Det ger mer trafik runt skolorna och gör "
              "situationen ännu farligare för de barn som faktiskt går. Under 2023 anmäldes fyra "
              "olyckor där barn på väg till skolan skadades, och ingen vet hur många tillbud som "
              "aldrig anmäls."),
        ("p", "Kommunen vet i dag inte var de farligaste passagerna finns. Regelverket för "
              "skolskjuts gör dessutom att en sjuåring som bor 2,5 kilometer från skolan i många "
              "fall förväntas gå hela vägen längs en landsväg. Det är inte rimligt."),
        ("p", "Socialdemokraterna föreslår kommunfullmäktige besluta"),
        ("hang", "att\t" + C1[4:]),
        ("hang", "att\t" + C2[4:]),
        ("hang", "att\t" + C3[4:]),
        ("empty",),
        ("p", "Hedsund 2024-09-02"),
        ("empty",),
        ("p", "Socialdemokraterna i Hedsund genom Kerstin Ahl"),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2024-09-02",
                   authors=AUTHORS, clauses=CLAUSES),
}

# ---------------------------------------------------------------- 2 svar
K1 = ("En samlad kartläggning av skolvägarna saknas i dag. Samhällsbyggnadsförvaltningen kan "
      "genomföra den under 2025 inom befintlig budget, med hjälp av elevernas adressuppgifter och "
      "trafikmätningar som redan görs. Kartläggningen ger underlag för att prioritera åtgärder och "
      "för dialogen med Trafikverket. Förvaltningen föreslår att förslaget bifalls.")
K2 = ("Vägen förbi Norrbyskolan (väg 731) och vägen förbi Tallåsens skola (väg 744) är statliga "
      "vägar där Trafikverket är väghållare. Kommunen kan inte själv bygga om övergångsställena "
      "eller sätta upp varningsljus där. Förvaltningen har under hösten lämnat in en ansökan till "
      "Trafikverket om sänkt hastighet till 30 km/tim under skoltid på båda sträckorna. "
      "Förvaltningen föreslår att förslaget avslås.")
K3 = ("Enligt kommunens riktlinjer för skolskjuts har elever i förskoleklass till och med årskurs "
      "3 rätt till skolskjuts om avståndet till skolan är längre än tre kilometer, eller om vägen "
      "bedöms som trafikfarlig. En sänkning av avståndsgränsen till två kilometer skulle ge cirka "
      "120 fler elever rätt till skolskjuts och kosta omkring 1,8 miljoner kronor per år. "
      "Kartläggningen enligt förslag 1 kommer att visa vilka vägar som bör klassas som "
      "trafikfarliga. Förvaltningen föreslår att förslaget avslås.")
DEC_A = "Motionen bifalls såvitt avser första att-satsen och avslås i övrigt."
PER = [(1, "bifall"), (2, "avslag"), (3, "avslag")]


def _svar_post(doc):
    # clause 2 may break across the page boundary (it does, with the text below)
    widow_off(doc, C2[:40])


svar = {
    "stem": "hedsund-ks-2024-173_2_svar",
    "format": "docx", "font": "Verdana", "size": 10,
    "core_title": TITLE_A, "core_author": "Tomas Brink",
    "header": ["HEDSUNDS KOMMUN\tTJÄNSTESKRIVELSE\t{PAGE} ({NUMPAGES})",
               "Samhällsbyggnadsförvaltningen\t\tDnr: KS 2024/00173"],
    "footer": ["Hedsunds kommun, 841 80 Hedsund · Besök Rådhusgatan 2 · Tel 0611-34 80 00 · "
               "kommun@hedsund.se"],
    "post": _svar_post,
    "blocks": [
        ("table", [["Handläggare", "Datum", "Diarienummer"],
                   ["Tomas Brink, trafikplanerare", "2024-12-02", "Dnr: KS 2024/00173"]],
         {"bold_first_row": True, "widths_cm": [7.4, 4.0, 5.0]}),
        ("p", "Kommunstyrelsen", {"bold": True, "keep_next": True}),
        ("title", TITLE_A),
        ("h1", "Förslag till beslut"),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta följande:"),
        ("p", DEC_A),
        ("h1", "Sammanfattning"),
        ("p", "Socialdemokraterna i Hedsund vill att kommunen kartlägger skolvägarna, bygger om två "
              "övergångsställen och utökar rätten till skolskjuts. Förvaltningen föreslår att "
              "kartläggningen genomförs. Övergångsställena ligger på statliga vägar där "
              "Trafikverket beslutar, och en utökad skolskjuts bör prövas först när kartläggningen "
              "är klar."),
        ("h1", "Bakgrund"),
        ("p", "Motionen väcktes i kommunfullmäktige den 23 september 2024, § 88, och överlämnades "
              "till kommunstyrelsen för beredning. Kommunstyrelsen har uppdragit åt "
              "samhällsbyggnadsförvaltningen att ta fram ett förslag till svar i samråd med barn- "
              "och utbildningsförvaltningen, som ansvarar för skolskjutsen."),
        ("p", "Hedsunds kommun har tio kommunala grundskolor och två fristående. Sex av de "
              "kommunala skolorna ligger i tätorten och fyra på landsbygden. Kommunen är "
              "väghållare för gatorna inom tätorten, medan Trafikverket ansvarar för det statliga "
              "vägnätet och enskilda vägföreningar för en stor del av vägarna på landsbygden. Det "
              "betyder att kommunen på de flesta skolvägar utanför tätorten inte själv kan besluta "
              "om hastighetsgränser, belysning eller ombyggnad av övergångsställen, utan behöver "
              "föra dialog med väghållaren."),
        ("p", "Kommunens trafiksäkerhetsarbete styrs av trafikstrategin från 2021. Strategin "
              "anger att barns väg till skola och fritidsaktiviteter ska prioriteras, men den "
              "innehåller ingen åtgärdsplan. Under de senaste tre åren har kommunen bland annat "
              "gjort följande:"),
        ("bullets", [
            "sänkt hastigheten till 30 km/tim vid alla skolor och förskolor i tätorten",
            "byggt en ny gång- och cykelväg mellan Östra Hedsund och Centralskolan",
            "infört så kallade gåbussar vid två skolor, i samarbete med föräldraföreningarna",
        ]),
        ("p", "Polisen och Trafikverket har fått del av motionen. Trafikverket har i ett "
              "e-postmeddelande den 4 november 2024 bekräftat att myndigheten är väghållare för "
              "vägarna förbi Norrbyskolan och Tallåsens skola och att en eventuell ombyggnad av "
              "övergångsställena skulle prövas inom ramen för den regionala "
              "transportinfrastrukturplanen."),
        ("p", "Barn- och utbildningsförvaltningen har lämnat uppgifter om skolskjutsen. Läsåret "
              "2024/25 har 612 elever rätt till skolskjuts, varav 231 i förskoleklass till och "
              "med årskurs 3."),
        ("h2", "Motionens förslag"),
        ("p", "Socialdemokraterna i Hedsund genom Kerstin Ahl föreslår att kommunfullmäktige "
              "beslutar"),
        ("numlist", "decimal_dot", CLAUSES),
        ("h1", "Synpunkter per förslag"),
        ("runs", [("b", "Förslag 1. "), ("t", K1)]),
        ("runs", [("b", "Förslag 2. "), ("t", K2)]),
        ("runs", [("b", "Förslag 3. "), ("t", K3)]),
        ("h1", "Konsekvenser"),
        ("h2", "Ekonomi"),
        ("p", "Förslaget till beslut ryms inom samhällsbyggnadsförvaltningens budget för 2025."),
        ("h2", "Barnperspektiv"),
        ("p", "Förslaget berör barn direkt. En kartläggning bör göras tillsammans med elever, till "
              "exempel genom att elever i årskurs 4–6 får markera otrygga platser på en karta."),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Socialdemokraterna i Hedsund, 2024-09-02\n"
              "Kommunfullmäktiges protokoll 2024-09-23, § 88\n"
              "Tjänsteskrivelse, 2024-12-02"),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Samhällsbyggnadsförvaltningen\nBarn- och utbildningsförvaltningen\nMotionären"),
        ("empty",),
        ("p", "Marie Falk\tTomas Brink\nSamhällsbyggnadschef\tTrafikplanerare\n"
              "\t0611-34 81 27, tomas.brink@hedsund.se"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_A, MUNI, "KS", "2024-12-02", officer="Tomas Brink",
                   authors=AUTHORS, clauses=CLAUSES, comments=[(1, K1), (2, K2), (3, K3)],
                   decision=decision("delvis_bifall", True, DEC_A, PER)),
}

# ---------------------------------------------------------------- 3 KS
EGEN = ("att ge samhällsbyggnadsförvaltningen i uppdrag att utifrån kartläggningen av skolvägarna "
        "ta fram ett åtgärdsprogram för trafiksäkra skolvägar, som redovisas för kommunstyrelsen "
        "senast i december 2025")
DEC_KS = "att bifalla motionens första att-sats och i övrigt avslå motionen"

ks = {
    "stem": "hedsund-ks-2024-173_3_ks-protokoll",
    "format": "docx", "font": "Georgia", "size": 11,
    "core_title": "Kommunstyrelsen 2025-01-27 § 9", "core_author": "Helén Strand",
    "header": [("table", [["HEDSUNDS KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Sida {PAGE} av {NUMPAGES}"],
                          ["Kommunstyrelsen", "2025-01-27", ""]],
                {"widths_cm": [6.0, 6.4, 4.0]})],
    "footer": [SIG],
    "blocks": [
        ("p", "§ 9", {"bold": True, "size": 13}),
        ("p", "Dnr: KS 2024/00173"),
        ("h2", TITLE_A),
        ("p", "Ärendebeskrivning", {"bold": True, "keep_next": True}),
        ("p", "Socialdemokraterna i Hedsund genom Kerstin Ahl har i en motion den 2 september 2024 "
              "föreslagit att kommunfullmäktige beslutar"),
        ("p", C1, {"indent_cm": 1.0}),
        ("p", C2, {"indent_cm": 1.0}),
        ("p", C3, {"indent_cm": 1.0}),
        ("p", "Samhällsbyggnadsförvaltningen har i en tjänsteskrivelse den 2 december 2024 "
              "föreslagit att den första att-satsen bifalls och att motionen i övrigt avslås. "
              "Kartläggningen kan göras inom befintlig budget. Övergångsställena ligger på statliga "
              "vägar, och en utökad rätt till skolskjuts beräknas kosta 1,8 miljoner kronor per år."),
        ("p", "Beslutsunderlag", {"bold": True, "keep_next": True}),
        ("p", "Tjänsteskrivelse 2024-12-02\nMotion 2024-09-02"),
        ("p", "Yrkanden", {"bold": True, "keep_next": True}),
        ("p", "Kerstin Ahl (S) yrkar bifall till motionen i sin helhet."),
        ("p", "Ordföranden Lars Wennberg (C) yrkar bifall till förvaltningens förslag, med tillägget "
              "att kommunstyrelsen för egen del ger samhällsbyggnadsförvaltningen i uppdrag att ta "
              "fram ett åtgärdsprogram för trafiksäkra skolvägar."),
        ("p", "Propositionsordning", {"bold": True, "keep_next": True}),
        ("p", "Ordföranden ställer proposition på de två yrkandena och finner att kommunstyrelsen "
              "beslutar enligt hans eget yrkande."),
        ("p", "Beslut", {"bold": True, "keep_next": True}),
        ("p", "Kommunstyrelsen beslutar för egen del"),
        ("p", EGEN, {"indent_cm": 1.0}),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
        ("p", DEC_KS, {"indent_cm": 1.0}),
        ("p", "Reservation", {"bold": True, "keep_next": True}),
        ("p", "Kerstin Ahl (S) och Roger Lund (S) reserverar sig mot beslutet till förmån för Kerstin "
              "Ahls yrkande."),
        ("p", "Beslutet skickas till", {"bold": True, "keep_next": True}),
        ("p", "Kommunfullmäktige\nSamhällsbyggnadsförvaltningen"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_A, MUNI, "KS", "2025-01-27",
                   authors=AUTHORS, clauses=CLAUSES,
                   decision=decision("delvis_bifall", True, DEC_KS, PER)),
}

# ---------------------------------------------------------------- 4 KF
DEC_KF = "Kommunfullmäktige beslutar att bifalla motionens första att-sats och i övrigt avslå motionen."

kf = {
    "stem": "hedsund-ks-2024-173_4_kf-protokoll",
    "format": "docx", "font": "Liberation Serif", "size": 12,
    "core_title": "Protokollsutdrag KF 2025-02-19 §§ 14–15", "core_author": "Helén Strand",
    "header": ["Hedsunds kommun\tPROTOKOLLSUTDRAG\t{PAGE}/{NUMPAGES}",
               "Kommunfullmäktige\tSammanträdesdag: onsdagen den 19 februari 2025"],
    "footer": [SIG],
    "blocks": [
        ("p", "§ 14\tDnr: KS 2024/00211", {"bold": True, "keep_next": True}),
        ("h2", "VA-taxa 2025"),
        ("p", "Ärendebeskrivning", {"bold": True, "keep_next": True}),
        ("p", "Hedsund Vatten AB har föreslagit att brukningsavgifterna i VA-taxan höjs med 6 procent "
              "från den 1 april 2025 för att täcka ökade kostnader för kemikalier, energi och "
              "förnyelse av ledningsnätet. Anläggningsavgifterna lämnas oförändrade. "
              "Kommunstyrelsen har den 27 januari 2025, § 4, föreslagit att fullmäktige antar "
              "taxan."),
        ("p", "Kommunfullmäktiges beslut", {"bold": True, "keep_next": True}),
        ("p", "Kommunfullmäktige beslutar att anta VA-taxa 2025 enligt bilaga till kommunstyrelsens "
              "protokoll 2025-01-27, § 4, att gälla från och med den 1 april 2025."),
        ("p", "Skickas till", {"bold": True, "keep_next": True}),
        ("p", "Hedsund Vatten AB\nEkonomiavdelningen"),
        ("empty",),
        ("p", "§ 15\tDnr: KS 2024/00173", {"bold": True, "keep_next": True}),
        ("h2", TITLE_A),
        ("p", "Ärendebeskrivning", {"bold": True, "keep_next": True}),
        ("p", "Socialdemokraterna i Hedsund genom Kerstin Ahl har i en motion föreslagit att "
              "kommunfullmäktige beslutar"),
        ("numlist", "decimal_paren", CLAUSES),
        ("p", "Samhällsbyggnadsförvaltningen har föreslagit att den första att-satsen bifalls och "
              "att motionen i övrigt avslås. Kommunstyrelsen har den 27 januari 2025, § 9, för egen "
              "del gett förvaltningen i uppdrag att ta fram ett åtgärdsprogram för trafiksäkra "
              "skolvägar och föreslagit att fullmäktige bifaller motionens första att-sats och i "
              "övrigt avslår motionen."),
        ("p", "Yrkanden", {"bold": True, "keep_next": True}),
        ("p", "Kerstin Ahl (S), Anders Nyqvist (V) och Maja Rosén (MP) yrkar bifall till motionen "
              "i sin helhet."),
        ("p", "Lars Wennberg (C) och Elisabeth Öhman (M) yrkar bifall till kommunstyrelsens "
              "förslag."),
        ("p", "Propositionsordning och votering", {"bold": True, "keep_next": True}),
        ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag mot bifall till motionen "
              "och finner att fullmäktige beslutar enligt kommunstyrelsens förslag. Votering "
              "begärs. Den som vill bifalla kommunstyrelsens förslag röstar ja, den som vill "
              "bifalla motionen röstar nej. Omröstningen utfaller med 27 ja-röster mot 20 "
              "nej-röster. Två ledamöter avstår. Röstlängd, se bilaga 2."),
        ("p", "Kommunfullmäktiges beslut", {"bold": True, "keep_next": True}),
        ("p", DEC_KF),
        ("p", "Reservation", {"bold": True, "keep_next": True}),
        ("p", "Socialdemokraternas, Vänsterpartiets och Miljöpartiets ledamöter reserverar sig mot "
              "beslutet."),
        ("p", "Skickas till", {"bold": True, "keep_next": True}),
        ("p", "Kommunstyrelsen\nSamhällsbyggnadsförvaltningen\nKerstin Ahl"),
    ],
    # Two § make it a protocol of two items (issue 10); § 14 concerns no motion.
    "truth": protocol_truth("protocol", MUNI, "KF", "2025-02-19", [
        item("14", "KS 2024/00211", "KS 2024/211", "VA-taxa 2025", "none", "other"),
        item("15", DNR, KEY, TITLE_A, "motion", "decided", authors=AUTHORS, clauses=CLAUSES,
             decision=decision("delvis_bifall", False, DEC_KF, PER)),
    ]),
}

DOCS = [motion, svar, ks, kf]
