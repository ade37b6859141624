"""kalvsjo-kf-2024-04-22_protokoll: KF protocol of a mid-size municipality, §§ 38–52.

Layout: cover form, närvarolista, "Innehållsförteckning"; § headings are Heading 2
"§ 45 Rubrik" followed by one "Dnr KS/2023-0287" line per case (two lines where one §
treats two motions); the decision comes FIRST ("Kommunfullmäktiges beslut" with typed
"- " lines), then Ärendebeskrivning, Beslutsunderlag, Yrkanden, Beslutsgång; an underscore
rule closes every §. § 40 lists new motions and medborgarförslag in a table
(Dnr | Ärende | Förslagsställare); § 45 decides two motions on the same topic; § 46 is
decided per att-sats ("dels bifalla att-sats 1, dels avslå att-satserna 2 och 3"), with
the clauses quoted as att-lines and "Att-sats n:" comments; § 49 writes a motion off
under 5 kap. 35 § KL; § 50 is bordlagt; distractors: årsredovisning, ansvarsfrihet,
fyllnadsval, an interpellation and an arbetsordning full of motion words.
"""
from blocks import fix_grid
from tlib import dec, item, other, protocol

STEM = "kalvsjo-kf-2024-04-22_protokoll"
MUNI = "Kalvsjö kommun"
DATE = "2024-04-22"

SEATS = [("M", 11), ("C", 5), ("KD", 3), ("L", 2), ("S", 12), ("SD", 5), ("V", 2), ("MP", 1)]
NAMED = {
    "M": ["Bo Lindgren", "Helena Brandt", "Rickard Sand"],
    "C": ["Ewa Holm", "Emelie Rosén"],
    "KD": ["Lars Norling"],
    "L": ["Tove Ekberg"],
    "S": ["Kerstin Åhs", "Mats Öberg", "Anita Berggren", "Agnes Stark"],
    "SD": ["Sven Kullberg", "Stig Wallén"],
    "V": ["Jonas Elmqvist"],
    "MP": ["Marie Lundell"],
}
_FIRST = ["Alva", "Björn", "Cecilia", "David", "Eva", "Filip", "Greta", "Hans", "Inger", "Jan",
          "Kajsa", "Leif", "Malin", "Nils", "Oskar", "Pia", "Roland", "Siv", "Torbjörn", "Ulrika",
          "Vera", "Åke", "Hampus"]
_LAST = ["Eriksson", "Holmberg", "Lund", "Mattsson", "Nordström", "Persson", "Rask", "Sjödin",
         "Thorén", "Wall", "Axelsson", "Blomqvist", "Carlsson", "Dahl", "Engman", "Falk",
         "Gustavsson", "Hedin", "Jonsson"]


def _members():
    out, k = [], 0
    for party, n in SEATS:
        names = list(NAMED[party])
        while len(names) < n:
            names.append(f"{_FIRST[k % len(_FIRST)]} {_LAST[(k * 5) % len(_LAST)]}")
            k += 1
        out += [(nm, party) for nm in names]
    return out


MEMBERS = _members()
assert len(MEMBERS) == 41 and len({m for m, _ in MEMBERS}) == 41

