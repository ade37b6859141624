"""Case tranholma-ks-2024-142 (held out, batch 6).

Tranholma kommun, Dnr written "KS 2024/142-40" (archive code after a
hyphen; the motion has no Dnr). Chain motion -> nämnd yttrande -> KF, where
the nämnd supports one proposal, KS proposes avslag and KF rejects the whole
motion.

* 1_motion: introducer "Därför föreslår Centerpartiet följande;" and
  subject-first Word bullets ("Kommunen inför ..."); the second bullet ends
  "med följande inriktning:" and holds a nested sub-list (List Bullet 2);
  a background sentence starting "Att städa upp ..."; a dotted signature
  line, then the name and "Gruppledare för Centerpartiet i Tranholma".
* 2_sbn-yttrande: samhällsbyggnadsnämndens yttrande; a table of proposal and
  comment; the nämnd's own Dnr (SBN 2024/77) in a sentence; "tillstyrker ...
  och avstyrker ..." by content.
* 3_kf-protokoll: retold "föreslår i en motion att A, att B och att C"; the
  nämnd's earlier decision ("beslutade ... att tillstyrka ...") and the KS
  proposal in the text; vote; KF "Motionen avslås."
"""
from truthlib import SIG, truth, decision

MUNI = "Tranholma kommun"
DNR = "KS 2024/142-40"
KEY = "KS 2024/142"
AUTHORS = [("Lena Holmgren", "C")]

TITLE_M = "Motion om hämtning av grovsopor på landsbygden"
TITLE_Y = "Yttrande över motion om hämtning av grovsopor på landsbygden"
TITLE_KF = "Svar på motion om hämtning av grovsopor på landsbygden"

C1 = ("Kommunen inför en mobil återvinningscentral som besöker minst åtta byar på landsbygden två "
      "gånger per år")
C2_HEAD = "Kommunen erbjuder hämtning av grovsopor vid fastigheten, med följande inriktning:"
C2_SUB = ["hämtningen beställs via kommunens e-tjänst eller per telefon",
          "avgiften för en hämtning är högst 200 kronor",
          "hushåll där alla har fyllt 80 år får en avgiftsfri hämtning per år"]
C2 = " ".join([C2_HEAD] + C2_SUB)
C3 = ("Tekniska förvaltningen redovisar varje år antalet anmälningar om nedskräpning på landsbygden "
      "för samhällsbyggnadsnämnden")

motion = {
    "stem": "tranholma-ks-2024-142_1_motion",
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": TITLE_M, "core_author": "Lena Holmgren",
    "blocks": [
        ("p", "Centerpartiet i Tranholma", {"bold": True, "size": 9}),
        ("p", "Till kommunfullmäktige i Tranholma kommun"),
        ("title", TITLE_M),
        ("p", "Den som bor i centralorten har nära till återvinningscentralen vid industriområdet. "
              "För den som bor i Hällvik, Ösby eller uppe vid Långtjärn är det upp till fem mil enkel "
              "väg, och många äldre saknar bil eller släpvagn. Följden blir att gamla möbler, "
              "vitvaror och trädgårdsavfall blir stående på tomterna eller i värsta fall dumpas i "
              "skogen."),
        ("p", "Kommunen fick under 2023 in 41 anmälningar om nedskräpning på landsbygden, dubbelt så "
              "många som två år tidigare. Att städa upp efter dumpning kostar både pengar och "
              "arbetstid för tekniska förvaltningen."),
        ("p", "Flera kommuner i länet har infört mobila återvinningscentraler som stannar i byarna på "
              "fasta tider, eller hämtning av grovsopor vid fastigheten mot en låg avgift. Det är "
              "enkla lösningar som gör det lätt att göra rätt."),
        ("p", "Därför föreslår Centerpartiet följande;"),
        ("bullets", [C1, C2_HEAD]),
        *[("p", s, {"style": "List Bullet 2"}) for s in C2_SUB],
        ("bullets", [C3]),
        ("empty",),
        ("p", "Tranholma 2024-02-12"),
        ("empty",),
        ("empty",),
        ("lines", ["……………………………………", "Lena Holmgren",
                   "Gruppledare för Centerpartiet i Tranholma"]),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2024-02-12",
                   authors=AUTHORS, clauses=[C1, C2, C3]),
}

# ---------------------------------------------------------------- 2 yttrande
Y2 = "Kommunen erbjuder hämtning av grovsopor vid fastigheten"
K1 = ("Nämnden tillstyrker förslaget. En mobil återvinningscentral kan köras med ett befintligt "
      "fordon från Tranholma Vatten och Avfall AB två helger per år. Kostnaden beräknas till "
      "180 000 kronor per år och kan finansieras genom avfallstaxan.")
K2 = ("Nämnden avstyrker förslaget. Hämtning vid fastigheten kräver ett nytt abonnemang i "
      "avfallstaxan och ett avtal med en entreprenör. En avgift på högst 200 kronor täcker inte "
      "kostnaden, som enligt förvaltningens beräkning blir omkring 650 kronor per hämtning.")
K3 = ("Nämnden avstyrker förslaget. Anmälningar om nedskräpning redovisas redan i den årliga "
      "miljörapporten, som nämnden tar del av i mars varje år.")
