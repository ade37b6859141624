"""ekhamra-kf-2024-06-10_foredragningslista: a big-city KF föredragningslista, items 1–25.

Layout: no § at all; every item is a Heading 3 "14<TAB>Rubrik" with a hanging indent
(paragraph = agenda_number = the item number), under group headings in capitals
(VALÄRENDEN, ÄRENDEN FRÅN KOMMUNSTYRELSEN, MOTIONER, BORDLAGDA MOTIONER,
INTERPELLATIONER, BORDLAGDA INTERPELLATIONER, ANMÄLNINGSÄRENDEN). Motion items carry
"Motion (2023:58) av … (L)", "Utlåtande 2024:41 KS", "Dnr KS 2023/1042" (with
"(bordlagd 13/5)" after the Dnr of postponed items), the KS proposal as TYPED "1." "2."
beslutssatser (no Word numbering) and "Ärendedokument: … (pdf)" lines. Interpellations
are "Nr 2024:16 av … om …" lines with "(framställd 20/5)". Item 2 (anmälan av motioner)
announces none. Every proposal is proposed: bifall, besvarad, avslag, avskrivning.
"""
from tlib import dec, item, other, protocol

STEM = "ekhamra-kf-2024-06-10_foredragningslista"
MUNI = "Ekhamra kommun"
DATE = "2024-06-10"

B = {"bold": True}


def it_head(n, title):
    return ("hx", 3, f"{n}\t{title}", {"hang_cm": 1.0})


def grp(text):
    return ("hx", 2, text)


def refs(*lines):
    return ("lines", list(lines), {"indent_cm": 1.0})


def prop(points):
    return [("p", "Kommunstyrelsens förslag till beslut", {"bold": True, "indent_cm": 1.0,
                                                           "space_after": 0}),
            ("numtyped", points, {"indent_cm": 1.0})]


def docs(*names):
    return ("lines", [f"Ärendedokument: {n} (pdf)" for n in names], {"indent_cm": 1.0})


MOTIONS = {}  # n -> (title, ref line, utlåtande, dnr as written, dnr note, key, authors,
#                    points, decision text, outcome, reason)


def motion(n, title, ref, utl, dnr, key, authors, points, dtext, outcome, note="", reason=None):
    MOTIONS[n] = (title, ref, utl, dnr, key, authors, points, dtext, outcome, note, reason)


motion("11", "Motion om meröppna bibliotek på söndagar",
       "Motion (2023:58) av Selma Öhrn (L)", "Utlåtande 2024:41 KS", "KS 2023/1042",
       "KS 2023/1042", [("Selma Öhrn", "L")],
       ["Motionen bifalls.",
        "Kulturnämnden får i uppdrag att införa meröppet på söndagar vid samtliga "
        "stadsdelsbibliotek under 2025."], "Motionen bifalls.", "bifall")
motion("12", "Motion om fler dricksvattenfontäner i stadens parker",
       "Motion (2023:61) av Elias Hammar och Nora Kvist (båda MP)", "Utlåtande 2024:42 KS",
       "KS 2023/1077", "KS 2023/1077", [("Elias Hammar", "MP"), ("Nora Kvist", "MP")],
       ["Trafik- och parknämnden får i uppdrag att i samband med parkupprustningar pröva "
        "placering av dricksvattenfontäner.", "Motionen anses därmed besvarad."],
       "Motionen anses därmed besvarad.", "besvarad")
motion("13", "Motion om avgiftsfria parkeringstillstånd för hantverkare",
       "Motion (2023:64) av Jimmy Roos (SD)", "Utlåtande 2024:43 KS", "KS 2023/1101",
       "KS 2023/1101", [("Jimmy Roos", "SD")], ["Motionen avslås."], "Motionen avslås.",
       "avslag")
R14 = ("kommunfullmäktige den 11 mars 2024 har antagit en ny parkeringsnorm som även "
       "omfattar cykelparkering")
motion("14", "Motion om en parkeringsnorm för cykel",
       "Motion (2022:47) av Karin Wahl m.fl. (C)", "Utlåtande 2024:44 KS", "KS 2022/0930",
       "KS 2022/930", [("Karin Wahl", "C")], [f"Motionen avskrivs eftersom {R14}."],
       f"Motionen avskrivs eftersom {R14}.", "avskriven", reason=R14)