T38 = "Val av justerare och tid för justering"
T39 = "Godkännande av dagordning"
T40 = "Anmälan av motioner och medborgarförslag"
ROWS40 = [  # Dnr, Ärende, Förslagsställare cell, subject, authors
    ("KS/2024-0091", "Motion om fler platser i fritidshem under sommarlovet",
     "Agnes Stark (S)\nMats Öberg (S)", "motion", [("Agnes Stark", "S"), ("Mats Öberg", "S")]),
    ("KS/2024-0104", "Motion om kameraövervakning vid Kalvsjö resecentrum",
     "Sven Kullberg (SD)", "motion", [("Sven Kullberg", "SD")]),
    ("KS/2024-0112", "Motion om en strategi för biologisk mångfald",
     "Marie Lundell (MP)\nJonas Elmqvist (V)", "motion",
     [("Marie Lundell", "MP"), ("Jonas Elmqvist", "V")]),
    ("KS/2024-0098", "Medborgarförslag om farthinder på Kyrkvägen i Östra Kalvsjö",
     "Ann-Marie Söder", "citizen_proposal", [("Ann-Marie Söder", None)]),
    ("KS/2024-0117", "Medborgarförslag om en skatepark i Strandparken",
     "Vilgot Engström", "citizen_proposal", [("Vilgot Engström", None)]),
]
D40M = "Motionerna överlämnas till kommunstyrelsen för beredning."
D40C = "Medborgarförslagen överlämnas till kommunstyrelsen för beredning."
T41 = "Årsredovisning 2023 för Kalvsjö kommun"
T42 = "Ansvarsfrihet för kommunstyrelsen och nämnderna för år 2023"
T43 = "Fyllnadsval av ledamot i socialnämnden efter Karin Ohlsson (KD)"
T44 = "Interpellation till kommunstyrelsens ordförande om att motioner ska besvaras inom ett år"
T45 = "Svar på motioner om laddplatser för elbilar"
DNR45A, DNR45B = "KS/2023-0287", "KS/2023-0344"
D45A = ("Motionen från Ewa Holm (C) om laddstolpar vid kommunens idrottsanläggningar "
        "bifalls.")
D45B = ("Motionen från Sven Kullberg (SD) och Stig Wallén (SD) om publika laddplatser i alla "
        "kommundelar anses besvarad.")
# clauses retold in the descriptions of §§ 45, 47, 48, 50 (issue 11 convention)
C45A = ["att laddstolpar sätts upp vid Kalvsjövallen, ishallen och simhallen"]
C45B = ["att det ska finnas minst en publik laddplats i var och en av kommunens sju kommundelar"]
C47 = ["att huvudbiblioteket håller öppet till kl. 20.00 på vardagar och även på söndagar"]
C48 = ["att kommunen mäter och halverar matsvinnet i skolor och på äldreboenden till 2027"]
C50 = ["att de första två timmarnas parkering i Kalvsjö centrum ska vara avgiftsfri"]
T46 = "Svar på motion om en äldrevänlig kommun"
DNR46 = "KS/2023-0219"
C46 = ["att Kalvsjö kommun ansöker om medlemskap i WHO:s nätverk för äldrevänliga städer och "
       "samhällen",
       "att en äldreombudsman inrättas inom socialförvaltningen",
       "att alla invånare över 75 år erbjuds ett kostnadsfritt förebyggande hembesök varje år"]
K46 = ["Ett medlemskap är avgiftsfritt och ger tillgång till verktyg för att kartlägga hur "
       "äldre upplever kommunens service. Förvaltningen ser positivt på att kommunen ansöker.",
       "Uppdraget som äldreombudsman motsvarar en heltidstjänst och ryms inte i "
       "socialnämndens budget. Synpunkter från äldre tas redan i dag emot av kommunens "
       "anhörig- och seniorkonsulent.",
       "Förebyggande hembesök erbjuds i dag alla som fyller 80 år. Att sänka åldern till 75 år "
       "och göra besöken årliga beräknas kosta 1,4 miljoner kronor per år."]
D46 = "Kommunfullmäktige beslutar att dels bifalla att-sats 1, dels avslå att-satserna 2 och 3."
T47 = "Svar på medborgarförslag om längre öppettider på Kalvsjö bibliotek"
DNR47 = "KS/2023-0402"
D47 = "Medborgarförslaget avslås."
T48 = "Svar på motion om att minska matsvinnet i skolor och äldreboenden"
DNR48 = "KS/2023-0318"
D48 = "Motionen bifalls."
T49 = "Avskrivning av motion om ny simhall i Östra Kalvsjö"
DNR49 = "KS/2023-0067"
R49 = ("motionären inte längre är ledamot av kommunfullmäktige och frågan om en ny simhall "
       "har prövats i investeringsplanen för 2024–2028")
D49 = ("Kommunfullmäktige beslutar att avskriva motionen med stöd av 5 kap. 35 § "
       f"kommunallagen eftersom {R49}.")
T50 = "Svar på motion om avgiftsfri parkering i Kalvsjö centrum"
DNR50 = "KS/2023-0376"
D50 = "Kommunfullmäktige beslutar att bordlägga ärendet till sammanträdet den 27 maj 2024."
T51 = "Revidering av kommunfullmäktiges arbetsordning"
T52 = "Meddelanden"

