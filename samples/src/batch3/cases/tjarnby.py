"""Standalone tjarnby-2025-ungdomsrad_1_motion.txt (held out).

Tjärnby kommun, no Dnr (a new motion). Plain text as saved from a word
processor: UTF-8 with BOM, LF line endings, one paragraph per line (not
hard-wrapped); the clauses are typed with a bullet character "• att ..."
(the marker is not part of the clause); date "Tjärnby 12 februari 2025"; two
proposers on one line with the party name after a comma, "Elsa Nyberg och
Anton Fält, Centerpartiet" (truth party "C" for both).
"""
from truthlib import truth

MUNI = "Tjärnby kommun"
AUTHORS = [("Elsa Nyberg", "C"), ("Anton Fält", "C")]

C1 = ("att kommunen inrättar ett ungdomsråd för unga i åldern 13–19 år, med ledamöter från "
      "samtliga högstadieskolor och gymnasieskolan")
C2 = ("att ungdomsrådet får en egen budget på 100 000 kronor per år att fördela till projekt som "
      "unga själva föreslår")
C3 = ("att kommunstyrelsen och nämnderna ger ungdomsrådet möjlighet att yttra sig i ärenden som "
      "särskilt berör unga")
CLAUSES = [C1, C2, C3]

TITLE = "Motion om ett ungdomsråd i Tjärnby"

text = f"""Till kommunfullmäktige i Tjärnby kommun

{TITLE}

Unga i Tjärnby har få sätt att påverka de beslut som rör dem. Vi som sitter i fullmäktige är i genomsnitt 54 år gamla, och ingen av oss går i skolan eller åker skolbuss varje dag. När kommunen bygger om centrum, ändrar busslinjer eller lägger ner en fritidsgård är det ofta de unga som påverkas mest, men de blir sällan tillfrågade.

Många kommuner har goda erfarenheter av ungdomsråd. Ett ungdomsråd ger unga en plats där de kan ta upp frågor de själva tycker är viktiga, och ger politiker och tjänstepersoner någon att fråga. För att rådet ska bli mer än en symbol behöver det få resurser och en tydlig roll i beredningen av ärenden.

Barnkonventionen är sedan 2020 svensk lag. Artikel 12 ger barn rätt att uttrycka sina åsikter i alla frågor som rör dem. Ett ungdomsråd är ett konkret sätt att leva upp till den.

Vi föreslår att kommunfullmäktige beslutar

• {C1}
• {C2}
• {C3}

Tjärnby 12 februari 2025

Elsa Nyberg och Anton Fält, Centerpartiet
"""

motion = {
    "stem": "tjarnby-2025-ungdomsrad_1_motion",
    "format": "txt", "encoding": "utf-8", "bom": b"\xef\xbb\xbf",
    "text": text,
    "truth": truth("motion", None, None, TITLE, MUNI, "KF", "2025-02-12",
                   authors=AUTHORS, clauses=CLAUSES),
}

DOCS = [motion]
