"""Alsterbo kommun: kommunstyrelsen 2023-10-03 (protocol) and the kallelse to
kommunfullmäktige 2023-10-23 that carries the KS proposals on to KF.

KS protocol layout: no cover table; members listed "Namn, PARTI, roll" (party after
a comma), substitutes and attendance per § ("tjänstgör för ... §§ 138–149"); every
§ heading is "KS § 145<TAB>Dnr KS.2023.187" (Dnr on the same line, dotted Dnr form)
with the title as a Heading 3 below it; § follow each other on the page. KS proposes
to KF (bifall, avslag after votering 7–6 with reservation, per-clause with a table of
clause comments, anses besvarad, avskrivning with a reason), decides itself
(medborgarförslag bifall under delegation), sends one motion back to the förvaltning
(återremiss with "med motiveringen att") and postpones one. A redovisning table holds
four motions and two medborgarförslag. Running head with the municipality, body, date
and "Sida n av m"; footer box "Ordförandes sign | Justerandes sign |
Utdragsbestyrkande" on every page.

Kallelse layout: agenda item numbers 1–16 differ from the § numbers 118–133, both
printed ("6.<TAB>§ 123"); each item has Dnr, "Kommunstyrelsens förslag till beslut"
with dash lines, "Beskrivning av ärendet", the KS reference "(KS 2023-10-03, § 142)"
and a "Bilagor" list of PDF file names that repeat the titles. "Anmälan av nya
motioner" has only the empty-state text (no motion yet).
"""
from protolib import dec, item, none_item, truth

MUNI = "Alsterbo kommun"
KS_DATE = "2023-10-03"
KF_DATE = "2023-10-23"


def key(dnr):
    organ, year, serial = dnr.split(".")
    return f"{organ} {year}/{int(serial)}"


def lab(text):
    return ("lab", text)


# ---------------------------------------------------------------- shared texts
T_DELAR = "Delårsrapport januari–augusti 2023"
D_DELAR = "KS.2023.274"

T142 = "Svar på motion om kostnadsfria arbetskläder inom förskolan"
D142 = "KS.2023.061"
A142 = [("Petra Lund", "S"), ("Mikael Ström", "S")]

T143 = "Svar på motion om en kommunal bostadsförmedling"
D143 = "KS.2023.044"
A143 = [("Jenny Åberg", "V")]

T144 = "Svar på motion om bättre tillgänglighet i kommunens digitala tjänster"
D144 = "KS.2023.092"
A144 = [("Anders Falk", "KD")]
C144 = ["att kommunens e-tjänster granskas mot tillgänglighetskraven minst en gång per år",
        "att kommunens webbplats erbjuder all grundläggande information på lätt svenska",
        "att kommunen inrättar en telefonlinje där invånare får hjälp att använda e-tjänsterna"]
K144 = ["Granskningen kan göras av kommunens egen webbredaktion med stöd av ett verktyg som redan "
        "finns i licensen. Förvaltningen föreslår att den sker varje höst och redovisas i "
        "kommunstyrelsens internkontrollplan.",
        "Webbplatsen har i dag lätt svenska för omkring en tredjedel av sidorna. Resten kan översättas "
        "under 2024 inom befintlig budget för kommunikation.",
        "Kundcenter svarar redan i dag på frågor om e-tjänsterna under telefontiden 8–16. En särskild "
        "linje skulle kräva en ny tjänst och bedöms inte ge tillräcklig nytta."]
PROP144 = ("Kommunstyrelsen föreslår kommunfullmäktige besluta att bifalla motionens första och andra "
           "att-sats och att avslå den tredje att-satsen.")
KF144 = "Motionens första och andra att-sats bifalls och den tredje att-satsen avslås."
CO144 = [(1, "bifall"), (2, "bifall"), (3, "avslag")]

T145 = "Svar på motion om källsortering i alla kommunala verksamheter"
D145 = "KS.2023.187"
A145 = [("Britt Nordström", "C")]
DEC145 = ("Motionen anses besvarad med hänvisning till den avfallsplan för 2024–2030 som "
          "kommunfullmäktige antog den 22 maj 2023, § 61.")

T146 = "Svar på motion om fler gästplatser i Alsterviks småbåtshamn"
D146 = "KS.2022.310"
A146 = [("Patrik Sundqvist", "M")]
R146 = ("förvaltningen ska redovisa kostnaden för en utbyggnad och hur den kan finansieras med "
        "hamnavgifter")
DEC146 = f"Ärendet återremitteras till samhällsbyggnadsförvaltningen med motiveringen att {R146}."

T147 = "Svar på medborgarförslag om en boulebana i Furulundsparken"
D147 = "KS.2023.120"
A147 = [("Rolf Nordin", None)]
DEC147 = "Kommunstyrelsen beslutar att bifalla medborgarförslaget."

