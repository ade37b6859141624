"""Case uddeberg-ks-2022-714 (style samples, area b/c).

Uddebergs kommun, Dnr written "KS 2022:0714". Four numbered proposals without
"att"; the tjänsteutlåtande comments on them in a table (punkt | förslag |
kommentar) and proposes per-point outcomes by number; KF decides the same.

* 1_motion: Word-numbered items without "att" after "Vi föreslår
  kommunfullmäktige besluta att:"; two C signers.
* 2_tjansteutlatande: a three-column table holding the proposals and the
  comments; proposal "Motionen bifalls vad gäller punkt 1 och 4 och avslås
  vad gäller punkt 2 och 3."
* 3_kf-protokoll.txt: pasted from a PDF (UTF-8, one line per line, not
  re-wrapped): the Dnr is printed above the paragraph number, the § sign is
  lost ("112 Motion från …"), the heading keeps the motion form "Motion från
  <namn> och <namn> (C) om …"; members listed "Namn, PARTI, roll"; the motion
  retold "om att A, att B, att C och att D"; a cited Dnr whose digits are
  lost ("Dnr /2019").
"""
from truthlib import decision, truth

MUNI = "Uddebergs kommun"
DNR = "KS 2022:0714"
KEY = "KS 2022/714"
AUTHORS = [("Karin Lund", "C"), ("Olof Berg", "C")]

P1 = "Kommunen inventerar alla gång- och cykelvägar som saknar belysning eller har trasig belysning."
P2 = "Belysning sätts upp längs gång- och cykelvägen mellan Uddeberg centrum och Sjövik under 2023."
P3 = "Ljuspunkter med rörelsesensorer prövas på minst tre sträckor i bostadsområdena."
P4 = "En felanmälan för gatubelysning ska kunna göras via kommunens app."
POINTS = [P1, P2, P3, P4]
PER = [(1, "bifall"), (2, "avslag"), (3, "avslag"), (4, "bifall")]

TITLE_M = "Motion om trygghetsbelysning längs gång- och cykelvägar"

motion = {
    "stem": "uddeberg-ks-2022-714_1_motion",
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": TITLE_M, "core_author": "Karin Lund",
    "blocks": [
        ("p", "Centerpartiet i Uddebergs kommun", {"bold": True, "align": "right"}),
        ("p", "Uddeberg 2022-09-05", {"align": "right"}),
        ("title", TITLE_M),
        ("p", "Under hösten och vintern är det mörkt när många går till skolan, till jobbet eller "
              "till bussen. Flera av kommunens gång- och cykelvägar saknar belysning helt, och på "
              "andra är var tredje lampa trasig. Det gör att många, särskilt kvinnor och äldre, "
              "väljer bilen eller låter bli att gå ut alls."),
        ("p", "Sträckan mellan Uddeberg centrum och Sjövik används dagligen av gymnasieelever och "
              "pendlare. Den är drygt två kilometer lång och helt obelyst. Vi har fått många "
              "samtal från boende som känner sig otrygga där."),
        ("p", "Ny teknik gör det möjligt att belysa vägar på ett sätt som sparar energi. Lampor med "
              "rörelsesensorer lyser upp när någon passerar och dämpas annars. Det är också viktigt "
              "att det är enkelt att anmäla en trasig lampa."),
        ("p", "Vi föreslår kommunfullmäktige besluta att:"),
        ("numlist", "decimal_dot", POINTS),
        ("empty",),
        ("p", "Karin Lund\tOlof Berg"),
        ("p", "Centerpartiet"),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2022-09-05",
                   authors=AUTHORS, clauses=POINTS),
}

T1 = ("Förvaltningen har ingen fullständig bild av belysningen längs gång- och cykelvägarna. En "
      "inventering kan göras vintern 2022/23 inom ramen för arbetet med den nya "
      "belysningsplanen. Förvaltningen föreslår bifall.")
T2 = ("Sträckan Uddeberg–Sjövik är 2,3 km och saknar i dag elanslutning längs större delen. "
      "Kostnaden för belysning beräknas till 2,8 miljoner kronor. Sträckan bör prioriteras i "
      "belysningsplanen tillsammans med andra sträckor, men det finns inga medel avsatta för "
      "2023. Förvaltningen föreslår avslag.")
T3 = ("Rörelsestyrd belysning ger lägre energiförbrukning men är dyrare att installera och "
      "underhålla. Förvaltningen vill först se resultatet av inventeringen innan försök görs. "
      "Förvaltningen föreslår avslag.")
T4 = ("Felanmälan kan redan i dag göras via kommunens webbplats. En funktion i appen kan införas "
      "under 2023 när appen uppdateras, utan extra kostnad. Förvaltningen föreslår bifall.")
DEC = "Motionen bifalls vad gäller punkt 1 och 4 och avslås vad gäller punkt 2 och 3."

