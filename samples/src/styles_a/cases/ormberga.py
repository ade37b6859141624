"""Case ormberga-ks-2024-7 (style batch A).

Ormberga kommun, Dnr written "KS2024/0007-10" (KF extract only). An MP motion
in the old numbered style; KF declares it answered.

* 1_motion: title line, then the motion's own number and authors "Motion
  (2024:7) av Petra Ågren och Olle Sand (båda mp)" (M-TITLE-03, lower-case
  party with "båda", M-SIGN-04); introducer "… hemställer vi att
  kommunfullmäktige beslutar" (M-INTRO-06); typed "1. att …" lines
  (M-CLAUSE-15) where clause 1 wraps onto a second, un-indented paragraph;
  signed by the group: names on separate lines and "(MP-gruppen)" (M-SIGN-05).
* 2_kf-protokoll: one § of KF; heading "Svar på motion (2024:7) av Petra Ågren
  m.fl. (mp) om gröna skolgårdar" ("m.fl." hides the co-author, M-SIGN-04);
  the motion retold "I motionen hemställs att A, att B och att C"; KF decides
  "besvarad".
"""
from truthlib import SIG, truth, decision

MUNI = "Ormberga kommun"
DNR = "KS2024/0007-10"
KEY = "KS 2024/7"
TITLE_M = "Gröna skolgårdar åt alla barn"

C1_A = "att samtliga kommunala grundskolor får en plan för hur skolgården"
C1_B = "kan göras grönare, med träd, buskar och odlingslådor"
C1 = ("att samtliga kommunala grundskolor får en plan för hur skolgården kan göras grönare, med "
      "träd, buskar och odlingslådor")
C2 = ("att 3 miljoner kronor per år avsätts i investeringsbudgeten 2025–2027 för att genomföra "
      "planerna")
C3 = "att eleverna får vara med och utforma sina skolgårdar"

motion = {
    "stem": "ormberga-ks-2024-7_1_motion",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Motion 2024:7", "core_author": "Petra Ågren",
    "header": ["Miljöpartiet de gröna i Ormberga\tTill kommunfullmäktige i Ormberga kommun"],
    "blocks": [
        ("title", TITLE_M),
        ("p", "Motion (2024:7) av Petra Ågren och Olle Sand (båda mp)", {"italic": True}),
        ("empty",),
        ("p", "Många av kommunens skolgårdar består av asfalt, grus och ett par klätterställningar. "
              "På de största skolorna har varje elev i snitt mindre än tio kvadratmeter att leka "
              "på. Forskningen är tydlig: barn som har tillgång till grönska rör sig mer, leker mer "
              "varierat och koncentrerar sig bättre på lektionerna efteråt."),
        ("p", "Gröna skolgårdar ger också skugga under allt varmare somrar och tar hand om "
              "dagvatten när det regnar kraftigt. Träd och buskar som planteras i dag ger skugga om "
              "tio år, så arbetet behöver börja nu."),
        ("p", "Med hänvisning till ovanstående hemställer vi att kommunfullmäktige beslutar"),
        ("p", "1. " + C1_A),
        ("p", C1_B),
        ("p", "2. " + C2),
        ("p", "3. " + C3),
        ("empty",),
        ("p", "Ormberga 2024-01-29"),
        ("empty",),
        ("lines", ["Petra Ågren", "Olle Sand", "(MP-gruppen)"]),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2024-01-29",
                   authors=[("Petra Ågren", "mp"), ("Olle Sand", "mp")], clauses=[C1, C2, C3]),
}

TITLE_P = "Svar på motion (2024:7) av Petra Ågren m.fl. (mp) om gröna skolgårdar"
DEC = "Kommunfullmäktige beslutar att motionen ska anses besvarad."

kf = {
    "stem": "ormberga-ks-2024-7_2_kf-protokoll",
    "format": "docx", "font": "Arial", "size": 10,
    "core_title": "KF 2024-10-21 § 61", "core_author": "Sofia Lindén",
    "header": ["ORMBERGA KOMMUN\tSAMMANTRÄDESPROTOKOLL\t{PAGE} ({NUMPAGES})",
               "Kommunfullmäktige\t\t2024-10-21"],
    "footer": [SIG],
    "blocks": [
        ("p", "KF § 61\tDnr KS2024/0007-10", {"bold": True}),
        ("h2", TITLE_P),
        ("p", "Ärendebeskrivning", {"bold": True, "keep_next": True}),
        ("p", f"I motionen hemställs {C1}, {C2} och {C3}."),
        ("p", "Barn- och utbildningsnämnden har i sitt yttrande redovisat att en plan för gröna "
              "skolgårdar tas fram under 2025 för de sex största skolorna, och att eleverna deltar "
              "genom elevråden. Medel för genomförandet prövas i budgetarbetet. Kommunstyrelsen har "
              "den 30 september 2024, § 140, föreslagit att motionen ska anses besvarad."),
        ("p", "Beslutsunderlag", {"bold": True, "keep_next": True}),
        ("p", "Kommunstyrelsens protokoll 2024-09-30, § 140\nBarn- och utbildningsnämndens "
              "yttrande 2024-06-12, § 48"),
        ("p", "Yrkanden", {"bold": True, "keep_next": True}),
        ("p", "Petra Ågren (MP) yrkar bifall till motionen. Lars-Erik Holm (C) yrkar bifall till "
              "kommunstyrelsens förslag."),
        ("p", "Kommunfullmäktiges beslut", {"bold": True, "keep_next": True}),
        ("p", DEC),
        ("p", "Reservation", {"bold": True, "keep_next": True}),
        ("p", "Petra Ågren (MP) reserverar sig mot beslutet."),
        ("p", "Skickas till", {"bold": True, "keep_next": True}),
        ("p", "Barn- och utbildningsnämnden\nMotionärerna"),
    ],
    # the heading names only the first author ("m.fl." hides the other)
    "truth": truth("protocol_extract", DNR, KEY, TITLE_P, MUNI, "KF", "2024-10-21",
                   authors=[("Petra Ågren", "mp")], clauses=[C1, C2, C3],
                   decision=decision("besvarad", False, DEC)),
}

DOCS = [motion, kf]
