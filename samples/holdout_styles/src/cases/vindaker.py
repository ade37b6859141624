"""Case vindaker-ks-2022-301 (held out, batch 6).

Vindåkers kommun, Dnr written "KS.2022.301" (dots; the motion has no Dnr).
Motion -> tjänsteskrivelse with a per-clause proposal.

* 1_motion.txt: UTF-8 with BOM, CRLF, hard-wrapped at 72 columns; words in
  the background are split at line ends with a hyphen ("social-" /
  "förvaltningens"); a page number line "Sida 1 av 2" breaks into the second
  background paragraph; introducer "Kristdemokraterna yrkar:" and then
  "bifall till motionen att ..." (clause 1, wrapped), followed by two lines
  in capitals "ATT ..." (clause 3 wrapped); signed "Ingrid Falk m.fl." and
  "Gruppledare för Kristdemokraterna i Vindåker"; date "Vindåker den 12
  oktober 2022".
* 2_tjansteskrivelse: header table with labels and values in the same cell;
  the clauses quoted as Word bullets in lower case; one Heading 3 per clause
  ("Att-sats 1 – ..."), with two paragraphs under headings 1 and 3;
  "Motionen bifalls i fråga om att-sats 2 och avslås i övrigt."
"""
from truthlib import truth, decision

MUNI = "Vindåkers kommun"
DNR = "KS.2022.301"
KEY = "KS 2022/301"
AUTHORS = [("Ingrid Falk", "KD")]

TITLE_M = "Motion om stöd till anhöriga som vårdar en närstående"
TITLE_A = "Svar på motion om stöd till anhöriga som vårdar en närstående"

C1 = ("att kommunen inför avgiftsfri avlösning i hemmet upp till tolv timmar i månaden utan "
      "biståndsbedömning")
C2 = "ATT anhörigkonsulenten får en heltidstjänst från och med 2023"
C3 = ("ATT kommunen öppnar ett anhörigcenter i centrala Vindåker med öppet hus minst två dagar i "
      "veckan")


def wrap(par, width=72):
    """Greedy wrap; a "|" inside a word marks a place where it may be split
    with a hyphen at the line end (the marks never reach the text)."""
    lines, cur = [], ""
    for tok in par.split(" "):
        clean = tok.replace("|", "")
        if not cur:
            cur = clean
            continue
        if len(cur) + 1 + len(clean) <= width:
            cur += " " + clean
            continue
        cuts = [i for i, ch in enumerate(tok) if ch == "|"]
        done = False
        for i in reversed(cuts):
            head = tok[:i].replace("|", "")
            if len(cur) + 1 + len(head) + 1 <= width:
                lines.append(cur + " " + head + "-")
                cur = tok[i + 1:].replace("|", "")
                done = True
                break
        if not done:
            lines.append(cur)
            cur = clean
    lines.append(cur)
    return lines


P1 = ("I Vindåker finns enligt social|förvaltningens upp|skattning omkring 1400 per|soner som "
      "regel|bundet hjälper en när|stående som är sjuk, gammal eller har en funktions|ned|sättning. "
      "De an|höriga gör en insats som är värd många miljoner kronor om året för kommunen, men de "
      "blir ofta själva ut|brända. Många av dem är pensio|närer, och flera har be|rättat för oss att "
      "de inte har haft en ledig helg på flera år.")
P2 = ("Kommunen är enligt social|tjänst|lagen skyldig att erbjuda stöd till den som vårdar en "
      "när|stående. I dag består stödet i Vindåker av en anhörig|konsulent på halv|tid och en "
      "samtals|grupp som träffas en gång i månaden. Det räcker inte. Av|lösning i hemmet be|viljas "
      "bara efter bistånds|bedömning, och vänte|tiden är ofta flera veckor.")
P3 = ("Anhörig|vårdare behöver kunna få av|lösning snabbt och utan krångel, en plats att vända sig "
      "till och ett er|kännande av det arbete de gör.")

VOWELS = "aeiouyåäöAEIOUYÅÄÖ"


def marks(par):
    """Add possible split points to long words of a background paragraph
    (before a consonant that is followed by a vowel), for wrap()."""
    out = []
    for w in par.split(" "):
        if "|" in w or len(w) < 8 or not w.isalpha():
            out.append(w)
            continue
        cut = [i for i in range(3, len(w) - 3) if w[i] not in VOWELS and w[i + 1] in VOWELS]
        out.append("".join(("|" if i in cut else "") + ch for i, ch in enumerate(w)))
    return " ".join(out)


P1, P2, P3 = marks(P1), marks(P2), marks(P3)
_l2 = wrap(P2)
_lines = (["Kristdemokraterna i Vindåker", "", "Till kommunfullmäktige i Vindåkers kommun", "",
           "MOTION", TITLE_M, ""]
          + wrap(P1) + [""] + _l2[:2] + ["", "Sida 1 av 2", ""] + _l2[2:] + [""]
          + wrap(P3) + ["", "Kristdemokraterna yrkar:", ""]
          + wrap("bifall till motionen " + C1) + wrap(C2) + wrap(C3)
          + ["", "Vindåker den 12 oktober 2022", "", "Ingrid Falk m.fl.",
             "Gruppledare för Kristdemokraterna i Vindåker", "", "Sida 2 av 2"])
