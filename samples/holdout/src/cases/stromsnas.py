"""Case stromsnas-ks-2022-178 (held out, batch 4).

Strömsnäs kommun, Dnr written "KS-2022-0178" (hyphens, zero-padded serial).
Chain motion -> answer -> KF, where KF sends the matter back (återremiss)
"med motiveringen att ...".

* 1_motion: a motion with its own "Förslag till beslut" heading (Heading 2),
  under which the att-satser stand in a real Word numbered list whose
  numbers carry no punctuation (lvlText "%1": "1", "2", "3"); a background
  sentence starting "Att snabbt få ..."; one proposer "Linnea Dahl (L)";
  date "Strömsnäs 2022-03-14"; no Dnr.
* 2_tjansteskrivelse: answer from kommunledningsförvaltningen with a
  two-column header table; the cell "Handläggare" has the name on the line
  below it (a second paragraph in the same cell), and so do "Datum" and
  "Diarienummer"; heading "Förvaltningens förslag till beslut" followed by
  "Motionen avslås."; the clauses are quoted in the same "%1" Word list;
  comments as paragraphs with a bold run-in label "Kommentar till förslag
  1: " etc.; a cost table whose first column is typed "1. Hjärtstartare i 13
  lokaler" (not clauses); only the kommundirektör signs.
* 3_kf-protokoll: KF decides återremiss "med motiveringen att ..." after the
  proposer's yrkande (same words); the KS proposal (avslag) is quoted in the
  description; the clauses are only summarised; meeting date "24 oktober
  2022" in the page header.
"""
from truthlib import SIG, truth, decision

MUNI = "Strömsnäs kommun"
DNR = "KS-2022-0178"
KEY = "KS 2022/178"
AUTHORS = [("Linnea Dahl", "L")]

C1 = ("att kommunen sätter upp hjärtstartare i alla skolor, idrottshallar och äldreboenden som "
      "saknar en")
C2 = "att alla hjärtstartare i kommunens lokaler registreras i det nationella hjärtstartarregistret"
C3 = ("att all personal i skolan och äldreomsorgen erbjuds utbildning i hjärt-lungräddning "
      "vartannat år")
CLAUSES = [C1, C2, C3]

TITLE_M = "Motion om hjärtstartare i kommunens lokaler"
TITLE_A = "Svar på motion om hjärtstartare i kommunens lokaler"

# ---------------------------------------------------------------- 1 motion
motion = {
    "stem": "stromsnas-ks-2022-178_1_motion",
    "format": "docx", "font": "Cambria", "size": 11,
    "core_title": TITLE_M, "core_author": "Linnea Dahl",
    "footer": ["Liberalerna Strömsnäs · linnea.dahl@liberalerna-stromsnas.example"],
    "blocks": [
        ("p", "Liberalerna Strömsnäs", {"size": 9, "align": "right"}),
        ("title", TITLE_M),
        ("p", "Till kommunfullmäktige i Strömsnäs kommun"),
        ("h2", "Bakgrund"),
        ("p", "Vid ett plötsligt hjärtstopp minskar chansen att överleva för varje minut som går "
              "utan behandling."),
        ("p", "Att snabbt få en hjärtstartare på plats kan vara skillnaden mellan liv och död, och "
              "den kan användas av vem som helst."),
        ("p", "I Strömsnäs finns hjärtstartare i simhallen, i stadshuset och i de flesta "
              "idrottshallar. Men i flera skolor och på flera äldreboenden finns ingen, och där vet "
              "personalen inte alltid var den närmaste finns. Ambulansen behöver ofta mer än 20 "
              "minuter till Norrå och Backe."),
        ("p", "En hjärtstartare gör bara nytta om någon vet var den finns och vågar använda den. "
              "Därför behövs också registrering och återkommande utbildning."),
        ("h2", "Förslag till beslut"),
        ("p", "Jag föreslår att kommunfullmäktige beslutar"),
        ("numlist_bare", CLAUSES),
        ("empty",),
        ("p", "Strömsnäs 2022-03-14"),
        ("empty",),
        ("lines", ["Linnea Dahl (L)", "Ledamot i kommunfullmäktige"]),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2022-03-14",
                   authors=AUTHORS, clauses=CLAUSES),
}

