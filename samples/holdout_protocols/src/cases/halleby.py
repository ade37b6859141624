"""Hälleby kommun, kommunfullmäktige 2023-12-14: a whole KF protocol.

Layout: a first page with "Tid och plats", "Beslutande: se bilaga 1", justerare and
"Justerade paragrafer 142–157" as label/value lines; § headings as bold plain
paragraphs "§142 Rubrik" (no space after §), one or two "Dnr. 2023/KS 0398 009"
lines below (year first, body, zero-padded serial, archive code), "Ärendebeskrivning",
decisions as dash lines under "Kommunfullmäktiges beslut", and an underscore rule
after every §. One § prints the decision before the description. The running head has
the meeting date in words ("14 december 2023") and "n(m)"; the footer is a text line
"Justerandes sign ........ Utdragsbestyrkande ........" on every page. The närvarolista
comes last, as Bilaga 1.

Items: Anmälan av motioner (two motions, two Dnr lines), Anmälan av medborgarförslag
(one, handed to a nämnd to decide), one § treating two motions (both anses besvarade),
a one-clause motion whose "att" ends the introducing line (bifall, decision first),
avslag after yrkanden "med instämmande av", propositionsordning, votering in prose and
a reservation, avskrivning under 5 kap. 35 § KL with a reason, a medborgarförslag
answered, a bordläggning, and seven § about no motion.
"""
from protolib import dec, item, none_item, people, truth

MUNI = "Hälleby kommun"
DATE = "2023-12-14"
RULE = ("p", "_" * 34)


def key(dnr):
    year, rest = dnr.split("/")
    organ, serial, _ = rest.split(" ")
    return f"{organ} {year}/{int(serial)}"


def lab(text):
    return ("lab", text)


def sec(n, title, *dnrs):
    out = [("p", f"§{n} {title}", {"bold": True, "size": 12, "keep_next": True})]
    out += [("p", f"Dnr. {d}", {"keep_next": True, "space_after": 0}) for d in dnrs]
    out.append(("empty",))
    return out


def dash(text):
    return ("p", f"- {text}", {"indent_cm": 0.5})


B, ITEMS = [], []

B += [
    ("p", "HÄLLEBY KOMMUN", {"bold": True, "size": 15}),
    ("p", "Sammanträdesprotokoll för kommunfullmäktige", {"size": 13}),
    ("empty",),
    ("ptable", [
        ["Tid och plats", "Torsdagen den 14 december 2023 kl. 18.00–22.15 i Hällebysalen, "
                          "kommunhuset, Torggatan 3"],
        ["Beslutande", "Se bilaga 1, närvarolista"],
        ["Övriga deltagare", "Jan-Olof Åström, kommundirektör\nSanna Widell, "
                             "kommunsekreterare"],
        ["Justerare", "Ingrid Palm (S) och Tobias Hedin (M)"],
        ["Justeringens tid och plats", "Tisdagen den 19 december 2023 kl. 10.00, kommunkansliet"],
        ["Justerade paragrafer", "142–157"],
    ], {"widths_cm": [4.8, 11.6], "bold_first_col": True}),
    ("lines", ["Underskrifter", "", "Sekreterare ____________________  Sanna Widell", "",
               "Ordförande ____________________  Göran Fält (S)", "",
               "Justerare ____________________  Ingrid Palm (S)   "
               "____________________  Tobias Hedin (M)"]),
    ("empty",),
    ("p", "BEVIS OM ANSLAG", {"bold": True}),
    ("p", "Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens "
          "anslagstavla den 20 december 2023. Anslaget tas ned den 11 januari 2024. Protokollet "
          "förvaras på kommunkansliet, kommunhuset i Hälleby."),
    ("page_break",),
]

# §142
B += sec(142, "Val av justerare och tid för justering") + [
    lab("Kommunfullmäktiges beslut"),
    dash("Ingrid Palm (S) och Tobias Hedin (M) utses att justera protokollet."),
    dash("Justering sker tisdagen den 19 december 2023 kl. 10.00."),
    RULE]
