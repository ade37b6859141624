"""Case norrviken-ks-2018-124: motion rejected (avslag) at KF after yrkanden,
propositionsordning, a vote and a reservation. Motion signed by two parties;
clauses as Word numbering "1)" starting with capital "Att"."""
from .common import SIG, truth, decision, protocol_header, officer_block, footer_pages

MUNI = "Norrvikens kommun"
DNR = "KS 2018/124"
KEY = "KS 2018/124"
AUTHORS = [("Karin Sjöberg", "V"), ("Olle Nyström", "MP")]

C1 = "Att kommunen inför avgiftsfria resor i kollektivtrafiken inom kommunen för personer som fyllt 75 år"
C2 = "Att avgiftsfriheten gäller dygnet runt, även under rusningstid"
C3 = "Att kostnaden finansieras inom kommunstyrelsens ram för 2019"
C4 = "Att ordningen utvärderas efter två år"
CLAUSES = [C1, C2, C3, C4]

TITLE_M = "Motion om avgiftsfria resor i kollektivtrafiken för personer över 75 år"
TITLE_S = "Svar på motion om avgiftsfria resor i kollektivtrafiken för personer över 75 år"

motion = {
    "stem": "norrviken-ks-2018-124_1_motion",
    "format": "docx",
    "core_title": TITLE_M, "core_author": "Karin Sjöberg",
    "header": ["Vänsterpartiet och Miljöpartiet de gröna i Norrviken"],
    "footer": footer_pages(),
    "blocks": [
        ("p", f"Dnr {DNR}", {"align": "right"}),
        ("p", "Till kommunfullmäktige i Norrvikens kommun"),
        ("title", TITLE_M),
        ("p", "Många äldre i Norrviken lever på små marginaler. En enkelresa med Länstrafiken inom "
              "kommunen kostar i dag 32 kronor och ett 30-dagarskort för pensionärer 495 kronor. För den "
              "som har garantipension blir bussen en av de första utgifterna att välja bort."),
        ("p", "Avgiftsfria resor för äldre finns redan i flera av länets kommuner. Erfarenheterna visar "
              "att fler äldre tar sig till vårdcentralen, biblioteket och föreningslivet på egen hand, "
              "samtidigt som behovet av färdtjänst minskar. Det bryter isolering och främjar hälsa."),
        ("p", "Vi föreslår därför att kommunfullmäktige beslutar:"),
        ("numlist", "decimal_paren", CLAUSES),
        ("empty",),
        ("p", "Norrviken 2018-04-16"),
        ("empty",),
        ("p", "Karin Sjöberg (V)"),
        ("p", "Olle Nyström (MP)"),
    ],
    "truth": truth("motion", DNR, KEY, TITLE_M, MUNI, "KF", "2018-04-16",
                   authors=AUTHORS, clauses=CLAUSES),
}

CM1 = ("Att-sats 1 gäller själva reformen. Länstrafiken har på förvaltningens begäran beräknat kostnaden "
       "för avgiftsfria resor för personer över 75 år till cirka 2,4 miljoner kronor per år, varav "
       "merparten är uteblivna biljettintäkter som kommunen måste ersätta. Förvaltningen bedömer att "
       "kostnaden inte ryms i kommunstyrelsens ram och att pengarna gör större nytta i färdtjänsten och "
       "den kommunala seniorverksamheten. Att-satsen föreslås avslås.")
CM234 = ("Att-sats 2, 3 och 4 förutsätter att den första att-satsen bifalls. Eftersom förvaltningen "
         "föreslår att den avslås faller även dessa att-satser.")

