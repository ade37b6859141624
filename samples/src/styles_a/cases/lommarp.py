"""Standalone lommarp-2023-trygghetsboende_1_motion.txt (style batch A).

Lommarps kommun, no Dnr. A signed paper motion, scanned and OCR-read into
text: hard-wrapped lines, "Sida 1 av 2" inline (T-PAGE-01), "MOTION" in
capitals (T-CAPS-01), and OCR noise (T-OCR-01): "l." for "1." as the first
list number, "punkt l och 2", the stamp date "2023-11-2l", the joined name
"JohannaSkarp", the split word "trygghets boende" (also inside clause 1) and
"stvcken". Introducer "Jag yrkar därför på" (M-INTRO-07 frame, first person);
a numbered list where only item 1 starts with "Att" and items 2 and 3 are
ska-sentences with another subject (M-CLAUSE-14, M-CLAUSE-05). A hyphenated
line end in the body ("investerings-" / "plan", T-HYPH-01). The note after
the list ("Förslagen i punkt l och 2 …") is not a clause.
"""
from truthlib import truth

MUNI = "Lommarps kommun"
TITLE = "Motion om fler trygghetsboenden i Lommarp"
# OCR noise kept as shown (issue 11); the "l." marker is not part of the text
C1 = ("Att kommunfullmäktige beslutar att ge Lommarpsbostäder i uppdrag att bygga ett nytt "
      "trygghets boende på tomten vid gamla brandstationen.")
C2 = "Boendet ska ha minst 30 lägenheter och en gemensam matsal."
C3 = "Hyrorna ska hållas på en nivå som en person med garantipension kan betala."

text = """LOMMARPS KOMMUN
Kommunfullmäktige                              Inkom 2023-11-2l

MOTION

Motion om fler trygghetsboenden i Lommarp

I Lommarp finns i dag ett enda trygghetsboende, Solgården, med 24
lägenheter. Kön är lång: i oktober väntade 61 personer på en lägen-
het, och den som står först i kön har väntat i nästan tre år. Under
samma tid har kommunen byggt om två stvcken äldreboenden till van-
liga hyresrätter.

Ett trygghets boende är ett mellanting mellan det egna huset och
det särskilda boendet. Där finns gemensamma lokaler, en värd och
grannar som ser en. Många som bor ensamma i stora villor ute på
landsbygden skulle flytta om det fanns något att flytta till, och
då frigörs också villor för barnfamiljer.

                                                        Sida 1 av 2
Kommunen äger tomten vid gamla brandstationen, som har stått tom
sedan 2021. Den ligger nära vårdcentral, apotek och busstation.

Jag yrkar därför på

l. Att kommunfullmäktige beslutar att ge Lommarpsbostäder i uppdrag
att bygga ett nytt trygghets boende på tomten vid gamla
brandstationen.
2. Boendet ska ha minst 30 lägenheter och en gemensam matsal.
3. Hyrorna ska hållas på en nivå som en person med garantipension
kan betala.

Förslagen i punkt l och 2 bör kunna rymmas i bolagets investerings-
plan för 2025-2027.

Lommarp 2023-11-20

JohannaSkarp (L)
Liberalerna i Lommarp
                                                        Sida 2 av 2
"""

motion = {
    "stem": "lommarp-2023-trygghetsboende_1_motion",
    "format": "txt", "encoding": "utf-8",
    "text": text,
    # the joined name is kept as the document shows it
    "truth": truth("motion", None, None, TITLE, MUNI, "KF", "2023-11-20",
                   authors=[("JohannaSkarp", "L")], clauses=[C1, C2, C3]),
}

DOCS = [motion]
