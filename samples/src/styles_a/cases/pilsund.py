"""Case pilsund-ks-2024-33 (style batch A).

Pilsunds kommun, Dnr written "KS 2024:33" (answer only). An SD motion with
three clauses in three different shapes; the answer proposes avslag.

* 1_motion: "MOTION" in capitals (T-CAPS-01) and the addressing line "Till
  kommunfullmäktige i Pilsunds kommun" (M-ADDR-01) above the title "Motion om
  …" (M-TITLE-01); introducer "Med anledning av ovanstående yrkar
  Sverigedemokraterna:" (M-INTRO-02, verb before the party); clause 1 a plain
  lower-case "att …" line (M-CLAUSE-01), clause 2 "-Att …" glued to a hyphen,
  clause 3 "–Utreda …" glued to an en dash, a bare infinitive (M-CLAUSE-10).
  Typo "kommunfullmäktiga" in the body (T-TYPO-01). Two signers on one line
  with tabs, party glued "Jimmy Kroon(SD)" (M-SIGN-06); "Pilsund 2024-02-05".
* 2_svar: tjänsteskrivelse; the motion retold in prose "föreslår i en motion att
  A, att B samt att C"; comments by ordinal without a colon ("Den första
  att-satsen …"); proposes "Motionen avslås."
"""
from truthlib import truth, decision

MUNI = "Pilsunds kommun"
DNR = "KS 2024:33"
KEY = "KS 2024/33"
AUTHORS = [("Jimmy Kroon", "SD"), ("Sanna Öberg", "SD")]
TITLE_M = "Motion om belysta gång- och cykelvägar till skolorna"
TITLE_A = "Svar på motion om belysta gång- och cykelvägar till skolorna"

C1 = "att kommunen kartlägger vilka gång- och cykelvägar till skolorna som saknar belysning"
C2 = "Att belysning sätts upp längs gång- och cykelvägen mellan Åsen och Pilsunds skola under 2024"
C3 = "Utreda om rörelsestyrd LED-belysning kan användas för att hålla nere kostnaderna"

motion = {
    "stem": "pilsund-ks-2024-33_1_motion",
    "format": "docx", "font": "Arial", "size": 11,
    "core_title": "Motion belysning", "core_author": "Jimmy Kroon",
    "blocks": [
        ("p", "MOTION", {"bold": True, "size": 14}),
        ("p", "Till kommunfullmäktige i Pilsunds kommun"),
        ("h1", TITLE_M),
        ("p", "Under vinterhalvåret går och cyklar hundratals barn till skolan i mörker. Flera av "
              "de gång- och cykelvägar som kommunen har byggt de senaste tio åren saknar belysning "
              "helt, bland annat den 1,8 kilometer långa sträckan mellan Åsen och Pilsunds skola. "
              "Föräldrar vittnar om att barnen hellre går längs bilvägen, där det åtminstone finns "
              "gatlyktor."),
        ("p", "Vi har tidigare lyft frågan i kommunfullmäktiga i samband med budgeten, men inget "
              "har hänt. Belysning är en enkel åtgärd som gör skolvägen både tryggare och "
              "säkrare. Modern belysning som tänds när någon passerar behöver inte bli dyr i drift."),
        ("p", "Med anledning av ovanstående yrkar Sverigedemokraterna:"),
        ("p", C1),
        ("p", "-" + C2),
        ("p", "–" + C3),
        ("empty",),
        ("p", "Pilsund 2024-02-05"),
        ("empty",),
        ("p", "Jimmy Kroon(SD)\t\tSanna Öberg(SD)"),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2024-02-05",
                   authors=AUTHORS, clauses=[C1, C2, C3]),
}

R1 = "att kommunen kartlägger vilka gång- och cykelvägar till skolorna som saknar belysning"
R2 = "att belysning sätts upp längs gång- och cykelvägen mellan Åsen och Pilsunds skola under 2024"
R3 = "att utreda om rörelsestyrd LED-belysning kan användas för att hålla nere kostnaderna"
K1 = ("Den första att-satsen är redan genomförd. Tekniska förvaltningen gick under hösten 2023 "
      "igenom samtliga gång- och cykelvägar inom tre kilometer från en skola. Av 41 kilometer "
      "saknar 9 kilometer belysning, varav drygt hälften ligger längs enskilda vägar.")
K2 = ("Den andra att-satsen gäller sträckan Åsen–Pilsunds skola. Sträckan ligger i "
      "belysningsplanen för 2026, och en tidigareläggning skulle kosta omkring 1,1 miljoner "
      "kronor som inte finns i investeringsbudgeten för 2024.")
K3 = ("När det gäller den tredje att-satsen använder kommunen redan rörelsestyrd LED-belysning "
      "vid all ny- och ombyggnad, så någon särskild utredning behövs inte.")
DEC = "Motionen avslås."

svar = {
    "stem": "pilsund-ks-2024-33_2_svar",
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": TITLE_A, "core_author": "Malin Grönvall",
    "header": ["Pilsunds kommun\tTjänsteskrivelse\t{PAGE}/{NUMPAGES}",
               "Tekniska förvaltningen\t2024-08-19\tDnr KS 2024:33"],
    "footer": ["Pilsunds kommun · Torget 1 · 774 80 Pilsund · www.pilsund.se"],
    "blocks": [
        ("p", "Handläggare: Malin Grönvall, gatuingenjör\nTelefon: 0225-55 31 08\n"
              "E-post: malin.gronvall@pilsund.se"),
        ("p", "Kommunstyrelsen", {"bold": True}),
        ("title", TITLE_A),
        ("h1", "Förslag till beslut"),
        ("p", DEC),
        ("h1", "Sammanfattning"),
        ("p", f"Jimmy Kroon (SD) och Sanna Öberg (SD) föreslår i en motion {R1}, {R2} samt {R3}. "
              "Kartläggningen är redan gjord, sträckan finns med i belysningsplanen och "
              "rörelsestyrd belysning används redan. Förvaltningen föreslår därför att motionen "
              "avslås."),
        ("h1", "Bedömning"),
        ("p", K1),
        ("p", K2),
        ("p", K3),
        ("h1", "Ekonomiska konsekvenser"),
        ("p", "Förslaget till beslut medför inga kostnader utöver den beslutade belysningsplanen."),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Sverigedemokraterna, 2024-02-05\nBelysningsplan 2024–2028, antagen av "
              "tekniska nämnden 2023-11-14, § 102"),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Tekniska nämnden\nMotionärerna"),
        ("empty",),
        ("p", "Per-Olof Sund\t\tMalin Grönvall\nTeknisk chef\t\tGatuingenjör"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_A, MUNI, "KS", "2024-08-19", officer="Malin Grönvall",
                   authors=AUTHORS, clauses=[R1, R2, R3], comments=[(1, K1), (2, K2), (3, K3)],
                   decision=decision("avslag", True, DEC)),
}

DOCS = [motion, svar]