# ---------------------------------------------------------------- 2 tjänsteskrivelse
K1 = ("Kommunen har i dag 23 hjärtstartare. En inventering visar att nio skolor och fyra "
      "äldreboenden saknar en. Att köpa och sätta upp 13 nya hjärtstartare kostar cirka 260 000 "
      "kronor, och service och batteribyten ungefär 40 000 kronor per år. Kostnaden ryms inte i "
      "2022 års budget och bör i stället prövas i budgetberedningen för 2023.")
K2 = ("Samtliga kommunens hjärtstartare registrerades i det nationella hjärtstartarregistret under "
      "2021, och säkerhetsenheten för in nya hjärtstartare i registret när de sätts upp. Förslaget "
      "är därmed redan genomfört.")
K3 = ("Utbildning vartannat år för all personal i skolan och äldreomsorgen skulle omfatta cirka "
      "2 100 anställda och kosta omkring 1,1 miljoner kronor per omgång. I dag utbildas personalen "
      "på de arbetsplatser som har en hjärtstartare, och förvaltningen bedömer att det räcker.")
DEC_A = "Motionen avslås."

svar = {
    "stem": "stromsnas-ks-2022-178_2_tjansteskrivelse",
    "format": "docx", "font": "Arial", "size": 10,
    "core_title": TITLE_A, "core_author": "Johanna Ekström",
    "header": ["Strömsnäs kommun\t\t{PAGE} ({NUMPAGES})"],
    "footer": ["Kommunledningsförvaltningen · 671 80 Strömsnäs · Växel 0563-270 00 · "
               "www.stromsnas.se"],
    "blocks": [
        ("table", [["STRÖMSNÄS KOMMUN\nKommunledningsförvaltningen", "TJÄNSTESKRIVELSE"],
                   ["Handläggare\nJohanna Ekström", "Datum\n2022-09-19"],
                   ["Telefon\n0563-271 45", "Diarienummer\nKS-2022-0178"]],
         {"widths_cm": [9.0, 7.4]}),
        ("p", "Kommunstyrelsen", {"bold": True, "keep_next": True}),
        ("title", TITLE_A),
        ("h1", "Förvaltningens förslag till beslut"),
        ("p", DEC_A),
        ("h1", "Sammanfattning"),
        ("p", "Linnea Dahl (L) vill att hjärtstartare sätts upp i alla skolor, idrottshallar och "
              "äldreboenden, att de registreras och att personalen utbildas regelbundet. "
              "Förvaltningen delar motionärens syfte, men förslagen är antingen redan genomförda "
              "eller ryms inte i budgeten."),
        ("h1", "Bakgrund"),
        ("p", "Linnea Dahl (L) har i en motion daterad 2022-03-14 föreslagit att kommunfullmäktige "
              "beslutar"),
        ("numlist_bare", CLAUSES),
        ("p", "Kommunfullmäktige överlämnade motionen till kommunstyrelsen för beredning den 28 mars "
              "2022, § 41. Kommunstyrelsen har gett kommunledningsförvaltningen i uppdrag att ta "
              "fram ett förslag till svar."),
        ("p", "Säkerhetsenheten ansvarar för kommunens hjärtstartare. Under 2021 användes en "
              "hjärtstartare i kommunens lokaler vid två tillfällen, båda gångerna i en idrottshall."),
        ("h1", "Bedömning"),
        ("runs", [("b", "Kommentar till förslag 1: "), ("t", K1)]),
        ("runs", [("b", "Kommentar till förslag 2: "), ("t", K2)]),
        ("runs", [("b", "Kommentar till förslag 3: "), ("t", K3)]),
        ("h1", "Ekonomiska konsekvenser"),
        ("table", [["Förslag", "Kostnad"],
                   ["1. Hjärtstartare i 13 lokaler", "260 000 kr, därefter 40 000 kr per år"],
                   ["2. Registrering", "0 kr"],
                   ["3. Utbildning vartannat år", "1 100 000 kr per omgång"]],
         {"style": "Table Grid", "bold_first_row": True, "widths_cm": [8.0, 7.0]}),
        ("h1", "Barnkonsekvenser"),
        ("p", "Beslutet berör barn och elever indirekt. Plötsliga hjärtstopp hos barn är ovanliga, "
              "men hjärtstartare i skolorna skulle också komma vuxna besökare i skollokalerna till "
              "del."),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Säkerhetsenheten\nLinnea Dahl (L)"),
        ("empty",),
        ("lines", ["Thomas Wik", "Kommundirektör"]),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_A, MUNI, "KS", "2022-09-19", officer="Johanna Ekström",
                   authors=AUTHORS, clauses=CLAUSES, comments=[(1, K1), (2, K2), (3, K3)],
                   decision=decision("avslag", True, DEC_A)),
}

