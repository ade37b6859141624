"""Norrhamns stad, kommunfullmäktige 2024-06-10: a big-city KF protocol (40+ pages)
and the föredragningslista of the same meeting.

Protocol layout: a cover block (Protokoll nr 9, tid, plats, "Protokollet omfattar
§§ 101–137", justering, anslag), an upprop with a 101-row närvarolista, a list of
ärenden without page numbers; every § is a Heading 2 "§ 112" alone on its line, then
"Ärende 14" (the föredragningslista's number, which differs from the § and is not in
order: the interpellations were taken first), the title as a Heading 3, and reference
lines "Motion (2023:18) av Rasmus Ek (C)", "Utlåtande 2024:52 RIV", "Dnr KS 2023/00612"
(zero-padded serial). Proposals and decisions are Word-numbered beslutssatser without
"att" ("1. Kulturnämnden får i uppdrag att ...", "2. Motionen anses därmed besvarad.")
under "Kommunstyrelsens förslag" and "Kommunfullmäktige beslutar följande". Debatt
lists, yrkanden by named members with "m.fl.", propositionsordning, two full voting
lists (101 names), reservations, a minority återremiss with the motivering in the
yrkande, a bordläggning on the motionär's request, a KF decision that departs from the
KS proposal after votering, a motion written off because it was withdrawn, two
motions in one utlåtande, authors written "Hanna Wiklund och Erik Sandell (båda S)"
and "Johan Berglund m.fl. (SD)", an "Anmälan av inkomna motioner" with five motions,
and a redovisning table whose date column is called "Planerad behandling i KS". Most §
concern no motion: val (nämndemän, fyllnadsval), årsredovisning, ansvarsfrihet,
tertialrapport, budget, skattesats, taxa, borgen, arvoden, six interpellations.

Föredragningslista layout: items numbered 1–39 ("20<TAB>Rubrik"), two items without a §
(upprop, avslutande), group headings in capitals, earlier postponement "(bordlagd 13/5)",
the KS proposal as typed "1." "2." beslutssatser, reservations in KS by party, and
"Ärendedokument" lines.
"""
from protolib import SIG, dec, item, none_item, people, truth

MUNI = "Norrhamns stad"
DATE = "2024-06-10"


def key(dnr):
    organ, rest = dnr.split(" ")
    year, serial = rest.split("/")
    return f"{organ} {year}/{int(serial)}"


def lab(text):
    return ("lab", text)


FIXED = [
    ("Birgitta Sandahl", "S"), ("Daniel Hägg", "S"), ("Hanna Wiklund", "S"), ("Erik Sandell", "S"),
    ("Elsa Grönvall", "S"), ("Omar Haddou", "S"), ("Linn Fagerström", "S"), ("Anton Rehn", "S"),
    ("Maria Kjellgren", "S"),
    ("Filippa Strömberg", "M"), ("Karin Ahlqvist", "M"), ("Ingvar Mård", "M"),
    ("Johan Berglund", "SD"), ("Hedda Kron", "SD"), ("Niklas Östberg", "SD"),
    ("Jonna Pihl", "V"), ("Leo Bergsten", "V"), ("Vilma Tran", "V"),
    ("Ida Forsgren", "MP"), ("Elias Dufva", "MP"),
    ("Tuva Holmgren", "C"), ("Rasmus Ek", "C"),
    ("Mira Solberg", "L"), ("Axel Ronander", "L"),
    ("Peter Wahlin", "KD"), ("Sanna Ekholm", "KD"),
]
COUNTS = [("S", 30), ("M", 22), ("SD", 14), ("V", 11), ("MP", 7), ("C", 6), ("L", 6), ("KD", 5)]
MEMBERS = people(COUNTS, seed=20240610, fixed=FIXED)
assert len(MEMBERS) == 101
ABSENT = {MEMBERS[12][0]: "Sofia Mörk", MEMBERS[40][0]: "Gunnel Träff",
          MEMBERS[60][0]: "Simon Aho", MEMBERS[85][0]: "Moa Lindell"}


def voting(rule):
    """rule: party -> 'Ja'/'Nej'/'Avstår'; returns table rows and counts"""
    rows = [["Ledamot", "Tjänstgörande ersättare", "Parti", "Ja", "Nej", "Avstår"]]
    cnt = {"Ja": 0, "Nej": 0, "Avstår": 0}
    for name, party in MEMBERS:
        v = rule[party]
        cnt[v] += 1
        rows.append([name, ABSENT.get(name, ""), party, "X" if v == "Ja" else "",
                     "X" if v == "Nej" else "", "X" if v == "Avstår" else ""])
    rows.append(["Summa", "", "", str(cnt["Ja"]), str(cnt["Nej"]), str(cnt["Avstår"])])
    return rows, cnt


def vote_table(rows):
    return ("ptable", rows, {"style": "Table Grid", "bold_first_row": True, "header_row": True,
                             "widths_cm": [4.8, 4.4, 1.5, 1.3, 1.3, 1.6], "font_pt": 8})


# ================================================================ agenda and shared texts
# agenda number -> title; the protocol takes the items in PROTO_ORDER
A = {
    1: "Upprop och anmälan av ersättare",
    2: "Justering av dagens protokoll",
    3: "Anmälan av inkomna motioner",
    4: "Anmälan av nya interpellationer och frågor",
    5: "Avsägelser",
    6: "Fyllnadsval",
    7: "Val av nämndemän till Norrhamns tingsrätt för perioden 2024–2027",
    8: "Årsredovisning 2023 för Norrhamns stad",
    9: "Ansvarsfrihet för år 2023",
    10: "Tertialrapport 1 2024 för Norrhamns stad",
    11: "Budget 2025 och ekonomisk plan för 2026–2027",
    12: "Skattesats för år 2025",
    13: "Ägardirektiv för Norrhamns Hamn AB",
    14: "Taxa för felparkeringsavgifter",
    15: "Förvärv av fastigheten Kajen 3",
    16: "Borgen för Norrhamns Energi AB",
    17: "Arvoden och ersättningar till förtroendevalda 2025",
    18: "Ändring av reglemente för stadsbyggnadsnämnden",
    19: "Val av ersättare i Norrhamns Stadshus AB",
    20: "Meröppna bibliotek i alla stadsdelar",
    21: "Öppna skolgårdar för spontanidrott efter skoltid",
    22: "Kommunala ordningsvakter i stadens centrumområden",
    23: "Klimatanpassning av stadens skyfallsleder",
    24: "Belysning i parker och på gång- och cykelvägar",
    25: "Studentbostäder i stadens eget bostadsbolag",
    26: "Avveckling av stadens vänortsavtal",
    27: "En digital förslagsportal för invånare",
    28: "Ett barnrättsombud i Norrhamns stad",
    29: "Kulturstipendium för unga konstnärer",
    30: "Redovisning av motioner som inte beretts inom ett år",
    31: "Interpellation om väntetiderna till förskolan",
    32: "Interpellation om tryggheten vid Centralstationen",
    33: "Interpellation om lärarbristen i grundskolan",
    34: "Interpellation om kontinuiteten i hemtjänsten",
    35: "Interpellation om kostnadsutvecklingen i Kajstaden",
    36: "Interpellation om upphandlingen av skolskjuts",
    37: "Frågor till borgarråden",
    38: "Meddelanden",
    39: "Sammanträdets avslutande",
}
PROTO_ORDER = [2, 3, 4, 31, 32, 33, 34, 35, 36, 37, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
               17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 38]
PAR = {a: str(101 + i) for i, a in enumerate(PROTO_ORDER)}
assert PAR[38] == "137"

DNR = {3: "KS 2024/00012", 4: "KS 2024/00013", 5: "KS 2024/00014", 6: "KS 2024/00014",
       7: "KS 2024/00377", 8: "KS 2024/00298", 9: "KS 2024/00301", 10: "KS 2024/00655",
       11: "KS 2024/00410", 12: "KS 2024/00411", 13: "KS 2024/00520", 14: "KS 2024/00233",
       15: "KS 2024/00602", 16: "KS 2024/00587", 17: "KS 2024/00470", 18: "KS 2024/00512",
       19: "KS 2024/00014", 30: "KS 2024/00690",
       31: "KS 2024/00801", 32: "KS 2024/00812", 33: "KS 2024/00815", 34: "KS 2024/00829",
       35: "KS 2024/00834", 36: "KS 2024/00840"}
