"""Case tegelsta-ks-2023-1187 (style samples, area b/c).

Tegelsta stad (a city with borgarråd and rotlar, Stockholm-style). Motion
numbered "2023:41"; the case Dnr "KS 2023/1187" first appears in the
utlåtande header "Utlåtande 2024:57 RII (Dnr KS 2023/1187)".

* 1_motion: "Motion (2023:41) av Leila Haddad (V) om …" as a line above the
  title; no Dnr.
* 2_utlatande: header line with the utlåtande number, rotel and Dnr; the
  proposal first ("Kommunstyrelsen föreslår att kommunfullmäktige beslutar
  följande." + the decision repeating the whole motion reference, "anses
  besvarad med hänvisning till vad som sägs i utlåtandet"); "Föredragande
  borgarrådet … anför följande."; Ärendet retells the motion in one sentence
  (the only place the clauses appear); Beredning with each remiss body's
  stance in its own paragraph ("Tekniska nämnden beslutade att avstyrka
  motionen", "… anser …", "… delar motionärens uppfattning …"); the
  borgarråd's own view; reservation and särskilt uttalande. Several
  references: Motion 2023:41, Utlåtande 2022:118 RII, TN 2023/2210.
* 3_kf-protokoll.txt: KF extract as plain text hard-wrapped at about 70
  characters with hyphenated line ends (only in words outside the truth
  strings); yrkanden, vote "efter votering 52 - 31", reservation.
"""
from truthlib import decision, truth

MUNI = "Tegelsta stad"
DNR = "KS 2023/1187"
KEY = "KS 2023/1187"
AUTHORS = [("Leila Haddad", "V")]

C1 = "att Tegelsta stad tar fram en samlad plan för offentliga toaletter i stadens parker och grönområden"
C2 = "att parktoaletterna hålls öppna året runt och inte bara under sommarsäsongen"
C3 = ("att alla nya offentliga toaletter utformas så att de är tillgängliga för personer med "
      "funktionsnedsättning och kan användas av alla oavsett kön")
CLAUSES = [C1, C2, C3]

TITLE_M = "Motion om fler offentliga toaletter i stadens parker"
TITLE_U = "Fler offentliga toaletter i stadens parker"

motion = {
    "stem": "tegelsta-ks-2023-1187_1_motion",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": TITLE_M, "core_author": "Leila Haddad",
    "footer": ["Vänsterpartiet i Tegelsta stadshus · Rum 214"],
    "blocks": [
        ("p", "Motion (2023:41) av Leila Haddad (V) till kommunfullmäktige", {"size": 10}),
        ("title", TITLE_M),
        ("p", "Den som vill tillbringa en hel dag i Kvarnparken, Strandängen eller Norra "
              "stadsskogen behöver veta var närmaste toalett finns. För många äldre, för "
              "barnfamiljer och för personer med mag- och tarmsjukdomar är det avgörande för om de "
              "alls kan gå ut. I dag har staden elva parktoaletter. Sju av dem är stängda mellan "
              "oktober och april, och bara tre är anpassade för rullstol."),
        ("p", "När toaletter saknas används buskar och portar i stället. Det är ett problem för "
              "parkförvaltningen och för de boende runt parkerna, och det drabbar i första hand "
              "kvinnor, som i undersökningar ofta anger brist på toaletter som ett skäl att korta "
              "sina besök i parker och på torg."),
        ("p", "Staden saknar i dag en samlad bild av var toaletterna behövs. Besluten om att öppna, "
              "stänga eller bygga toaletter fattas av flera nämnder var för sig, och det finns "
              "ingen som har ansvar för helheten."),
        ("p", "Jag föreslår att kommunfullmäktige beslutar"),
        ("p", C1),
        ("p", C2),
        ("p", C3),
        ("empty",),
        ("p", "Tegelsta den 20 april 2023"),
        ("empty",),
        ("p", "Leila Haddad (V)"),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2023-04-20",
                   authors=AUTHORS, clauses=CLAUSES),
}

