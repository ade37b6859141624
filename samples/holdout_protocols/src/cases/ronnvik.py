"""Rönnviks kommun, kommunfullmäktige 2024-02-19: a whole KF protocol.

Layout: a cover page (Plats och tid, Beslutande, Utses att justera, Justeringens
plats och tid, Underskrifter with "Paragrafer §§ 1–24", ANSLAG/BEVIS box), a
närvarolista with substitutes and a member who leaves after § 11, a contents list
with page numbers (filled in from the first PDF), then every § on a new page as
a Heading 2 "§ 12<TAB>Rubrik" with "Dnr KS 2023/112" on the next line. Running head
with the municipality, "SAMMANTRÄDESPROTOKOLL", page "Sida n (m)" and the meeting
date; the signature box "Justerandes sign | Utdragsbestyrkande" in the footer of
every page. Beslutsunderlag as dash lines. Motion outcomes: bifall (clauses
quoted), avslag after yrkanden, propositionsordning, votering with a voting list
and a reservation, anses besvarad, per-clause (att-sats 1 and 3 bifall, 2 avslag)
with "Att-sats N:" comments, minority återremiss with a "för att ..." reason,
bordläggning. Anmälan av motioner (3) and medborgarförslag (2), a redovisning
table of 6 unfinished motions, a medborgarförslag rejected by KF, and 14 § about
no motion (val, taxa, budget, borgen, interpellation, fråga, meddelanden ...).
"""
from protolib import SIG, dec, item, none_item, people, truth

MUNI = "Rönnviks kommun"
DATE = "2024-02-19"
STEM = "ronnvik-kf-2024-02-19_protokoll"

FIXED = [
    ("Tommy Sahlin", "S"), ("Peter Ljung", "S"), ("Nadia Rahimi", "S"), ("Linnea Borg", "S"),
    ("Gösta Lindahl", "M"), ("Ewa Hedberg", "M"), ("Stina Kjellberg", "M"),
    ("Jonas Åkerblom", "SD"), ("Lena Frisk", "SD"), ("Tomas Wennberg", "SD"), ("Roger Sund", "SD"),
    ("Hanna Sjöberg", "C"), ("Hampus Dahl", "C"),
    ("Berit Nyqvist", "V"), ("Johan Eld", "V"), ("Saga Lund", "V"),
    ("Marianne Holm", "KD"), ("Kerstin Alm", "KD"),
    ("Lars Ekman", "L"),
    ("Oskar Lind", "MP"), ("Amira Haddad", "MP"),
]
MEMBERS = people([("S", 12), ("M", 9), ("SD", 8), ("C", 4), ("V", 3), ("KD", 2), ("L", 1),
                  ("MP", 2)], seed=2024219, fixed=FIXED)
ABSENT_S = MEMBERS[9][0]          # an S member replaced for the whole meeting
SUB_S = "Maja Ek"
C_ABSTAIN = MEMBERS[32][0]         # a C member who abstains in § 8
assert [p for _, p in MEMBERS].count("S") == 12 and MEMBERS[32][1] == "C"


def label(text):
    return ("lab", text)


def dashes(lines):
    return ("lines", [f"- {x}" for x in lines])


def sec(n, title, dnr=None):
    out = [("head", f"§ {n}\t{title}", {"page_break": True})]
    if dnr:
        out.append(("p", f"Dnr {dnr}", {"keep_next": True}))
    return out


# ---------------------------------------------------------------- titles and Dnr
T = {
    1: "Val av justerare",
    2: "Godkännande av dagordning",
    3: "Anmälan av motioner",
    4: "Anmälan av medborgarförslag",
    5: "Interpellation om svarstider för trygghetslarm",
    6: "Fråga om vinterväghållningen av gång- och cykelvägar",
    7: "Svar på motion om språkombud på kommunens äldreboenden",
    8: "Svar på motion om sex timmars arbetsdag inom hemtjänsten",
    9: "Svar på motion om en digital anslagstavla för föreningslivet",
    10: "Svar på motion om dricksvattenfontäner i centrala Rönnvik",
    11: "Svar på motion om en lokalförsörjningsplan för skolorna",
    12: "Svar på motion om ett lokalt naturvårdsprogram",
    13: "Redovisning av motioner som inte beretts färdigt",
    14: "Plan- och bygglovstaxa 2024",
    15: "Revidering av investeringsbudget 2024",
    16: "Utökad borgensram för Rönnviksbostäder AB",
    17: "Ägardirektiv för Rönnviks Energi AB",
    18: "Antagande av detaljplan för Norra hamnen, etapp 1",
    19: "Svar på medborgarförslag om gatubelysning på Kvarnvägen",
    20: "Avsägelse av uppdrag som ledamot i socialnämnden",
    21: "Fyllnadsval av ledamot i socialnämnden",
    22: "Ny ersättare i kommunfullmäktige efter sammanräkning",
    23: "Meddelanden",
    24: "Anmälan av nya interpellationer och frågor",
}
D = {
    3: "KS 2024/9", 4: "KS 2024/10", 5: "KS 2024/52", 6: "KS 2024/55",
    7: "KS 2023/112", 8: "KS 2023/97", 9: "KS 2023/131", 10: "KS 2023/150",
    11: "KS 2023/87", 12: "KS 2023/140", 13: "KS 2024/21", 14: "KS 2023/402",
    15: "KS 2024/30", 16: "KS 2024/17", 17: "KS 2023/388", 18: "KS 2021/233",
    19: "KS 2023/201", 20: "KS 2024/48", 21: "KS 2024/48", 22: "KS 2024/50",
}


def key(dnr):
    organ, rest = dnr.split(" ")
    year, serial = rest.split("/")
    return f"{organ} {year}/{int(serial)}"


ITEMS = []
B = []