TOC = [("38", T38), ("39", T39), ("40", T40), ("41", T41), ("42", T42), ("43", T43),
       ("44", T44), ("45", T45), ("46", T46), ("47", T47), ("48", T48), ("49", T49),
       ("50", T50), ("51", T51), ("52", T52)]

B = {"bold": True, "keep_next": True}
RULE = ("p", "_" * 30)


def sec(par, title, dnrs=()):
    out = [("hx", 2, f"§ {par} {title}")]
    if dnrs:
        out.append(("lines", [f"Dnr {d}" for d in dnrs]))
        out.append(("empty",))
    return out


def beslut(lines):
    return [("p", "Kommunfullmäktiges beslut", B)] + [("p", f"- {x}") for x in lines]


def cover():
    lt = lambda rows: ("label_table", rows, {"widths_cm": [4.4, 12.0]})  # noqa: E731
    return [
        ("p", "KALVSJÖ KOMMUN", {"bold": True, "size": 15}),
        ("p", "Kommunfullmäktige", {"size": 13}),
        ("p", "SAMMANTRÄDESPROTOKOLL", {"bold": True}),
        lt([["Plats och tid", "Kalvsjö Folkets hus, stora salen, måndagen den 22 april 2024 "
                              "kl. 18.00–21.45"],
            ["Beslutande", "Se närvarolista, sidan 2"],
            ["Övriga närvarande", "Kommundirektör Lotta Hägg\nKommunsekreterare Erik Dalin\n"
                                  "Ekonomichef Saga Fors, § 41\nRevisorernas ordförande "
                                  "Kjell Brink, §§ 41–42"],
            ["Utses att justera", "Kerstin Åhs (S) och Lars Norling (KD)"],
            ["Justeringens plats och tid", "Kommunkansliet, fredagen den 26 april 2024 kl. 13.00"],
            ["Underskrifter", "Sekreterare …………………………… Erik Dalin\n\n"
                              "Ordförande …………………………… Bo Lindgren\n\n"
                              "Justerande …………………………… Kerstin Åhs    "
                              "…………………………… Lars Norling"],
            ["Paragrafer", "38–52"]]),
        ("p", "ANSLAG/BEVIS", {"bold": True}),
        ("p", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
        lt([["Organ", "Kommunfullmäktige i Kalvsjö kommun"],
            ["Sammanträdesdatum", "2024-04-22"],
            ["Anslaget sätts upp", "2024-04-29"],
            ["Anslaget tas ned", "2024-05-21"],
            ["Protokollets förvaringsplats", "Kommunkansliet, Storgatan 12, Kalvsjö"],
            ["Underskrift", "…………………………… Erik Dalin"]]),
    ]


def narvaro():
    rows = [["Ledamot", "Parti", "Närvarande", "Tjänstgörande ersättare"]]
    for name, party in MEMBERS:
        if name == "Pia Jonsson":
            rows.append([name, party, "", "Roland Wall (S)"])
        elif name == "Björn Rask":
            rows.append([name, party, "§§ 38–46", "Siv Lund (SD) §§ 47–52"])
        else:
            rows.append([name, party, "X", ""])
    return [
        ("hx", 1, "Närvarolista", {"pbb": True}),
        ("table", rows, {"style": "Table Grid", "bold_first_row": True, "small": True,
                         "widths_cm": [5.2, 1.6, 3.0, 6.6]}),
        ("p", "Innehållsförteckning", {"bold": True, "size": 13}),
        ("lines", [f"§ {p}\t{t}" for p, t in TOC]),
    ]


BLOCKS = cover() + narvaro()

BLOCKS += [("hx", 2, f"§ 38 {T38}", {"pbb": True})] + beslut([
    "Kerstin Åhs (S) och Lars Norling (KD) utses att jämte ordföranden justera protokollet.",
    "Justeringen sker på kommunkansliet fredagen den 26 april 2024 kl. 13.00."]) + [RULE]

BLOCKS += sec("39", T39) + beslut([
    "Dagordningen godkänns med ändringen att ärendet om revidering av arbetsordningen "
    "behandlas sist."]) + [RULE]

rows40 = [["Dnr", "Ärende", "Förslagsställare"]] + [[r[0], r[1], r[2]] for r in ROWS40]
BLOCKS += sec("40", T40, ["KS/2024-0003"]) + beslut([D40M, D40C]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", "Följande motioner och medborgarförslag har kommit in till kommunen sedan "
          "föregående sammanträde."),
    ("table", rows40, {"style": "Table Grid", "bold_first_row": True,
                       "widths_cm": [3.5, 8.3, 4.6]}),
    ("p", "Enligt arbetsordningen ska medborgarförslag beredas av kommunstyrelsen, som får "
          "överlämna dem till berörd nämnd."),
    RULE,
]

