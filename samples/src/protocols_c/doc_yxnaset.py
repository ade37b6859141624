"""yxnaset-kf-2024-05-20_protokoll: KF protocol of a mid-size municipality, §§ 64–77.

Layout: cover form, short närvarolista, and a chapter list of the webcast
("Kapitel i webbsändningen": § | Kod | Ärende | Tid, with "0:58:05"-style offsets).
Every item has a letter-number code (A1–A4 inledande ärenden, V1 val, E1–E7 ärenden
från kommunstyrelsen, I1 interpellationer, M1 meddelanden) that also names the
yrkanden filed with the protocol ("2024-05-20 Alt förslag S+V E3.docx"). The § heading
is Heading 2 "§ 70 E2 <Rubrik> (kl 18.51)": § number, code, title and the clock time at
which the item was called. Habits: K-ITEM-05 (codes), K-ITEM-06 (clock times and webcast
offsets), P-MBF-01 (§ 67: each new medborgarförslag followed by "Presidiets förslag:
Ärendet överlåts till <nämnd>"), P-AVSK-01 (§ 74: unanswered motions of the term
2018–2022 written off in bulk under KL 5 kap. 35 §; the motions are only in "Bilaga 1
till § 74" at the end of the protocol).
"""
from blocks import fix_grid
from tlib import dec, item, other, protocol

STEM = "yxnaset-kf-2024-05-20_protokoll"
MUNI = "Yxnäsets kommun"
DATE = "2024-05-20"

SEATS = [("S", 10), ("M", 7), ("SD", 5), ("C", 3), ("KD", 2), ("V", 2), ("L", 1), ("MP", 1)]
NAMED = {
    "S": ["Annika Wedin", "Göran Falk", "Hanna Berglöf", "Reza Karimi"],
    "M": ["Per-Olof Strand", "Linnea Ask", "Tomas Edlund"],
    "SD": ["Kent Östling", "Marina Sjöö"],
    "C": ["Elin Haraldsson"],
    "KD": ["Sofia Renström"],
    "V": ["Jalal Amiri"],
    "L": ["Maud Tellström"],
    "MP": ["Oskar Vinterhav"],
}
_FIRST = ["Agneta", "Bertil", "Camilla", "Dennis", "Ebba", "Fredrik", "Gun", "Henrik", "Ida",
          "Johan", "Karolina", "Lennart", "Moa", "Niklas", "Olivia", "Patrik", "Rebecka"]
_LAST = ["Bergkvist", "Forsgren", "Hallin", "Isaksson", "Kronberg", "Lidén", "Modig",
         "Norén", "Palm", "Ramsell", "Sundin", "Törnqvist", "Wiklander"]


def _members():
    out, k = [], 0
    for party, n in SEATS:
        names = list(NAMED[party])
        while len(names) < n:
            names.append(f"{_FIRST[k % len(_FIRST)]} {_LAST[(k * 3) % len(_LAST)]}")
            k += 1
        out += [(nm, party) for nm in names]
    return out


MEMBERS = _members()
assert len(MEMBERS) == 31 and len({m for m, _ in MEMBERS}) == 31

