"""kvistbro-kf-2024-11-25_kallelse: Kvistbro kommun, kallelse to kommunfullmäktige
2024-11-25, 12 items (agenda 1-12 = §§ 118-129).

Layout: a first page with time, place and the agenda as a table (Nr | § | Ärende),
signed by the chair and the secretary; then the föredragningslista, where every item
starts with a bold line carrying both numbers, "6.<TAB>§ 123", the title as Heading 2 and
"Dnr KS-2024-0231" (organ-year-serial with dashes); "Kommunstyrelsens förslag till
beslut" with dash lines, "Beskrivning av ärendet", and "Bilagor" with PDF file names.
Running head "Kvistbro kommun | KALLELSE | Sida n (m)" / "Kommunfullmäktige | 2024-11-25".

Proposals: bifall (item 6), avslag (7), anses besvarad (8), avskrivning with an
"eftersom ..." reason (9). Distractors: val, interpellationssvar, two taxor, a
sammanträdesplan, and "Anmälan av nya motioner" with only an empty-state text.
"""
from common import dec, grid, item, keep_all, label, protocol_truth

MUNI = "Kvistbro kommun"
DATE = "2024-11-25"
OFFSET = 117          # § = agenda number + 117

RYDEN = ("Hanna Rydén", "V")
AXEN = ("Patrik Axén", "L")
BOMAN = ("Sven-Erik Boman", "C")
FALKENBERG = ("Birgit Falkenberg", "MP")


def pn(p):
    return f"{p[0]} ({p[1]})"


def head(nr, title, dnr=None):
    out = [("empty",)] if nr > 1 else []
    out += [("p", f"{nr}.\t§ {nr + OFFSET}", {"bold": True, "keep_next": True}),
           ("h2", title)]
    if dnr:
        out.append(("p", f"Dnr {dnr}", {"keep_next": True}))
    return out


def proposal(*texts):
    return [label("Kommunstyrelsens förslag till beslut")] + \
        [("p", f"- {t}", {"indent_cm": 0.4}) for t in texts]


def desc(*texts):
    return [label("Beskrivning av ärendet")] + [("p", t) for t in texts]


def bilagor(*files):
    return [label("Bilagor")] + [("lines", list(files))]


T = {
    1: "Val av justerare och tid för justering",
    2: "Godkännande av dagordningen",
    3: "Anmälan av nya motioner",
    4: "Svar på interpellation från Hanna Rydén (V) om skolbibliotekens öppettider",
    5: "Val av ersättare i socialnämnden",
    6: "Svar på motion om en fritidsgård i Östra Kvistbro",
    7: "Svar på motion om 30 km/tim i alla bostadsområden",
    8: "Svar på motion om en strategi för kommunens vattenförsörjning",
    9: "Motion om en ny detaljplan för Kvarnängen – avskrivning",
    10: "Avfallstaxa 2025",
    11: "Taxa för plan- och bygglovsverksamheten 2025",
    12: "Sammanträdesplan för kommunfullmäktige 2025",
}
DNR = {3: ("KS-2024-0002", "KS 2024/2"), 4: ("KS-2024-0318", "KS 2024/318"),
       5: ("KS-2024-0004", "KS 2024/4"), 6: ("KS-2023-0412", "KS 2023/412"),
       7: ("KS-2024-0058", "KS 2024/58"), 8: ("KS-2024-0071", "KS 2024/71"),
       9: ("KS-2023-0287", "KS 2023/287"), 10: ("KS-2024-0266", "KS 2024/266"),
       11: ("KS-2024-0270", "KS 2024/270"), 12: ("KS-2024-0301", "KS 2024/301")}

EMPTY3 = ("Inga nya motioner har kommit in när kallelsen skickas ut. Motioner som lämnas in "
          "senast vid sammanträdets början anmäls vid sammanträdet.")
C6 = ["att kommunen öppnar en fritidsgård i Östra Kvistbro senast hösten 2025",
      "att ungdomarna i området får vara med och utforma verksamheten"]
D6 = "Motionen bifalls."
# clauses retold in the descriptions (issue 11 convention)
C7 = ["att hastighetsgränsen sänks till 30 km/tim på alla gator i kommunens bostadsområden"]
C8 = ["att kommunen tar fram en strategi för en säker vattenförsörjning, med reservvatten för de "
      "tre största tätorterna"]
C9 = ["att kommunen tar fram en ny detaljplan för Kvarnängen med inriktning på bostäder och en "
      "stadsdelspark"]
D7 = "Motionen avslås."
D8 = "Motionen anses besvarad."
R9 = ("den inte har kunnat beredas färdigt inom ett år och frågan nu hanteras i arbetet med "
      "den nya översiktsplanen")
D9 = f"Motionen avskrivs eftersom {R9}."


def d(n):
    return DNR[n]


