"""hedsund-kf-2024-09-23_protokoll: Hedsunds kommun, kommunfullmäktige 2024-09-23,
§§ 85-98 (14 §, 16 items).

Layout: cover page (form table, underskrifter, anslag/bevis), närvarolista (table of 49
seats with tjänstgörande ersättare), then each § as Heading 2 "§ 87<TAB>Rubrik" with
"Dnr KS 2024/00xxx" on the next line (five-digit zero-padded serial); bold run-in
labels; running head "Hedsunds kommun | SAMMANTRÄDESPROTOKOLL | Sida n (m)" and
"Kommunfullmäktige | 2024-09-23", signature box in the footer.

§ 88 raises three motions, one of them the existing sample case
hedsund-ks-2024-173 ("Motion om trygga skolvägar", Kerstin Ahl (S)); § 89 raises one
medborgarförslag; § 90 bifall, § 91 avslag after votering (full voting list,
reservation), § 92 anses besvarad; interpellation, fråga, two val, a taxa with a
table, a sammanträdesplan.
"""
from common import SIG, cover, dec, grid, item, keep_all, label, lines, protocol_truth, roster, \
    party_order, vote_rows

MUNI = "Hedsunds kommun"
DATE = "2024-09-23"
BODY = "Kommunfullmäktige"
PARTIES = ["S", "M", "SD", "C", "V", "KD", "L", "MP"]
SEATS = {"S": 15, "M": 11, "SD": 9, "C": 5, "V": 3, "KD": 2, "L": 2, "MP": 2}

ORDF = ("Bengt Sjölander", "M")
AHL = ("Kerstin Ahl", "S")
LUND = ("Roger Lund", "S")
NYQVIST = ("Anders Nyqvist", "V")
ROSEN = ("Maja Rosén", "MP")
OHMAN = ("Elisabeth Öhman", "M")
SANDIN = ("Per Sandin", "M")
WENNBERG = ("Lars Wennberg", "C")
HOLM = ("Jenny Holm", "L")
FORS = ("Annelie Fors", "KD")
WIKLUND = ("Göran Wiklund", "S")
EKDAHL = ("Mona Ekdahl", "S")
KARLBERG = ("Tommy Karlberg", "SD")
BRANDT = ("Ulrika Brandt", "C")
FIXED = [ORDF, AHL, LUND, NYQVIST, ROSEN, OHMAN, SANDIN, WENNBERG, HOLM, FORS, WIKLUND,
         EKDAHL, KARLBERG, BRANDT]
MEMBERS = party_order(roster(SEATS, FIXED, seed=923), PARTIES)
# absent members and their tjänstgörande ersättare
_FREE = [m for m in MEMBERS if m not in FIXED]
SUBS = {_FREE[2][0]: "Eva Hallberg", _FREE[16][0]: "Kent Åhlin", _FREE[27][0]: "Sofia Ringdahl"}
SITTING = [(SUBS.get(n, n), p) for n, p in MEMBERS]


def pn(person):
    return f"{person[0]} ({person[1]})"


# ---------------------------------------------------------------- § 88 motions raised
M1_T, M1_DNR, M1_KEY = "Motion om trygga skolvägar", "KS 2024/00173", "KS 2024/173"
M2_T, M2_DNR, M2_KEY = ("Motion om solceller på kommunens förskolor och skolor",
                        "KS 2024/00176", "KS 2024/176")
M3_T, M3_DNR, M3_KEY = ("Motion om längre öppettider på fritidsgården i Norrby",
                        "KS 2024/00181", "KS 2024/181")
OVERL_M = "Motionerna överlämnas till kommunstyrelsen för beredning."
# clauses retold in the descriptions (issue 11 convention)
C88_1 = ["att kommunen kartlägger skolvägarna till samtliga grundskolor"]
C88_2 = ["att solceller installeras på alla förskolor och skolor som får nytt tak under de "
         "kommande fem åren"]
C88_3 = ["att fritidsgården i Norrby håller öppet även fredag och lördag kväll"]

