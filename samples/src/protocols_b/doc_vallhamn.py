"""vallhamn-kf-2024-05-13_protokoll: a big-city ("stad") KF protocol, §§ 54–73.

Layout: cover form (label/value tables), närvarolista, a list of the ärenden;
then every § starts on a new page with "§ 54" alone as Heading 2, the agenda line
"Ärende 12" (agenda numbers are not in § order), the title as Heading 3, reference
lines "Motion (2023:41) av … (S)", "Utlåtande 2024:31 KS", "Dnr KS 2023/00455".
Proposals and decisions are Word-numbered beslutssatser without "att" under
"Kommunstyrelsens förslag" and "Kommunfullmäktige beslutar följande". § 62 goes
against the KS proposal after a votering with a full voteringslista (runs over
pages); § 55 lists four new motions (overlamnad). Running head "Sida n (m)", footer
"Justerandes sign | Utdragsbestyrkande".
"""
from blocks import fix_grid
from tlib import dec, item, other, protocol

STEM = "vallhamn-kf-2024-05-13_protokoll"
MUNI = "Vallhamns kommun"
DATE = "2024-05-13"

# ------------------------------------------------------------------ members
SEATS = [("S", 22), ("V", 5), ("MP", 3), ("M", 16), ("SD", 8), ("C", 3), ("L", 2), ("KD", 2)]
NAMED = {
    "S": ["Margareta Ekholm", "Johan Lindell", "Petra Lund", "Hanna Sjöberg", "Anna Lindqvist",
          "Per Håkansson", "Sara Ek", "Sofia Karimi", "Leo Wallin"],
    "V": ["Mikael Rask", "Fatima Rahimi"],
    "MP": ["Oskar Blom"],
    "M": ["Lars-Göran Viklund", "Axel Berglöf", "Karl Dahlberg", "Ebba Norén"],
    "SD": ["Kristin Palm", "Ronny Stål"],
    "C": ["Lennart Hed", "Linnea Åkerman"],
    "L": ["Maja Strand", "Jenny Holmqvist"],
    "KD": ["Ulla Fors", "Birgitta Lövgren"],
}
_FIRST = ["Agneta", "Bengt", "Camilla", "Dan", "Elin", "Fredrik", "Gunilla", "Henrik", "Ida",
          "Jonas", "Karin", "Lars", "Maria", "Niklas", "Olivia", "Patrik", "Rebecka", "Stefan",
          "Therese", "Ulf", "Viktoria", "William", "Yvonne", "Åsa", "Örjan", "Anders", "Britt",
          "Christer", "Diana", "Emil", "Frida", "Göran", "Hedvig", "Ivar", "Josefin"]
_LAST = ["Nyström", "Bergkvist", "Hallberg", "Sandin", "Forsgren", "Lindahl", "Morén", "Ekdahl",
         "Sundqvist", "Wiklander", "Holmgren", "Nordin", "Åberg", "Lundmark", "Strömberg",
         "Tornberg", "Vikström", "Ahlgren", "Boman", "Dahlin", "Edlund", "Fransson", "Granlund",
         "Hägg", "Isaksson", "Jäderberg", "Kjellin", "Lidén", "Malm", "Norberg", "Ottosson"]


def _members():
    out, k = [], 0
    for party, n in SEATS:
        names = list(NAMED[party])
        while len(names) < n:
            names.append(f"{_FIRST[k % len(_FIRST)]} {_LAST[(k * 7) % len(_LAST)]}")
            k += 1
        out += [(nm, party) for nm in names]
    return out


MEMBERS = _members()
assert len(MEMBERS) == 61 and len({m for m, _ in MEMBERS}) == 61

# ------------------------------------------------------------------ texts
T55 = "Anmälan av inkomna motioner"
MOT55 = [
    ("Motion om trygga skolvägar i ytterstaden",
     "Motion (2024:14) av Anna Lindqvist, Per Håkansson och Sara Ek (alla S)",
     "KS 2024/00611", "KS 2024/611",
     [("Anna Lindqvist", "S"), ("Per Håkansson", "S"), ("Sara Ek", "S")]),
    ("Motion om en plan för stadens kulturmiljöer",
     "Motion (2024:15) av Karl Dahlberg och Ebba Norén (båda M)",
     "KS 2024/00618", "KS 2024/618", [("Karl Dahlberg", "M"), ("Ebba Norén", "M")]),
    ("Motion om avgiftsfri kollektivtrafik för barn under 12 år",
     "Motion (2024:16) av Fatima Rahimi m.fl. (V)",
     "KS 2024/00623", "KS 2024/623", [("Fatima Rahimi", "V")]),
    ("Motion om pollinatörsvänliga grönytor i parkerna",
     "Motion (2024:17) av Oskar Blom (MP)",
     "KS 2024/00640", "KS 2024/640", [("Oskar Blom", "MP")]),
]
D55 = "Motionerna överlämnas till kommunstyrelsen för beredning."

T57 = "Motion om fler spontanidrottsplatser i ytterstaden"
D57 = "Motionen anses därmed besvarad."
K57 = ["Idrottsnämnden får i uppdrag att ta fram en plan för utbyggnad av spontanidrottsplatser "
       "i ytterstadens stadsdelar och redovisa den till kommunstyrelsen senast den 31 mars 2025.",
       D57]