BLOCKS += sec("41", T41, ["KS/2024-0040"]) + beslut([
    "Årsredovisning 2023 för Kalvsjö kommun godkänns."]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", "Kommunen redovisar för 2023 ett resultat på 18,4 miljoner kronor, vilket motsvarar "
          "1,6 procent av skatteintäkter och generella statsbidrag. Balanskravet är uppfyllt. "
          "Sex av kommunfullmäktiges nio mål bedöms vara helt eller delvis uppnådda."),
    ("p", "Beslutsunderlag", B),
    ("lines", ["Kommunstyrelsen 2024-04-02, § 51", "Årsredovisning 2023"]),
    ("p", "Yrkanden", B),
    ("p", "Helena Brandt (M) och Mats Öberg (S) yrkar bifall till kommunstyrelsens förslag."),
    RULE,
]

BLOCKS += sec("42", T42, ["KS/2024-0058"]) + beslut([
    "Kommunstyrelsen och nämnderna samt de enskilda förtroendevalda i dessa organ beviljas "
    "ansvarsfrihet för verksamhetsåret 2023."]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", "Revisorerna har granskat verksamheten 2023 och tillstyrker i revisionsberättelsen att "
          "ansvarsfrihet beviljas. Revisorerna riktar samtidigt kritik mot socialnämndens "
          "uppföljning av köpta platser."),
    ("p", "Jäv", B),
    ("p", "Ledamöter som har varit ledamöter i kommunstyrelsen eller en nämnd under 2023 deltar "
          "inte i beslutet om ansvarsfrihet för det organet. Frågan om ansvarsfrihet prövas "
          "därför organ för organ."),
    RULE,
]

BLOCKS += sec("43", T43, ["KS/2024-0012"]) + beslut([
    "Till ny ledamot i socialnämnden för tiden till och med den 31 december 2026 väljs "
    "Cecilia Holmberg (KD)."]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", "Karin Ohlsson (KD) har avsagt sig sitt uppdrag som ledamot i socialnämnden. "
          "Kommunfullmäktige godkände avsägelsen den 18 mars 2024, § 29."),
    RULE,
]

BLOCKS += sec("44", T44, ["KS/2024-0086"]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", "Mats Öberg (S) har ställt en interpellation till kommunstyrelsens ordförande Helena "
          "Brandt (M). Han frågar hur många motioner som har väntat mer än ett år på svar, och "
          "om ordföranden avser att föreslå att motioner som inte har besvarats i tid ska "
          "bifallas eller avskrivas."),
    ("p", "Helena Brandt (M) svarar att elva motioner är äldre än ett år och att kansliet har "
          "fått i uppdrag att redovisa en plan för hur de ska beredas färdigt före sommaren."),
    ("p", "I den efterföljande debatten deltar Mats Öberg (S), Helena Brandt (M) och Jonas "
          "Elmqvist (V)."),
    ("p", "Kommunfullmäktiges beslut", B),
    ("p", "- Interpellationen anses besvarad."),
    RULE,
]

