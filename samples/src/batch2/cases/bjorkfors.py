"""Case bjorkfors-ks-2019-233 (held out).

Björkfors kommun, Dnr written "2019/0233 KS-3" (only in the KF extract).

* 1_motion: no Dnr; title in Heading 1; each clause a plain paragraph whose
  leading "att" is a bold run; two names on separate lines, each with its
  party; date "Björkfors 14 oktober 2019".
* 2_kf-protokoll: the motion is written off (avskriven) under 5 kap. 35 §
  kommunallagen in a half-yearly report of unfinished motions; the text
  mentions that another motion in the same report is kept (a trap for
  reading the wrong outcome).
"""
from truthlib import truth, decision

MUNI = "Björkfors kommun"
DNR = "2019/0233 KS-3"
KEY = "KS 2019/233"
AUTHORS = [("Anna-Karin Pålsson", "C"), ("Erik Nyberg", "C")]

REST1 = (" kommunen erbjuder kostnadsfria mensskydd på elevtoaletterna i samtliga grundskolor och "
         "på gymnasieskolan")
REST2 = " skolsköterskorna ges i uppdrag att informera om mens och menshälsa i årskurs 4–6"
C1 = "att" + REST1
C2 = "att" + REST2
CLAUSES = [C1, C2]

TITLE_M = "Motion om gratis mensskydd i skolan"
TITLE_P = "Motion om gratis mensskydd i skolan – avskrivning"

motion = {
    "stem": "bjorkfors-ks-2019-233_1_motion",
    "format": "docx", "font": "Arial", "size": 11,
    "core_title": TITLE_M, "core_author": "Anna-Karin Pålsson",
    "header": ["Centerpartiet Björkfors"],
    "footer": ["\t\t{PAGE}"],
    "blocks": [
        ("p", "Björkfors kommun\nKommunfullmäktige", {"align": "right"}),
        ("h1", TITLE_M),
        ("p", "Mens är en naturlig del av livet för ungefär hälften av alla elever från mellanstadiet "
              "och uppåt. Ändå berättar många elever att de stannar hemma från skolan eller går hem "
              "tidigt när de får mens oväntat och inte har mensskydd med sig. Andra avstår från "
              "idrottslektionerna."),
        ("p", "I en enkät som elevråden i Björkfors gjorde våren 2019 svarade 41 procent av de "
              "tillfrågade flickorna i årskurs 7–9 att de någon gång har missat lektioner på grund "
              "av mens. Mensskydd kostar pengar, och alla familjer har inte råd att köpa det som "
              "behövs."),
        ("p", "Flera kommuner har infört gratis mensskydd i skolan till en låg kostnad. Det handlar "
              "om jämställdhet, hälsa och om att alla elever ska kunna vara i skolan hela dagen."),
        ("p", "Vi föreslår att kommunfullmäktige beslutar"),
        ("runs", [("b", "att"), ("t", REST1)], {"indent_cm": 0.8}),
        ("runs", [("b", "att"), ("t", REST2)], {"indent_cm": 0.8}),
        ("empty",),
        ("p", "Björkfors 14 oktober 2019"),
        ("empty",),
        ("p", "Anna-Karin Pålsson (C)", {"space_after": 0}),
        ("p", "Erik Nyberg (C)"),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2019-10-14",
                   authors=AUTHORS, clauses=CLAUSES),
}

AVS = "Motionen avskrivs med hänvisning till 5 kap. 35 § kommunallagen."

kf = {
    "stem": "bjorkfors-ks-2019-233_2_kf-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KF 2021-04-26 § 48", "core_author": "Gunilla Holm",
    "header": [("table", [["BJÖRKFORS KOMMUN", "PROTOKOLLSUTDRAG", "Sida {PAGE} ({NUMPAGES})"],
                          ["Kommunfullmäktige", "Sammanträdesdatum 2021-04-26", ""]],
                {"widths_cm": [6.0, 7.0, 3.4]})],
    "footer": [("table", [["Ordförandes sign", "Justerandes sign", "Utdragsbestyrkande"],
                          ["", "", ""]],
                {"style": "Table Grid", "widths_cm": [5.4, 5.4, 5.6], "row_heights_cm": [None, 0.9]})],
    "blocks": [
        ("table", [["§ 48", "Dnr 2019/0233 KS-3"]], {"widths_cm": [3.0, 13.4], "bold_first_col": True}),
        ("h1", TITLE_P),
        ("h2", "Ärendebeskrivning"),
        ("p", "Anna-Karin Pålsson (C) och Erik Nyberg (C) lämnade den 14 oktober 2019 en motion om "
              "gratis mensskydd i skolan. Motionen väcktes vid kommunfullmäktiges sammanträde den "
              "28 oktober 2019, § 112, och överlämnades till kommunstyrelsen för beredning."),
        ("p", "Enligt 5 kap. 35 § kommunallagen bör en motion beredas så att fullmäktige kan fatta "
              "beslut inom ett år från det att motionen väcktes. Om beredningen inte kan avslutas "
              "inom denna tid ska det, och vad som har kommit fram vid beredningen, anmälas till "
              "fullmäktige inom samma tid. Fullmäktige får då avskriva motionen från vidare "
              "handläggning."),
        ("p", "Kommunstyrelsen redovisar två gånger per år de motioner som inte har beretts färdigt. "
              "I redovisningen per den 31 mars 2021 finns sex motioner. Fem av dem bereds vidare. "
              "För motionen om gratis mensskydd i skolan har barn- och utbildningsnämnden yttrat "
              "sig den 11 mars 2020, men beredningen försenades under pandemin. Sedan hösten 2020 "
              "delar elevhälsan ut kostnadsfria mensskydd på samtliga skolor inom ramen för ett "
              "statsbidrag, och kommunstyrelsen bedömer att motionens syfte i huvudsak är uppnått."),
        ("p", "Kommunstyrelsen har den 12 april 2021, § 66, föreslagit att motionen avskrivs."),
        ("h2", "Beslutsunderlag"),
        ("p", "Kommunstyrelsens protokoll 2021-04-12, § 66\n"
              "Redovisning av motioner som inte har beretts färdigt, per 2021-03-31"),
        ("h2", "Yrkanden"),
        ("p", "Anna-Karin Pålsson (C) yrkar bifall till kommunstyrelsens förslag."),
        ("h2", "Kommunfullmäktiges beslut"),
        ("p", AVS),
        ("h2", "Skickas till"),
        ("p", "Kommunstyrelsen\nBarn- och utbildningsnämnden\nMotionärerna"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_P, MUNI, "KF", "2021-04-26",
                   authors=AUTHORS, clauses=[],
                   decision=decision("avskriven", False, AVS)),
}

DOCS = [motion, kf]