svar = {
    "stem": "norrviken-ks-2018-124_2_tjansteutlatande",
    "format": "docx",
    "core_title": TITLE_S, "core_author": "Sofia Nilsson",
    "header": [f"{MUNI}\t\tSida {{PAGE}} ({{NUMPAGES}})"],
    "footer": ["Samhällsbyggnadsförvaltningen · Torget 1 · 872 80 Norrviken · 0611-34 80 00"],
    "blocks": [
        ("table", [[MUNI, "TJÄNSTEUTLÅTANDE"],
                   ["Samhällsbyggnadsförvaltningen", "Datum: 2019-02-11"],
                   ["", f"Dnr {DNR}"]],
         {"widths_cm": [9.4, 7.0], "bold_first_row": True}),
        officer_block("Sofia Nilsson", "trafikplanerare", "0611-34 82 10", "sofia.nilsson@norrviken.se"),
        ("p", "Kommunstyrelsen", {"bold": True}),
        ("title", TITLE_S),
        ("h1", "Förslag till beslut"),
        ("p", "Motionen avslås."),
        ("h1", "Sammanfattning"),
        ("p", "Karin Sjöberg (V) och Olle Nyström (MP) föreslår i en motion att kommunen inför avgiftsfria "
              "resor i kollektivtrafiken för personer som fyllt 75 år. Förvaltningen bedömer att reformen "
              "skulle kosta omkring 2,4 miljoner kronor per år och föreslår att motionen avslås."),
        ("h1", "Bakgrund"),
        ("p", "Motionen inkom den 16 april 2018 och anmäldes i kommunfullmäktige den 28 maj 2018. "
              "Motionärerna föreslår att kommunfullmäktige beslutar:"),
        ("numlist", "decimal_paren", CLAUSES),
        ("p", "Kollektivtrafiken i länet ansvarar regionen för som regional kollektivtrafikmyndighet. "
              "Kommunen kan besluta om egna rabatter men måste då ersätta regionen för uteblivna "
              "intäkter. Sedan 2016 har pensionärer i kommunen rätt till reducerat pris på periodkort."),
        ("h1", "Bedömning"),
        ("p", CM1),
        ("p", CM234),
        ("h1", "Konsekvensbeskrivning"),
        ("p", "Ekonomiska konsekvenser: Ett bifall skulle kräva ett tillskott om cirka 2,4 miljoner kronor "
              "per år, som i dag saknar finansiering."),
        ("p", "Social hållbarhet: Avgiftsfria resor kan minska ofrivillig ensamhet bland äldre. "
              "Motsvarande effekt kan nås med riktade insatser i seniorverksamheten till lägre kostnad."),
        ("p", "Barnkonsekvenser: Förslaget berör inte barn direkt."),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion 2018-04-16\nTjänsteutlåtande 2019-02-11"),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Kommunfullmäktige\nSamhällsbyggnadsförvaltningen"),
        ("empty",),
        ("p", "Per Almgren\nSamhällsbyggnadschef"),
        ("p", "Sofia Nilsson\nTrafikplanerare"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_S, MUNI, "KS", "2019-02-11", officer="Sofia Nilsson",
                   authors=AUTHORS, clauses=CLAUSES,
                   comments=[(1, CM1), (2, CM234), (3, CM234), (4, CM234)],
                   decision=decision("avslag", True, "Motionen avslås.")),
}

ks = {
    "stem": "norrviken-ks-2018-124_3_ks-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KS 2019-04-08 § 56", "core_author": "Ida Berglund",
    "header": protocol_header(MUNI, "Kommunstyrelsen", "2019-04-08", table=False),
    "footer": ["Utdragsbestyrkande"],
    "blocks": [
        ("p", "§ 56", {"bold": True}),
        ("h1", TITLE_S),
        ("p", f"Dnr {DNR}"),
        ("h2", "Ärendebeskrivning"),
        ("p", "Karin Sjöberg (V) och Olle Nyström (MP) har lämnat en motion med följande förslag:"),
        ("p", "1) " + C1),
        ("p", "2) " + C2),
        ("p", "3) " + C3),
        ("p", "4) " + C4),
        ("p", "Samhällsbyggnadsförvaltningen föreslår i tjänsteutlåtande den 11 februari 2019 att motionen "
              "avslås med hänvisning till kostnaden."),
        ("h2", "Beslutsunderlag"),
        ("p", "Tjänsteutlåtande 2019-02-11\nMotion 2018-04-16"),
        ("h2", "Yrkanden"),
        ("p", "Lars Granberg (S) yrkar bifall till förvaltningens förslag."),
        ("p", "Helena Ruth (V) yrkar bifall till motionen."),
        ("h2", "Propositionsordning"),
        ("p", "Ordföranden ställer proposition på förvaltningens förslag mot Helena Ruths yrkande och "
              "finner att kommunstyrelsen beslutar enligt förvaltningens förslag."),
        ("h2", "Kommunstyrelsens förslag till kommunfullmäktige"),
        ("p", "Motionen avslås."),
        ("h2", "Reservation"),
        ("p", "Helena Ruth (V) reserverar sig mot beslutet."),
        ("h2", "Skickas till"),
        ("p", "Kommunfullmäktige"),
        ("empty",),
        SIG,
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_S, MUNI, "KS", "2019-04-08",
                   authors=AUTHORS, clauses=CLAUSES,
                   decision=decision("avslag", True, "Motionen avslås.")),
}