BLOCKS = [
    ("p", "KALLELSE", {"bold": True, "size": 18}),
    ("p", "Kommunfullmäktige", {"size": 14}),
    ("empty",),
    ("table", [["Tid", "Måndagen den 25 november 2024 kl. 18.00"],
               ["Plats", "Kvistbrosalen, kommunhuset, Storgatan 8"],
               ["Upprop", "kl. 17.50"]],
     {"bold_first_col": True, "widths_cm": [3.0, 13.4]}),
    ("p", "Ledamöter som är förhindrade att delta ombeds snarast anmäla detta till "
          "kommunkansliet, så att ersättare kan kallas. Sammanträdet är offentligt och sänds "
          "direkt på kommunens webbplats."),
    ("p", "Ärenden", {"bold": True, "keep_next": True}),
    grid([["Nr", "§", "Ärende"]] + [[str(n), f"§ {n + OFFSET}", T[n]] for n in T],
         [1.2, 1.8, 13.4]),
    ("empty",),
    ("lines", ["Kvistbro den 13 november 2024", "", "Anders Ljung", "Ordförande", "",
               "Pia Wester", "Sekreterare"]),
    ("page_break",),
    ("p", "Föredragningslista", {"bold": True, "size": 14}),

    *head(1, T[1]),
    *proposal("Kommunfullmäktige utser två justerare.",
              "Protokollet justeras på kommunkansliet torsdagen den 28 november 2024."),

    *head(2, T[2]),
    *proposal("Dagordningen godkänns."),

    *head(3, T[3], d(3)[0]),
    *desc(EMPTY3),

    *head(4, T[4], d(4)[0]),
    *desc("Hanna Rydén (V) har ställt en interpellation till barn- och utbildningsnämndens "
          "ordförande Ulf Brandin (M) om varför skolbiblioteken på tre skolor bara är "
          "bemannade två dagar i veckan. Interpellationen och svaret bifogas. Svaret lämnas "
          "vid sammanträdet."),
    *bilagor("Interpellation skolbibliotek, Hanna Rydén (V).pdf",
             "Svar på interpellation, Ulf Brandin (M).pdf"),

    *head(5, T[5], d(5)[0]),
    *desc("Kristina Olsson (SD) har avsagt sig uppdraget som ersättare i socialnämnden. "
          "Valberedningen lämnar sitt förslag vid sammanträdet."),
    *proposal("Kristina Olsson (SD) entledigas från uppdraget som ersättare i socialnämnden.",
              "Kommunfullmäktige väljer en ny ersättare för resten av mandatperioden."),

    *head(6, T[6], d(6)[0]),
    *proposal(D6, "Kultur- och fritidsnämnden får i uppdrag att öppna fritidsgården i de "
                  "lokaler i Östra skolan som blir lediga efter sommaren 2025."),
    *desc(f"{pn(RYDEN)} har i en motion, väckt 2023-12-18, föreslagit att kommunfullmäktige "
          "beslutar"),
    ("p", C6[0], {"indent_cm": 1.0}),
    ("p", C6[1], {"indent_cm": 1.0}),
    ("p", "Kultur- och fritidsförvaltningen bedömer att behovet av en mötesplats för unga i "
          "Östra Kvistbro är stort. Omkring 350 ungdomar i åldern 12–17 år bor i området, och "
          "närmaste fritidsgård ligger fyra kilometer bort. Lokalerna i Östra skolan kan "
          "användas från hösten 2025 och verksamheten kan finansieras genom att öppettiderna på "
          "fritidsgården i centrum anpassas. Ungdomarna bjuds in till workshoppar under våren."),
    ("p", "Kommunstyrelsen behandlade ärendet 2024-11-04, § 162."),
    *bilagor("Tjänsteskrivelse fritidsgård Östra Kvistbro.pdf",
             "Motion om en fritidsgård i Östra Kvistbro.pdf",
             "KS protokollsutdrag 2024-11-04 § 162.pdf"),

    *head(7, T[7], d(7)[0]),
    *proposal(D7),
    *desc(f"{pn(AXEN)} föreslår i en motion {C7[0]}.",
          "Samhällsbyggnadsförvaltningen har gått igenom hastighetsplanen från 2019. I de "
          "flesta bostadsområden gäller redan 30 km/tim, och 40 km/tim gäller på "
          "uppsamlingsgator där bussar går. Förvaltningen bedömer att en generell sänkning till "
          "30 km/tim på uppsamlingsgatorna skulle försämra bussarnas framkomlighet och att "
          "trafiksäkerheten i stället bör förbättras med punktvisa åtgärder vid skolor och "
          "övergångsställen.",
          "Kommunstyrelsen behandlade ärendet 2024-11-04, § 163. Liberalerna reserverade sig "
          "mot beslutet."),
    *bilagor("Tjänsteskrivelse hastighet bostadsområden.pdf",
             "Motion om 30 km i bostadsområden.pdf",
             "KS protokollsutdrag 2024-11-04 § 163.pdf"),

    *head(8, T[8], d(8)[0]),
    *proposal(D8),
    *desc(f"{pn(BOMAN)} föreslår i en motion {C8[0]}.",
          "Kvistbro Vatten AB har på uppdrag av kommunstyrelsen arbetat fram en "
          "vattenförsörjningsplan som antogs av kommunfullmäktige 2024-09-30, § 97. Planen "
          "innehåller både reservvattentäkter och en plan för skydd av befintliga vattentäkter. "
          "Motionens förslag är därmed genomfört."),
    *bilagor("Tjänsteskrivelse strategi vattenförsörjning.pdf",
             "Vattenförsörjningsplan Kvistbro kommun 2024–2035.pdf"),

    *head(9, T[9], d(9)[0]),
    *proposal(D9),
    *desc(f"{pn(FALKENBERG)} föreslog i en motion, väckt 2023-09-25, {C9[0]}.",
          "Enligt 5 kap. 35 § kommunallagen ska en motion beredas så att fullmäktige kan fatta "
          "beslut inom ett år. Motionen har inte kunnat beredas färdigt inom den tiden, "
          "eftersom markanvändningen på Kvarnängen ingår i arbetet med den nya "
          "översiktsplanen, som ska antas under 2025. Motionären har informerats."),
    *bilagor("Tjänsteskrivelse avskrivning motion Kvarnängen.pdf"),

    *head(10, T[10], d(10)[0]),
    *proposal("Avfallstaxa 2025 antas enligt bilaga, att gälla från och med 2025-01-01."),
    *desc("Kvistbro Renhållning AB föreslår att avgifterna för hämtning av hushållsavfall höjs "
          "med 5,5 procent. Grundavgiften höjs från 1 310 kronor till 1 380 kronor per år för "
          "en villa."),
    grid([["Avgift, villa", "2024", "2025"],
          ["Grundavgift", "1 310 kr", "1 380 kr"],
          ["Kärl 140 liter, varannan vecka", "1 960 kr", "2 070 kr"],
          ["Kärl 190 liter, varannan vecka", "2 390 kr", "2 520 kr"],
          ["Hemkompost, reducerad avgift", "1 480 kr", "1 560 kr"]],
         [8.4, 4.0, 4.0]),
    *bilagor("Avfallstaxa 2025.pdf", "KS protokollsutdrag 2024-11-04 § 166.pdf"),

    *head(11, T[11], d(11)[0]),
    *proposal("Taxa för plan- och bygglovsverksamheten 2025 antas enligt bilaga.",
              "Timavgiften fastställs till 1 290 kronor."),
    *desc("Miljö- och byggnämnden föreslår att timavgiften räknas upp med 4 procent och att "
          "avgiften för enklare bygglov, till exempel för altaner och plank, sänks för att "
          "uppmuntra fler att söka lov."),
    *bilagor("Plan- och bygglovstaxa 2025.pdf"),

    *head(12, T[12], d(12)[0]),
    *proposal("Kommunfullmäktige sammanträder 2025 den 24 februari, 7 april, 16 juni, "
              "22 september, 27 oktober och 24 november."),
    *desc("Kommunstyrelsen har tagit fram förslaget i samråd med fullmäktiges presidium. "
          "Sammanträdena börjar kl. 18.00."),
]