# ---------------------------------------------------------------- cover
COVER = [
    ("p", "RÖNNVIKS KOMMUN", {"bold": True, "size": 14, "space_after": 0}),
    ("p", "Kommunfullmäktige", {"size": 12}),
    ("title", "Sammanträdesprotokoll"),
    ("ptable", [
        ["Plats och tid", "Rönnvikssalen, kommunhuset, måndagen den 19 februari 2024 kl. 18.00–21.40\n"
                          "Ajournering kl. 19.45–20.05"],
        ["Beslutande", "Ledamöter och tjänstgörande ersättare enligt närvarolistan på sidan 2"],
        ["Övriga närvarande", "Karin Fält, kommundirektör\nSimon Ahlgren, kommunsekreterare\n"
                              "Louise Brandt, ekonomichef, §§ 14–16\nIda Rosén, planarkitekt, § 18"],
        ["Utses att justera", "Hanna Sjöberg (C) och Peter Ljung (S)"],
        ["Justeringens plats och tid", "Kommunkansliet, torsdagen den 22 februari 2024 kl. 15.00"],
    ], {"widths_cm": [4.6, 11.8], "bold_first_col": True}),
    ("ptable", [
        ["Underskrifter", "Sekreterare", "Paragrafer §§ 1–24"],
        ["", "……………………………………\nSimon Ahlgren", ""],
        ["", "Ordförande", ""],
        ["", "……………………………………\nGösta Lindahl (M)", ""],
        ["", "Justerande", ""],
        ["", "……………………………………\nHanna Sjöberg (C)", "……………………………………\nPeter Ljung (S)"],
    ], {"widths_cm": [3.6, 6.4, 6.4], "bold_first_col": True}),
    ("ptable", [
        ["ANSLAG/BEVIS", ""],
        ["Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens digitala "
         "anslagstavla.", ""],
        ["Organ", "Kommunfullmäktige"],
        ["Sammanträdesdatum", "2024-02-19"],
        ["Datum då anslaget sätts upp", "2024-02-23"],
        ["Datum då anslaget tas ned", "2024-03-15"],
        ["Förvaringsplats för protokollet", "Kommunkansliet, kommunhuset i Rönnvik"],
        ["Underskrift", "……………………………………\nSimon Ahlgren"],
    ], {"style": "Table Grid", "widths_cm": [6.4, 10.0], "small": True}),
]
B += COVER

# ---------------------------------------------------------------- närvarolista
rows = [["Ledamot", "Parti", "Tjänstgörande ersättare", "Anmärkning"]]
for name, party in MEMBERS:
    sub, note = "", ""
    if name == ABSENT_S:
        sub, note = f"{SUB_S} (S)", "§§ 1–24"
    elif name == "Roger Sund":
        sub, note = "Eva Nordin (SD)", "Roger Sund §§ 1–11, Eva Nordin §§ 12–24"
    elif name == "Gösta Lindahl":
        note = "ordförande"
    elif name == "Tommy Sahlin":
        note = "1:e vice ordförande"
    rows.append([name, party, sub, note])
B += [
    ("head", "Närvarolista", {"page_break": True}),
    ("ptable", rows, {"style": "Table Grid", "bold_first_row": True, "header_row": True,
                      "widths_cm": [5.2, 1.6, 4.4, 5.2], "font_pt": 9}),
    ("p", "Roger Sund (SD) lämnar sammanträdet efter ärendet § 11 och ersätts av Eva Nordin (SD)."),
    label("Närvarande ej tjänstgörande ersättare"),
    ("p", "Ali Karimi (S), Ulla Bengtsson (M), Pia Hörnfeldt (SD), Göran Stark (C), Elsa Vik (V)"),
]

# ---------------------------------------------------------------- contents (page numbers filled later)
def contents(pages):
    rows = [["§", "Ärende", "Sida"]]
    for n in range(1, 25):
        rows.append([f"§ {n}", T[n], str(pages.get(str(n), ""))])
    return [("head", "Innehållsförteckning", {"page_break": True}),
            ("ptable", rows, {"bold_first_row": True, "widths_cm": [1.6, 13.0, 1.8]})]


TOC_AT = len(B)

# ---------------------------------------------------------------- § 1-2
B += sec(1, T[1]) + [
    label("Kommunfullmäktiges beslut"),
    ("p", "Kommunfullmäktige utser Hanna Sjöberg (C) och Peter Ljung (S) att jämte ordföranden "
          "justera dagens protokoll. Justeringen sker på kommunkansliet torsdagen den 22 februari 2024 "
          "kl. 15.00."),
]
ITEMS.append(none_item(1, T[1]))
B += sec(2, T[2]) + [
    label("Ärendebeskrivning"),
    ("p", "Kallelse och föredragningslista har sänts ut den 8 februari 2024 och kungjorts på kommunens "
          "digitala anslagstavla samma dag. Ordföranden föreslår att ärendet om ägardirektiv för Rönnviks "
          "Energi AB behandlas före ärendet om borgensram för Rönnviksbostäder AB, men att paragraferna "
          "behåller sin nummerordning i protokollet."),
    label("Kommunfullmäktiges beslut"),
    ("p", "Dagordningen godkänns med den ändring som ordföranden föreslagit."),
]
ITEMS.append(none_item(2, T[2]))

# ---------------------------------------------------------------- § 3 Anmälan av motioner
M3 = [
    ("Motion om kommunala bidrag till byalagens samlingslokaler", [("Berit Nyqvist", "V")],
     "KS 2024/38", "den 25 januari 2024"),
    ("Motion om pollinatörsvänliga ängar på kommunens gräsytor",
     [("Oskar Lind", "MP"), ("Amira Haddad", "MP")], "KS 2024/41", "den 1 februari 2024"),
    ("Motion om kameraövervakning vid resecentrum",
     [("Jonas Åkerblom", "SD"), ("Lena Frisk", "SD"), ("Tomas Wennberg", "SD")], "KS 2024/44",
     "den 5 februari 2024"),
]
DEC3 = "Motionerna överlämnas till kommunstyrelsen för beredning."


def names_text(authors):
    parts = [f"{n} ({p})" if p else n for n, p in authors]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " och " + parts[-1]


