"""Case skarvik-ks-2023-517 (held out, batch 6).

Skärviks kommun, Dnr written "2023/0517 KS-3" (year/serial, body and a
suffix; the motion has no Dnr). Chain motion -> tjänsteskrivelse -> KF bifall.

* 1_motion: addressing line "Motion till kommunfullmäktige i Skärvik";
  "Bakgrund" as a bold plain paragraph and a lower-case heading with a
  trailing colon ("vårt förslag:"); passive introducer "På Socialdemokraternas
  vägnar föreslås fullmäktige besluta att" and the single clause (no "att",
  with a full stop) in the SAME paragraph after a soft line break; signed "På
  Socialdemokraternas vägnar" with three names on one line separated by tabs.
* 2_tjansteskrivelse: "Motionärerna yrkar att ..." (retold single clause);
  the comment paragraph names "attsatsen"; a nämnd decision with its own Dnr
  (KFN 2023/140) in a sentence; "Motionen bifalls."
* 3_kf-protokoll: "KF § 22" + Dnr line; "Maria Öhman m.fl. (S) har lämnat en
  motion med förslag att ..."; KF "Kommunfullmäktige beslutar att bifalla
  motionen."
"""
from truthlib import SIG, truth, decision

MUNI = "Skärviks kommun"
DNR = "2023/0517 KS-3"
KEY = "KS 2023/517"
AUTHORS = [("Maria Öhman", "S"), ("Kjell Rask", "S"), ("Nadia Berisha", "S")]

TITLE_M = "Motion om stödgrupper för barn som har förlorat en förälder"
TITLE_A = "Svar på motion om stödgrupper för barn som har förlorat en förälder"

C1 = ("Skärviks kommun från och med 2024 erbjuder stödgrupper för barn och unga i åldern 6–18 år som "
      "har förlorat en förälder eller ett syskon.")

motion = {
    "stem": "skarvik-ks-2023-517_1_motion",
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": TITLE_M, "core_author": "Maria Öhman",
    "blocks": [
        ("p", "Motion till kommunfullmäktige i Skärvik"),
        ("title", TITLE_M),
        ("p", "Bakgrund", {"bold": True}),
        ("p", "Varje år förlorar flera tusen barn i Sverige en mamma eller en pappa. I en kommun av "
              "Skärviks storlek betyder det att några barn varje år står mitt i en sorg som få vuxna "
              "i deras närhet vet hur de ska möta. Barn som inte får stöd löper större risk att må "
              "dåligt under lång tid, att få sämre skolresultat och att hamna utanför."),
        ("p", "I dag finns ingen ordnad verksamhet för de här barnen i Skärviks kommun. Svenska "
              "kyrkan har haft en samtalsgrupp i perioder, och elevhälsan gör vad den kan, men stödet "
              "hänger på enskilda eldsjälar. Familjer har berättat för oss att de har fått åka till "
              "residensstaden för att hitta en grupp."),
        ("p", "vårt förslag:"),
        ("p", "Stödgrupper där barn i samma situation träffas under ledning av utbildade "
              "samtalsledare har gett goda resultat i andra kommuner. Verksamheten kan drivas av "
              "socialtjänsten tillsammans med elevhälsan och föreningslivet, och den behöver inte "
              "kosta mycket."),
        ("p", "På Socialdemokraternas vägnar föreslås fullmäktige besluta att\n" + C1),
        ("empty",),
        ("p", "Skärvik 2023-09-18"),
        ("empty",),
        ("p", "På Socialdemokraternas vägnar"),
        ("p", "Maria Öhman\tKjell Rask\tNadia Berisha"),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2023-09-18",
                   authors=AUTHORS, clauses=[C1]),
}

# ---------------------------------------------------------------- 2 tjänsteskrivelse
R1 = ("att kommunen från och med 2024 erbjuder stödgrupper för barn och unga som har förlorat en "
      "förälder eller ett syskon")
K1 = ("Socialförvaltningen delar motionärernas bedömning och anser att attsatsen kan genomföras inom "
      "befintlig ram. Från och med höstterminen 2024 kan förvaltningen starta två grupper per år, en "
      "för barn i åldern 6–12 år och en för ungdomar i åldern 13–18 år, med två samtalsledare i "
      "varje grupp. Samtalsledarna utbildas under våren 2024.")
DEC_A = "Motionen bifalls."

