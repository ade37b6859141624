"""Case alvdala-ks-20-45: motion declared answered (besvarad). Dnr with a
two-digit year ("KS 20/45"), Word numbering "1.", comments by ordinal
("Den första att-satsen ..."), page header as a table holding the Dnr, and a
KF extract that refers to "§ 63/20" and "Bilaga 1 till § 45"."""
from .common import SIG, truth, decision, protocol_header, officer_block

MUNI = "Älvdala kommun"
DNR = "KS 20/45"
KEY = "KS 2020/45"
AUTHORS = [("Eva Lindqvist", "L")]

C1 = ("att kommunen bygger ut antalet publika laddplatser vid kommunens anläggningar till minst 40 "
      "stycken till utgången av 2022")
C2 = "att laddplatser med snabbladdning anordnas vid resecentrum i Älvdala och vid busstorget i Byn"
C3 = "att kommunen tar fram riktlinjer för laddning av privata elbilar vid kommunala arbetsplatser"
CLAUSES = [C1, C2, C3]

TITLE_M = "Motion om fler laddstolpar för elbilar i Älvdala"
TITLE_S = "Förslag till svar på motion om fler laddstolpar för elbilar i Älvdala"
TITLE_P = "Svar på motion om fler laddstolpar för elbilar i Älvdala"

motion = {
    "stem": "alvdala-ks-20-45_1_motion",
    "format": "docx",
    "core_title": TITLE_M, "core_author": "Eva Lindqvist",
    "header": ["Liberalerna Älvdala\t\tMotion"],
    "blocks": [
        ("p", f"Dnr {DNR}", {"align": "right"}),
        ("title", TITLE_M),
        ("p", "Till kommunfullmäktige"),
        ("p", "Antalet laddbara bilar i Älvdala kommun har fördubblats på två år. Enligt Trafikanalys "
              "fanns vid årsskiftet 412 laddbara personbilar registrerade i kommunen. Samtidigt finns "
              "bara elva publika laddplatser, varav ingen med snabbladdning. För den som saknar egen "
              "uppfart eller bor i flerbostadshus är bristen på laddplatser ett verkligt hinder för att "
              "byta till en elbil."),
        ("p", "Kommunen har en viktig roll som föregångare. Genom att bygga laddplatser vid sina egna "
              "anläggningar kan kommunen dessutom få del av statligt stöd via Klimatklivet."),
        ("p", "Jag föreslår att kommunfullmäktige beslutar"),
        ("numlist", "decimal_dot", CLAUSES),
        ("empty",),
        ("p", "Älvdala 2020-01-20"),
        ("empty",),
        ("p", "Eva Lindqvist (L)"),
        ("p", "Liberalerna"),
    ],
    "truth": truth("motion", DNR, KEY, TITLE_M, MUNI, "KF", "2020-01-20",
                   authors=AUTHORS, clauses=CLAUSES),
}

CM1 = ("Den första att-satsen om 40 publika laddplatser ligger i linje med den plan för laddinfrastruktur "
       "som kommunstyrelsen antog i november 2019. Planen innebär att 32 platser byggs under 2020–2021 "
       "med stöd från Klimatklivet och att behovet därefter följs upp. Förvaltningen bedömer att "
       "att-satsen därmed i huvudsak är tillgodosedd.")
CM2 = ("Den andra att-satsen gäller snabbladdning. Marken vid resecentrum i Älvdala ägs av kommunen och "
       "en snabbladdare ingår i planen för 2021. Vid busstorget i Byn äger Trafikverket marken och "
       "förvaltningen har inlett en dialog om en gemensam lösning.")
CM3 = ("Den tredje att-satsen om riktlinjer för laddning vid arbetsplatser hanteras i den översyn av "
       "kommunens resepolicy som pågår och som beräknas vara klar under hösten 2020.")

