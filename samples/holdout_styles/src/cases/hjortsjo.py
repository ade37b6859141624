"""Case hjortsjo-ks-2023-612 (held out, batch 6).

Hjortsjö kommun, Dnr written "KS-2023-00612" (dashes, five-digit padded
serial; the motion has no Dnr). Motion -> tjänsteutlåtande (avslag) -> KSAU,
which departs from it and proposes a partial bifall told by content.

* 1_motion: "Bakgrund" as a bold plain paragraph; "Vi vill att ..." in the
  background; introducer "Därför vill vi att fullmäktige fattar följande
  beslut." and a bold heading "Förslag till beslut i kommunfullmäktige:";
  the three proposals typed "1. ... 2. ... 3. ..." run together in ONE
  paragraph, none starting with "att" ("Kommunstyrelsen får i uppdrag att
  ...", "Bygg- och miljönämnden ska ..."); two signers.
* 2_tjansteutlatande: the proposals quoted in a Word list; comments by
  ordinal ("Den första att-satsen ...", "Den andra och den tredje
  att-satsen ..."; the second paragraph is the comment on both);
  "Motionen avslås."
* 3_ksau-protokoll: "KSAU § 19<TAB>KS-2023-00612"; heading "Motion från
  ... om ..."; "I ärendet föreligger tjänsteutlåtande ..."; retold "föreslår
  i en motion att A, att B och att C"; "Arbetsutskottets förslag till
  kommunstyrelsen för förslag till kommunfullmäktige" and the proposal as a
  Word dash bullet, "Motionen bifalls i den del som avser ... och avslås i
  övrigt."
"""
from truthlib import SIG, truth, decision

MUNI = "Hjortsjö kommun"
DNR = "KS-2023-00612"
KEY = "KS 2023/612"
AUTHORS = [("Anders Wiklund", "M"), ("Cecilia Hald", "M")]

TITLE_M = "Motion om en företagslots i Hjortsjö kommun"
TITLE_A = "Svar på motion om en företagslots i Hjortsjö kommun"
TITLE_AU = "Motion från Anders Wiklund och Cecilia Hald (M) om en företagslots i Hjortsjö kommun"

C1 = ("Kommunstyrelsen får i uppdrag att inrätta en funktion som företagslots inom näringslivsenheten "
      "senast den 1 juli 2024.")
C2 = ("Kommunstyrelsen får i uppdrag att införa en gemensam e-tjänst där företagare lämnar sina "
      "uppgifter en gång för alla kommunens tillstånd.")
C3 = ("Bygg- och miljönämnden ska redovisa sina handläggningstider för företagsärenden till "
      "kommunstyrelsen två gånger per år.")

motion = {
    "stem": "hjortsjo-ks-2023-612_1_motion",
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": TITLE_M, "core_author": "Anders Wiklund",
    "blocks": [
        ("p", "Moderaterna i Hjortsjö", {"bold": True, "size": 9}),
        ("title", TITLE_M),
        ("p", "Bakgrund", {"bold": True}),
        ("p", "I den senaste enkäten om det lokala företagsklimatet hamnade Hjortsjö på plats 241 av "
              "landets 290 kommuner. Det som företagarna är mest missnöjda med är kommunens service: "
              "att det är svårt att veta vem man ska vända sig till och att samma uppgifter måste "
              "lämnas till flera förvaltningar."),
        ("p", "Den som vill öppna ett kafé i Hjortsjö behöver i dag kontakt med minst fyra olika "
              "enheter för bygglov, livsmedelsregistrering, serveringstillstånd och skyltlov. Varje "
              "enhet gör sitt jobb, men ingen har helheten. Vi vill att kommunen ska uppfattas som en "
              "hjälp och inte som ett hinder."),
        ("p", "Många kommuner har infört en företagslots, en person som företagaren kan vända sig "
              "till med alla sina frågor och som samordnar kontakterna med förvaltningarna. Därför "
              "vill vi att fullmäktige fattar följande beslut."),
        ("p", "Förslag till beslut i kommunfullmäktige:", {"bold": True}),
        ("p", f"1. {C1} 2. {C2} 3. {C3}"),
        ("empty",),
        ("p", "Hjortsjö 2023-11-20"),
        ("empty",),
        ("lines", ["Anders Wiklund (M)", "Cecilia Hald (M)"]),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2023-11-20",
                   authors=AUTHORS, clauses=[C1, C2, C3]),
}

# ---------------------------------------------------------------- 2 tjänsteutlåtande
K1 = ("Den första att-satsen om en företagslots bedöms inte behövas. Näringslivsenheten inrättade i "
      "september 2023 en gemensam ingång för företagare, Företagsdesken, med telefon och e-post som "
      "bemannas alla vardagar. Funktionen motsvarar i allt väsentligt det som motionärerna föreslår.")
K23 = ("Den andra och den tredje att-satsen kräver investeringar och rutiner som inte ryms i 2024 års "
       "budget. En gemensam e-tjänst för alla tillstånd beräknas kosta 1,2 miljoner kronor, och bygg- "
       "och miljönämnden redovisar redan sina handläggningstider i delårsrapporten och "
       "årsredovisningen.")
