"""Standalone nordvalla-2024-laddplatser_1_motion (style batch A).

Nordvalla kommun, no Dnr (a new motion). An M motion whose heading names the
council meeting, not the subject (M-TITLE-06): "Motion KF 2024-04-15" with the
subject "Laddinfrastruktur." as a separate line. The proposal is phrased as a
yrkande on the motion itself: "Moderaterna yrkar:" (the "<Partiet> yrkar:"
shape of M-INTRO-02) then "bifall till motionen att …" (M-INTRO-08). One
clause only (M-CLAUSE-07), carrying two requests with "dels …, dels …"
(M-CLAUSE-13). Dotted signature lines with the two names on one line under
them (M-SIGN-08, M-SIGN-06), party only as "Moderaterna i Nordvalla". Signed
"Nordvalla 2024-03-18", so the date in the heading is NOT the motion's date.
"""
from truthlib import truth

MUNI = "Nordvalla kommun"
AUTHORS = [("Henrik Ståhl", "M"), ("Linnea Ek", "M")]
TITLE = "Motion KF 2024-04-15"
# The clause starts at "att": "bifall till motionen" belongs to the yrkande.
C1 = ("att kommunstyrelsen ges i uppdrag att dels ta fram en plan för publika laddplatser vid "
      "kommunens idrottsanläggningar, bibliotek och pendlarparkeringar, dels utreda hur det "
      "kommunala bostadsbolaget Nordvallahem kan erbjuda laddplatser till sina hyresgäster.")

motion = {
    "stem": "nordvalla-2024-laddplatser_1_motion",
    "format": "docx", "font": "Cambria", "size": 11,
    "core_title": TITLE, "core_author": "Henrik Ståhl",
    "blocks": [
        ("p", "MODERATERNA I NORDVALLA", {"bold": True, "size": 9, "align": "right"}),
        ("title", TITLE),
        ("p", "Laddinfrastruktur.", {"bold": True}),
        ("empty",),
        ("p", "Var fjärde ny bil som registreras i Nordvalla kommun är i dag en laddbar bil. För "
              "den som bor i villa är laddningen sällan ett problem, men den som bor i lägenhet "
              "eller pendlar med bil till tåget i Nordvalla C har ofta ingenstans att ladda. Det "
              "finns i dag sju publika laddpunkter i hela kommunen, och fem av dem står vid samma "
              "livsmedelsbutik."),
        ("p", "Kommunen äger parkeringar vid idrottshallar, bibliotek och pendlarparkeringen vid "
              "stationen. Där står bilar parkerade i flera timmar, vilket är precis den tid som "
              "behövs för att ladda. Utbyggnaden kan göras av privata operatörer på kommunens mark, "
              "utan att kommunen själv behöver investera i laddstolparna."),
        ("p", "Nordvallahem har drygt 2 300 lägenheter men inte en enda laddplats för hyresgästerna. "
              "Andra allmännyttiga bolag har börjat hyra ut laddplatser till självkostnadspris."),
        ("p", "Moderaterna yrkar:"),
        ("p", "bifall till motionen " + C1),
        ("empty",),
        ("p", "Nordvalla 2024-03-18"),
        ("empty",),
        ("p", "……………………………\t\t……………………………"),
        ("p", "Henrik Ståhl\t\tLinnea Ek"),
        ("p", "Moderaterna i Nordvalla"),
    ],
    "truth": truth("motion", None, None, TITLE, MUNI, "KF", "2024-03-18",
                   authors=AUTHORS, clauses=[C1]),
}

DOCS = [motion]