T58 = "Motion om simskola för alla barn i årskurs 2"
D58 = "Motionen bifalls."
K58 = [D58,
       "Utbildningsnämnden får i uppdrag att i samverkan med idrottsnämnden erbjuda "
       "simundervisning till samtliga elever i årskurs 2 från och med höstterminen 2024.",
       "Kostnaden, 1,8 miljoner kronor per år, finansieras inom utbildningsnämndens budgetram."]

# clauses retold in the "Ärendet" texts of §§ 58, 62, 66, 68 (issue 11 convention)
C58 = ["att alla barn ska erbjudas simskola redan i årskurs 2, på skoltid och utan kostnad för "
       "familjerna"]
C62 = ["att staden anställer trygghetsvärdar som rör sig i centrala Vallhamn under kvällar och "
       "helger, i samverkan med polisen och fastighetsägarna"]
C66 = ["att staden tar över köerna till de elva koloniområdena, som i dag sköts av de lokala "
       "föreningarna, och inför en gemensam digital kö"]
C68 = ["att alla kommunala badplatser ska ha ramper, badstolar och tillgänglighetsanpassade "
       "omklädningsrum senast sommaren 2026"]

T59 = "Ekonomiska ramar för 2025 och preliminär skattesats"
T60 = "Tilläggsbudget 2024 för äldrenämnden"

T61 = "Motion om att avveckla Vallhamn Marknad AB"
D61 = "Motionen avslås."

T62 = "Motion om trygghetsvärdar i centrala Vallhamn"
D62 = "Motionen bifalls."

T63 = "Motion om fler bänkar och offentliga toaletter längs stadens promenadstråk"
C63 = ["att staden placerar ut sittbänkar med högst 200 meters mellanrum längs de större "
       "promenadstråken",
       "att antalet offentliga toaletter som är öppna året runt fördubblas till år 2027",
       "att en karta över bänkar och toaletter publiceras på stadens webbplats"]
D63 = "Motionen anses därmed besvarad."

T64 = "Detaljplan för kvarteret Tranan 4 i stadsdelen Norrås"
T65 = "Taxa för upplåtelse av offentlig plats"
T66 = "Motion om en gemensam kö till stadens koloniområden"
D66 = "Motionen avslås."
T67 = "Motion om språkombud i förskolan"
D67 = "Motionen bifalls."
T68 = "Motion om tillgängliga badplatser för personer med funktionsnedsättning"
D68 = "Motionen anses därmed besvarad."
T54 = "Val av justerare och tid för justering"
T56 = "Avsägelser och val"
T69 = "Ägardirektiv för Vallhamns Hamn AB"
T70 = "Svar på interpellation (2024:9) av Kristin Palm (SD) om stadens kostnader för konsulter"
T71 = "Svar på interpellation (2024:11) av Ebba Norén (M) om handläggningstider för bygglov"
T72 = "Anmälan av inkomna interpellationer"
T73 = "Anmälan av revisorernas granskningsrapporter"

ORDER = [  # (§, Ärende, title)
    ("54", "1", T54), ("55", "2", T55), ("56", "3", T56), ("57", "12", T57), ("58", "9", T58),
    ("59", "5", T59), ("60", "6", T60), ("61", "10", T61), ("62", "11", T62), ("63", "13", T63),
    ("64", "7", T64), ("65", "8", T65), ("66", "14", T66), ("67", "15", T67), ("68", "16", T68),
    ("69", "4", T69), ("70", "17", T70), ("71", "18", T71), ("72", "19", T72), ("73", "20", T73),
]
AG = {p: a for p, a, _ in ORDER}

B = {"bold": True}


def head(par, refs=()):
    t = {p: tt for p, _, tt in ORDER}[par]
    out = [("hx", 2, f"§ {par}", {"pbb": True}),
           ("p", f"Ärende {AG[par]}", {"space_after": 2}),
           ("h3", t)]
    if refs:
        out.append(("lines", list(refs)))
        out.append(("empty",))
    return out


def ks(points):
    return [("p", "Kommunstyrelsens förslag", B), ("numlist", "decimal_dot", points)]


def kf(points):
    return [("p", "Kommunfullmäktige beslutar följande", B), ("numlist", "decimal_dot", points)]


def votes_table():
    rows = [["Ledamot", "Parti", "Ja", "Nej", "Avstår"]]
    for name, party in MEMBERS:
        ja = party in ("S", "V", "MP")
        rows.append([name, party, "X" if ja else "", "" if ja else "X", ""])
    rows.append(["Summa", "", "30", "31", "0"])
    return ("table", rows, {"style": "Table Grid", "bold_first_row": True,
                            "widths_cm": [6.4, 2.0, 2.6, 2.6, 2.8]})


