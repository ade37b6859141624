"""Case ekeryd-ks-2022-317 (held out).

Ekeryds kommun, Dnr written "KS/2022/0317" (slashes, zero-padded serial).

* 1_motion: title "Motion angående ..." (not "Motion om"); the introducing
  sentence ends in "i uppdrag att:" and the Word-numbered items ("1.") do not
  start with "att" (truth clauses start with the verb, as for Lövstad); three
  Moderate signers in a borderless one-row table, "Lena Öst (M)" etc.; date
  "Ekeryd den 14 november 2022"; the page header names the party and the
  municipality; no Dnr.
* 2_kf-protokoll: the motion is announced at KF and "remitteras till
  kommunstyrelsen för beredning" (overlamnad); the clauses are only
  summarised; a sentence about KL 5 kap. 35 § mentions that KF "kan avskriva
  motionen" (not the outcome).
"""
from truthlib import SIG, truth, decision

MUNI = "Ekeryds kommun"
DNR = "KS/2022/0317"
KEY = "KS 2022/317"
AUTHORS = [("Lena Öst", "M"), ("Anders Grip", "M"), ("Sofia Hall", "M")]

C1 = ("erbjuda alla elever som inte kan simma 200 meter efter årskurs 3 en avgiftsfri "
      "intensivkurs i simning under sommarlovet")
C2 = ("kartlägga simkunnigheten i årskurs 4 och årskurs 6 varje år och redovisa resultatet för "
      "nämnden")
C3 = ("undersöka möjligheten att bedriva skolans simundervisning i samverkan med Ekeryds "
      "simsällskap")
CLAUSES = [C1, C2, C3]

TITLE_M = "Motion angående simundervisning för alla elever"
TITLE_P = "Anmälan av motion angående simundervisning för alla elever"

motion = {
    "stem": "ekeryd-ks-2022-317_1_motion",
    "format": "docx", "font": "Trebuchet MS", "size": 11,
    "core_title": TITLE_M, "core_author": "Lena Öst",
    "header": ["Moderaterna i Ekeryd\t\tMotion till kommunfullmäktige i Ekeryds kommun"],
    "footer": ["\t{PAGE}\t"],
    "blocks": [
        ("title", TITLE_M),
        ("p", "Att kunna simma är en livsviktig färdighet. Enligt kursplanen i idrott och hälsa ska "
              "alla elever senast i årskurs 6 kunna simma 200 meter, varav 50 meter på rygg, och "
              "kunna hantera nödsituationer vid vatten. I Ekeryd, med sina många sjöar och sin "
              "långa kust, borde det vara en självklarhet."),
        ("p", "Enligt barn- och utbildningsförvaltningens egen uppföljning klarade ändå nästan var "
              "femte elev i årskurs 6 inte simkravet våren 2022. Skillnaderna mellan skolorna är "
              "stora, och det är framför allt barn som inte har fått lära sig simma av sina "
              "föräldrar som inte når målet. Simhallen i Ekeryd är dessutom stängd för renovering "
              "under stora delar av 2023."),
        ("p", "Ekeryds simsällskap bedriver i dag simskola för barn vars föräldrar betalar för "
              "det. Föreningen har sagt sig vara beredd att ta ett större ansvar om kommunen står "
              "för kostnaden."),
        ("p", "Mot bakgrund av detta föreslår vi att kommunfullmäktige ger barn- och "
              "utbildningsnämnden i uppdrag att:"),
        ("numlist", "decimal_dot", CLAUSES),
        ("empty",),
        ("p", "Ekeryd den 14 november 2022"),
        ("empty",),
        ("table", [["Lena Öst (M)", "Anders Grip (M)", "Sofia Hall (M)"]],
         {"widths_cm": [5.4, 5.4, 5.4]}),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2022-11-14",
                   authors=AUTHORS, clauses=CLAUSES),
}

DEC = "Motionen remitteras till kommunstyrelsen för beredning."
# the KF extract retells the clauses in one sentence (issue 11 convention: one clause per att-part)
R1 = ("att barn- och utbildningsnämnden får i uppdrag att erbjuda avgiftsfria intensivkurser i "
      "simning för elever som inte kan simma efter årskurs 3")
R2 = "att kartlägga simkunnigheten varje år"
R3 = "att undersöka samverkan med Ekeryds simsällskap"

kf = {
    "stem": "ekeryd-ks-2022-317_2_kf-protokoll",
    "format": "docx", "font": "Tahoma", "size": 10,
    "core_title": "Kommunfullmäktige 2022-12-12 § 171", "core_author": "Per Sandberg",
    "header": ["EKERYDS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida {PAGE} av {NUMPAGES}",
               "Kommunfullmäktige\tSammanträdesdatum 2022-12-12"],
    "footer": [SIG],
    "blocks": [
        ("runs", [("b", "KF § 171"), ("t", "\t\tDnr KS/2022/0317")]),
        ("h2", TITLE_P),
        ("p", "Lena Öst (M), Anders Grip (M) och Sofia Hall (M) har den 14 november 2022 lämnat in "
              f"en motion där de föreslår {R1}, {R2} och {R3}."),
        ("p", "Enligt kommunfullmäktiges arbetsordning remitteras en väckt motion till "
              "kommunstyrelsen, som ansvarar för att den bereds. Beredningen bör enligt 5 kap. "
              "35 § kommunallagen vara klar så att fullmäktige kan besluta inom ett år. Om det inte "
              "går ska det anmälas till fullmäktige, som då kan avskriva motionen."),
        ("p", "Beslutsunderlag", {"bold": True, "keep_next": True}),
        ("p", "Motion från Lena Öst (M), Anders Grip (M) och Sofia Hall (M), 2022-11-14"),
        ("p", "Beslut", {"bold": True, "keep_next": True}),
        ("p", DEC),
        ("p", "Expedieras", {"bold": True, "keep_next": True}),
        ("p", "Kommunstyrelsen\nBarn- och utbildningsnämnden, för kännedom"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_P, MUNI, "KF", "2022-12-12",
                   authors=AUTHORS, clauses=[R1, R2, R3],
                   decision=decision("overlamnad", False, DEC)),
}

DOCS = [motion, kf]