UTL = {7: "Utlåtande 2024:49 RI", 8: "Utlåtande 2024:50 RI", 10: "Utlåtande 2024:63 RI",
       11: "Utlåtande 2024:58 RI", 12: "Utlåtande 2024:59 RI", 13: "Utlåtande 2024:44 RI",
       14: "Utlåtande 2024:41 RIII", 15: "Utlåtande 2024:60 RIII", 16: "Utlåtande 2024:57 RI",
       17: "Utlåtande 2024:54 RI", 18: "Utlåtande 2024:55 RIII", 30: "Utlåtande 2024:70 RI"}

# ---------------------------------------------------------------- motions decided at the meeting
M = {
    20: dict(nr="2023:18", by="Rasmus Ek (C)", authors=[("Rasmus Ek", "C")],
             utl="Utlåtande 2024:52 RIV", dnr="KS 2023/00612",
             ks=["Kulturnämnden får i uppdrag att ta fram en plan för meröppna bibliotek i samtliga "
                 "stadsdelar senast 2026.", "Motionen anses därmed besvarad."],
             ks_out=("besvarad", "Motionen anses därmed besvarad."), res_ks=None),
    21: dict(nr="2023:27", by="Hanna Wiklund och Erik Sandell (båda S)",
             authors=[("Hanna Wiklund", "S"), ("Erik Sandell", "S")],
             utl="Utlåtande 2024:53 RIV", dnr="KS 2023/00790",
             ks=["Motionen bifalls.", "Utbildningsnämnden får i uppdrag att i samråd med "
                 "idrottsnämnden ta fram riktlinjer för öppna skolgårdar."],
             ks_out=("bifall", "Motionen bifalls."), res_ks=None),
    22: dict(nr="2023:33", by="Johan Berglund m.fl. (SD)", authors=[("Johan Berglund", "SD")],
             utl="Utlåtande 2024:45 RII", dnr="KS 2023/00911",
             ks=["Motionen avslås."], ks_out=("avslag", "Motionen avslås."),
             res_ks="Reservation i kommunstyrelsen av (SD), (M) och (KD)."),
    23: dict(nr="2023:36", by="Mira Solberg (L)", authors=[("Mira Solberg", "L")],
             utl="Utlåtande 2024:61 RIII", dnr="KS 2023/01044",
             ks=["Motionen avslås."], ks_out=("avslag", "Motionen avslås."),
             res_ks="Reservation i kommunstyrelsen av (L), (M) och (KD)."),
    24: dict(nr=None, by=None, authors=None, utl="Utlåtande 2024:62 RII",
             dnr=None,
             ks=["Trafiknämnden får i uppdrag att i samråd med stadsdelsnämnderna ta fram en "
                 "belysningsplan för parker och gång- och cykelvägar.",
                 "Motionerna anses därmed besvarade."],
             ks_out=("besvarad", "Motionerna anses därmed besvarade."), res_ks=None),
    25: dict(nr="2023:40", by="Omar Haddou (S)", authors=[("Omar Haddou", "S")],
             utl="Utlåtande 2024:38 RIII", dnr="KS 2023/01102",
             ks=["Motionen anses besvarad."], ks_out=("besvarad", "Motionen anses besvarad."),
             res_ks=None),
    26: dict(nr="2023:42", by="Hedda Kron (SD)", authors=[("Hedda Kron", "SD")],
             utl="Utlåtande 2024:47 RI", dnr="KS 2023/01130",
             ks=["Motionen avslås."], ks_out=("avslag", "Motionen avslås."),
             res_ks="Reservation i kommunstyrelsen av (SD)."),
    27: dict(nr="2023:45", by="Axel Ronander (L)", authors=[("Axel Ronander", "L")],
             utl="Utlåtande 2024:56 RI", dnr="KS 2023/01187",
             ks=["Motionen anses besvarad."], ks_out=("besvarad", "Motionen anses besvarad."),
             res_ks=None),
    28: dict(nr="2023:49", by="Sanna Ekholm (KD)", authors=[("Sanna Ekholm", "KD")],
             utl="Utlåtande 2024:64 RVII", dnr="KS 2023/01263",
             ks=["Motionen avslås."], ks_out=("avslag", "Motionen avslås."),
             res_ks="Reservation i kommunstyrelsen av (KD), (M), (L) och (SD)."),
    29: dict(nr="2023:51", by="Vilma Tran (V)", authors=[("Vilma Tran", "V")],
             utl="Utlåtande 2024:66 RIV", dnr="KS 2023/01301",
             ks=["Motionen avskrivs."], ks_out=("avskriven", "Motionen avskrivs."), res_ks=None),
}
M24 = [("2023:22", "Elsa Grönvall (S)", [("Elsa Grönvall", "S")], "KS 2023/00388",
        "om bättre belysning i stadens parker"),
       ("2023:47", "Peter Wahlin (KD)", [("Peter Wahlin", "KD")], "KS 2023/01221",
        "om trygghetsbelysning på gång- och cykelvägar")]
R29 = "den har återkallats av motionären"
R23 = ("exploateringsnämnden och miljö- och hälsoskyddsnämnden ska höras om kostnaderna för "
       "skyfallsleder i Kajstaden")

# ---------------------------------------------------------------- raised motions (§ of Ärende 3)
RAISED = [
    ("Motion om fler platser i yrkesvux", "2024:31", "Karin Ahlqvist (M) och Ingvar Mård (M)",
     [("Karin Ahlqvist", "M"), ("Ingvar Mård", "M")], "KS 2024/00955"),
    ("Motion om en stadsodlingsstrategi", "2024:32", "Ida Forsgren (MP)", [("Ida Forsgren", "MP")],
     "KS 2024/00961"),
    ("Motion om förbud mot nya spelhallar i centrum", "2024:33", "Peter Wahlin (KD)",
     [("Peter Wahlin", "KD")], "KS 2024/00970"),
    ("Motion om sommarbad vid Kajstrand", "2024:34",
     "Elsa Grönvall, Omar Haddou och Linn Fagerström (alla S)",
     [("Elsa Grönvall", "S"), ("Omar Haddou", "S"), ("Linn Fagerström", "S")], "KS 2024/00988"),
    ("Motion om elevhälsa på kvällstid för gymnasieelever", "2024:35", "Leo Bergsten m.fl. (V)",
     [("Leo Bergsten", "V")], "KS 2024/01002"),
]
DEC_RAISED = "Motionerna remitteras till kommunstyrelsen för beredning."

# ---------------------------------------------------------------- redovisning (Ärende 30)
REDOV = [
    ("2022:51", "Motion om fler förskolor med utökade öppettider", [("Karin Ahlqvist", "M")],
     "KS 2022/02210", "2022-11-14", "Utbildningsnämnden", "Oktober 2024"),
    ("2023:02", "Motion om tillgängliga busshållplatser", [("Mira Solberg", "L")],
     "KS 2023/00104", "2023-01-23", "Trafiknämnden", "Augusti 2024"),
    ("2023:05", "Motion om en strategi mot hedersrelaterat våld",
     [("Peter Wahlin", "KD"), ("Sanna Ekholm", "KD")], "KS 2023/00188", "2023-02-06",
     "Socialnämnden", "September 2024"),
    ("2023:09", "Motion om en ny konsthall i Kajstaden", [("Linn Fagerström", "S")],
     "KS 2023/00301", "2023-03-06", "Kulturnämnden", "Avvaktar utredningen om Kajstadens kulturhus"),
]
DEC_REDOV = "Redovisningen läggs till handlingarna."


def redov_table():
    rows = [["Motion", "Motionär", "Dnr", "Väckt", "Remitterad till", "Planerad behandling i KS"]]
    for nr, title, authors, dnr, when, to, plan in REDOV:
        rows.append([f"{title}\n({nr})", "\n".join(f"{n} ({p})" for n, p in authors), dnr, when, to,
                     plan])
    return ("ptable", rows, {"style": "Table Grid", "bold_first_row": True, "header_row": True,
                             "widths_cm": [4.0, 2.8, 2.5, 1.8, 2.7, 2.6], "font_pt": 8})


