"""Case runnholm-ks-2024-92 (style samples, area b).

Runnholms kommun. The motion has no Dnr; kommunstyrelsen registered it as
"KS-2024-0092" and sent it to socialnämnden, whose tjänsteskrivelse carries
its own Dnr "SN 2024/0031" and cites the KS number in a sentence.

* 1_motion: two capitalised "Att … ." clauses, KD + L.
* 2_tjansteskrivelse: the header run "Tjänsteskrivelse SN Handläggare: …"
  as one line before the title; the order Sammanfattning – Beslutsunderlag –
  Bakgrund; the motion retold "föreslår i en motion att A och att B" in
  Sammanfattning; a heading per clause ("Förslag 1 – …", "Förslag 2 – …"),
  each with two paragraphs under it; proposal per clause "Förslag 1 i
  motionen bifalls och förslag 2 anses besvarat."
"""
from truthlib import decision, truth

MUNI = "Runnholms kommun"
DNR_SN = "SN 2024/0031"
KEY_SN = "SN 2024/31"
AUTHORS = [("Maria Kvist", "KD"), ("Daniel Ek", "L")]

M1 = "Att kommunen utökar antalet platser för växelvård och korttidsvistelse med minst sex platser."
M2 = ("Att anhöriga som vårdar en närstående i hemmet erbjuds avgiftsfri avlösning i hemmet upp "
      "till tolv timmar per månad.")
R1 = "att kommunen utökar antalet platser för växelvård och korttidsvistelse med minst sex platser"
R2 = ("att anhöriga som vårdar en närstående i hemmet erbjuds avgiftsfri avlösning i hemmet upp "
      "till tolv timmar per månad")

TITLE_M = "Motion om avlastning för anhöriga som vårdar"
TITLE_A = "Svar på motion om avlastning för anhöriga som vårdar"

motion = {
    "stem": "runnholm-ks-2024-92_1_motion",
    "format": "docx", "font": "Book Antiqua", "size": 11,
    "core_title": TITLE_M, "core_author": "Maria Kvist",
    "blocks": [
        ("p", "Motion till kommunfullmäktige i Runnholms kommun"),
        ("title", TITLE_M),
        ("p", "Runt 1 800 personer i Runnholm hjälper regelbundet en närstående som är sjuk, gammal "
              "eller har en funktionsnedsättning. Många av dem gör det dygnet runt, år efter år. "
              "Anhörigas insatser är en förutsättning för att äldreomsorgen ska gå ihop, men de har "
              "ett pris: anhörigvårdare är oftare sjukskrivna och känner sig oftare ensamma än "
              "andra."),
        ("p", "Kommunen har i dag fyra platser för växelvård på Lindgården. Väntetiden är ofta flera "
              "månader, och platserna räcker inte till dem som behöver regelbunden avlastning. "
              "Avlösning i hemmet finns, men kostar 150 kronor per timme efter de första fyra "
              "timmarna, vilket gör att många avstår."),
        ("p", "Vi vill att Runnholm ska vara en kommun där den som tar hand om en närstående själv "
              "får stöd. Därför föreslår vi kommunfullmäktige besluta:"),
        ("p", M1),
        ("p", M2),
        ("empty",),
        ("p", "Runnholm den 8 januari 2024"),
        ("empty",),
        ("p", "Maria Kvist (KD)\t\tDaniel Ek (L)"),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2024-01-08",
                   authors=AUTHORS, clauses=[M1, M2]),
}

K1 = ("Socialförvaltningen delar motionärernas bedömning att platserna för växelvård inte räcker. "
      "Under 2023 fick 23 personer vänta längre än två månader på en plats, och behovet väntas öka "
      "när antalet invånare över 80 år växer. "
      "När Lindgården byggs om under 2025 finns möjlighet att ställa om en avdelning till sex nya "
      "platser för växelvård och korttidsvistelse. Merkostnaden för bemanning beräknas till "
      "3,1 miljoner kronor per år från 2026 och behöver hanteras i budgetprocessen. Förvaltningen "
      "föreslår att förslaget bifalls.")
