"""Case salvik-ks-2022-118 (held out).

Sälviks kommun, Dnr written "KS 2022.118".

* 1_motion: clauses as a Word list lettered "a)"; signed "Berit Holm,
  Kristdemokraterna" (party given as the full party name; truth party "KD");
  date "7/3 2022"; no Dnr.
* 2_tjansteutlatande: the subject is given under a Heading 1 "Ärende" as a
  plain paragraph (no Title style); date written "29 augusti 2022"; the
  comments sit under Heading 3 headings that name the clause by its letter
  ("a) Inrättande av ..."); proposes bifall.
* 3_ks-protokoll: KS extract whose decision is "Kommunstyrelsen beslutar att
  föreslå kommunfullmäktige att bifalla motionen."; a yrkande on avslag, a
  vote and a reservation; clauses only summarised.
"""
from truthlib import SIG, truth, decision

MUNI = "Sälviks kommun"
DNR = "KS 2022.118"
KEY = "KS 2022/118"

CA = "att Sälviks kommun inrättar en funktion som äldreombudsman"
CB = ("att äldreombudsmannen placeras organisatoriskt under kommunstyrelsen och inte under "
      "vård- och omsorgsnämnden")
CC = "att äldreombudsmannen varje år lämnar en rapport om sina iakttagelser till kommunfullmäktige"
CLAUSES = [CA, CB, CC]

TITLE_M = "Motion om en äldreombudsman i Sälviks kommun"
TITLE_S = "Svar på motion om en äldreombudsman i Sälviks kommun"

motion = {
    "stem": "salvik-ks-2022-118_1_motion",
    "format": "docx", "font": "Georgia", "size": 11,
    "core_title": TITLE_M, "core_author": "Berit Holm",
    "header": ["Kristdemokraterna i Sälvik\t\tMotion"],
    "blocks": [
        ("p", "Till kommunfullmäktige"),
        ("title", TITLE_M),
        ("p", "Allt fler av kommunens invånare är över 80 år. Många av dem, och deras anhöriga, "
              "vet inte vart de ska vända sig när de har frågor om hemtjänst, särskilt boende eller "
              "avgifter, eller när de är missnöjda med den vård och omsorg de får. Synpunkter "
              "lämnas ofta till samma enhet som har fattat beslutet eller utför insatsen."),
        ("p", "Flera kommuner har inrättat en äldreombudsman som äldre och anhöriga kan vända sig "
              "till för råd och stöd. Ombudsmannen kan hjälpa till att formulera en klagan, förklara "
              "hur man överklagar ett biståndsbeslut och se mönster i de synpunkter som kommer in. "
              "För att fungera måste ombudsmannen vara fristående från den verksamhet som "
              "granskas."),
        ("p", "Jag föreslår att kommunfullmäktige beslutar"),
        ("numlist", "lower_paren", CLAUSES),
        ("empty",),
        ("p", "Sälvik 7/3 2022"),
        ("empty",),
        ("p", "Berit Holm, Kristdemokraterna"),
        ("p", "Ledamot i kommunfullmäktige", {"italic": True}),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2022-03-07",
                   authors=[("Berit Holm", "KD")], clauses=CLAUSES),
}

KA = ("Förvaltningen instämmer i motionärens beskrivning. Under 2021 kom 143 synpunkter och "
      "klagomål från äldre och anhöriga in till vård- och omsorgsförvaltningen, men det saknas i "
      "dag en samlad bild av vad de handlar om. En äldreombudsman kan ge äldre och anhöriga stöd "
      "och samtidigt ge nämnden underlag för att förbättra verksamheten. Förvaltningen föreslår att "
      "en tjänst som äldreombudsman inrättas från den 1 januari 2023.")
KB = ("För att ombudsmannen ska uppfattas som oberoende bör tjänsten inte vara placerad i den "
      "förvaltning vars beslut och insatser ombudsmannen ska granska. Förvaltningen delar därför "
      "motionärens uppfattning att tjänsten bör placeras på kommunledningskontoret under "
      "kommunstyrelsen.")
KC = ("En årlig rapport till kommunfullmäktige ger fullmäktige insyn i hur äldre och anhöriga "
      "upplever vården och omsorgen. Rapporten kan lämnas i samband med att vård- och "
      "omsorgsnämndens verksamhetsberättelse behandlas.")
DEC = "Kommunfullmäktige bifaller motionen."