DEC_A = "Motionen avslås."

tju = {
    "stem": "hjortsjo-ks-2023-612_2_tjansteutlatande",
    "format": "docx", "font": "Arial", "size": 10,
    "core_title": TITLE_A, "core_author": "Sofie Lundh",
    "header": ["Hjortsjö kommun\tTJÄNSTEUTLÅTANDE\t{PAGE} ({NUMPAGES})"],
    "footer": ["Kommunledningskontoret, Hjortsjö kommun, 0372-78 00 00"],
    "blocks": [
        ("table", [["Kommunledningskontoret", "Datum: 2024-01-29"],
                   ["Handläggare: Sofie Lundh", "Diarienummer: KS-2023-00612"]],
         {"widths_cm": [9.0, 7.4]}),
        ("p", "Kommunstyrelsen", {"bold": True}),
        ("title", TITLE_A),
        ("h1", "Förslag till beslut"),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige att besluta"),
        ("p", DEC_A),
        ("h1", "Ärendet"),
        ("p", "Anders Wiklund och Cecilia Hald (M) föreslår i en motion den 20 november 2023 att "
              "kommunfullmäktige beslutar följande:"),
        ("numlist", "decimal_dot", [C1, C2, C3]),
        ("h1", "Bedömning"),
        ("p", K1),
        ("p", K23),
        ("p", "Kommunledningskontoret delar motionärernas mål om en enklare kontakt med kommunen och "
              "kommer att följa upp Företagsdesken under 2024."),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion 2023-11-20\nTjänsteutlåtande 2024-01-29"),
        ("empty",),
        ("table", [["Sofie Lundh\nNäringslivsstrateg", "Martin Öberg\nKommundirektör"]],
         {"widths_cm": [8.2, 8.2]}),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_A, MUNI, "KS", "2024-01-29", officer="Sofie Lundh",
                   authors=AUTHORS, clauses=[C1, C2, C3],
                   comments=[(1, K1), (2, K23), (3, K23)],
                   decision=decision("avslag", True, DEC_A)),
}

# ---------------------------------------------------------------- 3 KSAU
S1 = "att kommunstyrelsen får i uppdrag att inrätta en företagslots"
S2 = "att en gemensam e-tjänst för företagens tillstånd införs"
S3 = "att bygg- och miljönämnden redovisar sina handläggningstider två gånger per år"
DEC_AU = ("Motionen bifalls i den del som avser redovisning av bygg- och miljönämndens "
          "handläggningstider och avslås i övrigt.")

ksau = {
    "stem": "hjortsjo-ks-2023-612_3_ksau-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Kommunstyrelsens arbetsutskott 2024-02-13 § 19", "core_author": "Maja Ek",
    "header": ["Hjortsjö kommun\tSammanträdesprotokoll\t{PAGE} ({NUMPAGES})",
               "Kommunstyrelsens arbetsutskott\t2024-02-13"],
    "footer": [SIG],
    "blocks": [
        ("p", "KSAU § 19\tKS-2023-00612", {"bold": True}),
        ("h2", TITLE_AU),
        ("p", "I ärendet föreligger tjänsteutlåtande 2024-01-29 från kommunledningskontoret, som "
              "föreslår att motionen avslås."),
        ("p", "Sammanfattning av ärendet", {"bold": True, "keep_next": True}),
        ("p", f"Anders Wiklund och Cecilia Hald (M) föreslår i en motion {S1}, {S2} och {S3}."),
        ("p", "Yrkanden", {"bold": True, "keep_next": True}),
        ("p", "Cecilia Hald (M) yrkar bifall till motionen."),
        ("p", "Ordföranden Eva Strömberg (S) yrkar att motionen bifalls i den del som avser "
              "handläggningstiderna och att den i övrigt avslås."),
        ("p", "Proposition", {"bold": True, "keep_next": True}),
        ("p", "Ordföranden ställer förslagen mot varandra och finner att arbetsutskottet bifaller "
              "ordförandens yrkande."),
        ("p", "Arbetsutskottets förslag till kommunstyrelsen för förslag till kommunfullmäktige",
         {"bold": True, "keep_next": True}),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta följande:"),
        ("numlist", "dash", [DEC_AU]),
        ("p", "Reservation", {"bold": True, "keep_next": True}),
        ("p", "Cecilia Hald (M) reserverar sig till förmån för eget yrkande."),
        ("p", "Beslutsexpediering:", {"bold": True, "keep_next": True}),
        ("p", "Kommunstyrelsen"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_AU, MUNI, "KSAU", "2024-02-13",
                   authors=AUTHORS, clauses=[S1, S2, S3],
                   decision=decision("delvis_bifall", True, DEC_AU,
                                     [(1, "avslag"), (2, "avslag"), (3, "bifall")])),
}

DOCS = [motion, tju, ksau]