BLOCKS += sec("45", T45, [DNR45A, DNR45B]) + beslut([
    D45A, D45B,
    "Tekniska nämnden får i uppdrag att redovisa en plan för publika laddplatser i "
    "kommundelarna till kommunstyrelsen senast den 30 november 2024."]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", "Två motioner om laddinfrastruktur har beretts tillsammans."),
    ("p", "Ewa Holm (C) föreslår i motionen ”Motion om laddstolpar vid kommunens "
          f"idrottsanläggningar” {C45A[0]}. Sven Kullberg (SD) och Stig Wallén (SD) föreslår "
          f"i motionen ”Motion om publika laddplatser i alla kommundelar” {C45B[0]}."),
    ("p", "Tekniska nämnden har i sitt yttrande tillstyrkt laddstolpar vid "
          "idrottsanläggningarna, där investeringen kan finansieras med statligt "
          "klimatinvesteringsstöd. Publika laddplatser i kommundelarna byggs redan ut av "
          "privata aktörer, och nämnden avser att kartlägga var det fortfarande saknas."),
    ("p", "Beslutsunderlag", B),
    ("lines", ["Kommunstyrelsen 2024-04-02, § 56", "Tekniska nämnden 2024-02-15, § 12",
               "Motion från Ewa Holm (C), 2023-05-22",
               "Motion från Sven Kullberg (SD) och Stig Wallén (SD), 2023-06-19"]),
    ("p", "Yrkanden", B),
    ("p", "Ewa Holm (C), Helena Brandt (M) och Mats Öberg (S) yrkar bifall till "
          "kommunstyrelsens förslag."),
    ("p", "Sven Kullberg (SD) yrkar bifall till båda motionerna."),
    ("p", "Beslutsgång", B),
    ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag mot Sven Kullbergs "
          "yrkande och finner att kommunfullmäktige bifaller kommunstyrelsens förslag."),
    ("p", "Expedieras", B),
    ("lines", ["Tekniska nämnden", "Motionärerna"]),
    RULE,
]

BLOCKS += sec("46", T46, [DNR46]) + beslut([
    D46,
    "Kommunstyrelsen får i uppdrag att ansöka om medlemskap i WHO:s nätverk för äldrevänliga "
    "städer och samhällen."]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", "Anita Berggren (S) har lämnat en motion om en äldrevänlig kommun. Hon föreslår att "
          "kommunfullmäktige beslutar"),
] + [("p", c, {"indent_cm": 0.8}) for c in C46] + [
    ("p", "Socialnämnden har yttrat sig över motionen. Förvaltningens bedömning per att-sats "
          "framgår nedan."),
] + [("p", f"Att-sats {n}: {k}") for n, k in enumerate(K46, 1)] + [
    ("p", "Kommunstyrelsen har den 2 april 2024, § 57, föreslagit att kommunfullmäktige dels "
          "bifaller att-sats 1, dels avslår att-satserna 2 och 3."),
    ("p", "Beslutsunderlag", B),
    ("lines", ["Kommunstyrelsen 2024-04-02, § 57", "Socialnämnden 2024-01-24, § 8",
               "Motion från Anita Berggren (S), 2023-04-17"]),
    ("p", "Yrkanden", B),
    ("p", "Anita Berggren (S) yrkar, med instämmande av Agnes Stark (S) och Jonas Elmqvist (V), "
          "bifall till motionen i sin helhet."),
    ("p", "Helena Brandt (M) och Ewa Holm (C) yrkar bifall till kommunstyrelsens förslag."),
    ("p", "Beslutsgång", B),
    ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag mot Anita Berggrens "
          "yrkande och finner att kommunfullmäktige bifaller kommunstyrelsens förslag. "
          "Votering begärs och verkställs."),
    ("p", "Den som vill bifalla kommunstyrelsens förslag röstar ja. Den som vill bifalla Anita "
          "Berggrens yrkande röstar nej. Med 21 ja-röster mot 15 nej-röster, 5 ledamöter "
          "avstår, beslutar kommunfullmäktige enligt kommunstyrelsens förslag."),
    ("p", "Reservation", B),
    ("p", "Ledamöterna för S och V reserverar sig mot beslutet till förmån för Anita Berggrens "
          "yrkande."),
    ("p", "Expedieras", B),
    ("lines", ["Kommunstyrelsen", "Socialnämnden", "Motionären"]),
    RULE,
]