motion("15", "Motion om skolkuratorer på alla grundskolor",
       "Motion (2023:66) av Dragan Petrović, Lina Mäki och Hussein Ali (alla S)",
       "Utlåtande 2024:45 KS", "KS 2023/1123", "KS 2023/1123",
       [("Dragan Petrović", "S"), ("Lina Mäki", "S"), ("Hussein Ali", "S")],
       ["Utbildningsnämnden får i uppdrag att säkerställa att varje grundskola har tillgång "
        "till skolkurator minst tre dagar i veckan från och med läsåret 2025/26.",
        "Motionen anses därmed besvarad."], "Motionen anses därmed besvarad.", "besvarad")
motion("16", "Motion om en plan mot ofrivillig ensamhet bland äldre",
       "Motion (2023:70) av Gunnar Brink (KD)", "Utlåtande 2024:46 KS", "KS 2023/1189",
       "KS 2023/1189", [("Gunnar Brink", "KD")], ["Motionen avslås."], "Motionen avslås.",
       "avslag")
motion("17", "Motion om solpaneler på stadens parkeringshus",
       "Motion (2023:39) av Ingela Svahn (V)", "Utlåtande 2024:35 KS", "KS 2023/0713",
       "KS 2023/713", [("Ingela Svahn", "V")],
       ["Motionen bifalls.",
        "Ekhamra Parkering AB får i uppdrag att installera solpaneler på bolagets fyra "
        "parkeringshus senast 2026."], "Motionen bifalls.", "bifall", note=" (bordlagd 13/5)")
motion("18", "Motion om att sälja stadens andel i Ekhamra Flygplats AB",
       "Motion (2023:42) av Mats Hellgren och Rut Olsson (båda M)", "Utlåtande 2024:36 KS",
       "KS 2023/0760", "KS 2023/760", [("Mats Hellgren", "M"), ("Rut Olsson", "M")],
       ["Motionen avslås."], "Motionen avslås.", "avslag", note=" (bordlagd 13/5)")

# clauses retold in the item texts (issue 11 convention)
CLAUSES = {
    "12": ["att staden sätter upp dricksvattenfontäner i de tio mest besökta parkerna"],
    "13": ["att hantverkare som arbetar i innerstaden ska få avgiftsfria parkeringstillstånd"],
    "15": ["att varje grundskola ska ha en heltidsanställd skolkurator"],
    "16": ["att staden tar fram en särskild handlingsplan mot ofrivillig ensamhet bland äldre"],
}

BODY = {
    "11": "Motionären vill att stadsdelsbiblioteken ska kunna nyttjas med lånekort även på "
          "söndagar, när biblioteken i dag är stängda.",
    "12": f"Motionärerna föreslår {CLAUSES['12'][0]}.",
    "13": f"Motionären föreslår {CLAUSES['13'][0]}.",
    "14": "Motionen behandlades inte inom ett år från det att den väcktes. Frågan har därefter "
          "avgjorts i ett annat ärende.",
    "15": f"Motionärerna föreslår {CLAUSES['15'][0]}.",
    "16": f"Motionären föreslår {CLAUSES['16'][0]}.",
    "17": "Ärendet bordlades vid sammanträdet den 13 maj 2024.",
    "18": "Ärendet bordlades vid sammanträdet den 13 maj 2024.",
}


def motion_blocks(n):
    title, ref, utl, dnr, _k, _a, points, _d, _o, note, _r = MOTIONS[n]
    return ([it_head(n, title), refs(ref, utl, f"Dnr {dnr}{note}"),
             ("p", BODY[n], {"indent_cm": 1.0})]
            + prop(points)
            + [docs(utl, f"Motion {ref.split('(')[1].split(')')[0]}")])


