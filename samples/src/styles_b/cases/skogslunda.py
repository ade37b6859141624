"""Case skogslunda-ks-2023-188 (style samples, area b/c).

Skogslunda kommun. The case's KS Dnr is "KS 2023/188"; the utbildningsnämnd
files its remissvar under its own Dnr "2023/0512 UN-3" and cites the KS
number only in a sentence. The nämnd tillstyrker yrkande 1 and avstyrker
yrkande 2; KS proposes, and KF decides, that the whole motion "anses
besvarad med hänvisning till …".

* 1_motion: title as a bold Normal paragraph; two "att" clauses with a period;
  a body sentence starting with "Att" (not a clause).
* 2_remissvar: title 'Remissvar UTBF – Motion "Alla barn ska kunna simma"';
  the motion retold "yrkar i en motion att A och att B"; comments by label
  "Yrkande 1 …" / "I yrkande 2 …"; tillstyrker/avstyrker.
* 3_ks-protokoll: "Motionären yrkar att A och att B"; the nämnd's decision
  retold ("beslutade … att tillstyrka … och att avstyrka …"); KS proposes
  besvarad med hänvisning till.
* 4_kf-protokoll: "§42 …" (no space), Dnr line below the heading, a member
  without party "(-)", "Ordföranden frågar om …", decision as a typed "- "
  bullet under "Kommunfullmäktiges beslut", särskilt yttrande, underscore
  rule closing the §. Only a topic summary of the motion: no clauses.
"""
from truthlib import SIG, decision, truth

MUNI = "Skogslunda kommun"
DNR = "KS 2023/188"
KEY = "KS 2023/188"
DNR_UN = "2023/0512 UN-3"
KEY_UN = "UN 2023/512"
AUTHORS = [("Erik Sandberg", "L")]

M1 = ("att alla elever som inte når kunskapskravet i simning i årskurs 3 erbjuds en intensivkurs "
      "i simning under sommarlovet")
M2 = ("att kostnaden för bussresor till simhallen för skolornas simundervisning tas från en "
      "central budget i stället för från skolornas egna budgetar")

TITLE_M = "Motion – Alla barn ska kunna simma"

motion = {
    "stem": "skogslunda-ks-2023-188_1_motion",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": TITLE_M, "core_author": "Erik Sandberg",
    "blocks": [
        ("p", TITLE_M, {"bold": True, "size": 15}),
        ("p", "Till kommunfullmäktige i Skogslunda kommun"),
        ("p", "Att kunna simma är en fråga om liv och död. Varje sommar drunknar barn i Sverige, och "
              "de flesta olyckorna sker i sjöar och vattendrag nära hemmet. Skogslunda har över "
              "hundra sjöar, och många barn växer upp med vatten runt knuten."),
        ("p", "Skolverkets mål är att alla elever ska kunna simma 200 meter, varav 50 meter på rygg, "
              "när de lämnar årskurs 6. I Skogslunda klarade förra året bara 71 procent av eleverna i "
              "årskurs 3 kraven, och på några av landsbygdsskolorna var andelen under hälften. "
              "Skolorna berättar att simlektionerna blir få, eftersom bussen till simhallen i Bruket "
              "kostar mellan 2 000 och 3 500 kronor per tur och tas från skolans egen budget."),
        ("p", "De barn som inte lär sig simma i skolan lär sig sällan på annat sätt. Simskolorna i "
              "föreningarnas regi kostar pengar, och det är ofta samma familjer som inte har råd med "
              "simskola som inte heller har möjlighet att åka till badplatser."),
        ("p", "Jag föreslår därför kommunfullmäktige besluta"),
        ("p", M1 + "."),
        ("p", M2 + "."),
        ("empty",),
        ("p", "Skogslunda den 14 mars 2023"),
        ("empty",),
        ("p", "Erik Sandberg (L)"),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2023-03-14",
                   authors=AUTHORS, clauses=[M1 + ".", M2 + "."]),
}

# ---------------------------------------------------------------- 2 remissvar
TITLE_R = "Remissvar UTBF – Motion \"Alla barn ska kunna simma\""
K1 = ("Yrkande 1 gäller en intensivkurs under sommarlovet för de elever som inte har nått "
      "kunskapskravet i årskurs 3. Förvaltningen ser positivt på förslaget. En sommarsimskola på "
      "två veckor med lektioner varje vardag ger enligt erfarenheter från andra kommuner goda "
      "resultat, och de flesta elever klarar kraven efter kursen. Kostnaden beräknas till cirka "
      "420 000 kronor per år för simlärare, badavgifter och transporter. Förvaltningen föreslår "
      "att nämnden tillstyrker yrkandet.")