# ---------------------------------------------------------------- interpellations
IP = {
    31: ("2024:11", "Karin Ahlqvist (M)", "skolborgarrådet Anton Rehn (S)",
         "Interpellanten konstaterar att antalet barn som fått vänta längre än fyra månader på en "
         "förskoleplats har fördubblats sedan 2022, och att väntan är längst i de nya stadsdelarna "
         "i Kajstaden. Hon frågar hur många barn som i maj 2024 väntade längre än lagen tillåter, "
         "vilka förskolor som planeras öppna under 2025 och om borgarrådet är berett att tillfälligt "
         "hyra in paviljonger."),
    32: ("2024:12", "Johan Berglund (SD)", "finansborgarrådet Daniel Hägg (S)",
         "Interpellanten hänvisar till stadens trygghetsmätning, där andelen som känner sig otrygga "
         "vid Centralstationen på kvällstid har ökat till 46 procent, och frågar vilka åtgärder "
         "staden vidtar tillsammans med polisen och fastighetsägarna och när kameraövervakningen "
         "som utlovades 2023 kommer att vara i drift."),
    33: ("2024:13", "Mira Solberg (L)", "skolborgarrådet Anton Rehn (S)",
         "Interpellanten tar upp att var femte lärare i grundskolan saknar legitimation i de ämnen "
         "de undervisar i, och frågar hur staden ska locka fler behöriga lärare till skolorna i "
         "ytterstaden, om karriärtjänsterna ska bli fler och hur stor del av lärarnas arbetstid som "
         "i dag går till administration."),
    34: ("2024:14", "Peter Wahlin (KD)", "äldreborgarrådet Jonna Pihl (V)",
         "Interpellanten hänvisar till att en hemtjänsttagare i genomsnitt möter 16 olika "
         "medarbetare under två veckor, och frågar vilket mål borgarrådet har för kontinuiteten, hur "
         "schemaläggningen kan förbättras och om fasta team ska införas i alla stadsdelar."),
    35: ("2024:15", "Ingvar Mård (M)", "finansborgarrådet Daniel Hägg (S)",
         "Interpellanten påpekar att investeringsutgiften för Kajstadens första etapp har ökat från "
         "2,1 till 2,9 miljarder kronor och frågar vad ökningen beror på, hur den ska finansieras och "
         "vilka beslut som har fattats utan att fullmäktige har informerats."),
    36: ("2024:16", "Hedda Kron (SD)", "skolborgarrådet Anton Rehn (S)",
         "Interpellanten frågar varför upphandlingen av skolskjuts har överprövats två gånger och "
         "hur staden säkerställer att eleverna får skjuts från höstterminens start."),
}
ANSW = {
    31: "Anton Rehn (S) svarar att 212 barn i maj väntade längre än fyra månader, att tre nya "
        "förskolor öppnar i Kajstaden under 2025 och att paviljonger prövas för hösten.",
    32: "Daniel Hägg (S) svarar att kamerorna vid Centralstationen tas i drift i september efter "
        "att tillståndet blev klart i april och att staden har utökat ordningshållningen i "
        "samverkan med fastighetsägarna.",
    33: "Anton Rehn (S) svarar att staden inför ett särskilt lönetillägg för legitimerade lärare i "
        "skolor med svåra förutsättningar och utökar antalet lärarassistenter med 40 tjänster.",
    34: "Jonna Pihl (V) svarar att målet är högst tio olika medarbetare under två veckor och att "
        "fasta team ska finnas i samtliga stadsdelar från 2025.",
    35: "Daniel Hägg (S) svarar att kostnadsökningen främst beror på markföroreningar och högre "
        "räntor och att en fördjupad redovisning lämnas till kommunstyrelsen i augusti.",
}

# ================================================================ protocol
P, PITEMS = [], []


def phead(a, refs=()):
    out = [("head", f"§ {PAR[a]}", {"style": "Heading 2", "page_break": True}),
           ("p", f"Ärende {a}", {"size": 9, "space_after": 0}),
           ("head", A[a], {"style": "Heading 3"})]
    if refs:
        out.append(("lines", list(refs)))
    return out


def pnone(a, *blocks, refs=None):
    """a § about no motion"""
    global P
    if refs is None:
        refs = [x for x in (UTL.get(a), f"Dnr {DNR[a]}" if a in DNR else None) if x]
    P += phead(a, refs) + list(blocks)
    d = DNR.get(a)
    PITEMS.append(none_item(PAR[a], A[a], d, key(d) if d else None, agenda=a))


# ---------------------------------------------------------------- cover and upprop
P += [
    ("p", "NORRHAMNS STAD", {"bold": True, "size": 16, "space_after": 0}),
    ("p", "Kommunfullmäktige", {"size": 13}),
    ("title", "Protokoll nr 9/2024"),
    ("ptable", [
        ["Sammanträdesdag", "Måndagen den 10 juni 2024"],
        ["Tid", "Kl. 13.00–21.55 (ajournering kl. 16.40–17.10 och kl. 19.15–19.45)"],
        ["Plats", "Rådhussalen, Stadshuset"],
        ["Ordförande", "Birgitta Sandahl (S), 1:e vice ordförande Gert Kallin (M) §§ 119–124"],
        ["Protokollet omfattar", "§§ 101–137"],
        ["Protokollförare", "Fredrik Lantz, Elin Dahlqvist"],
        ["Justerare", "Karin Ahlqvist (M) och Leo Bergsten (V)"],
        ["Justerat", "2024-06-17"],
    ], {"widths_cm": [4.4, 12.0], "bold_first_col": True}),
    ("p", "Protokollet justerades den 17 juni 2024 och justeringen tillkännagavs på stadens digitala "
          "anslagstavla den 18 juni 2024. Protokollet förvaras i stadsarkivet, Stadshuset."),
    ("lines", ["Birgitta Sandahl, ordförande ..............................",
               "Karin Ahlqvist, justerare ..............................",
               "Leo Bergsten, justerare ..............................",
               "Fredrik Lantz, sekreterare .............................."]),
    ("head", "Upprop", {"style": "Heading 2"}),
    ("p", "Vid uppropet är 97 ledamöter och 4 tjänstgörande ersättare närvarande. Närvarande "
          "ledamöter och ersättare framgår av förteckningen nedan. Jonas Ohlin (M) lämnar "
          "sammanträdet kl. 19.15 och ersätts av Lisa Ringblad (M) från och med § 126."),
]
rows = [["Ledamot", "Parti", "Tjänstgörande ersättare"]]
rows += [[n, p, ABSENT.get(n, "")] for n, p in MEMBERS]
P += [("ptable", rows, {"style": "Table Grid", "bold_first_row": True, "header_row": True,
                        "widths_cm": [6.4, 2.0, 8.0], "font_pt": 8.5}),
      lab("Ej tjänstgörande ersättare"),
      ("p", "Alma Fors (S), Greger Lund (S), Henrietta Bos (M), Kim Sallander (SD), Ulla Mäki (V), "
            "Per Sjöö (MP), Dragan Ilić (C), Therese Wall (L), Lars-Göran Eld (KD)")]
P += [("head", "Förteckning över ärenden", {"style": "Heading 2", "page_break": True}),
      ("ptable", [["§", "Ärende", "Rubrik"]] + [[f"§ {PAR[a]}", str(a), A[a]] for a in PROTO_ORDER],
       {"bold_first_row": True, "widths_cm": [1.8, 1.8, 12.8], "font_pt": 9})]

# ---------------------------------------------------------------- § 101-103
pnone(2, ("p", "Kommunfullmäktige utser Karin Ahlqvist (M) och Leo Bergsten (V) att jämte "
               "ordföranden justera dagens protokoll måndagen den 17 juni 2024."), refs=[])
RB = []
for title, nr, by, authors, dnr in RAISED:
    RB += [("p", f"{title} ({nr})", {"bold": True, "space_after": 0, "keep_next": True}),
           ("lines", [f"av {by}", f"Dnr {dnr}"])]
P += phead(3, [f"Dnr {DNR[3]}"]) + [
    ("p", "Följande motioner har väckts sedan föregående sammanträde:")] + RB + [
    lab("Kommunfullmäktige beslutar följande"),
    ("numlist", "decimal_dot", [DEC_RAISED])]
for title, nr, by, authors, dnr in RAISED:
    PITEMS.append(item(PAR[3], title, agenda=3, dnr=dnr, key=key(dnr), subject="motion",
                       event="raised", authors=authors,
                       decision=dec("overlamnad", False, DEC_RAISED)))