# (§, code, title, clock time, webcast offset)
AGENDA = [
    ("64", "A1", "Val av justerare och tid för justering", "18.00", "0:00:40"),
    ("65", "A2", "Godkännande av föredragningslistan", "18.02", "0:02:15"),
    ("66", "A3", "Anmälan av nya motioner", "18.04", "0:04:05"),
    ("67", "A4", "Anmälan av nya medborgarförslag", "18.06", "0:06:30"),
    ("68", "V1", "Fyllnadsval av ersättare i barn- och utbildningsnämnden", "18.11", "0:11:20"),
    ("69", "E1", "Årsredovisning 2023 för Yxnäsets kommun", "18.13", "0:13:05"),
    ("70", "E2", "Svar på motion om simskola för nyanlända vuxna", "18.51", "0:51:40"),
    ("71", "E3", "Svar på motion om fri kollektivtrafik för pensionärer", "19.07", "1:07:10"),
    ("72", "E4", "Svar på motion om en kommunal ungdomsgård i Björkudden", "19.39", "1:39:25"),
    ("73", "E5", "Svar på motion om solceller på kommunens förskolor", "19.48", "1:48:00"),
    ("74", "E6", "Avskrivning av obesvarade motioner från mandatperioden 2018–2022", "20.02",
     "2:02:35"),
    ("75", "E7", "Svar på medborgarförslag om hundrastgård i Västra Yxnäs", "20.06", "2:06:50"),
    ("76", "I1", "Interpellation om handläggningstiden för motioner", "20.10", "2:10:15"),
    ("77", "M1", "Meddelanden", "20.31", "2:31:00"),
]
T = {p: t for p, _c, t, _k, _o in AGENDA}
CODE = {p: c for p, c, _t, _k, _o in AGENDA}
CLOCK = {p: k for p, _c, _t, k, _o in AGENDA}

# § 66 new motions
M66 = [("KS 2024/0233", "Motion om belysning vid busshållplatserna längs väg 612",
        [("Göran Falk", "S")]),
       ("KS 2024/0241", "Motion om ett lokalt klimatråd för unga",
        [("Oskar Vinterhav", "MP"), ("Jalal Amiri", "V")])]
D66 = "Motionerna överlämnas till kommunstyrelsen för beredning."

# § 67 new medborgarförslag, each with the presidium's routing (P-MBF-01)
C67 = [  # dnr, possessive line, name, nämnd, the one retold proposal
    ("KS 2024/0219", "Britt-Inger Lagerhamns medborgarförslag om bänkar längs Ågångsleden.",
     "Britt-Inger Lagerhamn", "tekniska nämnden",
     "att kommunen ställer ut bänkar med armstöd var tredje hundra meter längs Ågångsleden"),
    ("KS 2024/0224", "Viktor Almqvists medborgarförslag om skolbibliotek på Tallbackaskolan.",
     "Viktor Almqvist", "barn- och utbildningsnämnden",
     "att Tallbackaskolan får ett bemannat skolbibliotek"),
    ("KS 2024/0230", "Leila Nordins medborgarförslag om en frisbeegolfbana i Kvarnparken.",
     "Leila Nordin", "kultur- och fritidsnämnden",
     "att en frisbeegolfbana med nio korgar anläggs i Kvarnparken"),
    ("KS 2024/0237", "Sven-Erik Dahlins medborgarförslag om sänkt hastighet genom Sörby.",
     "Sven-Erik Dahlin", "kommunstyrelsen",
     "att hastigheten genom Sörby sänks till 30 km/tim"),
]
D67 = ("Medborgarförslagen överlåts till eller överlämnas för beredning till de nämnder som "
       "presidiet har föreslagit för respektive förslag.")

# § 70 bifall
DNR70 = "KS 2023/0188"
C70 = ["att kommunen erbjuder simundervisning för nyanlända vuxna inom ramen för "
       "samhällsorienteringen",
       "att undervisningen sker på tider då simhallen annars har få besökare"]
D70 = "Motionen bifalls."
# § 71 avslag after vote, alternative proposal S+V filed by code
DNR71 = "KS 2023/0204"
C71 = ["att alla invånare som har fyllt 70 år får åka gratis med kollektivtrafiken inom "
       "kommunen"]
D71 = "Motionen avslås."
# § 72 besvarad
DNR72 = "KS 2023/0259"
C72 = ["att kommunen öppnar en ungdomsgård i Björkudden",
       "att ungdomarna själva får vara med och utforma verksamheten",
       "att ungdomsgården håller öppet minst fyra kvällar i veckan"]
