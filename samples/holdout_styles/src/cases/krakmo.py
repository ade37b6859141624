"""Case krakmo-ks-2024-33 (held out, batch 6).

Kråkmo kommun, Dnr written "2024/KS 0033" (year first, body, zero-padded
serial). Motion (scanned, OCR text) -> förslag till svar -> KF återremiss.

* 1_motion.txt: OCR text of a scanned letter, UTF-8, LF, wrapped at about 72
  columns; the registry stamp with the Dnr and a spaced date
  ("Ink. 2024 -01- 29"); introducer "Därför föreslår jag kommunfullmäktige
  besluta"; numbered "att"-lines where OCR read "1." as "l."; a split word
  in clause 2 ("ytter områden"); the second background paragraph and clause 3
  lost their diacritics (å/ä → a, ö → o); the signature name is joined
  ("BirgittaSandell (L)").
* 2_svar: clauses quoted (with diacritics) in a Word list "1."; one comment
  paragraph for "Frågeställning 1 och 2" and one for "Frågeställning 3".
* 3_kf-protokoll: retold "har i motion hemställt att A, att B och att C";
  minority återremiss with a stated reason.
"""
import textwrap

from truthlib import SIG, truth, decision

MUNI = "Kråkmo kommun"
DNR = "2024/KS 0033"
KEY = "KS 2024/33"

TITLE_M = "Motion om hjälp med snöskottning för äldre"
TITLE_A = "Svar på motion om hjälp med snöskottning för äldre"

C1 = ("att kommunen erbjuder snöskottning vid bostaden för personer över 75 år till en avgift av "
      "högst 100 kronor per tillfälle")
C2 = "att tjänsten i första hand upphandlas från föreningar eller lokala företag i kommunens ytter områden"
C3 = ("att kommunen gor en utvardering efter vintern 2024/25 och redovisar resultatet for "
      "kommunfullmaktige")


def wrap(s, width=72):
    return textwrap.wrap(s, width=width, break_long_words=False, break_on_hyphens=False)


P1 = ("Vintern 2023/24 har varit en av de snörikaste på länge i Kråkmo. Många äldre som bor kvar i "
      "sina hus har svårt att själva skotta fram till dörren och brevlådan, och hemtjänsten får inte "
      "hjälpa till med snöröjning. När det inte är skottat kan varken hemtjänsten, matleveranserna "
      "eller ambulansen komma fram utan problem.")
P2 = ("I flera kommuner erbjuder kommunen eller en forening med kommunalt stod snoskottning till en "
      "lag avgift for den som ar over 75 ar. Det minskar ocksa risken for fallolyckor, som varje ar "
      "leder till manga sjukhusvistelser bland aldre och stora kostnader for bade kommun och region.")

_lines = (["Kråkmo kommun", "Kommunstyrelsen", "Ink. 2024 -01- 29", "Dnr 2024/KS 0033", "", "",
           TITLE_M, ""] + wrap(P1) + [""] + wrap(P2) + ["", "Därför föreslår jag kommunfullmäktige besluta", ""]
          + wrap("l. " + C1) + wrap("2. " + C2) + wrap("3. " + C3)
          + ["", "Kråkmo den 26 januari 2024", "", "", "BirgittaSandell (L)"])
motion_text = "\n".join(_lines) + "\n"

motion = {
    "stem": "krakmo-ks-2024-33_1_motion",
    "format": "txt", "encoding": "utf-8",
    "text": motion_text,
    "truth": truth("motion", DNR, KEY, TITLE_M, MUNI, "KF", "2024-01-26",
                   authors=[("BirgittaSandell", "L")], clauses=[C1, C2, C3]),
}

# ---------------------------------------------------------------- 2 svar
Q2 = "att tjänsten i första hand upphandlas från föreningar eller lokala företag i kommunens ytterområden"
Q3 = ("att kommunen gör en utvärdering efter vintern 2024/25 och redovisar resultatet för "
      "kommunfullmäktige")
K12 = ("Frågeställning 1 och 2 hänger ihop och besvaras här tillsammans. Sedan december 2023 driver "
       "föreningen Kråkmo Fritid och Förening en försöksverksamhet där pensionärsföreningarna i "
       "Bäckby och Storön skottar åt medlemmar över 75 år för 80 kronor per tillfälle. Kommunen "
       "bidrar med 60 000 kronor under vintern 2023/24. Förvaltningen föreslår att försöket får "
       "fortsätta och utvidgas till hela kommunen innan kommunen själv tar på sig ansvaret.")