def cover():
    def lt(rows):
        return ("label_table", rows, {"style": "Table Grid", "widths_cm": [4.6, 11.8]})
    return [
        ("p", "VALLHAMNS STAD", {"bold": True, "size": 16}),
        ("p", "PROTOKOLL nr 9/2024", {"bold": True, "size": 14}),
        ("p", "Kommunfullmäktige", {"size": 13}),
        ("empty",),
        lt([["Sammanträdesdatum", "Måndagen den 13 maj 2024"],
            ["Plats och tid", "Stadshuset, fullmäktigesalen, kl. 15.00–17.50 och 18.45–22.35"],
            ["Beslutande", "Se närvarolistan, sidan 2"],
            ["Övriga närvarande", "Stadsdirektör Eva Granqvist\nKommunsekreterare Malin Åström\n"
                                  "Stadsjurist Henrik Ljung\nFullmäktigeassistent Tove Kron"],
            ["Utses att justera", "Petra Lund (S) och Axel Berglöf (M)"],
            ["Justeringens plats och tid", "Stadshuset, 2024-05-20 kl. 10.00"],
            ["Paragrafer", "§§ 54–73"]]),
        ("p", "Underskrifter", B),
        lt([["Sekreterare", "………………………………………\nMalin Åström"],
            ["Ordförande", "………………………………………\nMargareta Ekholm"],
            ["Justerande", "………………………………………\nPetra Lund"],
            ["", "………………………………………\nAxel Berglöf"]]),
        ("p", "ANSLAG/BEVIS", B),
        ("p", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på "
              "Vallhamns kommuns officiella anslagstavla."),
        lt([["Organ", "Kommunfullmäktige"],
            ["Sammanträdesdatum", "2024-05-13"],
            ["Datum då anslaget sätts upp", "2024-05-21"],
            ["Datum då anslaget tas ned", "2024-06-12"],
            ["Förvaringsplats för protokollet", "Stadsledningskontoret, stadshuset"],
            ["Underskrift", "………………………………………\nMalin Åström"]]),
    ]


def narvaro():
    rows = [["Ledamot", "Parti", "Anmärkning"]]
    for name, party in MEMBERS:
        note = ""
        if name == "Margareta Ekholm":
            note = "ordförande"
        elif name == "Lars-Göran Viklund":
            note = "1:e vice ordförande"
        elif name == "Linnea Åkerman":
            note = "§§ 54–65; ersätts av Niklas Sundqvist (C) §§ 66–73"
        rows.append([name, party, note])
    return [
        ("p", "Närvarolista", {"bold": True, "size": 13, "style": None}),
        ("p", "Närvarande ledamöter och tjänstgörande ersättare. Vid upprop kl. 15.00 var 61 "
              "ledamöter närvarande."),
        ("table", rows, {"style": "Table Grid", "bold_first_row": True,
                         "widths_cm": [6.4, 2.0, 8.0]}),
        ("p", "Ärenden", {"bold": True, "size": 13}),
        ("lines", [f"§ {p}\tÄrende {a}\t{t}" for p, a, t in ORDER]),
    ]


BLOCKS = cover() + [("page_break",)] + narvaro()

# § 54
BLOCKS += head("54") + kf([
    "Petra Lund (S) och Axel Berglöf (M) utses att jämte ordföranden justera dagens protokoll.",
    "Justeringen äger rum den 20 maj 2024 kl. 10.00 i stadshuset."])

# § 55
BLOCKS += head("55", ["Dnr KS 2024/00009"])
BLOCKS += [("p", "Följande motioner har getts in sedan föregående sammanträde och anmäls nu "
                 "för kommunfullmäktige.")]
mot_lines = []
for k, (title, ref, dnr, _key, _a) in enumerate(MOT55, 1):
    BLOCKS += [("p", f"{k}. {title}", {"bold": True, "space_after": 0}),
               ("lines", [ref, f"Dnr {dnr}"], {"indent_cm": 0.6}),
               ("empty",)]
BLOCKS += kf([D55])

# § 56
BLOCKS += head("56", ["Dnr KS 2024/00010"])
BLOCKS += [
    ("p", "Linnea Åkerman (C) har i en skrivelse den 22 april 2024 avsagt sig uppdraget som "
          "ersättare i idrottsnämnden."),
    ("p", "Valberedningen föreslår att Erik Sundell (C) väljs till ny ersättare för tiden till "
          "och med den 31 december 2026."),
] + kf(["Avsägelsen godkänns.",
        "Till ny ersättare i idrottsnämnden för tiden till och med den 31 december 2026 väljs "
        "Erik Sundell (C)."])

# § 57
BLOCKS += head("57", ["Motion (2023:41) av Hanna Sjöberg (S) och Mikael Rask (V)",
                      "Utlåtande 2024:31 KS", "Dnr KS 2023/00455"])