T148 = "Redovisning av motioner och medborgarförslag som inte beretts färdigt"
D148 = "KS.2023.290"
R148 = [
    ("KS.2022.201", "Motion om fler platser i fritidsklubb för mellanstadiet", "motion",
     [("Mikael Ström", "S")], "2022-06-13", "BUN", "December 2023"),
    ("KS.2022.233", "Motion om kommunal lönegaranti för undersköterskor", "motion",
     [("Jenny Åberg", "V")], "2022-08-29", "KS", "Februari 2024"),
    ("KS.2022.268", "Motion om ett kommunalt friluftsprogram", "motion",
     [("Therese Ek", "SD")], "2022-09-26", "KFN", "Första kvartalet 2024"),
    ("KS.2022.290", "Motion om gemensam telefonväxel med grannkommunerna", "motion",
     [("Cecilia Broberg", "M"), ("Patrik Sundqvist", "M")], "2022-09-26", "KS",
     "Oklart"),
    ("KS.2022.244", "Medborgarförslag om cykelparkering vid Alsterbo station", "citizen_proposal",
     [("Karin Holmberg", None)], "2022-09-05", "SBN", "November 2023"),
    ("KS.2022.305", "Medborgarförslag om en badbrygga vid Lomtjärn", "citizen_proposal",
     [("Sven Östlund", None)], "2022-10-10", "KFN", "Våren 2024"),
]
DEC148 = "Redovisningen läggs till handlingarna."

T_TAXA = "Renhållningstaxa 2024"
D_TAXA = "KS.2023.231"
T_PSTOD = "Lokalt partistöd 2024"
D_PSTOD = "KS.2023.259"

T153 = "Svar på motion om samordnad varudistribution"
D153 = "KS.2023.015"
A153 = [("Yusuf Demir", "S")]
DEC153 = "Ärendet bordläggs till kommunstyrelsens sammanträde den 7 november 2023."

T154 = "Avskrivning av motion om kommunal medfinansiering av en ny järnvägsstation i Höjden"
D154 = "KS.2021.377"
A154 = [("Gunnar Backlund", "AP")]
R154 = "Trafikverket har beslutat att inte bygga någon station i Höjden under planperioden 2022–2033"
DEC154 = "Motionen avskrivs."


def authors_text(authors):
    parts = [f"{n} ({p})" if p else n for n, p in authors]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " och " + parts[-1]


def redov_rows():
    rows = [["Dnr", "Ärende", "Förslagsställare", "Inkom", "Ansvarig", "Beräknas klar"]]
    for dnr, title, _, authors, when, who, done in R148:
        rows.append([dnr, title, "\n".join(f"{n} ({p})" if p else n for n, p in authors), when, who,
                     done])
    return ("ptable", rows, {"style": "Table Grid", "bold_first_row": True, "header_row": True,
                             "widths_cm": [2.3, 4.6, 3.4, 2.0, 1.6, 2.5], "font_pt": 8.5})


def redov_items(paragraph, agenda=None):
    return [item(paragraph, title, agenda=agenda, dnr=dnr, key=key(dnr), subject=subj,
                 event="reported", authors=authors, estimated_done=done)
            for dnr, title, subj, authors, _, _, done in R148]


TAXA_ROWS = [["Abonnemang", "Grundavgift 2023 (kr/år)", "Grundavgift 2024 (kr/år)"],
             ["Villa, matavfall och restavfall, hämtning varannan vecka", "2 140", "2 290"],
             ["Villa, hemkompostering, hämtning var fjärde vecka", "1 460", "1 560"],
             ["Fritidshus, maj–september", "1 120", "1 200"],
             ["Flerbostadshus, per lägenhet", "1 380", "1 470"],
             ["Verksamhet, 190 liters kärl, varje vecka", "3 950", "4 230"],
             ["Slamtömning, trekammarbrunn upp till 3 m³", "1 690", "1 810"],
             ["Extra hämtning av grovavfall, per tillfälle", "490", "520"]]
PSTOD_ROWS = [["Parti", "Mandat", "Grundstöd (kr)", "Mandatstöd (kr)", "Summa (kr)"],
              ["Socialdemokraterna", "11", "20 000", "165 000", "185 000"],
              ["Moderaterna", "9", "20 000", "135 000", "155 000"],
              ["Sverigedemokraterna", "8", "20 000", "120 000", "140 000"],
              ["Centerpartiet", "4", "20 000", "60 000", "80 000"],
              ["Vänsterpartiet", "3", "20 000", "45 000", "65 000"],
              ["Kristdemokraterna", "3", "20 000", "45 000", "65 000"],
              ["Alsterbopartiet", "3", "20 000", "45 000", "65 000"],
              ["Summa", "41", "140 000", "615 000", "755 000"]]

# ================================================================ KS protocol
KS_ITEMS = []
B = []


def ks_head(n, title, dnr=None):
    head = f"KS § {n}" + (f"\tDnr {dnr}" if dnr else "")
    return [("head", head, {"style": "Heading 2", "space_before": 18}),
            ("head", title, {"style": "Heading 3"})]