K3 = ("Frågeställning 3 om utvärdering tillgodoses genom att försöksverksamheten följs upp i april "
      "2025. Resultatet redovisas för kommunstyrelsen och lämnas för kännedom till "
      "kommunfullmäktige.")
DEC_A = "Motionen anses besvarad."

svar = {
    "stem": "krakmo-ks-2024-33_2_svar",
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": TITLE_A, "core_author": "Jenny Åström",
    "header": ["Kråkmo kommun\tFörslag till svar\tDnr 2024/KS 0033"],
    "footer": ["Kommunledningskontoret · 0653-71 00 00\t\tSida {PAGE} av {NUMPAGES}"],
    "blocks": [
        ("lines", ["Kommunledningskontoret", "2024-04-22",
                   "Handläggare: Jenny Åström, utvecklingsledare äldreomsorg"]),
        ("empty",),
        ("title", TITLE_A),
        ("h1", "Förslag till beslut"),
        ("p", DEC_A),
        ("h1", "Ärendet"),
        ("p", "Birgitta Sandell (L) har i en motion föreslagit att kommunfullmäktige beslutar"),
        ("numlist", "decimal_dot", [C1, Q2, Q3]),
        ("p", "Motionen innehåller alltså tre frågeställningar. Kommunstyrelsen har gett "
              "kommunledningskontoret i uppdrag att bereda dem i samråd med socialförvaltningen."),
        ("h1", "Bedömning"),
        ("p", K12),
        ("p", K3),
        ("h1", "Konsekvenser"),
        ("p", "Förslaget medför inga kostnader utöver kommunens bidrag till försöksverksamheten, som "
              "redan finns i budgeten."),
        ("empty",),
        ("lines", ["Jenny Åström", "Utvecklingsledare, äldreomsorgen"]),
        ("empty",),
        ("lines", ["Stefan Kron", "Kommundirektör"]),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_A, MUNI, "KS", "2024-04-22", officer="Jenny Åström",
                   authors=[("Birgitta Sandell", "L")], clauses=[C1, Q2, Q3],
                   comments=[(1, K12), (2, K12), (3, K3)],
                   decision=decision("besvarad", True, DEC_A)),
}

# ---------------------------------------------------------------- 3 KF
S1 = "att kommunen erbjuder snöskottning för personer över 75 år"
S2 = "att tjänsten upphandlas från föreningar eller lokala företag"
S3 = "att en utvärdering redovisas för fullmäktige"
DEC_KF = ("Kommunfullmäktige beslutar att återremittera ärendet till kommunstyrelsen med motiveringen "
          "att kostnaden för en kommunal snöskottningstjänst i hela kommunen ska utredas.")

kf = {
    "stem": "krakmo-ks-2024-33_3_kf-protokoll",
    "format": "docx", "font": "Garamond", "size": 12,
    "core_title": "Kommunfullmäktige 2024-06-17 § 67", "core_author": "Lisa Holm",
    "header": ["Kråkmo kommun\tSAMMANTRÄDESPROTOKOLL\t{PAGE}({NUMPAGES})",
               "Kommunfullmäktige\t2024-06-17"],
    "footer": [SIG],
    "blocks": [
        ("p", "§ 67\tDnr 2024/KS 0033", {"bold": True}),
        ("h2", TITLE_A),
        ("p", "Ärendebeskrivning", {"bold": True, "keep_next": True}),
        ("p", f"Birgitta Sandell (L) har i motion hemställt {S1}, {S2} och {S3}."),
        ("p", "Kommunstyrelsen föreslår den 27 maj 2024, § 88, att motionen anses besvarad."),
        ("p", "Yrkanden", {"bold": True, "keep_next": True}),
        ("p", "Birgitta Sandell (L) yrkar att ärendet återremitteras till kommunstyrelsen för att "
              "kostnaden för en kommunal snöskottningstjänst i hela kommunen ska utredas."),
        ("p", "Jan Persson (S) yrkar bifall till kommunstyrelsens förslag."),
        ("p", "Propositionsordning", {"bold": True, "keep_next": True}),
        ("p", "Ordföranden konstaterar att yrkandet om återremiss stöds av mer än en tredjedel av de "
              "närvarande ledamöterna och att ärendet därmed ska återremitteras."),
        ("p", "Kommunfullmäktiges beslut", {"bold": True, "keep_next": True}),
        ("p", DEC_KF),
        ("p", "Skickas till", {"bold": True, "keep_next": True}),
        ("p", "Kommunstyrelsen"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_A, MUNI, "KF", "2024-06-17",
                   authors=[("Birgitta Sandell", "L")], clauses=[S1, S2, S3],
                   decision=decision("aterremiss", False, DEC_KF)),
}

DOCS = [motion, svar, kf]