BLOCKS += ks(K57) + [
    ("p", "Ärendet", B),
    ("p", "Hanna Sjöberg (S) och Mikael Rask (V) pekar i motionen på att barn och unga i "
          "ytterstaden har betydligt längre till en spontanidrottsplats än barn i de centrala "
          "stadsdelarna. Motionärerna vill att staden bygger minst en ny anläggning per år i "
          "ytterstaden och att de unga själva får vara med och utforma platserna."),
    ("p", "Idrottsnämnden delar motionärernas bild och har under 2023 påbörjat en inventering "
          "av befintliga ytor. Stadsbyggnadsnämnden framhåller att nya spontanidrottsplatser "
          "bör pekas ut redan i detaljplaneskedet. Stadsledningskontoret bedömer att en samlad "
          "plan ger bättre förutsättningar än ett fast antal anläggningar per år, och att "
          "motionen med det uppdraget kan anses besvarad."),
    ("p", "Remissinstanser", B),
    ("p", "Idrottsnämnden, stadsbyggnadsnämnden, Norrås stadsdelsnämnd och Vallhamns "
          "ungdomsråd har yttrat sig över motionen."),
    ("p", "Anföranden", B),
    ("p", "Anföranden hölls av Hanna Sjöberg (S), Axel Berglöf (M), Kristin Palm (SD) och "
          "Mikael Rask (V)."),
    ("p", "Yrkanden", B),
    ("p", "Hanna Sjöberg (S) yrkade bifall till kommunstyrelsens förslag."),
    ("p", "Axel Berglöf (M) yrkade bifall till kommunstyrelsens förslag med tillägget att "
          "planen även ska innehålla en beräkning av drifts- och underhållskostnaderna."),
    ("p", "Propositionsordning", B),
    ("p", "Ordföranden ställde först proposition på kommunstyrelsens förslag och fann det "
          "bifallet. Därefter ställde ordföranden proposition på Axel Berglöfs tilläggsyrkande "
          "och fann det avslaget."),
] + kf(K57) + [
    ("p", "Reservation", B),
    ("p", "Axel Berglöf, Karl Dahlberg och Ebba Norén (alla M) reserverade sig mot beslutet "
          "till förmån för eget tilläggsyrkande."),
    ("p", "Expedieras: Idrottsnämnden, stadsbyggnadsnämnden, motionärerna", {"italic": True}),
]

# § 58
BLOCKS += head("58", ["Motion (2023:52) av Jenny Holmqvist (L)", "Utlåtande 2024:27 KS",
                      "Dnr KS 2023/00602"])
BLOCKS += ks(K58) + [
    ("p", "Ärendet", B),
    ("p", "Jenny Holmqvist (L) konstaterar i motionen att var femte elev i årskurs 6 i "
          "Vallhamn inte når kunskapskravet i simning. Hon föreslår "
          f"{C58[0]}."),
    ("p", "Utbildningsnämnden tillstyrker motionen och bedömer att undervisningen kan "
          "genomföras i stadens tre simhallar. Idrottsnämnden har bekräftat att det finns "
          "tider under förmiddagarna. Kostnaden för simlärare och bussresor beräknas till "
          "1,8 miljoner kronor per år."),
    ("p", "Anföranden", B),
    ("p", "Anföranden hölls av Jenny Holmqvist (L) och Petra Lund (S)."),
    ("p", "Yrkanden", B),
    ("p", "Jenny Holmqvist (L), Petra Lund (S) och Axel Berglöf (M) yrkade bifall till "
          "kommunstyrelsens förslag."),
] + kf(K58) + [
    ("p", "Expedieras: Utbildningsnämnden, idrottsnämnden, motionären", {"italic": True}),
]

# § 59
BLOCKS += head("59", ["Utlåtande 2024:22 KS", "Dnr KS 2024/00201"])
BLOCKS += ks(["Den preliminära skattesatsen för 2025 fastställs till 21:64 kronor per "
              "skattekrona.",
              "Nämndernas ekonomiska ramar för 2025 fastställs enligt bilaga 1 till utlåtandet.",
              "Kommunstyrelsen får i uppdrag att lägga fram förslag till mål och budget för "
              "2025–2027 vid kommunfullmäktiges sammanträde i november 2024."]) + [
    ("p", "Ärendet", B),
    ("p", "Stadsledningskontoret har tagit fram ett underlag till ekonomiska ramar för 2025 "
          "utifrån Sveriges Kommuner och Regioners prognos från april. Skatteunderlaget "
          "väntas växa med 3,1 procent, medan kostnaderna för pensioner och "
          "befolkningsökning ökar snabbare. Skattesatsen föreslås vara oförändrad."),
    ("p", "Yrkanden", B),
    ("p", "Johan Lindell (S) yrkade bifall till kommunstyrelsens förslag."),
    ("p", "Axel Berglöf (M) yrkade att skattesatsen fastställs till 21:39 kronor och att "
          "ramarna justeras enligt Moderaternas förslag."),
    ("p", "Kristin Palm (SD) yrkade att skattesatsen fastställs till 21:14 kronor."),
    ("p", "Propositionsordning", B),
    ("p", "Ordföranden ställde proposition på de tre förslagen och fann kommunstyrelsens "
          "förslag bifallet. Votering begärdes. Till motförslag i voteringen utsågs Axel "
          "Berglöfs yrkande."),
    ("p", "Voteringsproposition: Den som vill bifalla kommunstyrelsens förslag röstar ja. Den "
          "som vill bifalla Axel Berglöfs yrkande röstar nej."),
    ("p", "Omröstningsresultat: 30 ja-röster, 26 nej-röster, 5 ledamöter avstod. "
          "Kommunfullmäktige har alltså beslutat enligt kommunstyrelsens förslag."),
] + kf(["Den preliminära skattesatsen för 2025 fastställs till 21:64 kronor per skattekrona.",
        "Nämndernas ekonomiska ramar för 2025 fastställs enligt bilaga 1 till utlåtandet.",
        "Kommunstyrelsen får i uppdrag att lägga fram förslag till mål och budget för "
        "2025–2027 vid kommunfullmäktiges sammanträde i november 2024."]) + [
    ("p", "Reservationer", B),
    ("p", "Ledamöterna från M och KD reserverade sig mot beslutet till förmån för Axel "
          "Berglöfs yrkande. Ledamöterna från SD reserverade sig till förmån för Kristin "
          "Palms yrkande."),
]