B += sec(3, T[3], D[3]) + [
    label("Ärendebeskrivning"),
    ("p", "Följande motioner har lämnats in sedan föregående sammanträde. Enligt kommunfullmäktiges "
          "arbetsordning ska en motion beredas så att fullmäktige kan fatta beslut inom ett år från den "
          "dag motionen väcktes."),
]
for title, authors, dnr, when in M3:
    B += [("p", title, {"bold": True, "space_after": 0, "keep_next": True}),
          ("lines", [f"Inlämnad {when} av {names_text(authors)}", f"Dnr {dnr}"])]
    ITEMS.append(item(3, title, dnr=dnr, key=key(dnr), subject="motion", event="raised",
                      authors=authors, decision=dec("overlamnad", False, DEC3)))
B += [label("Kommunfullmäktiges beslut"), ("p", DEC3),
      label("Beslutet skickas till"), ("p", "Kommunstyrelsen\nMotionärerna")]

# ---------------------------------------------------------------- § 4 Anmälan av medborgarförslag
MB4 = [
    ("Medborgarförslag om en pumptrackbana i Västra Rönnvik", "Gunilla Strand", "KS 2024/29",
     "den 30 januari 2024",
     "Medborgarförslaget om en pumptrackbana i Västra Rönnvik överlämnas till "
     "samhällsbyggnadsnämnden för beslut."),
    ("Medborgarförslag om ett utegym vid Björkhagens idrottsplats", "Erik Mattsson", "KS 2024/33",
     "den 2 februari 2024",
     "Medborgarförslaget om ett utegym vid Björkhagens idrottsplats överlämnas till "
     "kommunstyrelsen för beredning."),
]
B += sec(4, T[4], D[4]) + [
    label("Ärendebeskrivning"),
    ("p", "Två medborgarförslag har kommit in sedan föregående sammanträde. Fullmäktige får enligt "
          "arbetsordningen överlåta åt en nämnd att besluta i ett medborgarförslag som rör nämndens "
          "ansvarsområde."),
]
for title, who, dnr, when, _ in MB4:
    B.append(("p", f"{title} (Dnr {dnr}), inlämnat av {who} {when}."))
B.append(label("Kommunfullmäktiges beslut"))
B.append(("bullets", [d for *_, d in MB4]))
B += [label("Beslutet skickas till"), ("p", "Samhällsbyggnadsnämnden\nKommunstyrelsen\nFörslagsställarna")]
for title, who, dnr, _, d in MB4:
    ITEMS.append(item(4, title, dnr=dnr, key=key(dnr), subject="citizen_proposal", event="raised",
                      authors=[(who, None)], decision=dec("overlamnad", False, d)))

# ---------------------------------------------------------------- § 5 interpellation
B += sec(5, T[5], D[5]) + [
    label("Ärendebeskrivning"),
    ("p", "Nadia Rahimi (S) har den 29 januari 2024 ställt en interpellation till äldrenämndens "
          "ordförande Kerstin Alm (KD). Interpellanten tar upp att flera anhöriga har hört av sig om att "
          "det har dröjt mer än en timme innan personal kommit ut efter ett larm, och frågar hur många "
          "larm under 2023 som inte besvarades inom den tid som nämnden har beslutat, vad nämnden har "
          "gjort för att korta tiden på kvällar och helger och om nämnden avser att redovisa "
          "svarstiderna i delårsrapporterna."),
    ("p", "Kerstin Alm (KD) har lämnat ett skriftligt svar. Av svaret framgår att 94 procent av larmen "
          "under 2023 besvarades inom 30 minuter, att ett särskilt nattpatrull-schema infördes i oktober "
          "och att svarstiderna från och med 2024 ska ingå i nämndens uppföljning till fullmäktige."),
    label("Debatt"),
    ("p", "I debatten deltar Nadia Rahimi (S), Kerstin Alm (KD), Tommy Sahlin (S) och Marianne Holm (KD)."),
    label("Kommunfullmäktiges beslut"),
    ("p", "Interpellationen anses besvarad."),
]
ITEMS.append(none_item(5, T[5], D[5], key(D[5])))

# ---------------------------------------------------------------- § 6 fråga
B += sec(6, T[6], D[6]) + [
    label("Ärendebeskrivning"),
    ("p", "Oskar Lind (MP) har ställt en fråga till samhällsbyggnadsnämndens ordförande Roger Sund (SD) "
          "om varför cykelvägarna mellan centrum och Skogsby plogas först efter bilvägarna, trots att "
          "nämnden 2021 beslutade att prioritera gång- och cykelvägar till skolorna."),
    ("p", "Roger Sund (SD) svarar muntligt att entreprenaden omfattar samma prioritering som tidigare, "
          "men att snöfallet i januari krävde att huvudgatorna röjdes först av trafiksäkerhetsskäl. "
          "Nämnden ska se över rutinerna inför nästa vinter."),
    label("Kommunfullmäktiges beslut"),
    ("p", "Frågan anses besvarad."),
]
ITEMS.append(none_item(6, T[6], D[6], key(D[6])))

# ---------------------------------------------------------------- § 7 bifall
A7 = [("Marianne Holm", "KD")]
C7 = ["att varje äldreboende i Rönnviks kommun ska ha minst ett utbildat språkombud",
      "att äldrenämnden får i uppdrag att ta fram en plan för utbildning av språkombud under 2024"]