# ---------------------------------------------------------------- § 89 medborgarförslag
MB_T, MB_DNR, MB_KEY = ("Medborgarförslag om en inhägnad hundrastgård i Tallåsen",
                        "KS 2024/00179", "KS 2024/179")
MB_NAME = "Ingrid Mårtensson"
OVERL_MB = "Medborgarförslaget överlämnas till kommunstyrelsen för beredning."

# ---------------------------------------------------------------- § 90 bifall
T90 = "Svar på motion om fler laddplatser vid kommunens besöksparkeringar"
DNR90, KEY90 = "KS 2023/00342", "KS 2023/342"
C90 = ["att kommunen senast 2026 bygger minst 20 publika laddplatser vid kommunhuset, "
       "simhallen och biblioteket",
       "att laddplatserna ska kunna betalas med kort eller mobil utan medlemskap hos en "
       "laddoperatör"]
D90 = "Motionen bifalls."

# ---------------------------------------------------------------- § 91 avslag after vote
T91 = "Svar på motion om avgiftsfria sommarbussar för ungdomar"
DNR91, KEY91 = "KS 2024/00022", "KS 2024/22"
C91 = ["att alla ungdomar mellan 13 och 19 år som är folkbokförda i Hedsund ska få åka "
       "avgiftsfritt med kollektivtrafiken under sommarlovet"]
D91 = "Motionen avslås."

# ---------------------------------------------------------------- § 92 besvarad
T92 = "Svar på motion om fler ängsytor i kommunens parker"
DNR92, KEY92 = "KS 2024/00034", "KS 2024/34"
C92 = ["att kommunen ställer om delar av de klippta gräsmattorna i stadsparken och Norrbyparken "
       "till ängsmark för att gynna pollinerande insekter"]
D92 = "Motionen anses besvarad."

# ---------------------------------------------------------------- other §
T85 = "Val av justerare och tid för justering"
T86 = "Godkännande av dagordning"
T87 = "Meddelanden"
T88 = "Anmälan av motioner"
T89 = "Anmälan av medborgarförslag"
T93 = "Interpellation från Göran Wiklund (S) om väntetider till särskilt boende"
DNR93, KEY93 = "KS 2024/00168", "KS 2024/168"
T94 = "Fråga från Mona Ekdahl (S) om belysningen på gång- och cykelvägen i Tallåsen"
T95 = "Val av ersättare i barn- och utbildningsnämnden"
DNR95, KEY95 = "KS 2024/00015", "KS 2024/15"
T96 = "Entledigande från uppdrag som ledamot i kommunfullmäktige"
DNR96, KEY96 = "KS 2024/00015", "KS 2024/15"
T97 = "Renhållningstaxa 2025"
DNR97, KEY97 = "KS 2024/00128", "KS 2024/128"
T98 = "Sammanträdesplan för kommunfullmäktige 2025"
DNR98, KEY98 = "KS 2024/00190", "KS 2024/190"

VOTE91, COUNT91 = vote_rows(SITTING, {"S": "Nej", "V": "Nej", "MP": "Nej", "M": "Ja", "SD": "Ja",
                                      "C": "Ja", "L": "Ja", "KD": "Avstår"})


def h(no, title):
    return ("h2", f"§ {no}\t{title}")


def dnr(d):
    return ("p", f"Dnr {d}")


def attendance():
    rows = [["Ledamot", "Parti", "Närvarande", "Tjänstgörande ersättare"]]
    for n, p in MEMBERS:
        if n in SUBS:
            rows.append([n, p, "–", SUBS[n]])
        else:
            rows.append([n, p, "X", ""])
    return grid(rows, [5.6, 1.8, 2.6, 6.4])


