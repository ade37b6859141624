"""Case oxviken-2024-skolskjuts (style batch A).

Oxvikens kommun, no Dnr (a new motion). The same C motion twice: the Word file
the group handed in, and the copy on the party's website.

* 1_motion: "Motion angående …" (M-TITLE-01); headings are bold Normal
  paragraphs with a colon ("Bakgrund:", "Förslag:"); introducer "Därför
  föreslår Centerpartiet följande;" (M-INTRO-07) and three Word bullets that
  start with the subject, no "att" anywhere (M-CLAUSE-04), one a ska-sentence
  (M-CLAUSE-05). Signed with name and full party name on one line, separated
  by a tab (M-SIGN-02); no date and no place (M-SIGN-03).
* 2_motion-webb.txt: the website copy pasted from the browser: portal
  boilerplate (T-WEB-01), the publication date glued before the title
  (M-TITLE-04), form fields "Parti:" / "Utfärdare:" / "Status:" above the
  text (M-TITLE-07), HTML tags left in the text (T-HTML-01), the bullets run
  together inline (M-CLAUSE-06), the download link "Motion (C) … .pdf"
  (M-TITLE-05) glued to the last clause with no space (T-JOIN-01). The page's
  publication date is its only date.
"""
from truthlib import truth

MUNI = "Oxvikens kommun"
AUTHORS = [("Karin Wiik", "C")]
TITLE = "Motion angående säkrare skolskjutshållplatser"

C1 = ("Kommunen inventerar samtliga hållplatser för skolskjuts på landsbygden tillsammans med "
      "Trafikverket och vägföreningarna")
C2 = "Hållplatser där barn i dag står på vägrenen ska få belysning och en upplyst väntplats"
C3 = ("Skolskjutsens körschema ses över så att ingen elev behöver vänta mer än 20 minuter "
      "utomhus")
CLAUSES = [C1, C2, C3]

BG = [
    "Över 600 elever i Oxvikens kommun åker skolskjuts varje dag. För många av dem börjar "
    "skoldagen med en väntan i mörker vid en vägkant där bilar och timmerbilar passerar i 70 "
    "km/tim. På flera platser finns varken skylt, ficka eller belysning, bara en plats som "
    "chauffören och familjen har kommit överens om.",
    "Föräldrar i Bergsäter och Lillsjö har i flera år påtalat problemen. I vintras blev en elev "
    "nästan påkörd när bussen var försenad och hon stod och väntade i snöovädret.",
]

motion = {
    "stem": "oxviken-2024-skolskjuts_1_motion",
    "format": "docx", "font": "Verdana", "size": 10,
    "core_title": "Motion skolskjutshållplatser", "core_author": "Karin Wiik",
    "blocks": [
        ("p", "Centerpartiet Oxviken", {"size": 9, "align": "right"}),
        ("title", TITLE),
        ("p", "Bakgrund:", {"bold": True, "keep_next": True}),
        ("p", BG[0]),
        ("p", BG[1]),
        ("p", "Förslag:", {"bold": True, "keep_next": True}),
        ("p", "Därför föreslår Centerpartiet följande;"),
        ("bullets", CLAUSES),
        ("empty",),
        ("p", "Karin Wiik\tCenterpartiet i Oxviken"),
    ],
    "truth": truth("motion", None, None, TITLE, MUNI, "KF", None,
                   authors=AUTHORS, clauses=CLAUSES),
}

webb_text = """Centerpartiet Oxviken - Motion angående säkrare skolskjutshållplatser
Meny  Sök  Bli medlem  Ge en gåva
Du är här: Hem > Oxviken > Vår politik > Motioner

2024-05-06 Motion angående säkrare skolskjutshållplatser

Parti: Centerpartiet
Utfärdare: Karin Wiik
Status: Inlämnad till kommunfullmäktige i Oxvikens kommun

<strong>Bakgrund</strong><br />
Över 600 elever i Oxvikens kommun åker skolskjuts varje dag. För
många av dem börjar skoldagen med en väntan i mörker vid en vägkant
där bilar och timmerbilar passerar i 70 km/tim. På flera platser
finns varken skylt, ficka eller belysning, bara en plats som
chauffören och familjen har kommit överens om.<br /><br />
Föräldrar i Bergsäter och Lillsjö har i flera år påtalat problemen.
I vintras blev en elev nästan påkörd när bussen var försenad och hon
stod och väntade i snöovädret.<br />
<strong>Förslag</strong><br />
Därför föreslår Centerpartiet följande; • Kommunen inventerar
samtliga hållplatser för skolskjuts på landsbygden tillsammans med
Trafikverket och vägföreningarna • Hållplatser där barn i dag står
på vägrenen ska få belysning och en upplyst väntplats •
Skolskjutsens körschema ses över så att ingen elev behöver vänta mer
än 20 minuter utomhusLadda ner: Motion (C) Säkrare skolskjutshållpla
tser.pdf (212 kB)

Karin Wiik<br />Centerpartiet i Oxviken

Dela artikeln  Facebook  LinkedIn  Kopiera länk
Copied!

Fler nyheter från Centerpartiet Oxviken
Bli medlem – tillsammans gör vi skillnad på landsbygden
Centerpartiet · Box 2033 · 103 11 Stockholm · Kakor · Tillgänglighetsredogörelse
"""

webb = {
    "stem": "oxviken-2024-skolskjuts_2_motion-webb",
    "format": "txt", "encoding": "utf-8",
    "text": webb_text,
    # the page's publication date is the only date it shows
    "truth": truth("motion", None, None, TITLE, MUNI, "KF", "2024-05-06",
                   authors=AUTHORS, clauses=CLAUSES),
}

DOCS = [motion, webb]