ITEMS.append(none_item(142, "Val av justerare och tid för justering"))

# §143 Anmälan av motioner
M143 = [("Motion om fler infartsparkeringar vid Hälleby station",
         [("Fredrik Olausson", "M"), ("Maria Lindén", "M")], "2023/KS 0398 009", "2023-11-27"),
        ("Motion om en fritidsgård i Västerby", [("Samira Olsson", "V")], "2023/KS 0402 009",
         "2023-11-30")]
DEC143 = "Motionerna lämnas över till kommunstyrelsen för beredning."
B += sec(143, "Anmälan av motioner", *[m[2] for m in M143]) + [
    lab("Ärendebeskrivning"),
    ("p", "Fredrik Olausson (M) och Maria Lindén (M) har lämnat in en motion om fler "
          "infartsparkeringar vid Hälleby station."),
    ("p", "Samira Olsson (V) har lämnat in en motion om en fritidsgård i Västerby."),
    lab("Beslutsunderlag"),
] + [("p", f"- {t}, inlämnad {when}", {"space_after": 0}) for t, _, _, when in M143] + [
    ("empty",),
    lab("Kommunfullmäktiges beslut"),
    dash(DEC143),
    RULE]
for t, a, d, _ in M143:
    ITEMS.append(item(143, t, dnr=d, key=key(d), subject="motion", event="raised", authors=a,
                      decision=dec("overlamnad", False, DEC143)))

# §144 Anmälan av medborgarförslag
T144 = "Medborgarförslag om söndagsöppet bibliotek i Hälleby"
D144 = "2023/KS 0410 009"
DEC144 = "Medborgarförslaget lämnas över till kultur- och fritidsnämnden för beslut."
B += sec(144, "Anmälan av medborgarförslag", D144) + [
    lab("Ärendebeskrivning"),
    ("p", f"Ove Sjöström har den 1 december 2023 lämnat in ett medborgarförslag: {T144}. "
          "Förslagsställaren vill att huvudbiblioteket håller öppet fyra timmar varje söndag under "
          "vinterhalvåret."),
    lab("Kommunfullmäktiges beslut"),
    dash(DEC144),
    RULE]
ITEMS.append(item(144, T144, dnr=D144, key=key(D144), subject="citizen_proposal", event="raised",
                  authors=[("Ove Sjöström", None)], decision=dec("overlamnad", False, DEC144)))

# §145-146
B += sec(145, "Anmälan och besvarande av frågor", "2023/KS 0013 001") + [
    lab("Ärendebeskrivning"),
    ("p", "Inga frågor har lämnats in till sammanträdet."),
    RULE]
ITEMS.append(none_item(145, "Anmälan och besvarande av frågor", "2023/KS 0013 001",
                       key("2023/KS 0013 001")))
B += sec(146, "Avsägelser och fyllnadsval", "2023/KS 0014 002") + [
    lab("Ärendebeskrivning"),
    ("p", "Följande avsägelse av kommunalt uppdrag föreligger:"),
    ("p", "Oskar Nyman (L), ersättare i byggnadsnämnden"),
    ("p", "Valberedningen föreslår att Lovisa Eng (L) väljs till ny ersättare i byggnadsnämnden för "
          "resterande del av mandatperioden."),
    lab("Kommunfullmäktiges beslut"),
    dash("Avsägelsen godkänns."),
    dash("Lovisa Eng (L) väljs till ersättare i byggnadsnämnden till och med 2026-12-31."),
    RULE]
ITEMS.append(none_item(146, "Avsägelser och fyllnadsval", "2023/KS 0014 002",
                       key("2023/KS 0014 002")))

# §147 two motions in one §
M147 = [("Motion om hastighetsdämpande åtgärder på Storgatan", [("Lisa Norén", "S")],
         "2022/KS 0311 109", "2022-11-10"),
        ("Motion om gångfartsområde i Hälleby centrum", [("Per-Olof Gran", "C")],
         "2023/KS 0044 109", "2023-02-16")]