svar = {
    "stem": "skarvik-ks-2023-517_2_tjansteskrivelse",
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": TITLE_A, "core_author": "Petra Nyberg",
    "header": ["Skärviks kommun\t\t{PAGE} ({NUMPAGES})"],
    "footer": ["Socialförvaltningen, Skärviks kommun, 452 80 Skärvik, tfn 0525-69 30 00"],
    "blocks": [
        ("table", [["TJÄNSTESKRIVELSE", "2024-01-15"],
                   ["Socialförvaltningen", "Dnr 2023/0517 KS-3"],
                   ["Handläggare: Petra Nyberg, enhetschef", ""]],
         {"widths_cm": [10.0, 6.4]}),
        ("p", "Till kommunstyrelsen", {"bold": True}),
        ("title", TITLE_A),
        ("h1", "Förslag till beslut"),
        ("p", "Socialförvaltningen föreslår att kommunstyrelsen föreslår kommunfullmäktige besluta"),
        ("p", DEC_A),
        ("h1", "Ärendet"),
        ("p", "Maria Öhman, Kjell Rask och Nadia Berisha (S) har lämnat in en motion om stöd till "
              f"barn i sorg. Motionärerna yrkar {R1}."),
        ("p", "Motionen väcktes i kommunfullmäktige den 25 september 2023 och överlämnades till "
              "kommunstyrelsen, som har gett socialförvaltningen i uppdrag att bereda den."),
        ("h1", "Bedömning"),
        ("p", K1),
        ("p", "Kultur- och fritidsnämnden har i ett beslut den 2 november 2023, § 88 (KFN 2023/140), "
              "erbjudit lokaler i Skärviks bibliotek för verksamheten utan kostnad."),
        ("h1", "Ekonomi"),
        ("p", "Utbildning av fyra samtalsledare kostar cirka 45 000 kronor och finansieras inom "
              "individ- och familjeomsorgens budget för 2024."),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion 2023-09-18\nKultur- och fritidsnämndens protokoll 2023-11-02, § 88"),
        ("empty",),
        ("table", [["Petra Nyberg\nEnhetschef, individ- och familjeomsorgen",
                    "Lars Wikström\nSocialchef"]], {"widths_cm": [8.2, 8.2]}),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_A, MUNI, "KS", "2024-01-15", officer="Petra Nyberg",
                   authors=AUTHORS, clauses=[R1], comments=[(1, K1)],
                   decision=decision("bifall", True, DEC_A)),
}

# ---------------------------------------------------------------- 3 KF
S1 = "att kommunen ska starta stödgrupper för barn och unga i sorg"
DEC_KF = "Kommunfullmäktige beslutar att bifalla motionen."

kf = {
    "stem": "skarvik-ks-2023-517_3_kf-protokoll",
    "format": "docx", "font": "Georgia", "size": 11,
    "core_title": "Protokollsutdrag KF 2024-03-11 § 22", "core_author": "Ulla Berg",
    "header": ["Skärviks kommun\tProtokollsutdrag\tSida {PAGE}({NUMPAGES})",
               "Kommunfullmäktige\t2024-03-11"],
    "footer": [SIG],
    "blocks": [
        ("p", "KF § 22", {"bold": True}),
        ("p", "Dnr 2023/0517 KS-3"),
        ("h2", TITLE_A),
        ("p", "Ärendebeskrivning", {"bold": True, "keep_next": True}),
        ("p", f"Maria Öhman m.fl. (S) har lämnat en motion med förslag {S1}."),
        ("p", "Socialförvaltningen föreslår i en tjänsteskrivelse att motionen bifalls. "
              "Kommunstyrelsen föreslog den 19 februari 2024, § 30, att kommunfullmäktige bifaller "
              "motionen."),
        ("p", "Beslutsunderlag", {"bold": True, "keep_next": True}),
        ("p", "Kommunstyrelsens protokoll 2024-02-19, § 30\nTjänsteskrivelse 2024-01-15\n"
              "Motion 2023-09-18"),
        ("p", "Yrkanden", {"bold": True, "keep_next": True}),
        ("p", "Maria Öhman (S) och Erik Lund (M) yrkar bifall till kommunstyrelsens förslag."),
        ("p", "Kommunfullmäktiges beslut", {"bold": True, "keep_next": True}),
        ("p", DEC_KF),
        ("p", "Skickas till", {"bold": True, "keep_next": True}),
        ("p", "Socialnämnden\nKultur- och fritidsnämnden"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_A, MUNI, "KF", "2024-03-11",
                   authors=[("Maria Öhman", "S")], clauses=[S1],
                   decision=decision("bifall", False, DEC_KF)),
}

DOCS = [motion, svar, kf]
