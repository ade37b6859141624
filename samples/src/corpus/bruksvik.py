"""Case bruksvik-ks-2014-443: återremiss at KF, then a NEW answer (second
version after the återremiss) and a later KF decision (bifall).
Dnr form "KS/2014:443"; proposer "Joakim Lind, VF"; clauses as plain
paragraphs, one with the "att"+word typo (no space: "attkommunstyrelsen");
the first answer quotes each clause followed by "Kommentar:" (seed style) and
has no "Förslag till beslut"."""
from .common import SIG, truth, decision, protocol_header, officer_block, footer_pages

MUNI = "Bruksviks kommun"
DNR = "KS/2014:443"
KEY = "KS 2014/443"
AUTHORS = [("Joakim Lind", "VF")]

C1 = "att kommunen inventerar tillgängligheten på samtliga kommunala lekplatser"
C2 = ("attkommunstyrelsen får i uppdrag att ta fram en plan för att tillgänglighetsanpassa minst en "
      "lekplats i varje kommundel")
C3 = "att planen redovisas för kommunfullmäktige senast i december 2015"
CLAUSES = [C1, C2, C3]

TITLE_M = "Motion om tillgänglighetsanpassade lekplatser"
TITLE_S1 = "Svar på motion om tillgänglighetsanpassade lekplatser"
TITLE_S2 = "Svar på motion om tillgänglighetsanpassade lekplatser – efter återremiss"
TITLE_P = "Svar på motion om tillgänglighetsanpassade lekplatser"


def stamp(date):
    return ("table", [[f"{MUNI}\nKommunstyrelsen\nInkom {date}\nDnr {DNR}"]],
            {"style": "Table Grid", "widths_cm": [5.0]})


motion = {
    "stem": "bruksvik-ks-2014-443_1_motion",
    "format": "docx",
    "core_title": TITLE_M, "core_author": "Joakim Lind",
    "header": ["Väljarföreningen Framtid i Bruksvik (VF)"],
    "blocks": [
        stamp("2014-09-23"),
        ("title", TITLE_M),
        ("p", "Till kommunfullmäktige"),
        ("p", "Lekplatsen är ofta barns första mötesplats utanför hemmet. För barn som använder rullstol "
              "eller har en synnedsättning, och för föräldrar och mor- och farföräldrar med "
              "funktionsnedsättning, är de flesta av kommunens lekplatser i dag svåra eller omöjliga att "
              "använda. Sand som underlag, höga kanter och gungor utan ryggstöd stänger många ute."),
        ("p", "FN:s barnkonvention slår fast att barn med funktionsnedsättning ska ha samma möjlighet "
              "till lek och fritid som andra barn. Flera kommuner har visat att en lekplats kan "
              "tillgänglighetsanpassas utan att den blir mindre rolig för andra barn."),
        ("p", "Jag föreslår att kommunfullmäktige beslutar"),
        ("p", C1),
        ("p", C2),
        ("p", C3),
        ("empty",),
        ("p", "Bruksvik 2014-09-22"),
        ("empty",),
        ("p", "Joakim Lind, VF"),
    ],
    "truth": truth("motion", DNR, KEY, TITLE_M, MUNI, "KF", "2014-09-22",
                   authors=AUTHORS, clauses=CLAUSES),
}

K1 = ("en inventering av kommunens 23 lekplatser gjordes senast 2011. Förvaltningen kan uppdatera den "
      "under 2015 inom befintlig budget.")
K2 = ("en plan kan tas fram, men kostnaden för att anpassa en lekplats i var och en av kommunens sju "
      "kommundelar har inte beräknats. Erfarenheter från andra kommuner tyder på 300 000–600 000 kronor "
      "per lekplats.")
K3 = "en plan kan redovisas under hösten 2015 om arbetet prioriteras."