BLOCKS += sec("47", T47, [DNR47]) + beslut([D47]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", f"Gunnel Ekström föreslår i ett medborgarförslag {C47[0]}."),
    ("p", "Kultur- och fritidsnämnden har i sitt yttrande redovisat att längre öppettider med "
          "personal skulle kräva två nya tjänster. Nämnden utreder i stället meröppet "
          "bibliotek, där besökare kan låna med bibliotekskort utan personal på plats."),
    ("p", "Beslutsunderlag", B),
    ("lines", ["Kommunstyrelsen 2024-04-02, § 58", "Kultur- och fritidsnämnden 2024-02-20, § 9",
               "Medborgarförslag från Gunnel Ekström, 2023-08-28"]),
    ("p", "Yrkanden", B),
    ("p", "Tove Ekberg (L) yrkar bifall till kommunstyrelsens förslag."),
    ("p", "Expedieras", B),
    ("lines", ["Förslagsställaren", "Kultur- och fritidsnämnden"]),
    RULE,
]

BLOCKS += sec("48", T48, [DNR48]) + beslut([
    D48,
    "Barn- och utbildningsnämnden och socialnämnden får i uppdrag att mäta matsvinnet i sina "
    "kök och redovisa resultatet årligen i verksamhetsberättelsen."]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", f"Emelie Rosén (C) föreslår {C48[0]}. Barn- och utbildningsnämnden och socialnämnden "
          "tillstyrker motionen."),
    ("p", "Yrkanden", B),
    ("p", "Emelie Rosén (C), Anita Berggren (S) och Marie Lundell (MP) yrkar bifall till "
          "kommunstyrelsens förslag."),
    ("p", "Expedieras", B),
    ("lines", ["Barn- och utbildningsnämnden", "Socialnämnden", "Motionären"]),
    RULE,
]

BLOCKS += sec("49", T49, [DNR49]) + beslut([D49]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", "Per Nordqvist (L) väckte den 13 mars 2023 en motion om att kommunen ska bygga en ny "
          "simhall i Östra Kalvsjö. Enligt 5 kap. 35 § kommunallagen ska en motion beredas så "
          "att fullmäktige kan fatta beslut inom ett år från det att den väcktes. Om "
          "beredningen inte kan avslutas inom den tiden ska fullmäktige underrättas, och "
          "fullmäktige får då avskriva motionen från vidare handläggning."),
    ("p", "Beredningen har inte slutförts. Motionären har sedan dess lämnat sitt uppdrag i "
          "kommunfullmäktige, och frågan om en ny simhall har prövats i arbetet med "
          "investeringsplanen för 2024–2028, där den inte fick plats."),
    ("p", "Beslutsunderlag", B),
    ("lines", ["Kommunstyrelsen 2024-04-02, § 59", "Motion från Per Nordqvist (L), 2023-03-13"]),
    ("p", "Yrkanden", B),
    ("p", "Helena Brandt (M) yrkar bifall till kommunstyrelsens förslag."),
    ("p", "Expedieras", B),
    ("lines", ["Kommunstyrelsen"]),
    RULE,
]

BLOCKS += sec("50", T50, [DNR50]) + beslut([D50]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", f"Stig Wallén (SD) föreslår i en motion {C50[0]}. Kommunstyrelsen har föreslagit att motionen "
          "avslås."),
    ("p", "Yrkanden", B),
    ("p", "Mats Öberg (S) yrkar att ärendet bordläggs med hänvisning till att tekniska "
          "nämndens parkeringsutredning presenteras i maj."),
    ("p", "Stig Wallén (SD) yrkar bifall till motionen. Helena Brandt (M) yrkar bifall till "
          "kommunstyrelsens förslag."),
    ("p", "Beslutsgång", B),
    ("p", "Ordföranden frågar om ärendet ska avgöras i dag eller bordläggas och finner att "
          "kommunfullmäktige beslutar att bordlägga ärendet."),
    RULE,
]