D72 = "Motionen anses besvarad med hänvisning till kultur- och fritidsnämndens yttrande."
# § 73 återremiss (M+KD, filed by code)
DNR73 = "KS 2023/0301"
C73 = ["att solceller installeras på samtliga kommunala förskolor senast 2027"]
R73 = ("kommunstyrelsen ska redovisa en kalkyl för varje förskolas tak och för hur "
       "investeringen påverkar hyrorna")
D73 = "Ärendet återremitteras till kommunstyrelsen."
# § 74 bulk write-off (P-AVSK-01)
DNR74 = "KS 2024/0160"
D74 = ("Fullmäktige avskriver obesvarade motioner från mandatperioden 2018–2022 enligt "
       "bilaga 1 (KL 5 kap. 35 §).")
R74 = ("motionerna har väckts under förra mandatperioden, motionärerna inte längre är "
       "ledamöter i fullmäktige och sakfrågorna har hanterats i andra ärenden")
B74 = [  # Dnr, Motion, Motionär(er) as written, väckt, authors
    ("KS 2019/0412", "Motion om en gång- och cykelväg mellan Sörby och Yxnäs centrum",
     "Ragnar Holmlund (C)", "2019-09-23", [("Ragnar Holmlund", "C")]),
    ("KS 2020/0087", "Motion om fler platser på kommunens korttidsboende",
     "Birgitta Sahlén (S)", "2020-02-17", [("Birgitta Sahlén", "S")]),
    ("KS 2020/0355", "Motion om kommunalt bredband till fritidshusområden",
     "Åsa Lindroos (M), Kjell Nyqvist (M)", "2020-10-19",
     [("Åsa Lindroos", "M"), ("Kjell Nyqvist", "M")]),
    ("KS 2021/0140", "Motion om att införa medborgarbudget i Västra Yxnäs",
     "Rut Forsell (V)", "2021-04-26", [("Rut Forsell", "V")]),
    ("KS 2022/0098", "Motion om matlådor till äldre som bor på landsbygden",
     "Hugo Brantevik (KD)", "2022-03-21", [("Hugo Brantevik", "KD")]),
]
# § 75 medborgarförslag avslag
DNR75 = "KS 2023/0277"
C75 = ["att kommunen anlägger en inhägnad hundrastgård vid Västra Yxnäs idrottsplats"]
D75 = "Medborgarförslaget avslås."

B = {"bold": True, "keep_next": True}
RULE = ("p", "_" * 30)


def dkey(dnr):
    pre, rest = dnr.split(" ")
    year, num = rest.split("/")
    return f"{pre} {year}/{int(num)}"


def head(par, pbb=False):
    text = f"§ {par} {CODE[par]} {T[par]} (kl {CLOCK[par]})"
    return ("hx", 2, text, {"pbb": True}) if pbb else ("hx", 2, text)


def sec(par, dnr=None, pbb=False):
    out = [head(par, pbb)]
    if dnr:
        out.append(("p", f"Dnr: {dnr}"))
    return out


def beslut(lines):
    return [("p", "Kommunfullmäktiges beslut", B)] + [("p", x) for x in lines]