T147 = "Svar på motioner om hastighetsdämpande åtgärder på Storgatan och om gångfartsområde i centrum"
DEC147 = "Motionerna anses besvarade."
B += sec(147, T147, *[m[2] for m in M147]) + [
    lab("Ärendebeskrivning"),
    ("p", "Lisa Norén (S) har i en motion föreslagit att kommunen bygger farthinder och förhöjda "
          "övergångsställen på Storgatan mellan Järnvägsgatan och Kyrkbacken. Per-Olof Gran (C) har i "
          "en annan motion föreslagit att Torggatan och den norra delen av Storgatan görs om till "
          "gångfartsområde."),
    ("p", "Eftersom motionerna rör samma gatumiljö har de beretts tillsammans. Tekniska nämnden "
          "arbetar med en trafikplan för centrum som ska antas under våren 2024. I planen ingår både "
          "sänkt hastighet och fysiska åtgärder på Storgatan och en prövning av gångfartsområde på "
          "Torggatan."),
    lab("Beslutsunderlag"),
    ("p", "- Kommunstyrelsens protokoll 2023-11-21, § 201", {"space_after": 0}),
    ("p", "- Tjänsteskrivelse 2023-10-30", {"space_after": 0}),
] + [("p", f"- {t}, {when}", {"space_after": 0}) for t, _, _, when in M147] + [
    ("empty",),
    lab("Kommunstyrelsens förslag till kommunfullmäktige"),
    dash("Motionerna anses besvarade med hänvisning till pågående arbete med trafikplan för centrum."),
    lab("Kommunfullmäktiges beslut"),
    dash(DEC147),
    RULE]
for t, a, d, _ in M147:
    ITEMS.append(item(147, t, dnr=d, key=key(d), subject="motion", event="decided", authors=a,
                      decision=dec("besvarad", False, DEC147)))

# §148 decision printed first; one clause, "att" ends the introducer
T148 = "Svar på motion om budget- och skuldrådgivning på fler språk"
D148 = "2023/KS 0102 106"
A148 = [("Samira Olsson", "V")]
C148 = "socialnämnden erbjuder budget- och skuldrådgivning på arabiska, somaliska och tigrinja"
DEC148 = "Motionen bifalls."
B += sec(148, T148, D148) + [
    lab("Kommunfullmäktiges beslut"),
    dash(DEC148),
    dash("Socialnämnden får i uppdrag att genomföra förslaget inom ram från och med 2024."),
    lab("Ärendebeskrivning"),
    ("p", "Samira Olsson (V) anför i en motion att många hushåll som har svårt att betala sina "
          "räkningar inte söker hjälp eftersom rådgivningen bara ges på svenska. Motionären föreslår "
          "att kommunfullmäktige beslutar att"),
    ("p", C148, {"indent_cm": 1.0}),
    ("p", "Socialnämnden har tillstyrkt motionen. Rådgivningen kan ges med tolk och genom samarbete med "
          "grannkommunernas rådgivare, och kostnaden ryms i nämndens budget."),
    lab("Kommunstyrelsens förslag till kommunfullmäktige"),
    dash("Motionen bifalls."),
    RULE]
ITEMS.append(item(148, T148, dnr=D148, key=key(D148), subject="motion", event="decided",
                  authors=A148, clauses=[C148], decision=dec("bifall", False, DEC148)))

