"""tallmo-ks-2024-03-19_protokoll: a KS protocol, §§ 18–29 with § 27 split into 27 a and 27 b.

Layout: a header table (municipality, "Sammanträdesprotokoll", "Sida n av m"), a cover
form with members as "Namn (Parti), roll", närvaro- and voteringslista; each § heading
is Heading 2 "KS § 20  Rubrik" with the Dnr right-aligned on the same line (tab), and
motion and medborgarförslag § add a small label/value table ("Diarienummer", "Ärende",
"Förslagsställare", "Handläggare"). KS proposals to KF are one sentence under
"Kommunstyrelsens förslag till kommunfullmäktige"; KS decides two medborgarförslag itself
(delegation from KF) under "Kommunstyrelsens beslut"; one återremiss; § 23 reports six
unfinished motions and medborgarförslag in a table with "Beräknas klar". Clauses are
quoted as Word dash bullets in § 21. Footer: typed "Justerandes sign" and
"Utdragsbestyrkande" line.
"""
from blocks import fix_grid
from tlib import dec, item, other, protocol

STEM = "tallmo-ks-2024-03-19_protokoll"
MUNI = "Tallmo kommun"
DATE = "2024-03-19"

KS_MEMBERS = [
    ("Ingrid Backlund", "S", "ordförande"), ("Anders Nyberg", "C", "1:e vice ordförande"),
    ("Peter Gran", "M", "2:e vice ordförande"), ("Tomas Wennberg", "S", ""),
    ("Eva Rydén", "S", ""), ("Göran Lilja", "S", ""),
    ("Per-Erik Moberg", "S", "tjänstgörande ersättare för Sanna Hedlund (S)"),
    ("Karin Fjällström", "C", ""), ("Jessica Lönn", "V", ""), ("Mona Lidström", "M", ""),
    ("Fredrik Ask", "M", ""), ("Roger Falk", "SD", ""), ("Annika Sjölund", "SD", ""),
]

T18 = "Val av justerare och godkännande av dagordning"
T19 = "Information från kommundirektören"
T20 = "Svar på motion om en fritidsbank i Tallmo"
DNR20 = "KS/2023:0412"
D20 = "Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen bifalls."
T21 = "Svar på motion om avgiftsfria sommarlovskort för ungdomar"
DNR21 = "KS/2023:0367"
C21 = ["att kommunen erbjuder alla ungdomar mellan 13 och 19 år ett avgiftsfritt "
       "sommarlovskort i kollektivtrafiken",
       "att kostnaden finansieras genom minskade anslag till kommunens marknadsföring"]
D21 = "Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen avslås."
T22 = "Svar på motion om 30 km/tim vid samtliga skolor"
DNR22 = "KS/2023:0298"
R22 = ("konsekvenserna för skolskjutsar och kollektivtrafik ska utredas innan ärendet "
       "avgörs")
D22 = ("Kommunstyrelsen beslutar att återremittera ärendet till samhällsbyggnadsförvaltningen "
       f"med motiveringen att {R22}.")
