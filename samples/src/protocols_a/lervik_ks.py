"""lervik-ks-2024-10-07_protokoll: Lerviks kommun, kommunstyrelsen 2024-10-07,
KS §§ 105-116 (12 §, 16 items).

Layout: cover page with the members listed by name on the form, a närvarolista table,
then each § as a bold line "KS § 108" with the Dnr on the same line after a tab
("KS § 108<TAB>Dnr KS 2023/0402") or on its own next line, and the title as Heading 1.
Dnr with a four-digit zero-padded serial. Running head is a table (LERVIKS KOMMUN |
PROTOKOLL | Sida n (m) / Kommunstyrelsen | 2024-10-07), signature box in the footer.

KS proposals to KF: bifall (§ 108), avslag after yrkanden and reservation (§ 109),
per-clause delvis bifall with the clauses as a Word "1)" list and "Att-sats N:" comments
(§ 110), avskrivning "eftersom ..." (§ 113, proposed); KS's own återremiss to the
förvaltning "med motiveringen att ..." (§ 111) and bordläggning (§ 112); a table of 5
unfinished motions with "Beräknas klar" (§ 114); delårsrapport, delegationsbeslut.
"""
from common import SIG, cover, dec, grid, item, keep_all, label, protocol_truth

MUNI = "Lerviks kommun"
DATE = "2024-10-07"

EKSTROM = ("Malin Ekström", "M")
LIDEN = ("Håkan Lidén", "S")
SVED = ("Eva-Lena Sved", "S")
NOREN = ("Cecilia Norén", "C")
BACKE = ("Tord Backe", "SD")
GRANATH = ("Ylva Granath", "V")
HOLMGREN = ("Rasmus Holmgren", "KD")
MEMBERS = [EKSTROM, ("Stefan Öhrn", "M"), ("Louise Dahlgren", "M"), LIDEN, SVED,
           ("Kjell Wikander", "S"), ("Therese Aronsson", "S"), BACKE, ("Niklas Ferm", "SD"),
           NOREN, ("Jonas Alm", "C"), GRANATH, HOLMGREN]
ERS = {"Kjell Wikander": "Mats Höglund (S)"}


def pn(p):
    return f"{p[0]} ({p[1]})"


def ks_head(no, dnr=None):
    """The § line; with a Dnr on the same line after a tab."""
    text = f"KS § {no}" + (f"\tDnr {dnr}" if dnr else "")
    return ("p", text, {"bold": True, "keep_next": True, "size": 12})


def dnr_line(dnr):
    return ("p", f"Dnr {dnr}", {"keep_next": True})


def title(t):
    return ("h1", t)


T105 = "Val av justerare"
T106 = "Godkännande av dagordning"
T107, DNR107, KEY107 = "Delårsrapport januari–augusti 2024", "KS 2024/0412", "KS 2024/412"

T108, DNR108, KEY108 = "Svar på motion om utegym i hamnparken", "KS 2023/0402", "KS 2023/402"
# clauses retold in the summaries (issue 11 convention)
C108 = ["att kommunen anlägger ett utegym i hamnparken, med redskap som passar både unga och "
        "äldre"]
C109 = ["att kommunen anställer fyra trygghetsvärdar som patrullerar centrum och resecentrum "
        "kvällar och helger"]
C111 = ["att kommunen startar en fritidsbank där barn och vuxna kan låna sport- och "
        "fritidsutrustning gratis"]
C112 = ["att kommunen bygger en gång- och cykelväg längs väg 618 mellan Lervik och Sörby"]
C113 = ["att kommunen rustar upp den gamla dansbanepaviljongen i Folkets park"]
D108 = "Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen bifalls."

T109, DNR109, KEY109 = "Svar på motion om kommunala trygghetsvärdar", "KS 2024/0017", "KS 2024/17"
D109 = "Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen avslås."