DEC_Y = ("Samhällsbyggnadsnämnden tillstyrker motionens förslag om en mobil återvinningscentral och "
         "avstyrker förslagen om hämtning vid fastigheten och om årlig redovisning av nedskräpning.")

yttrande = {
    "stem": "tranholma-ks-2024-142_2_sbn-yttrande",
    "format": "docx", "font": "Arial", "size": 10,
    "core_title": TITLE_Y, "core_author": "Oskar Lind",
    "header": ["TRANHOLMA KOMMUN\tYTTRANDE\t{PAGE}({NUMPAGES})", "Samhällsbyggnadsnämnden"],
    "footer": ["Tranholma kommun · Samhällsbyggnadsförvaltningen · 0591-72 40 00"],
    "blocks": [
        ("lines", ["Datum 2024-05-14", "Diarienummer KS 2024/142-40",
                   "Handläggare Oskar Lind, avfallsingenjör"], {"align": "right"}),
        ("empty",),
        ("p", "Till kommunstyrelsen", {"bold": True}),
        ("title", TITLE_Y),
        ("h1", "Ärendet"),
        ("p", "Lena Holmgren (C) har lämnat in en motion om grovsopor på landsbygden. Kommunstyrelsen "
              "har remitterat motionen till samhällsbyggnadsnämnden för yttrande. Nämnden har "
              "behandlat remissen under eget diarienummer SBN 2024/77."),
        ("h1", "Nämndens bedömning"),
        ("p", "Nämndens synpunkter på motionens tre förslag framgår av tabellen."),
        ("table", [["Förslag i motionen", "Nämndens kommentar"],
                   [C1, K1], [Y2, K2], [C3, K3]],
         {"style": "Table Grid", "bold_first_row": True, "widths_cm": [7.0, 9.4]}),
        ("h1", "Nämndens beslut"),
        ("p", DEC_Y),
        ("empty",),
        ("p", "För samhällsbyggnadsnämnden"),
        ("table", [["Göran Ekstedt (M)\nOrdförande", "Hanna Vik\nSamhällsbyggnadschef"]],
         {"widths_cm": [8.2, 8.2]}),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_Y, MUNI, "Samhällsbyggnadsnämnden", "2024-05-14",
                   officer="Oskar Lind", authors=AUTHORS, clauses=[C1, Y2, C3],
                   comments=[(1, K1), (2, K2), (3, K3)],
                   decision=decision("delvis_bifall", True, DEC_Y,
                                     [(1, "bifall"), (2, "avslag"), (3, "avslag")])),
}

# ---------------------------------------------------------------- 3 KF
S1 = "att kommunen inför en mobil återvinningscentral för landsbygden"
S2 = "att kommunen erbjuder hämtning av grovsopor vid fastigheten"
S3 = "att nedskräpningen på landsbygden redovisas varje år"
DEC_KF = "Motionen avslås."

kf = {
    "stem": "tranholma-ks-2024-142_3_kf-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Kommunfullmäktige 2024-09-23 § 104", "core_author": "Eva Sjödal",
    "header": ["TRANHOLMA KOMMUN\tSAMMANTRÄDESPROTOKOLL\t{PAGE}({NUMPAGES})",
               "Kommunfullmäktige\t2024-09-23"],
    "footer": [SIG],
    "blocks": [
        ("p", "§ 104", {"bold": True}),
        ("h2", TITLE_KF),
        ("p", "Dnr KS 2024/142-40"),
        ("p", "Ärendebeskrivning", {"bold": True, "keep_next": True}),
        ("p", f"Lena Holmgren (C) föreslår i en motion {S1}, {S2} och {S3}."),
        ("p", "Samhällsbyggnadsnämnden beslutade den 14 maj 2024, § 52, att tillstyrka förslaget om "
              "en mobil återvinningscentral och att avstyrka övriga förslag."),
        ("p", "Kommunstyrelsen föreslår, med hänvisning till att avfallstaxan för 2025 redan är "
              "fastställd, att motionen avslås."),
        ("p", "Yrkanden", {"bold": True, "keep_next": True}),
        ("p", "Lena Holmgren (C) yrkar bifall till motionens första förslag och avslag i övrigt."),
        ("p", "Peter Sandberg (S) yrkar bifall till kommunstyrelsens förslag."),
        ("p", "Propositionsordning", {"bold": True, "keep_next": True}),
        ("p", "Ordföranden ställer förslagen mot varandra och finner att kommunfullmäktige "
              "bifaller kommunstyrelsens förslag. Votering begärs. Med 27 ja-röster mot 14 "
              "nej-röster beslutar fullmäktige enligt kommunstyrelsens förslag."),
        ("p", "Kommunfullmäktiges beslut", {"bold": True, "keep_next": True}),
        ("p", DEC_KF),
        ("p", "Reservation", {"bold": True, "keep_next": True}),
        ("p", "Centerpartiets ledamöter reserverar sig mot beslutet."),
        ("p", "Skickas till", {"bold": True, "keep_next": True}),
        ("p", "Samhällsbyggnadsnämnden\nMotionären"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_KF, MUNI, "KF", "2024-09-23",
                   authors=AUTHORS, clauses=[S1, S2, S3],
                   decision=decision("avslag", False, DEC_KF)),
}

DOCS = [motion, yttrande, kf]