K2 = ("I yrkande 2 föreslår motionären att busskostnaderna för simundervisningen ska tas från "
      "en central budget. Förvaltningen delar bilden av att kostnaden slår olika hårt mot "
      "skolorna beroende på avståndet till simhallen. En central budget skulle dock minska "
      "rektorernas möjlighet att planera sin egen verksamhet. Frågan hanteras bättre i den "
      "översyn av resursfördelningsmodellen som pågår, där ett strukturtillägg för resor är ett "
      "av alternativen. Förvaltningen föreslår att nämnden avstyrker yrkandet.")
DEC_R = "Utbildningsnämnden tillstyrker yrkande 1 och avstyrker yrkande 2 i motionen."
PER_R = [(1, "bifall"), (2, "avslag")]

remiss = {
    "stem": "skogslunda-ks-2023-188_2_remissvar",
    "format": "docx", "font": "Verdana", "size": 10,
    "core_title": TITLE_R, "core_author": "Mattias Öberg",
    "header": ["SKOGSLUNDA KOMMUN\t\t{PAGE}({NUMPAGES})",
               "Utbildningsförvaltningen (UTBF)\t\tDnr 2023/0512 UN-3"],
    "footer": ["Utbildningsförvaltningen · Skogslunda kommun · 684 80 Skogslunda · "
               "utbildning@skogslunda.se"],
    "blocks": [
        ("table", [["Datum", "Handläggare", "Till"],
                   ["2023-05-24", "Mattias Öberg, utredare", "Utbildningsnämnden"]],
         {"bold_first_row": True, "widths_cm": [3.6, 7.0, 5.8]}),
        ("title", TITLE_R),
        ("h2", "Förslag till beslut"),
        ("p", DEC_R),
        ("p", "Remissvaret överlämnas till kommunstyrelsen som nämndens yttrande."),
        ("h2", "Ärendet"),
        ("p", "Erik Sandberg (L) yrkar i en motion " + M1 + " och " + M2 + "."),
        ("p", "Kommunstyrelsen har remitterat motionen (KS 2023/188) till utbildningsnämnden för "
              "yttrande senast den 30 juni 2023."),
        ("h2", "Förvaltningens bedömning"),
        ("p", "Läsåret 2022/23 nådde 71 procent av eleverna i årskurs 3 kunskapskravet i simning. "
              "Skillnaderna mellan skolorna är stora: på de fyra skolorna i tätorten var andelen "
              "över 80 procent, medan den på Norrbyns och Hälleviks skolor låg under 50 procent. "
              "Skolorna i tätorten går till simhallen, medan landsbygdsskolorna behöver buss."),
        ("p", K1),
        ("p", K2),
        ("h2", "Ekonomiska konsekvenser"),
        ("p", "En sommarsimskola kräver ett tillskott i budget 2024. "
              "Förvaltningen återkommer med ett förslag i nämndens budgetskrivelse."),
        ("h2", "Beslutet ska skickas till"),
        ("lines", ["Kommunstyrelsen", "Rektorerna för grundskolan"]),
        ("empty",),
        ("lines", ["Helena Björk", "Utbildningschef", "", "Mattias Öberg", "Utredare"]),
    ],
    "truth": truth("answer", DNR_UN, KEY_UN, TITLE_R, MUNI, "Utbildningsnämnden", "2023-05-24",
                   officer="Mattias Öberg", authors=AUTHORS, clauses=[M1, M2],
                   comments=[(1, K1), (2, K2)],
                   decision=decision("delvis_bifall", True, DEC_R, PER_R)),
}

# ---------------------------------------------------------------- 3 KS
TITLE_KS = "Svar på motion – Alla barn ska kunna simma"
DEC_KS = ("Motionen anses besvarad med hänvisning till att en sommarsimskola för elever i årskurs 3 "
          "ingår i budget 2024 och att kostnaderna för resor till simhallen hanteras i översynen av "
          "resursfördelningsmodellen.")