def cover():
    lt = lambda rows: ("label_table", rows, {"widths_cm": [4.4, 12.0]})  # noqa: E731
    return [
        ("p", "YXNÄSETS KOMMUN", {"bold": True, "size": 15}),
        ("p", "Kommunfullmäktige", {"size": 13}),
        ("p", "PROTOKOLL", {"bold": True}),
        lt([["Plats och tid", "Kommunhuset i Yxnäs, sessionssalen, måndagen den 20 maj 2024 "
                              "kl. 18.00–20.40"],
            ["Beslutande", "Se närvarolista"],
            ["Övriga närvarande", "Kommundirektör Maj-Lis Eklöf\nNämndsekreterare Arvid Sten\n"
                                  "Ekonomichef Nadja Fridell, § 69"],
            ["Utses att justera", "Reza Karimi (S) och Linnea Ask (M)"],
            ["Justeringens plats och tid", "Kommunkansliet, torsdagen den 23 maj 2024"],
            ["Underskrifter", "Sekreterare …………………………… Arvid Sten\n\n"
                              "Ordförande …………………………… Annika Wedin\n\n"
                              "Justerande …………………………… Reza Karimi    "
                              "…………………………… Linnea Ask"],
            ["Paragrafer", "64–77"]]),
        ("p", "Sammanträdet sändes direkt på kommunens webbplats. Klockslaget efter varje "
              "rubrik anger när ärendet ropades upp; tiderna i kapitellistan anger var ärendet "
              "börjar i den inspelade sändningen. Yrkanden som lämnats skriftligt diarieförs "
              "med ärendets kod."),
        ("p", "ANSLAG/BEVIS", {"bold": True}),
        lt([["Organ", "Kommunfullmäktige i Yxnäsets kommun"],
            ["Sammanträdesdatum", "2024-05-20"],
            ["Anslaget sätts upp", "2024-05-24"],
            ["Anslaget tas ned", "2024-06-15"],
            ["Förvaringsplats", "Kommunkansliet, Kyrkbacken 4, Yxnäs"]]),
    ]


def narvaro():
    rows = [["Ledamot", "Parti", "Närvaro"]]
    for name, party in MEMBERS:
        if name == "Tomas Edlund":
            rows.append([name, party, "Ersätts av Nina Brask (M)"])
        elif name == "Marina Sjöö":
            rows.append([name, party, "§§ 64–71"])
        else:
            rows.append([name, party, "X"])
    chap = [["§", "Kod", "Ärende", "Tid i sändningen"]] + [
        [p, c, t, o] for p, c, t, _k, o in AGENDA]
    return [
        ("hx", 1, "Närvarolista", {"pbb": True}),
        ("table", rows, {"style": "Table Grid", "bold_first_row": True, "small": True,
                         "widths_cm": [6.0, 2.0, 8.4]}),
        ("hx", 1, "Kapitel i webbsändningen", {"pbb": True}),
        ("table", chap, {"style": "Table Grid", "bold_first_row": True, "small": True,
                         "widths_cm": [1.2, 1.4, 10.6, 3.2]}),
    ]


BLOCKS = cover() + narvaro()

BLOCKS += [head("64", pbb=True)] + beslut([
    "Reza Karimi (S) och Linnea Ask (M) utses att jämte ordföranden justera protokollet.",
    "Justeringen sker på kommunkansliet torsdagen den 23 maj 2024."]) + [RULE]

BLOCKS += sec("65") + beslut([
    "Föredragningslistan godkänns med tillägget att interpellationen I1 besvaras före "
    "meddelandena."]) + [RULE]

BLOCKS += sec("66", "KS 2024/0005") + beslut([D66]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", "Följande motioner har lämnats in sedan föregående sammanträde:"),
] + [("p", f"{t}, {', '.join(f'{n} ({p})' for n, p in a)}, Dnr {d}") for d, t, a in M66] + [
    RULE]

BLOCKS += sec("67", "KS 2024/0006") + beslut([D67]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", "Enligt arbetsordningen lämnar presidiet förslag om vilken nämnd som ska besluta i "
          "varje nytt medborgarförslag. Följande medborgarförslag har kommit in:"),
]
for dnr, line, _name, namnd, clause in C67:
    BLOCKS += [
        ("p", line, {"bold": True, "keep_next": True, "space_after": 0}),
        ("p", f"Dnr {dnr}. Förslagsställaren föreslår {clause}.",
         {"keep_next": True, "space_after": 0}),
        ("p", f"Presidiets förslag: Ärendet överlåts till {namnd}"
         if namnd != "kommunstyrelsen" else
         "Presidiets förslag: Ärendet överlämnas till kommunstyrelsen för beredning"),
    ]
BLOCKS += [
    ("p", "Förslaget om sänkt hastighet genom Sörby gäller en lokal trafikföreskrift och "
          "bereds därför av kommunstyrelsen, som är trafiknämnd."),
    RULE]