BLOCKS += sec("51", T51, ["KS/2024-0071"]) + beslut([
    "Kommunfullmäktiges arbetsordning revideras enligt bilaga 1 och gäller från och med den "
    "1 juni 2024."]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", "Förslaget innebär bland annat att motioner ska lämnas in senast tio dagar före det "
          "sammanträde där de ska väckas, att motioner och medborgarförslag som inte har "
          "besvarats inom ett år ska redovisas i april och oktober, och att ett medborgarförslag "
          "bara får ta upp ett ämne. Den som lämnat ett medborgarförslag får yttra sig när "
          "förslaget behandlas."),
    ("p", "Yrkanden", B),
    ("p", "Bo Lindgren (M) yrkar bifall till kommunstyrelsens förslag."),
    RULE,
]

BLOCKS += sec("52", T52) + [
    ("p", "Följande meddelanden redovisas:"),
    ("lines", ["Länsstyrelsen: protokoll från granskning av överförmyndarnämnden",
               "Revisorerna: granskning av kommunens arbete med intern kontroll",
               "Kalvsjö Bostäder AB: årsredovisning 2023"]),
    ("p", "Kommunfullmäktiges beslut", B),
    ("p", "- Meddelandena läggs till handlingarna."),
    RULE,
]

ITEMS = [other("38", T38), other("39", T39)]
for dnr, title, _cell, subject, authors in ROWS40:
    ITEMS.append(item("40", title, dnr=dnr, key=f"KS 2024/{int(dnr[-4:])}", subject=subject,
                      event="raised", authors=authors,
                      decision=dec("overlamnad", D40M if subject == "motion" else D40C)))
ITEMS += [
    other("41", T41, dnr="KS/2024-0040", key="KS 2024/40"),
    other("42", T42, dnr="KS/2024-0058", key="KS 2024/58"),
    other("43", T43, dnr="KS/2024-0012", key="KS 2024/12"),
    other("44", T44, dnr="KS/2024-0086", key="KS 2024/86"),
    item("45", T45, dnr=DNR45A, key="KS 2023/287", subject="motion", event="decided",
         authors=[("Ewa Holm", "C")], clauses=C45A, decision=dec("bifall", D45A)),
    item("45", T45, dnr=DNR45B, key="KS 2023/344", subject="motion", event="decided",
         authors=[("Sven Kullberg", "SD"), ("Stig Wallén", "SD")], clauses=C45B,
         decision=dec("besvarad", D45B)),
    item("46", T46, dnr=DNR46, key="KS 2023/219", subject="motion", event="decided",
         authors=[("Anita Berggren", "S")], clauses=C46,
         comments=[(n, k) for n, k in enumerate(K46, 1)],
         decision=dec("delvis_bifall", D46, per_clause=[(1, "bifall"), (2, "avslag"),
                                                        (3, "avslag")])),
    item("47", T47, dnr=DNR47, key="KS 2023/402", subject="citizen_proposal", event="decided",
         authors=[("Gunnel Ekström", None)], clauses=C47, decision=dec("avslag", D47)),
    item("48", T48, dnr=DNR48, key="KS 2023/318", subject="motion", event="decided",
         authors=[("Emelie Rosén", "C")], clauses=C48, decision=dec("bifall", D48)),
    item("49", T49, dnr=DNR49, key="KS 2023/67", subject="motion", event="written_off",
         authors=[("Per Nordqvist", "L")], decision=dec("avskriven", D49), reason=R49),
    item("50", T50, dnr=DNR50, key="KS 2023/376", subject="motion", event="postponed",
         authors=[("Stig Wallén", "SD")], clauses=C50, decision=dec("bordlagd", D50)),
    other("51", T51, dnr="KS/2024-0071", key="KS 2024/71"),
    other("52", T52),
]

DOC = {
    "stem": STEM,
    "format": "docx", "font": "Cambria", "size": 11,
    "core_title": "Kommunfullmäktige 2024-04-22", "core_author": "Erik Dalin",
    "header": ["KALVSJÖ KOMMUN\tSAMMANTRÄDESPROTOKOLL\t{PAGE}({NUMPAGES})",
               "Kommunfullmäktige\t2024-04-22\t"],
    "footer": [("sig_table",)],
    "blocks": BLOCKS,
    "post": fix_grid,
    "truth": protocol("protocol", MUNI, "KF", DATE, ITEMS),
    "sections": {"styles": ["Heading 2"], "re": r"^§ (?P<p>\d+) "},
}
