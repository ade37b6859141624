"""nyaker-kf-2024-10-14_protokoll: Nyåkers kommun (small), kommunfullmäktige 2024-10-14,
§§42-52 (11 §, 11 items).

Layout: § headings are bold plain paragraphs (no heading style) "§42 Rubrik", no space
after §; Dnr on the next line as "Dnr 2024/KS 0112" (year/organ serial); decisions as
typed dash lines "- ..." under "Kommunfullmäktiges beslut"; a line of underscores closes
every §; running head with the meeting date in words ("14 oktober 2024") and
"Sida n (m)"; signature box in the footer; cover page and a 31-seat närvarolista.

§44 raises one motion, §45 medborgarförslag anses besvarat, §46 one-clause motion
whose "att" ends the introducing line and whose decision is printed before the case
description, §47 motion avslås after yrkanden with a reservation; the rest are
formalia, interpellation, val, taxa and delgivningar.
"""
from common import SIG, cover, dec, grid, item, keep_all, label, protocol_truth, roster, \
    party_order

MUNI = "Nyåkers kommun"
DATE = "2024-10-14"
PARTIES = ["S", "C", "M", "SD", "KD", "V", "L"]
SEATS = {"S": 9, "C": 5, "M": 6, "SD": 6, "KD": 2, "V": 2, "L": 1}

ORDF = ("Ingvar Sjölund", "C")
BACKLUND = ("Stina Backlund", "C")
LIDSTROM = ("Erik Lidström", "M")
RONNQVIST = ("Tage Rönnqvist", "SD")
NORLIN = ("Anette Norlin", "S")          # KSO
HOLMQVIST = ("Lars Holmqvist", "S")
ESPING = ("Maja Esping", "V")
FIXED = [ORDF, BACKLUND, LIDSTROM, RONNQVIST, NORLIN, HOLMQVIST, ESPING]
MEMBERS = party_order(roster(SEATS, FIXED, seed=1014), PARTIES)
FREE = [m for m in MEMBERS if m not in FIXED]
SUBS = {FREE[4][0]: "Ove Strinnholm", FREE[19][0]: "Hillevi Marklund"}

RULE = ("p", "_" * 40)


def pn(p):
    return f"{p[0]} ({p[1]})"


def head(no, title, dnr=None):
    out = [("p", f"§{no} {title}", {"bold": True, "keep_next": True, "size": 12})]
    if dnr:
        out.append(("p", f"Dnr {dnr}", {"keep_next": True}))
    return out


def dash(*texts):
    return [("p", f"- {t}", {"indent_cm": 0.5}) for t in texts]


def body(*texts):
    return [("p", t) for t in texts]


T42 = "Val av justerare"
T43 = "Godkännande av dagordningen"
T44, DNR44, KEY44 = "Anmälan av motioner", None, None
M44_T, M44_DNR, M44_KEY = "Motion om ett äldreombud i Nyåker", "2024/KS 0131", "KS 2024/131"
# clauses retold in the descriptions (issue 11 convention)
C44 = ("att kommunen inrättar ett äldreombud, som äldre och anhöriga kan vända sig till med frågor "
       "om omsorg, bostad och stöd")
C45 = ("att kommunen bygger en lekplats vid badplatsen i Bodviken, eftersom närmaste lekplats "
       "ligger två kilometer därifrån")
C47 = ("att kommunen tar över snöröjningen av de enskilda vägar där det bor fler än fem hushåll "
       "året runt")
D44 = "Motionen överlämnas till kommunstyrelsen för beredning."

T45, DNR45, KEY45 = "Svar på medborgarförslag om en lekplats i Bodviken", "2024/KS 0047", \
    "KS 2024/47"
MB45 = "Jonas Åkerlund"
D45 = "Medborgarförslaget anses besvarat."

T46, DNR46, KEY46 = "Svar på motion om fritt wifi i kommunens samlingslokaler", \
    "2023/KS 0198", "KS 2023/198"
C46 = "kommunen erbjuder fritt trådlöst nätverk i alla kommunens samlingslokaler och bibliotek"
D46 = "Motionen bifalls."