BLOCKS = [
    ("p", "SAMMANTRÄDESPROTOKOLL", {"bold": True, "size": 16}),
    ("p", "Kommunfullmäktige", {"size": 13}),
    ("p", "Sammanträdesdatum 2024-09-23"),
    ("empty",),
    cover([
        ["Plats och tid", "Hedsundssalen, kommunhuset, Rådhusgatan 2, Hedsund\n"
                          "måndagen den 23 september 2024 kl. 18.00–21.35"],
        ["Beslutande", "Ledamöter och tjänstgörande ersättare enligt närvarolistan"],
        ["Övriga närvarande", "Helén Strand, kommunsekreterare\nJohan Ekman, kommundirektör\n"
                              "Sara Lindh, ekonomichef, §§ 85–92"],
        ["Utses att justera", "Elisabeth Öhman (M) och Roger Lund (S)"],
        ["Justeringens plats och tid", "Kommunkansliet, måndagen den 30 september 2024 kl. 15.00"],
        ["Paragrafer", "§§ 85–98"],
    ]),
    ("p", "Underskrifter", {"bold": True}),
    cover([
        ["Sekreterare", "..............................................\nHelén Strand"],
        ["Ordförande", "..............................................\nBengt Sjölander"],
        ["Justerande", "..............................................\nElisabeth Öhman\n\n"
                       "..............................................\nRoger Lund"],
    ]),
    ("p", "ANSLAG/BEVIS", {"bold": True}),
    ("p", "Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens "
          "digitala anslagstavla."),
    cover([
        ["Organ", "Kommunfullmäktige"],
        ["Sammanträdesdatum", "2024-09-23"],
        ["Anslaget sätts upp", "2024-10-01"],
        ["Anslaget tas ned", "2024-10-23"],
        ["Förvaringsplats för protokollet", "Kommunkansliet, kommunhuset"],
        ["Underskrift", "..............................................\nHelén Strand"],
    ]),
    ("page_break",),
    ("p", "Närvarolista", {"bold": True, "size": 13}),
    ("p", "Kommunfullmäktige har 49 ledamöter. Vid uppropet är 46 ledamöter och 3 tjänstgörande "
          "ersättare närvarande."),
    attendance(),
    ("p", "Närvarande ersättare utan tjänstgöring: Hanna Vikström (S), Oskar Lindgren (M), "
          "Britt Palm (SD), Leif Åström (C)."),
    ("page_break",),

    # § 85
    h(85, T85),
    label("Kommunfullmäktiges beslut"),
    ("p", "Kommunfullmäktige utser Elisabeth Öhman (M) och Roger Lund (S) att jämte ordföranden "
          "justera dagens protokoll. Justeringen sker på kommunkansliet måndagen den "
          "30 september 2024 kl. 15.00."),

    # § 86
    h(86, T86),
    label("Kommunfullmäktiges beslut"),
    ("p", "Dagordningen godkänns med den ändringen att ärendet om sammanträdesplan för 2025 "
          "behandlas sist."),
    label("Ärendebeskrivning"),
    ("p", "Ordföranden meddelar att kallelsen har skickats ut och kungjorts i laga ordning. "
          "Ordföranden föreslår att ärendet om sammanträdesplan för 2025 flyttas till slutet av "
          "dagordningen, eftersom kommunstyrelsens förslag kompletterades efter utskicket."),

    # § 87
    h(87, T87),
    ("p", "Dnr KS 2024/00009"),
    label("Ärendebeskrivning"),
    ("p", "Följande meddelanden redovisas för kommunfullmäktige:"),
    ("bullets", [
        "Länsstyrelsen i Västernorrlands län, beslut 2024-08-19 om ny sammanräkning efter "
        "Oskar Melin (SD)",
        "Revisorernas granskning av kommunens arbete med intern kontroll, rapport 2024-08-30",
        "Kommunstyrelsens protokoll 2024-08-26, § 131, Uppföljning av bifallna motioner",
        "Överförmyndarnämndens verksamhetsberättelse 2023",
    ]),
    label("Kommunfullmäktiges beslut"),
    ("p", "Meddelandena läggs till handlingarna."),

    # § 88 (the motions raised)
    h(88, T88),
    dnr(M1_DNR), dnr(M2_DNR), dnr(M3_DNR),
    label("Ärendebeskrivning"),
    ("p", "Sedan förra sammanträdet har följande motioner lämnats in till kommunfullmäktige."),
    ("p", M1_T, {"bold": True, "keep_next": True}),
    ("p", f"{pn(AHL)}, inlämnad 2024-09-02, Dnr {M1_DNR}. Motionären föreslår bland annat "
          f"{C88_1[0]}."),
    ("p", M2_T, {"bold": True, "keep_next": True}),
    ("p", f"{pn(ROSEN)}, inlämnad 2024-09-05, Dnr {M2_DNR}. Motionären föreslår "
          f"{C88_2[0]}."),
    ("p", M3_T, {"bold": True, "keep_next": True}),
    ("p", f"{pn(OHMAN)} och {pn(SANDIN)}, inlämnad 2024-09-12, Dnr {M3_DNR}. Motionärerna "
          f"föreslår {C88_3[0]}."),
    label("Kommunfullmäktiges beslut"),
    ("p", OVERL_M),
    label("Expedieras till"),
    ("p", "Kommunstyrelsen\nMotionärerna"),

    # § 89
    h(89, T89),
    dnr(MB_DNR),
    label("Ärendebeskrivning"),
    ("p", f"{MB_NAME}, Tallåsen, har den 9 september 2024 lämnat in ett medborgarförslag: "
          f"{MB_T}. Förslagsställaren vill att kommunen iordningställer en inhägnad hundrastgård "
          "på grönytan vid Tallåsens bollplan."),
    ("p", "Enligt kommunfullmäktiges arbetsordning får fullmäktige överlåta åt kommunstyrelsen "
          "eller en nämnd att besluta i ärendet. Presidiet föreslår att medborgarförslaget "
          "bereds av kommunstyrelsen."),
    label("Kommunfullmäktiges beslut"),
    ("p", OVERL_MB),

    # § 90 bifall
    h(90, T90),
    dnr(DNR90),
    label("Ärendebeskrivning"),
    ("p", f"{pn(HOLM)} har i en motion, väckt i kommunfullmäktige 2023-10-16, § 112, föreslagit "
          "att kommunfullmäktige beslutar"),
    ("p", C90[0], {"indent_cm": 1.0}),
    ("p", C90[1], {"indent_cm": 1.0}),
    ("p", "Samhällsbyggnadsförvaltningen har i en tjänsteskrivelse bedömt att behovet av "
          "publika laddplatser är stort, framför allt vid simhallen där besökare stannar i flera "
          "timmar. Laddplatserna kan byggas inom ramen för kommunens investeringsbudget för "
          "2025 och 2026 och delvis finansieras med stöd från Naturvårdsverket. Förvaltningen "
          "föreslår att motionen bifalls."),
    ("p", "Kommunstyrelsen har 2024-08-26, § 127, föreslagit kommunfullmäktige besluta att "
          "motionen bifalls."),
    label("Beslutsunderlag"),
    ("bullets", ["Motion 2023-10-09", "Tjänsteskrivelse 2024-06-03",
                 "Kommunstyrelsens protokoll 2024-08-26, § 127"]),
    label("Yrkanden"),
    ("p", f"{pn(HOLM)}, {pn(WENNBERG)} och {pn(ROSEN)} yrkar bifall till kommunstyrelsens "
          "förslag."),
    label("Propositionsordning"),
    ("p", "Ordföranden frågar om kommunfullmäktige bifaller kommunstyrelsens förslag och finner "
          "att så är fallet."),
    label("Kommunfullmäktiges beslut"),
    ("p", D90),
    label("Expedieras till"),
    ("p", "Samhällsbyggnadsförvaltningen\nJenny Holm"),

    # § 91 avslag after votering
    h(91, T91),
    dnr(DNR91),
    label("Ärendebeskrivning"),
    ("p", f"{pn(NYQVIST)} har i en motion föreslagit {C91[0]}. Motionären pekar på att många unga på landsbygden saknar möjlighet att ta "
          "sig till sommarjobb och fritidsaktiviteter."),
    ("p", "Kommunledningsförvaltningen har beräknat kostnaden till cirka 1,4 miljoner kronor per "
          "sommar, baserat på erfarenheter från grannkommunerna. Förvaltningen konstaterar att "
          "kostnaden inte ryms i budgeten och att regionen, som är huvudman för "
          "kollektivtrafiken, redan erbjuder ett rabatterat sommarkort för ungdomar."),
    ("p", "Kommunstyrelsen har 2024-08-26, § 128, föreslagit kommunfullmäktige besluta att "
          "motionen avslås."),
    label("Beslutsunderlag"),
    ("bullets", ["Motion 2024-01-15", "Tjänsteskrivelse 2024-05-20",
                 "Kommunstyrelsens protokoll 2024-08-26, § 128"]),
    label("Yrkanden"),
    ("p", f"{pn(NYQVIST)} yrkar, med instämmande av {pn(AHL)} och {pn(ROSEN)}, bifall till "
          "motionen."),
    ("p", f"{pn(OHMAN)} yrkar, med instämmande av {pn(KARLBERG)} och {pn(BRANDT)}, bifall till "
          "kommunstyrelsens förslag."),
    label("Propositionsordning"),
    ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag och Anders Nyqvists "
          "yrkande och finner att kommunfullmäktige beslutar enligt kommunstyrelsens förslag. "
          "Votering begärs."),
    label("Voteringsproposition"),
    ("p", "Den som vill bifalla kommunstyrelsens förslag röstar ja. Den som vill bifalla Anders "
          "Nyqvists yrkande röstar nej."),
    label("Omröstningsresultat"),
    ("p", f"Med {COUNT91['Ja']} ja-röster mot {COUNT91['Nej']} nej-röster, och "
          f"{COUNT91['Avstår']} som avstår, beslutar kommunfullmäktige enligt kommunstyrelsens "
          "förslag. Så här röstade ledamöterna:"),
    grid(VOTE91, [6.0, 1.8, 2.6, 2.6, 2.6]),
    label("Kommunfullmäktiges beslut"),
    ("p", D91),
    label("Reservationer"),
    ("p", "Socialdemokraternas, Vänsterpartiets och Miljöpartiets ledamöter reserverar sig mot "
          "beslutet till förmån för Anders Nyqvists yrkande. Anders Nyqvist (V) lämnar en "
          "skriftlig reservation, bilaga 1."),
    label("Expedieras till"),
    ("p", "Kommunledningsförvaltningen\nAnders Nyqvist"),

    # § 92 besvarad
    h(92, T92),
    dnr(DNR92),
    label("Ärendebeskrivning"),
    ("p", f"{pn(ROSEN)} har i en motion föreslagit {C92[0]}."),
    ("p", "Tekniska förvaltningen har redan under 2024 tagit fram en ny skötselplan för "
          "kommunens parker. Enligt planen ska cirka 1,5 hektar gräsyta klippas mer sällan och "
          "utvecklas till äng under åren 2025–2027, bland annat i båda de parker som motionen "
          "nämner. Förvaltningen bedömer därför att motionens syfte redan uppfylls."),
    ("p", "Kommunstyrelsen har 2024-08-26, § 129, föreslagit kommunfullmäktige besluta att "
          "motionen ska anses besvarad."),
    label("Yrkanden"),
    ("p", f"{pn(ROSEN)} yrkar bifall till kommunstyrelsens förslag och tackar för en väl "
          "genomarbetad skötselplan."),
    label("Kommunfullmäktiges beslut"),
    ("p", D92),
    label("Expedieras till"),
    ("p", "Tekniska förvaltningen\nMaja Rosén"),

    # § 93 interpellation
    h(93, T93),
    dnr(DNR93),
    label("Ärendebeskrivning"),
    ("p", f"{pn(WIKLUND)} har ställt en interpellation till socialnämndens ordförande "
          f"{pn(FORS)} om väntetiderna till särskilt boende. Interpellanten frågar hur lång den "
          "genomsnittliga väntetiden är i dag och vilka åtgärder nämnden planerar för att korta "
          "den."),
    ("p", "Annelie Fors svarar att den genomsnittliga väntetiden under första halvåret 2024 var "
          "74 dagar, jämfört med 52 dagar året före. Nämnden har beslutat att öppna tio "
          "korttidsplatser som särskilt boende från årsskiftet och utreder en utbyggnad av "
          "Solgårdens boende."),
    ("p", "I debatten deltar Göran Wiklund (S), Annelie Fors (KD), Kerstin Ahl (S) och Tommy "
          "Karlberg (SD)."),
    label("Kommunfullmäktiges beslut"),
    ("p", "Interpellationen är besvarad."),

    # § 94 fråga
    h(94, T94),
    label("Ärendebeskrivning"),
    ("p", f"{pn(EKDAHL)} frågar tekniska nämndens ordförande {pn(BRANDT)} när den trasiga "
          "belysningen längs gång- och cykelvägen mellan Tallåsen och centrum kommer att lagas."),
    ("p", "Ulrika Brandt svarar att nya armaturer är beställda och att arbetet beräknas vara "
          "klart före november."),
    label("Kommunfullmäktiges beslut"),
    ("p", "Frågan är besvarad."),

    # § 95 val
    h(95, T95),
    dnr(DNR95),
    label("Ärendebeskrivning"),
    ("p", "Ida Sundberg (SD) har avsagt sig uppdraget som ersättare i barn- och "
          "utbildningsnämnden. Valberedningens ordförande föreslår att fullmäktige väljer "
          "Marcus Hed (SD) till ny ersättare för resten av mandatperioden."),
    label("Kommunfullmäktiges beslut"),
    ("p", "Kommunfullmäktige väljer Marcus Hed (SD) till ersättare i barn- och "
          "utbildningsnämnden för tiden till och med 2026-12-31."),

    # § 96 entledigande
    h(96, T96),
    dnr(DNR96),
    label("Ärendebeskrivning"),
    ("p", "Petra Nyberg (C) har i en skrivelse 2024-09-10 begärt att bli entledigad från "
          "uppdraget som ledamot i kommunfullmäktige, eftersom hon flyttar från kommunen."),
    label("Kommunfullmäktiges beslut"),
    ("bullets", ["Petra Nyberg (C) entledigas från uppdraget som ledamot i kommunfullmäktige.",
                 "Länsstyrelsen begärs göra ny sammanräkning för att utse ny ledamot."]),
    label("Expedieras till"),
    ("p", "Länsstyrelsen i Västernorrlands län\nPetra Nyberg\nLönekontoret"),

    # § 97 taxa
    h(97, T97),
    dnr(DNR97),
    label("Ärendebeskrivning"),
    ("p", "Hedsunds Renhållning AB föreslår att grundavgiften och hämtningsavgifterna i "
          "renhållningstaxan höjs med i genomsnitt 4,8 procent från den 1 januari 2025. Höjningen "
          "beror främst på ökade kostnader för transporter och för behandling av matavfall."),
    grid([["Abonnemang", "Avgift 2024, kr/år", "Avgift 2025, kr/år"],
          ["Grundavgift, villa", "1 240", "1 300"],
          ["Matavfall och restavfall, 140 l, hämtning varannan vecka", "2 180", "2 285"],
          ["Matavfall och restavfall, 190 l, hämtning varannan vecka", "2 610", "2 735"],
          ["Fritidshus, hämtning maj–september", "1 150", "1 205"],
          ["Slamtömning, enskild brunn upp till 3 m³", "1 020", "1 070"],
          ["Grundavgift, lägenhet", "690", "725"]],
         [8.8, 3.8, 3.8]),
    ("p", "Kommunstyrelsen har 2024-08-26, § 133, föreslagit att fullmäktige antar taxan."),
    label("Yrkanden"),
    ("p", f"{pn(KARLBERG)} yrkar avslag till höjningen av grundavgiften för fritidshus."),
    ("p", f"{pn(WENNBERG)} yrkar bifall till kommunstyrelsens förslag."),
    label("Propositionsordning"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige "
          "beslutar enligt kommunstyrelsens förslag."),
    label("Kommunfullmäktiges beslut"),
    ("p", "Kommunfullmäktige antar renhållningstaxa 2025 enligt kommunstyrelsens förslag, att "
          "gälla från och med den 1 januari 2025."),
    label("Reservation"),
    ("p", "Sverigedemokraternas ledamöter reserverar sig mot beslutet."),
    label("Expedieras till"),
    ("p", "Hedsunds Renhållning AB\nEkonomiavdelningen"),

    # § 98 sammanträdesplan
    h(98, T98),
    dnr(DNR98),
    label("Ärendebeskrivning"),
    ("p", "Kommunstyrelsen föreslår att kommunfullmäktige sammanträder följande dagar 2025: "
          "24 februari, 14 april, 16 juni, 22 september, 17 november och 8 december. "
          "Sammanträdena börjar kl. 18.00, utom i juni och november då de börjar kl. 13.00."),
    label("Kommunfullmäktiges beslut"),
    ("p", "Kommunfullmäktige fastställer sammanträdesplanen för 2025 enligt kommunstyrelsens "
          "förslag."),
    ("empty",),
    ("p", "Ordföranden tackar ledamöterna och förklarar sammanträdet avslutat kl. 21.35."),
]

