"""vedmora-kf-2024-06-10_foredragningslista: a city KF föredragningslista, items 118–133.

Layout: no § at all; every item is a Heading 3 "124<TAB>Rubrik" with a hanging indent
(paragraph = agenda_number = the printed number). Habits:
* K-NUM-02: the numbers run on through the year (the May meeting ended at 117), so they
  look like § numbers but carry no § sign;
* K-ITEM-04: the KS items are grouped under Heading 2 "Borgarrådet <Namn>", staff memos
  are "PM: …" items, and motion items give "Motion (2023:44) av … (V)" and "Dnr …" as
  sub-lines;
* K-ITEM-03: items prepared by KS end with the KS reference "(KS 2024-05-27, § 108)";
* K-ITEM-02: under one borgarråd the kind comes after the title: "<Titel>. Svar på
  motion." (and "<Titel>. Svar på interpellation." for a distractor).
Every motion proposal is proposed: bifall, avslag, besvarad, delvis bifall, avskrivning.
"""
from tlib import dec, item, other, protocol

STEM = "vedmora-kf-2024-06-10_foredragningslista"
MUNI = "Vedmora kommun"
DATE = "2024-06-10"

IND = {"indent_cm": 1.2}


def it_head(n, title):
    return ("hx", 3, f"{n}\t{title}", {"hang_cm": 1.2})


def grp(text):
    return ("hx", 2, text)


def sub(*lines):
    return ("lines", list(lines), IND)


def prop(points):
    return [("p", "Kommunstyrelsens förslag till beslut", {"bold": True, "indent_cm": 1.2,
                                                           "space_after": 0}),
            ("numtyped", points, {"indent_cm": 1.2})]


KSREF = {"122": "(KS 2024-05-27, § 104)", "124": "(KS 2024-05-27, § 108)",
         "125": "(KS 2024-05-27, § 109)", "130": "(KS 2024-05-27, § 112)"}

# n -> title (truth), ref line, dnr, key, authors, clauses, points, decision text, outcome,
#      per_clause, reason
MOT = {}


def motion(n, title, ref, dnr, key, authors, clauses, body, points, dtext, outcome,
           per_clause=None, reason=None):
    MOT[n] = dict(title=title, ref=ref, dnr=dnr, key=key, authors=authors, clauses=clauses,
                  body=body, points=points, dtext=dtext, outcome=outcome,
                  per_clause=per_clause, reason=reason)


C124 = ["att staden ställer ut minst 40 nya parkbänkar längs Strandpromenaden",
        "att hälften av bänkarna får ryggstöd och armstöd"]
motion("124", "Motion om fler bänkar längs Strandpromenaden",
       "Motion (2023:44) av Tilda Vallin (V)", "KS 2023/1045", "KS 2023/1045",
       [("Tilda Vallin", "V")], C124,
       f"Motionären föreslår {C124[0]} och {C124[1]}. Stadsmiljönämnden tillstyrker "
       "motionen och bedömer att bänkarna kan ställas ut under 2025.",
       ["Motionen bifalls.",
        "Stadsmiljönämnden får i uppdrag att genomföra åtgärderna inom befintlig ram."],
       "Motionen bifalls.", "bifall")
C125 = ["att stadens program för konstnärlig utsmyckning avvecklas",
        "att de frigjorda medlen förs till underhåll av lekplatser"]
motion("125", "Motion om att avveckla stadens program för konstnärlig utsmyckning",
       "Motion (2023:49) av Henrik Dahlgren och Sara Molin (båda SD)", "KS 2023/1102",
       "KS 2023/1102", [("Henrik Dahlgren", "SD"), ("Sara Molin", "SD")], C125,
       f"Motionärerna yrkar {C125[0]} samt {C125[1]}. Kulturnämnden avstyrker motionen.",
       ["Motionen avslås."], "Motionen avslås.", "avslag")
C127 = ["att staden kartlägger skolvägarna till de tre skolorna i Norrmora",
        "att övergångsställena vid Norrmora torg förses med farthinder"]
