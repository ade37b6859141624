"""Standalone ollestad-2024-lekplatser_1_motion (style batch A).

Ollestads kommun, no Dnr. An L motion signed by one person with only
"<Namn> (L)" (M-SIGN-01) under a place-and-date line written "Ollestad
20240115" (M-DATE-01, YYYYMMDD). The word MOTION in capitals above the title
(T-CAPS-01), "Motion om …" (M-TITLE-01). Introducer "Mot den bakgrunden vill
vi att kommunfullmäktige beslutar" ("vill vi att", M-INTRO-04 family); the
clauses are numbered with the number glued to "att": "att1", "att2", "att3"
(M-CLAUSE-03). Truth convention: the clause text starts at "att", the glued
number is not text ("att kommunen inventerar …").
"""
from truthlib import truth

MUNI = "Ollestads kommun"
TITLE = "Motion om lekplatser där alla barn kan leka"
B1 = ("kommunen inventerar hur tillgängliga de kommunala lekplatserna är för barn med "
      "funktionsnedsättning")
B2 = ("minst en lekplats i varje kommundel byggs om så att den blir tillgänglig för alla barn "
      "senast 2027")
B3 = ("barn, föräldrar och personal på anpassade grundskolan får vara med när lekplatserna "
      "planeras")
C1 = "att " + B1
C2 = "att " + B2
C3 = "att " + B3

motion = {
    "stem": "ollestad-2024-lekplatser_1_motion",
    "format": "docx", "font": "Arial", "size": 11,
    "core_title": "Motion lekplatser", "core_author": "Oskar Fält",
    "blocks": [
        ("p", "MOTION", {"bold": True}),
        ("title", TITLE),
        ("p", "Ollestads kommun har 38 lekplatser. När kommunen själv gick igenom dem 2019 var det bara två "
              "som en rullstol kunde ta sig in på, och ingen hade gungor eller karuseller som ett "
              "barn med rörelsehinder kan använda. Sedan dess har fem lekplatser renoverats, men "
              "ingen av dem blev tillgänglig."),
        ("p", "För ett barn som inte kan följa med kompisarna till lekplatsen blir utanförskapet "
              "tydligt redan i förskoleåldern. Det drabbar också föräldrar och syskon. En "
              "tillgänglig lekplats är bättre för alla: för mor- och farföräldrar med rollator, för "
              "föräldrar med barnvagn och för barn som behöver lugnare platser."),
        ("p", "Mot den bakgrunden vill vi att kommunfullmäktige beslutar"),
        ("p", "att1 " + B1),
        ("p", "att2 " + B2),
        ("p", "att3 " + B3),
        ("empty",),
        ("p", "Ollestad 20240115"),
        ("empty",),
        ("p", "Oskar Fält (L)"),
    ],
    # lets the check find "att kommunen …" where the document has "att1 kommunen …"
    "check_replace": [("att1 ", "att "), ("att2 ", "att "), ("att3 ", "att ")],
    "truth": truth("motion", None, None, TITLE, MUNI, "KF", "2024-01-15",
                   authors=[("Oskar Fält", "L")], clauses=[C1, C2, C3]),
}

DOCS = [motion]
