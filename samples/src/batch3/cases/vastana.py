"""Case vastana-ks-2020-456 (held out).

Västanå kommun, Dnr written "KS.2020.0456" (dots, zero-padded serial).
Motion -> nämnd yttrande (tillstyrker) -> KF bifall.

* 1_motion: the title is a bold 14 pt Normal paragraph (no Title or Heading
  style); place and date at the top right ("Västanå 9 mars 2020"), "Västanå
  som ovan" above the signature; the clauses follow "Jag yrkar därför:" as
  plain paragraphs typed "– att ..." (en dash typed, no Word list); no Dnr.
* 2_un-yttrande: yttrande from Utbildningsnämnden; the handläggare is named
  in a header table, the ordförande and förvaltningschef sign at the end (not
  officers); the clauses are quoted as a Word list "1)"; the comments sit
  under bold Normal paragraphs "Yrkande 1", "Yrkande 2", "Yrkande 3" (not
  heading styles); no "Förslag till beslut" section: the text ends with
  "Nämnden tillstyrker motionen." (bifall, proposed).
* 3_kf-protokoll: decision first: "Kommunfullmäktiges beslut" right under the
  heading, as a Word-numbered list of three decision points, the first
  "Motionen bifalls."; then Ärendet (clauses only summarised), yrkanden and
  beslutsgång.
"""
from truthlib import SIG, truth, decision

MUNI = "Västanå kommun"
DNR = "KS.2020.0456"
KEY = "KS 2020/456"
AUTHORS = [("Jonas Rehn", "L")]

C1 = ("att varje grundskola i Västanå kommun ska ha tillgång till ett skolbibliotek som är "
      "bemannat med utbildad bibliotekarie minst halva skoldagen")
C2 = ("att utbildningsnämnden tillsammans med kultur- och fritidsnämnden utreder hur "
      "folkbiblioteket och skolbiblioteken kan samordnas")
C3 = "att skolbibliotekens medieanslag höjs till minst 150 kronor per elev och år"
CLAUSES = [C1, C2, C3]

TITLE_M = "Motion om bemannade skolbibliotek"
TITLE_Y = "Yttrande över motion om bemannade skolbibliotek"

motion = {
    "stem": "vastana-ks-2020-456_1_motion",
    "format": "docx", "font": "Georgia", "size": 11,
    "core_title": TITLE_M, "core_author": "Jonas Rehn",
    "blocks": [
        ("p", "Västanå 9 mars 2020", {"align": "right"}),
        ("empty",),
        ("p", "Till kommunfullmäktige i Västanå kommun"),
        ("empty",),
        ("p", TITLE_M, {"bold": True, "size": 14}),
        ("p", "Skollagen säger att alla elever ska ha tillgång till skolbibliotek. I Västanå "
              "uppfyller vi det på papperet, men på flera av våra skolor består biblioteket av några "
              "hyllor i ett grupprum som är låst större delen av dagen. Bara två av kommunens nio "
              "grundskolor har en bibliotekarie, och på de andra sköts biblioteket av lärare på "
              "den tid som blir över."),
        ("p", "Läsförståelsen bland eleverna i årskurs 6 har sjunkit tre år i rad. Forskningen "
              "är tydlig: ett bemannat skolbibliotek, där en bibliotekarie arbetar tillsammans med "
              "lärarna, gör skillnad för elevernas läsning och för deras förmåga att söka och "
              "värdera information. Det gäller inte minst de elever som inte har böcker hemma."),
        ("p", "Folkbiblioteket i Västanå har kompetensen, och i två av kommundelarna ligger "
              "folkbiblioteket i samma byggnad som skolan. Här finns möjligheter till samverkan "
              "som vi inte tar tillvara."),
        ("p", "Jag yrkar därför:"),
        ("p", "– " + C1, {"indent_cm": 0.6}),
        ("p", "– " + C2, {"indent_cm": 0.6}),
        ("p", "– " + C3, {"indent_cm": 0.6}),
        ("empty",),
        ("p", "Västanå som ovan"),
        ("empty",),
        ("p", "Jonas Rehn (L)"),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2020-03-09",
                   authors=AUTHORS, clauses=CLAUSES),
}