OTHERS = {
    "1": "Justering av protokoll",
    "2": "Anmälan av inkomna motioner",
    "3": "Anmälan av inkomna interpellationer",
    "4": "Avsägelser",
    "5": "Val av ledamot och ersättare i utbildningsnämnden",
    "6": "Val av nämndemän vid Ekhamra tingsrätt",
    "7": "Mål och budget 2025–2027 för Ekhamra stad",
    "8": "Delårsrapport per april 2024",
    "9": "Program för trygghet och säkerhet 2024–2027",
    "10": "Förvärv av fastigheten Ekhamra Sågen 3",
    "19": "Nr 2024:16 av Jimmy Roos (SD) om otryggheten vid Centralstationen",
    "20": "Nr 2024:17 av Karin Wahl (C) om förseningarna i bygget av Norrbroskolan",
    "21": "Nr 2024:18 av Ingela Svahn (V) om motioner som har väntat mer än ett år på svar",
    "22": "Nr 2024:12 av Mats Hellgren (M) om stadens kostnader för inhyrd personal",
    "23": "Revisorernas granskningsrapporter",
    "24": "Anmälan av beslut fattade med stöd av delegation från kommunfullmäktige",
    "25": "Frågor till borgarråden",
}
OTHER_DNR = {"7": "KS 2024/188", "8": "KS 2024/342", "9": "KS 2023/1201", "10": "KS 2024/301",
             "19": "KS 2024/544", "20": "KS 2024/551", "21": "KS 2024/560", "22": "KS 2024/402"}

BLOCKS = [
    ("p", "EKHAMRA STAD", {"bold": True, "size": 16}),
    ("p", "Kommunfullmäktige", {"size": 13}),
    ("p", "FÖREDRAGNINGSLISTA", {"bold": True, "size": 13}),
    ("p", "för kommunfullmäktiges sammanträde måndagen den 10 juni 2024 kl. 15.00 i stadshusets "
          "fullmäktigesal"),
    ("p", "Kommunfullmäktige i Ekhamra kommun kallas härmed till sammanträde. Handlingarna "
          "finns på stadens webbplats och i stadshusets reception. Sammanträdet sänds på "
          "webben."),
    ("lines", ["Margit Sandberg", "ordförande"]),
    ("empty",),
    ("lines", ["Josef Lind", "kommunsekreterare"]),
    ("empty",),
    it_head("1", OTHERS["1"]),
    ("p", "Ordföranden föreslår att protokollet justeras måndagen den 17 juni 2024.",
     {"indent_cm": 1.0}),
    it_head("2", OTHERS["2"]),
    ("p", "En förteckning över de motioner som har getts in efter den 13 maj 2024 delas ut vid "
          "sammanträdet.", {"indent_cm": 1.0}),
    it_head("3", OTHERS["3"]),
    ("p", "Interpellationer som getts in senast den 3 juni 2024 anmäls och besvaras vid "
          "nästa sammanträde.", {"indent_cm": 1.0}),
    grp("VALÄRENDEN"),
    it_head("4", OTHERS["4"]),
    ("p", "Avsägelser som kommer in före sammanträdet redovisas på bordet.",
     {"indent_cm": 1.0}),
    it_head("5", OTHERS["5"]),
    ("p", "Efter Tina Gräns (S), som avsagt sig uppdraget som ledamot.", {"indent_cm": 1.0}),
    it_head("6", OTHERS["6"]),
    ("p", "Valberedningens förslag delas ut vid sammanträdet.", {"indent_cm": 1.0}),
    grp("ÄRENDEN FRÅN KOMMUNSTYRELSEN"),
    it_head("7", OTHERS["7"]),
    refs("Utlåtande 2024:40 KS", f"Dnr {OTHER_DNR['7']}"),
] + prop(["Mål och budget 2025–2027 för Ekhamra stad fastställs i enlighet med bilaga 1.",
          "Skattesatsen för 2025 fastställs till 20:94 kronor per skattekrona.",
          "Kommunstyrelsen får i uppdrag att fördela den centrala reserven."]) + [
    docs("Utlåtande 2024:40 KS", "Bilaga 1 Mål och budget 2025–2027"),
    it_head("8", OTHERS["8"]),
    refs("Utlåtande 2024:38 KS", f"Dnr {OTHER_DNR['8']}"),
] + prop(["Delårsrapporten per april 2024 godkänns."]) + [
    docs("Utlåtande 2024:38 KS"),
    it_head("9", OTHERS["9"]),
    refs("Utlåtande 2024:37 KS", f"Dnr {OTHER_DNR['9']}"),
] + prop(["Program för trygghet och säkerhet 2024–2027 antas."]) + [
    docs("Utlåtande 2024:37 KS", "Programmet (pdf-version med bilagor)"),
    it_head("10", OTHERS["10"]),
    refs("Utlåtande 2024:39 KS", f"Dnr {OTHER_DNR['10']}"),
] + prop(["Staden förvärvar fastigheten Ekhamra Sågen 3 för 41,5 miljoner kronor.",
          "Förvärvet finansieras genom upplåning inom fastställd låneram."]) + [
    docs("Utlåtande 2024:39 KS"),
    grp("MOTIONER"),
]
for n in ("11", "12", "13", "14", "15", "16"):
    BLOCKS += motion_blocks(n)