T23 = "Redovisning av motioner och medborgarförslag som inte har beretts färdigt"
DNR23 = "KS/2024:0088"
ROWS23 = [  # Dnr, Ärende, Förslagsställare (cell), Väckt, Status, Beräknas klar, subject, authors
    ("KS/2022:0788", "Motion om solcellspark på den gamla deponin i Norrliden", "Peter Gran (M)",
     "2023-02-20", "Förstudie pågår hos Tallmo Energi AB", "Juni 2024", "motion",
     [("Peter Gran", "M")]),
    ("KS/2023:0105", "Motion om laddplatser vid kommunens förskolor",
     "Eva Rydén (S)\nGöran Lilja (S)", "2023-03-27",
     "Yttrande från barn- och utbildningsnämnden inväntas", "KS 14 maj 2024", "motion",
     [("Eva Rydén", "S"), ("Göran Lilja", "S")]),
    ("KS/2023:0131", "Motion om fria mensskydd på högstadieskolorna", "Jessica Lönn (V)",
     "2023-03-27", "Under beredning", "Hösten 2024", "motion", [("Jessica Lönn", "V")]),
    ("KS/2022:0912", "Motion om ett kommunalt näringslivsråd", "Mona Lidström (M) m.fl.",
     "2022-11-28", "Avvaktar ny näringslivsstrategi", "Kvartal 4 2024", "motion",
     [("Mona Lidström", "M")]),
    ("KS/2023:0077", "Medborgarförslag om konstgräsplan i Västby", "Hampus Lind",
     "2023-02-20", "Ingår i förslaget till investeringsplan 2025", "2024-10-31",
     "citizen_proposal", [("Hampus Lind", None)]),
    ("KS/2023:0140", "Medborgarförslag om offentlig toalett vid badplatsen i Sjövik",
     "Gun Mattsson", "2023-04-24", "Förvaltningen utreder placering och drift", "Maj 2024",
     "citizen_proposal", [("Gun Mattsson", None)]),
]
T24 = "Budgetuppföljning per februari 2024"
T25 = "Taxa för prövning och tillsyn enligt miljöbalken"
T26 = "Svar på medborgarförslag om utegym vid Björkhagens idrottsplats"
DNR26 = "KS/2023:0151"
D26 = "Medborgarförslaget bifalls."
T27A = "Svar på medborgarförslag om belysning på gång- och cykelvägen mellan Tallmo och Åsen"
DNR27A = "KS/2023:0204"
D27A = "Medborgarförslaget anses besvarat."
T27B = "Svar på medborgarförslag om hundrastgård i Tallmo centrum"
DNR27B = "KS/2023:0219"
D27B = "Medborgarförslaget avslås."
T28 = "Redovisning av delegationsbeslut"
T29 = "Meddelanden"

B = {"bold": True}


def key(dnr):
    y, s = dnr[3:].split(":")
    return f"KS {y}/{int(s)}"


def h(par, title, dnr=None):
    opts = {"right": dnr} if dnr else {}
    return ("hx", 2, f"KS § {par}  {title}", opts)


def sub(text):
    return ("p", text, {"bold": True, "space_after": 2, "keep_next": True})


def info(rows):
    return ("label_table", rows, {"widths_cm": [4.2, 12.2]})


BLOCKS = [
    ("p", "Kommunstyrelsen", {"bold": True, "size": 16}),
    ("p", "Sammanträdesprotokoll 2024-03-19", {"size": 12}),
    ("empty",),
    info([["Plats och tid", "Kommunhuset, sammanträdesrum Älgen, kl. 08.30–12.10"],
          ["Beslutande", "Ingrid Backlund (S), ordförande\nAnders Nyberg (C), 1:e vice ordförande\n"
                         "Peter Gran (M), 2:e vice ordförande\nTomas Wennberg (S)\nEva Rydén (S)\n"
                         "Göran Lilja (S)\nPer-Erik Moberg (S), tjänstgörande ersättare\n"
                         "Karin Fjällström (C)\nJessica Lönn (V)\nMona Lidström (M)\n"
                         "Fredrik Ask (M)\nRoger Falk (SD)\nAnnika Sjölund (SD)"],
          ["Ersättare", "Lisa Forsberg (M)\nOve Sandberg (C)\nMarie Holm (S)"],
          ["Övriga närvarande", "Kommundirektör Håkan Bergström\nKanslichef Sofie Öhman, "
                                "sekreterare\nEkonomichef Jan Ersson, §§ 19 och 24\n"
                                "Miljöchef Therese Viklund, § 25"],
          ["Utses att justera", "Mona Lidström (M)"],
          ["Justeringens plats och tid", "Kommunhuset, 2024-03-22"],
          ["Paragrafer", "18–29"]]),
    ("p", "Underskrifter", B),
    info([["Sekreterare", "…………………………………… Sofie Öhman"],
          ["Ordförande", "…………………………………… Ingrid Backlund"],
          ["Justerande", "…………………………………… Mona Lidström"]]),
    ("p", "ANSLAG/BEVIS", B),
    ("p", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på Tallmo "
          "kommuns digitala anslagstavla."),
    info([["Organ", "Kommunstyrelsen"], ["Sammanträdesdatum", "2024-03-19"],
          ["Anslaget sätts upp", "2024-03-25"], ["Anslaget tas ned", "2024-04-16"],
          ["Förvaringsplats", "Kommunkansliet, kommunhuset i Tallmo"],
          ["Underskrift", "…………………………………… Sofie Öhman"]]),
    ("hx", 1, "Närvaro- och voteringslista", {"pbb": True}),
    ("table", [["Ledamot", "Parti", "Närvarande", "§ 21 Ja", "§ 21 Nej", "Avstår"]] +
     [[n, p, "X", "X" if p in ("S", "C", "V") else "", "" if p in ("S", "C", "V") else "X", ""]
      for n, p, _ in KS_MEMBERS] + [["Summa", "", "13", "8", "5", "0"]],
     {"style": "Table Grid", "bold_first_row": True, "widths_cm": [5.4, 1.6, 2.4, 2.2, 2.4, 2.4]}),
    ("p", "Per-Erik Moberg (S) tjänstgör för Sanna Hedlund (S) under hela sammanträdet."),
]