BLOCKS += sec("68", "KS 2024/0071") + beslut([
    "Till ny ersättare i barn- och utbildningsnämnden efter Elsa Grön (SD) för tiden till "
    "och med den 31 december 2026 väljs Dennis Kronberg (SD)."]) + [RULE]

BLOCKS += sec("69", "KS 2024/0102") + beslut([
    "Årsredovisning 2023 för Yxnäsets kommun godkänns."]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", "Kommunens resultat för 2023 blev 9,7 miljoner kronor. Balanskravet är uppfyllt. "
          "Fyra av sju finansiella mål har nåtts."),
    ("p", "Yrkanden", B),
    ("p", "Per-Olof Strand (M) och Göran Falk (S) yrkar bifall till kommunstyrelsens förslag."),
    RULE]

BLOCKS += sec("70", DNR70) + beslut([
    D70,
    "Kultur- och fritidsnämnden får i uppdrag att från och med hösten 2024 erbjuda "
    "simundervisning för nyanlända vuxna."]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", f"Hanna Berglöf (S) föreslår i en motion {C70[0]} och {C70[1]}."),
    ("p", "Kultur- och fritidsnämnden tillstyrker motionen. Kostnaden för instruktörer, "
          "omkring 180 000 kronor per år, ryms inom nämndens ram."),
    ("p", "Beslutsunderlag", B),
    ("lines", ["Kommunstyrelsen 2024-04-29, § 81", "Kultur- och fritidsnämnden 2024-03-12, § 22",
               "Motion från Hanna Berglöf (S), 2023-05-15"]),
    ("p", "Yrkanden", B),
    ("p", "Hanna Berglöf (S), Elin Haraldsson (C) och Sofia Renström (KD) yrkar bifall till "
          "kommunstyrelsens förslag."),
    RULE]

BLOCKS += sec("71", DNR71) + beslut([D71]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", f"Kent Östling (SD) föreslår i en motion {C71[0]}. Kommunstyrelsen föreslår att "
          "motionen avslås, eftersom en sådan rabatt beräknas kosta 6,2 miljoner kronor per år "
          "och kollektivtrafiken finansieras gemensamt med regionen."),
    ("p", "Beslutsunderlag", B),
    ("lines", ["Kommunstyrelsen 2024-04-29, § 82", "Motion från Kent Östling (SD), 2023-06-12",
               "2024-05-20 Alt förslag S+V E3.docx"]),
    ("p", "Yrkanden", B),
    ("p", "Kent Östling (SD) yrkar bifall till motionen."),
    ("p", "Göran Falk (S) och Jalal Amiri (V) yrkar bifall till det alternativa förslag som "
          "lämnats skriftligt under kod E3, att avgiftsfria resor för invånare över 70 år "
          "införs under lågtrafik."),
    ("p", "Per-Olof Strand (M) yrkar bifall till kommunstyrelsens förslag."),
    ("p", "Beslutsgång", B),
    ("p", "Ordföranden ställer först de två bifallsyrkandena mot varandra och finner att "
          "Göran Falks yrkande är motförslag. Därefter ställs kommunstyrelsens förslag mot "
          "motförslaget. Votering begärs och verkställs. Med 16 ja-röster för "
          "kommunstyrelsens förslag mot 15 nej-röster beslutar kommunfullmäktige enligt "
          "kommunstyrelsens förslag."),
    ("p", "Reservation", B),
    ("p", "Ledamöterna för S och V reserverar sig till förmån för det egna yrkandet."),
    RULE]