T110, DNR110, KEY110 = "Svar på motion om fler sommarjobb för unga", "KS 2023/0377", "KS 2023/377"
C110 = [
    "att kommunen garanterar sommarjobb i minst tre veckor för alla ungdomar som är "
    "folkbokförda i Lervik och går ut årskurs 9 eller årskurs 1 på gymnasiet",
    "att kommunen inför ett sommarjobbsbidrag till lokala företag och föreningar som anställer "
    "ungdomar under sommaren",
    "att ansökan om sommarjobb ska kunna göras i kommunens e-tjänst även av ungdomar som saknar "
    "BankID",
]
K110 = [
    "En garanti för alla ungdomar i de två årskullarna skulle omfatta omkring 420 ungdomar. "
    "Kommunens verksamheter kan i dag ta emot cirka 190 sommarjobbare med godtagbar handledning. "
    "Att garantera fler platser skulle kräva både fler handledare och ökade lönekostnader på "
    "omkring 3,2 miljoner kronor. Förvaltningen föreslår att att-satsen avslås.",
    "Ett bidrag på 8 000 kronor per ungdom och sommar har prövats i flera kommuner med gott "
    "resultat. Ett försök med 25 platser under sommaren 2025 kan finansieras inom "
    "arbetsmarknadsenhetens budget. Förvaltningen föreslår att att-satsen bifalls.",
    "E-tjänsten byts ut under våren 2025 och den nya versionen kan ta emot ansökningar med "
    "inloggning via engångskod till vårdnadshavarens e-postadress. Förvaltningen föreslår att "
    "att-satsen bifalls.",
]
D110 = ("Kommunstyrelsen föreslår kommunfullmäktige besluta att bifalla motionens att-sats 2 och "
        "3 och avslå att-sats 1.")
PER110 = [(1, "avslag"), (2, "bifall"), (3, "bifall")]

T111, DNR111, KEY111 = "Svar på motion om en fritidsbank i Lervik", "KS 2024/0044", "KS 2024/44"
R111 = ("möjligheten att driva en fritidsbank tillsammans med en ideell förening ska utredas "
        "innan ärendet avgörs")
D111 = ("Kommunstyrelsen beslutar att återremittera ärendet till kultur- och "
        f"fritidsförvaltningen med motiveringen att {R111}.")

T112 = "Svar på motion om gång- och cykelväg mellan Lervik och Sörby"
DNR112, KEY112 = "KS 2023/0259", "KS 2023/259"
D112 = "Kommunstyrelsen beslutar att bordlägga ärendet till sammanträdet den 4 november 2024."

T113 = "Motion om upprustning av paviljongen i Folkets park – avskrivning"
DNR113, KEY113 = "KS 2023/0098", "KS 2023/98"
R113 = ("paviljongen och marken har sålts till Lerviks bygdegårdsförening och inte längre ägs av "
        "kommunen")
D113 = f"Kommunstyrelsen föreslår kommunfullmäktige besluta att avskriva motionen eftersom {R113}."
SUNDIN = ("Jan-Erik Sundin", "S")

T114 = "Redovisning av motioner som inte har beretts färdigt"
DNR114, KEY114 = "KS 2024/0029", "KS 2024/29"
# (dnr, key, title, authors, väckt, hos, beräknas klar)
RED = [
    ("KS 2023/0311", "KS 2023/311", "Motion om kameraövervakning vid resecentrum", [BACKE],
     "2023-10-23", "Kommunledningsförvaltningen", "KS 2024-11-04"),
    ("KS 2023/0340", "KS 2023/340", "Motion om läxhjälp på biblioteken", [GRANATH],
     "2023-11-20", "Kultur- och fritidsförvaltningen", "December 2024"),
    ("KS 2023/0365", "KS 2023/365", "Motion om en kommunal bostadsförmedling", [LIDEN],
     "2023-11-20", "Kommunledningsförvaltningen", "Våren 2025"),
    ("KS 2023/0381", "KS 2023/381", "Motion om mer närproducerad mat i skolorna", [NOREN],
     "2023-12-11", "Barn- och utbildningsförvaltningen", "2025-02-28"),
    ("KS 2023/0406", "KS 2023/406", "Motion om laddplatser för boende i flerbostadshus",
     [HOLMGREN, ("Jonas Alm", "C")], "2023-12-11", "Samhällsbyggnadsförvaltningen",
     "Februari 2025"),
]