def answer_top(date):
    return [
        ("table", [[MUNI, "Tjänsteskrivelse"],
                   ["Samhällsbyggnadsförvaltningen", f"{date}"],
                   ["Kommunstyrelsen", f"Dnr {DNR}"]],
         {"widths_cm": [9.4, 7.0], "bold_first_row": True}),
        officer_block("Maria Wikström", "planeringsarkitekt", "0570-38 12 77", "maria.wikstrom@bruksvik.se"),
    ]


svar1 = {
    "stem": "bruksvik-ks-2014-443_2_svar",
    "format": "docx",
    "core_title": TITLE_S1, "core_author": "Maria Wikström",
    "header": [f"{MUNI}\t\tSida {{PAGE}} ({{NUMPAGES}})"],
    "blocks": answer_top("2015-02-10") + [
        ("title", TITLE_S1),
        ("h1", "Ärendet i korthet"),
        ("p", "Joakim Lind (VF) har lämnat en motion om tillgänglighetsanpassade lekplatser. Motionen "
              "anmäldes i kommunfullmäktige den 27 oktober 2014 och överlämnades till kommunstyrelsen "
              "för beredning."),
        ("h1", "Bakgrund"),
        ("p", "Kommunen förvaltar 23 lekplatser. Ingen av dem uppfyller i dag riktlinjerna i Boverkets "
              "föreskrifter om avhjälpande av enkelt avhjälpta hinder fullt ut. Lekplatsen i Norra "
              "parken rustades 2013 och har delvis tillgänglig utrustning."),
        ("h1", "Bedömning"),
        ("p", "Bedömning i respektive att-sats:"),
        ("bullets", [C1]),
        ("p", "Kommentar: " + K1),
        ("bullets", [C2]),
        ("p", "Kommentar: " + K2),
        ("bullets", [C3]),
        ("p", "Kommentar: " + K3),
        ("h1", "Konsekvensbeskrivning"),
        ("p", "Ekonomi: Kostnaderna för själva anpassningen är inte beräknade och ryms inte i "
              "nuvarande budget för parkförvaltning."),
        ("p", "Barnrätt: Motionens syfte ligger i linje med artikel 23 och 31 i barnkonventionen."),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Joakim Lind (VF), 2014-09-22\nTjänsteskrivelse 2015-02-10"),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Samhällsbyggnadsförvaltningen"),
        ("empty",),
        ("p", "Maria Wikström\nPlaneringsarkitekt"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_S1, MUNI, "KS", "2015-02-10", officer="Maria Wikström",
                   authors=AUTHORS, clauses=CLAUSES, comments=[(1, K1), (2, K2), (3, K3)],
                   decision=None, warnings=["answer_without_decision"]),
}