motion("127", "Trygga skolvägar i Norrmora. Svar på motion.",
       "Motion (2023:52) av Elsa Kvarnström (C)", "KS 2023/1130", "KS 2023/1130",
       [("Elsa Kvarnström", "C")], C127,
       f"Motionären föreslår {C127[0]} och {C127[1]}. Trafiknämnden genomför redan en "
       "skolvägsinventering i hela staden och har beslutat om farthinder vid torget.",
       ["Motionen anses besvarad."], "Motionen anses besvarad.", "besvarad")
C128 = ["att läxhjälp erbjuds på stadens samtliga fritidsgårdar",
        "att läxhjälpen bemannas med behöriga lärare"]
D128 = ("Motionen bifalls såvitt avser läxhjälp på fritidsgårdarna och avslås i den del som "
        "gäller behöriga lärare.")
motion("128", "Läxhjälp på alla fritidsgårdar. Svar på motion.",
       "Motion (2024:3) av Ingvar Lööf m.fl. (KD)", "KS 2024/0041", "KS 2024/41",
       [("Ingvar Lööf", "KD")], C128,
       f"Motionärerna föreslår {C128[0]} och {C128[1]}. Utbildningsnämnden anser att "
       "läxhjälpen kan bemannas av fritidsledare och studenter med stöd av lärare.",
       [D128, "Utbildningsnämnden får i uppdrag att starta läxhjälp på fritidsgårdarna "
              "under läsåret 2024/25."],
       D128, "delvis_bifall", per_clause=[(1, "bifall"), (2, "avslag")])
R130 = ("stadsträdsstrategin antogs av kommunfullmäktige den 11 mars 2024 i ett annat "
        "ärende")
motion("130", "Motion om en strategi för stadsträd",
       "Motion (2022:61) av Jonatan Ek (MP)", "KS 2022/0977", "KS 2022/977",
       [("Jonatan Ek", "MP")], [],
       "Motionen har inte kunnat beredas inom ett år. Frågan har därefter avgjorts i "
       "ett annat ärende.",
       [f"Motionen avskrivs eftersom {R130}."], f"Motionen avskrivs eftersom {R130}.",
       "avskriven", reason=R130)

OTHERS = {
    "118": "Justering av protokoll",
    "119": "Anmälan av nya motioner",
    "120": "Anmälan av nya interpellationer",
    "121": "Val av ledamot i äldrenämnden efter Birger Almén (L)",
    "122": "Delårsrapport januari–april 2024",
    "123": "PM: Remissvar om regional transportplan 2026–2037",
    "126": "PM: Lokalförsörjningsplan för grundskolan 2025–2030",
    "129": "Ökade kostnader för färdtjänst. Svar på interpellation.",
    "131": "PM: Yttrande över förslag till åtgärdsprogram för Vedån",
    "132": "Anmälan av revisorernas granskningsrapporter",
    "133": "Frågestund",
}
OTHER_DNR = {"122": "KS 2024/0512", "123": "KS 2024/0388", "126": "KS 2024/0215",
             "129": "KS 2024/0466", "131": "KS 2024/0430"}


def motion_blocks(n):
    m = MOT[n]
    head = f"{m['title']} {KSREF[n]}" if n in KSREF else m["title"]
    return ([it_head(n, head), sub(m["ref"], f"Dnr {m['dnr']}"), ("p", m["body"], IND)]
            + prop(m["points"]))