def names(authors):
    return " och ".join(pn(a) for a in authors)


T115, DNR115, KEY115 = "Redovisning av delegationsbeslut", "KS 2024/0005", "KS 2024/5"
T116 = "Meddelanden"

BLOCKS = [
    ("p", "LERVIKS KOMMUN", {"bold": True, "size": 14}),
    ("p", "Protokoll", {"size": 20}),
    ("p", "Kommunstyrelsen 2024-10-07", {"size": 13}),
    ("empty",),
    cover([
        ["Plats och tid", "Sammanträdesrummet Skäret, kommunhuset i Lervik, kl. 08.30–12.10"],
        ["Beslutande", "\n".join(
            [pn(EKSTROM) + ", ordförande"] +
            [pn(m) if m[0] not in ERS else f"{ERS[m[0]]} tjg ersättare istf {pn(m)}"
             for m in MEMBERS[1:]])],
        ["Övriga närvarande", "Anneli Brodin, sekreterare\nPeter Dahlén, kommundirektör\n"
                              "Karin Sjövall, ekonomichef, KS § 107\n"
                              "Oskar Bergh, arbetsmarknadschef, KS § 110"],
        ["Utses att justera", "Håkan Lidén (S)"],
        ["Justeringens plats och tid", "Kommunkansliet 2024-10-10"],
        ["Underskrifter", "Sekreterare ........................................ Paragrafer "
                          "KS §§ 105–116\nAnneli Brodin\n\n"
                          "Ordförande ........................................\nMalin Ekström\n\n"
                          "Justerande ........................................\nHåkan Lidén"],
    ]),
    ("p", "ANSLAGSBEVIS", {"bold": True}),
    cover([
        ["Organ", "Kommunstyrelsen"],
        ["Sammanträdesdatum", "2024-10-07"],
        ["Datum för anslags uppsättande", "2024-10-11"],
        ["Datum för anslags nedtagande", "2024-11-02"],
        ["Förvaringsplats för protokollet", "Kommunkansliet, Storgatan 12, Lervik"],
        ["Underskrift", "........................................\nAnneli Brodin"],
    ]),
    ("page_break",),
    ("p", "Närvarolista", {"bold": True, "size": 12}),
    grid([["Ledamot", "Parti", "Närvarande", "Ersättare"]] +
         [[m[0], m[1], "–" if m[0] in ERS else "X", ERS.get(m[0], "")] for m in MEMBERS],
         [5.6, 1.8, 2.6, 6.4]),
    ("p", "Ej tjänstgörande ersättare: Sara Wendt (M), Lena Ottosson (S), Ola Sjödin (C). "
          "Stefan Öhrn (M) lämnar sammanträdet efter KS § 112 och ersätts av Sara Wendt (M)."),
    ("page_break",),

    # 105
    ks_head(105), title(T105),
    label("Kommunstyrelsens beslut"),
    ("p", "Kommunstyrelsen utser Håkan Lidén (S) att jämte ordföranden justera protokollet. "
          "Justering sker på kommunkansliet torsdagen den 10 oktober 2024."),
    # 106
    ks_head(106), title(T106),
    label("Kommunstyrelsens beslut"),
    ("p", "Dagordningen godkänns med tillägget att ärendet om gång- och cykelväg mellan Lervik "
          "och Sörby behandlas före ärendet om avskrivning."),
    # 107 delårsrapport
    ks_head(107, DNR107), title(T107),
    label("Sammanfattning av ärendet"),
    ("p", "Ekonomiavdelningen har sammanställt delårsrapporten för perioden januari–augusti "
          "2024. Resultatet för perioden uppgår till 18,6 miljoner kronor och prognosen för "
          "helåret till 9,4 miljoner kronor, vilket är 6,1 miljoner kronor lägre än budget. "
          "Avvikelsen beror främst på ökade kostnader för försörjningsstöd och placeringar inom "
          "socialnämnden."),
    grid([["Nämnd", "Budget 2024, mnkr", "Prognos helår, mnkr", "Avvikelse, mnkr"],
          ["Kommunstyrelsen", "96,4", "95,1", "+1,3"],
          ["Barn- och utbildningsnämnden", "412,0", "414,8", "–2,8"],
          ["Socialnämnden", "355,7", "364,2", "–8,5"],
          ["Kultur- och fritidsnämnden", "48,3", "47,6", "+0,7"],
          ["Samhällsbyggnadsnämnden", "61,9", "60,2", "+1,7"],
          ["Finansförvaltningen", "–989,8", "–991,1", "+1,5"],
          ["Summa", "–15,5", "–9,2", "–6,1"]],
         [6.4, 3.4, 3.4, 3.2]),
    label("Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-09-24\nDelårsrapport januari–augusti 2024"),
    label("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Kommunfullmäktige godkänner delårsrapporten för januari–augusti 2024."),
    label("Kommunstyrelsens beslut för egen del"),
    ("p", "Socialnämnden uppmanas att senast den 4 november 2024 redovisa en åtgärdsplan för "
          "att nå en budget i balans."),
    label("Beslutet skickas till"),
    ("p", "Kommunfullmäktige\nSocialnämnden\nEkonomiavdelningen"),

    # 108 bifall proposed
    ks_head(108, DNR108), title(T108),
    label("Sammanfattning av ärendet"),
    ("p", f"{pn(NOREN)} föreslår i en motion {C108[0]}. Samhällsbyggnadsförvaltningen har tagit fram "
          "en kostnadsberäkning på 650 000 kronor. Investeringen kan rymmas i 2025 års ram för "
          "parkinvesteringar om upprustningen av lekplatsen vid Sjövägen skjuts ett år."),
    label("Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-09-02\nMotion 2023-11-27\nKommunstyrelsens arbetsutskott "
          "2024-09-23, § 88"),
    label("Yrkanden"),
    ("p", "Cecilia Norén (C) med instämmande av Ylva Granath (V) yrkar bifall till arbetsutskottets "
          "förslag."),
    label("Beslut"),
    ("p", D108),
    label("Beslutet skickas till"),
    ("p", "Kommunfullmäktige"),

    # 109 avslag proposed
    ks_head(109, DNR109), title(T109),
    label("Sammanfattning av ärendet"),
    ("p", f"{pn(BACKE)} föreslår i en motion {C109[0]}. Kommunledningsförvaltningen "
          "bedömer att den samverkan som redan finns med polisen och de ordningsvakter som "
          "kommunen upphandlat för resecentrum ger en bättre effekt per krona. Fyra "
          "heltidstjänster skulle kosta cirka 2,5 miljoner kronor per år."),
    label("Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-08-29\nMotion 2024-01-22"),
    label("Yrkanden"),
    ("p", "Tord Backe (SD) yrkar bifall till motionen."),
    ("p", "Ordföranden Malin Ekström (M) yrkar bifall till förvaltningens förslag."),
    label("Propositionsordning"),
    ("p", "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen beslutar "
          "enligt förvaltningens förslag."),
    label("Beslut"),
    ("p", D109),
    label("Reservation"),
    ("p", "Tord Backe (SD) och Niklas Ferm (SD) reserverar sig mot beslutet till förmån för eget "
          "yrkande."),
    label("Beslutet skickas till"),
    ("p", "Kommunfullmäktige"),

    # 110 per clause
    ks_head(110), dnr_line(DNR110), title(T110),
    label("Sammanfattning av ärendet"),
    ("p", f"{pn(LIDEN)} och {pn(SVED)} har lämnat en motion om sommarjobb för unga. "
          "Motionärerna föreslår att kommunfullmäktige beslutar"),
    ("numlist", "decimal_paren", C110),
    ("p", "Arbetsmarknadsenheten har berett motionen och lämnar följande synpunkter på de tre "
          "att-satserna."),
    ("p", f"Att-sats 1: {K110[0]}"),
    ("p", f"Att-sats 2: {K110[1]}"),
    ("p", f"Att-sats 3: {K110[2]}"),
    label("Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-09-05\nMotion 2023-11-13\nKommunstyrelsens arbetsutskott "
          "2024-09-23, § 90"),
    label("Yrkanden"),
    ("p", "Håkan Lidén (S) yrkar bifall till motionen i sin helhet."),
    ("p", "Ordföranden Malin Ekström (M) yrkar bifall till arbetsutskottets förslag."),
    label("Propositionsordning"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller "
          "arbetsutskottets förslag."),
    label("Beslut"),
    ("p", D110),
    label("Reservation"),
    ("p", "Socialdemokraternas ledamöter reserverar sig mot beslutet i den del som avser "
          "att-sats 1."),
    label("Beslutet skickas till"),
    ("p", "Kommunfullmäktige\nArbetsmarknadsenheten"),

    # 111 återremiss
    ks_head(111), dnr_line(DNR111), title(T111),
    label("Sammanfattning av ärendet"),
    ("p", f"{pn(HOLMGREN)} föreslår i en motion {C111[0]}. Kultur- och fritidsförvaltningen "
          "har föreslagit att motionen avslås, eftersom lokal och personal saknas i budgeten."),
    label("Yrkanden"),
    ("p", "Rasmus Holmgren (KD) yrkar att ärendet återremitteras till förvaltningen. Ylva Granath "
          "(V) och Cecilia Norén (C) instämmer."),
    label("Propositionsordning"),
    ("p", "Ordföranden frågar om ärendet ska avgöras i dag eller återremitteras och finner att "
          "kommunstyrelsen beslutar att ärendet ska återremitteras."),
    label("Beslut"),
    ("p", D111),
    label("Beslutet skickas till"),
    ("p", "Kultur- och fritidsförvaltningen"),

    # 112 bordläggning
    ks_head(112), dnr_line(DNR112), title(T112),
    label("Sammanfattning av ärendet"),
    ("p", f"{pn(SVED)} föreslår i en motion {C112[0]}. Trafikverket har samma dag som sammanträdet skickat en ny "
          "kostnadsbedömning för en sträckning längs den gamla banvallen, som förvaltningen inte "
          "hunnit ta ställning till."),
    label("Yrkanden"),
    ("p", "Ordföranden Malin Ekström (M) yrkar att ärendet bordläggs."),
    label("Beslut"),
    ("p", D112),

    # 113 avskrivning proposed
    ks_head(113, DNR113), title(T113),
    label("Sammanfattning av ärendet"),
    ("p", f"{pn(SUNDIN)} föreslog i en motion, väckt i kommunfullmäktige 2023-03-27, {C113[0]}. "
          "Kommunfullmäktige beslutade "
          "2024-04-22, § 41, att sälja fastigheten Lervik 4:17, där paviljongen står, till "
          "Lerviks bygdegårdsförening. Köpet har fullbordats. Föreningen har meddelat att den "
          "planerar att rusta upp paviljongen med stöd från Boverket."),
    label("Beslut"),
    ("p", D113),
    label("Beslutet skickas till"),
    ("p", "Kommunfullmäktige"),

    # 114 redovisning
    ks_head(114, DNR114), title(T114),
    label("Sammanfattning av ärendet"),
    ("p", "Enligt 5 kap. 35 § kommunallagen ska en motion beredas så att fullmäktige kan fatta "
          "beslut inom ett år från det att motionen väcktes. Om beredningen inte kan avslutas "
          "inom denna tid ska det, och vad som har kommit fram vid beredningen, anmälas till "
          "fullmäktige. Följande motioner har inte beretts färdigt inom ett år, eller kommer inte "
          "att hinna beredas färdigt före årsskiftet."),
    grid([["Dnr", "Motion", "Motionär", "Väckt", "Hos", "Beräknas klar"]] +
         [[r[0], r[2], names(r[3]), r[4], r[5], r[6]] for r in RED],
         [2.4, 4.4, 3.0, 2.0, 2.8, 2.2], small=True),
    label("Beslut"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta att lägga redovisningen till "
          "handlingarna."),
    label("Beslutet skickas till"),
    ("p", "Kommunfullmäktige"),

    # 115 delegationsbeslut
    ks_head(115), dnr_line(DNR115), title(T115),
    label("Sammanfattning av ärendet"),
    ("p", "Följande beslut fattade med stöd av delegation redovisas för kommunstyrelsen:"),
    grid([["Beslut", "Delegat", "Datum"],
          ["Yttrande över ansökan om serveringstillstånd, Hamnkrogen", "Alkoholhandläggare",
           "2024-09-03"],
          ["Tilldelningsbeslut, upphandling av skolskjuts 2025–2029", "Upphandlingschef",
           "2024-09-12"],
          ["Anställning av enhetschef, hemtjänsten Norr", "Socialchef", "2024-09-16"],
          ["Avskrivning av fordringar under ett prisbasbelopp", "Ekonomichef", "2024-09-20"]],
         [9.0, 4.2, 3.2]),
    label("Beslut"),
    ("p", "Kommunstyrelsen lägger redovisningen av delegationsbeslut till handlingarna."),

    # 116 meddelanden
    ks_head(116), title(T116),
    ("bullets", ["Kommunstyrelsens arbetsutskotts protokoll 2024-09-23",
                 "Cirkulär 24:31 från Sveriges Kommuner och Regioner, Budgetförutsättningar för "
                 "åren 2024–2028",
                 "Länsstyrelsens beslut om strandskyddsdispens för bryggan vid Sörbyviken"]),
    label("Beslut"),
    ("p", "Meddelandena läggs till handlingarna."),
]

