"""Case lommeby-ks-2024-88 (held out, batch 6).

Lommeby kommun, Dnr written "KS 2024/88" (in the motion only in a registry
stamp). Chain motion -> förslag till svar -> KS, where KS proposes a per-clause
outcome told by content.

* 1_motion: title containing "att"; a background sentence starting "Att ..."
  and "Vi vill att ..." wishes; the introducer "Med anledning av ovanstående
  yrkar Vänsterpartiet:" and the whole typed list "1. Att ...", "2. ...",
  "3. ..." in ONE paragraph with soft line breaks (w:br); only item 1 has
  "Att", items 2 and 3 are ska-sentences; signature "Sara Lindqvist," /
  "för Vänsterpartiet Lommeby"; date "Lommeby den 3 mars 2024".
* 2_svar: the motion is only retold in prose ("föreslår i en motion att A, att
  B och att C"); comments by "punkt 1/2/3"; an earlier case's Dnr
  (KS 2021/304) in a sentence; "Motionen anses besvarad."
* 3_ks-protokoll: "§ 78<TAB>KS 2024/88"; retold "med förslag att A, att B samt
  att C"; KS proposes "Motionen dels bifalls gällande ..., dels avslås
  avseende ..." (by content).
"""
from truthlib import SIG, truth, decision

MUNI = "Lommeby kommun"
DNR = "KS 2024/88"
KEY = "KS 2024/88"
AUTHORS = [("Sara Lindqvist", "V")]

TITLE_M = "Motion om att installera hörselslingor i kommunens möteslokaler"
TITLE_A = "Svar på motion om att installera hörselslingor i kommunens möteslokaler"

C1 = ("Att kommunfullmäktige beslutar att hörselslingor installeras i fullmäktigesalen, i Folkets "
      "hus, på Norrvreta bibliotek och i matsalen på Lommebygården under 2024")
C2 = ("Samtliga slingor i kommunens lokaler ska kontrolleras minst en gång per år och resultatet ska "
      "redovisas för kommunstyrelsen")
C3 = "Lokaler med slinga ska märkas med hörselsymbolen vid entrén och anges på kommunens webbplats"

motion = {
    "stem": "lommeby-ks-2024-88_1_motion",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": TITLE_M, "core_author": "Sara Lindqvist",
    "blocks": [
        ("p", "LOMMEBY KOMMUN\nKommunstyrelsen\nInkom 2024-03-05\nDnr KS 2024/88",
         {"align": "right", "size": 9}),
        ("p", "Vänsterpartiet Lommeby", {"bold": True}),
        ("title", TITLE_M),
        ("p", "Ungefär var sjunde vuxen har en hörselnedsättning, och bland dem som har fyllt 75 år "
              "är andelen betydligt högre. För den som använder hörapparat är en hörselslinga ofta "
              "skillnaden mellan att kunna följa ett möte och att bara sitta med. Slingan för ljudet "
              "från mikrofonen direkt till hörapparaten, så att buller och efterklang försvinner."),
        ("p", "Att delta i det demokratiska samtalet ska inte hänga på hur bra man hör. Ändå saknar "
              "flera av kommunens lokaler en fungerande slinga. I fullmäktigesalen finns en slinga "
              "från 1990-talet som ofta är avstängd, och i Folkets hus, på biblioteket i Norrvreta "
              "och i matsalen på Lommebygården finns ingen alls."),
        ("p", "Vi vill att Lommeby ska vara en kommun där alla kan delta på lika villkor. Vi vill "
              "också att det blir lätt att veta var det finns slinga, så att ingen behöver fråga om "
              "saken varje gång. Det handlar inte om stora pengar: en ny slinga i en mötessal kostar "
              "i regel mellan 20 000 och 60 000 kronor."),
        ("p", "Med anledning av ovanstående yrkar Vänsterpartiet:\n1. " + C1 + "\n2. " + C2
              + "\n3. " + C3),
        ("empty",),
        ("p", "Lommeby den 3 mars 2024"),
        ("empty",),
        ("p", "Sara Lindqvist,\nför Vänsterpartiet Lommeby"),
    ],
    "truth": truth("motion", DNR, KEY, TITLE_M, MUNI, "KF", "2024-03-03",
                   authors=AUTHORS, clauses=[C1, C2, C3]),
}

# ---------------------------------------------------------------- 2 svar
R1 = "att hörselslingor installeras i fyra av kommunens möteslokaler under 2024"
R2 = "att alla slingor kontrolleras varje år"
R3 = "att lokaler med slinga märks med hörselsymbolen"
K1 = ("Punkt 1 i motionen är till största delen redan genomförd eller beslutad. Fullmäktigesalen fick "
      "en ny slinga när kommunhuset renoverades i april 2024, och slingan i Folkets hus byts under "
      "hösten inom ramen för fastighetsavdelningens underhållsplan. För Norrvreta bibliotek och "
      "Lommebygården finns medel avsatta i investeringsbudgeten för 2025.")
K2 = ("När det gäller punkt 2 har fastighetsavdelningen från och med 2024 lagt in kontroll av "
      "hörselslingor i den årliga ronden för elsäkerhet. En särskild redovisning till "
      "kommunstyrelsen bedöms inte behövas, eftersom fel rapporteras i det vanliga "
      "underhållssystemet.")
K3 = ("Punkt 3 genomförs under 2024. Kommunikationsenheten märker entréerna och lägger in uppgift om "
      "slinga i lokalbokningen på kommunens webbplats.")