# ---------------------------------------------------------------- 2 utlåtande
DEC = ("Motion (2023:41) av Leila Haddad (V) om fler offentliga toaletter i stadens parker anses "
       "besvarad med hänvisning till vad som sägs i utlåtandet.")

utl = {
    "stem": "tegelsta-ks-2023-1187_2_utlatande",
    "format": "docx", "font": "Georgia", "size": 11,
    "core_title": "Utlåtande 2024:57 RII", "core_author": "Stadsledningskontoret",
    "header": ["Tegelsta stad\t\tUtlåtande 2024:57 RII", "Kommunstyrelsen\t\tSida {PAGE} av {NUMPAGES}"],
    "blocks": [
        ("p", "Utlåtande 2024:57 RII (Dnr KS 2023/1187)", {"bold": True}),
        ("title", TITLE_U),
        ("p", "Motion (2023:41) av Leila Haddad (V)", {"italic": True}),
        ("p", "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande."),
        ("p", DEC, {"indent_cm": 0.8}),
        ("p", "Föredragande borgarrådet Karin Wessel anför följande."),
        ("h2", "Ärendet"),
        ("p", "Leila Haddad (V) föreslår i en motion " + C1 + ", " + C2 + " och " + C3 + "."),
        ("p", "Motionären anför att staden har elva parktoaletter, att de flesta av dem är stängda "
              "under vinterhalvåret och att ansvaret för toaletterna är delat mellan flera nämnder."),
        ("h2", "Beredning"),
        ("p", "Ärendet har remitterats till tekniska nämnden, stadsdelsnämnden Norra Tegelsta, "
              "stadsdelsnämnden Södra Tegelsta och kommunala funktionsrättsrådet."),
        ("p", "Tekniska nämnden beslutade den 14 november 2023 att avstyrka motionen (dnr "
              "TN 2023/2210). Nämnden anser att frågan om parktoaletter redan omfattas av "
              "nämndens parkprogram och att en särskild plan inte behövs. Att hålla samtliga "
              "toaletter öppna året runt skulle kräva vinteranpassning av sju byggnader och kosta "
              "omkring 1,2 miljoner kronor per år i drift."),
        ("p", "Stadsdelsnämnden Norra Tegelsta anser att behovet är störst i Kvarnparken och vid "
              "Strandängens badplats, och att åtminstone en toalett i varje större park bör hållas "
              "öppen hela året."),
        ("p", "Stadsdelsnämnden Södra Tegelsta delar motionärens uppfattning att ansvaret för "
              "parktoaletterna är otydligt och tillstyrker att en samlad plan tas fram."),
        ("p", "Kommunala funktionsrättsrådet tillstyrker motionen och framhåller att tillgängliga "
              "toaletter är en förutsättning för att personer med funktionsnedsättning ska kunna "
              "använda stadens parker."),
        ("h2", "Mina synpunkter"),
        ("p", "Jag delar motionärens uppfattning att tillgång till toaletter är en viktig del av "
              "att göra parkerna tillgängliga för alla. Stadens parkprogram, som tekniska nämnden "
              "antog 2022 (Utlåtande 2022:118 RII), innehåller redan riktlinjer för var toaletter "
              "ska finnas och hur de ska utformas. Nya toaletter byggs sedan 2021 tillgängliga och "
              "utan uppdelning efter kön."),
        ("p", "Inför vintersäsongen 2024/25 har tekniska nämnden fått i uppdrag i budgeten att hålla "
              "toaletterna i Kvarnparken och vid Strandängen öppna året runt. Erfarenheterna från "
              "den försöksperioden bör avvaktas innan fler toaletter vinteranpassas. Med detta "
              "anser jag att motionen är besvarad."),
        ("h2", "Bilagor"),
        ("p", "Reservationer m.m.\nMotion (2023:41) av Leila Haddad (V)"),
        ("p", "Borgarrådsberedningen", {"bold": True}),
        ("p", "Reservation anförs av borgarrådet Sara Amini (V) enligt följande. Jag föreslår att "
              "kommunstyrelsen föreslår kommunfullmäktige att bifalla motionen. Alla parker med mer "
              "än en viss storlek borde ha en toalett som är öppen året runt."),
        ("p", "Särskilt uttalande görs av borgarrådet Tomas Ek (S) enligt följande. Vi ser fram emot "
              "en snabb utvärdering av försöket med vinteröppna toaletter."),
        ("p", "Kommunstyrelsen", {"bold": True}),
        ("p", "Kommunstyrelsen delar borgarrådsberedningens uppfattning och föreslår att "
              "kommunfullmäktige beslutar enligt följande."),
        ("p", DEC, {"indent_cm": 0.8}),
        ("p", "Tegelsta den 6 mars 2024"),
        ("lines", ["På kommunstyrelsens vägnar:", "KARIN WESSEL", "\t\tAnna Brodin"]),
        ("p", "Reservation anfördes av Sara Amini (V) och Aron Lind (V) med hänvisning till "
              "reservationen i borgarrådsberedningen."),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_U, MUNI, "KS", "2024-03-06",
                   authors=AUTHORS, clauses=CLAUSES,
                   decision=decision("besvarad", True, DEC)),
}