B += [
    ("p", "ALSTERBO KOMMUN", {"bold": True, "size": 13, "space_after": 0}),
    ("title", "Sammanträdesprotokoll"),
    ("p", "Kommunstyrelsen", {"bold": True, "size": 12, "space_after": 0}),
    ("p", "Sammanträdesdatum: 2023-10-03"),
    lab("Plats och tid"),
    ("p", "Sammanträdesrummet Alstern, kommunhuset, kl. 08.30–12.10, ajournering kl. 10.15–10.30"),
    lab("Beslutande ledamöter"),
    ("lines", ["Henrik Wallin, M, ordförande", "Åsa Grahn, S, 1:e vice ordförande",
               "Therese Ek, SD, 2:e vice ordförande", "Cecilia Broberg, M", "Patrik Sundqvist, M",
               "Ronny Lindgren, SD", "Anders Falk, KD", "Britt Nordström, C", "Mikael Ström, S",
               "Petra Lund, S", "Lena Sörensen, S, tjänstgör för Yusuf Demir, S, §§ 138–149",
               "Yusuf Demir, S, §§ 150–156", "Jenny Åberg, V", "Gunnar Backlund, AP"]),
    lab("Övriga närvarande"),
    ("lines", ["Ersättare: Olle Rydberg, M, Sara Lindholm, SD, Ebba Nyström, C, Kjell Holm, S",
               "Tjänstepersoner: Anneli Westberg, kommundirektör, Malin Torstensson, kommunsekreterare, "
               "Per Hagberg, ekonomichef, §§ 140–141, Jessica Lundin, avfallschef, § 149"]),
    lab("Justerare"),
    ("p", "Åsa Grahn (S)"),
    lab("Justeringens plats och tid"),
    ("p", "Kommunkansliet, 2023-10-05 kl. 13.00"),
    lab("Paragrafer"),
    ("p", "138–156"),
    lab("Underskrifter"),
    ("lines", ["Sekreterare ........................................ Malin Torstensson",
               "Ordförande ........................................ Henrik Wallin",
               "Justerare ........................................ Åsa Grahn"]),
    lab("Anslag"),
    ("p", "Protokollet är justerat och anslaget på kommunens digitala anslagstavla 2023-10-06. "
          "Anslaget tas ned 2023-10-28. Protokollet förvaras på kommunkansliet."),
]

B += ks_head(138, "Val av justerare") + [
    ("p", "Kommunstyrelsen utser Åsa Grahn (S) att jämte ordföranden justera protokollet den 5 oktober "
          "2023.")]
KS_ITEMS.append(none_item(138, "Val av justerare"))
B += ks_head(139, "Godkännande av dagordning") + [
    ("p", "Dagordningen godkänns med tillägg av ärendet om sammanträdesplan för 2024, som behandlas "
          "som § 150.")]
KS_ITEMS.append(none_item(139, "Godkännande av dagordning"))
B += ks_head(140, "Information från kommundirektören") + [
    ("p", "Kommundirektör Anneli Westberg informerar om läget i budgetarbetet för 2024, om "
          "rekryteringen av ny socialchef och om att kommunen har fått besked om statsbidrag för "
          "upprustning av skolgårdar."),
    lab("Kommunstyrelsens beslut"),
    ("p", "Informationen läggs till handlingarna.")]
KS_ITEMS.append(none_item(140, "Information från kommundirektören"))
B += ks_head(141, T_DELAR, D_DELAR) + [
    lab("Sammanfattning"),
    ("p", "Delårsrapporten visar ett prognostiserat resultat för helåret på 14,2 miljoner kronor, vilket "
          "är 6,8 miljoner kronor lägre än budget. Socialnämnden prognostiserar ett underskott på 9,5 "
          "miljoner kronor, främst inom placeringar av barn och unga. Finansförvaltningen väger delvis "
          "upp med högre skatteintäkter än beräknat. Av kommunfullmäktiges tolv mål bedöms åtta "
          "uppfyllas helt eller delvis."),
    lab("Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2023-09-20\nDelårsrapport januari–augusti 2023\nRevisorernas bedömning "
          "2023-09-28"),
    lab("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Delårsrapporten för januari–augusti 2023 godkänns."),
    lab("Kommunstyrelsens beslut"),
    ("p", "Socialnämnden får i uppdrag att redovisa en åtgärdsplan för att nå en budget i balans till "
          "kommunstyrelsen den 7 november 2023.")]
KS_ITEMS.append(none_item(141, T_DELAR, D_DELAR, key(D_DELAR)))

# KS § 142 proposed bifall
B += ks_head(142, T142, D142) + [
    lab("Sammanfattning"),
    ("p", f"{authors_text(A142)} har i en motion föreslagit att all personal i förskolan ska få "
          "arbetskläder som kommunen betalar och tvättar, på samma sätt som personalen i "
          "äldreomsorgen. Barn- och utbildningsnämnden har tillstyrkt motionen. Kostnaden beräknas "
          "till cirka 600 000 kronor per år och ryms inom nämndens budgetram för 2024."),
    lab("Beslutsunderlag"),
    ("p", "Motion 2023-02-27\nBarn- och utbildningsnämnden 2023-08-24, § 71\n"
          "Tjänsteskrivelse 2023-09-12"),
    lab("Yrkanden"),
    ("p", "Petra Lund (S) och Cecilia Broberg (M) yrkar bifall till förvaltningens förslag."),
    lab("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta följande:"),
    ("p", "Motionen bifalls.", {"indent_cm": 0.8}),
    ("p", "Kostnaden finansieras inom barn- och utbildningsnämndens budgetram.", {"indent_cm": 0.8})]
KS_ITEMS.append(item(142, T142, dnr=D142, key=key(D142), subject="motion", event="proposed",
                     authors=A142, decision=dec("bifall", True, "Motionen bifalls.")))