# § 18
BLOCKS += [
    ("hx", 2, f"KS § 18  {T18}", {"pbb": True}),
    sub("Kommunstyrelsens beslut"),
    ("bullets", ["Mona Lidström (M) utses att jämte ordföranden justera protokollet.",
                 "Dagordningen godkänns med ändringen att ärendet om medborgarförslag om "
                 "belysning och hundrastgård delas upp i två paragrafer, § 27 a och § 27 b."]),
]

# § 19
BLOCKS += [
    h("19", T19),
    ("p", "Kommundirektör Håkan Bergström informerar om rekryteringen av ny socialchef, om "
          "läget i arbetet med den nya översiktsplanen och om att Trafikverket har skjutit upp "
          "ombyggnaden av väg 84 genom Åsen till 2026."),
    sub("Kommunstyrelsens beslut"),
    ("p", "Informationen noteras till protokollet."),
]

# clauses retold in the summaries of §§ 20, 22, 26, 27 a, 27 b (issue 11 convention)
C20 = ["att kommunen startar en fritidsbank, där barn och vuxna kan låna sport- och "
       "fritidsutrustning gratis"]
C22 = ["att hastigheten sänks till 30 km/tim på alla gator och vägar som passerar kommunens "
       "skolor och förskolor, även där kommunen inte är väghållare"]
C26 = ["att kommunen bygger ett utegym vid Björkhagens idrottsplats, intill elljusspåret"]
C27A = ["att den oupplysta delen av gång- och cykelvägen mellan Tallmo och Åsen, cirka 1,4 "
        "kilometer, förses med belysning"]
C27B = ["att kommunen anlägger en inhägnad hundrastgård i parken vid Storgatan"]

# § 20
BLOCKS += [
    h("20", T20, DNR20),
    info([["Diarienummer", DNR20], ["Ärende", "Motion om en fritidsbank i Tallmo"],
          ["Förslagsställare", "Karin Fjällström (C)"],
          ["Handläggare", "Fritidsstrateg Emma Rosén"]]),
    sub("Sammanfattning av ärendet"),
    ("p", "Karin Fjällström (C) föreslår i en motion som väcktes i kommunfullmäktige den 25 "
          f"september 2023 {C20[0]}. Motionären menar att kostnaden för utrustning "
          "hindrar många barn från att prova nya aktiviteter."),
    ("p", "Kultur- och fritidsförvaltningen har undersökt hur fritidsbanker drivs i tre "
          "grannkommuner. Förvaltningen bedömer att en fritidsbank kan inrymmas i "
          "fritidsgårdens lokaler i Tallmo centrum och drivas tillsammans med "
          "arbetsmarknadsenheten. Kostnaden beräknas till 320 000 kronor det första året och "
          "180 000 kronor per år därefter."),
    sub("Beslutsunderlag"),
    ("numlist", "dash", ["Tjänsteskrivelse 2024-02-12",
                         "Motion från Karin Fjällström (C), inkommen 2023-09-14",
                         "Kommunstyrelsens arbetsutskott 2024-03-05, § 31"]),
    sub("Yrkanden"),
    ("p", "Karin Fjällström (C) yrkar, med instämmande av Ingrid Backlund (S) och Peter Gran "
          "(M), bifall till arbetsutskottets förslag."),
    sub("Propositionsordning"),
    ("p", "Ordföranden frågar om kommunstyrelsen bifaller arbetsutskottets förslag och finner "
          "att så är fallet."),
    sub("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", D20),
    ("p", "Kostnaden för 2024 finansieras ur kommunstyrelsens anslag för oförutsedda behov."),
    sub("Beslutet skickas till"),
    ("lines", ["Kommunfullmäktige", "Kultur- och fritidsnämnden", "Ekonomiavdelningen"]),
]