pnone(4, ("p", "Anmäls att följande interpellationer har inkommit: Nr 2024:17 av Filippa Strömberg "
               "(M) om stadens kostnader för konsulter, till finansborgarrådet Daniel Hägg (S), och "
               "Nr 2024:18 av Niklas Östberg (SD) om skolornas mobilpolicy, till skolborgarrådet Anton "
               "Rehn (S). Interpellationerna får framställas och besvaras vid nästa sammanträde."),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Interpellationerna får framställas."]))

# ---------------------------------------------------------------- interpellations § 104-109
for a in (31, 32, 33, 34, 35):
    nr, by, to, text = IP[a]
    pnone(a, ("p", f"Interpellation {nr} av {by} till {to}.", {"italic": True}),
          ("p", text), ("p", ANSW[a]),
          lab("Debatt"),
          ("p", f"I debatten yttrar sig {by}, " + to.split(" ", 1)[1] +
                ", Filippa Strömberg (M), Maria Kjellgren (S), Niklas Östberg (SD) och Elias Dufva (MP)."),
          lab("Kommunfullmäktige beslutar följande"),
          ("numlist", "decimal_dot", ["Interpellationen är besvarad."]))
nr, by, to, text = IP[36]
pnone(36, ("p", f"Interpellation {nr} av {by} till {to}.", {"italic": True}), ("p", text),
      ("p", "Interpellanten har begärt att interpellationen bordläggs till nästa sammanträde, "
            "eftersom svaret kom in först samma dag."),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Interpellationen bordläggs."]))
pnone(37, ("p", "Under frågestunden besvarar borgarråden frågor från ledamöterna:"),
      ("bullets", ["Vilma Tran (V) frågar finansborgarrådet om stadens lokalkostnader.",
                   "Axel Ronander (L) frågar skolborgarrådet om sommarskolan 2024.",
                   "Niklas Östberg (SD) frågar miljöborgarrådet om nedskräpningen i Kajparken.",
                   "Karin Ahlqvist (M) frågar äldreborgarrådet om matleveranserna i hemtjänsten."]),
      ("p", "Frågorna besvaras muntligt av respektive borgarråd."), refs=[])

# ---------------------------------------------------------------- § 110-112 val
pnone(5, ("p", "Följande ledamöter har avsagt sig sina uppdrag:"),
      ("bullets", ["Lina Persson (S), ledamot i kommunfullmäktige från och med den 1 juli 2024",
                   "Arne Wiik (M), ersättare i Norrhamns Hamn AB",
                   "Sabina Holst (V), ledamot i stadsdelsnämnden Norra Kajen",
                   "Leif Granath (SD), nämndeman i Norrhamns tingsrätt"]),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Avsägelserna godkänns.",
                                  "Länsstyrelsen anmodas att förrätta ny sammanräkning efter Lina "
                                  "Persson (S)."]))
FYLL = [["Uppdrag", "Vald", "Efter"],
        ["Ledamot, stadsdelsnämnden Norra Kajen", "Hampus Ruth (V)", "Sabina Holst (V)"],
        ["Ersättare, stadsdelsnämnden Norra Kajen", "Nora Lehto (V)", "Hampus Ruth (V)"],
        ["Ledamot, utbildningsnämnden", "Johan Wiberg (S)", "Lina Persson (S)"],
        ["Ersättare, Norrhamns Hamn AB", "Cecilia Rahm (M)", "Arne Wiik (M)"],
        ["Ledamot, valnämnden", "Tor Ingvarsson (SD)", "Kristoffer Enoksson (SD)"],
        ["Ersättare, idrottsnämnden", "Aisha Yusuf (S)", "Ove Krantz (S)"]]
pnone(6, ("p", "Valberedningen har lämnat följande förslag till fyllnadsval för tiden till och med "
               "den 31 december 2026:"),
      ("ptable", FYLL, {"style": "Table Grid", "bold_first_row": True,
                        "widths_cm": [7.0, 4.7, 4.7], "font_pt": 9}),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Kommunfullmäktige väljer enligt valberedningens förslag."]))
NDM = people([("S", 13), ("M", 10), ("SD", 6), ("V", 5), ("C", 2), ("L", 2), ("KD", 1), ("MP", 1)],
             seed=4711, fixed=[])
ndm_rows = [["Nämndeman", "Parti", "Nämndeman", "Parti"]]
for i in range(0, len(NDM), 2):
    ndm_rows.append([NDM[i][0], NDM[i][1], NDM[i + 1][0], NDM[i + 1][1]])
pnone(7, ("p", "Kommunfullmäktige ska enligt Domstolsverkets beslut välja 40 nämndemän till "
               "Norrhamns tingsrätt för perioden 2024–2027. Valberedningen har lämnat förslag i "
               "enlighet med partiernas nomineringar. Valberedningen har också prövat att de "
               "föreslagna uppfyller behörighetskraven i 4 kap. 6 § rättegångsbalken."),
      ("ptable", ndm_rows, {"style": "Table Grid", "bold_first_row": True,
                            "widths_cm": [5.8, 2.4, 5.8, 2.4], "font_pt": 9}),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Till nämndemän i Norrhamns tingsrätt för perioden 2024–2027 "
                                  "väljs de personer som framgår av förteckningen ovan."]))

# ---------------------------------------------------------------- § 113-115 årsredovisning etc.
NYCKEL = [["Nyckeltal", "2021", "2022", "2023"],
          ["Årets resultat, mnkr", "612", "438", "151"],
          ["Resultat i procent av skatter och bidrag", "3,9", "2,6", "0,9"],
          ["Nettoinvesteringar, mnkr", "3 420", "3 980", "4 610"],
          ["Soliditet exklusive pensionsåtaganden, procent", "41", "39", "36"],
          ["Låneskuld, mnkr", "9 870", "11 240", "13 050"],
          ["Antal invånare 31 december", "402 118", "406 531", "409 902"],
          ["Antal tillsvidareanställda", "27 340", "27 615", "27 790"]]
pnone(8, ("p", "Stadsledningskontoret har upprättat årsredovisning för 2023. Årets resultat uppgår "
               "till 151 miljoner kronor, vilket är 224 miljoner kronor lägre än budget. Det "
               "balanskravsjusterade resultatet är positivt. Elva av fullmäktiges tjugo mål bedöms "
               "helt uppfyllda och sju delvis uppfyllda."),
      ("ptable", NYCKEL, {"style": "Table Grid", "bold_first_row": True,
                          "widths_cm": [7.6, 2.9, 2.9, 3.0], "font_pt": 9}),
      lab("Debatt"),
      ("p", "I debatten yttrar sig Daniel Hägg (S), Filippa Strömberg (M), Niklas Östberg (SD), "
            "Jonna Pihl (V), Mira Solberg (L) och Peter Wahlin (KD)."),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Årsredovisning 2023 för Norrhamns stad godkänns."]))
NAMNDER = ["kommunstyrelsen", "utbildningsnämnden", "socialnämnden", "äldrenämnden",
           "kulturnämnden", "idrottsnämnden", "trafiknämnden", "stadsbyggnadsnämnden",
           "exploateringsnämnden", "miljö- och hälsoskyddsnämnden", "arbetsmarknadsnämnden",
           "servicenämnden", "valnämnden", "överförmyndarnämnden", "revisorskollegiet (ej prövat)",
           "stadsdelsnämnden Norra Kajen", "stadsdelsnämnden Västra Hamnen",
           "stadsdelsnämnden Östra Berget", "stadsdelsnämnden Södra Ängen"]
pnone(9, ("p", "Revisorerna har granskat stadens nämnder och styrelser för 2023 och tillstyrker att "
               "ansvarsfrihet beviljas samtliga nämnder och de enskilda förtroendevalda i dessa. För "
               "socialnämnden riktar revisorerna en anmärkning mot bristande uppföljning av "
               "placeringar, men tillstyrker ändå ansvarsfrihet."),
      ("p", "Frågan om ansvarsfrihet prövas för varje nämnd för sig. Ledamöter som själva har "
            "ingått i en nämnd deltar inte i beslutet om ansvarsfrihet för den nämnden."),
      ("bullets", [n[0].upper() + n[1:] for n in NAMNDER if "ej prövat" not in n]),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Ansvarsfrihet beviljas för år 2023 för samtliga nämnder och "
                                  "de enskilda förtroendevalda i dessa."]))
TERT = [["Nämnd", "Budget 2024, mnkr", "Prognos, mnkr", "Avvikelse, mnkr"],
        ["Utbildningsnämnden", "6 820", "6 874", "−54"],
        ["Socialnämnden", "2 410", "2 492", "−82"],
        ["Äldrenämnden", "3 115", "3 098", "17"],
        ["Stadsdelsnämnderna, totalt", "4 760", "4 771", "−11"],
        ["Trafiknämnden", "1 020", "1 004", "16"],
        ["Kulturnämnden", "612", "608", "4"],
        ["Idrottsnämnden", "540", "546", "−6"],
        ["Övriga nämnder", "1 310", "1 298", "12"],
        ["Finansförvaltningen", "−20 937", "−21 010", "73"],
        ["Summa", "350", "319", "−31"]]