MOT = dict(subject="motion", event="proposed")
ITEMS = (
    [item(n + OFFSET, T[n], agenda_number=n) for n in (1, 2)] +
    [item(3 + OFFSET, T[3], agenda_number=3, dnr=d(3)[0], dnr_key=d(3)[1]),
     item(4 + OFFSET, T[4], agenda_number=4, dnr=d(4)[0], dnr_key=d(4)[1]),
     item(5 + OFFSET, T[5], agenda_number=5, dnr=d(5)[0], dnr_key=d(5)[1]),
     item(6 + OFFSET, T[6], agenda_number=6, dnr=d(6)[0], dnr_key=d(6)[1], authors=[RYDEN],
          clauses=C6, decision=dec("bifall", True, D6), **MOT),
     item(7 + OFFSET, T[7], agenda_number=7, dnr=d(7)[0], dnr_key=d(7)[1], authors=[AXEN],
          clauses=C7, decision=dec("avslag", True, D7), **MOT),
     item(8 + OFFSET, T[8], agenda_number=8, dnr=d(8)[0], dnr_key=d(8)[1], authors=[BOMAN],
          clauses=C8, decision=dec("besvarad", True, D8), **MOT),
     item(9 + OFFSET, T[9], agenda_number=9, dnr=d(9)[0], dnr_key=d(9)[1],
          authors=[FALKENBERG], clauses=C9, decision=dec("avskriven", True, D9), reason=R9, **MOT)] +
    [item(n + OFFSET, T[n], agenda_number=n, dnr=d(n)[0], dnr_key=d(n)[1])
     for n in (10, 11, 12)]
)

DOC = {
    "stem": "kvistbro-kf-2024-11-25_kallelse",
    "format": "docx", "font": "Arial", "size": 10.5,
    "core_title": "Kallelse kommunfullmäktige 2024-11-25", "core_author": "Pia Wester",
    "header": ["Kvistbro kommun\tKALLELSE\tSida {PAGE} ({NUMPAGES})",
               "Kommunfullmäktige\t\t2024-11-25"],
    "footer": ["Kvistbro kommun · Kommunkansliet · Storgatan 8 · 716 80 Kvistbro"],
    "post": keep_all,
    "blocks": BLOCKS,
    "truth": protocol_truth("kallelse", MUNI, "KF", DATE, ITEMS),
}