BLOCKS = [
    ("p", "VEDMORA STAD", {"bold": True, "size": 16}),
    ("p", "Kommunfullmäktige", {"size": 13}),
    ("p", "KALLELSE OCH FÖREDRAGNINGSLISTA", {"bold": True, "size": 13}),
    ("p", "Kommunfullmäktige i Vedmora kommun sammanträder måndagen den 10 juni 2024 "
          "kl. 16.00 i rådhusets fullmäktigesal."),
    ("p", "Ärendena numreras i en löpande följd för hela året. Sammanträdet den 13 maj 2024 "
          "omfattade nummer 96–117, och numren nedan blir paragrafnummer i protokollet."),
    ("p", "Ärenden från kommunstyrelsen redovisas under det borgarråd som föredrar dem. "
          "Inom parentes anges kommunstyrelsens sammanträde och paragraf."),
    ("lines", ["Gudrun Selander", "ordförande"]),
    ("empty",),
    ("lines", ["Petter Wiik", "stadssekreterare"]),
    ("empty",),
    grp("Inledande ärenden"),
    it_head("118", OTHERS["118"]),
    ("p", "Ordföranden föreslår att protokollet justeras fredagen den 14 juni 2024.", IND),
    it_head("119", OTHERS["119"]),
    ("p", "Motioner som lämnats in senast den 31 maj 2024 anmäls och föreslås överlämnas "
          "till kommunstyrelsen för beredning. Förteckningen delas ut vid sammanträdet.", IND),
    it_head("120", OTHERS["120"]),
    ("p", "Inga interpellationer hade kommit in när kallelsen skickades ut.", IND),
    grp("Valärenden"),
    it_head("121", OTHERS["121"]),
    ("p", "Valberedningens förslag delas ut vid sammanträdet.", IND),
    grp("Borgarrådet Saga Lindqvist"),
    it_head("122", f"{OTHERS['122']} {KSREF['122']}"),
    sub(f"Dnr {OTHER_DNR['122']}"),
] + prop(["Delårsrapporten januari–april 2024 godkänns."]) + [
    it_head("123", OTHERS["123"]),
    sub(f"Dnr {OTHER_DNR['123']}"),
    ("p", "Promemoria från stadsledningskontoret. Kommunfullmäktige föreslås avge "
          "promemorian som stadens svar på remissen.", IND),
]
BLOCKS += motion_blocks("124") + motion_blocks("125")
BLOCKS += [
    grp("Borgarrådet Omar Haddad"),
    it_head("126", OTHERS["126"]),
    sub(f"Dnr {OTHER_DNR['126']}"),
    ("p", "Promemoria från utbildningsförvaltningen om behovet av skollokaler. Planen "
          "föreslås läggas till grund för kommande investeringsbeslut.", IND),
]
BLOCKS += motion_blocks("127") + motion_blocks("128")
BLOCKS += [
    it_head("129", OTHERS["129"]),
    sub("Interpellation av Tilda Vallin (V)", f"Dnr {OTHER_DNR['129']}"),
    ("p", "Borgarrådet Omar Haddad besvarar interpellationen. Debatten följer efter svaret.",
     IND),
    grp("Borgarrådet Lejla Brandt"),
]
BLOCKS += motion_blocks("130")
BLOCKS += [
    it_head("131", OTHERS["131"]),
    sub(f"Dnr {OTHER_DNR['131']}"),
    ("p", "Promemoria från miljöförvaltningen. Kommunfullmäktige föreslås avge promemorian "
          "som stadens yttrande.", IND),
    grp("Övriga ärenden"),
    it_head("132", OTHERS["132"]),
    ("p", "Revisorernas granskning av stadens hantering av motioner och medborgarförslag "
          "samt av lönerutinerna.", IND),
    it_head("133", OTHERS["133"]),
    ("p", "Frågor till borgarråden lämnas till stadssekreteraren senast kl. 12.00 på "
          "sammanträdesdagen.", IND),
]

ITEMS = []
for k in range(118, 134):
    n = str(k)
    if n in MOT:
        m = MOT[n]
        ITEMS.append(item(n, m["title"], agenda=n, dnr=m["dnr"], key=m["key"],
                          subject="motion", event="proposed", authors=m["authors"],
                          clauses=m["clauses"],
                          decision=dec(m["outcome"], m["dtext"], proposed=True,
                                       per_clause=m["per_clause"]),
                          reason=m["reason"]))
    else:
        d = OTHER_DNR.get(n)
        ITEMS.append(other(n, OTHERS[n], agenda=n, dnr=d,
                           key=d.replace("/0", "/") if d else None))

DOC = {
    "stem": STEM,
    "format": "docx", "font": "Garamond", "size": 11.5,
    "core_title": "Föredragningslista kommunfullmäktige 2024-06-10", "core_author": "Petter Wiik",
    "header": ["VEDMORA STAD\tFÖREDRAGNINGSLISTA\tSida {PAGE} ({NUMPAGES})",
               "Kommunfullmäktige\t\t2024-06-10"],
    "footer": ["Vedmora stad · Rådhuset, Stora torget 2 · fullmaktige@vedmora.se"],
    "blocks": BLOCKS,
    "truth": protocol("kallelse", MUNI, "KF", DATE, ITEMS),
    "sections": {"styles": ["Heading 3"], "re": r"^(?P<p>(?P<a>\d+))\t"},
}