DEC_A = "Motionen anses besvarad."

svar = {
    "stem": "lommeby-ks-2024-88_2_svar",
    "format": "docx", "font": "Arial", "size": 10.5,
    "core_title": TITLE_A, "core_author": "Emil Borg",
    "header": ["Lommeby kommun\tFÖRSLAG TILL SVAR\tSida {PAGE} av {NUMPAGES}"],
    "footer": ["Kommunledningsförvaltningen · Storgatan 4 · 736 91 Lommeby · 0223-48 20 00"],
    "blocks": [
        ("table", [["Kommunledningsförvaltningen", "Datum 2024-05-20"],
                   ["Handläggare: Emil Borg, utredare", "Diarienummer KS 2024/88"]],
         {"widths_cm": [9.0, 7.4]}),
        ("p", "Kommunstyrelsen", {"bold": True}),
        ("title", TITLE_A),
        ("h1", "Förslag till beslut"),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta:"),
        ("p", DEC_A),
        ("h1", "Sammanfattning"),
        ("p", f"Sara Lindqvist (V) föreslår i en motion {R1}, {R2} och {R3}. Förvaltningen delar "
              "motionärens syn på att lokalerna ska vara tillgängliga för personer med nedsatt hörsel. "
              "Det mesta av det som motionen föreslår är redan genomfört eller planerat, och motionen "
              "föreslås därför anses besvarad."),
        ("h1", "Bakgrund"),
        ("p", "Motionen väcktes i kommunfullmäktige den 25 mars 2024, § 31, och överlämnades till "
              "kommunstyrelsen för beredning. Tillgängligheten i kommunens lokaler behandlades senast "
              "när ett medborgarförslag om ramper vid Folkets hus (KS 2021/304) bifölls 2022."),
        ("h1", "Bedömning"),
        ("p", K1),
        ("p", K2),
        ("p", K3),
        ("h1", "Ekonomiska konsekvenser"),
        ("p", "Kostnaderna för nya slingor ryms i fastighetsavdelningens underhållsbudget och i "
              "investeringsbudgeten för 2025."),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Sara Lindqvist (V), inkommen 2024-03-05\n"
              "Kommunfullmäktiges protokoll 2024-03-25, § 31"),
        ("empty",),
        ("table", [["Emil Borg\nUtredare", "Annika Strand\nKommundirektör"]],
         {"widths_cm": [8.2, 8.2]}),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_A, MUNI, "KS", "2024-05-20", officer="Emil Borg",
                   authors=AUTHORS, clauses=[R1, R2, R3], comments=[(1, K1), (2, K2), (3, K3)],
                   decision=decision("besvarad", True, DEC_A)),
}

# ---------------------------------------------------------------- 3 KS
S1 = ("att hörselslingor installeras i fullmäktigesalen, i Folkets hus, på Norrvreta bibliotek och "
      "på Lommebygården under 2024")
S2 = "att slingorna kontrolleras varje år och redovisas för kommunstyrelsen"
S3 = "att lokaler med slinga märks vid entrén och på webbplatsen"
DEC_KS = ("Motionen dels bifalls gällande installation av hörselslingor och märkning av lokaler med "
          "slinga, dels avslås avseende årlig redovisning till kommunstyrelsen.")

ks = {
    "stem": "lommeby-ks-2024-88_3_ks-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Kommunstyrelsen 2024-06-10 § 78", "core_author": "Karin Nylén",
    "header": ["LOMMEBY KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida {PAGE}({NUMPAGES})",
               "Kommunstyrelsen\t2024-06-10"],
    "footer": [SIG],
    "blocks": [
        ("p", "§ 78\tKS 2024/88", {"bold": True}),
        ("h2", TITLE_A),
        ("p", "Ärendebeskrivning", {"bold": True, "keep_next": True}),
        ("p", f"Sara Lindqvist (V) har lämnat in en motion med förslag {S1}, {S2} samt {S3}."),
        ("p", "Kommunledningsförvaltningen föreslår i ett förslag till svar den 20 maj 2024 att "
              "motionen anses besvarad."),
        ("p", "Yrkanden", {"bold": True, "keep_next": True}),
        ("p", "Sara Lindqvist (V) yrkar bifall till motionen."),
        ("p", "Ordföranden Mats Hedin (C) yrkar att motionen bifalls när det gäller installation och "
              "märkning men avslås när det gäller redovisningen till kommunstyrelsen."),
        ("p", "Propositionsordning", {"bold": True, "keep_next": True}),
        ("p", "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller "
              "hans eget yrkande."),
        ("p", "Kommunstyrelsens förslag till kommunfullmäktige", {"bold": True, "keep_next": True}),
        ("p", DEC_KS),
        ("p", "Reservation", {"bold": True, "keep_next": True}),
        ("p", "Sara Lindqvist (V) reserverar sig mot beslutet till förmån för eget yrkande."),
        ("p", "Skickas till", {"bold": True, "keep_next": True}),
        ("p", "Kommunfullmäktige"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_A, MUNI, "KS", "2024-06-10",
                   authors=AUTHORS, clauses=[S1, S2, S3],
                   decision=decision("delvis_bifall", True, DEC_KS,
                                     [(1, "bifall"), (2, "avslag"), (3, "bifall")])),
}

DOCS = [motion, svar, ks]
