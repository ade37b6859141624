"""Case bergsjo-ka-2013-198: motion with tracked changes inside a clause
(w:del "snarast", w:ins "under 2014"), signed by three names on separate
lines followed by one "(fp)"; an answer with per-clause outcome ("Att-sats 1
bifalls, att-sats 2 avslås.") and a corrected version of the same answer
(_svar_v2) with a changed comment on clause 2. Dnr form "KA 2013/198"."""
from .common import truth, decision, officer_block, footer_pages

MUNI = "Bergsjö kommun"
DNR = "KA 2013/198"
KEY = "KA 2013/198"
AUTHORS = [("Anders Holm", "fp"), ("Lisa Strand", "fp"), ("Kjell Eriksson", "fp")]

C1 = "att kommunen under 2014 startar en fritidsbank i samverkan med föreningslivet"
C1_RUNS = [("t", "att kommunen "), ("del", "snarast "), ("ins", "under 2014 "),
           ("t", "startar en fritidsbank i samverkan med föreningslivet")]
C2 = "att fritidsbanken placeras i Folkets hus i centrala Bergsjö"
CLAUSES = [C1, C2]
TITLE_M = "Motion om en fritidsbank i Bergsjö"
TITLE_S = "Svar på motion om en fritidsbank i Bergsjö"

motion = {
    "stem": "bergsjo-ka-2013-198_1_motion",
    "format": "docx",
    "tracked": True,
    "core_title": TITLE_M, "core_author": "Anders Holm",
    "header": [f"Folkpartiet liberalerna i Bergsjö\t\t{DNR}"],
    "blocks": [
        ("title", TITLE_M),
        ("p", "Till kommunfullmäktige i Bergsjö kommun"),
        ("p", "En fritidsbank fungerar som ett bibliotek för sport- och fritidsutrustning. Den som vill "
              "prova på skidåkning, skridskor, fiske eller friluftsliv kan låna utrustning gratis i upp "
              "till två veckor. Utrustningen skänks av privatpersoner och företag och lagas vid behov."),
        ("p", "I Bergsjö växer många barn upp i familjer där det inte finns råd att köpa ny utrustning "
              "varje säsong. En fritidsbank ger fler barn möjlighet till en aktiv fritid och bidrar "
              "samtidigt till återbruk."),
        ("p", "Vi föreslår att kommunfullmäktige beslutar"),
        ("numlist", "dash", [("runs", C1_RUNS), C2]),
        ("empty",),
        ("p", "Bergsjö 2013-05-06"),
        ("empty",),
        ("p", "Anders Holm", {"space_after": 0}),
        ("p", "Lisa Strand", {"space_after": 0}),
        ("p", "Kjell Eriksson", {"space_after": 0}),
        ("p", "(fp)"),
    ],
    "truth": truth("motion", DNR, KEY, TITLE_M, MUNI, "KF", "2013-05-06",
                   authors=AUTHORS, clauses=CLAUSES),
}

K1 = ("en fritidsbank kan starta under 2014 inom fritidsenhetens budget. Ett samarbetsavtal med "
      "Bergsjö IF och Friluftsfrämjandet är under utarbetande.")
K2_V1 = ("Folkets hus saknar lämpliga förrådsutrymmen och lokalen är uthyrd till och med 2016. "
         "Förvaltningen föreslår att att-satsen avslås och att fritidsbanken i stället placeras i "
         "fritidsgårdens lokaler.")
K2_V2 = ("Folkets hus har lediga förrådslokaler i källarplanet, men hyresavtalet med föreningen Folkets "
         "hus löper till och med 2016 och medger inte ändrad användning. Förvaltningen föreslår att "
         "att-satsen avslås och att fritidsbanken i stället placeras i fritidsgårdens lokaler.")
DEC = "Att-sats 1 bifalls, att-sats 2 avslås."
PER = [(1, "bifall"), (2, "avslag")]


def answer(stem, date, k2, revised_note=None):
    blocks = [
        ("table", [[MUNI, "Tjänsteskrivelse"],
                   ["Kultur- och fritidsavdelningen", f"Datum: {date}"],
                   ["Kommunstyrelsen", f"Dnr: {DNR}"]],
         {"widths_cm": [9.4, 7.0], "bold_first_row": True}),
        officer_block("Camilla Nord", "fritidskonsulent", "0652-162 30", "camilla.nord@bergsjo.se"),
    ]
    if revised_note:
        blocks.append(("p", revised_note, {"italic": True}))
    blocks += [
        ("title", TITLE_S),
        ("h1", "Förslag till beslut"),
        ("p", DEC),
        ("h1", "Ärendet i korthet"),
        ("p", "Anders Holm, Lisa Strand och Kjell Eriksson (fp) har lämnat en motion om att starta en "
              "fritidsbank i Bergsjö. Förvaltningen föreslår att kommunen startar en fritidsbank under "
              "2014 men i andra lokaler än de som motionärerna föreslår."),
        ("h1", "Bedömning"),
        ("bullets", [C1]),
        ("p", "Kommentar: " + K1),
        ("bullets", [C2]),
        ("p", "Kommentar: " + k2),
        ("h1", "Konsekvensbeskrivning"),
        ("p", "Ekonomi: Startkostnaden beräknas till 60 000 kronor och ryms i fritidsenhetens budget. "
              "Driften sker med personal från arbetsmarknadsenheten."),
        ("p", "Barnrätt: Förslaget ökar barns möjlighet till en aktiv fritid oberoende av familjens "
              "ekonomi (artikel 31 i barnkonventionen)."),
        ("h1", "Beslutsunderlag"),
        ("p", f"Motion 2013-05-06\nTjänsteskrivelse {date}"),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Kommunfullmäktige\nKultur- och fritidsavdelningen"),
        ("empty",),
        ("p", "Camilla Nord\nFritidskonsulent"),
    ]
    return {
        "stem": stem,
        "format": "docx",
        "core_title": TITLE_S, "core_author": "Camilla Nord",
        "header": [f"{MUNI}\t\tSida {{PAGE}} ({{NUMPAGES}})"],
        "footer": ["Bergsjö kommun, 820 70 Bergsjö, 0652-160 00, kommunen@bergsjo.se"],
        "blocks": blocks,
        "truth": truth("answer", DNR, KEY, TITLE_S, MUNI, "KS", date, officer="Camilla Nord",
                       authors=AUTHORS, clauses=CLAUSES, comments=[(1, K1), (2, k2)],
                       decision=decision("delvis_bifall", True, DEC, PER)),
    }


svar = answer("bergsjo-ka-2013-198_2_svar", "2013-09-16", K2_V1)
svar_v2 = answer("bergsjo-ka-2013-198_2_svar_v2", "2013-09-23", K2_V2,
                 "Reviderad version. Ersätter tjänsteskrivelse daterad 2013-09-16; kommentaren till "
                 "den andra att-satsen är korrigerad.")

DOCS = [motion, svar, svar_v2]