# ---------------------------------------------------------------- 3 KF (hard-wrapped text)
DEC_KF = ("Kommunfullmäktige beslutade att motion (2023:41) av Leila Haddad (V) om fler offentliga "
          "toaletter i stadens parker anses besvarad med hänvisning till vad som sägs i "
          "utlåtandet.")

kf_text = """TEGELSTA STAD                                     PROTOKOLLSUTDRAG
Kommunfullmäktige                                  2024-04-08

§ 14
Fler offentliga toaletter i stadens parker
Motion (2023:41) av Leila Haddad (V)
Utlåtande 2024:57 RII
Dnr KS 2023/1187

Ärendet behandlades i enlighet med kommunstyrelsens förslag i utlå-
tande 2024:57 RII. Motionen, som handlar om toaletter i parkerna och
om hur de ska utformas, har remitterats till tekniska nämnden, två
stadsdelsnämnder och kommunala funktionsrättsrådet. Tekniska nämn-
den har avstyrkt motionen.

Yrkanden
Leila Haddad (V) yrkade bifall till den reservation som borgarrådet
Sara Amini (V) anfört i kommunstyrelsen, det vill säga bifall till
motionen.
Borgarrådet Karin Wessel (M) yrkade bifall till kommunstyrelsens
förslag.

Propositionsordning
Ordföranden ställde proposition på kommunstyrelsens förslag och på
Leila Haddads yrkande och fann att fullmäktige beslutat enligt kom-
munstyrelsens förslag. Votering begärdes.
Kommunfullmäktige beslutade enligt kommunstyrelsens förslag efter
votering 52 - 31. Fyra ledamöter avstod. Voteringslistan finns i
bilaga 2.

Beslut
Kommunfullmäktige beslutade att motion (2023:41) av Leila Haddad (V)
om fler offentliga toaletter i stadens parker anses besvarad med
hänvisning till vad som sägs i utlåtandet.

Reservation
Vänsterpartiets ledamöter reserverade sig mot beslutet till förmån
för Leila Haddads yrkande.

Vid protokollet
Marianne Holst

Justerat 2024-04-15
Per Lindgren                      Amira Nilsson
"""

kf = {
    "stem": "tegelsta-ks-2023-1187_3_kf-protokoll",
    "format": "txt", "encoding": "utf-8",
    "text": kf_text,
    "truth": truth("protocol_extract", DNR, KEY, TITLE_U, MUNI, "KF", "2024-04-08",
                   authors=AUTHORS,
                   decision=decision("besvarad", False, DEC_KF)),
}

DOCS = [motion, utl, kf]