# § 21
BLOCKS += [
    h("21", T21, DNR21),
    info([["Diarienummer", DNR21],
          ["Ärende", "Motion om avgiftsfria sommarlovskort för ungdomar"],
          ["Förslagsställare", "Roger Falk (SD) och Annika Sjölund (SD)"],
          ["Handläggare", "Kollektivtrafikhandläggare Niklas Berg"]]),
    sub("Sammanfattning av ärendet"),
    ("p", "Roger Falk (SD) och Annika Sjölund (SD) har lämnat en motion om sommarlovskort. "
          "Motionärerna föreslår att kommunfullmäktige beslutar:"),
    ("numlist", "dash", C21),
    ("p", "Ett sommarlovskort för alla ungdomar i åldern 13–19 år beräknas kosta 1,1 miljoner "
          "kronor per sommar. Förvaltningen konstaterar att kommunens marknadsföringsanslag "
          "är 650 000 kronor, vilket inte räcker för att finansiera förslaget. Ungdomar med "
          "sommarjobb hos kommunen får redan i dag ett periodkort. Förvaltningen föreslår att "
          "motionen avslås."),
    sub("Beslutsunderlag"),
    ("numlist", "dash", ["Tjänsteskrivelse 2024-02-08",
                         "Motion från Roger Falk (SD) och Annika Sjölund (SD), inkommen "
                         "2023-08-30",
                         "Kommunstyrelsens arbetsutskott 2024-03-05, § 32"]),
    sub("Yrkanden"),
    ("p", "Roger Falk (SD) yrkar bifall till motionen."),
    ("p", "Tomas Wennberg (S) och Anders Nyberg (C) yrkar bifall till arbetsutskottets förslag."),
    sub("Propositionsordning"),
    ("p", "Ordföranden ställer proposition på arbetsutskottets förslag mot Roger Falks yrkande "
          "och finner att kommunstyrelsen bifaller arbetsutskottets förslag. Votering begärs."),
    sub("Voteringsproposition"),
    ("p", "Den som vill bifalla arbetsutskottets förslag röstar ja. Den som vill bifalla Roger "
          "Falks yrkande röstar nej."),
    sub("Omröstningsresultat"),
    ("p", "Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen enligt arbetsutskottets "
          "förslag. Hur var och en röstat framgår av voteringslistan."),
    sub("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", D21),
    sub("Reservation"),
    ("p", "Roger Falk (SD) och Annika Sjölund (SD) reserverar sig mot beslutet. Peter Gran (M), "
          "Mona Lidström (M) och Fredrik Ask (M) reserverar sig till förmån för eget förslag om "
          "sommarlovskort för ungdomar i åldern 13–15 år."),
    sub("Beslutet skickas till"),
    ("lines", ["Kommunfullmäktige", "Samhällsbyggnadsförvaltningen"]),
]

