"""Standalone prasttorp-2024-skolmat_1_motion.txt (style batch A).

Prästtorps kommun, no Dnr. A motion from a local party, as text copied out of
its PDF: every line is its own paragraph with a blank line after it
(T-LINE-01); the letterhead came out in a shifted font encoding (T-FONT-01);
the kind word is letter-spaced "M O T I O N" (T-SPACED-01) and the title has
no word "Motion" (M-TITLE-02); a "Bakgrund" heading (M-HEAD-01); a hyphenated
line end ("livs-" / "medel", T-HYPH-01), a word split over two lines without a
hyphen (" rangerna", T-MIDWORD-01), digits lost in the body ("för  miljoner",
"den  mars", T-DIGIT-01). Introducer "Vi föreslår kommunfullmäktige"
(M-INTRO-01); each clause is "ATT" alone on a line and the clause in capitals
over several lines (M-CLAUSE-12, T-CAPS-01). The page break falls inside
clause 2: the page number "1 (2)" and the running header with the party slogan
(T-PAGE-01, T-HDR-01) stand between its lines; they are not clause text. The
signatures came out column by column: the three names on one line, the three
party codes on the next (T-COL-01).
"""
from truthlib import truth

MUNI = "Prästtorps kommun"
TITLE = "Närproducerad mat i skolan"
C1 = ("ATT DET SKER EN UPPHANDLING AV SKOLMATEN SOM GÖR DET MÖJLIGT FÖR LOKALA PRODUCENTER "
      "ATT LÄMNA ANBUD")
C2 = ("ATT ANDELEN LOKALT PRODUCERADE LIVSMEDEL I SKOLKÖKEN ÖKAR TILL MINST 30 PROCENT FÖRE "
      "UTGÅNGEN AV 2026.")
AUTHORS = [("Åsa Grip", "PTP"), ("Tomas Hed", "PTP"), ("Leila Nord", "PTP")]

HDR = "PRÄSTTORPSPARTIET – för hela Prästtorp"
LINES = [
    "3UlvwwrusvsduwlhwhW#ir#ukhod#Su",
    HDR,
    "M O T I O N",
    "Till kommunfullmäktige i Prästtorps kommun",
    "Närproducerad mat i skolan",
    "Bakgrund",
    "Varje skoldag serveras omkring 2 100 luncher i Prästtorps skolrestau",
    " rangerna. Kostenheten köpte förra året livsmedel för  miljoner",
    "kronor, men bara en liten del kom från gårdar i kommunen. Samtidigt",
    "har vi ett tjugotal mjölkgårdar, tre grönsaksodlare och ett",
    "slakteri inom tio mils radie.",
    "Upphandlingen görs i dag som en enda stor affär för alla livs-",
    "medel. Det stänger ute de små producenterna, som inte kan leverera",
    "allt till alla kök. Frågan togs upp i barn- och utbildningsnämnden",
    "den  mars men avvisades med hänvisning till lagen om offentlig",
    "upphandling. Andra kommuner har visat att det går att dela upp",
    "upphandlingen i mindre delar utan att bryta mot lagen.",
    "Vi föreslår kommunfullmäktige",
    "ATT",
    "DET SKER EN UPPHANDLING AV SKOLMATEN SOM GÖR DET MÖJLIGT FÖR",
    "LOKALA PRODUCENTER ATT LÄMNA ANBUD",
    "ATT",
    "ANDELEN LOKALT PRODUCERADE LIVSMEDEL I SKOLKÖKEN ÖKAR TILL",
    "1 (2)",
    HDR,
    "MINST 30 PROCENT FÖRE UTGÅNGEN AV 2026.",
    "Prästtorp 2024-03-11",
    "Åsa Grip Tomas Hed Leila Nord",
    "(PTP) (PTP) (PTP)",
    "2 (2)",
]
# every line its own paragraph: a blank line after each
text = "\n\n".join(LINES) + "\n"

motion = {
    "stem": "prasttorp-2024-skolmat_1_motion",
    "format": "txt", "encoding": "utf-8",
    "text": text,
    # the page number and running header inside clause 2 are not clause text
    "check_strip": ["\n\n1 (2)\n\n" + HDR],
    "truth": truth("motion", None, None, TITLE, MUNI, "KF", "2024-03-11",
                   authors=AUTHORS, clauses=[C1, C2]),
}

DOCS = [motion]