DEC7 = "Motionen bifalls."
B += sec(7, T[7], D[7]) + [
    label("Beslutsunderlag"),
    dashes(["Motion 2023-04-17", "Äldrenämnden 2023-10-12, § 88", "Tjänsteskrivelse 2023-11-20",
            "Kommunstyrelsen 2024-01-30, § 12"]),
    label("Ärendebeskrivning"),
    ("p", "Marianne Holm (KD) har i en motion föreslagit att kommunfullmäktige beslutar"),
    ("lines", C7, {"indent_cm": 1.0}),
    ("p", "Ett språkombud är en medarbetare som har fått utbildning i hur man stöttar kollegor som "
          "har svenska som andraspråk. På tre av kommunens sex äldreboenden finns redan språkombud "
          "genom ett projekt som finansierades med statsbidrag 2021–2022."),
    ("p", "Äldrenämnden har tillstyrkt motionen och bedömer att utbildningen kan rymmas inom den "
          "kompetensutvecklingsbudget som nämnden har för 2024. Kommunstyrelsen delar den bedömningen."),
    label("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Motionen bifalls."),
    label("Yrkanden"),
    ("p", "Marianne Holm (KD), Nadia Rahimi (S) och Hanna Sjöberg (C) yrkar bifall till kommunstyrelsens "
          "förslag."),
    label("Kommunfullmäktiges beslut"),
    ("p", DEC7),
    ("p", "Äldrenämnden får i uppdrag att redovisa planen för utbildning av språkombud till "
          "kommunstyrelsen senast den 30 september 2024."),
    label("Beslutet skickas till"),
    ("p", "Äldrenämnden\nMarianne Holm (KD)"),
]
ITEMS.append(item(7, T[7], dnr=D[7], key=key(D[7]), subject="motion", event="decided", authors=A7,
                  clauses=C7, decision=dec("bifall", False, DEC7)))

# ---------------------------------------------------------------- § 8 avslag with votering
A8 = [("Berit Nyqvist", "V"), ("Johan Eld", "V")]
DEC8 = "Motionen avslås."
votes = []
for name, party in MEMBERS:
    voter = f"{SUB_S}" if name == ABSENT_S else name
    if name == C_ABSTAIN:
        v = "Avstår"
    elif party in ("S", "V", "MP"):
        v = "Nej"
    else:
        v = "Ja"
    votes.append((name, voter if voter != name else "", party, v))
JA = sum(v == "Ja" for *_, v in votes)
NEJ = sum(v == "Nej" for *_, v in votes)
AVS = sum(v == "Avstår" for *_, v in votes)
assert (JA, NEJ, AVS) == (23, 17, 1)
vrows = [["Ledamot", "Tjänstgörande ersättare", "Parti", "Ja", "Nej", "Avstår"]]
for name, sub, party, v in votes:
    vrows.append([name, sub, party, "X" if v == "Ja" else "", "X" if v == "Nej" else "",
                  "X" if v == "Avstår" else ""])
vrows.append(["Summa", "", "", str(JA), str(NEJ), str(AVS)])
B += sec(8, T[8], D[8]) + [
    label("Beslutsunderlag"),
    dashes(["Motion 2023-03-27", "Äldrenämnden 2023-09-14, § 74", "Tjänsteskrivelse 2023-12-04",
            "Kommunstyrelsen 2024-01-30, § 13"]),
    label("Ärendebeskrivning"),
    ("p", "Berit Nyqvist (V) och Johan Eld (V) har i en motion föreslagit ett försök med sex timmars "
          "arbetsdag med bibehållen lön i en av hemtjänstens grupper under två år, och att försöket "
          "utvärderas med avseende på sjukfrånvaro, personalomsättning och brukarnas nöjdhet."),
    ("p", "Äldrenämnden har avstyrkt motionen. Nämnden beräknar att ett försök i en grupp med 24 "
          "medarbetare skulle kräva sex nya tjänster och kosta omkring 3,4 miljoner kronor per år. "
          "Nämnden hänvisar också till att andra kommuners försök inte har gett entydiga resultat och att "
          "rekryteringsläget gör det svårt att bemanna fler tjänster."),
    label("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Motionen avslås."),
    label("Yrkanden"),
    ("p", "Ewa Hedberg (M) och Jonas Åkerblom (SD) yrkar bifall till kommunstyrelsens förslag."),
    ("p", "Berit Nyqvist (V), med instämmande av Peter Ljung (S) och Amira Haddad (MP), yrkar bifall "
          "till motionen."),
    label("Propositionsordning"),
    ("p", "Ordföranden ställer kommunstyrelsens förslag mot Berit Nyqvists (V) yrkande om bifall till "
          "motionen och finner att kommunfullmäktige beslutar enligt kommunstyrelsens förslag. "
          "Votering begärs."),
    label("Voteringsproposition"),
    ("p", "Den som vill bifalla kommunstyrelsens förslag röstar ja. Den som vill bifalla Berit "
          "Nyqvists (V) yrkande röstar nej."),
    label("Omröstningsresultat"),
    ("p", f"Med {JA} ja-röster mot {NEJ} nej-röster beslutar kommunfullmäktige enligt kommunstyrelsens "
          f"förslag. {AVS} ledamot avstår från att rösta. Voteringslistan framgår nedan."),
    ("ptable", vrows, {"style": "Table Grid", "bold_first_row": True, "header_row": True,
                       "widths_cm": [4.6, 4.2, 1.5, 1.5, 1.5, 1.8], "font_pt": 9}),
    label("Kommunfullmäktiges beslut"),
    ("p", DEC8),
    label("Reservation"),
    ("p", "Ledamöterna för Vänsterpartiet, Socialdemokraterna och Miljöpartiet reserverar sig mot "
          "beslutet till förmån för Berit Nyqvists (V) yrkande."),
    label("Beslutet skickas till"),
    ("p", "Äldrenämnden\nBerit Nyqvist (V)\nJohan Eld (V)"),
]
ITEMS.append(item(8, T[8], dnr=D[8], key=key(D[8]), subject="motion", event="decided", authors=A8,
                  decision=dec("avslag", False, DEC8)))

# ---------------------------------------------------------------- § 9 besvarad
A9 = [("Lars Ekman", "L")]
DEC9 = ("Motionen anses besvarad med hänvisning till att kommunen under våren 2024 inför en "
        "föreningsportal på kommunens webbplats.")