# § 60
BLOCKS += head("60", ["Utlåtande 2024:25 KS", "Dnr KS 2024/00350"])
BLOCKS += ks(["Äldrenämnden tilldelas 14,5 miljoner kronor i tilläggsbudget för 2024 för "
              "ökade kostnader för köpta platser i särskilt boende.",
              "Tilläggsbudgeten finansieras ur den centrala reserven."]) + [
    ("p", "Ärendet", B),
    ("p", "Äldrenämnden har begärt tillskott eftersom efterfrågan på platser i särskilt boende "
          "har ökat snabbare än vad som förutsågs i budgeten. Stadsledningskontoret har "
          "granskat prognosen och tillstyrker ett tillskott."),
    ("p", "Yrkanden", B),
    ("p", "Sofia Karimi (S) och Ulla Fors (KD) yrkade bifall till kommunstyrelsens förslag."),
] + kf(["Äldrenämnden tilldelas 14,5 miljoner kronor i tilläggsbudget för 2024 för ökade "
        "kostnader för köpta platser i särskilt boende.",
        "Tilläggsbudgeten finansieras ur den centrala reserven."])

# § 61
BLOCKS += head("61", ["Motion (2023:38) av Kristin Palm och Ronny Stål (båda SD)",
                      "Utlåtande 2024:29 KS", "Dnr KS 2023/00421"])
BLOCKS += ks([D61]) + [
    ("p", "Ärendet", B),
    ("p", "Motionärerna anser att stadens helägda bolag Vallhamn Marknad AB, som arbetar med "
          "besöksnäring och evenemang, inte är en kommunal kärnuppgift. De vill att bolaget "
          "avvecklas och att de medel som frigörs går till äldreomsorgen."),
    ("p", "Kommunstyrelsens ägarutskott har inhämtat bolagets synpunkter. Stadsledningskontoret "
          "konstaterar att bolaget till största delen finansieras genom intäkter från "
          "evenemang och att en avveckling inte skulle frigöra några större belopp. Bolagets "
          "uppdrag ses i stället över i arbetet med nya ägardirektiv."),
    ("p", "Anföranden", B),
    ("p", "Anföranden hölls av Kristin Palm (SD), Johan Lindell (S), Axel Berglöf (M) och "
          "Ronny Stål (SD)."),
    ("p", "Yrkanden", B),
    ("p", "Kristin Palm (SD) yrkade, med instämmande av Ronny Stål (SD), bifall till motionen."),
    ("p", "Johan Lindell (S) och Axel Berglöf (M) yrkade bifall till kommunstyrelsens förslag."),
    ("p", "Propositionsordning", B),
    ("p", "Ordföranden ställde proposition på kommunstyrelsens förslag mot Kristin Palms "
          "yrkande och fann kommunstyrelsens förslag bifallet. Votering begärdes."),
    ("p", "Voteringsproposition: Den som vill bifalla kommunstyrelsens förslag röstar ja. Den "
          "som vill bifalla Kristin Palms yrkande röstar nej."),
    ("p", "Omröstningsresultat: 53 ja-röster och 8 nej-röster. Kommunfullmäktige har alltså "
          "beslutat enligt kommunstyrelsens förslag."),
] + kf([D61]) + [
    ("p", "Reservation", B),
    ("p", "Ledamöterna från SD reserverade sig mot beslutet till förmån för Kristin Palms "
          "yrkande."),
    ("p", "Expedieras: Vallhamn Marknad AB, motionärerna", {"italic": True}),
]

# § 62
BLOCKS += head("62", ["Motion (2023:45) av Axel Berglöf (M)", "Utlåtande 2024:30 KS",
                      "Dnr KS 2023/00517"])