pnone(10, ("p", "Tertialrapporten visar en prognos för helåret på ett resultat om 319 miljoner kronor, "
                "31 miljoner kronor lägre än budget. Socialnämnden och utbildningsnämnden "
                "prognostiserar underskott."),
      ("ptable", TERT, {"style": "Table Grid", "bold_first_row": True,
                        "widths_cm": [6.4, 3.4, 3.2, 3.4], "font_pt": 9}),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Tertialrapport 1 2024 för Norrhamns stad godkänns.",
                                  "Socialnämnden och utbildningsnämnden ska vidta åtgärder för att "
                                  "nå en budget i balans."]))

# ---------------------------------------------------------------- § 116 budget with voting list
RAMAR = [["Nämnd (mnkr)", "Budget 2024", "KS förslag 2025", "M, KD, L 2025", "SD 2025"],
         ["Kommunstyrelsen", "890", "902", "871", "850"],
         ["Utbildningsnämnden", "6 820", "7 140", "7 180", "7 060"],
         ["Socialnämnden", "2 410", "2 560", "2 500", "2 430"],
         ["Äldrenämnden", "3 115", "3 260", "3 290", "3 310"],
         ["Kulturnämnden", "612", "630", "602", "540"],
         ["Idrottsnämnden", "540", "566", "560", "560"],
         ["Trafiknämnden", "1 020", "1 052", "1 070", "1 080"],
         ["Stadsbyggnadsnämnden", "214", "220", "221", "221"],
         ["Exploateringsnämnden", "98", "101", "101", "101"],
         ["Miljö- och hälsoskyddsnämnden", "146", "152", "140", "131"],
         ["Arbetsmarknadsnämnden", "488", "510", "470", "440"],
         ["Servicenämnden", "77", "79", "75", "75"],
         ["Stadsdelsnämnden Norra Kajen", "1 180", "1 232", "1 226", "1 210"],
         ["Stadsdelsnämnden Västra Hamnen", "1 140", "1 190", "1 184", "1 170"],
         ["Stadsdelsnämnden Östra Berget", "1 225", "1 280", "1 274", "1 262"],
         ["Stadsdelsnämnden Södra Ängen", "1 215", "1 268", "1 262", "1 250"],
         ["Överförmyndarnämnden", "34", "35", "35", "35"],
         ["Valnämnden", "12", "28", "28", "28"]]
BUDGET_KS = ["Budget för Norrhamns stad 2025 och ekonomisk plan för 2026–2027 fastställs enligt "
             "bilaga 1 till utlåtandet.",
             "Nämndernas ramar för 2025 fastställs enligt tabell 3 i bilaga 1.",
             "Investeringsramen för 2025 fastställs till 4 400 miljoner kronor.",
             "Kommunstyrelsen får rätt att under 2025 nyupplåna, det vill säga öka stadens skulder, "
             "med högst 2 000 miljoner kronor.",
             "Nämnderna får i uppdrag att senast i december 2024 besluta om verksamhetsplaner inom "
             "fastställda ramar."]
vrows_b, cnt_b = voting({"S": "Ja", "V": "Ja", "MP": "Ja", "C": "Ja", "M": "Nej", "KD": "Nej",
                         "L": "Nej", "SD": "Avstår"})
assert (cnt_b["Ja"], cnt_b["Nej"], cnt_b["Avstår"]) == (54, 33, 14)
pnone(11,
      lab("Kommunstyrelsens förslag"),
      ("numlist", "decimal_dot", BUDGET_KS),
      ("p", "Nämndernas ramar enligt de olika förslagen framgår av tabellen."),
      ("ptable", RAMAR, {"style": "Table Grid", "bold_first_row": True, "header_row": True,
                         "widths_cm": [5.6, 2.6, 2.8, 2.7, 2.7], "font_pt": 8.5}),
      lab("Debatt"),
      ("p", "I debatten yttrar sig Daniel Hägg (S), Filippa Strömberg (M), Niklas Östberg (SD), "
            "Jonna Pihl (V), Ida Forsgren (MP), Tuva Holmgren (C), Mira Solberg (L), Peter Wahlin "
            "(KD), Anton Rehn (S), Karin Ahlqvist (M), Hedda Kron (SD), Maria Kjellgren (S), "
            "Ingvar Mård (M), Leo Bergsten (V), Axel Ronander (L) och Sanna Ekholm (KD)."),
      lab("Yrkanden"),
      ("p", "Daniel Hägg (S), Jonna Pihl (V), Ida Forsgren (MP) och Tuva Holmgren (C) yrkar bifall "
            "till kommunstyrelsens förslag."),
      ("p", "Filippa Strömberg (M), Mira Solberg (L) och Peter Wahlin (KD) yrkar bifall till "
            "Moderaternas, Kristdemokraternas och Liberalernas gemensamma förslag till budget."),
      ("p", "Niklas Östberg (SD) yrkar bifall till Sverigedemokraternas förslag till budget."),
      lab("Propositionsordning"),
      ("p", "Ordföranden meddelar att hon avser att först ställa kommunstyrelsens förslag mot de "
            "två motförslagen och därefter, om votering begärs, genomföra en kontrapropositions"
            "votering om vilket förslag som ska ställas mot kommunstyrelsens förslag i huvudvoteringen. "
            "Fullmäktige godkänner propositionsordningen."),
      ("p", "Ordföranden finner att kommunstyrelsens förslag har bifallits. Votering begärs. I "
            "kontrapropositionsvoteringen utses Moderaternas, Kristdemokraternas och Liberalernas "
            "förslag till motförslag, varvid Sverigedemokraternas ledamöter avstår."),
      lab("Huvudvotering"),
      ("p", "Den som vill bifalla kommunstyrelsens förslag röstar ja. Den som vill bifalla "
            "Moderaternas, Kristdemokraternas och Liberalernas förslag röstar nej."),
      ("p", f"Omröstningen utfaller med {cnt_b['Ja']} ja-röster och {cnt_b['Nej']} nej-röster. "
            f"{cnt_b['Avstår']} ledamöter avstår. Hur var och en har röstat framgår av voteringslistan."),
      vote_table(vrows_b),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", BUDGET_KS),
      lab("Reservationer"),
      ("p", "Filippa Strömberg m.fl. (M), Mira Solberg m.fl. (L) och Peter Wahlin m.fl. (KD) "
            "reserverar sig mot beslutet till förmån för det egna förslaget."),
      ("p", "Niklas Östberg m.fl. (SD) reserverar sig mot beslutet till förmån för det egna förslaget."))
vrows_s, cnt_s = voting({"S": "Ja", "V": "Ja", "MP": "Ja", "C": "Ja", "M": "Nej", "KD": "Nej",
                         "L": "Nej", "SD": "Avstår"})
pnone(12, lab("Kommunstyrelsens förslag"),
      ("numlist", "decimal_dot", ["Skattesatsen för år 2025 fastställs till 20,84 kronor per "
                                  "skattekrona."]),
      lab("Yrkanden"),
      ("p", "Daniel Hägg (S) yrkar bifall till kommunstyrelsens förslag. Filippa Strömberg (M) yrkar "
            "att skattesatsen fastställs till 20,64 kronor. Niklas Östberg (SD) yrkar att "
            "skattesatsen fastställs till 20,54 kronor."),
      lab("Propositionsordning"),
      ("p", "Ordföranden ställer proposition på förslagen och finner att kommunfullmäktige har "
            "beslutat enligt kommunstyrelsens förslag. Votering begärs. Till motförslag i "
            "huvudvoteringen utses Filippa Strömbergs (M) yrkande."),
      ("p", "Den som vill bifalla kommunstyrelsens förslag röstar ja. Den som vill bifalla Filippa "
            "Strömbergs (M) yrkande röstar nej."),
      ("p", f"Omröstningen utfaller med {cnt_s['Ja']} ja-röster mot {cnt_s['Nej']} nej-röster. "
            f"{cnt_s['Avstår']} ledamöter avstår."),
      vote_table(vrows_s),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Skattesatsen för år 2025 fastställs till 20,84 kronor per "
                                  "skattekrona."]),
      lab("Reservationer"),
      ("p", "Ledamöterna för M, KD, L och SD reserverar sig mot beslutet."))

