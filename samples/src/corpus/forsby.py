"""Case forsby-ku-2017-91: motion with clauses typed as "1. att ..." in the
text (no Word numbering), signed "Lena Holm / för Vänsterpartiet"; a
tjänsteutlåtande to a nämnd proposing bifall; the KF decision (bifall).
Dnr form "KU.2017.91"."""
from .common import SIG, truth, decision, protocol_header, officer_block, footer_pages

MUNI = "Forsby kommun"
DNR = "KU.2017.91"
KEY = "KU 2017/91"
AUTHORS = [("Lena Holm", "V")]

C1 = "att avgiften för kulturskolan tas bort från och med höstterminen 2018"
C2 = "att kulturskolan erbjuder undervisning på minst två skolor utanför centralorten"
CLAUSES = [C1, C2]
TITLE_M = "Motion om avgiftsfri kulturskola"
TITLE_S = "Svar på motion om avgiftsfri kulturskola"

motion = {
    "stem": "forsby-ku-2017-91_1_motion",
    "format": "docx",
    "core_title": TITLE_M, "core_author": "Lena Holm",
    "header": ["Vänsterpartiet Forsby"],
    "blocks": [
        ("p", f"Diarienummer {DNR}", {"align": "right", "size": 9}),
        ("title", TITLE_M),
        ("p", "Till kommunfullmäktige i Forsby kommun"),
        ("p", "Kulturskolan ska vara till för alla barn. I dag kostar en plats 950 kronor per termin, "
              "och för den som vill spela två instrument dubblas avgiften. Kulturskolans egen "
              "uppföljning visar att andelen elever från områden med låga inkomster har minskat varje "
              "år sedan avgiften höjdes 2014."),
        ("p", "Dessutom sker all undervisning i kulturskolans lokaler i centralorten. För barn i "
              "Hällby och Östra Forsby innebär det en bussresa på en timme varje väg."),
        ("p", "Vänsterpartiet föreslår att kommunfullmäktige beslutar"),
        ("p", "1. " + C1),
        ("p", "2. " + C2),
        ("empty",),
        ("p", "Forsby 2017-03-01"),
        ("empty",),
        ("p", "Lena Holm", {"space_after": 0}),
        ("p", "för Vänsterpartiet"),
    ],
    "truth": truth("motion", DNR, KEY, TITLE_M, MUNI, "KF", "2017-03-01",
                   authors=AUTHORS, clauses=CLAUSES),
}

A1 = ("Kulturskolans avgiftsintäkter uppgick 2016 till 1,1 miljoner kronor. Kultur- och "
      "utbildningsnämnden har inom ramen för det statliga bidraget till kulturskolor möjlighet att "
      "finansiera en avgiftsfri kulturskola under 2018–2020. Förvaltningen ser att en avgiftsfri "
      "kulturskola når fler barn och föreslår att att-satsen bifalls.")
A2 = ("Undervisning i Hällby skola och Östra skolan kan starta redan höstterminen 2017 genom att "
      "lärarnas scheman läggs om. Förvaltningen föreslår att att-satsen bifalls.")

svar = {
    "stem": "forsby-ku-2017-91_2_tjansteutlatande",
    "format": "docx",
    "core_title": TITLE_S, "core_author": "Nils Ottosson",
    "header": [f"{MUNI}\tTjänsteutlåtande\tSida {{PAGE}} ({{NUMPAGES}})"],
    "footer": ["Kultur- och utbildningsförvaltningen, Forsby kommun"],
    "blocks": [
        ("table", [["Kultur- och utbildningsförvaltningen", "2017-05-15"],
                   ["Kultur- och utbildningsnämnden", f"Dnr {DNR}"]],
         {"widths_cm": [9.4, 7.0]}),
        officer_block("Nils Ottosson", "kulturskolechef", "0380-51 62 00", "nils.ottosson@forsby.se"),
        ("title", TITLE_S),
        ("h1", "Förslag till beslut"),
        ("p", "Kultur- och utbildningsnämnden föreslår kommunfullmäktige besluta:"),
        ("p", "Motionen bifalls."),
        ("h1", "Sammanfattning"),
        ("p", "Lena Holm (V) föreslår i en motion att kulturskolan blir avgiftsfri och att undervisning "
              "erbjuds på skolor utanför centralorten. Förvaltningen föreslår att motionen bifalls."),
        ("h1", "Bakgrund"),
        ("p", "Motionen innehåller två att-satser:"),
        ("numlist", "decimal_dot", CLAUSES),
        ("h1", "Bedömning"),
        ("p", "Att-sats 1: " + A1),
        ("p", "Att-sats 2: " + A2),
        ("h1", "Konsekvensbeskrivning"),
        ("p", "Ekonomi: Bortfallet av avgifter, 1,1 miljoner kronor per år, täcks av statsbidrag under "
              "2018–2020. Därefter behöver frågan prövas i budgetarbetet."),
        ("p", "Barnkonsekvenser: Förslaget ökar barns lika rätt till kulturell verksamhet (artikel 31 "
              "i barnkonventionen)."),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion 2017-03-01\nTjänsteutlåtande 2017-05-15"),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Kommunfullmäktige\nKulturskolan"),
        ("empty",),
        ("p", "Nils Ottosson\nKulturskolechef"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_S, MUNI, "Kultur- och utbildningsnämnden", "2017-05-15",
                   officer="Nils Ottosson", authors=AUTHORS, clauses=CLAUSES,
                   comments=[(1, A1), (2, A2)],
                   decision=decision("bifall", True, "Motionen bifalls.")),
}

kf = {
    "stem": "forsby-ku-2017-91_3_kf-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KF 2017-09-25 § 70", "core_author": "Hanna Ljungqvist",
    "header": protocol_header(MUNI, "Kommunfullmäktige", "2017-09-25"),
    "footer": [SIG],
    "blocks": [
        ("p", "§ 70", {"bold": True}),
        ("p", f"Dnr {DNR}"),
        ("h1", TITLE_S),
        ("h2", "Ärendebeskrivning"),
        ("p", "Lena Holm (V) har i en motion föreslagit att kommunfullmäktige beslutar"),
        ("bullets", CLAUSES),
        ("p", "Kultur- och utbildningsnämnden föreslår den 12 juni 2017, § 44, att motionen bifalls. "
              "Kommunstyrelsen har den 4 september 2017, § 133, ställt sig bakom nämndens förslag."),
        ("h2", "Beslutsunderlag"),
        ("p", "Kommunstyrelsens protokoll 2017-09-04, § 133\nKultur- och utbildningsnämndens protokoll "
              "2017-06-12, § 44\nTjänsteutlåtande 2017-05-15, Bilaga 1 till § 70"),
        ("h2", "Yrkanden"),
        ("p", "Lena Holm (V), Erik Sandberg (S) och Johanna Ek (C) yrkar bifall till motionen."),
        ("h2", "Kommunfullmäktiges beslut"),
        ("p", "Motionen bifalls."),
        ("h2", "Skickas till"),
        ("p", "Kultur- och utbildningsnämnden\nKommunstyrelsen\nLena Holm (V)"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_S, MUNI, "KF", "2017-09-25",
                   authors=AUTHORS, clauses=CLAUSES, decision=decision("bifall", False, "Motionen bifalls.")),
}

DOCS = [motion, svar, kf]