BLOCKS += ks([D61]) + [
    ("p", "Ärendet", B),
    ("p", f"Axel Berglöf (M) föreslår i motionen {C62[0]}."),
    ("p", "Stadsledningskontoret hänvisar till det pågående trygghetsarbetet med "
          "ordningsvakter i kollektivtrafiken och nattvandrare, och bedömer att trygghetsvärdar "
          "inte ryms i budgeten för 2024. Kommunstyrelsen föreslår därför att motionen avslås."),
    ("p", "Anföranden", B),
    ("p", "Anföranden hölls av Axel Berglöf (M), Johan Lindell (S), Lennart Hed (C), Ulla "
          "Fors (KD), Fatima Rahimi (V) och Kristin Palm (SD)."),
    ("p", "Yrkanden", B),
    ("p", "Axel Berglöf (M) yrkade, med instämmande av Kristin Palm (SD), Ulla Fors (KD), "
          "Lennart Hed (C) och Maja Strand (L), bifall till motionen samt att kommunstyrelsen "
          "ges i uppdrag att införa trygghetsvärdar under 2025."),
    ("p", "Johan Lindell (S) yrkade bifall till kommunstyrelsens förslag."),
    ("p", "Propositionsordning", B),
    ("p", "Ordföranden ställde proposition på kommunstyrelsens förslag mot Axel Berglöfs "
          "yrkande och fann kommunstyrelsens förslag bifallet. Votering begärdes."),
    ("p", "Voteringsproposition: Den som vill bifalla kommunstyrelsens förslag röstar ja. Den "
          "som vill bifalla Axel Berglöfs yrkande röstar nej."),
    ("p", "Omröstningsresultat: 30 ja-röster och 31 nej-röster enligt voteringslistan nedan. "
          "Kommunfullmäktige har alltså bifallit Axel Berglöfs yrkande."),
] + kf([D62, "Kommunstyrelsen får i uppdrag att i samråd med berörda nämnder och bolag införa "
             "trygghetsvärdar i centrala Vallhamn under 2025."]) + [
    ("p", "Reservation", B),
    ("p", "Johan Lindell (S), Fatima Rahimi (V) och Oskar Blom (MP) reserverade sig, jämte "
          "övriga ledamöter från sina partier, mot beslutet till förmån för kommunstyrelsens "
          "förslag."),
    ("p", "Voteringslista § 62", B),
    votes_table(),
    ("p", "Expedieras: Kommunstyrelsen, polisen i Vallhamn, motionären", {"italic": True}),
]

# § 63
BLOCKS += head("63", ["Motion (2023:49) av Birgitta Lövgren (KD)", "Utlåtande 2024:33 KS",
                      "Dnr KS 2023/00566"])
BLOCKS += ks(["Trafiknämnden får i uppdrag att i den pågående översynen av stadens gångstråk "
              "särskilt belysa behovet av sittplatser och offentliga toaletter.", D63]) + [
    ("p", "Ärendet", B),
    ("p", "Birgitta Lövgren (KD) skriver att många äldre avstår från promenader eftersom det "
          "saknas platser att vila på och toaletter längs vägen. I motionen föreslås att "
          "kommunfullmäktige beslutar"),
] + [("p", c, {"indent_cm": 1.0}) for c in C63] + [
    ("p", "Trafiknämnden har i sitt yttrande redovisat att en översyn av gångstråken pågår och "
          "ska vara klar under 2025. Antalet toaletter bedöms inte kunna fördubblas inom "
          "befintliga ramar, men nämnden avser att pröva fler toaletter i samverkan med "
          "handeln. En digital karta kan tas fram inom ramen för översynen."),
    ("p", "Anföranden", B),
    ("p", "Anföranden hölls av Birgitta Lövgren (KD) och Sara Ek (S)."),
    ("p", "Yrkanden", B),
    ("p", "Birgitta Lövgren (KD) yrkade bifall till motionens tre att-satser."),
    ("p", "Sara Ek (S) yrkade bifall till kommunstyrelsens förslag."),
    ("p", "Propositionsordning", B),
    ("p", "Ordföranden ställde proposition på kommunstyrelsens förslag mot Birgitta Lövgrens "
          "yrkande och fann kommunstyrelsens förslag bifallet."),
] + kf(["Trafiknämnden får i uppdrag att i den pågående översynen av stadens gångstråk "
        "särskilt belysa behovet av sittplatser och offentliga toaletter.", D63]) + [
    ("p", "Reservation", B),
    ("p", "Birgitta Lövgren (KD) och Ulla Fors (KD) reserverade sig mot beslutet."),
]

# § 64
BLOCKS += head("64", ["Utlåtande 2024:24 KS", "Dnr SBN 2022/01140"])
BLOCKS += ks(["Detaljplan för kvarteret Tranan 4 i stadsdelen Norrås antas."]) + [
    ("p", "Ärendet", B),
    ("p", "Detaljplanen möjliggör cirka 180 bostäder, en förskola med sex avdelningar och "
          "lokaler för handel i bottenvåningarna. Planen har varit utställd för granskning "
          "under januari och februari 2024."),
] + kf(["Detaljplan för kvarteret Tranan 4 i stadsdelen Norrås antas."])

# § 65
BLOCKS += head("65", ["Utlåtande 2024:26 KS", "Dnr KS 2024/00288"])
BLOCKS += ks(["Taxa för upplåtelse av offentlig plats fastställs enligt bilaga 1 till "
              "utlåtandet och gäller från och med den 1 juli 2024."]) + [
    ("p", "Ärendet", B),
    ("p", "Taxan har inte räknats upp sedan 2019. Trafiknämnden föreslår en höjning med i "
          "genomsnitt 12 procent och en ny avgiftsklass för uteserveringar under vintern."),
] + kf(["Taxa för upplåtelse av offentlig plats fastställs enligt bilaga 1 till utlåtandet och "
        "gäller från och med den 1 juli 2024."])

# § 66
BLOCKS += head("66", ["Motion (2023:57) av Lennart Hed (C)", "Utlåtande 2024:35 KS",
                      "Dnr KS 2023/00688"])