# ---------------------------------------------------------------- § 118-124 other beslutsärenden
pnone(13, lab("Kommunstyrelsens förslag"),
      ("numlist", "decimal_dot", ["Ägardirektiv för Norrhamns Hamn AB fastställs enligt bilaga till "
                                  "utlåtandet.",
                                  "Stadens ombud vid bolagsstämman instrueras att rösta för att "
                                  "ägardirektivet antas."]),
      ("p", "Ägardirektivet har kompletterats med krav på landström vid kryssningskajen senast 2027 "
            "och med ett avkastningskrav på 4 procent av eget kapital."),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Ägardirektiv för Norrhamns Hamn AB fastställs enligt bilaga till "
                                  "utlåtandet.",
                                  "Stadens ombud vid bolagsstämman instrueras att rösta för att "
                                  "ägardirektivet antas."]))
PARK = [["Överträdelse", "Nuvarande avgift", "Ny avgift"],
        ["Parkering på plats för rörelsehindrade utan tillstånd", "1 000 kr", "1 300 kr"],
        ["Parkering på gång- eller cykelbana", "900 kr", "1 100 kr"],
        ["Parkering inom tio meter från korsning", "700 kr", "900 kr"],
        ["Parkering utan betalning på avgiftsbelagd plats", "600 kr", "750 kr"],
        ["Parkering längre tid än tillåtet", "500 kr", "650 kr"],
        ["Parkering på laddplats utan att ladda", "700 kr", "900 kr"]]
pnone(14, ("p", "Trafiknämnden föreslår att felparkeringsavgifterna höjs från den 1 september 2024. "
                "Avgifterna har inte ändrats sedan 2017."),
      ("ptable", PARK, {"style": "Table Grid", "bold_first_row": True,
                        "widths_cm": [9.4, 3.5, 3.5], "font_pt": 9}),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Felparkeringsavgifter fastställs enligt trafiknämndens förslag "
                                  "och gäller från och med den 1 september 2024."]))
pnone(15, ("p", "Exploateringsnämnden föreslår att staden förvärvar fastigheten Kajen 3 från Hamnbo "
                "Fastigheter AB för 118 miljoner kronor. Fastigheten behövs för den planerade skolan "
                "i Kajstadens andra etapp."),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Exploateringsnämnden får förvärva fastigheten Kajen 3 för en "
                                  "köpeskilling om 118 miljoner kronor."]))
pnone(16, ("p", "Norrhamns Energi AB ska bygga ett nytt kraftvärmeverk för biobränsle. Kommunstyrelsen "
                "föreslår att staden går i borgen för bolagets lån upp till 1 800 miljoner kronor."),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Staden ingår borgen för Norrhamns Energi AB:s låneförpliktelser "
                                  "upp till ett högsta belopp om 1 800 miljoner kronor jämte därpå "
                                  "löpande räntor och kostnader."]))
pnone(17, ("p", "Arvodesberedningen föreslår att arvodena räknas upp med 3,2 procent från den 1 januari "
                "2025, i nivå med löneutvecklingen för stadens anställda."),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Arvoden och ersättningar till förtroendevalda för 2025 fastställs "
                                  "enligt arvodesberedningens förslag."]))
pnone(18, ("p", "Reglementet ändras så att stadsbyggnadsnämnden får besluta om planbesked även för "
                "större projekt, och så att nämndens arbetsutskott får besluta om yttranden över "
                "grannkommunernas översiktsplaner."),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Reglementet för stadsbyggnadsnämnden ändras enligt bilaga till "
                                  "utlåtandet och gäller från och med den 1 juli 2024."]))
pnone(19, ("p", "Valberedningen föreslår att Cecilia Rahm (M) väljs till ersättare i Norrhamns "
                "Stadshus AB efter Arne Wiik (M) för tiden till och med årsstämman 2027."),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Cecilia Rahm (M) väljs till ersättare i Norrhamns Stadshus AB."]))


# ---------------------------------------------------------------- motion §§
def mrefs(a):
    m = M[a]
    if a == 24:
        return ([f"Motion ({nr}) av {by} {om}" for nr, by, _, _, om in M24] +
                [m["utl"], "Dnr " + ", ".join(d for *_, d, _ in M24)])
    return [f"Motion ({m['nr']}) av {m['by']}", m["utl"], f"Dnr {m['dnr']}"]


def mitems(a, event, outcome, text, reason=None):
    m = M[a]
    d = dec(outcome, False, text)
    if a == 24:
        return [item(PAR[a], A[a], agenda=a, dnr=dnr, key=key(dnr), subject="motion", event=event,
                     authors=authors, decision=d, reason=reason) for _, _, authors, dnr, _ in M24]
    return [item(PAR[a], A[a], agenda=a, dnr=m["dnr"], key=key(m["dnr"]), subject="motion",
                 event=event, authors=m["authors"], decision=d, reason=reason)]


def motion(a, summary, middle, kf, event, outcome, text, reason=None, res=None):
    global P
    P += phead(a, mrefs(a)) + [
        ("p", summary),
        lab("Kommunstyrelsens förslag"),
        ("numlist", "decimal_dot", M[a]["ks"])] + middle + [
        lab("Kommunfullmäktige beslutar följande"),
        ("numlist", "decimal_dot", kf)]
    if res:
        P += [lab("Reservationer")] + [("p", r) for r in res]
    PITEMS.extend(mitems(a, event, outcome, text, reason))


motion(20, "Rasmus Ek (C) föreslår i motionen att alla stadsdelsbibliotek ska ha meröppet, så att "
           "den som har lånekort kan komma in och låna på kvällar och helger utan personal. "
           "Kulturnämnden har tillstyrkt motionens intentioner men behöver tid för att anpassa "
           "lokaler och larm.",
       [lab("Debatt"), ("p", "I debatten yttrar sig Rasmus Ek (C), Tuva Holmgren (C) och "
                             "Axel Ronander (L).")],
       M[20]["ks"], "decided", "besvarad", "Motionen anses därmed besvarad.")
motion(21, "Motionärerna vill att skolgårdarna hålls öppna och upplysta för spontanidrott efter "
           "skoltid och på helger. Utbildningsnämnden och idrottsnämnden har tillstyrkt motionen. "
           "Kostnaden för belysning och tillsyn bedöms rymmas i nämndernas budgetar.",
       [lab("Yrkanden"),
        ("p", "Hanna Wiklund (S) och Karin Ahlqvist (M) yrkar bifall till kommunstyrelsens förslag.")],
       M[21]["ks"], "decided", "bifall", "Motionen bifalls.")
vrows_o, cnt_o = voting({"S": "Ja", "V": "Ja", "MP": "Ja", "C": "Ja", "L": "Ja", "M": "Nej",
                         "KD": "Nej", "SD": "Nej"})
assert (cnt_o["Ja"], cnt_o["Nej"]) == (60, 41)
motion(22, "Motionärerna föreslår att staden anställer egna ordningsvakter som patrullerar i "
           "centrumområdena under kvällar och helger. Kommunstyrelsen hänvisar till att staden redan "
           "upphandlar ordningsvakter i samverkan med fastighetsägarna och att polisen har utökat sin "
           "närvaro i centrum.",
       [lab("Debatt"),
        ("p", "I debatten yttrar sig Johan Berglund (SD), Maria Kjellgren (S), Filippa Strömberg (M), "
              "Leo Bergsten (V), Hedda Kron (SD) och Axel Ronander (L)."),
        lab("Yrkanden"),
        ("p", "Maria Kjellgren (S) yrkar bifall till kommunstyrelsens förslag."),
        ("p", "Johan Berglund (SD), med instämmande av Filippa Strömberg (M) och Sanna Ekholm (KD), "
              "yrkar bifall till motionen."),
        lab("Propositionsordning"),
        ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag mot yrkandet om bifall till "
              "motionen och finner att kommunfullmäktige har bifallit kommunstyrelsens förslag. "
              "Votering begärs."),
        ("p", "Den som vill bifalla kommunstyrelsens förslag röstar ja. Den som vill bifalla "
              "motionen röstar nej."),
        ("p", f"Omröstningen utfaller med {cnt_o['Ja']} ja-röster mot {cnt_o['Nej']} nej-röster."),
        vote_table(vrows_o)],
       ["Motionen avslås."], "decided", "avslag", "Motionen avslås.",
       res=["Johan Berglund m.fl. (SD), Filippa Strömberg m.fl. (M) och Peter Wahlin m.fl. (KD) "
            "reserverar sig mot beslutet till förmån för bifall till motionen."])