# § 22
BLOCKS += [
    h("22", T22, DNR22),
    info([["Diarienummer", DNR22], ["Ärende", "Motion om 30 km/tim vid samtliga skolor"],
          ["Förslagsställare", "Jessica Lönn (V)"],
          ["Handläggare", "Trafikingenjör Malin Ekström"]]),
    sub("Sammanfattning av ärendet"),
    ("p", f"Jessica Lönn (V) föreslår i en motion {C22[0]}. Samhällsbyggnadsförvaltningen har föreslagit att motionen ska anses "
          "besvarad med hänvisning till det pågående arbetet med en ny hastighetsplan."),
    sub("Beslutsunderlag"),
    ("numlist", "dash", ["Tjänsteskrivelse 2024-01-29", "Motion från Jessica Lönn (V), "
                         "inkommen 2023-06-12", "Kommunstyrelsens arbetsutskott 2024-03-05, § 33"]),
    sub("Yrkanden"),
    ("p", "Tomas Wennberg (S) yrkar att ärendet återremitteras till "
          "samhällsbyggnadsförvaltningen för att konsekvenserna för skolskjutsar och "
          "kollektivtrafik ska utredas."),
    ("p", "Jessica Lönn (V) yrkar bifall till motionen. Peter Gran (M) yrkar bifall till "
          "arbetsutskottets förslag."),
    sub("Propositionsordning"),
    ("p", "Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och "
          "finner att kommunstyrelsen beslutar att återremittera ärendet."),
    sub("Kommunstyrelsens beslut"),
    ("p", D22),
    sub("Beslutet skickas till"),
    ("lines", ["Samhällsbyggnadsförvaltningen"]),
]

# § 23
rows23 = [["Dnr", "Ärende", "Förslagsställare", "Väckt i KF", "Status", "Beräknas klar"]]
rows23 += [[r[0], r[1], r[2], r[3], r[4], r[5]] for r in ROWS23]
BLOCKS += [
    h("23", T23, DNR23),
    sub("Sammanfattning av ärendet"),
    ("p", "Enligt 5 kap. 35 § kommunallagen ska en motion beredas så att kommunfullmäktige kan "
          "fatta beslut inom ett år från det att motionen väcktes. Om beredningen inte kan "
          "avslutas inom den tiden ska detta, och vad som har kommit fram vid beredningen, "
          "anmälas till fullmäktige. Enligt kommunfullmäktiges arbetsordning gäller samma "
          "ordning för medborgarförslag."),
    ("p", "Kommunkansliet redovisar nedan de motioner och medborgarförslag som har väckts för "
          "mer än elva månader sedan och som ännu inte är färdigberedda."),
    ("table", rows23, {"style": "Table Grid", "bold_first_row": True, "small": True,
                       "widths_cm": [2.7, 3.7, 3.0, 2.2, 2.6, 2.2]}),
    sub("Beslutsunderlag"),
    ("numlist", "dash", ["Tjänsteskrivelse 2024-02-26", "Förteckning över pågående motioner "
                         "och medborgarförslag, 2024-02-26"]),
    sub("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige att lägga redovisningen till "
          "handlingarna."),
    sub("Beslutet skickas till"),
    ("lines", ["Kommunfullmäktige"]),
]

# § 24
BLOCKS += [
    h("24", T24, "KS/2024:0051"),
    sub("Sammanfattning av ärendet"),
    ("p", "Ekonomichef Jan Ersson redovisar budgetuppföljningen efter februari. Prognosen för "
          "helåret visar ett underskott på 6,2 miljoner kronor, främst inom socialnämndens "
          "verksamhet för placeringar av barn och unga. Nämnderna har fått i uppdrag att ta "
          "fram åtgärder."),
    sub("Kommunstyrelsens beslut"),
    ("bullets", ["Budgetuppföljningen godkänns.",
                 "Socialnämnden ska redovisa en åtgärdsplan till kommunstyrelsen den 14 maj 2024."]),
    sub("Beslutet skickas till"),
    ("lines", ["Socialnämnden", "Ekonomiavdelningen"]),
]

