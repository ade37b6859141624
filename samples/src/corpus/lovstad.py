"""Case lovstad-ks-2025-368: single-clause motion where "att" ends the
introducing line and the clause itself does not start with "att"; date
"den 3 mars 2025"; no Dnr on the motion. The answer has its Dnr ONLY in the
page header (form "2025.368 KS"), the typo "anses besvara" in the proposed
decision and a content-control placeholder left in the text."""
from .common import truth, decision, officer_block, footer_pages

MUNI = "Lövstads kommun"
DNR = "2025.368 KS"
KEY = "KS 2025/368"
AUTHORS = [("Sven Åberg", "SD")]

C1 = ("kommunen inrättar ett ungdomsråd med representanter för kommunens högstadieskolor och "
      "gymnasieskola.")
C1_QUOTED = "att " + C1
TITLE_M = "Motion om ett kommunalt ungdomsråd"
TITLE_S = "Svar på motion om ett kommunalt ungdomsråd"

motion = {
    "stem": "lovstad-ks-2025-368_1_motion",
    "format": "docx",
    "core_title": TITLE_M, "core_author": "Sven Åberg",
    "header": ["Sverigedemokraterna Lövstad"],
    "footer": footer_pages(),
    "blocks": [
        ("p", "Till kommunfullmäktige i Lövstads kommun"),
        ("h1", TITLE_M),
        ("p", "Unga i Lövstad har få kanaler för att påverka de beslut som rör dem. I den senaste "
              "LUPP-undersökningen svarade 71 procent av eleverna i årskurs 8 att de inte vet hur de "
              "kan påverka kommunens beslut, och bara var femte upplever att politikerna lyssnar på "
              "unga."),
        ("p", "Ett ungdomsråd med egna mötestider, ett eget litet budgetanslag och rätt att lämna "
              "synpunkter på ärenden som rör unga skulle ge ungdomarna en verklig röst. Flera "
              "kommuner i länet har goda erfarenheter av sådana råd."),
        ("p", "Med anledning av ovanstående föreslår jag att fullmäktige beslutar att"),
        ("p", C1),
        ("empty",),
        ("p", "Lövstad den 3 mars 2025"),
        ("empty",),
        ("p", "Sven Åberg (SD)"),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2025-03-03",
                   authors=AUTHORS, clauses=[C1]),
}

KOMM = ("ett ungdomsråd startades redan hösten 2024 som en del av kommunens demokratiarbete. Rådet har "
        "elva ledamöter från Lövstadskolan, Björkhagaskolan och Lövstad gymnasium, träffas en gång i "
        "månaden och har ett anslag på 50 000 kronor per år. Kommunstyrelsen har i mars 2025 beslutat "
        "att rådet ska få yttra sig över ärenden som rör unga innan de avgörs.")
DEC = "Motionen anses besvara."

svar = {
    "stem": "lovstad-ks-2025-368_2_svar",
    "format": "docx",
    "core_title": TITLE_S, "core_author": "Amira Hassan",
    "header": [f"{MUNI}\tTjänsteskrivelse\tDnr {DNR}", "Kommunledningskontoret\t\t2025-05-19"],
    "footer": footer_pages(),
    "blocks": [
        officer_block("Amira Hassan", "demokratiutvecklare", "0660-88 14 02", "amira.hassan@lovstad.se"),
        ("p", "Kommunstyrelsen", {"bold": True}),
        ("title", TITLE_S),
        ("h1", "Förslag till beslut"),
        ("p", DEC),
        ("h1", "Ärendet i korthet"),
        ("p", "Sven Åberg (SD) har i en motion föreslagit att kommunen inrättar ett ungdomsråd. Ett "
              "ungdomsråd har redan inrättats och förvaltningen föreslår därför att motionen anses "
              "besvarad."),
        ("h1", "Bedömning"),
        ("p", "Motionären föreslår att fullmäktige beslutar"),
        ("p", C1_QUOTED, {"indent_cm": 1.0}),
        ("p", "Kommentar: " + KOMM),
        ("h1", "Konsekvensbeskrivning"),
        ("p", "Ekonomi: Ungdomsrådets anslag ryms i kommunledningskontorets budget."),
        ("p", "Barnrätt: Ett ungdomsråd stärker ungas rätt att uttrycka sina åsikter i frågor som "
              "berör dem (artikel 12 i barnkonventionen)."),
        ("sdt_plh", "Klicka eller tryck här för att ange text.",
         {"alias": "Miljökonsekvenser", "tag": "Miljo"}),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Sven Åberg (SD), 2025-03-03\nTjänsteskrivelse 2025-05-19"),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Kommunfullmäktige\nKommunledningskontoret"),
        ("empty",),
        ("p", "Amira Hassan\nDemokratiutvecklare"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_S, MUNI, "KS", "2025-05-19", officer="Amira Hassan",
                   authors=AUTHORS, clauses=[C1_QUOTED], comments=[(1, KOMM)],
                   decision=decision("besvarad", True, DEC),
                   warnings=["placeholder_left"]),
}

DOCS = [motion, svar]