T47, DNR47, KEY47 = "Svar på motion om kommunal snöröjning av enskilda vägar", \
    "2024/KS 0009", "KS 2024/9"
D47 = "Motionen avslås."

T48, DNR48, KEY48 = "Interpellation om hemtjänstens nattpatrull", "2024/KS 0140", "KS 2024/140"
T49, DNR49, KEY49 = "Val av ledamot i barn- och utbildningsnämnden", "2024/KS 0003", "KS 2024/3"
T50, DNR50, KEY50 = "Avgifter för kommunens båtplatser 2025", "2024/KS 0112", "KS 2024/112"
T51, DNR51, KEY51 = "Revisionsrapport om kommunens arbete med bisysslor", "2024/KS 0127", \
    "KS 2024/127"
T52 = "Delgivningar"


def attendance():
    rows = [["Ledamot", "Parti", "Närvarande", "Ersättare"]]
    for n, p in MEMBERS:
        rows.append([n, p, "–" if n in SUBS else "X", SUBS.get(n, "")])
    return grid(rows, [5.8, 1.8, 2.6, 6.2])


BLOCKS = [
    ("p", "NYÅKERS KOMMUN", {"bold": True, "size": 14}),
    ("p", "Protokoll från kommunfullmäktiges sammanträde", {"size": 14}),
    ("empty",),
    cover([
        ["Plats och tid", "Bygdegården i Nyåker, måndagen den 14 oktober 2024, kl. 18.30–20.40"],
        ["Beslutande", "31 ledamöter, se närvarolistan"],
        ["Övriga", "Karin Fjällström, sekreterare\nBo Hällgren, kommunchef"],
        ["Justerare", "Lars Holmqvist (S) och Erik Lidström (M)"],
        ["Justeringens plats och tid", "Kommunkontoret, 2024-10-17"],
        ["Paragrafer", "§§42–52"],
        ["Sekreterare", "..........................................\nKarin Fjällström"],
        ["Ordförande", "..........................................\nIngvar Sjölund"],
        ["Justerare", "..........................................\nLars Holmqvist\n\n"
                      "..........................................\nErik Lidström"],
    ]),
    ("p", "BEVIS OM ANSLAG", {"bold": True}),
    ("p", "Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens "
          "anslagstavla den 18 oktober 2024. Anslaget tas ned den 9 november 2024. Protokollet "
          "förvaras på kommunkontoret i Nyåker."),
    ("p", "Underskrift ..........................................  Karin Fjällström"),
    ("page_break",),
    ("p", "Närvarolista", {"bold": True, "size": 12}),
    attendance(),
    ("p", "Ersättare som inte tjänstgör: Elon Wikström (S), Greta Nordlund (C), Hugo Lind (SD)."),
    ("page_break",),

    *head(42, T42),
    label("Kommunfullmäktiges beslut"),
    *dash("Lars Holmqvist (S) och Erik Lidström (M) utses att justera protokollet.",
          "Justeringen sker på kommunkontoret torsdagen den 17 oktober 2024."),
    RULE,
    *head(43, T43),
    label("Kommunfullmäktiges beslut"),
    *dash("Dagordningen godkänns."),
    RULE,

    *head(44, T44),
    ("p", f"Dnr {M44_DNR}", {"keep_next": True}),
    label("Beskrivning av ärendet"),
    ("p", f"{pn(BACKLUND)} har den 30 september 2024 lämnat in en motion till "
          "kommunfullmäktige:"),
    ("p", M44_T, {"italic": True}),
    ("p", f"I motionen föreslås {C44}."),
    label("Kommunfullmäktiges beslut"),
    *dash(D44),
    RULE,

    *head(45, T45, DNR45),
    label("Beskrivning av ärendet"),
    ("p", f"{MB45} föreslår i ett medborgarförslag {C45}."),
    ("p", "Tekniska avdelningen har i sitt svar redovisat att en ny lekplats i Bodviken finns "
          "med i lekplatsprogrammet för 2025–2027 och att byggstart planeras till våren 2026. "
          "Förslagsställaren har bjudits in till samrådet om utformningen."),
    ("p", "Kommunstyrelsen föreslår att medborgarförslaget ska anses besvarat."),
    label("Kommunfullmäktiges beslut"),
    *dash(D45),
    label("Skickas till"),
    ("p", "Tekniska avdelningen\nJonas Åkerlund"),
    RULE,

    *head(46, T46, DNR46),
    label("Kommunfullmäktiges beslut"),
    *dash(D46, "Kostnaden för 2025, 85 000 kronor, finansieras inom kommunstyrelsens ram."),
    label("Beskrivning av ärendet"),
    ("p", f"{pn(LIDSTROM)} föreslår i en motion, väckt 2023-12-11, att kommunfullmäktige "
          "beslutar att"),
    ("p", C46, {"indent_cm": 1.0}),
    ("p", "IT-avdelningen har undersökt vilka lokaler som saknar trådlöst nätverk för "
          "besökare. Det gäller fem av kommunens nio samlingslokaler och filialbiblioteket i "
          "Bodviken. En utbyggnad kostar 85 000 kronor i engångskostnad och 24 000 kronor per år "
          "i drift. Föreningar som hyr lokalerna har efterfrågat nätverk för möten och "
          "studiecirklar."),
    ("p", "Kommunstyrelsen föreslår att motionen bifalls."),
    label("Yrkande"),
    ("p", "Erik Lidström (M) och Anette Norlin (S) yrkar bifall till kommunstyrelsens förslag."),
    label("Skickas till"),
    ("p", "IT-avdelningen\nErik Lidström"),
    RULE,

    *head(47, T47, DNR47),
    label("Beskrivning av ärendet"),
    ("p", f"{pn(RONNQVIST)} föreslår i en motion {C47}."),
    ("p", "Kommunen lämnar i dag ett driftbidrag till vägföreningarna på 40 procent av "
          "kostnaden för vinterväghållningen. Samhällsbyggnadsavdelningen bedömer att ett "
          "kommunalt övertagande av snöröjningen på de cirka 60 kilometer väg som motionen "
          "omfattar skulle kosta 1,1 miljoner kronor per år och kräva nya upphandlingar. "
          "Avdelningen bedömer också att kommunen saknar rättslig möjlighet att prioritera "
          "vissa enskilda vägar framför andra utan ett tydligt regelverk."),
    ("p", "Kommunstyrelsen föreslår att motionen avslås."),
    label("Yrkanden"),
    ("p", "Tage Rönnqvist (SD) yrkar bifall till motionen."),
    ("p", "Anette Norlin (S) yrkar bifall till kommunstyrelsens förslag."),
    label("Proposition"),
    ("p", "Ordföranden ställer förslagen mot varandra och finner att kommunfullmäktige bifaller "
          "kommunstyrelsens förslag."),
    label("Kommunfullmäktiges beslut"),
    *dash(D47),
    label("Reservation"),
    ("p", "Sverigedemokraternas ledamöter reserverar sig mot beslutet."),
    label("Skickas till"),
    ("p", "Samhällsbyggnadsavdelningen\nTage Rönnqvist"),
    RULE,

    *head(48, T48, DNR48),
    label("Beskrivning av ärendet"),
    ("p", f"{pn(ESPING)} har ställt en interpellation till socialnämndens ordförande Lars "
          "Holmqvist (S) om varför hemtjänstens nattpatrull har minskats från två till en bil. "
          "Lars Holmqvist svarar att antalet nattliga insatser har minskat sedan trygghetskameror "
          "infördes, och att bemanningen följs upp varje månad."),
    ("p", "I debatten deltar Maja Esping (V), Lars Holmqvist (S) och Tage Rönnqvist (SD)."),
    label("Kommunfullmäktiges beslut"),
    *dash("Interpellationen är besvarad."),
    RULE,

    *head(49, T49, DNR49),
    label("Beskrivning av ärendet"),
    ("p", "Agnes Lundmark (KD) har avsagt sig uppdraget som ledamot i barn- och "
          "utbildningsnämnden. Valberedningen föreslår Roger Sundelin (KD) som ny ledamot."),
    label("Kommunfullmäktiges beslut"),
    *dash("Agnes Lundmark (KD) entledigas från uppdraget.",
          "Roger Sundelin (KD) väljs till ledamot i barn- och utbildningsnämnden till och med "
          "den 31 december 2026."),
    RULE,

    *head(50, T50, DNR50),
    label("Beskrivning av ärendet"),
    ("p", "Avgifterna för kommunens båtplatser i Bodviken och Nyåkers hamn har inte räknats "
          "upp sedan 2019. Kommunstyrelsen föreslår nya avgifter från säsongen 2025."),
    grid([["Båtplats", "Avgift 2024", "Avgift 2025"],
          ["Bredd upp till 2,5 meter", "950 kr", "1 100 kr"],
          ["Bredd 2,5–3,5 meter", "1 350 kr", "1 550 kr"],
          ["Bredd över 3,5 meter", "1 800 kr", "2 050 kr"],
          ["Gästplats per dygn", "120 kr", "150 kr"]],
         [7.4, 4.5, 4.5]),
    label("Kommunfullmäktiges beslut"),
    *dash("Avgifterna för kommunens båtplatser fastställs enligt kommunstyrelsens förslag, att "
          "gälla från och med den 1 januari 2025."),
    RULE,

    *head(51, T51, DNR51),
    label("Beskrivning av ärendet"),
    ("p", "Kommunens revisorer har granskat hur kommunen hanterar anställdas bisysslor. "
          "Granskningen visar att rutinerna är kända men att uppföljningen brister. "
          "Kommunstyrelsen har lämnat ett yttrande med en åtgärdsplan."),
    label("Kommunfullmäktiges beslut"),
    *dash("Revisionsrapporten och kommunstyrelsens yttrande läggs till handlingarna."),
    RULE,

    *head(52, T52),
    ("bullets", ["Länsstyrelsens beslut om ny ledamot i kommunfullmäktige efter Agnes "
                 "Lundmark (KD)",
                 "Protokoll från Nyåkers Energi AB:s styrelsemöte 2024-09-12",
                 "Region Västerbottens beslut om ändrade busslinjer från december 2024"]),
    label("Kommunfullmäktiges beslut"),
    *dash("Delgivningarna läggs till handlingarna."),
    RULE,
]