# KS § 143 proposed avslag, votering 7-6
PROP143 = "Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen avslås."
B += ks_head(143, T143, D143) + [
    lab("Sammanfattning"),
    ("p", "Jenny Åberg (V) föreslår i en motion att kommunen startar en egen bostadsförmedling med en "
          "gemensam kö till de allmännyttiga och privata hyresvärdarnas lägenheter. "
          "Kommunledningsförvaltningen bedömer att en bostadsförmedling skulle kosta omkring 1,8 miljoner "
          "kronor per år att driva och att de privata hyresvärdarna inte har visat intresse av att "
          "ansluta sig. Förvaltningen föreslår att motionen avslås."),
    lab("Beslutsunderlag"),
    ("p", "Motion 2023-01-30\nTjänsteskrivelse 2023-09-05"),
    lab("Yrkanden"),
    ("p", "Jenny Åberg (V), Åsa Grahn (S) och Gunnar Backlund (AP) yrkar bifall till motionen."),
    ("p", "Henrik Wallin (M) och Ronny Lindgren (SD) yrkar bifall till förvaltningens förslag."),
    lab("Beslutsgång"),
    ("p", "Ordföranden ställer förvaltningens förslag mot yrkandet om bifall till motionen och finner "
          "att kommunstyrelsen beslutar enligt förvaltningens förslag. Votering begärs och verkställs."),
    ("p", "Ja-röst för förvaltningens förslag: Henrik Wallin (M), Therese Ek (SD), Cecilia Broberg (M), "
          "Patrik Sundqvist (M), Ronny Lindgren (SD), Anders Falk (KD) och Britt Nordström (C)."),
    ("p", "Nej-röst för bifall till motionen: Åsa Grahn (S), Mikael Ström (S), Petra Lund (S), "
          "Lena Sörensen (S), Jenny Åberg (V) och Gunnar Backlund (AP)."),
    ("p", "Med 7 ja-röster mot 6 nej-röster beslutar kommunstyrelsen enligt förvaltningens förslag."),
    lab("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", PROP143),
    lab("Reservation"),
    ("p", "Åsa Grahn (S), Mikael Ström (S), Petra Lund (S), Lena Sörensen (S), Jenny Åberg (V) och "
          "Gunnar Backlund (AP) reserverar sig mot beslutet till förmån för eget yrkande.")]
KS_ITEMS.append(item(143, T143, dnr=D143, key=key(D143), subject="motion", event="proposed",
                     authors=A143, decision=dec("avslag", True, PROP143)))

# KS § 144 proposed per clause, comments in a table
B += ks_head(144, T144, D144) + [
    lab("Sammanfattning"),
    ("p", "Anders Falk (KD) har lämnat en motion om tillgängligheten i kommunens digitala tjänster. "
          "Motionären föreslår att kommunfullmäktige beslutar"),
    ("numlist", "decimal_paren", C144),
    ("p", "Kommunledningsförvaltningen har bedömt motionens förslag var för sig:"),
    ("ptable", [["Att-sats", "Förvaltningens bedömning"],
                ["1", K144[0]], ["2", K144[1]], ["3", K144[2]]],
     {"style": "Table Grid", "bold_first_row": True, "widths_cm": [2.0, 14.4]}),
    lab("Beslutsunderlag"),
    ("p", "Motion 2023-03-27\nTjänsteskrivelse 2023-09-14"),
    lab("Yrkanden"),
    ("p", "Anders Falk (KD) yrkar bifall till förvaltningens förslag."),
    lab("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", PROP144)]
KS_ITEMS.append(item(144, T144, dnr=D144, key=key(D144), subject="motion", event="proposed",
                     authors=A144, clauses=C144, comments=[(1, K144[0]), (2, K144[1]), (3, K144[2])],
                     decision=dec("delvis_bifall", True, PROP144, CO144)))

# KS § 145 proposed besvarad
B += ks_head(145, T145, D145) + [
    lab("Sammanfattning"),
    ("p", "Britt Nordström (C) vill i en motion att alla kommunala verksamheter ska sortera sitt avfall "
          "i minst sex fraktioner. Avfallsplanen för 2024–2030, som kommunfullmäktige antog i maj, "
          "innehåller samma krav med genomförande under 2024 och 2025. Förvaltningen föreslår därför att "
          "motionen anses besvarad."),
    lab("Beslutsunderlag"),
    ("p", "Motion 2023-04-24\nTjänsteskrivelse 2023-09-18"),
    lab("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", DEC145)]
KS_ITEMS.append(item(145, T145, dnr=D145, key=key(D145), subject="motion", event="proposed",
                     authors=A145, decision=dec("besvarad", True, DEC145)))

# KS § 146 återremiss to the förvaltning
B += ks_head(146, T146, D146) + [
    lab("Sammanfattning"),
    ("p", "Patrik Sundqvist (M) har i en motion föreslagit att antalet gästplatser i Alsterviks "
          "småbåtshamn fördubblas. Samhällsbyggnadsförvaltningen har föreslagit att motionen avslås "
          "med hänvisning till att hamnens bryggor behöver renoveras innan de kan byggas ut."),
    lab("Yrkanden"),
    ("p", f"Patrik Sundqvist (M) yrkar att ärendet återremitteras med motiveringen att {R146}."),
    ("p", "Åsa Grahn (S) yrkar bifall till förvaltningens förslag."),
    lab("Beslutsgång"),
    ("p", "Ordföranden frågar om ärendet ska avgöras i dag och finner att kommunstyrelsen beslutar att "
          "återremittera ärendet."),
    lab("Kommunstyrelsens beslut"),
    ("p", DEC146)]