ks = {
    "stem": "skogslunda-ks-2023-188_3_ks-protokoll",
    "format": "docx", "font": "Cambria", "size": 11,
    "core_title": "KS 2023-09-04 § 96", "core_author": "Agneta Fors",
    "header": ["SKOGSLUNDA KOMMUN\tProtokollsutdrag\t{PAGE} ({NUMPAGES})",
               "Kommunstyrelsen\tSammanträdesdatum\t2023-09-04"],
    "footer": [SIG],
    "blocks": [
        ("p", "§ 96\tDnr KS 2023/188", {"bold": True}),
        ("h2", TITLE_KS),
        ("p", "Ärendebeskrivning", {"bold": True}),
        ("p", "Erik Sandberg (L) har den 14 mars 2023 lämnat en motion om simundervisning. "
              "Motionären yrkar " + M1 + " och " + M2 + "."),
        ("p", "Utbildningsnämnden beslutade den 13 juni 2023, § 47/23 (dnr 2023/0512 UN-3), att "
              "tillstyrka förslaget om sommarsimskola och att avstyrka förslaget om en central "
              "budget för bussresor. Nämnden har därefter i sitt "
              "budgetförslag för 2024 tagit med en sommarsimskola."),
        ("p", "Kommunledningskontoret konstaterar att budgetberedningen har lagt in 420 000 kronor "
              "för sommarsimskola i förslaget till budget 2024 och att resursfördelningsmodellen för "
              "grundskolan ses över under hösten, där kostnader för resor ingår. Motionens syfte "
              "är därmed i allt väsentligt tillgodosett."),
        ("p", "Beslutsunderlag", {"bold": True}),
        ("lines", ["Kommunledningskontorets tjänsteskrivelse 2023-08-15",
                   "Utbildningsnämndens protokoll 2023-06-13, § 47/23",
                   "Motion 2023-03-14"]),
        ("empty",),
        ("p", "Kommunstyrelsens förslag till kommunfullmäktige", {"bold": True}),
        ("p", DEC_KS),
        ("p", "Beslutet skickas till", {"bold": True}),
        ("p", "Kommunfullmäktige"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_KS, MUNI, "KS", "2023-09-04",
                   authors=AUTHORS, clauses=[M1, M2],
                   decision=decision("besvarad", True, DEC_KS)),
}

# ---------------------------------------------------------------- 4 KF
DEC_KF = "Motionen anses besvarad med hänvisning till kommunstyrelsens förslag."

kf = {
    "stem": "skogslunda-ks-2023-188_4_kf-protokoll",
    "format": "docx", "font": "Arial", "size": 10,
    "core_title": "KF 2023-09-25 §42", "core_author": "Agneta Fors",
    "header": ["Skogslunda kommun\tSammanträdesprotokoll\tSida {PAGE}",
               "Kommunfullmäktige\t2023-09-25"],
    "footer": [SIG],
    "blocks": [
        ("p", "§42 " + TITLE_KS, {"bold": True, "size": 12}),
        ("p", "Dnr KS 2023/188"),
        ("p", "Beskrivning av ärendet", {"bold": True}),
        ("p", "Erik Sandberg (L) har lämnat en motion om simundervisning i grundskolan och om hur "
              "resorna till simhallen ska betalas. Utbildningsnämnden har tillstyrkt förslaget "
              "om sommarsimskola men avstyrkt förslaget om bussresorna. Kommunstyrelsen föreslår att motionen ska anses "
              "besvarad."),
        ("p", "Yrkanden", {"bold": True}),
        ("p", "Erik Sandberg (L) yrkar bifall till motionen."),
        ("p", "Kjell Nyström (-) yrkar att fullmäktige beslutar i enlighet med utbildningsnämndens "
              "yttrande."),
        ("p", "Liv Carlsson (S) yrkar bifall till kommunstyrelsens förslag."),
        ("p", "Proposition", {"bold": True}),
        ("p", "Ordföranden frågar först om fullmäktige bifaller kommunstyrelsens förslag och finner "
              "att så är fallet."),
        ("p", "Kommunfullmäktiges beslut", {"bold": True}),
        ("p", "- " + DEC_KF),
        ("p", "Särskilt yttrande", {"bold": True}),
        ("p", "Erik Sandberg (L) lämnar ett särskilt yttrande, bilaga 4."),
        ("p", "Beslutet skickas till", {"bold": True}),
        ("p", "Utbildningsnämnden\nErik Sandberg"),
        ("p", "_______________________________________"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_KS, MUNI, "KF", "2023-09-25",
                   authors=AUTHORS,
                   decision=decision("besvarad", False, DEC_KF)),
}

DOCS = [motion, remiss, ks, kf]