# §149 avslag, votering in prose
T149 = "Svar på motion om sänkt partistöd"
D149 = "2023/KS 0061 104"
A149 = [("Ronny Falk", "SD"), ("Jessica Hult", "SD")]
DEC149 = "Motionen avslås."
B += sec(149, T149, D149) + [
    lab("Ärendebeskrivning"),
    ("p", "Ronny Falk (SD) och Jessica Hult (SD) föreslår i en motion att grundstödet i det lokala "
          "partistödet halveras och att de pengar som frigörs går till föreningsbidrag. "
          "Kommunstyrelsen konstaterar att partistödet inte har räknats upp sedan 2015 och föreslår "
          "att motionen avslås."),
    lab("Kommunstyrelsens förslag till kommunfullmäktige"),
    dash("Motionen avslås."),
    lab("Yrkanden"),
    ("p", "Ronny Falk (SD) med instämmande av Jessica Hult (SD) yrkar bifall till motionen."),
    ("p", "Göran Fält (S) med instämmande av Tobias Hedin (M) och Per-Olof Gran (C) yrkar bifall till "
          "kommunstyrelsens förslag."),
    lab("Proposition"),
    ("p", "Ordföranden ställer förslagen mot varandra och finner att kommunfullmäktige bifaller "
          "kommunstyrelsens förslag. Votering begärs. Kommunfullmäktige godkänner följande "
          "voteringsproposition: Ja för kommunstyrelsens förslag, nej för Ronny Falks (SD) yrkande."),
    lab("Votering"),
    ("p", "Kommunfullmäktige beslutar enligt kommunstyrelsens förslag efter votering 30 - 12. Tre "
          "ledamöter avstår från att rösta. Voteringslistan förvaras på kommunkansliet."),
    lab("Kommunfullmäktiges beslut"),
    dash(DEC149),
    lab("Reservation"),
    ("p", "Sverigedemokraternas ledamöter reserverar sig mot beslutet."),
    RULE]
ITEMS.append(item(149, T149, dnr=D149, key=key(D149), subject="motion", event="decided",
                  authors=A149, decision=dec("avslag", False, DEC149)))

# §150 avskrivning
T150 = "Avskrivning av motion om en ny sporthall i Lövsta"
D150 = "2021/KS 0187 109"
A150 = [("Anna-Karin Bäck", "KD")]
R150 = ("fullmäktiges beslut om ny skolorganisation den 15 juni 2023, § 78, har gjort motionens "
        "förslag inaktuellt")
DEC150 = "Motionen avskrivs från vidare handläggning."
B += sec(150, T150, D150) + [
    lab("Ärendebeskrivning"),
    ("p", "Anna-Karin Bäck (KD) föreslog i en motion i september 2021 att kommunen bygger en ny "
          "sporthall vid Lövsta skola. Motionen har inte kunnat beredas inom ett år. Enligt 5 kap. 35 "
          "§ kommunallagen får fullmäktige avskriva en motion som inte har beretts inom ett år. "
          f"Kommunstyrelsen föreslår att motionen avskrivs eftersom {R150}. Lövsta skola läggs ned "
          "efter vårterminen 2024."),
    lab("Kommunstyrelsens förslag till kommunfullmäktige"),
    dash(DEC150),
    lab("Kommunfullmäktiges beslut"),
    dash(DEC150),
    RULE]
ITEMS.append(item(150, T150, dnr=D150, key=key(D150), subject="motion", event="written_off",
                  authors=A150, decision=dec("avskriven", False, DEC150), reason=R150))

# §151 medborgarförslag besvarat
T151 = "Svar på medborgarförslag om papperskorgar längs promenadstråket vid Hällesjön"
D151 = "2023/KS 0133 109"
DEC151 = "Medborgarförslaget anses besvarat."
B += sec(151, T151, D151) + [
    lab("Ärendebeskrivning"),
    ("p", "Birgitta Åhman har föreslagit att kommunen sätter upp fler papperskorgar längs "
          "promenadstråket runt Hällesjön. Tekniska nämnden har under hösten satt upp sex nya "
          "papperskorgar och utökat tömningen till två gånger i veckan under sommaren."),
    lab("Kommunfullmäktiges beslut"),
    dash(DEC151),
    RULE]
ITEMS.append(item(151, T151, dnr=D151, key=key(D151), subject="citizen_proposal", event="decided",
                  authors=[("Birgitta Åhman", None)], decision=dec("besvarad", False, DEC151)))

