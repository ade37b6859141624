"""Standalone norrhalla-2024-hemtjanst_1_motion.txt (style batch A).

Norrhalla kommun, no Dnr. A motion saved from a word processor as plain text
with hard line breaks at about 70 columns (T-LINE-01), a hyphenated line end in
the body ("bruka-" / "ren", T-HYPH-01), the heading "Bakgrund" run into the
first line of the text and the page number "1 (1)" inline at the end
(T-PAGE-01). Introducer "Vi yrkar att kommunfullmäktige beslutar att:" closes
with "att" and a colon (M-INTRO-05); the clauses are dash items that start
with "ska" and have no subject and no "att" (M-CLAUSE-05): "- ska antalet …".
Signed by two people on separate lines with a local party (M-SIGN-07).
"""
from truthlib import truth

MUNI = "Norrhalla kommun"
TITLE = "Motion om färre nya ansikten i hemtjänsten"
C1 = ("ska antalet olika medarbetare som besöker en brukare i hemtjänsten under två veckor "
      "minska till högst tio före utgången av 2025")
C2 = "ska varje brukare ha en namngiven kontaktperson som deltar i minst hälften av besöken"
C3 = "ska hemtjänstens scheman planeras i fasta arbetslag per område"

text = """Norrhallalistan
Till kommunfullmäktige i Norrhalla kommun

Motion om färre nya ansikten i hemtjänsten

Bakgrund En brukare i Norrhallas hemtjänst träffar i genomsnitt 16
olika medarbetare under två veckor. För den som har demens eller är
ny i hemtjänsten är det svårt att känna sig trygg när det är en ny
person i dörren nästan varje dag. Personalen vittnar själv om att de
inte hinner lära känna dem de hjälper, och att viktig information om
medicin, mat och mående ibland faller mellan stolarna.

Kontinuitet handlar inte bara om trygghet. Den som känner bruka-
ren märker tidigt när något förändras och kan larma innan det blir ett
fall eller en inläggning på sjukhus. Flera kommuner som har infört
fasta arbetslag har också sett att sjukfrånvaron bland personalen
minskat.

Vi yrkar att kommunfullmäktige beslutar att:

- ska antalet olika medarbetare som besöker en brukare i hemtjänsten
  under två veckor minska till högst tio före utgången av 2025
- ska varje brukare ha en namngiven kontaktperson som deltar i minst
  hälften av besöken
- ska hemtjänstens scheman planeras i fasta arbetslag per område

Norrhalla den 4 april 2024

Gun Strömberg
Dennis Alm
Norrhallalistan (NHL)
                                                              1 (1)
"""

motion = {
    "stem": "norrhalla-2024-hemtjanst_1_motion",
    "format": "txt", "encoding": "utf-8", "bom": b"\xef\xbb\xbf", "newline": "crlf",
    "text": text,
    "truth": truth("motion", None, None, TITLE, MUNI, "KF", "2024-04-04",
                   authors=[("Gun Strömberg", "NHL"), ("Dennis Alm", "NHL")],
                   clauses=[C1, C2, C3]),
}

DOCS = [motion]