K1 = ("Nämnden delar motionärens bild. I dag har Centralskolan och Åsens skola bibliotekarie på "
      "heltid, medan övriga sju skolor saknar bemanning. För att nå en bemanning på minst halva "
      "skoldagen på alla skolor behövs ytterligare 3,5 tjänster, vilket motsvarar cirka 2,1 "
      "miljoner kronor per år. Bemanningen kan införas stegvis under 2021 och 2022.")
K2 = ("Förvaltningarna har redan inlett samtal om samverkan i Bredsjö och Lilla Västanå, där skola "
      "och folkbibliotek delar lokaler. En gemensam utredning med kultur- och fritidsnämnden kan "
      "vara klar under hösten 2020 och ge underlag för att bemanna fler skolbibliotek med "
      "folkbibliotekets personal.")
K3 = ("Medieanslaget är i dag i genomsnitt 72 kronor per elev och varierar mellan skolorna. En "
      "höjning till 150 kronor per elev kostar cirka 180 000 kronor per år. Nämnden bedömer att "
      "en höjning är nödvändig för att skolbiblioteken ska kunna erbjuda ett aktuellt bestånd, "
      "bland annat av lättlästa böcker och böcker på elevernas modersmål.")
DEC_Y = "Nämnden tillstyrker motionen."