# §152-154
T152 = "Antagande av detaljplan för del av Västerby 4:12"
B += sec(152, T152, "2022/KS 0215 214") + [
    lab("Ärendebeskrivning"),
    ("p", "Detaljplanen gör det möjligt att bygga ett särskilt boende för äldre med 60 platser och "
          "omkring 40 bostäder i radhus. Planen har varit på granskning under september 2023 och har "
          "justerats efter synpunkter om dagvatten och trafik."),
    lab("Kommunfullmäktiges beslut"),
    dash("Detaljplanen för del av Västerby 4:12 antas."),
    RULE]
ITEMS.append(none_item(152, T152, "2022/KS 0215 214", key("2022/KS 0215 214")))
T153 = "Taxor och avgifter 2024 för kultur- och fritidsnämnden"
B += sec(153, T153, "2023/KS 0301 041") + [
    lab("Ärendebeskrivning"),
    ("p", "Kultur- och fritidsnämnden föreslår nya avgifter från den 1 januari 2024:"),
    ("ptable", [["Avgift", "2023", "2024"],
                ["Hyra sporthall, förening, per timme", "120 kr", "130 kr"],
                ["Hyra sporthall, övriga, per timme", "380 kr", "400 kr"],
                ["Simhall, vuxen, engångsbiljett", "70 kr", "75 kr"],
                ["Simhall, barn under 18 år", "30 kr", "30 kr"],
                ["Kulturskola, terminsavgift per ämne", "750 kr", "800 kr"],
                ["Hyra Hällebysalen, halvdag", "2 400 kr", "2 500 kr"]],
     {"style": "Table Grid", "bold_first_row": True, "widths_cm": [9.4, 3.5, 3.5]}),
    lab("Kommunfullmäktiges beslut"),
    dash("Taxor och avgifter för kultur- och fritidsnämnden fastställs enligt förslaget och gäller "
         "från och med den 1 januari 2024."),
    RULE]
ITEMS.append(none_item(153, T153, "2023/KS 0301 041", key("2023/KS 0301 041")))
T154 = "Interpellation om kostnaderna för bemanningssjuksköterskor"
B += sec(154, T154, "2023/KS 0388 002") + [
    lab("Ärendebeskrivning"),
    ("p", "Tobias Hedin (M) har ställt en interpellation till socialnämndens ordförande Elin Forsman "
          "(S) om kommunens kostnader för inhyrda sjuksköterskor, som enligt delårsrapporten har ökat "
          "med 40 procent jämfört med 2022. Elin Forsman (S) besvarar interpellationen muntligt och "
          "redogör för nämndens handlingsplan för egen rekrytering."),
    ("p", "I överläggningen deltar Tobias Hedin (M), Elin Forsman (S) och Jessica Hult (SD)."),
    lab("Kommunfullmäktiges beslut"),
    dash("Interpellationen anses besvarad."),
    RULE]
ITEMS.append(none_item(154, T154, "2023/KS 0388 002", key("2023/KS 0388 002")))

# §155 bordläggning
T155 = "Svar på motion om utökade öppettider på återvinningscentralen"
D155 = "2023/KS 0077 109"
A155 = [("Gustav Ring", "S")]
DEC155 = "Ärendet bordläggs till nästa sammanträde."
B += sec(155, T155, D155) + [
    lab("Ärendebeskrivning"),
    ("p", "Gustav Ring (S) har föreslagit att återvinningscentralen håller öppet till kl. 20 två "
          "vardagar i veckan och varje lördag. Kommunstyrelsen föreslår att motionen bifalls i den del "
          "som gäller lördagar och avslås i övrigt."),
    lab("Yrkanden"),
    ("p", "Ingrid Palm (S) yrkar att ärendet bordläggs, eftersom den nya avfallstaxan som påverkar "
          "kostnaderna ska behandlas i januari."),
    lab("Kommunfullmäktiges beslut"),
    dash(DEC155),
    RULE]