ks = {
    "stem": "bruksvik-ks-2014-443_3_ks-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KS 2015-03-16 § 38", "core_author": "Jenny Falk",
    "header": protocol_header(MUNI, "Kommunstyrelsen", "2015-03-16"),
    "footer": [SIG],
    "blocks": [
        ("p", "§ 38", {"bold": True}),
        ("p", f"Dnr {DNR}"),
        ("h1", TITLE_P),
        ("h2", "Ärendebeskrivning"),
        ("p", "Joakim Lind (VF) föreslår i en motion att kommunfullmäktige beslutar"),
        ("bullets", CLAUSES),
        ("p", "Samhällsbyggnadsförvaltningen har i tjänsteskrivelse den 10 februari 2015 kommenterat "
              "att-satserna men inte lämnat något förslag till beslut. Kostnaderna för en anpassning "
              "bedöms inte rymmas i budgeten för 2015."),
        ("h2", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse 2015-02-10\nMotion 2014-09-22"),
        ("h2", "Yrkanden"),
        ("p", "Bengt Rask (S) yrkar att motionen avslås."),
        ("p", "Joakim Lind (VF) yrkar bifall till motionen."),
        ("h2", "Propositionsordning"),
        ("p", "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen beslutar "
              "enligt Bengt Rasks yrkande."),
        ("h2", "Kommunstyrelsens förslag till kommunfullmäktige"),
        ("p", "Motionen avslås."),
        ("h2", "Reservation"),
        ("p", "Joakim Lind (VF) reserverar sig mot beslutet."),
        ("h2", "Skickas till"),
        ("p", "Kommunfullmäktige"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_P, MUNI, "KS", "2015-03-16",
                   authors=AUTHORS, clauses=CLAUSES,
                   decision=decision("avslag", True, "Motionen avslås.")),
}

AATER = ("Ärendet återremitteras till kommunstyrelsen för utredning av kostnaderna för att "
         "tillgänglighetsanpassa lekplatserna.")
kf1 = {
    "stem": "bruksvik-ks-2014-443_4_kf-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KF 2015-04-27 § 31", "core_author": "Jenny Falk",
    "header": protocol_header(MUNI, "Kommunfullmäktige", "2015-04-27"),
    "footer": [SIG],
    "blocks": [
        ("p", "§ 31", {"bold": True}),
        ("p", f"Dnr {DNR}"),
        ("h1", TITLE_P),
        ("h2", "Ärendebeskrivning"),
        ("p", "Joakim Lind (VF) har lämnat en motion om tillgänglighetsanpassade lekplatser. "
              "Kommunstyrelsen föreslår den 16 mars 2015, § 38, att motionen avslås."),
        ("h2", "Beslutsunderlag"),
        ("p", "Kommunstyrelsens protokoll 2015-03-16, § 38\nTjänsteskrivelse 2015-02-10\nMotion 2014-09-22"),
        ("h2", "Yrkanden"),
        ("p", "Joakim Lind (VF) yrkar att ärendet återremitteras till kommunstyrelsen med motiveringen "
              "att kostnaderna för att tillgänglighetsanpassa lekplatserna ska utredas innan ärendet "
              "avgörs."),
        ("p", "Susanne Berg (MP) och Tord Nilsson (V) instämmer i yrkandet om återremiss."),
        ("p", "Bengt Rask (S) yrkar att ärendet ska avgöras i dag och att kommunstyrelsens förslag "
              "bifalls."),
        ("h2", "Propositionsordning"),
        ("p", "Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras. Yrkandet om "
              "återremiss biträds av 17 av 41 närvarande ledamöter, det vill säga av mer än en tredjedel. "
              "Ärendet ska därmed återremitteras (minoritetsåterremiss)."),
        ("h2", "Kommunfullmäktiges beslut"),
        ("p", AATER),
        ("h2", "Skickas till"),
        ("p", "Kommunstyrelsen\nSamhällsbyggnadsförvaltningen"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_P, MUNI, "KF", "2015-04-27",
                   authors=AUTHORS, clauses=[],
                   decision=decision("aterremiss", False, AATER)),
}

N1 = ("inventeringen genomfördes i maj 2015. Av 23 lekplatser har tre delvis tillgänglig utrustning och "
      "ingen har tillgängligt underlag i hela lekytan.")
N2 = ("kostnaden för att anpassa en lekplats per kommundel, sju lekplatser totalt, har beräknats till "
      "3,2 miljoner kronor fördelat på tre år. Förvaltningen föreslår att anpassningen inleds 2016 med "
      "lekplatserna i Norra parken och Åsen.")
N3 = "planen kan redovisas för kommunfullmäktige i december 2015."

svar2 = {
    "stem": "bruksvik-ks-2014-443_5_svar",
    "format": "docx",
    "core_title": TITLE_S2, "core_author": "Maria Wikström",
    "header": [f"{MUNI}\t\tSida {{PAGE}} ({{NUMPAGES}})"],
    "blocks": answer_top("2015-08-24") + [
        ("title", TITLE_S2),
        ("h1", "Förslag till beslut"),
        ("p", "Motionen bifalls."),
        ("h1", "Ärendet i korthet"),
        ("p", "Kommunfullmäktige återremitterade den 27 april 2015, § 31, ärendet för utredning av "
              "kostnaderna för att tillgänglighetsanpassa lekplatserna. Förvaltningen har nu "
              "inventerat samtliga lekplatser och beräknat kostnaderna. Denna skrivelse ersätter "
              "tjänsteskrivelsen den 10 februari 2015."),
        ("h1", "Bedömning"),
        ("p", "Bedömning i respektive att-sats:"),
        ("bullets", [C1]),
        ("p", "Kommentar: " + N1),
        ("bullets", [C2]),
        ("p", "Kommentar: " + N2),
        ("bullets", [C3]),
        ("p", "Kommentar: " + N3),
        ("h1", "Kostnadsutredning"),
        ("table", [["År", "Lekplatser", "Kostnad (kr)"],
                   ["2016", "Norra parken, Åsen", "950 000"],
                   ["2017", "Tallbacken, Strandängen", "1 050 000"],
                   ["2018", "Mo, Kyrkbyn, Västerby", "1 200 000"],
                   ["Summa", "", "3 200 000"]],
         {"style": "Table Grid", "widths_cm": [3.0, 8.4, 5.0], "bold_first_row": True}),
        ("h1", "Konsekvensbeskrivning"),
        ("p", "Ekonomi: Investeringen om 3,2 miljoner kronor föreslås finansieras inom "
              "investeringsramen för parker 2016–2018."),
        ("p", "Barnrätt: Ett bifall stärker rätten till lek för barn med funktionsnedsättning."),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Joakim Lind (VF), 2014-09-22\nKommunfullmäktiges protokoll 2015-04-27, § 31\n"
              "Inventering av lekplatser, maj 2015\nTjänsteskrivelse 2015-08-24"),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Kommunfullmäktige\nSamhällsbyggnadsförvaltningen"),
        ("empty",),
        ("p", "Maria Wikström\nPlaneringsarkitekt"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_S2, MUNI, "KS", "2015-08-24", officer="Maria Wikström",
                   authors=AUTHORS, clauses=CLAUSES, comments=[(1, N1), (2, N2), (3, N3)],
                   decision=decision("bifall", True, "Motionen bifalls.")),
}

kf2 = {
    "stem": "bruksvik-ks-2014-443_6_kf-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KF 2015-10-26 § 82", "core_author": "Jenny Falk",
    "header": protocol_header(MUNI, "Kommunfullmäktige", "2015-10-26"),
    "footer": [SIG],
    "blocks": [
        ("p", "§ 82", {"bold": True}),
        ("p", f"Dnr {DNR}"),
        ("h1", TITLE_P),
        ("h2", "Ärendebeskrivning"),
        ("p", "Joakim Lind (VF) har lämnat en motion med följande att-satser:"),
        ("bullets", CLAUSES),
        ("p", "Kommunfullmäktige återremitterade ärendet den 27 april 2015, § 31. Förvaltningen har "
              "därefter utrett kostnaderna. Kommunstyrelsen föreslår den 21 september 2015, § 121, att "
              "motionen bifalls."),
        ("h2", "Beslutsunderlag"),
        ("p", "Kommunstyrelsens protokoll 2015-09-21, § 121\nTjänsteskrivelse 2015-08-24\n"
              "Kommunfullmäktiges protokoll 2015-04-27, § 31"),
        ("h2", "Yrkanden"),
        ("p", "Joakim Lind (VF), Bengt Rask (S) och Susanne Berg (MP) yrkar bifall till kommunstyrelsens "
              "förslag."),
        ("h2", "Kommunfullmäktiges beslut"),
        ("p", "Motionen bifalls."),
        ("h2", "Skickas till"),
        ("p", "Kommunstyrelsen\nSamhällsbyggnadsförvaltningen\nJoakim Lind (VF)"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_P, MUNI, "KF", "2015-10-26",
                   authors=AUTHORS, clauses=CLAUSES,
                   decision=decision("bifall", False, "Motionen bifalls.")),
}

DOCS = [motion, svar1, ks, kf1, svar2, kf2]