motion(23, "Mira Solberg (L) föreslår att staden tar fram en plan för skyfallsleder i alla nya "
           "stadsdelar och att planen finansieras genom exploateringsavtalen. Kommunstyrelsen "
           "hänvisar till stadens skyfallsplan från 2021 och föreslår att motionen avslås.",
       [lab("Yrkanden"),
        ("p", f"Mira Solberg (L), med instämmande av Filippa Strömberg (M), Peter Wahlin (KD) och "
              f"Niklas Östberg (SD), yrkar att ärendet återremitteras till kommunstyrelsen med "
              f"motiveringen att {R23}."),
        ("p", "Ida Forsgren (MP) yrkar att ärendet avgörs i dag och bifall till kommunstyrelsens "
              "förslag."),
        lab("Beslutsgång"),
        ("p", "Ordföranden konstaterar att yrkandet om återremiss har stöd av 47 ledamöter, vilket är "
              "mer än en tredjedel av de närvarande ledamöterna. Ärendet ska därför återremitteras "
              "enligt 5 kap. 53 § kommunallagen (minoritetsåterremiss).")],
       ["Ärendet återremitteras till kommunstyrelsen."], "referred_back", "aterremiss",
       "Ärendet återremitteras till kommunstyrelsen.", reason=R23)
motion(24, "Elsa Grönvall (S) vill att parkerna får bättre belysning, och Peter Wahlin (KD) vill att "
           "gång- och cykelvägar som upplevs otrygga får trygghetsbelysning. Motionerna har beretts "
           "tillsammans. Trafiknämnden och stadsdelsnämnderna ser ett behov av en samlad plan.",
       [lab("Yrkanden"),
        ("p", "Elsa Grönvall (S) och Peter Wahlin (KD) yrkar bifall till kommunstyrelsens förslag.")],
       M[24]["ks"], "decided", "besvarad", "Motionerna anses därmed besvarade.")
motion(25, "Omar Haddou (S) föreslår att stadens bostadsbolag får i uppdrag att bygga 500 "
           "studentbostäder till 2030. Ärendet bordlades vid sammanträdet den 13 maj 2024.",
       [lab("Yrkanden"),
        ("p", "Motionären Omar Haddou (S) begär att ärendet bordläggs en andra gång, eftersom "
              "bostadsbolagets styrelse ska behandla sin nya investeringsplan den 20 juni.")],
       ["Ärendet bordläggs."], "postponed", "bordlagd", "Ärendet bordläggs.")
motion(26, "Hedda Kron (SD) föreslår att staden säger upp sina vänortsavtal med tre städer och "
           "använder medlen till andra ändamål. Kommunstyrelsen framhåller att avtalen inte kostar "
           "något utöver enstaka resor och att de används i skolornas utbyten.",
       [lab("Yrkanden"),
        ("p", "Hedda Kron (SD) yrkar bifall till motionen. Daniel Hägg (S) yrkar bifall till "
              "kommunstyrelsens förslag."),
        lab("Beslutsgång"),
        ("p", "Ordföranden ställer proposition på förslagen och finner att kommunfullmäktige har "
              "bifallit kommunstyrelsens förslag.")],
       ["Motionen avslås."], "decided", "avslag", "Motionen avslås.",
       res=["Hedda Kron m.fl. (SD) reserverar sig mot beslutet."])
motion(27, "Axel Ronander (L) vill att invånarna ska kunna lämna och rösta på förslag i en digital "
           "portal. Staden inför en sådan portal under hösten 2024 inom ramen för "
           "digitaliseringsprogrammet.",
       [], ["Motionen anses besvarad."], "decided", "besvarad", "Motionen anses besvarad.")
motion(28, "Sanna Ekholm (KD) föreslår att staden inrättar ett barnrättsombud som ska granska att "
           "barnets rättigheter beaktas i stadens beslut. Kommunstyrelsen föreslår att motionen "
           "avslås med hänvisning till att barnrättsarbetet redan samordnas av stadsledningskontoret.",
       [lab("Yrkanden"),
        ("p", "Sanna Ekholm (KD), med instämmande av Rasmus Ek (C), Karin Ahlqvist (M) och Axel "
              "Ronander (L), yrkar bifall till motionen."),
        ("p", "Maria Kjellgren (S) yrkar bifall till kommunstyrelsens förslag."),
        lab("Propositionsordning"),
        ("p", "Ordföranden ställer proposition på förslagen och finner att kommunfullmäktige har "
              "bifallit motionen. Votering begärs. Omröstningen utfaller med 53 röster för bifall "
              "till motionen och 48 röster för kommunstyrelsens förslag. Kommunfullmäktige har "
              "därmed bifallit motionen.")],
       ["Motionen bifalls.", "Kommunstyrelsen får i uppdrag att återkomma med förslag till hur ett "
                             "barnrättsombud ska organiseras och finansieras."],
       "decided", "bifall", "Motionen bifalls.",
       res=["Maria Kjellgren m.fl. (S), Jonna Pihl m.fl. (V) och Ida Forsgren m.fl. (MP) reserverar "
            "sig mot beslutet till förmån för kommunstyrelsens förslag."])
motion(29, f"Vilma Tran (V) föreslog ett kulturstipendium för konstnärer under 26 år. Motionären har "
           f"den 2 april 2024 meddelat att hon drar tillbaka motionen. Kommunstyrelsen föreslår att "
           f"motionen avskrivs eftersom {R29}.",
       [], ["Motionen avskrivs."], "written_off", "avskriven", "Motionen avskrivs.", reason=R29)

# ---------------------------------------------------------------- § 136 redovisning, § 137
P += phead(30, [UTL[30], f"Dnr {DNR[30]}"]) + [
    ("p", "Enligt 5 kap. 35 § kommunallagen ska det som har kommit fram vid beredningen av en motion "
          "som inte har kunnat beredas inom ett år anmälas till fullmäktige. Följande motioner har "
          "inte beretts färdigt inom ett år:"),
    redov_table(),
    lab("Kommunstyrelsens förslag"),
    ("numlist", "decimal_dot", [DEC_REDOV]),
    lab("Kommunfullmäktige beslutar följande"),
    ("numlist", "decimal_dot", [DEC_REDOV])]
for nr, title, authors, dnr, _, _, plan in REDOV:
    PITEMS.append(item(PAR[30], title, agenda=30, dnr=dnr, key=key(dnr), subject="motion",
                       event="reported", authors=authors, estimated_done=plan))
pnone(38, ("p", "Följande meddelanden anmäls:"),
      ("bullets", ["Länsstyrelsens beslut om ny ledamot i kommunfullmäktige efter Lina Persson (S)",
                   "Revisorernas rapport om granskning av stadens arbete med upphandling",
                   "Norrhamns Stadshus AB, protokoll från styrelsemöte 2024-05-21",
                   "Socialnämndens rapport om ej verkställda beslut, kvartal 1 2024"]),
      lab("Kommunfullmäktige beslutar följande"),
      ("numlist", "decimal_dot", ["Meddelandena läggs till handlingarna."]), refs=[])
P += [("empty",), ("p", "Vid protokollet", {"italic": True}), ("p", "Fredrik Lantz")]
P += [("head", "Bilaga 1 till § 116: Skriftliga reservationer", {"style": "Heading 2",
                                                                 "page_break": True}),
      lab("Reservation av Moderaterna, Liberalerna och Kristdemokraterna"),
      ("p", "Vi reserverar oss mot beslutet om budget för 2025. Majoritetens budget ökar stadens "
            "låneskuld med två miljarder kronor på ett år, samtidigt som resultatet bara är hälften "
            "av det som krävs för att finansiera investeringarna med egna medel. Räntekostnaderna "
            "tränger undan pengar till skola och omsorg redan om två år."),
      ("p", "Vårt förslag prioriterar kärnverksamheten. Vi lägger 40 miljoner kronor mer på "
            "grundskolan än majoriteten, inför en äldreomsorgsgaranti och satsar på fler "
            "lärarassistenter. Vi finansierar detta genom att minska stadens administration, avveckla "
            "dubbla stödfunktioner i stadsdelsnämnderna och pröva vilka lokaler staden kan lämna."),
      ("p", "Vi föreslår också att investeringsramen sänks till 3 900 miljoner kronor och att "
            "Kajstadens andra etapp skjuts upp tills kostnaderna för den första etappen är "
            "redovisade. En sänkt skattesats med 20 öre är fullt möjlig inom vår budget."),
      ("p", "Filippa Strömberg (M), Mira Solberg (L) och Peter Wahlin (KD)"),
      lab("Reservation av Sverigedemokraterna"),
      ("p", "Sverigedemokraterna reserverar sig mot beslutet. Vår budget sätter tryggheten först: "
            "fler ordningsvakter, kameraövervakning på fler platser och ett förstärkt "
            "brottsförebyggande arbete i skolan. Vi minskar kostnaderna för kulturprojekt, "
            "arbetsmarknadsinsatser som saknar uppföljning och stadens internationella arbete."),
      ("p", "Vi föreslår en skattesänkning med 30 öre och en investeringsram på 3 700 miljoner "
            "kronor. Stadens bolag ska lämna högre utdelning till staden, och "
            "exploateringsintäkterna ska användas till att minska låneskulden."),
      ("p", "Niklas Östberg (SD)")]