KS_ITEMS.append(item(146, T146, dnr=D146, key=key(D146), subject="motion", event="referred_back",
                     authors=A146, decision=dec("aterremiss", False, DEC146), reason=R146))

# KS § 147 medborgarförslag decided under delegation
B += ks_head(147, T147, D147) + [
    lab("Sammanfattning"),
    ("p", "Rolf Nordin föreslår i ett medborgarförslag att kommunen anlägger en boulebana i "
          "Furulundsparken. Kommunfullmäktige har den 20 mars 2023, § 33, överlåtit åt kommunstyrelsen "
          "att besluta i ärendet. Banan kan anläggas på den grusyta som blev ledig när den gamla "
          "lekplatsen flyttades, till en kostnad av omkring 45 000 kronor inom parkbudgeten."),
    lab("Kommunstyrelsens beslut"),
    ("p", DEC147),
    ("p", "Samhällsbyggnadsförvaltningen får i uppdrag att anlägga banan under våren 2024."),
    lab("Beslutet skickas till"),
    ("p", "Rolf Nordin\nSamhällsbyggnadsförvaltningen")]
KS_ITEMS.append(item(147, T147, dnr=D147, key=key(D147), subject="citizen_proposal",
                     event="decided", authors=A147, decision=dec("bifall", False, DEC147)))

# KS § 148 redovisning
B += ks_head(148, T148, D148) + [
    lab("Sammanfattning"),
    ("p", "Enligt kommunfullmäktiges arbetsordning redovisar kommunstyrelsen varje vår och höst de "
          "motioner och medborgarförslag som inte har kunnat beredas inom ett år. Vid "
          "redovisningstillfället finns fyra motioner och två medborgarförslag som är äldre än ett år "
          "(BUN = barn- och utbildningsnämnden, KFN = kultur- och fritidsnämnden, SBN = "
          "samhällsbyggnadsnämnden, KS = kommunstyrelsen):"),
    redov_rows(),
    lab("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", DEC148)]
KS_ITEMS += redov_items(148)

B += ks_head(149, T_TAXA, D_TAXA) + [
    lab("Sammanfattning"),
    ("p", "Avfallsavdelningen föreslår att renhållningstaxan höjs med i genomsnitt 7 procent från den "
          "1 januari 2024, främst på grund av högre behandlingsavgifter och det nya kravet på "
          "separat insamling av matavfall."),
    ("ptable", TAXA_ROWS, {"style": "Table Grid", "bold_first_row": True,
                           "widths_cm": [8.4, 4.0, 4.0], "font_pt": 9}),
    lab("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Renhållningstaxa 2024 antas och gäller från och med den 1 januari 2024.")]
KS_ITEMS.append(none_item(149, T_TAXA, D_TAXA, key(D_TAXA)))
B += ks_head(150, "Sammanträdesplan 2024 för kommunstyrelsen", "KS.2023.266") + [
    ("p", "Kommunstyrelsen föreslås sammanträda 2024-01-30, 2024-03-05, 2024-04-09, 2024-05-14, "
          "2024-06-11, 2024-08-27, 2024-10-01, 2024-11-05 och 2024-12-03, alla dagar kl. 08.30."),
    lab("Kommunstyrelsens beslut"),
    ("p", "Sammanträdesplanen för 2024 fastställs.")]
KS_ITEMS.append(none_item(150, "Sammanträdesplan 2024 för kommunstyrelsen", "KS.2023.266",
                          key("KS.2023.266")))
B += ks_head(151, "Revidering av kommunstyrelsens delegationsordning", "KS.2023.241") + [
    ("p", "Delegationsordningen har setts över efter att dataskyddsförordningens regler om "
          "personuppgiftsincidenter och den nya lagen om skydd för personer som rapporterar om "
          "missförhållanden tillkommit. Ändringarna framgår av bilaga med ändringsmarkeringar."),
    lab("Kommunstyrelsens beslut"),
    ("p", "Den reviderade delegationsordningen antas och gäller från och med den 15 oktober 2023.")]
KS_ITEMS.append(none_item(151, "Revidering av kommunstyrelsens delegationsordning", "KS.2023.241",
                          key("KS.2023.241")))
B += ks_head(152, T_PSTOD, D_PSTOD) + [
    ("p", "Partistödet består av ett grundstöd på 20 000 kronor per parti och ett mandatstöd på 15 000 "
          "kronor per mandat. Samtliga partier har lämnat redovisning och granskningsrapport för 2022 "
          "inom föreskriven tid."),
    ("ptable", PSTOD_ROWS, {"style": "Table Grid", "bold_first_row": True,
                            "widths_cm": [4.8, 2.0, 3.2, 3.2, 3.2], "font_pt": 9}),
    lab("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Partistöd för 2024 betalas ut enligt tabellen.")]
