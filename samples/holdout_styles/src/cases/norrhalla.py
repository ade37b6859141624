"""Case norrhalla-ks-2023-1190 (held out, batch 6).

Norrhälla stad (a city with borgarråd, Stockholm-style papers), Dnr written
"Dnr KS 2023/1190" inside the utlåtande header; the motion has only its own
motion number (2023:84), which is not a Dnr.

* 1_motion: "Motion (2023:84) av Elin Sand och Omar Haddad (båda mp)" under
  the title; "Vi vill att ..." wishes in the background; introducer "Vi
  yrkar att kommunfullmäktige beslutar att:" followed by three ska-sentences
  with full stops and no "att".
* 2_utlatande: "Utlåtande 2024:57 RII (Dnr KS 2023/1190)"; the KS proposal
  first (the whole motion reference + "anses besvarad med hänvisning till vad
  som sägs i utlåtandet"); a reservation with its own proposal (not the
  decision); "Föredragande borgarrådet Karin Wallby anför följande."; Ärendet
  retells the motion as "föreslår i en motion att A, att B och att C";
  Beredning with each remiss body's stance (one with its own Dnr
  SMN 2023/2245); the borgarråd's comments by "yrkande 1/2/3".
"""
from truthlib import truth, decision

MUNI = "Norrhälla stad"
DNR = "KS 2023/1190"
KEY = "KS 2023/1190"
AUTHORS = [("Elin Sand", "mp"), ("Omar Haddad", "mp")]

TITLE_M = "Motion om skugga på stadens skolgårdar"
TITLE_U = "Skugga på stadens skolgårdar"

C1 = "Minst en tredjedel av varje grundskolegård ska vara skuggad klockan tolv en dag i juni."
C2 = "Vid varje ombyggnad av en skolgård ska nya träd planteras, i första hand lövträd med bred krona."
C3 = ("Stadens fastighetsbolag Norrhälla Skolfastigheter AB ska senast 2025 redovisa en plan för vilka "
      "skolgårdar som ska åtgärdas först.")

motion = {
    "stem": "norrhalla-ks-2023-1190_1_motion",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": TITLE_M, "core_author": "Elin Sand",
    "header": ["Norrhälla stad\tKommunfullmäktige"],
    "blocks": [
        ("title", TITLE_M),
        ("p", "Motion (2023:84) av Elin Sand och Omar Haddad (båda mp)", {"italic": True}),
        ("p", "Under de varmaste veckorna sommaren 2023 mätte Norrhälla stads egna givare mer än 45 "
              "grader på asfalten vid flera skolgårdar. Barn tål värme sämre än vuxna, och på många "
              "av stadens skolgårdar finns i dag varken träd, tak eller andra platser där det går att "
              "söka skugga."),
        ("p", "Stadens riktlinjer för förskolornas utemiljö anger redan att minst en tredjedel av "
              "gården bör vara skuggad mitt på dagen. För grundskolornas gårdar saknas ett "
              "motsvarande krav. Det är dessutom billigare att plantera träd när en gård ändå byggs "
              "om än att göra det i efterhand."),
        ("p", "Vi vill att Norrhälla stad ska ligga före när klimatet förändras. Vi vill också att "
              "barnen själva får vara med och välja var träden ska stå. Ett träd som planteras i dag "
              "ger skugga åt de barn som börjar skolan om tio år."),
        ("p", "Vi yrkar att kommunfullmäktige beslutar att:"),
        ("p", C1, {"indent_cm": 1.0}),
        ("p", C2, {"indent_cm": 1.0}),
        ("p", C3, {"indent_cm": 1.0}),
        ("empty",),
        ("p", "Norrhälla den 9 oktober 2023"),
        ("empty",),
        ("lines", ["Elin Sand (mp)", "Omar Haddad (mp)"]),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2023-10-09",
                   authors=AUTHORS, clauses=[C1, C2, C3]),
}

# ---------------------------------------------------------------- 2 utlåtande
R1 = "att minst en tredjedel av varje grundskolegård ska vara skuggad mitt på dagen"
R2 = "att nya träd ska planteras när en skolgård byggs om"
R3 = ("att Norrhälla Skolfastigheter AB ska ta fram en plan för vilka gårdar som ska åtgärdas "
      "först")
