"""Case salgered-kfn-2024-19 (held out, batch 6).

Sälgereds kommun, Dnr written "KFN 2024-019" (kultur- och fritidsnämnden's
series; the proposal itself has no Dnr). Medborgarförslag -> svar to the
nämnd, which decides (KF handed it over).

* 1_medborgarforslag.txt: an e-service export, cp1252, CRLF, labelled fields
  ("Inskickat:", "Förslagsställare:", "Rubrik:", "Förslag:"); the title is the
  "Rubrik" value; a background sentence starting "Att spola en isbana är inte
  dyrt"; introducer "Därför hemställer vi om följande:" and dash items glued
  to their text: "-Att ...", "–Utreda ...", "-Att ...".
* 2_svar: retold "med förslag att A, att B och att C"; comments by "Förslag 1"
  and "förslag 3"; förslag 2 gets no comment (clause_without_comment 2);
  "Medborgarförslaget avslås."
"""
from truthlib import truth, decision

MUNI = "Sälgereds kommun"
DNR = "KFN 2024-019"
KEY = "KFN 2024/19"
AUTHORS = [("Tove Lindahl", None), ("Rasmus Engqvist", None)]

TITLE_P = "Isbana på torget i Sälgered under vintern"
TITLE_A = "Svar på medborgarförslag om isbana på torget"

C1 = "Att spola en isbana på torget varje vinter från december till februari när vädret tillåter"
C2 = "Utreda om det går att låna ut skridskor och hjälmar gratis från biblioteket vid torget"
C3 = "Att hålla isbanan belyst till klockan 21 alla dagar"

text = "\n".join([
    "Sälgereds kommun – e-tjänst för medborgarförslag",
    "Ärendetyp: Medborgarförslag",
    "Inskickat: 2024-01-08 21:14",
    "Förslagsställare: Tove Lindahl och Rasmus Engqvist",
    "Adress: Ringvägen 14, 517 93 Sälgered",
    "",
    "Rubrik: " + TITLE_P,
    "",
    "Förslag:",
    "Varje vinter åker vi och barnen till grannkommunen för att åka skridskor, eftersom det inte "
    "finns någon spolad is i centrala Sälgered när sjön inte bär. Torget står tomt från november "
    "till mars, och en isbana där skulle ge liv åt centrum på kvällar och helger. Att spola en isbana "
    "är inte dyrt, det räcker med vatten, en sarg och någon som sköter den.",
    "Vi har pratat med flera handlare runt torget som gärna bidrar med belysning och musik.",
    "Därför hemställer vi om följande:",
    "-" + C1,
    "–" + C2,
    "-" + C3,
    "",
    "Med vänlig hälsning",
    "Tove Lindahl och Rasmus Engqvist",
    "",
    "Jag godkänner att mina personuppgifter behandlas enligt dataskyddsförordningen: Ja",
]) + "\n"

forslag = {
    "stem": "salgered-kfn-2024-19_1_medborgarforslag",
    "format": "txt", "encoding": "cp1252", "newline": "crlf",
    "text": text,
    "truth": truth("citizen_proposal", None, None, TITLE_P, MUNI, "KF", "2024-01-08",
                   authors=AUTHORS, clauses=[C1, C2, C3]),
}

# ---------------------------------------------------------------- 2 svar
R1 = "att kommunen spolar en isbana på torget varje vinter"
R2 = "att skridskor och hjälmar lånas ut gratis från biblioteket"
R3 = "att isbanan hålls belyst till klockan 21"
K1 = ("Förslag 1 har prövats av tekniska förvaltningen. Torget lutar cirka tre procent mot Storgatan, "
      "vilket gör att vattnet rinner av innan det hinner frysa, och stenbeläggningen riskerar att "
      "skadas av tjälen under isen. En isbana på torget går därför inte att ordna utan en fast "
      "anläggning med kylaggregat, som skulle kosta omkring 1,5 miljoner kronor.")
K3 = "Eftersom förslag 1 inte kan genomföras faller även förslag 3 om belysning."
DEC_A = "Medborgarförslaget avslås."

svar = {
    "stem": "salgered-kfn-2024-19_2_svar",
    "format": "docx", "font": "Verdana", "size": 10,
    "core_title": TITLE_A, "core_author": "Linnea Forsberg",
    "header": ["SÄLGEREDS KOMMUN\tTjänsteskrivelse\t{PAGE}({NUMPAGES})",
               "Kultur- och fritidsförvaltningen\t2024-03-04\tKFN 2024-019"],
    "footer": ["Kultur- och fritidsförvaltningen · 0521-28 60 00 · kultur.fritid@salgered.se"],
    "blocks": [
        ("p", "Kultur- och fritidsnämnden", {"bold": True}),
        ("title", TITLE_A),
        ("h1", "Förslag till beslut"),
        ("p", "Kultur- och fritidsnämnden beslutar"),
        ("p", DEC_A),
        ("h1", "Ärendet"),
        ("p", "Tove Lindahl och Rasmus Engqvist har lämnat in ett medborgarförslag med förslag "
              f"{R1}, {R2} och {R3}."),
        ("p", "Kommunfullmäktige beslutade den 29 januari 2024, § 9, att överlämna "
              "medborgarförslaget till kultur- och fritidsnämnden för beslut."),
        ("h1", "Förvaltningens bedömning"),
        ("p", K1),
        ("p", K3),
        ("p", "Förvaltningen vill samtidigt påminna om att den spolade isbanan vid Sälgereds IP är "
              "öppen för allmänheten alla dagar klockan 9–21 när vädret tillåter."),
        ("h1", "Beslutsunderlag"),
        ("p", "Medborgarförslag inkommet 2024-01-08\nKommunfullmäktiges protokoll 2024-01-29, § 9"),
        ("empty",),
        ("lines", ["Linnea Forsberg", "Fritidskonsulent", "linnea.forsberg@salgered.se"]),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_A, MUNI, "Kultur- och fritidsnämnden", "2024-03-04",
                   officer="Linnea Forsberg", authors=AUTHORS, clauses=[R1, R2, R3],
                   comments=[(1, K1), (3, K3)],
                   decision=decision("avslag", True, DEC_A),
                   warnings=[("clause_without_comment", 2)]),
}

DOCS = [forslag, svar]