B += sec(9, T[9], D[9]) + [
    label("Beslutsunderlag"),
    dashes(["Motion 2023-05-08", "Kultur- och fritidsnämnden 2023-11-09, § 61",
            "Kommunstyrelsen 2024-01-30, § 14"]),
    label("Ärendebeskrivning"),
    ("p", "Lars Ekman (L) lyfter i en motion att föreningarnas evenemang sprids på många olika ställen "
          "och att det saknas en gemensam plats där invånarna kan se vad som händer i kommunen. "
          "Motionären vill att kommunen bygger en digital anslagstavla som föreningarna själva kan "
          "uppdatera."),
    ("p", "Kultur- och fritidsnämnden har redan upphandlat ett föreningsregister med en "
          "kalenderfunktion. Föreningarna kommer att kunna lägga in egna evenemang, och kalendern visas "
          "på kommunens webbplats och på skärmen i bibliotekets entré från april 2024."),
    label("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", DEC9),
    label("Kommunfullmäktiges beslut"),
    ("p", DEC9),
    label("Beslutet skickas till"),
    ("p", "Kultur- och fritidsnämnden\nLars Ekman (L)"),
]
ITEMS.append(item(9, T[9], dnr=D[9], key=key(D[9]), subject="motion", event="decided", authors=A9,
                  decision=dec("besvarad", False, DEC9)))

# ---------------------------------------------------------------- § 10 per clause
A10 = [("Peter Ljung", "S"), ("Linnea Borg", "S")]
C10 = ["att kommunen sätter upp dricksvattenfontäner på torget, i stadsparken och vid de tre största "
       "badplatserna",
       "att fontänerna hålls öppna året runt",
       "att kommunen publicerar en karta över alla offentliga vattenpunkter på sin webbplats"]
K10 = ["Fem fontäner kan köpas in och anslutas till befintliga vattenledningar för omkring 450 000 "
       "kronor. Investeringen ryms i samhällsbyggnadsnämndens budget för mindre parkåtgärder 2024.",
       "Fontäner utomhus måste stängas och tömmas under den frostperiod som i Rönnvik varar från "
       "november till april. Att hålla dem öppna året runt skulle kräva uppvärmda anläggningar som "
       "kostar mer än tre gånger så mycket.",
       "Kartan kan tas fram med kommunens befintliga kartverktyg och kräver ingen särskild kostnad."]
DEC10 = ("Kommunfullmäktige bifaller motionens första och tredje att-sats och avslår den andra "
         "att-satsen.")
B += sec(10, T[10], D[10]) + [
    label("Beslutsunderlag"),
    dashes(["Motion 2023-06-12", "Samhällsbyggnadsnämnden 2023-11-23, § 140",
            "Kommunstyrelsen 2024-01-30, § 15"]),
    label("Ärendebeskrivning"),
    ("p", "Peter Ljung (S) och Linnea Borg (S) föreslår i en motion att kommunfullmäktige beslutar"),
    ("lines", C10, {"indent_cm": 1.0}),
    ("p", "Samhällsbyggnadsnämnden har yttrat sig över motionen och bedömer varje att-sats för sig."),
    ("p", "Att-sats 1: " + K10[0]),
    ("p", "Att-sats 2: " + K10[1]),
    ("p", "Att-sats 3: " + K10[2]),
    label("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Motionens första och tredje att-sats bifalls. Motionens andra att-sats avslås."),
    label("Yrkanden"),
    ("p", "Peter Ljung (S) yrkar bifall till motionen i sin helhet."),
    ("p", "Stina Kjellberg (M) yrkar bifall till kommunstyrelsens förslag."),
    label("Propositionsordning"),
    ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag och Peter Ljungs (S) yrkande och "
          "finner att kommunfullmäktige beslutar enligt kommunstyrelsens förslag."),
    label("Kommunfullmäktiges beslut"),
    ("p", DEC10),
    label("Beslutet skickas till"),
    ("p", "Samhällsbyggnadsnämnden\nPeter Ljung (S)\nLinnea Borg (S)"),
]
ITEMS.append(item(10, T[10], dnr=D[10], key=key(D[10]), subject="motion", event="decided",
                  authors=A10, clauses=C10, comments=[(1, K10[0]), (2, K10[1]), (3, K10[2])],
                  decision=dec("delvis_bifall", False, DEC10,
                               [(1, "bifall"), (2, "avslag"), (3, "bifall")])))

# ---------------------------------------------------------------- § 11 minority återremiss
A11 = [("Linnea Borg", "S")]
R11 = "barn- och utbildningsnämnden först ska få yttra sig över motionen"
DEC11 = f"Ärendet återremitteras till kommunstyrelsen för att {R11}."
B += sec(11, T[11], D[11]) + [
    label("Beslutsunderlag"),
    dashes(["Motion 2023-02-20", "Tjänsteskrivelse 2023-12-11", "Kommunstyrelsen 2024-01-30, § 16"]),
    label("Ärendebeskrivning"),
    ("p", "Linnea Borg (S) vill i en motion att kommunen tar fram en samlad plan för skolornas lokaler "
          "för de kommande tio åren, eftersom elevprognoserna visar att Norra skolan blir för liten "
          "medan flera byskolor får färre elever."),
    ("p", "Kommunledningsförvaltningen hänvisar till att en lokalresursplan för hela kommunen tas fram "
          "under 2024 och att skolornas behov ingår i den. Kommunstyrelsen föreslår att motionen ska "
          "anses besvarad."),
    label("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Motionen anses besvarad."),
    label("Yrkanden"),
    ("p", f"Linnea Borg (S), med instämmande av Tommy Sahlin (S), Saga Lund (V) och Oskar Lind (MP), "
          f"yrkar att ärendet återremitteras till kommunstyrelsen för att {R11}."),
    ("p", "Ewa Hedberg (M) yrkar att ärendet avgörs i dag och bifall till kommunstyrelsens förslag."),
    label("Propositionsordning"),
    ("p", "Ordföranden frågar om ärendet ska avgöras i dag och finner att så är fallet. Linnea Borg (S) "
          "begär att återremissen prövas som minoritetsåterremiss. Ordföranden konstaterar att 17 av "
          "41 närvarande ledamöter står bakom yrkandet om återremiss, vilket är mer än en tredjedel, och "
          "att ärendet därför ska återremitteras enligt 5 kap. 53 § kommunallagen."),
    label("Kommunfullmäktiges beslut"),
    ("p", DEC11),
    label("Beslutet skickas till"),
    ("p", "Kommunstyrelsen\nBarn- och utbildningsnämnden\nLinnea Borg (S)"),
]
ITEMS.append(item(11, T[11], dnr=D[11], key=key(D[11]), subject="motion", event="referred_back",
                  authors=A11, decision=dec("aterremiss", False, DEC11), reason=R11))