ITEMS.append(item(155, T155, dnr=D155, key=key(D155), subject="motion", event="postponed",
                  authors=A155, decision=dec("bordlagd", False, DEC155)))

T156 = "Revisorernas granskningsrapport om kommunens krisberedskap"
B += sec(156, T156, "2023/KS 0370 007") + [
    lab("Ärendebeskrivning"),
    ("p", "Kommunens revisorer har granskat om kommunstyrelsen har en ändamålsenlig krisberedskap. "
          "Revisorerna bedömer att arbetet i huvudsak är ändamålsenligt men att övningar bör "
          "genomföras oftare. Kommunstyrelsen har lämnat ett yttrande över rapporten."),
    lab("Kommunfullmäktiges beslut"),
    dash("Granskningsrapporten och kommunstyrelsens yttrande läggs till handlingarna."),
    RULE]
ITEMS.append(none_item(156, T156, "2023/KS 0370 007", key("2023/KS 0370 007")))
B += sec(157, "Meddelanden") + [
    lab("Ärendebeskrivning"),
    ("p", "- Länsstyrelsen, beslut om ny ersättare i kommunfullmäktige efter Oskar Nyman (L)",
     {"space_after": 0}),
    ("p", "- Kommunstyrelsen 2023-11-21, § 205, rapport om ej verkställda beslut", {"space_after": 0}),
    ("p", "- Hälleby Vatten AB, protokoll från extra bolagsstämma 2023-11-08"),
    lab("Kommunfullmäktiges beslut"),
    dash("Meddelandena läggs till handlingarna."),
    RULE]
ITEMS.append(none_item(157, "Meddelanden"))

# Bilaga 1 närvarolista
FIXED = [("Göran Fält", "S"), ("Ingrid Palm", "S"), ("Lisa Norén", "S"), ("Gustav Ring", "S"),
         ("Elin Forsman", "S"), ("Tobias Hedin", "M"), ("Fredrik Olausson", "M"),
         ("Maria Lindén", "M"), ("Ronny Falk", "SD"), ("Jessica Hult", "SD"),
         ("Per-Olof Gran", "C"), ("Samira Olsson", "V"), ("Anna-Karin Bäck", "KD")]
MEMBERS = people([("S", 14), ("M", 10), ("SD", 9), ("C", 4), ("V", 3), ("KD", 2), ("L", 2),
                  ("MP", 1)], seed=20231214, fixed=FIXED)
rows = [["Ledamot", "Parti", "Närvarande", "Ersättare"]]
for i, (name, party) in enumerate(MEMBERS):
    if i in (16, 34):
        rows.append([name, party, "", "Ersättare tjänstgör"])
    else:
        rows.append([name, party, "X", ""])
B += [("head", "Bilaga 1, närvarolista", {"page_break": True, "style": "Heading 2"}),
      ("ptable", rows, {"style": "Table Grid", "bold_first_row": True, "header_row": True,
                        "widths_cm": [6.0, 1.8, 3.0, 5.6], "font_pt": 9}),
      ("p", "Tjänstgörande ersättare: Hugo Lindkvist (M) för " + MEMBERS[16][0] + " (M), Vera Ekdahl "
            "(C) för " + MEMBERS[34][0] + " (C).")]
assert MEMBERS[16][1] == "M" and MEMBERS[34][1] == "C"

DOCS = [{
    "stem": "halleby-kf-2023-12-14_protokoll", "format": "docx", "font": "Times New Roman",
    "size": 12,
    "core_title": "Kommunfullmäktige 14 december 2023", "core_author": "Sanna Widell",
    "header": ["HÄLLEBY KOMMUN\tSAMMANTRÄDESPROTOKOLL\t{PAGE}({NUMPAGES})",
               "Kommunfullmäktige\t\t14 december 2023"],
    "footer": ["Justerandes sign ..................   ..................\t\t"
               "Utdragsbestyrkande .................."],
    "blocks": B,
    "truth": truth("protocol", MUNI, "KF", DATE, ITEMS),
}]
