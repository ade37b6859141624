"""Standalone ljungsater-klk-2024-311_1_svar (held out).

Ljungsäters kommun, Dnr written "KLK 2024/311" (prefix of the
kommunledningskontor, not KS). A two-page answer (running header "Sida 2 av
2", Dnr repeated in the header) with a long background of bulleted fact
lists; the clauses and the comments sit side by side in a two-column table
("Att-sats" | "Kommentar"); proposes besvarad with a reason in the same
sentence; a dropdown content control left at its placeholder "Välj ett
objekt." (placeholder_left).
"""
from truthlib import truth, decision

MUNI = "Ljungsäters kommun"
DNR = "KLK 2024/311"
KEY = "KLK 2024/311"
AUTHORS = [("Henrik Falk", "SD")]

C1 = "att kommunen erbjuder avgiftsfria sommarlovsaktiviteter för alla barn i åldern 6–15 år"
C2 = "att aktiviteterna erbjuds i samtliga kommundelar och inte bara i centralorten"
C3 = "att kommunen varje år ansöker om statsbidrag för sommarlovsaktiviteter"
C4 = "att verksamheten utvärderas tillsammans med barnen efter varje sommar"
CLAUSES = [C1, C2, C3, C4]

K1 = ("Sedan 2022 erbjuder kultur- och fritidsförvaltningen avgiftsfria aktiviteter under "
      "sommarlovet för barn i åldern 6–15 år. Sommaren 2024 omfattade programmet 64 olika "
      "aktiviteter.")
K2 = ("Aktiviteter genomfördes 2024 i fem av kommunens sex kommundelar. I Västra Ljung saknades "
      "lämplig lokal; till sommaren 2025 planeras aktiviteter i skolans lokaler där.")
K3 = ("Kommunen har ansökt om statsbidrag varje år sedan bidraget infördes och kommer att fortsätta "
      "att göra det så länge bidraget finns.")
K4 = ("En enkät till deltagande barn genomfördes för första gången 2024. Från 2025 kompletteras den "
      "med samtal med barn i fritidsgårdarnas barnråd.")

TITLE = "Svar på motion om sommarlovsaktiviteter för alla barn"
DEC = ("Motionen anses besvarad med hänvisning till det arbete med sommarlovsaktiviteter som redan "
       "pågår.")

svar = {
    "stem": "ljungsater-klk-2024-311_1_svar",
    "format": "docx", "font": "Arial", "size": 11,
    "core_title": TITLE, "core_author": "Sanna Öberg",
    "header": [f"{MUNI}\tTjänsteskrivelse\tSida {{PAGE}} av {{NUMPAGES}}",
               f"Kommunledningskontoret\t\tDiarienummer {DNR}"],
    "footer": ["Ljungsäters kommun · 512 80 Ljungsäter · 0321-59 50 00 · ljungsater.se"],
    "blocks": [
        ("p", "Datum 2024-10-01", {"align": "right"}),
        ("p", "Kommunstyrelsen", {"bold": True}),
        ("title", TITLE),
        ("h1", "Förslag till beslut"),
        ("p", DEC),
        ("h1", "Ärendet i korthet"),
        ("p", "Henrik Falk (SD) föreslår i en motion att kommunen erbjuder avgiftsfria "
              "sommarlovsaktiviteter för alla barn i hela kommunen. Kommunen erbjuder redan sådana "
              "aktiviteter, och förvaltningen föreslår därför att motionen anses besvarad."),
        ("h1", "Bakgrund"),
        ("p", "Motionen väcktes i kommunfullmäktige den 18 mars 2024 och överlämnades till "
              "kommunstyrelsen för beredning. Kultur- och fritidsnämnden har lämnat ett yttrande "
              "den 29 augusti 2024."),
        ("h2", "Sommarlovsaktiviteter 2022–2024"),
        ("p", "Ljungsäters kommun har tagit emot statsbidrag för avgiftsfria sommarlovsaktiviteter "
              "sedan 2016, med uppehåll 2019. Verksamheten samordnas av kultur- och "
              "fritidsförvaltningen och genomförs tillsammans med föreningar, studieförbund och "
              "kyrkan. Sommaren 2024 i siffror:"),
        ("bullets", [
            "64 aktiviteter, från fiske och ridning till film, dans och programmering",
            "cirka 1 150 deltagartillfällen, varav 54 procent flickor",
            "aktiviteter i fem av sex kommundelar",
            "statsbidrag 612 000 kronor och kommunal medfinansiering 150 000 kronor",
            "23 feriearbetande ungdomar som ledare eller medhjälpare",
        ]),
        ("p", "Jämfört med 2023 ökade antalet deltagartillfällen med 18 procent. Fritidsgårdarnas "
              "personal rapporterar att efterfrågan är störst på aktiviteter under de två första "
              "veckorna av sommarlovet och minst i slutet av juli."),
        ("h2", "Statsbidraget"),
        ("p", "Statsbidraget fördelas av Myndigheten för ungdoms- och civilsamhällesfrågor efter "
              "antalet barn i kommunen och deras socioekonomiska förutsättningar. För bidraget "
              "gäller bland annat följande:"),
        ("bullets", [
            "aktiviteterna ska vara avgiftsfria och riktas till barn i åldern 6–15 år",
            "både flickor och pojkar ska ges möjlighet att delta",
            "bidraget får inte ersätta verksamhet som kommunen redan bedriver",
            "ansökan görs för ett år i taget, och bidrag för 2025 är ännu inte beslutat",
        ]),
        ("h2", "Motionens förslag och förvaltningens kommentarer"),
        ("p", "Motionären föreslår att kommunfullmäktige beslutar enligt den vänstra kolumnen "
              "nedan. Förvaltningens kommentarer står i den högra kolumnen."),
        ("table", [["Att-sats", "Kommentar"],
                   [C1, K1], [C2, K2], [C3, K3], [C4, K4]],
         {"style": "Table Grid", "bold_first_row": True, "widths_cm": [6.6, 9.8]}),
        ("h1", "Bedömning"),
        ("p", "Förvaltningen bedömer att de förslag som motionären lämnar redan genomförs eller "
              "planeras. Verksamheten är dock beroende av statsbidraget, och om det upphör behöver "
              "frågan om finansiering prövas i budgetarbetet."),
        ("h1", "Ekonomiska konsekvenser"),
        ("p", "Förslaget till beslut medför inga ytterligare kostnader."),
        ("h1", "Barnkonsekvensanalys"),
        ("p", "Avgiftsfria aktiviteter under sommarlovet bidrar till barns rätt till lek, vila och "
              "fritid enligt artikel 31 i barnkonventionen, oavsett familjens ekonomi."),
        ("h1", "Miljöperspektiv"),
        ("sdt_plh", "Välj ett objekt.", {"alias": "Miljöbedömning", "tag": "Miljo"}),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Henrik Falk (SD), 2024-03-04\n"
              "Kultur- och fritidsnämndens yttrande, 2024-08-29\n"
              "Tjänsteskrivelse, 2024-10-01"),
        ("h1", "Beslutet skickas till"),
        ("p", "Kultur- och fritidsnämnden\nMotionären"),
        ("empty",),
        ("p", "Sanna Öberg\nFritidsstrateg\n0321-59 52 14\nsanna.oberg@ljungsater.se"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE, MUNI, "KS", "2024-10-01", officer="Sanna Öberg",
                   authors=AUTHORS, clauses=CLAUSES,
                   comments=[(1, K1), (2, K2), (3, K3), (4, K4)],
                   decision=decision("besvarad", True, DEC),
                   warnings=["placeholder_left"]),
}

DOCS = [svar]