BLOCKS += sec("72", DNR72) + beslut([D72]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", f"Maud Tellström (L) föreslår i en motion {C72[0]}, {C72[1]} och {C72[2]}."),
    ("p", "Kultur- och fritidsnämnden redovisar i sitt yttrande att fritidsgården i Yxnäs "
          "centrum från hösten 2024 kör en mobil verksamhet i Björkudden två kvällar i veckan, "
          "och att ett ungdomsråd har bildats för att forma innehållet."),
    ("p", "Beslutsunderlag", B),
    ("lines", ["Kommunstyrelsen 2024-04-29, § 83", "Kultur- och fritidsnämnden 2024-03-12, § 24",
               "Motion från Maud Tellström (L), 2023-08-21"]),
    ("p", "Yrkanden", B),
    ("p", "Maud Tellström (L) och Annika Wedin (S) yrkar bifall till kommunstyrelsens förslag."),
    RULE]

BLOCKS += sec("73", DNR73) + beslut([
    D73,
    f"Återremissen motiveras med att {R73}."]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", f"Oskar Vinterhav (MP) föreslår i en motion {C73[0]}. Kommunstyrelsen föreslår att "
          "motionen anses besvarad, eftersom fastighetsavdelningen redan planerar solceller på "
          "tre förskolor."),
    ("p", "Beslutsunderlag", B),
    ("lines", ["Kommunstyrelsen 2024-04-29, § 84", "Motion från Oskar Vinterhav (MP), 2023-09-18",
               "2024-05-20 Återremiss M+KD E5.docx"]),
    ("p", "Yrkanden", B),
    ("p", "Linnea Ask (M) och Sofia Renström (KD) yrkar att ärendet återremitteras enligt "
          "yrkande E5."),
    ("p", "Oskar Vinterhav (MP) yrkar bifall till motionen."),
    ("p", "Beslutsgång", B),
    ("p", "Ordföranden frågar om ärendet ska avgöras i dag eller återremitteras och finner att "
          "det ska återremitteras. Minoritetsåterremiss behövs inte."),
    RULE]

BLOCKS += sec("74", DNR74) + beslut([D74]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", "En motion ska enligt 5 kap. 35 § kommunallagen beredas så att fullmäktige kan fatta "
          "beslut inom ett år från det att den väcktes. Kansliet har gått igenom de motioner "
          "som fortfarande är obesvarade från mandatperioden 2018–2022. De förtecknas i "
          "bilaga 1 till denna paragraf."),
    ("p", f"Kommunstyrelsen föreslår att motionerna avskrivs eftersom {R74}."),
    ("p", "Beslutsunderlag", B),
    ("lines", ["Kommunstyrelsen 2024-04-29, § 85",
               "Bilaga 1: Förteckning över obesvarade motioner 2018–2022"]),
    ("p", "Yrkanden", B),
    ("p", "Annika Wedin (S) yrkar bifall till kommunstyrelsens förslag."),
    ("p", "Expedieras", B),
    ("lines", ["Kommunstyrelsen", "Motionärerna, för kännedom"]),
    RULE]

BLOCKS += sec("75", DNR75) + beslut([D75]) + [
    ("p", "Ärendebeskrivning", B),
    ("p", f"Irma Söderlund föreslår i ett medborgarförslag {C75[0]}. Kultur- och "
          "fritidsnämnden avstyrker förslaget, eftersom marken vid idrottsplatsen är "
          "reserverad för en ny konstgräsplan."),
    ("p", "Yrkanden", B),
    ("p", "Elin Haraldsson (C) yrkar bifall till kommunstyrelsens förslag."),
    RULE]

BLOCKS += sec("76", "KS 2024/0190") + [
    ("p", "Ärendebeskrivning", B),
    ("p", "Jalal Amiri (V) frågar kommunstyrelsens ordförande Per-Olof Strand (M) varför "
          "motioner från förra mandatperioden har blivit liggande och om rutinerna för "
          "att bereda motioner inom ett år ska ändras."),
    ("p", "Per-Olof Strand (M) svarar att kansliet från hösten redovisar obesvarade motioner "
          "två gånger per år."),
] + beslut(["Interpellationen anses besvarad."]) + [RULE]