tu = {
    "stem": "salvik-ks-2022-118_2_tjansteutlatande",
    "format": "docx", "font": "Georgia", "size": 11,
    "core_title": TITLE_S, "core_author": "Patrik Ås",
    "header": ["SÄLVIKS KOMMUN\tTJÄNSTEUTLÅTANDE\tSida {PAGE}({NUMPAGES})",
               "Vård- och omsorgsförvaltningen"],
    "footer": ["Sälviks kommun, 452 80 Sälvik. Besöksadress Rådhusgatan 4. Tel 0525-180 00."],
    "blocks": [
        ("table", [["Datum", "Diarienummer"],
                   ["29 augusti 2022", DNR],
                   ["Handläggare", "Mottagare"],
                   ["Patrik Ås, kvalitetsutvecklare\n0525-182 67, patrik.as@salvik.se",
                    "Kommunstyrelsen"]],
         {"widths_cm": [8.2, 8.2]}),
        ("h1", "Ärende"),
        ("p", TITLE_S),
        ("h1", "Förvaltningens förslag till beslut"),
        ("p", DEC),
        ("h1", "Sammanfattning av ärendet"),
        ("p", "Berit Holm (KD) föreslår i en motion att kommunen inrättar en äldreombudsman som är "
              "fristående från vård- och omsorgsnämnden och som varje år rapporterar till "
              "kommunfullmäktige. Förvaltningen bedömer att en äldreombudsman skulle stärka äldres "
              "och anhörigas ställning och föreslår att motionen bifalls."),
        ("h1", "Beskrivning av ärendet"),
        ("p", "Motionen väcktes vid kommunfullmäktiges sammanträde den 28 mars 2022 och har "
              "remitterats till vård- och omsorgsförvaltningen för beredning. I motionen föreslås "
              "att kommunfullmäktige beslutar"),
        ("numlist", "lower_paren", CLAUSES),
        ("p", "Förvaltningen har inhämtat erfarenheter från tre kommuner av liknande storlek som har "
              "en äldreombudsman. I samtliga fall är ombudsmannen en heltidstjänst, och antalet "
              "ärenden har ökat under de första åren i takt med att funktionen blivit känd."),
        ("h1", "Förvaltningens synpunkter"),
        ("h3", "a) Inrättande av en äldreombudsman"),
        ("p", KA),
        ("h3", "b) Organisatorisk placering"),
        ("p", KB),
        ("h3", "c) Årlig rapport till fullmäktige"),
        ("p", KC),
        ("h1", "Ekonomiska konsekvenser"),
        ("p", "En heltidstjänst som äldreombudsman beräknas kosta 780 000 kronor per år inklusive "
              "personalomkostnader, lokal och utrustning. Kostnaden föreslås finansieras genom en "
              "utökning av kommunstyrelsens ram från 2023."),
        ("h1", "Uppföljning"),
        ("p", "Verksamheten följs upp genom den årliga rapporten till kommunfullmäktige."),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Berit Holm (KD), daterad 7/3 2022\nDetta tjänsteutlåtande"),
        ("h1", "Expedieras till"),
        ("p", "Kommunfullmäktige\nVård- och omsorgsnämnden\nKommunledningskontoret"),
        ("empty",),
        ("p", "Maria Lönn\nFörvaltningschef"),
        ("empty",),
        ("p", "Patrik Ås\nKvalitetsutvecklare"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_S, MUNI, "KS", "2022-08-29", officer="Patrik Ås",
                   authors=[("Berit Holm", "KD")], clauses=CLAUSES,
                   comments=[(1, KA), (2, KB), (3, KC)],
                   decision=decision("bifall", True, DEC)),
}

# the KS extract retells the clauses in one sentence (issue 11 convention)
R1 = "att kommunen inrättar en äldreombudsman"
R2 = "att ombudsmannen placeras under kommunstyrelsen"
R3 = "att ombudsmannen varje år rapporterar till kommunfullmäktige"
DEC_KS = "Kommunstyrelsen beslutar att föreslå kommunfullmäktige att bifalla motionen."

ks = {
    "stem": "salvik-ks-2022-118_3_ks-protokoll",
    "format": "docx", "font": "Georgia", "size": 11,
    "core_title": "Protokollsutdrag KS 2022-10-03 § 142", "core_author": "Helén Dahlberg",
    "header": [("table", [["Sälviks kommun", "PROTOKOLLSUTDRAG", "{PAGE} ({NUMPAGES})"],
                          ["Kommunstyrelsen", "Sammanträdesdatum: 2022-10-03", ""]],
                {"widths_cm": [6.4, 7.0, 3.0]})],
    "footer": ["Protokollsutdrag Kommunstyrelsen 2022-10-03"],
    "blocks": [
        ("p", "KS § 142\t\tDnr KS 2022.118", {"bold": True}),
        ("h2", TITLE_S),
        ("h3", "Sammanfattning"),
        ("p", f"Berit Holm (KD) har i en motion föreslagit {R1}, {R2} och {R3}."),
        ("p", "Vård- och omsorgsförvaltningen föreslår i tjänsteutlåtande den 29 augusti 2022 att "
              "motionen bifalls. Kostnaden beräknas till 780 000 kronor per år."),
        ("h3", "Beslutsunderlag"),
        ("p", "Tjänsteutlåtande 2022-08-29\nMotion 2022-03-07"),
        ("h3", "Yrkanden"),
        ("p", "Berit Holm (KD) yrkar bifall till förvaltningens förslag."),
        ("p", "Jan Ström (M) yrkar avslag på motionen med hänvisning till kostnaden."),
        ("h3", "Beslutsgång"),
        ("p", "Ordföranden ställer proposition på Berit Holms yrkande mot Jan Ströms yrkande och "
              "finner att kommunstyrelsen bifaller Berit Holms yrkande. Votering begärs."),
        ("p", "Den som vill bifalla Berit Holms yrkande röstar ja, den som vill bifalla Jan Ströms "
              "yrkande röstar nej. Med 7 ja-röster mot 4 nej-röster beslutar kommunstyrelsen enligt "
              "Berit Holms yrkande."),
        ("h3", "Beslut"),
        ("p", DEC_KS),
        ("h3", "Reservation"),
        ("p", "Jan Ström (M) och Eva Lund (M) reserverar sig mot beslutet till förmån för Jan "
              "Ströms yrkande."),
        ("h3", "Skickas till"),
        ("p", "Kommunfullmäktige"),
        ("empty",),
        SIG,
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_S, MUNI, "KS", "2022-10-03",
                   authors=[("Berit Holm", "KD")], clauses=[R1, R2, R3],
                   decision=decision("bifall", True, DEC_KS)),
}

DOCS = [motion, tu, ks]
