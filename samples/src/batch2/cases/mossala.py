"""Standalone mossala-2022-badhuset_1_motion.txt (held out).

Mossala kommun, no Dnr. Plain UTF-8 text, LF, hard-wrapped at about 70
columns (so paragraphs and two clauses run over two lines; the continuation
line of a clause is indented). The word "MOTION" stands alone above a title
that does not start with "Motion om". Clauses typed "1. att ...", lead-in
"yrkar vi att kommunfullmäktige beslutar:". Three proposers of one party on
one line separated by commas; date "3 okt. 2022".
"""
from truthlib import truth

MUNI = "Mossala kommun"
AUTHORS = [("Gunnel Strid", "S"), ("Per Olsson", "S"), ("Hanna Berg", "S")]

C1 = ("att Mossalabadet håller öppet till klockan 21 måndag till torsdag under hela "
      "badsäsongen")
C2 = "att entréavgiften för barn och ungdomar under 18 år tas bort"
C3 = ("att kultur- och fritidsnämnden får i uppdrag att erbjuda simskola för vuxna som inte kan "
      "simma")
CLAUSES = [C1, C2, C3]
TITLE = "Längre öppettider och sänkta avgifter i Mossalabadet"

TEXT = """Mossala kommun
Kommunfullmäktige

MOTION

Längre öppettider och sänkta avgifter i Mossalabadet

Mossalabadet renoverades för 64 miljoner kronor och öppnade igen i
januari 2021. Det är glädjande att se hur mycket badhuset används av
skolor och föreningar. Men för den som arbetar eller pendlar är
öppettiderna ett problem: på vardagar stänger badet redan klockan 19,
och allmänheten får bara tillgång till en av bassängerna efter
klockan 17.

Entréavgiften för barn är i dag 45 kronor. För en familj med tre barn
blir ett besök på badhuset en utgift som inte alla har råd med. Samtidigt
vet vi att allt fler barn lämnar grundskolan utan att kunna simma, och
att många vuxna, inte minst bland dem som har kommit till Sverige som
vuxna, aldrig har fått lära sig.

Mot den bakgrunden yrkar vi att kommunfullmäktige beslutar:

1. att Mossalabadet håller öppet till klockan 21 måndag till torsdag
   under hela badsäsongen
2. att entréavgiften för barn och ungdomar under 18 år tas bort
3. att kultur- och fritidsnämnden får i uppdrag att erbjuda simskola
   för vuxna som inte kan simma

Mossala 3 okt. 2022

Gunnel Strid (S), Per Olsson (S), Hanna Berg (S)
"""

motion = {
    "stem": "mossala-2022-badhuset_1_motion",
    "format": "txt", "encoding": "utf-8", "newline": "lf",
    "text": TEXT,
    "truth": truth("motion", None, None, TITLE, MUNI, "KF", "2022-10-03",
                   authors=AUTHORS, clauses=CLAUSES),
}

DOCS = [motion]