# ---------------------------------------------------------------- § 12 bordläggning
A12 = [("Oskar Lind", "MP")]
DEC12 = "Ärendet bordläggs till kommunfullmäktiges sammanträde den 18 mars 2024."
B += sec(12, T[12], D[12]) + [
    label("Beslutsunderlag"),
    dashes(["Motion 2023-05-22", "Miljö- och byggnämnden 2023-12-06, § 118",
            "Kommunstyrelsen 2024-01-30, § 17"]),
    label("Ärendebeskrivning"),
    ("p", "Oskar Lind (MP) har i en motion föreslagit att kommunen tar fram ett naturvårdsprogram med "
          "en förteckning över värdefulla naturområden. Kommunstyrelsen har föreslagit att motionen "
          "bifalls och att arbetet finansieras med statligt bidrag för lokala naturvårdsprojekt."),
    label("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Motionen bifalls."),
    label("Yrkanden"),
    ("p", "Ordföranden föreslår att ärendet bordläggs eftersom den planerade sammanträdestiden har "
          "överskridits. Oskar Lind (MP) instämmer."),
    label("Kommunfullmäktiges beslut"),
    ("p", DEC12),
]
ITEMS.append(item(12, T[12], dnr=D[12], key=key(D[12]), subject="motion", event="postponed",
                  authors=A12, decision=dec("bordlagd", False, DEC12)))

# ---------------------------------------------------------------- § 13 redovisning
R13 = [
    ("KS 2022/245", "Motion om cykelväg mellan Rönnvik och Lillsjö", [("Hampus Dahl", "C")],
     "2022-09-19", "Juni 2024"),
    ("KS 2022/301", "Motion om fritidskort för barn i familjer med låga inkomster",
     [("Nadia Rahimi", "S")], "2022-10-24", "April 2024"),
    ("KS 2022/318", "Motion om ett näringslivsråd med företagare från hela kommunen",
     [("Stina Kjellberg", "M")], "2022-11-21", "Kvartal 2, 2024"),
    ("KS 2022/356", "Motion om nattbuss till Skogsby på helger", [("Saga Lund", "V")],
     "2022-12-12", "Avvaktar regionens nya trafikprogram"),
    ("KS 2022/377", "Motion om en plan mot ofrivillig ensamhet bland äldre",
     [("Marianne Holm", "KD"), ("Kerstin Alm", "KD")], "2022-12-12", "Maj 2024"),
    ("KS 2023/015", "Motion om att utreda en ny simhall",
     [("Jonas Åkerblom", "SD"), ("Lena Frisk", "SD")], "2023-01-30", "Hösten 2024"),
]
DEC13 = "Redovisningen läggs till handlingarna."
trows = [["Dnr", "Motion", "Motionär", "Väckt", "Beräknas klar"]]
for dnr, title, authors, raised, done in R13:
    trows.append([dnr, title, "\n".join(f"{n} ({p})" for n, p in authors), raised, done])
B += sec(13, T[13], D[13]) + [
    label("Ärendebeskrivning"),
    ("p", "Enligt 5 kap. 35 § kommunallagen ska en motion beredas så att fullmäktige kan fatta beslut "
          "inom ett år från det att motionen väcktes. Om beredningen inte kan avslutas inom denna tid ska "
          "det, och vad som har kommit fram vid beredningen, anmälas till fullmäktige inom samma tid. "
          "Kommunstyrelsen redovisar två gånger per år de motioner som inte har beretts färdigt."),
    ("p", "Per den 31 januari 2024 finns sex motioner som väcktes för mer än ett år sedan och som ännu "
          "inte har beretts färdigt:"),
    ("ptable", trows, {"style": "Table Grid", "bold_first_row": True, "header_row": True,
                       "widths_cm": [2.4, 5.4, 3.6, 2.2, 2.8], "font_pt": 9}),
    ("p", "Motionen om nattbuss till Skogsby kan inte besvaras förrän Region Västerfjäll har beslutat "
          "om sitt trafikförsörjningsprogram, vilket väntas ske i september 2024."),
    label("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", DEC13),
    label("Kommunfullmäktiges beslut"),
    ("p", DEC13),
]
for dnr, title, authors, _, done in R13:
    ITEMS.append(item(13, title, dnr=dnr, key=key(dnr), subject="motion", event="reported",
                      authors=authors, estimated_done=done))