tju = {
    "stem": "uddeberg-ks-2022-714_2_tjansteutlatande",
    "format": "docx", "font": "Arial", "size": 10,
    "core_title": "Svar på motion om trygghetsbelysning längs gång- och cykelvägar",
    "core_author": "Amir Hassan",
    "header": ["UDDEBERGS KOMMUN\tTJÄNSTEUTLÅTANDE\t{PAGE} ({NUMPAGES})",
               "Samhällsbyggnadsförvaltningen\tDnr KS 2022:0714\t2022-12-12"],
    "footer": ["Uddebergs kommun · Storgatan 10 · 457 80 Uddeberg · 0525-190 00"],
    "blocks": [
        ("p", "Kommunstyrelsen"),
        ("title", "Svar på motion om trygghetsbelysning längs gång- och cykelvägar"),
        ("h2", "Förslag till beslut"),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige att besluta"),
        ("p", DEC),
        ("h2", "Ärendet"),
        ("p", "Karin Lund (C) och Olof Berg (C) har lämnat en motion om trygghetsbelysning. "
              "Motionärerna föreslår fyra åtgärder. Förslagen och förvaltningens kommentarer till "
              "vart och ett av dem framgår av tabellen nedan."),
        ("table", [["Punkt", "Motionens förslag", "Förvaltningens kommentar"],
                   ["1", P1, T1], ["2", P2, T2], ["3", P3, T3], ["4", P4, T4]],
         {"style": "Table Grid", "bold_first_row": True, "widths_cm": [1.4, 6.0, 9.0]}),
        ("h2", "Ekonomi"),
        ("p", "Inventeringen och funktionen i appen ryms inom befintlig budget. Belysningen av "
              "sträckan Uddeberg–Sjövik prövas i investeringsbudgeten för 2024–2026."),
        ("h2", "Beslutsunderlag"),
        ("lines", ["Motion 2022-09-05", "Tjänsteutlåtande 2022-12-12"]),
        ("h2", "Beslutet skickas till"),
        ("lines", ["Samhällsbyggnadsförvaltningen", "Kommunikationsenheten"]),
        ("empty",),
        ("lines", ["Amir Hassan", "Gatuingenjör", "amir.hassan@uddeberg.se"]),
    ],
    "truth": truth("answer", DNR, KEY, "Svar på motion om trygghetsbelysning längs gång- och cykelvägar",
                   MUNI, "KS", "2022-12-12", officer="Amir Hassan", authors=AUTHORS,
                   clauses=POINTS, comments=[(1, T1), (2, T2), (3, T3), (4, T4)],
                   decision=decision("delvis_bifall", True, DEC, PER)),
}

R1 = "att kommunen inventerar alla gång- och cykelvägar som saknar belysning eller har trasig belysning"
R2 = "att belysning sätts upp längs gång- och cykelvägen mellan Uddeberg centrum och Sjövik under 2023"
R3 = "att ljuspunkter med rörelsesensorer prövas på minst tre sträckor i bostadsområdena"
R4 = "att en felanmälan för gatubelysning ska kunna göras via kommunens app"
TITLE_KF = "Motion från Karin Lund (C) och Olof Berg (C) om trygghetsbelysning längs gång- och cykelvägar"
DEC_KF = ("Kommunfullmäktige beslutar att bifalla motionen vad gäller punkterna 1 och 4 samt att "
          "avslå den vad gäller punkterna 2 och 3.")

kf_text = f"""UDDEBERGS KOMMUN
SAMMANTRÄDESPROTOKOLL
Kommunfullmäktige
Sammanträdesdatum 2023-02-27
Sida 14

Beslutande
Lena Sjöström, S, ordförande
Per Hedin, M, 1:e vice ordförande
Karin Lund, C
Olof Berg, C
Mikael Strand, S
Saga Wall, V
Bo Engström, SD
(övriga beslutande se sid 2)

KS 2022:0714
112 {TITLE_KF}
Ärendebeskrivning
Karin Lund (C) och Olof Berg (C) har lämnat en motion om att kommunen inventerar alla gång- och cykelvägar som saknar belysning eller har trasig belysning, att belysning sätts upp längs gång- och cykelvägen mellan Uddeberg centrum och Sjövik under 2023, att ljuspunkter med rörelsesensorer prövas på minst tre sträckor i bostadsområdena och att en felanmälan för gatubelysning ska kunna göras via kommunens app.
Samhällsbyggnadsförvaltningen har i ett tjänsteutlåtande den 12 december 2022 föreslagit bifall till inventeringen och till felanmälan i appen och avslag på de två andra förslagen. Sträckan till Sjövik tas upp i arbetet med den nya belysningsplanen, som ersätter den gamla planen från 2019 (Dnr /2019).
Kommunstyrelsen beslutade den 30 januari 2023, 9, att föreslå fullmäktige att besluta i enlighet med förvaltningens förslag.
Yrkanden
Karin Lund (C) yrkar bifall till motionen i sin helhet.
Per Hedin (M) och Mikael Strand (S) yrkar bifall till kommunstyrelsens förslag.
Propositionsordning
Ordföranden ställer proposition på kommunstyrelsens förslag och Karin Lunds yrkande och finner att fullmäktige beslutar enligt kommunstyrelsens förslag.
Beslut
{DEC_KF}
Reservation
Karin Lund (C) och Olof Berg (C) reserverar sig mot beslutet.
Expedieras
Kommunstyrelsen, Samhällsbyggnadsförvaltningen, Motionärerna

Justerandes sign Utdragsbestyrkande
"""

kf = {
    "stem": "uddeberg-ks-2022-714_3_kf-protokoll",
    "format": "txt", "encoding": "utf-8",
    "text": kf_text,
    "truth": truth("protocol_extract", DNR, KEY, TITLE_KF, MUNI, "KF", "2023-02-27",
                   authors=AUTHORS, clauses=[R1, R2, R3, R4],
                   decision=decision("delvis_bifall", False, DEC_KF, PER)),
}

DOCS = [motion, tju, kf]
