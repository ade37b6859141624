"""Standalone ulvsby-ks-2021-1204_1_tjansteskrivelse (held out).

Ulvsby kommun, Dnr written "KS 2021/1204-3" (case number plus document
serial "-3", as document systems print it; dnr_key "KS 2021/1204"), labelled
"Ärendenummer".

* Title "Besvarande av motion om en fixartjänst för äldre" (neither "Svar
  på" nor "Förslag till svar").
* The clauses are quoted one by one as italic paragraphs, each followed by a
  paragraph labelled "Förvaltningens svar:"; clause 2 is quoted with no
  answer after it (clause_without_comment 2), clause 3 follows directly.
* The proposal comes last, under "Förslag till beslut", in passive form:
  "Kommunfullmäktige föreslås avslå motionen." (avslag, proposed).
* "Beslutet ska skickas till" holds only a content control showing its
  placeholder "Ange vem beslutet ska skickas till." (placeholder_left,
  empty_send_to).
* Officer on an "Upprättad av:" line in the header table.
"""
from truthlib import truth, decision

MUNI = "Ulvsby kommun"
DNR = "KS 2021/1204-3"
KEY = "KS 2021/1204"
AUTHORS = [("Göran Lilja", "SD"), ("Ann-Sofie Berg", "SD")]

C1 = "att Ulvsby kommun inför en avgiftsfri fixartjänst för personer som fyllt 70 år"
C2 = "att fixartjänsten organiseras inom socialförvaltningen och utförs av egen personal"
C3 = "att tjänsten marknadsförs genom ett utskick till alla hushåll där någon har fyllt 70 år"
CLAUSES = [C1, C2, C3]

K1 = ("Sedan 2016 erbjuder Ulvsby kommun en fixartjänst genom avtal med Ulvsby Arbetsmarknadscenter. "
      "Tjänsten omfattar enklare sysslor i hemmet, som att byta glödlampor, sätta upp "
      "brandvarnare och fästa lösa mattor, och kostar 100 kronor per timme för personer som "
      "fyllt 75 år. Under 2020 utfördes 412 uppdrag. Att sänka åldersgränsen till 70 år och göra "
      "tjänsten avgiftsfri beräknas kosta cirka 650 000 kronor per år, och förvaltningen ser "
      "inte att det kan finansieras inom socialnämndens ram.")
K3 = ("Fixartjänsten finns beskriven på kommunens webbplats och i den broschyr som alla som fyller "
      "75 år får tillsammans med inbjudan till förebyggande hembesök. Förvaltningen bedömer att "
      "ett utskick till alla hushåll där någon har fyllt 70 år inte är motiverat så länge "
      "åldersgränsen är 75 år.")
DEC = "Kommunfullmäktige föreslås avslå motionen."

TITLE = "Besvarande av motion om en fixartjänst för äldre"

svar = {
    "stem": "ulvsby-ks-2021-1204_1_tjansteskrivelse",
    "format": "docx", "font": "Segoe UI", "size": 10,
    "core_title": TITLE, "core_author": "Jenny Sandberg",
    "header": ["Ulvsby kommun\t\tSida {PAGE} av {NUMPAGES}", "Socialförvaltningen"],
    "footer": ["Ulvsby kommun · Socialförvaltningen · Box 500 · 776 80 Ulvsby · 0226-450 00"],
    "blocks": [
        ("table", [["TJÄNSTESKRIVELSE", ""],
                   ["Datum: 2021-10-18", "Ärendenummer: KS 2021/1204-3"],
                   ["Upprättad av: Jenny Sandberg, biståndschef", "Till: Kommunstyrelsen"]],
         {"style": "Table Grid", "widths_cm": [9.0, 7.4]}),
        ("h1", TITLE),
        ("h2", "Sammanfattning"),
        ("p", "Göran Lilja (SD) och Ann-Sofie Berg (SD) föreslår i en motion att kommunen inför en "
              "avgiftsfri fixartjänst för alla som fyllt 70 år. Kommunen har redan en fixartjänst "
              "för personer över 75 år. Socialförvaltningen bedömer att en utökning inte ryms i "
              "budgeten och att den nuvarande formen, med upphandlad utförare, fungerar väl."),
        ("h2", "Bakgrund"),
        ("p", "Motionen väcktes i kommunfullmäktige den 14 juni 2021 och överlämnades till "
              "kommunstyrelsen, som har bett socialförvaltningen ta fram ett förslag till svar. "
              "Fallolyckor är den vanligaste orsaken till att äldre skadas i hemmet, och en "
              "fixartjänst är ett sätt att förebygga dem."),
        ("h2", "Motionens att-satser och förvaltningens svar"),
        ("p", C1, {"italic": True, "indent_cm": 0.8}),
        ("p", "Förvaltningens svar: " + K1),
        ("p", C2, {"italic": True, "indent_cm": 0.8}),
        ("p", C3, {"italic": True, "indent_cm": 0.8}),
        ("p", "Förvaltningens svar: " + K3),
        ("h2", "Konsekvenser"),
        ("p", "Ekonomi: Förslaget till beslut medför inga kostnader.\n"
              "Jämställdhet: Två tredjedelar av dem som använder fixartjänsten är kvinnor som "
              "bor ensamma."),
        ("h2", "Beslutsunderlag"),
        ("p", "Motion från Göran Lilja (SD) och Ann-Sofie Berg (SD), 2021-05-31\n"
              "Tjänsteskrivelse 2021-10-18"),
        ("h2", "Förslag till beslut"),
        ("p", DEC),
        ("h2", "Beslutet ska skickas till"),
        ("sdt_plh", "Ange vem beslutet ska skickas till.", {"alias": "Sändlista", "tag": "sandlista"}),
        ("empty",),
        ("p", "Jenny Sandberg\nBiståndschef\njenny.sandberg@ulvsby.se"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE, MUNI, "KS", "2021-10-18", officer="Jenny Sandberg",
                   authors=AUTHORS, clauses=CLAUSES, comments=[(1, K1), (3, K3)],
                   decision=decision("avslag", True, DEC),
                   warnings=[("clause_without_comment", 2), "placeholder_left", "empty_send_to"]),
}

DOCS = [svar]