# the KF extract retells only the first att-sats (issue 11 convention: a retold clause)
R1 = "att kommunen inför avgiftsfria resor i kollektivtrafiken för personer som fyllt 75 år"

kf = {
    "stem": "norrviken-ks-2018-124_4_kf-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KF 27 maj 2019 § 78", "core_author": "Ida Berglund",
    "header": protocol_header(MUNI, "Kommunfullmäktige", "27 maj 2019"),
    "footer": [SIG],
    "blocks": [
        ("p", "§ 78", {"bold": True}),
        ("h1", TITLE_S),
        ("p", f"Dnr {DNR}"),
        ("h2", "Ärendebeskrivning"),
        ("p", "Karin Sjöberg (V) och Olle Nyström (MP) har i en motion den 16 april 2018 föreslagit "
              f"{R1}. "
              "Motionen innehåller fyra att-satser om införande, giltighet, finansiering och utvärdering."),
        ("p", "Kommunstyrelsen har den 8 april 2019, § 56, föreslagit att motionen avslås."),
        ("h2", "Beslutsunderlag"),
        ("p", "Kommunstyrelsens protokoll 2019-04-08, § 56\nTjänsteutlåtande 2019-02-11\nMotion 2018-04-16"),
        ("h2", "Yrkanden"),
        ("p", "Karin Sjöberg (V) yrkar bifall till motionen."),
        ("p", "Anneli Forsberg (C) instämmer i Karin Sjöbergs yrkande."),
        ("p", "Lars Granberg (S) och Åsa Melin (M) yrkar bifall till kommunstyrelsens förslag."),
        ("h2", "Propositionsordning"),
        ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag och Karin Sjöbergs (V) yrkande "
              "och finner att kommunfullmäktige har bifallit kommunstyrelsens förslag. Votering begärs."),
        ("h2", "Voteringsproposition"),
        ("p", "Kommunfullmäktige godkänner följande voteringsproposition: Den som bifaller "
              "kommunstyrelsens förslag röstar ja. Den som bifaller Karin Sjöbergs yrkande röstar nej."),
        ("h2", "Omröstningsresultat"),
        ("p", "Med 29 ja-röster mot 12 nej-röster, 0 som avstår och 4 frånvarande beslutar "
              "kommunfullmäktige enligt kommunstyrelsens förslag. Hur var och en har röstat framgår av "
              "Bilaga 2, voteringslista."),
        ("h2", "Kommunfullmäktiges beslut"),
        ("p", "Motionen avslås."),
        ("h2", "Reservation"),
        ("p", "Karin Sjöberg (V), Olle Nyström (MP) och Anneli Forsberg (C) reserverar sig mot beslutet "
              "till förmån för Karin Sjöbergs yrkande."),
        ("h2", "Skickas till"),
        ("p", "Kommunstyrelsen\nSamhällsbyggnadsförvaltningen\nMotionärerna"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_S, MUNI, "KF", "2019-05-27",
                   authors=AUTHORS, clauses=[R1],
                   decision=decision("avslag", False, "Motionen avslås.")),
}

DOCS = [motion, svar, ks, kf]