yttrande = {
    "stem": "vastana-ks-2020-456_2_un-yttrande",
    "format": "docx", "font": "Cambria", "size": 11,
    "core_title": TITLE_Y, "core_author": "Mira Lundell",
    "header": ["VÄSTANÅ KOMMUN\tYTTRANDE\tSida {PAGE}/{NUMPAGES}",
               "Utbildningsnämnden"],
    "footer": ["Postadress: Västanå kommun, 780 40 Västanå   Telefon: 0280-170 00   "
               "E-post: utbildning@vastana.se"],
    "blocks": [
        ("table", [["Datum", "Diarienummer", "Handläggare"],
                   ["2020-06-11", "KS.2020.0456", "Mira Lundell\nBibliotekskonsulent\n0280-171 36"]],
         {"bold_first_row": True, "widths_cm": [4.0, 5.0, 7.4]}),
        ("p", "Till kommunstyrelsen"),
        ("title", TITLE_Y),
        ("p", "Kommunstyrelsen har gett utbildningsnämnden tillfälle att yttra sig över en motion "
              "från Jonas Rehn (L) om bemannade skolbibliotek. Nämnden har behandlat ärendet vid "
              "sitt sammanträde den 11 juni 2020, § 58, och lämnar följande yttrande."),
        ("h2", "Motionen"),
        ("p", "Motionären yrkar"),
        ("numlist", "decimal_paren", CLAUSES),
        ("h2", "Nämndens synpunkter"),
        ("p", "Yrkande 1", {"bold": True, "keep_next": True}),
        ("p", K1),
        ("p", "Yrkande 2", {"bold": True, "keep_next": True}),
        ("p", K2),
        ("p", "Yrkande 3", {"bold": True, "keep_next": True}),
        ("p", K3),
        ("h2", "Ekonomi"),
        ("p", "Om motionen bifalls i sin helhet beräknas kostnaden till cirka 2,3 miljoner kronor per "
              "år när bemanningen är fullt utbyggd. Nämnden kan inte finansiera kostnaden inom sin "
              "nuvarande ram och förutsätter att den hanteras i budgetprocessen för 2021."),
        ("h2", "Barnrättsperspektiv"),
        ("p", "Enligt barnkonventionen har barn rätt till utbildning och information. Ett "
              "bemannat skolbibliotek stärker framför allt de elever som har minst stöd hemifrån."),
        ("h2", "Ställningstagande"),
        ("p", "Utbildningsnämnden ser motionen som ett viktigt bidrag till arbetet med att vända "
              "utvecklingen av elevernas läsförståelse."),
        ("p", DEC_Y),
        ("empty",),
        ("p", "För utbildningsnämnden"),
        ("empty",),
        ("p", "Annika Holmgren\tStefan Wik\nOrdförande\tFörvaltningschef"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_Y, MUNI, "Utbildningsnämnden", "2020-06-11",
                   officer="Mira Lundell", authors=AUTHORS, clauses=CLAUSES,
                   comments=[(1, K1), (2, K2), (3, K3)],
                   decision=decision("bifall", True, DEC_Y)),
}

DEC_KF = "Motionen bifalls."
# the KF extract retells the clauses in one sentence (issue 11 convention: one clause per att-part)
R1 = ("att alla grundskolor ska ha ett skolbibliotek som är bemannat med bibliotekarie minst halva "
      "skoldagen")
R2 = "att samverkan mellan skolbiblioteken och folkbiblioteket utreds"
R3 = "att medieanslaget höjs"

kf = {
    "stem": "vastana-ks-2020-456_3_kf-protokoll",
    "format": "docx", "font": "Liberation Sans", "size": 11,
    "core_title": "Kommunfullmäktige 2020-11-23 § 142", "core_author": "Ulla Bergman",
    "header": [("table", [["Västanå kommun", "Protokollsutdrag", "{PAGE} ({NUMPAGES})"],
                          ["Kommunfullmäktige", "2020-11-23", ""]],
                {"widths_cm": [6.4, 6.0, 4.0]})],
    "footer": ["Justerare …………………… ……………………\t\tUtdragsbestyrkande ……………………"],
    "blocks": [
        ("p", "§ 142\tKS.2020.0456", {"bold": True}),
        ("h1", TITLE_M),
        ("h3", "Kommunfullmäktiges beslut"),
        ("numlist", "decimal_dot", [
            DEC_KF,
            "Utbildningsnämnden får i uppdrag att återkomma till kommunstyrelsen med en plan för "
            "bemanningen av skolbiblioteken senast den 31 mars 2021.",
            "Kostnaden för 2021 finansieras ur kommunstyrelsens anslag för oförutsedda utgifter.",
        ]),
        ("h3", "Ärendet"),
        ("p", f"Jonas Rehn (L) föreslår i en motion den 9 mars 2020 {R1}, {R2} och {R3}."),
        ("p", "Utbildningsnämnden tillstyrkte motionen i ett yttrande den 11 juni 2020, § 58. "
              "Kommunstyrelsen föreslog den 2 november 2020, § 201, att motionen bifalls och att "
              "kostnaden för 2021 finansieras ur anslaget för oförutsedda utgifter."),
        ("h3", "Beslutsunderlag"),
        ("p", "Kommunstyrelsens protokoll 2020-11-02, § 201\n"
              "Utbildningsnämndens yttrande 2020-06-11, § 58\n"
              "Motion från Jonas Rehn (L) 2020-03-09"),
        ("h3", "Yrkanden"),
        ("p", "Jonas Rehn (L), Britt Sjö (S) och Peter Alm (M) yrkar bifall till kommunstyrelsens "
              "förslag."),
        ("p", "Sverker Höög (SD) yrkar avslag på motionen."),
        ("h3", "Beslutsgång"),
        ("p", "Ordföranden ställer proposition på bifall mot avslag och finner att "
              "kommunfullmäktige beslutar enligt kommunstyrelsens förslag."),
        ("h3", "Protokollsanteckning"),
        ("p", "Sverker Höög (SD) lämnar en protokollsanteckning: ”Vi delar målet men anser att "
              "pengarna bör tas inom utbildningsnämndens egen ram.”"),
        ("h3", "Skickas till"),
        ("p", "Utbildningsnämnden\nKultur- och fritidsnämnden\nEkonomiavdelningen"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_M, MUNI, "KF", "2020-11-23",
                   authors=AUTHORS, clauses=[R1, R2, R3],
                   decision=decision("bifall", False, DEC_KF)),
}

DOCS = [motion, yttrande, kf]