svar = {
    "stem": "alvdala-ks-20-45_2_svar",
    "format": "docx",
    "core_title": TITLE_S, "core_author": "Jonas Hedlund",
    "header": [("table", [[MUNI, "FÖRSLAG TILL SVAR", "Sida {PAGE} ({NUMPAGES})"],
                          ["Tekniska förvaltningen", "2020-03-02", DNR]],
                {"widths_cm": [7.4, 5.0, 4.0]})],
    "blocks": [
        officer_block("Jonas Hedlund", "miljöstrateg", "0251-180 44", "jonas.hedlund@alvdala.se"),
        ("p", "Kommunstyrelsen", {"bold": True}),
        ("title", TITLE_S),
        ("h1", "Förslag till beslut"),
        ("p", "Motionen anses besvarad."),
        ("h1", "Ärendet i korthet"),
        ("p", "Eva Lindqvist (L) har lämnat en motion om fler laddstolpar för elbilar. Flera av motionens "
              "förslag genomförs redan enligt kommunens plan för laddinfrastruktur. Förvaltningen föreslår "
              "därför att motionen anses besvarad."),
        ("h1", "Bakgrund"),
        ("p", "Motionären föreslår att kommunfullmäktige beslutar"),
        ("numlist", "decimal_dot", CLAUSES),
        ("p", "Kommunstyrelsen antog den 12 november 2019 en plan för laddinfrastruktur 2020–2023. "
              "Kommunen har beviljats 1,2 miljoner kronor från Klimatklivet för etapp 1."),
        ("h1", "Bedömning"),
        ("p", CM1),
        ("p", CM2),
        ("p", CM3),
        ("h1", "Konsekvensbeskrivning"),
        ("p", "Ekonomi: Etapp 1 av planen finansieras inom tekniska förvaltningens investeringsram och "
              "med statligt stöd. Svaret på motionen medför inga ytterligare kostnader."),
        ("p", "Miljö: Fler laddplatser underlättar omställningen till fossilfria transporter."),
        ("p", "Barnrätt: Ärendet bedöms inte ha någon direkt påverkan på barn."),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Eva Lindqvist (L), 2020-01-20\nFörslag till svar, 2020-03-02\n"
              "Plan för laddinfrastruktur 2020–2023"),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Kommunfullmäktige\nTekniska förvaltningen"),
        ("empty",),
        ("p", "Jonas Hedlund\nMiljöstrateg"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_S, MUNI, "KS", "2020-03-02", officer="Jonas Hedlund",
                   authors=AUTHORS, clauses=CLAUSES,
                   comments=[(1, CM1), (2, CM2), (3, CM3)],
                   decision=decision("besvarad", True, "Motionen anses besvarad.")),
}

ks = {
    "stem": "alvdala-ks-20-45_3_ks-protokoll",
    "format": "docx", "font": "Garamond", "size": 12,
    "core_title": "Protokollsutdrag KS 2020-04-14 § 63", "core_author": "Therese Mårtensson",
    "header": protocol_header(MUNI, "Kommunstyrelsen", "2020-04-14"),
    "footer": [SIG],
    "blocks": [
        ("p", "§ 63", {"bold": True}),
        ("p", f"Dnr {DNR}"),
        ("h1", TITLE_P),
        ("h2", "Ärendebeskrivning"),
        ("p", "Eva Lindqvist (L) har i en motion föreslagit att kommunfullmäktige beslutar"),
        ("bullets", CLAUSES),
        ("p", "Tekniska förvaltningen redovisar i sitt förslag till svar att laddplatser byggs ut enligt "
              "kommunens plan för laddinfrastruktur och föreslår att motionen anses besvarad."),
        ("h2", "Beslutsunderlag"),
        ("p", "Förslag till svar, 2020-03-02\nMotion från Eva Lindqvist (L), 2020-01-20"),
        ("h2", "Kommunstyrelsens förslag till kommunfullmäktige"),
        ("p", "Motionen anses besvarad."),
        ("h2", "Skickas till"),
        ("p", "Kommunfullmäktige"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_P, MUNI, "KS", "2020-04-14",
                   authors=AUTHORS, clauses=CLAUSES,
                   decision=decision("besvarad", True, "Motionen anses besvarad.")),
}

kf = {
    "stem": "alvdala-ks-20-45_4_kf-protokoll",
    "format": "docx", "font": "Garamond", "size": 12,
    "core_title": "Protokollsutdrag KF 2020-05-25 § 45", "core_author": "Therese Mårtensson",
    "header": protocol_header(MUNI, "Kommunfullmäktige", "2020-05-25"),
    "footer": [SIG],
    "blocks": [
        ("p", "§ 45", {"bold": True}),
        ("p", f"Dnr {DNR}"),
        ("h1", TITLE_P),
        ("h2", "Ärendebeskrivning"),
        ("p", "Eva Lindqvist (L) har lämnat en motion om fler laddstolpar för elbilar i Älvdala. "
              "Kommunstyrelsen har berett ärendet och föreslår att motionen anses besvarad, eftersom "
              "laddplatser byggs ut enligt den plan för laddinfrastruktur som antogs 2019."),
        ("h2", "Beslutsunderlag"),
        ("p", "Kommunstyrelsens beslut § 63/20\nFörslag till svar 2020-03-02, Bilaga 1 till § 45\n"
              "Motion från Eva Lindqvist (L), 2020-01-20"),
        ("h2", "Yrkanden"),
        ("p", "Eva Lindqvist (L) tackar för svaret och yrkar bifall till kommunstyrelsens förslag."),
        ("h2", "Kommunfullmäktiges beslut"),
        ("p", "Motionen anses besvarad."),
        ("h2", "Skickas till"),
        ("p", "Kommunstyrelsen\nTekniska förvaltningen\nEva Lindqvist (L)"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_P, MUNI, "KF", "2020-05-25",
                   authors=AUTHORS, clauses=[],
                   decision=decision("besvarad", False, "Motionen anses besvarad.")),
}

DOCS = [motion, svar, ks, kf]