KS_ITEMS.append(none_item(152, T_PSTOD, D_PSTOD, key(D_PSTOD)))

# KS § 153 bordläggning
B += ks_head(153, T153, D153) + [
    lab("Sammanfattning"),
    ("p", "Yusuf Demir (S) har föreslagit att kommunen utreder samordnad varudistribution till skolor, "
          "förskolor och äldreboenden för att minska antalet leveranser. Förvaltningen föreslår att "
          "motionen bifalls och att utredningen genomförs tillsammans med grannkommunerna."),
    lab("Yrkanden"),
    ("p", "Yusuf Demir (S) yrkar att ärendet bordläggs, eftersom han inte kan delta i behandlingen "
          "i dag."),
    lab("Kommunstyrelsens beslut"),
    ("p", DEC153)]
KS_ITEMS.append(item(153, T153, dnr=D153, key=key(D153), subject="motion", event="postponed",
                     authors=A153, decision=dec("bordlagd", False, DEC153)))

# KS § 154 proposed avskrivning
B += ks_head(154, T154, D154) + [
    lab("Sammanfattning"),
    ("p", "Gunnar Backlund (AP) föreslog 2021 att kommunen skulle erbjuda Trafikverket medfinansiering "
          "av en ny järnvägsstation i Höjden. Motionen har inte kunnat beredas inom ett år. "
          f"Kommunledningsförvaltningen föreslår att motionen avskrivs eftersom {R154}."),
    lab("Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", DEC154)]
KS_ITEMS.append(item(154, T154, dnr=D154, key=key(D154), subject="motion", event="proposed",
                     authors=A154, decision=dec("avskriven", True, DEC154), reason=R154))

B += ks_head(155, "Anmälan av delegationsbeslut", "KS.2023.004") + [
    ("p", "Förteckning över delegationsbeslut fattade under perioden 2023-08-22–2023-09-25 redovisas: "
          "personalärenden (kommundirektören), yttranden över serveringstillstånd (kanslichefen), "
          "upphandlingsbeslut under 700 000 kronor (ekonomichefen) och beslut om "
          "bostadsanpassningsbidrag (samhällsbyggnadschefen)."),
    lab("Kommunstyrelsens beslut"),
    ("p", "Redovisningen av delegationsbeslut läggs till handlingarna.")]
KS_ITEMS.append(none_item(155, "Anmälan av delegationsbeslut", "KS.2023.004", key("KS.2023.004")))
B += ks_head(156, "Meddelanden") + [
    ("bullets", ["Länsstyrelsen: beslut om tillstånd för kameraövervakning vid Alsterbo skola",
                 "Kommunens revisorer: granskning av upphandlingsverksamheten",
                 "SKR: cirkulär 23:41 om budgetförutsättningar för åren 2023–2027"]),
    lab("Kommunstyrelsens beslut"),
    ("p", "Meddelandena läggs till handlingarna.")]
KS_ITEMS.append(none_item(156, "Meddelanden"))

KS_DOC = {
    "stem": "alsterbo-ks-2023-10-03_protokoll", "format": "docx", "font": "Calibri", "size": 11,
    "core_title": "Kommunstyrelsen 2023-10-03", "core_author": "Malin Torstensson",
    "header": ["ALSTERBO KOMMUN\tProtokoll\tSida {PAGE} av {NUMPAGES}",
               "Kommunstyrelsen\t\t2023-10-03"],
    "footer": [("table", [["Ordförandes sign", "Justerandes sign", "Utdragsbestyrkande"],
                          ["", "", ""]],
                {"style": "Table Grid", "widths_cm": [5.4, 5.4, 5.6], "row_heights_cm": [None, 0.9]})],
    "blocks": B,
    "truth": truth("protocol", MUNI, "KS", KS_DATE, KS_ITEMS),
}

# ================================================================ KF kallelse
KF_ITEMS = []
K = []
NUM = iter(range(1, 17))


def agenda(par, title, dnr=None, ks_ref=None):
    n = next(NUM)
    out = [("head", f"{n}.\t§ {par}", {"style": "Heading 2", "space_before": 16}),
           ("head", title + (f" ({ks_ref})" if ks_ref else ""), {"style": "Heading 3"})]
    if dnr:
        out.append(("p", f"Dnr {dnr}"))
    return n, out


def bilagor(files):
    return [lab("Bilagor"), ("lines", files)]


K += [
    ("p", "ALSTERBO KOMMUN", {"bold": True, "size": 13, "space_after": 0}),
    ("p", "Kommunfullmäktige", {"size": 12}),
    ("title", "Kallelse"),
    ("p", "Ledamöterna kallas till sammanträde med kommunfullmäktige. Ersättarna underrättas om "
          "sammanträdet och tjänstgör vid förhinder för ordinarie ledamot."),
    ("ptable", [["Tid", "Måndagen den 23 oktober 2023 kl. 18.30"],
                ["Plats", "Folkets hus, Stora salen, Alsterbo"],
                ["Ordförande", "Karl-Erik Nyberg (M)"],
                ["Sekreterare", "Malin Torstensson"]],
     {"widths_cm": [3.6, 12.8], "bold_first_col": True}),
    ("p", "Förhinder anmäls till kommunkansliet, telefon 0541-88 10 00, senast fredagen den 20 oktober. "
          "Sammanträdet sänds på kommunens webbplats."),
    ("head", "Föredragningslista", {"style": "Heading 1"}),
]