ITEMS = [
    item(42, T42), item(43, T43),
    item(44, M44_T, subject="motion", event="raised", dnr=M44_DNR, dnr_key=M44_KEY,
         authors=[BACKLUND], clauses=[C44], decision=dec("overlamnad", False, D44)),
    item(45, T45, subject="citizen_proposal", event="decided", dnr=DNR45, dnr_key=KEY45,
         authors=[(MB45, None)], clauses=[C45], decision=dec("besvarad", False, D45)),
    item(46, T46, subject="motion", event="decided", dnr=DNR46, dnr_key=KEY46,
         authors=[LIDSTROM], clauses=[C46], decision=dec("bifall", False, D46)),
    item(47, T47, subject="motion", event="decided", dnr=DNR47, dnr_key=KEY47,
         authors=[RONNQVIST], clauses=[C47], decision=dec("avslag", False, D47)),
    item(48, T48, dnr=DNR48, dnr_key=KEY48), item(49, T49, dnr=DNR49, dnr_key=KEY49),
    item(50, T50, dnr=DNR50, dnr_key=KEY50), item(51, T51, dnr=DNR51, dnr_key=KEY51),
    item(52, T52),
]

DOC = {
    "stem": "nyaker-kf-2024-10-14_protokoll",
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": "KF-protokoll 14 oktober 2024", "core_author": "Karin Fjällström",
    "header": ["Nyåkers kommun\tKommunfullmäktige\t14 oktober 2024",
               "Protokoll\t\tSida {PAGE} ({NUMPAGES})"],
    "footer": [SIG],
    "post": keep_all,
    "blocks": BLOCKS,
    "truth": protocol_truth("protocol", MUNI, "KF", DATE, ITEMS),
}