DECIDED = dict(subject="motion", event="decided")
ITEMS = [
    item(85, T85), item(86, T86), item(87, T87, dnr="KS 2024/00009", dnr_key="KS 2024/9"),
    item(88, M1_T, subject="motion", event="raised", dnr=M1_DNR, dnr_key=M1_KEY, authors=[AHL],
         clauses=C88_1,
         decision=dec("overlamnad", False, OVERL_M)),
    item(88, M2_T, subject="motion", event="raised", dnr=M2_DNR, dnr_key=M2_KEY, authors=[ROSEN],
         clauses=C88_2,
         decision=dec("overlamnad", False, OVERL_M)),
    item(88, M3_T, subject="motion", event="raised", dnr=M3_DNR, dnr_key=M3_KEY,
         authors=[OHMAN, SANDIN], clauses=C88_3, decision=dec("overlamnad", False, OVERL_M)),
    item(89, MB_T, subject="citizen_proposal", event="raised", dnr=MB_DNR, dnr_key=MB_KEY,
         authors=[(MB_NAME, None)], decision=dec("overlamnad", False, OVERL_MB)),
    item(90, T90, dnr=DNR90, dnr_key=KEY90, authors=[HOLM], clauses=C90,
         decision=dec("bifall", False, D90), **DECIDED),
    item(91, T91, dnr=DNR91, dnr_key=KEY91, authors=[NYQVIST], clauses=C91,
         decision=dec("avslag", False, D91), **DECIDED),
    item(92, T92, dnr=DNR92, dnr_key=KEY92, authors=[ROSEN], clauses=C92,
         decision=dec("besvarad", False, D92), **DECIDED),
    item(93, T93, dnr=DNR93, dnr_key=KEY93), item(94, T94),
    item(95, T95, dnr=DNR95, dnr_key=KEY95), item(96, T96, dnr=DNR96, dnr_key=KEY96),
    item(97, T97, dnr=DNR97, dnr_key=KEY97), item(98, T98, dnr=DNR98, dnr_key=KEY98),
]

DOC = {
    "stem": "hedsund-kf-2024-09-23_protokoll",
    "format": "docx", "font": "Arial", "size": 11,
    "core_title": "Kommunfullmäktige 2024-09-23, protokoll", "core_author": "Helén Strand",
    "header": ["Hedsunds kommun\tSAMMANTRÄDESPROTOKOLL\tSida {PAGE} ({NUMPAGES})",
               "Kommunfullmäktige\t2024-09-23"],
    "footer": [SIG],
    "post": keep_all,
    "blocks": BLOCKS,
    "truth": protocol_truth("protocol", MUNI, "KF", DATE, ITEMS),
}