motion_text = "\n".join(_lines) + "\n"

motion = {
    "stem": "vindaker-ks-2022-301_1_motion",
    "format": "txt", "encoding": "utf-8", "bom": b"\xef\xbb\xbf", "newline": "crlf",
    "text": motion_text,
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2022-10-12",
                   authors=AUTHORS, clauses=[C1, C2, C3]),
}

# ---------------------------------------------------------------- 2 tjänsteskrivelse
Q2 = "att anhörigkonsulenten får en heltidstjänst från och med 2023"
Q3 = ("att kommunen öppnar ett anhörigcenter i centrala Vindåker med öppet hus minst två dagar i "
      "veckan")
K1a = ("Avlösning i hemmet är en insats enligt socialtjänstlagen. Kommunen får sedan 2022 erbjuda viss "
       "hemtjänst utan individuell behovsprövning, men det gäller inte avlösning som ges för att den "
       "närstående ska kunna vila.")
K1b = ("Förvaltningen bedömer att avgiftsfri avlösning utan bedömning skulle kosta omkring 2,1 "
       "miljoner kronor per år, vilket inte ryms i budgeten. I stället kortas handläggningstiden för "
       "avlösning till högst fem arbetsdagar från och med mars 2023.")
K2 = ("Förvaltningen instämmer i att behovet av anhörigstöd har vuxit. En utökning av tjänsten till "
      "heltid kostar cirka 310 000 kronor per år och kan finansieras inom äldreomsorgens ram genom att "
      "en vakant administrativ tjänst inte tillsätts.")
K3a = ("Ett eget anhörigcenter kräver en lokal och en bemanning som förvaltningen inte har medel för. "
       "Kostnaden beräknas till 900 000 kronor per år.")
K3b = ("Med en anhörigkonsulent på heltid kan träffpunkten på Lindgården i stället hålla öppet för "
       "anhöriga en eftermiddag i veckan. Förvaltningen anser att det tillgodoser en del av syftet "
       "med att-sats 3.")
DEC_A = "Motionen bifalls i fråga om att-sats 2 och avslås i övrigt."

svar = {
    "stem": "vindaker-ks-2022-301_2_tjansteskrivelse",
    "format": "docx", "font": "Arial", "size": 10,
    "core_title": TITLE_A, "core_author": "Malin Dahl",
    "header": ["Vindåkers kommun\t\tSida {PAGE} av {NUMPAGES}"],
    "footer": ["Socialförvaltningen · Vindåkers kommun · 0151-19 50 00 · vindaker.se"],
    "blocks": [
        ("table", [["Socialförvaltningen", "TJÄNSTESKRIVELSE"],
                   ["Handläggare\nMalin Dahl", "Datum\n2023-02-06"],
                   ["", "Dnr\nKS.2022.301"]],
         {"widths_cm": [9.0, 7.4]}),
        ("p", "Kommunstyrelsen", {"bold": True}),
        ("title", TITLE_A),
        ("h1", "Förslag till beslut"),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
        ("p", DEC_A),
        ("h1", "Sammanfattning"),
        ("p", "Ingrid Falk m.fl. (KD) har i en motion yrkat"),
        ("bullets", [C1, Q2, Q3]),
        ("p", "Förvaltningen föreslår att anhörigkonsulentens tjänst utökas till heltid. Övriga "
              "förslag bedöms inte rymmas i budgeten för 2023."),
        ("h1", "Bedömning"),
        ("h3", "Att-sats 1 – avlösning utan biståndsbedömning"),
        ("p", K1a),
        ("p", K1b),
        ("h3", "Att-sats 2 – anhörigkonsulent på heltid"),
        ("p", K2),
        ("h3", "Att-sats 3 – anhörigcenter"),
        ("p", K3a),
        ("p", K3b),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Ingrid Falk m.fl. (KD), 2022-10-12\nTjänsteskrivelse 2023-02-06"),
        ("h1", "Beslutet skickas till"),
        ("p", "Socialnämnden\nMotionärerna"),
        ("empty",),
        ("table", [["Malin Dahl\nUtredare", "Bo Ekman\nSocialchef"]], {"widths_cm": [8.2, 8.2]}),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_A, MUNI, "KS", "2023-02-06", officer="Malin Dahl",
                   authors=AUTHORS, clauses=[C1, Q2, Q3],
                   comments=[(1, K1a + " " + K1b), (2, K2), (3, K3a + " " + K3b)],
                   decision=decision("delvis_bifall", True, DEC_A,
                                     [(1, "avslag"), (2, "bifall"), (3, "avslag")])),
}

DOCS = [motion, svar]