BLOCKS += [grp("BORDLAGDA MOTIONER")]
for n in ("17", "18"):
    BLOCKS += motion_blocks(n)
BLOCKS += [
    grp("INTERPELLATIONER"),
    it_head("19", OTHERS["19"]),
    refs(f"Dnr {OTHER_DNR['19']} (framställd 20/5)"),
    it_head("20", OTHERS["20"]),
    refs(f"Dnr {OTHER_DNR['20']} (framställd 20/5)"),
    it_head("21", OTHERS["21"]),
    refs(f"Dnr {OTHER_DNR['21']} (framställd 27/5)"),
    ("p", "Interpellanten frågar hur många motioner som inte har besvarats inom ett år och om "
          "borgarrådet avser att föreslå att de avskrivs.", {"indent_cm": 1.0}),
    grp("BORDLAGDA INTERPELLATIONER"),
    it_head("22", OTHERS["22"]),
    refs(f"Dnr {OTHER_DNR['22']} (framställd 22/4, bordlagd 13/5)"),
    grp("ANMÄLNINGSÄRENDEN"),
    it_head("23", OTHERS["23"]),
    ("p", "Granskning av stadens arbete med upphandling av hemtjänst och av "
          "investeringsprocessen.", {"indent_cm": 1.0}),
    docs("Revisionsrapport 3/2024", "Revisionsrapport 4/2024"),
    it_head("24", OTHERS["24"]),
    ("p", "Kommunstyrelsens beslut om upptagande av lån under perioden januari–april 2024.",
     {"indent_cm": 1.0}),
    it_head("25", OTHERS["25"]),
    ("p", "Frågor ska vara inlämnade till kommunfullmäktiges kansli senast torsdagen den 6 juni "
          "2024 kl. 12.00.", {"indent_cm": 1.0}),
]

ITEMS = []
for n in range(1, 26):
    n = str(n)
    if n in MOTIONS:
        title, ref, utl, dnr, key, authors, points, dtext, outcome, note, reason = MOTIONS[n]
        ITEMS.append(item(n, title, agenda=n, dnr=dnr, key=key, subject="motion",
                          event="proposed", authors=authors, clauses=CLAUSES.get(n, ()),
                          decision=dec(outcome, dtext, proposed=True), reason=reason))
    else:
        d = OTHER_DNR.get(n)
        ITEMS.append(other(n, OTHERS[n], agenda=n, dnr=d, key=d))

DOC = {
    "stem": STEM,
    "format": "docx", "font": "Georgia", "size": 10.5,
    "core_title": "Föredragningslista kommunfullmäktige 2024-06-10", "core_author": "Josef Lind",
    "header": ["EKHAMRA STAD\tFÖREDRAGNINGSLISTA\tSida {PAGE} ({NUMPAGES})",
               "Kommunfullmäktige\t\tSammanträde 2024-06-10"],
    "footer": ["Ekhamra stad · Stadshuset, Rådhustorget 1 · kommunfullmaktige@ekhamra.se"],
    "blocks": BLOCKS,
    "truth": protocol("kallelse", MUNI, "KF", DATE, ITEMS),
    "sections": {"styles": ["Heading 3"], "re": r"^(?P<p>(?P<a>\d+))\t"},
}