K1_PARAS = K1.split("växer. ")
K1_A, K1_B = K1_PARAS[0] + "växer.", K1_PARAS[1]
K2_A = ("Avlösning i hemmet är i dag avgiftsfri de första fyra timmarna per månad. Socialnämnden "
        "beslutade i november 2023 att höja den avgiftsfria tiden till tio timmar per månad från "
        "den 1 april 2024, som en del av den nya anhörigstrategin.")
K2_B = ("Förvaltningen bedömer att nämndens beslut i allt väsentligt möter motionens förslag. En "
        "utökning till tolv timmar skulle kosta ytterligare cirka 200 000 kronor per år och kan "
        "prövas när den nya ordningen har utvärderats. Förvaltningen föreslår att förslaget anses "
        "besvarat.")
K2 = K2_A + " " + K2_B
DEC = "Förslag 1 i motionen bifalls och förslag 2 anses besvarat."
PER = [(1, "bifall"), (2, "besvarad")]

tjs = {
    "stem": "runnholm-ks-2024-92_2_tjansteskrivelse",
    "format": "docx", "font": "Arial", "size": 10,
    "core_title": TITLE_A, "core_author": "Elin Marklund",
    "header": ["Runnholms kommun\t\tSida {PAGE} av {NUMPAGES}"],
    "footer": ["Socialförvaltningen · Runnholms kommun · 772 80 Runnholm · 0240-66 60 00"],
    "blocks": [
        ("p", "Tjänsteskrivelse SN Handläggare: Elin Marklund, utvecklingsledare Socialnämnden "
              "2024-03-18 Dnr SN 2024/0031", {"size": 9}),
        ("title", TITLE_A),
        ("h2", "Förslag till beslut"),
        ("p", "Socialnämnden föreslår kommunfullmäktige besluta följande."),
        ("p", DEC),
        ("h2", "Sammanfattning"),
        ("p", "Maria Kvist (KD) och Daniel Ek (L) föreslår i en motion " + R1 + " och " + R2 + "."),
        ("p", "Förvaltningen föreslår att platserna utökas i samband med ombyggnaden av "
              "Lindgården. Socialnämnden har redan beslutat att utöka den avgiftsfria "
              "avlösningen."),
        ("h2", "Beslutsunderlag"),
        ("lines", ["Socialförvaltningens tjänsteskrivelse den 18 mars 2024",
                   "Socialnämndens protokoll den 22 november 2023, § 104",
                   "Kommunfullmäktiges protokoll den 29 januari 2024, § 7",
                   "Motion den 8 januari 2024"]),
        ("h2", "Bakgrund"),
        ("p", "Motionen väcktes i kommunfullmäktige den 29 januari 2024. Kommunstyrelsen har "
              "remitterat den (KS-2024-0092) till socialnämnden för beredning, med svar senast den "
              "30 april 2024."),
        ("p", "Kommunen har fyra platser för växelvård och åtta platser för korttidsvistelse på "
              "Lindgården. Anhörigstödet omfattar samtalsstöd, anhöriggrupper och avlösning i "
              "hemmet."),
        ("h2", "Förslag 1 – fler platser för växelvård och korttidsvistelse"),
        ("p", K1_A),
        ("p", K1_B),
        ("h2", "Förslag 2 – avgiftsfri avlösning i hemmet"),
        ("p", K2_A),
        ("p", K2_B),
        ("h2", "Barnperspektiv"),
        ("p", "Förslaget berör barn i familjer där en förälder vårdar en närstående. Ökad "
              "avlastning ger föräldern mer tid för barnen."),
        ("h2", "Beslutet skickas till"),
        ("lines", ["Kommunstyrelsen", "Äldreomsorgens verksamhetschef"]),
        ("empty",),
        ("lines", ["Jan Forsberg", "Socialchef", "", "Elin Marklund", "Utvecklingsledare"]),
    ],
    "truth": truth("answer", DNR_SN, KEY_SN, TITLE_A, MUNI, "Socialnämnden", "2024-03-18",
                   officer="Elin Marklund", authors=AUTHORS, clauses=[R1, R2],
                   comments=[(1, K1), (2, K2)],
                   decision=decision("delvis_bifall", True, DEC, PER)),
}

DOCS = [motion, tjs]