n, blk = agenda(118, "Val av justerare och tid för justering")
K += blk + [("p", "Ordföranden föreslår att protokollet justeras på kommunkansliet torsdagen den 26 "
                  "oktober 2023 kl. 15.00.")]
KF_ITEMS.append(none_item(118, "Val av justerare och tid för justering", agenda=n))
n, blk = agenda(119, "Godkännande av dagordningen")
K += blk
KF_ITEMS.append(none_item(119, "Godkännande av dagordningen", agenda=n))
n, blk = agenda(120, "Allmänhetens frågestund")
K += blk + [("p", "Allmänheten får ställa frågor om kommunens verksamhet i högst 20 minuter. Frågorna "
                  "bör lämnas till kommunkansliet i förväg.")]
KF_ITEMS.append(none_item(120, "Allmänhetens frågestund", agenda=n))
n, blk = agenda(121, "Anmälan av nya motioner", "KS.2023.005")
K += blk + [lab("Beskrivning av ärendet"),
            ("p", "Vid tidpunkten för kallelsens utskick har inga nya motioner lämnats in. Motioner som "
                  "lämnas in efter utskicket delas ut vid sammanträdet.")]
KF_ITEMS.append(none_item(121, "Anmälan av nya motioner", "KS.2023.005", key("KS.2023.005"), agenda=n))
n, blk = agenda(122, "Anmälan av interpellationer och frågor", "KS.2023.006")
K += blk + [lab("Beskrivning av ärendet"),
            ("p", "Jenny Åberg (V) har lämnat in en interpellation till kommunstyrelsens ordförande "
                  "Henrik Wallin (M) om bemanningen i hemtjänsten under sommaren 2023. Svaret delas ut "
                  "vid sammanträdet.")]
KF_ITEMS.append(none_item(122, "Anmälan av interpellationer och frågor", "KS.2023.006",
                          key("KS.2023.006"), agenda=n))
n, blk = agenda(123, T_DELAR, D_DELAR, "KS 2023-10-03, § 141")
K += blk + [lab("Kommunstyrelsens förslag till beslut"),
            ("p", "- Delårsrapporten för januari–augusti 2023 godkänns."),
            lab("Beskrivning av ärendet"),
            ("p", "Prognosen för helåret är ett resultat på 14,2 miljoner kronor. Socialnämnden "
                  "prognostiserar ett underskott och har fått i uppdrag att ta fram en åtgärdsplan.")]
K += bilagor(["Tjänsteskrivelse Delårsrapport januari–augusti 2023.pdf",
              "Delårsrapport januari–augusti 2023.pdf",
              "Revisorernas bedömning av delårsrapporten.pdf"])
KF_ITEMS.append(none_item(123, T_DELAR, D_DELAR, key(D_DELAR), agenda=n))

n, blk = agenda(124, T142, D142, "KS 2023-10-03, § 142")
K += blk + [lab("Kommunstyrelsens förslag till beslut"),
            ("p", "- Motionen bifalls."),
            ("p", "- Kostnaden finansieras inom barn- och utbildningsnämndens budgetram."),
            lab("Beskrivning av ärendet"),
            ("p", f"{authors_text(A142)} har föreslagit att personalen i förskolan får arbetskläder "
                  "som kommunen betalar och tvättar. Barn- och utbildningsnämnden har tillstyrkt "
                  "motionen.")]
K += bilagor([f"Protokollsutdrag KS 2023-10-03 § 142 {T142}.pdf",
              f"Tjänsteskrivelse {T142}.pdf", "Motion kostnadsfria arbetskläder förskolan.pdf"])
KF_ITEMS.append(item(124, T142, agenda=n, dnr=D142, key=key(D142), subject="motion",
                     event="proposed", authors=A142, decision=dec("bifall", True, "Motionen bifalls.")))

n, blk = agenda(125, T143, D143, "KS 2023-10-03, § 143")
K += blk + [lab("Kommunstyrelsens förslag till beslut"),
            ("p", "- Motionen avslås."),
            ("p", "Reservation i kommunstyrelsen: ledamöterna för S, V och AP."),
            lab("Beskrivning av ärendet"),
            ("p", "Jenny Åberg (V) föreslår en kommunal bostadsförmedling. Kommunstyrelsen beslutade "
                  "efter votering att föreslå att motionen avslås.")]
K += bilagor([f"Protokollsutdrag KS 2023-10-03 § 143 {T143}.pdf", f"Tjänsteskrivelse {T143}.pdf"])
KF_ITEMS.append(item(125, T143, agenda=n, dnr=D143, key=key(D143), subject="motion",
                     event="proposed", authors=A143, decision=dec("avslag", True, "Motionen avslås.")))

n, blk = agenda(126, T144, D144, "KS 2023-10-03, § 144")
K += blk + [lab("Kommunstyrelsens förslag till beslut"),
            ("p", "- " + KF144),
            lab("Beskrivning av ärendet"),
            ("p", "Anders Falk (KD) har föreslagit att kommunfullmäktige beslutar"),
            ("numlist", "decimal_paren", C144),
            ("p", "Kommunstyrelsen instämmer i förvaltningens bedömning att de två första förslagen kan "
                  "genomföras inom befintliga resurser, medan en särskild telefonlinje inte bedöms ge "
                  "tillräcklig nytta i förhållande till kostnaden.")]