# § 25
BLOCKS += [
    h("25", T25, "KS/2024:0022"),
    sub("Sammanfattning av ärendet"),
    ("p", "Miljö- och byggnämnden föreslår en ny taxa enligt Sveriges Kommuner och Regioners "
          "underlag, med en timavgift på 1 250 kronor och efterhandsdebitering för "
          "livsmedelskontroll."),
    sub("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta att anta taxa för prövning och "
          "tillsyn enligt miljöbalken att gälla från och med den 1 juli 2024."),
    sub("Beslutet skickas till"),
    ("lines", ["Kommunfullmäktige", "Miljö- och byggnämnden"]),
]

# § 26
BLOCKS += [
    h("26", T26, DNR26),
    info([["Diarienummer", DNR26],
          ["Ärende", "Medborgarförslag om utegym vid Björkhagens idrottsplats"],
          ["Förslagsställare", "Linda Persson"],
          ["Handläggare", "Fritidsstrateg Emma Rosén"]]),
    sub("Sammanfattning av ärendet"),
    ("p", f"Linda Persson föreslår i ett medborgarförslag {C26[0]}. Kommunfullmäktige har den 24 april "
          "2023, § 41, överlåtit till kommunstyrelsen att besluta i ärendet."),
    ("p", "Förvaltningen ser positivt på förslaget. Ett utegym med sex stationer beräknas kosta "
          "240 000 kronor och ryms i investeringsramen för fritidsanläggningar 2024."),
    sub("Beslutsunderlag"),
    ("numlist", "dash", ["Tjänsteskrivelse 2024-02-14", "Medborgarförslag från Linda Persson, "
                         "inkommet 2023-03-02"]),
    sub("Kommunstyrelsens beslut"),
    ("numlist", "decimal_dot", [D26, "Samhällsbyggnadsförvaltningen får i uppdrag att anlägga "
                                "ett utegym vid Björkhagens idrottsplats under 2024 inom "
                                "befintlig investeringsram."]),
    sub("Beslutet skickas till"),
    ("lines", ["Förslagsställaren", "Samhällsbyggnadsförvaltningen", "Kommunfullmäktige för "
               "kännedom"]),
]

# § 27 a
BLOCKS += [
    h("27 a", T27A, DNR27A),
    info([["Diarienummer", DNR27A],
          ["Ärende", "Medborgarförslag om belysning på gång- och cykelvägen Tallmo–Åsen"],
          ["Förslagsställare", "Bertil Strand"],
          ["Handläggare", "Gatuingenjör Kristoffer Lund"]]),
    sub("Sammanfattning av ärendet"),
    ("p", f"Bertil Strand föreslår {C27A[0]}. Kommunfullmäktige har överlåtit "
          "till kommunstyrelsen att besluta i ärendet."),
    ("p", "Sträckan finns redan med i kommunens plan för belysning av gång- och cykelvägar och "
          "är planerad att byggas ut under 2025. Förslaget bedöms därmed vara besvarat."),
    sub("Kommunstyrelsens beslut"),
    ("p", D27A),
    sub("Beslutet skickas till"),
    ("lines", ["Förslagsställaren", "Samhällsbyggnadsförvaltningen"]),
]

# § 27 b
BLOCKS += [
    h("27 b", T27B, DNR27B),
    info([["Diarienummer", DNR27B],
          ["Ärende", "Medborgarförslag om hundrastgård i Tallmo centrum"],
          ["Förslagsställare", "Amira Hassan och Johan Lund"],
          ["Handläggare", "Parkchef Lena Sjögren"]]),
    sub("Sammanfattning av ärendet"),
    ("p", f"Amira Hassan och Johan Lund föreslår {C27B[0]}. Kommunfullmäktige har överlåtit till kommunstyrelsen att "
          "besluta i ärendet."),
    ("p", "Förvaltningen har prövat tre platser i centrum men ingen av dem uppfyller kraven på "
          "avstånd till bostäder och lekplatser. Närmaste hundrastgård finns i dag vid "
          "Tallmo sporthall, cirka 900 meter från centrum."),
    sub("Yrkanden"),
    ("p", "Fredrik Ask (M) yrkar att medborgarförslaget bifalls. Ingrid Backlund (S) yrkar "
          "bifall till förvaltningens förslag."),
    sub("Propositionsordning"),
    ("p", "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller "
          "förvaltningens förslag."),
    sub("Kommunstyrelsens beslut"),
    ("p", D27B),
    sub("Beslutet skickas till"),
    ("lines", ["Förslagsställarna", "Samhällsbyggnadsförvaltningen"]),
]