# ---------------------------------------------------------------- § 14 taxa
TAXA = [
    ("Bygglov för nybyggnad av enbostadshus, upp till 200 kvm", "24 800", "26 100"),
    ("Bygglov för tillbyggnad av enbostadshus, upp till 50 kvm", "9 900", "10 400"),
    ("Bygglov för komplementbyggnad, garage eller carport", "6 200", "6 500"),
    ("Bygglov för fasadändring", "4 100", "4 300"),
    ("Marklov för schaktning eller fyllning", "5 400", "5 700"),
    ("Rivningslov", "3 700", "3 900"),
    ("Anmälan om attefallshus", "5 800", "6 100"),
    ("Anmälan om eldstad eller rökkanal", "2 500", "2 600"),
    ("Strandskyddsdispens", "7 400", "7 800"),
    ("Förhandsbesked inom detaljplanerat område", "8 900", "9 300"),
    ("Förhandsbesked utanför detaljplanerat område", "11 200", "11 800"),
    ("Planbesked, enkel åtgärd", "12 300", "12 900"),
    ("Planbesked, medelstor åtgärd", "24 600", "25 800"),
    ("Planbesked, stor åtgärd", "36 900", "38 700"),
    ("Nybyggnadskarta, enbostadshus", "9 100", "9 600"),
    ("Utstakning, grovutstakning", "6 700", "7 000"),
    ("Lägeskontroll", "3 300", "3 500"),
    ("Timavgift för handläggning", "1 230", "1 290"),
    ("Ingripandebesked och tillsyn, per timme", "1 230", "1 290"),
    ("Avslag eller avvisning av ansökan", "Halva avgiften", "Halva avgiften"),
]
rows14 = [["Åtgärd", "Avgift 2023 (kr)", "Avgift 2024 (kr)"]] + [list(r) for r in TAXA]
B += sec(14, T[14], D[14]) + [
    label("Beslutsunderlag"),
    dashes(["Miljö- och byggnämnden 2023-11-08, § 104", "Kommunstyrelsen 2024-01-30, § 18"]),
    label("Ärendebeskrivning"),
    ("p", "Miljö- och byggnämnden har föreslagit en ny plan- och bygglovstaxa från den 1 mars 2024. "
          "Taxan bygger på Sveriges Kommuner och Regioners underlag och räknas upp med 5 procent, "
          "motsvarande kostnadsutvecklingen i nämndens verksamhet. Timavgiften höjs från 1 230 kronor "
          "till 1 290 kronor. Ett urval av avgifterna framgår av tabellen."),
    ("ptable", rows14, {"style": "Table Grid", "bold_first_row": True, "header_row": True,
                        "widths_cm": [10.0, 3.2, 3.2], "font_pt": 9}),
    label("Yrkanden"),
    ("p", "Ewa Hedberg (M) yrkar bifall till kommunstyrelsens förslag."),
    label("Kommunfullmäktiges beslut"),
    ("bullets", ["Kommunfullmäktige antar plan- och bygglovstaxa 2024 enligt bilaga.",
                 "Taxan gäller från och med den 1 mars 2024.",
                 "Plan- och bygglovstaxa antagen 2022-12-12, § 188, upphör att gälla samma dag."]),
    label("Beslutet skickas till"),
    ("p", "Miljö- och byggnämnden\nEkonomiavdelningen"),
]
ITEMS.append(none_item(14, T[14], D[14], key(D[14])))

# ---------------------------------------------------------------- § 15 investeringsbudget
INV = [
    ("Ombyggnad av kök, Norra skolan", "6 500", "8 200", "+1 700"),
    ("Ny förskola i Skogsby", "42 000", "42 000", "0"),
    ("Gång- och cykelväg Kvarnvägen", "3 800", "5 100", "+1 300"),
    ("Reinvestering gatubelysning", "2 500", "2 500", "0"),
    ("Renovering av Björkhagens omklädningsrum", "4 200", "3 100", "−1 100"),
    ("IT-infrastruktur skolor", "3 000", "3 000", "0"),
    ("Fordon, hemtjänst", "1 800", "2 400", "+600"),
    ("Exploatering Norra hamnen, etapp 1", "15 000", "12 500", "−2 500"),
    ("Summa", "78 800", "78 800", "0"),
]
rows15 = [["Projekt", "Budget 2024 (tkr)", "Reviderad budget (tkr)", "Förändring (tkr)"]] + \
    [list(r) for r in INV]
B += sec(15, T[15], D[15]) + [
    label("Ärendebeskrivning"),
    ("p", "Ekonomiavdelningen har sett över investeringsbudgeten för 2024 efter att upphandlingarna av "
          "köksombyggnaden i Norra skolan och gång- och cykelvägen längs Kvarnvägen blivit dyrare än "
          "beräknat. Omfördelningen ryms inom den totala investeringsramen och påverkar inte "
          "låneramen."),
    ("ptable", rows15, {"style": "Table Grid", "bold_first_row": True,
                        "widths_cm": [7.0, 3.1, 3.3, 3.0], "font_pt": 9}),
    label("Kommunfullmäktiges beslut"),
    ("p", "Kommunfullmäktige godkänner den reviderade investeringsbudgeten för 2024 enligt "
          "kommunstyrelsens förslag."),
]
ITEMS.append(none_item(15, T[15], D[15], key(D[15])))

# ---------------------------------------------------------------- § 16-18
B += sec(16, T[16], D[16]) + [
    label("Ärendebeskrivning"),
    ("p", "Rönnviksbostäder AB planerar att bygga 48 hyresrätter i kvarteret Lärkan med byggstart "
          "hösten 2024. Bolaget har begärt att kommunens borgensram höjs från 650 till 760 miljoner "
          "kronor. Borgensavgiften är 0,35 procent av utnyttjad borgen."),
    label("Yrkanden"),
    ("p", "Tommy Sahlin (S) och Ewa Hedberg (M) yrkar bifall till kommunstyrelsens förslag."),
    label("Kommunfullmäktiges beslut"),
    ("p", "Kommunfullmäktige beslutar att såsom för egen skuld ingå borgen för Rönnviksbostäder AB:s "
          "låneförpliktelser upp till ett sammanlagt belopp om 760 miljoner kronor jämte därpå "
          "löpande ränta och kostnader."),
]
ITEMS.append(none_item(16, T[16], D[16], key(D[16])))
B += sec(17, T[17], D[17]) + [
    label("Ärendebeskrivning"),
    ("p", "Ägardirektiven för Rönnviks Energi AB har setts över av kommunledningsförvaltningen "
          "tillsammans med bolagets styrelse. Direktiven har kompletterats med ett mål om att bolaget ska "
          "ha en plan för fossilfri fjärrvärme 2030 och med krav på att bolaget rapporterar sin "
          "leveranssäkerhet till kommunstyrelsen två gånger per år."),
    label("Kommunfullmäktiges beslut"),
    ("p", "Kommunfullmäktige fastställer ägardirektiv för Rönnviks Energi AB att gälla från och med "
          "den 1 april 2024."),
]
ITEMS.append(none_item(17, T[17], D[17], key(D[17])))
B += sec(18, T[18], D[18]) + [
    label("Beslutsunderlag"),
    dashes(["Planbeskrivning, antagandehandling 2023-12-15", "Plankarta 2023-12-15",
            "Granskningsutlåtande 2023-12-15", "Samhällsbyggnadsnämnden 2024-01-18, § 6"]),
    label("Ärendebeskrivning"),
    ("p", "Detaljplanen möjliggör omkring 220 bostäder, en förskola och ett parkstråk längs kajen i "
          "den före detta industrihamnen. Planen har varit utställd för granskning under perioden 2 "
          "oktober–30 oktober 2023. Länsstyrelsen har inte haft några invändningar som kvarstår."),
    label("Kommunfullmäktiges beslut"),
    ("p", "Kommunfullmäktige antar detaljplanen för Norra hamnen, etapp 1."),
]
ITEMS.append(none_item(18, T[18], D[18], key(D[18])))

