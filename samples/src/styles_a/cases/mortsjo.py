"""Case mortsjo-ks-2024-17 (style batch A).

Mörtsjö kommun, Dnr written "2024/0017 KS-3" (KS extract only). A single-clause
S motion whose title already contains "att"; KS proposes avslag.

* 1_motion: title "Motion om att införa fria bussresor för alla över 75 år"
  (M-TITLE-08); passive introducer "På Socialdemokraternas vägnar föreslås
  fullmäktige besluta att" (M-INTRO-03) that ENDS in "att"; the one clause
  (M-CLAUSE-07) follows after a soft line break (w:br) in the SAME Word
  paragraph and has no "att" of its own (M-INTRO-05). A "vill att" wish in the
  background (M-BODY-01, not a clause). "Mörtsjö den 14 januari 2024"
  (M-DATE-01); signed "På Socialdemokraternas vägnar" / name / role (M-SIGN-07).
* 2_ks-protokoll: one § of KS; the motion retold "med förslag att …" (one
  clause); "Kommunstyrelsens förslag till kommunfullmäktige" "Motionen avslås."
"""
from truthlib import SIG, truth, decision

MUNI = "Mörtsjö kommun"
DNR = "2024/0017 KS-3"
KEY = "KS 2024/17"
AUTHORS = [("Kjell Rapp", "S")]

TITLE_M = "Motion om att införa fria bussresor för alla över 75 år"
INTRO = "På Socialdemokraternas vägnar föreslås fullmäktige besluta att"
C1 = ("kommunen inför avgiftsfria resor i kollektivtrafiken inom kommunen för alla invånare som "
      "fyllt 75 år")

motion = {
    "stem": "mortsjo-ks-2024-17_1_motion",
    "format": "docx", "font": "Garamond", "size": 12,
    "core_title": TITLE_M, "core_author": "Kjell Rapp",
    "blocks": [
        ("p", "Socialdemokraterna i Mörtsjö", {"bold": True, "size": 9}),
        ("p", "Till kommunfullmäktige", {"size": 9}),
        ("empty",),
        ("title", TITLE_M),
        ("p", "Mörtsjö kommun har 14 700 invånare, och av dem har drygt 1 900 fyllt 75 år. Många "
              "av dem har slutat köra bil, och för dem är bussen det enda sättet att ta sig till "
              "vårdcentralen, affären eller till barnbarnen i Västbyn. Ett enkelt resekort inom "
              "kommunen kostar i dag 620 kronor i månaden, vilket är mycket för den som lever på "
              "garantipension."),
        ("p", "Flera av våra grannkommuner har infört fria resor för äldre och sett att resandet "
              "ökar utan att kostnaderna blir särskilt stora, eftersom bussarna ändå går och de "
              "flesta resor görs mitt på dagen. Vi vill att äldre ska kunna ta sig till "
              "vårdcentralen utan att behöva be grannen om skjuts."),
        ("p", "Fria resor ger också mer rörelse och fler möten, och det motverkar ensamhet. Det är "
              "en förebyggande satsning som på sikt kan minska behovet av färdtjänst och hemtjänst."),
        ("p", f"{INTRO}\n{C1}"),
        ("empty",),
        ("p", "Mörtsjö den 14 januari 2024"),
        ("empty",),
        ("lines", ["På Socialdemokraternas vägnar", "", "Kjell Rapp", "Oppositionsråd"]),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2024-01-14",
                   authors=AUTHORS, clauses=[C1]),
}

TITLE_P = "Svar på motion om att införa fria bussresor för alla över 75 år"
R1 = ("att kommunen inför avgiftsfria resor i kollektivtrafiken inom kommunen för alla invånare "
      "som fyllt 75 år")
DEC = "Motionen avslås."

ks = {
    "stem": "mortsjo-ks-2024-17_2_ks-protokoll",
    "format": "docx", "font": "Arial", "size": 10,
    "core_title": "Kommunstyrelsen 2024-06-10 § 98", "core_author": "Eva Sörling",
    "header": [("table", [["MÖRTSJÖ KOMMUN", "SAMMANTRÄDESPROTOKOLL", "{PAGE}({NUMPAGES})"],
                          ["Kommunstyrelsen", "Sammanträdesdatum 2024-06-10", ""]],
                {"widths_cm": [6.0, 7.0, 3.4]})],
    "footer": [SIG],
    "blocks": [
        ("p", "§ 98", {"bold": True}),
        ("p", "Dnr 2024/0017 KS-3"),
        ("h2", TITLE_P),
        ("p", "Ärendebeskrivning", {"bold": True, "keep_next": True}),
        ("p", f"Kjell Rapp (S) har på Socialdemokraternas vägnar lämnat en motion med förslag {R1}. "
              "Kommunfullmäktige överlämnade motionen till kommunstyrelsen för beredning den 29 "
              "januari 2024."),
        ("p", "Kollektivtrafiken i Mörtsjö drivs av regionens trafikbolag. Enligt trafikbolagets "
              "beräkning skulle fria resor för invånare över 75 år kosta kommunen omkring 2,4 "
              "miljoner kronor per år i uteblivna biljettintäkter som kommunen måste ersätta. "
              "Kommunledningskontoret bedömer att kostnaden inte ryms i budgeten och föreslår att "
              "motionen avslås."),
        ("p", "Beslutsunderlag", {"bold": True, "keep_next": True}),
        ("p", "Tjänsteskrivelse 2024-05-13\nArbetsutskottets protokoll 2024-05-27, § 71"),
        ("p", "Yrkanden", {"bold": True, "keep_next": True}),
        ("p", "Kjell Rapp (S) yrkar bifall till motionen. Ingrid Moberg (M) yrkar bifall till "
              "arbetsutskottets förslag."),
        ("p", "Propositionsordning och votering", {"bold": True, "keep_next": True}),
        ("p", "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen "
              "beslutar enligt arbetsutskottets förslag. Votering begärs och verkställs. Med 8 "
              "ja-röster mot 5 nej-röster beslutar kommunstyrelsen enligt arbetsutskottets förslag."),
        ("p", "Kommunstyrelsens förslag till kommunfullmäktige", {"bold": True, "keep_next": True}),
        ("p", DEC),
        ("p", "Reservation", {"bold": True, "keep_next": True}),
        ("p", "Socialdemokraternas ledamöter reserverar sig mot beslutet till förmån för Kjell "
              "Rapps yrkande."),
        ("p", "Beslutet skickas till", {"bold": True, "keep_next": True}),
        ("p", "Kommunfullmäktige"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_P, MUNI, "KS", "2024-06-10",
                   authors=AUTHORS, clauses=[R1],
                   decision=decision("avslag", True, DEC)),
}

DOCS = [motion, ks]