K += bilagor([f"Protokollsutdrag KS 2023-10-03 § 144 {T144}.pdf",
              f"Tjänsteskrivelse {T144}.pdf"])
KF_ITEMS.append(item(126, T144, agenda=n, dnr=D144, key=key(D144), subject="motion",
                     event="proposed", authors=A144, clauses=C144,
                     decision=dec("delvis_bifall", True, KF144, CO144)))

n, blk = agenda(127, T145, D145, "KS 2023-10-03, § 145")
K += blk + [lab("Kommunstyrelsens förslag till beslut"),
            ("p", "- " + DEC145),
            lab("Beskrivning av ärendet"),
            ("p", "Britt Nordström (C) föreslår källsortering i alla kommunala verksamheter. Kravet finns "
                  "redan i den antagna avfallsplanen.")]
K += bilagor([f"Protokollsutdrag KS 2023-10-03 § 145 {T145}.pdf"])
KF_ITEMS.append(item(127, T145, agenda=n, dnr=D145, key=key(D145), subject="motion",
                     event="proposed", authors=A145, decision=dec("besvarad", True, DEC145)))

n, blk = agenda(128, T154, D154, "KS 2023-10-03, § 154")
K += blk + [lab("Kommunstyrelsens förslag till beslut"),
            ("p", "- " + DEC154),
            lab("Beskrivning av ärendet"),
            ("p", f"Motionen från Gunnar Backlund (AP) har inte kunnat beredas inom ett år. "
                  f"Kommunstyrelsen föreslår att den avskrivs eftersom {R154}.")]
KF_ITEMS.append(item(128, T154, agenda=n, dnr=D154, key=key(D154), subject="motion",
                     event="proposed", authors=A154, decision=dec("avskriven", True, DEC154),
                     reason=R154))

n, blk = agenda(129, T148, D148, "KS 2023-10-03, § 148")
K += blk + [lab("Kommunstyrelsens förslag till beslut"),
            ("p", "- " + DEC148),
            lab("Beskrivning av ärendet"),
            ("p", "Följande motioner och medborgarförslag har inte beretts färdigt inom ett år:"),
            redov_rows()]
KF_ITEMS += redov_items(129, agenda=n)

n, blk = agenda(130, T_TAXA, D_TAXA, "KS 2023-10-03, § 149")
K += blk + [lab("Kommunstyrelsens förslag till beslut"),
            ("p", "- Renhållningstaxa 2024 antas och gäller från och med den 1 januari 2024."),
            lab("Beskrivning av ärendet"),
            ("p", "Taxan höjs med i genomsnitt 7 procent.")]
K += bilagor(["Renhållningstaxa 2024.pdf", "Protokollsutdrag KS 2023-10-03 § 149.pdf"])
KF_ITEMS.append(none_item(130, T_TAXA, D_TAXA, key(D_TAXA), agenda=n))
n, blk = agenda(131, T_PSTOD, D_PSTOD, "KS 2023-10-03, § 152")
K += blk + [lab("Kommunstyrelsens förslag till beslut"),
            ("p", "- Partistöd för 2024 betalas ut enligt tabellen i kommunstyrelsens protokoll.")]
KF_ITEMS.append(none_item(131, T_PSTOD, D_PSTOD, key(D_PSTOD), agenda=n))
n, blk = agenda(132, "Fyllnadsval av ersättare i kultur- och fritidsnämnden", "KS.2023.012")
K += blk + [lab("Beskrivning av ärendet"),
            ("p", "Sara Lindholm (SD) har avsagt sig uppdraget som ersättare i kultur- och "
                  "fritidsnämnden. Valberedningens förslag delas ut vid sammanträdet.")]
KF_ITEMS.append(none_item(132, "Fyllnadsval av ersättare i kultur- och fritidsnämnden",
                          "KS.2023.012", key("KS.2023.012"), agenda=n))
n, blk = agenda(133, "Meddelanden")
K += blk + [("p", "Förteckning över meddelanden finns tillgänglig i mötesappen.")]
KF_ITEMS.append(none_item(133, "Meddelanden", agenda=n))
K += [("empty",), ("p", "Karl-Erik Nyberg (M)\nOrdförande"), ("p", "Malin Torstensson\nSekreterare")]

KF_DOC = {
    "stem": "alsterbo-kf-2023-10-23_kallelse", "format": "docx", "font": "Calibri", "size": 11,
    "core_title": "Kallelse kommunfullmäktige 2023-10-23", "core_author": "Malin Torstensson",
    "header": ["Alsterbo kommun\tKallelse kommunfullmäktige 2023-10-23\tSida {PAGE} av {NUMPAGES}"],
    "footer": ["Alsterbo kommun · Kommunkansliet · 0541-88 10 00 · www.alsterbo.se"],
    "blocks": K,
    "truth": truth("agenda", MUNI, "KF", KF_DATE, KF_ITEMS),
}

DOCS = [KS_DOC, KF_DOC]