# § 28, § 29
BLOCKS += [
    h("28", T28, "KS/2024:0004"),
    ("p", "Förteckning över beslut fattade med stöd av delegation under perioden 2024-02-01–"
          "2024-02-29 redovisas, bland annat beslut om yttranden över serveringstillstånd och "
          "personalärenden."),
    sub("Kommunstyrelsens beslut"),
    ("p", "Redovisningen av delegationsbeslut läggs till handlingarna."),
    h("29", T29),
    ("lines", ["Länsstyrelsen: beslut om bidrag till lokala naturvårdsprojekt 2024",
               "Sveriges Kommuner och Regioner: cirkulär 24:07 om budgetförutsättningar",
               "Tallmo Energi AB: protokoll från styrelsemöte 2024-02-20"]),
    sub("Kommunstyrelsens beslut"),
    ("p", "Meddelandena läggs till handlingarna."),
]

ITEMS = [
    other("18", T18), other("19", T19),
    item("20", T20, dnr=DNR20, key=key(DNR20), subject="motion", event="proposed",
         authors=[("Karin Fjällström", "C")], clauses=C20, decision=dec("bifall", D20, proposed=True)),
    item("21", T21, dnr=DNR21, key=key(DNR21), subject="motion", event="proposed",
         authors=[("Roger Falk", "SD"), ("Annika Sjölund", "SD")], clauses=C21,
         decision=dec("avslag", D21, proposed=True)),
    item("22", T22, dnr=DNR22, key=key(DNR22), subject="motion", event="referred_back",
         authors=[("Jessica Lönn", "V")], clauses=C22, decision=dec("aterremiss", D22), reason=R22),
]
for dnr, title, _cell, _v, _st, est, subject, authors in ROWS23:
    ITEMS.append(item("23", title, dnr=dnr, key=key(dnr), subject=subject, event="reported",
                      authors=authors, est=est))
ITEMS += [
    other("24", T24, dnr="KS/2024:0051", key="KS 2024/51"),
    other("25", T25, dnr="KS/2024:0022", key="KS 2024/22"),
    item("26", T26, dnr=DNR26, key=key(DNR26), subject="citizen_proposal", event="decided",
         authors=[("Linda Persson", None)], clauses=C26, decision=dec("bifall", D26)),
    item("27 a", T27A, dnr=DNR27A, key=key(DNR27A), subject="citizen_proposal",
         event="decided", authors=[("Bertil Strand", None)], clauses=C27A,
         decision=dec("besvarad", D27A)),
    item("27 b", T27B, dnr=DNR27B, key=key(DNR27B), subject="citizen_proposal",
         event="decided", authors=[("Amira Hassan", None), ("Johan Lund", None)],
         clauses=C27B,
         decision=dec("avslag", D27B)),
    other("28", T28, dnr="KS/2024:0004", key="KS 2024/4"),
    other("29", T29),
]

DOC = {
    "stem": STEM,
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": "Kommunstyrelsen 2024-03-19", "core_author": "Sofie Öhman",
    "header": [("table", [["TALLMO KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Sida {PAGE} av {NUMPAGES}"],
                          ["Kommunstyrelsen", "Sammanträdesdatum 2024-03-19", ""]],
                {"widths_cm": [5.4, 7.0, 4.0]})],
    "footer": ["Justerandes sign ……………………  ……………………\t\tUtdragsbestyrkande ……………………"],
    "blocks": BLOCKS,
    "post": fix_grid,
    "truth": protocol("protocol", MUNI, "KS", DATE, ITEMS),
    "sections": {"styles": ["Heading 2"], "re": r"^KS § (?P<p>\d+(?: [a-z])?)  "},
}