BLOCKS += ks([D66]) + [
    ("p", "Ärendet", B),
    ("p", f"Lennart Hed (C) föreslår {C66[0]}."),
    ("p", "Fastighetsnämnden avstyrker motionen. Föreningarna har arrendeavtal med staden och "
          "ansvarar själva för sina medlemsregister. En gemensam kö skulle kräva nya avtal och "
          "en administration som staden i dag inte har."),
    ("p", "Yrkanden", B),
    ("p", "Lennart Hed (C) yrkade bifall till motionen."),
    ("p", "Petra Lund (S) yrkade bifall till kommunstyrelsens förslag."),
    ("p", "Propositionsordning", B),
    ("p", "Ordföranden ställde proposition på kommunstyrelsens förslag mot Lennart Heds yrkande "
          "och fann kommunstyrelsens förslag bifallet."),
] + kf([D66]) + [
    ("p", "Reservation", B),
    ("p", "Lennart Hed (C) reserverade sig mot beslutet."),
]

# § 67
BLOCKS += head("67", ["Motion (2023:60) av Sofia Karimi och Leo Wallin (båda S)",
                      "Utlåtande 2024:36 KS", "Dnr KS 2023/00702"])
BLOCKS += ks([D67, "Förskolenämnden får i uppdrag att utse ett språkombud på varje kommunal "
                   "förskola senast den 1 januari 2025."]) + [
    ("p", "Ärendet", B),
    ("p", "Motionärerna vill att varje förskola ska ha en medarbetare med särskilt ansvar för "
          "barnens språkutveckling, som stöd för kollegorna och som kontakt för "
          "vårdnadshavarna."),
    ("p", "Förskolenämnden tillstyrker motionen. Ett liknande arbetssätt har prövats i två "
          "stadsdelar med goda resultat. Kostnaden för utbildning av ombuden ryms i nämndens "
          "kompetensutvecklingsbudget."),
    ("p", "Yrkanden", B),
    ("p", "Sofia Karimi (S) och Maja Strand (L) yrkade bifall till kommunstyrelsens förslag."),
] + kf([D67, "Förskolenämnden får i uppdrag att utse ett språkombud på varje kommunal förskola "
             "senast den 1 januari 2025."])

# § 68
BLOCKS += head("68", ["Motion (2023:63) av Maja Strand (L)", "Utlåtande 2024:37 KS",
                      "Dnr KS 2023/00731"])
BLOCKS += ks(["Idrottsnämnden och stadsbyggnadsnämnden får i uppdrag att vid ordinarie "
              "underhåll av stadens badplatser prioritera tillgänglighetsåtgärder.", D68]) + [
    ("p", "Ärendet", B),
    ("p", f"Maja Strand (L) föreslår {C68[0]}."),
    ("p", "Idrottsnämnden redovisar att fyra av stadens fjorton badplatser redan är anpassade "
          "och att ytterligare tre står på tur i underhållsplanen. En snabbare takt bedöms "
          "kräva nya investeringsmedel."),
    ("p", "Yrkanden", B),
    ("p", "Maja Strand (L) yrkade bifall till kommunstyrelsens förslag."),
] + kf(["Idrottsnämnden och stadsbyggnadsnämnden får i uppdrag att vid ordinarie underhåll av "
        "stadens badplatser prioritera tillgänglighetsåtgärder.", D68])

# § 69
BLOCKS += head("69", ["Utlåtande 2024:20 KS", "Dnr KS 2024/00077"])
BLOCKS += ks(["Ägardirektiv för Vallhamns Hamn AB fastställs enligt bilaga 1 till utlåtandet.",
              "Stadens ombud vid bolagsstämman instrueras att rösta för att ägardirektivet "
              "antas."]) + [
    ("p", "Ärendet", B),
    ("p", "Ägardirektivet har uppdaterats med mål för hamnens klimatarbete och ett tydligare "
          "avkastningskrav."),
] + kf(["Ägardirektiv för Vallhamns Hamn AB fastställs enligt bilaga 1 till utlåtandet.",
        "Stadens ombud vid bolagsstämman instrueras att rösta för att ägardirektivet antas."])

# § 70
BLOCKS += head("70", ["Dnr KS 2024/00398"])
BLOCKS += [
    ("p", "Kristin Palm (SD) har i en interpellation till kommunstyrelsens ordförande frågat hur "
          "mycket staden har betalat för konsulter under 2023 och vilka åtgärder som vidtas "
          "för att minska kostnaderna."),
    ("p", "Kommunalrådet Johan Lindell (S) besvarade interpellationen."),
    ("p", "Anföranden hölls av Kristin Palm (SD), Johan Lindell (S) och Ronny Stål (SD)."),
    ("p", "Överläggningen förklarades avslutad. Interpellationen är därmed besvarad."),
]

# § 71
BLOCKS += head("71", ["Dnr KS 2024/00412"])
BLOCKS += [
    ("p", "Ebba Norén (M) har i en interpellation till stadsbyggnadsnämndens ordförande frågat "
          "varför handläggningstiden för bygglov har ökat och när nämnden räknar med att klara "
          "lagens tidsfrister."),
    ("p", "Stadsbyggnadsnämndens ordförande Per Håkansson (S) besvarade interpellationen."),
    ("p", "Anföranden hölls av Ebba Norén (M) och Per Håkansson (S)."),
    ("p", "Överläggningen förklarades avslutad. Interpellationen är därmed besvarad."),
]