MOT = dict(subject="motion")
ITEMS = [
    item(105, T105), item(106, T106), item(107, T107, dnr=DNR107, dnr_key=KEY107),
    item(108, T108, event="proposed", dnr=DNR108, dnr_key=KEY108, authors=[NOREN], clauses=C108,
         decision=dec("bifall", True, D108), **MOT),
    item(109, T109, event="proposed", dnr=DNR109, dnr_key=KEY109, authors=[BACKE], clauses=C109,
         decision=dec("avslag", True, D109), **MOT),
    item(110, T110, event="proposed", dnr=DNR110, dnr_key=KEY110, authors=[LIDEN, SVED],
         clauses=C110, comments=list(enumerate(K110, 1)),
         decision=dec("delvis_bifall", True, D110, PER110), **MOT),
    item(111, T111, event="referred_back", dnr=DNR111, dnr_key=KEY111, authors=[HOLMGREN], clauses=C111,
         decision=dec("aterremiss", False, D111), reason=R111, **MOT),
    item(112, T112, event="postponed", dnr=DNR112, dnr_key=KEY112, authors=[SVED], clauses=C112,
         decision=dec("bordlagd", False, D112), **MOT),
    item(113, T113, event="proposed", dnr=DNR113, dnr_key=KEY113, authors=[SUNDIN], clauses=C113,
         decision=dec("avskriven", True, D113), reason=R113, **MOT),
] + [
    item(114, r[2], event="reported", dnr=r[0], dnr_key=r[1], authors=r[3], estimated_done=r[6],
         **MOT) for r in RED
] + [
    item(115, T115, dnr=DNR115, dnr_key=KEY115), item(116, T116),
]

DOC = {
    "stem": "lervik-ks-2024-10-07_protokoll",
    "format": "docx", "font": "Georgia", "size": 11,
    "core_title": "Kommunstyrelsen 2024-10-07", "core_author": "Anneli Brodin",
    "header": [("table", [["LERVIKS KOMMUN", "PROTOKOLL", "Sida {PAGE} ({NUMPAGES})"],
                          ["Kommunstyrelsen", "2024-10-07", ""]],
                {"widths_cm": [6.0, 6.4, 4.0]})],
    "footer": [SIG],
    "post": keep_all,
    "blocks": BLOCKS,
    "truth": protocol_truth("protocol", MUNI, "KS", DATE, ITEMS),
}
