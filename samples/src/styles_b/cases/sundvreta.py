"""Case sundvreta-ks-2021-412 (style samples, area b/c).

Sundvreta kommun, Dnr "KS 2021/412". The answer is the kommunchef's own
letter; KSAU proposes that it becomes the municipality's answer and that the
motion (named in full) is rejected.

* 1_motion: L + KD, Word numbering "1)", lower-case "att", "Vi yrkar att
  kommunfullmäktige beslutar".
* 2_svar: "Kommunchefens svar"; the clauses listed as "frågeställningar";
  comments "Frågeställning 1 …" and one paragraph for "Frågeställningarna 2
  och 3 …" (one comment for each of the two); an earlier motion's outcome
  told in prose ("huvud-att-sats bifölls", with its Dnr "KS 2016/251/1");
  proposal "Motionen avslås."
* 3_ksau-protokoll.txt: plain text, one paragraph per line; "§ 52/2021 Dnr
  KS 2021/412" on one line; the motion retold "Motionärerna föreslår att A,
  att B och att C"; an AU remark on "beslutssats 1"; "Arbetsutskottet
  föreslår att kommunchefens skrivelse blir kommunens svar på motionen";
  the decision repeats the whole motion reference; yrkanden "med instämmande
  av", propositionsordning, reservation, "Beslutsexpediering:"; the
  signature line of the page break runs into the text.
"""
from truthlib import decision, truth

MUNI = "Sundvreta kommun"
DNR = "KS 2021/412"
KEY = "KS 2021/412"
AUTHORS = [("Eva Lind", "L"), ("Omar Said", "KD")]

C1 = "att kommunen tar fram en strategi mot ofrivillig ensamhet bland äldre"
C2 = "att träffpunkterna för äldre får utökade öppettider även kvällar och helger"
C3 = "att kommunen inför förebyggande hembesök hos alla invånare som fyller 75 år"
CLAUSES = [C1, C2, C3]

TITLE_M = "Motion om en strategi mot ensamhet bland äldre"
TITLE_A = "Svar på motion om en strategi mot ensamhet bland äldre"

motion = {
    "stem": "sundvreta-ks-2021-412_1_motion",
    "format": "docx", "font": "Cambria", "size": 11,
    "core_title": TITLE_M, "core_author": "Eva Lind",
    "header": ["Dnr KS 2021/412\t\tInkom 2021-04-13"],
    "blocks": [
        ("p", "Till kommunfullmäktige i Sundvreta kommun", {"italic": True}),
        ("title", TITLE_M),
        ("p", "Pandemin har gjort det tydligt hur många äldre som lever isolerade. I kommunens "
              "senaste äldreenkät svarade var fjärde person över 75 år att de ofta eller alltid "
              "känner sig ensamma. Ensamhet är inte bara ett socialt problem: den ökar risken för "
              "depression, hjärt-kärlsjukdom och demens."),
        ("p", "I Sundvreta finns i dag tre träffpunkter för äldre. De har öppet dagtid på vardagar, "
              "men det är ofta på kvällar och helger som ensamheten känns mest. Flera kommuner har "
              "också infört förebyggande hembesök, där en sjuksköterska eller biståndshandläggare "
              "besöker äldre som inte har hemtjänst för att prata om hälsa, boende och aktiviteter."),
        ("p", "Vi yrkar att kommunfullmäktige beslutar"),
        ("numlist", "decimal_paren", CLAUSES),
        ("empty",),
        ("p", "Sundvreta 2021-04-12"),
        ("lines", ["Eva Lind (L)", "Omar Said (KD)"]),
    ],
    "truth": truth("motion", DNR, KEY, TITLE_M, MUNI, "KF", "2021-04-12",
                   authors=AUTHORS, clauses=CLAUSES),
}

F1 = ("Frågeställning 1 gäller en strategi mot ofrivillig ensamhet. Kommunen antog i mars 2021 "
      "en äldreplan för 2021–2025, där ett av fem fokusområden är social gemenskap och "
      "meningsfulla aktiviteter. Planen innehåller mål och åtgärder mot ensamhet, och en "
      "särskild strategi skulle enligt min bedömning till stor del upprepa det som redan står i "
      "planen.")
F23 = ("Frågeställningarna 2 och 3 handlar båda om förebyggande insatser för äldre som bor "
       "hemma. Utökade öppettider på de tre träffpunkterna skulle kräva ytterligare personal "
       "motsvarande 1,5 årsarbetare, och förebyggande hembesök för alla som fyller 75 år "
       "beräknas kosta omkring 900 000 kronor per år. Inget av förslagen ryms i vård- och "
       "omsorgsnämndens ram för 2022. Nämnden prövar i stället att låta frivilligorganisationer "
       "hålla öppet på träffpunkten i Centrum en kväll i veckan.")