# § 72
BLOCKS += head("72", ["Dnr KS 2024/00011"])
BLOCKS += [
    ("p", "Följande interpellationer har getts in och anmäls. De besvaras vid "
          "kommunfullmäktiges sammanträde den 10 juni 2024."),
    ("lines", ["Interpellation (2024:13) av Ronny Stål (SD) om bemanningen på stadens "
               "fritidsgårdar",
               "Interpellation (2024:14) av Lennart Hed (C) om skötseln av stadens "
               "gång- och cykelvägar vintertid"]),
] + kf(["Interpellationerna får ställas."])

# § 73
BLOCKS += head("73", ["Dnr KS 2024/00013"])
BLOCKS += [
    ("p", "Stadsrevisionen har överlämnat granskningsrapporter om äldrenämndens uppföljning av "
          "avtal och om stadens arbete med informationssäkerhet."),
] + kf(["Granskningsrapporterna läggs till handlingarna."]) + [
    ("empty",),
    ("p", "Vid protokollet", {"italic": True}),
    ("lines", ["Malin Åström", "kommunsekreterare"]),
]

# ------------------------------------------------------------------ truth
ITEMS = [other("54", T54, agenda="1")]
for title, ref, dnr, key, authors in MOT55:
    ITEMS.append(item("55", title, agenda="2", dnr=dnr, key=key, subject="motion",
                      event="raised", authors=authors, decision=dec("overlamnad", D55)))
ITEMS += [
    other("56", T56, agenda="3", dnr="KS 2024/00010", key="KS 2024/10"),
    item("57", T57, agenda="12", dnr="KS 2023/00455", key="KS 2023/455", subject="motion",
         event="decided", authors=[("Hanna Sjöberg", "S"), ("Mikael Rask", "V")],
         decision=dec("besvarad", D57)),
    item("58", T58, agenda="9", dnr="KS 2023/00602", key="KS 2023/602", subject="motion",
         event="decided", authors=[("Jenny Holmqvist", "L")], clauses=C58,
         decision=dec("bifall", D58)),
    other("59", T59, agenda="5", dnr="KS 2024/00201", key="KS 2024/201"),
    other("60", T60, agenda="6", dnr="KS 2024/00350", key="KS 2024/350"),
    item("61", T61, agenda="10", dnr="KS 2023/00421", key="KS 2023/421", subject="motion",
         event="decided", authors=[("Kristin Palm", "SD"), ("Ronny Stål", "SD")],
         decision=dec("avslag", D61)),
    item("62", T62, agenda="11", dnr="KS 2023/00517", key="KS 2023/517", subject="motion",
         event="decided", authors=[("Axel Berglöf", "M")], clauses=C62,
         decision=dec("bifall", D62)),
    item("63", T63, agenda="13", dnr="KS 2023/00566", key="KS 2023/566", subject="motion",
         event="decided", authors=[("Birgitta Lövgren", "KD")], clauses=C63,
         decision=dec("besvarad", D63)),
    other("64", T64, agenda="7", dnr="SBN 2022/01140", key="SBN 2022/1140"),
    other("65", T65, agenda="8", dnr="KS 2024/00288", key="KS 2024/288"),
    item("66", T66, agenda="14", dnr="KS 2023/00688", key="KS 2023/688", subject="motion",
         event="decided", authors=[("Lennart Hed", "C")], clauses=C66,
         decision=dec("avslag", D66)),
    item("67", T67, agenda="15", dnr="KS 2023/00702", key="KS 2023/702", subject="motion",
         event="decided", authors=[("Sofia Karimi", "S"), ("Leo Wallin", "S")],
         decision=dec("bifall", D67)),
    item("68", T68, agenda="16", dnr="KS 2023/00731", key="KS 2023/731", subject="motion",
         event="decided", authors=[("Maja Strand", "L")], clauses=C68,
         decision=dec("besvarad", D68)),
    other("69", T69, agenda="4", dnr="KS 2024/00077", key="KS 2024/77"),
    other("70", T70, agenda="17", dnr="KS 2024/00398", key="KS 2024/398"),
    other("71", T71, agenda="18", dnr="KS 2024/00412", key="KS 2024/412"),
    other("72", T72, agenda="19", dnr="KS 2024/00011", key="KS 2024/11"),
    other("73", T73, agenda="20", dnr="KS 2024/00013", key="KS 2024/13"),
]
# § 55's own Dnr (the yearly anmälan case) is not a motion's; the items carry each motion's

DOC = {
    "stem": STEM,
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Kommunfullmäktige 2024-05-13, protokoll nr 9", "core_author": "Malin Åström",
    "header": ["VALLHAMNS STAD\tPROTOKOLL nr 9/2024\tSida {PAGE} ({NUMPAGES})",
               "Kommunfullmäktige\t\tSammanträdesdatum 2024-05-13"],
    "footer": [("sig_table",)],
    "blocks": BLOCKS,
    "post": fix_grid,
    "truth": protocol("protocol", MUNI, "KF", DATE, ITEMS),
    "sections": {"styles": ["Heading 2"], "re": r"^§ (?P<p>\d+)$",
                 "agenda_next": r"Ärende (\d+)"},
}