PROTO = {
    "stem": "norrhamn-kf-2024-06-10_protokoll", "format": "docx", "font": "Georgia", "size": 10.5,
    "core_title": "Kommunfullmäktige 2024-06-10, protokoll nr 9", "core_author": "Fredrik Lantz",
    "header": ["NORRHAMNS STAD\tKommunfullmäktige\tProtokoll 2024-06-10",
               "\t\tSida {PAGE} av {NUMPAGES}"],
    "footer": [SIG],
    "blocks": P,
    "truth": truth("protocol", MUNI, "KF", DATE, PITEMS),
}

# ================================================================ föredragningslista
F, FITEMS = [], []
GROUPS = {1: "INLEDANDE ÄRENDEN", 5: "VALÄRENDEN", 8: "BESLUTSÄRENDEN", 20: "MOTIONER",
          31: "INTERPELLATIONER", 37: "ÖVRIGT"}


def fhead(a, refs=()):
    out = []
    if a in GROUPS:
        out.append(("p", GROUPS[a], {"bold": True, "size": 12, "keep_next": True}))
    out.append(("p", f"{a}\t{A[a]}", {"bold": True, "keep_next": True}))
    if refs:
        out.append(("lines", list(refs), {"indent_cm": 1.0}))
    return out


def typed(lines):
    return [("p", f"{i}. {t}", {"indent_cm": 1.0, "space_after": 2}) for i, t in enumerate(lines, 1)]


F += [
    ("p", "NORRHAMNS STAD", {"bold": True, "size": 16, "space_after": 0}),
    ("title", "Föredragningslista"),
    ("p", "Kommunfullmäktiges sammanträde måndagen den 10 juni 2024 i Rådhussalen, Stadshuset"),
    ("p", "Kl. 13.00 behandlas interpellationer. Kl. 15.00 anordnas frågestund. Därefter behandlas "
          "beslutsärenden och motioner. En motionär kan bordlägga sitt ärende högst två gånger."),
    ("lines", ["Rotel I: Finansroteln, finansborgarrådet Daniel Hägg (S)",
               "Rotel II: Trafik- och trygghetsroteln, borgarrådet Maria Kjellgren (S)",
               "Rotel III: Stadsbyggnads- och miljöroteln, borgarrådet Ida Forsgren (MP)",
               "Rotel IV: Skol- och kulturroteln, borgarrådet Anton Rehn (S)",
               "Rotel VII: Social- och äldreroteln, borgarrådet Jonna Pihl (V)"]),
]
F += fhead(1) + [("p", "Upprop enligt förteckning. Anmälan av tjänstgörande ersättare.",
                  {"indent_cm": 1.0})]
FITEMS.append(none_item(1, A[1], agenda=1))
F += fhead(2) + [("p", "Ordföranden föreslår att protokollet justeras måndagen den 17 juni 2024.",
                  {"indent_cm": 1.0})]
FITEMS.append(none_item(2, A[2], agenda=2))
F += fhead(3, [f"Dnr {DNR[3]}"]) + [("p", "Förteckning över motioner som har väckts efter "
                                          "föregående sammanträde delas ut vid sammanträdet.",
                                     {"indent_cm": 1.0})]
FITEMS.append(none_item(3, A[3], DNR[3], key(DNR[3]), agenda=3))
F += fhead(4, [f"Dnr {DNR[4]}"])
FITEMS.append(none_item(4, A[4], DNR[4], key(DNR[4]), agenda=4))
for a in range(5, 20):
    refs = [x for x in (UTL.get(a), f"Dnr {DNR[a]}" if a in DNR else None) if x]
    F += fhead(a, refs)
    if a in UTL:
        F += [("p", "Kommunstyrelsens förslag:", {"indent_cm": 1.0, "italic": True})]
        F += typed({11: BUDGET_KS,
                    12: ["Skattesatsen för år 2025 fastställs till 20,84 kronor per skattekrona."]}
                   .get(a, ["Kommunfullmäktige beslutar i enlighet med "
                           f"{UTL[a].replace('Utlåtande', 'utlåtande')}."]))
        if a in (11, 12):
            F += [("p", "Reservation i kommunstyrelsen av (M), (KD), (L) och (SD).",
                   {"indent_cm": 1.0})]
        F += [("p", f"Ärendedokument: {UTL[a]} (pdf)", {"indent_cm": 1.0, "size": 9})]
    d = DNR.get(a)
    FITEMS.append(none_item(a, A[a], d, key(d) if d else None, agenda=a))

for a in range(20, 30):
    m = M[a]
    refs = mrefs(a)
    if a == 25:
        refs[-1] += " (bordlagd 13/5)"
    F += fhead(a, refs)
    F += [("p", "Kommunstyrelsens förslag:", {"indent_cm": 1.0, "italic": True})] + typed(m["ks"])
    if a == 29:
        F += [("p", f"Kommunstyrelsen föreslår att motionen avskrivs eftersom {R29}.",
               {"indent_cm": 1.0})]
    if m["res_ks"]:
        F += [("p", m["res_ks"], {"indent_cm": 1.0})]
    F += [("p", f"Ärendedokument: {m['utl']} (pdf)", {"indent_cm": 1.0, "size": 9})]
    outcome, text = m["ks_out"]
    d = dec(outcome, True, text)
    reason = R29 if a == 29 else None
    if a == 24:
        for _, _, authors, dnr, _ in M24:
            FITEMS.append(item(a, A[a], agenda=a, dnr=dnr, key=key(dnr), subject="motion",
                               event="proposed", authors=authors, decision=d))
    else:
        FITEMS.append(item(a, A[a], agenda=a, dnr=m["dnr"], key=key(m["dnr"]), subject="motion",
                           event="proposed", authors=m["authors"], decision=d, reason=reason))
F += fhead(30, [UTL[30], f"Dnr {DNR[30]}"]) + [redov_table(),
                                              ("p", "Kommunstyrelsens förslag:",
                                               {"indent_cm": 1.0, "italic": True})] + typed([DEC_REDOV])
for nr, title, authors, dnr, _, _, plan in REDOV:
    FITEMS.append(item(30, title, agenda=30, dnr=dnr, key=key(dnr), subject="motion",
                       event="reported", authors=authors, estimated_done=plan))
for a in range(31, 37):
    nr, by, to, _ = IP[a]
    extra = " (framställd 13/5)" if a < 34 else " (framställd 27/5)"
    F += fhead(a, [f"Nr {nr} av {by} till {to}", f"Dnr {DNR[a]}{extra}"])
    FITEMS.append(none_item(a, A[a], DNR[a], key(DNR[a]), agenda=a))
for a in (37, 38, 39):
    F += fhead(a)
    FITEMS.append(none_item(a, A[a], agenda=a))

FORED = {
    "stem": "norrhamn-kf-2024-06-10_foredragningslista", "format": "docx", "font": "Georgia",
    "size": 10.5,
    "core_title": "Föredragningslista kommunfullmäktige 2024-06-10", "core_author": "Fredrik Lantz",
    "header": ["Norrhamns stad · Kommunfullmäktige · Föredragningslista 10 juni 2024\t\t{PAGE} ({NUMPAGES})"],
    "footer": ["Stadsledningskontoret, kansliavdelningen · Stadshuset · 100 17 Norrhamn"],
    "blocks": F,
    "truth": truth("agenda", MUNI, "KF", DATE, FITEMS),
}

DOCS = [PROTO, FORED]