# ---------------------------------------------------------------- § 19 medborgarförslag, avslag
MB19 = "Inger Lundqvist"
DEC19 = "Medborgarförslaget avslås."
B += sec(19, T[19], D[19]) + [
    label("Ärendebeskrivning"),
    ("p", "Inger Lundqvist föreslår i ett medborgarförslag att kommunen sätter upp gatubelysning på den "
          "del av Kvarnvägen som saknar belysning, mellan Kvarnbron och infarten till Lillsjö."),
    ("p", "Vägsträckan är en enskild väg som förvaltas av Lillsjö vägförening. Kommunen sätter inte upp "
          "belysning på enskilda vägar, men vägföreningen kan söka kommunalt driftbidrag för belysning "
          "enligt riktlinjerna för bidrag till enskilda vägar."),
    label("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", DEC19),
    label("Kommunfullmäktiges beslut"),
    ("p", DEC19),
    label("Beslutet skickas till"),
    ("p", "Inger Lundqvist\nLillsjö vägförening för kännedom"),
]
ITEMS.append(item(19, T[19], dnr=D[19], key=key(D[19]), subject="citizen_proposal", event="decided",
                  authors=[(MB19, None)], decision=dec("avslag", False, DEC19)))

# ---------------------------------------------------------------- § 20-24
B += sec(20, T[20], D[20]) + [
    label("Ärendebeskrivning"),
    ("p", "Johan Eld (V) har den 6 februari 2024 begärt att bli entledigad från sitt uppdrag som "
          "ledamot i socialnämnden."),
    label("Kommunfullmäktiges beslut"),
    ("p", "Kommunfullmäktige beviljar Johan Eld (V) entledigande från uppdraget som ledamot i "
          "socialnämnden."),
]
ITEMS.append(none_item(20, T[20], D[20], key(D[20])))
B += sec(21, T[21], D[21]) + [
    label("Ärendebeskrivning"),
    ("p", "Valberedningen föreslår att Saga Lund (V) väljs till ny ledamot i socialnämnden för tiden "
          "till och med den 31 december 2026, och att Elsa Vik (V) väljs till ny ersättare efter Saga "
          "Lund (V)."),
    label("Kommunfullmäktiges beslut"),
    ("bullets", ["Saga Lund (V) väljs till ledamot i socialnämnden till och med 2026-12-31.",
                 "Elsa Vik (V) väljs till ersättare i socialnämnden till och med 2026-12-31."]),
]
ITEMS.append(none_item(21, T[21], D[21], key(D[21])))
B += sec(22, T[22], D[22]) + [
    label("Ärendebeskrivning"),
    ("p", "Länsstyrelsen har efter ny sammanräkning utsett Pia Hörnfeldt (SD) till ny ersättare i "
          "kommunfullmäktige efter Alf Borén (SD), som har avsagt sig sitt uppdrag."),
    label("Kommunfullmäktiges beslut"),
    ("p", "Kommunfullmäktige noterar informationen till protokollet."),
]
ITEMS.append(none_item(22, T[22], D[22], key(D[22])))
MEDD = [
    "Länsstyrelsen i Västerfjälls län, beslut 2024-01-22 om ny sammanräkning",
    "Revisorerna, granskningsrapport om kommunens arbete med intern kontroll, 2024-01-15",
    "Kommunstyrelsen 2024-01-30, § 9, Rapport om ej verkställda beslut enligt SoL och LSS, kvartal 4",
    "Överförmyndarnämnden, verksamhetsberättelse 2023",
    "Region Västerfjäll, protokollsutdrag om remiss av regional kulturplan 2025–2028",
]
B += sec(23, T[23]) + [
    label("Ärendebeskrivning"),
    ("p", "Följande meddelanden har kommit in till kommunfullmäktige:"),
    ("bullets", MEDD),
    label("Kommunfullmäktiges beslut"),
    ("p", "Meddelandena läggs till handlingarna."),
]
ITEMS.append(none_item(23, T[23]))
B += sec(24, T[24]) + [
    label("Ärendebeskrivning"),
    ("p", "Tommy Sahlin (S) anmäler en interpellation till kommunstyrelsens ordförande Ewa Hedberg (M) "
          "om kommunens kostnader för inhyrda socialsekreterare. Inga nya frågor anmäls."),
    label("Kommunfullmäktiges beslut"),
    ("p", "Interpellationen får ställas och besvaras vid kommunfullmäktiges sammanträde den 18 mars "
          "2024."),
]
ITEMS.append(none_item(24, T[24]))


def spec(pages):
    blocks = B[:TOC_AT] + contents(pages) + B[TOC_AT:]
    return {
        "stem": STEM, "format": "docx", "font": "Arial", "size": 10.5,
        "core_title": "Kommunfullmäktige 2024-02-19, protokoll", "core_author": "Simon Ahlgren",
        "header": ["Rönnviks kommun\tSAMMANTRÄDESPROTOKOLL\tSida {PAGE} ({NUMPAGES})",
                   "Kommunfullmäktige\t\tSammanträdesdatum 2024-02-19"],
        "footer": [SIG],
        "blocks": blocks,
        "truth": truth("protocol", MUNI, "KF", DATE, ITEMS),
        "rebuild": spec,
        "toc_regex": r"^\s*§\s?(\d+)\s{2,}\S",
    }


DOCS = [spec({})]