BLOCKS += sec("77") + [
    ("p", "Följande meddelanden redovisas:"),
    ("lines", ["Revisorerna: granskning av kommunens investeringsprocess",
               "Länsstyrelsen: beslut om tillsyn av överförmyndarnämnden"]),
] + beslut(["Meddelandena läggs till handlingarna."]) + [RULE]

BLOCKS += [
    ("hx", 1, "Bilaga 1 till § 74", {"pbb": True}),
    ("p", "Förteckning över obesvarade motioner från mandatperioden 2018–2022 som avskrivs"),
    ("table", [["Dnr", "Motion", "Motionär", "Väckt"]] +
     [[d, t, w, v] for d, t, w, v, _a in B74],
     {"style": "Table Grid", "bold_first_row": True, "small": True,
      "widths_cm": [2.8, 8.0, 3.6, 2.0]}),
]

ITEMS = [other("64", T["64"], agenda="A1"), other("65", T["65"], agenda="A2")]
for d, t, a in M66:
    ITEMS.append(item("66", t, agenda="A3", dnr=d, key=dkey(d),
                      subject="motion", event="raised", authors=a,
                      decision=dec("overlamnad", D66)))
for d, _line, name, _n, clause in C67:
    title = _line.rstrip(".")
    ITEMS.append(item("67", title, agenda="A4", dnr=d, key=dkey(d),
                      subject="citizen_proposal", event="raised", authors=[(name, None)],
                      clauses=[clause], decision=dec("overlamnad", D67)))
ITEMS += [
    other("68", T["68"], agenda="V1", dnr="KS 2024/0071", key="KS 2024/71"),
    other("69", T["69"], agenda="E1", dnr="KS 2024/0102", key="KS 2024/102"),
    item("70", T["70"], agenda="E2", dnr=DNR70, key="KS 2023/188", subject="motion",
         event="decided", authors=[("Hanna Berglöf", "S")], clauses=C70,
         decision=dec("bifall", D70)),
    item("71", T["71"], agenda="E3", dnr=DNR71, key="KS 2023/204", subject="motion",
         event="decided", authors=[("Kent Östling", "SD")], clauses=C71,
         decision=dec("avslag", D71)),
    item("72", T["72"], agenda="E4", dnr=DNR72, key="KS 2023/259", subject="motion",
         event="decided", authors=[("Maud Tellström", "L")], clauses=C72,
         decision=dec("besvarad", D72)),
    item("73", T["73"], agenda="E5", dnr=DNR73, key="KS 2023/301", subject="motion",
         event="referred_back", authors=[("Oskar Vinterhav", "MP")], clauses=C73,
         decision=dec("aterremiss", D73), reason=R73),
]
for d, t, _w, _v, a in B74:
    ITEMS.append(item("74", t, agenda="E6", dnr=d, key=dkey(d), subject="motion",
                      event="written_off", authors=a, decision=dec("avskriven", D74),
                      reason=R74))
ITEMS += [
    item("75", T["75"], agenda="E7", dnr=DNR75, key="KS 2023/277", subject="citizen_proposal",
         event="decided", authors=[("Irma Söderlund", None)], clauses=C75,
         decision=dec("avslag", D75)),
    other("76", T["76"], agenda="I1", dnr="KS 2024/0190", key="KS 2024/190"),
    other("77", T["77"], agenda="M1"),
]

DOC = {
    "stem": STEM,
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": "Kommunfullmäktige 2024-05-20", "core_author": "Arvid Sten",
    "header": ["YXNÄSETS KOMMUN\tPROTOKOLL\t{PAGE}({NUMPAGES})",
               "Kommunfullmäktige\t2024-05-20\t"],
    "footer": [("sig_table",)],
    "blocks": BLOCKS,
    "post": fix_grid,
    "truth": protocol("protocol", MUNI, "KF", DATE, ITEMS),
    "sections": {"styles": ["Heading 2"], "re": r"^§ (?P<p>\d+) (?P<a>[A-Z]+\d+) "},
}