DEC = "Motionen avslås."

svar = {
    "stem": "sundvreta-ks-2021-412_2_svar",
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": TITLE_A, "core_author": "Lars Hedberg",
    "header": ["SUNDVRETA KOMMUN\tKommunchefen\t{PAGE} ({NUMPAGES})",
               "\t\tDnr KS 2021/412"],
    "blocks": [
        ("p", "Kommunchefens svar", {"bold": True}),
        ("p", "2021-09-20"),
        ("title", TITLE_A),
        ("p", "Eva Lind (L) och Omar Said (KD) har i en motion till kommunfullmäktige tagit upp "
              "ensamheten bland äldre. Motionen innehåller tre frågeställningar. Motionärerna "
              "föreslår"),
        ("numlist", "decimal_dot", CLAUSES),
        ("h2", "Tidigare behandling"),
        ("p", "Frågan om mötesplatser för äldre har varit uppe tidigare. En motion om "
              "seniorträffpunkter (KS 2016/251/1) behandlades i fullmäktige 2017. Motionens "
              "huvud-att-sats bifölls, och en tredje träffpunkt öppnades 2018. Övriga punkter "
              "avslogs i Kf 170612."),
        ("h2", "Mina synpunkter"),
        ("p", F1),
        ("p", F23),
        ("p", "Jag delar motionärernas oro för den ofrivilliga ensamheten, men anser att frågan bäst "
              "drivs vidare inom äldreplanen och i dialog med civilsamhället."),
        ("h2", "Förslag till beslut"),
        ("p", DEC),
        ("empty",),
        ("lines", ["Lars Hedberg", "Kommunchef", "lars.hedberg@sundvreta.se"]),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_A, MUNI, "KS", "2021-09-20", officer="Lars Hedberg",
                   authors=AUTHORS, clauses=CLAUSES, comments=[(1, F1), (2, F23), (3, F23)],
                   decision=decision("avslag", True, DEC)),
}

B1 = ("Arbetsutskottet noterar att beslutssats 1 i motionen i allt väsentligt tillgodoses genom "
      "äldreplanen för 2021–2025, som följs upp årligen i vård- och omsorgsnämnden.")
DEC_AU = ("Motion väckt av Eva Lind (L) och Omar Said (KD) om en strategi mot ensamhet bland äldre "
          "avslås.")

au_text = f"""SUNDVRETA KOMMUN
PROTOKOLL
Kommunstyrelsens arbetsutskott
Sammanträdesdatum: 2021-10-04

§ 52/2021 Dnr KS 2021/412
{TITLE_A}
Ärendebeskrivning
Eva Lind (L) och Omar Said (KD) har i kommunfullmäktige 2021-04-26, § 38, väckt en motion om ensamhet bland äldre. Motionärerna föreslår {C1}, {C2} och {C3}.
Kommunchefen har i en skrivelse 2021-09-20 besvarat motionen och föreslagit att den avslås.
{B1}
Arbetsutskottet föreslår att kommunchefens skrivelse blir kommunens svar på motionen.
Beslutsunderlag
Kommunchefens svar 2021-09-20
Motion 2021-04-12

Justerandes sign ............ ............ Utdragsbestyrkande ............

Sundvreta kommun Protokoll Sida 2
Yrkanden
Omar Said (KD) med instämmande av Eva Lind (L) yrkar bifall till motionen.
Ordföranden Sven Ahlgren (S) med instämmande av Camilla Roos (M) yrkar bifall till kommunchefens förslag.
Propositionsordning
Ordföranden ställer förslagen mot varandra och finner att arbetsutskottet bifaller hans eget yrkande.
Arbetsutskottets förslag till kommunstyrelsen
{DEC_AU}
Reservation
Omar Said (KD) och Eva Lind (L) reserverar sig mot beslutet till förmån för eget yrkande.
Beslutsexpediering:
Akt
Kommunstyrelsen

Justerandes sign ............ ............ Utdragsbestyrkande ............
"""

au = {
    "stem": "sundvreta-ks-2021-412_3_ksau-protokoll",
    "format": "txt", "encoding": "utf-8", "bom": b"\xef\xbb\xbf",
    "text": au_text,
    "truth": truth("protocol_extract", DNR, KEY, TITLE_A, MUNI, "KSAU", "2021-10-04",
                   authors=AUTHORS, clauses=CLAUSES, comments=[(1, B1)],
                   decision=decision("avslag", True, DEC_AU)),
}

DOCS = [motion, svar, au]