K1 = ("När det gäller yrkande 1 delar jag motionärernas oro för värmen på skolgårdarna. Ett fast mått "
      "för hela staden passar dock dåligt, eftersom gårdarna skiljer sig mycket åt i storlek och "
      "läge. Jag anser i stället att skuggan ska bedömas gård för gård i den åtgärdsplan som bolaget "
      "tar fram.")
K2 = ("Yrkande 2 stämmer med den praxis som redan gäller. Sedan 2022 ingår trädplantering i varje "
      "ombyggnad av en skolgård, om det inte finns särskilda skäl mot det.")
K3 = ("Vad gäller yrkande 3 arbetar Norrhälla Skolfastigheter AB redan med en åtgärdsplan för "
      "skolgårdarnas utemiljö, som ska vara klar i december 2024. Motionen är därmed besvarad även i "
      "denna del.")
DEC_U = ("Motion (2023:84) av Elin Sand och Omar Haddad (båda mp) om skugga på stadens skolgårdar "
         "anses besvarad med hänvisning till vad som sägs i utlåtandet.")

utl = {
    "stem": "norrhalla-ks-2023-1190_2_utlatande",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Utlåtande 2024:57 RII", "core_author": "Stadsledningskontoret",
    "header": ["Norrhälla stad\t\t{PAGE} ({NUMPAGES})"],
    "blocks": [
        ("p", "Utlåtande 2024:57 RII (Dnr KS 2023/1190)", {"bold": True}),
        ("title", TITLE_U),
        ("p", "Motion (2023:84) av Elin Sand och Omar Haddad (båda mp)"),
        ("p", "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande."),
        ("p", DEC_U, {"indent_cm": 1.0}),
        ("p", "Norrhälla den 7 februari 2024"),
        ("p", "På kommunstyrelsens vägnar:"),
        ("lines", ["KARIN WALLBY", "Tobias Lund"]),
        ("empty",),
        ("p", "Reservation anförs av Johanna Berg m.fl. (v) enligt följande.", {"italic": True}),
        ("p", "Kommunfullmäktige föreslås besluta att bifalla motionen. Staden borde redan nu "
              "ställa krav på skugga vid alla grundskolor.", {"italic": True}),
        ("p", "Föredragande borgarrådet Karin Wallby anför följande.", {"bold": True}),
        ("p", "Ärendet", {"bold": True}),
        ("p", f"Elin Sand och Omar Haddad (båda mp) föreslår i en motion {R1}, {R2} och {R3}."),
        ("p", "Beredning", {"bold": True}),
        ("p", "Motionen har remitterats till utbildningsnämnden, stadsmiljönämnden och Norrhälla "
              "Skolfastigheter AB."),
        ("p", "Utbildningsnämnden tillstyrker motionens syfte men anser att ett fast krav på skugga "
              "bör prövas för varje gård."),
        ("p", "Stadsmiljönämnden (dnr SMN 2023/2245) anser att stadens trädplan redan omfattar "
              "skolgårdarna och att motionen därmed är besvarad."),
        ("p", "Norrhälla Skolfastigheter AB anför att bolaget från 2024 tar fram en åtgärdsplan för "
              "skolgårdarnas utemiljö."),
        ("p", "Mina synpunkter", {"bold": True}),
        ("p", K1),
        ("p", K2),
        ("p", K3),
        ("p", "Jag föreslår att kommunfullmäktige beslutar att motionen anses besvarad med hänvisning "
              "till vad som sägs i utlåtandet."),
        ("empty",),
        ("p", "Bilagor\nReservation m.m.\nMotion (2023:84) av Elin Sand och Omar Haddad (båda mp)"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_U, MUNI, "KS", "2024-02-07",
                   authors=AUTHORS, clauses=[R1, R2, R3], comments=[(1, K1), (2, K2), (3, K3)],
                   decision=decision("besvarad", True, DEC_U)),
}

DOCS = [motion, utl]