# ---------------------------------------------------------------- 3 KF
MOTIV = ("med motiveringen att förvaltningen ska redovisa vad det skulle kosta att sätta upp "
         "hjärtstartare enbart i de skolor som saknar en.")
DEC_KF = "Kommunfullmäktige beslutar att återremittera ärendet till kommunstyrelsen " + MOTIV

kf = {
    "stem": "stromsnas-ks-2022-178_3_kf-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Kommunfullmäktige 2022-10-24 § 112", "core_author": "Kristina Berg",
    "header": ["STRÖMSNÄS KOMMUN\tPROTOKOLLSUTDRAG\tSida {PAGE}",
               "Kommunfullmäktige\t24 oktober 2022"],
    "footer": [SIG],
    "blocks": [
        ("p", "§ 112", {"bold": True, "keep_next": True}),
        ("p", "Dnr KS-2022-0178", {"keep_next": True}),
        ("h2", TITLE_A),
        ("p", "Ärendebeskrivning", {"bold": True, "keep_next": True}),
        ("p", "Linnea Dahl (L) har i en motion föreslagit att det ska finnas hjärtstartare i alla "
              "skolor, idrottshallar och äldreboenden, att de ska föras in i det nationella "
              "registret och att personalen ska utbildas i hjärt-lungräddning vartannat år."),
        ("p", "Kommunledningsförvaltningen har föreslagit att motionen avslås. Kommunstyrelsen "
              "föreslår den 3 oktober 2022, § 156, att kommunfullmäktige avslår motionen."),
        ("p", "Beslutsunderlag", {"bold": True, "keep_next": True}),
        ("p", "Kommunstyrelsens protokoll 2022-10-03, § 156\nTjänsteskrivelse 2022-09-19\n"
              "Motion 2022-03-14"),
        ("p", "Yrkanden", {"bold": True, "keep_next": True}),
        ("p", "Linnea Dahl (L) yrkar att ärendet återremitteras till kommunstyrelsen " + MOTIV),
        ("p", "Jörgen Malm (M) och Anna Kvist (S) yrkar bifall till kommunstyrelsens förslag."),
        ("p", "Beslutsgång", {"bold": True, "keep_next": True}),
        ("p", "Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och finner "
              "att fullmäktige beslutar att återremittera ärendet."),
        ("p", "Kommunfullmäktiges beslut", {"bold": True, "keep_next": True}),
        ("p", DEC_KF),
        ("p", "Skickas till", {"bold": True, "keep_next": True}),
        ("p", "Kommunstyrelsen\nKommunledningsförvaltningen"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_A, MUNI, "KF", "2022-10-24",
                   authors=AUTHORS, decision=decision("aterremiss", False, DEC_KF)),
}

DOCS = [motion, svar, kf]
