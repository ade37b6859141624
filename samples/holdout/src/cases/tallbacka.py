"""Case tallbacka-ks-2023-231 (held out, batch 4).

Tallbacka kommun, Dnr written "KS 2023:231" (colon between year and serial,
no slash). Chain motion -> answer -> KSAU -> KF, where KF postpones the
matter (bordläggning).

* 1_motion: three Christian Democrat members sign on separate lines, and
  only the last line carries the party: "Eva Lindmark" / "Per Holm" /
  "Sara Bergström (KD)"; the att-satser are typed "1 att ...", "2 att ...",
  "3 att ..." (number and a space, no punctuation, no Word list); a Word
  bullet list of facts before them; date "Tallbacka 6 november 2023"; no Dnr.
* 2_svar: tjänsteskrivelse from socialförvaltningen; the clauses are quoted
  in a Word list "1."; the assessment has one Heading 3 per clause, bare
  "Att-sats 1" / "Att-sats 2" / "Att-sats 3", with the comment in the
  paragraph after it; proposal "Kommunfullmäktige anser motionen besvarad."
  after a lead-in; the handläggare is named on a "Vår handläggare:" line at
  the top, and only the socialchef signs at the end.
* 3_ksau-protokoll: arbetsutskottet departs from the staff proposal after
  yrkanden and proposes "Bifall till motionens första att-sats, i övrigt
  avslag." (the chair's yrkande uses the same words in lower case); the
  clauses are quoted typed "1 att ..." as in the motion; the Dnr appears
  ONLY in the page header.
* 4_kf-protokoll: KF decides to postpone ("bordlägga") after a yrkande from
  one of the proposers; the KS proposal (per-clause) is quoted in the
  description; the clauses are only summarised.
"""
from truthlib import SIG, truth, decision

MUNI = "Tallbacka kommun"
DNR = "KS 2023:231"
KEY = "KS 2023/231"
AUTHORS = [("Eva Lindmark", "KD"), ("Per Holm", "KD"), ("Sara Bergström", "KD")]

C1 = ("att kommunen tar fram en plan för att bygga ett trygghetsboende med minst 30 lägenheter i "
      "centrala Tallbacka")
C2 = ("att det kommunala bostadsbolaget Tallbackahem AB får i uppdrag att vid nyproduktion reservera "
      "lägenheterna i bottenplan för hyresgäster som har fyllt 75 år")
C3 = ("att trygghetsboendet får en gemensamhetslokal med en värd eller värdinna på plats dagtid alla "
      "vardagar")
CLAUSES = [C1, C2, C3]

TITLE_M = "Motion om trygghetsboende för äldre i Tallbacka"
TITLE_A = "Svar på motion om trygghetsboende för äldre i Tallbacka"

# ---------------------------------------------------------------- 1 motion
motion = {
    "stem": "tallbacka-ks-2023-231_1_motion",
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": TITLE_M, "core_author": "Sara Bergström",
    "blocks": [
        ("p", "Kristdemokraterna i Tallbacka", {"bold": True, "size": 9}),
        ("p", "Till kommunfullmäktige i Tallbacka kommun"),
        ("title", TITLE_M),
        ("p", "Andelen invånare i Tallbacka som är 80 år eller äldre har ökat från 5,9 till 7,4 "
              "procent på tio år, och enligt kommunens befolkningsprognos fortsätter ökningen. Många "
              "av dem bor ensamma i villor eller i lägenheter utan hiss och känner sig otrygga, men "
              "de har inte så stora omsorgsbehov att de får plats på ett särskilt boende."),
        ("p", "Ett trygghetsboende är ett mellanting. Man har sin egen lägenhet och sitt eget "
              "kontrakt, men det finns gemensamma utrymmen, möjlighet att äta tillsammans och "
              "personal som känner de boende. I flera grannkommuner har trygghetsboenden minskat "
              "ensamheten och skjutit upp behovet av hemtjänst."),
        ("p", "I Tallbacka finns i dag inget trygghetsboende. Samtidigt gäller följande:"),
        ("bullets", [
            "väntetiden till särskilt boende var i oktober 2023 i genomsnitt 94 dagar",
            "antalet beviljade hemtjänsttimmar har ökat med 18 procent sedan 2020",
            "Tallbackahem AB planerar att bygga om kvarteret Linden under 2025–2026",
        ]),
        ("p", "Mot den bakgrunden föreslår vi att kommunfullmäktige beslutar"),
        ("p", "1 " + C1),
        ("p", "2 " + C2),
        ("p", "3 " + C3),
        ("empty",),
        ("p", "Tallbacka 6 november 2023"),
        ("empty",),
        ("lines", ["Eva Lindmark", "Per Holm", "Sara Bergström (KD)"]),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2023-11-06",
                   authors=AUTHORS, clauses=CLAUSES),
}

# ---------------------------------------------------------------- 2 svar
K1 = ("Samhällsbyggnadsförvaltningen och Tallbackahem AB arbetar sedan våren 2023 med en detaljplan "
      "för kvarteret Linden, där ett trygghetsboende med 32 lägenheter ingår. Planen beräknas kunna "
      "antas under hösten 2024 och inflyttning ske tidigast 2027. En särskild plan enligt "
      "att-satsen behövs därför inte.")
K2 = ("Tallbackahem AB är ett aktiebolag med en egen styrelse, och kommunen styr bolaget genom "
      "ägardirektiv och bolagsstämma. Ett krav på att reservera alla bottenvåningar vid "
      "nyproduktion skulle begränsa bolagets uthyrning och strida mot principen om en öppen "
      "bostadskö. Bolaget har i stället infört förtur till lägenheter med hiss eller i bottenplan "
      "för sökande som har fyllt 75 år.")
K3 = ("Trygghetsboendet i kvarteret Linden planeras med en gemensamhetslokal och ett kök där de "
      "boende kan äta tillsammans. Socialförvaltningen avser att bemanna lokalen med en värd eller "
      "värdinna på halvtid. Kostnaden, cirka 310 000 kronor per år, kommer att tas upp i budgeten "
      "för 2027.")
DEC_A = "Kommunfullmäktige anser motionen besvarad."

svar = {
    "stem": "tallbacka-ks-2023-231_2_svar",
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": TITLE_A, "core_author": "Malin Åberg",
    "header": ["Tallbacka kommun\t\tSida {PAGE} av {NUMPAGES}"],
    "footer": ["Socialförvaltningen · Box 500 · 579 80 Tallbacka · 0480-45 10 00 · "
               "socialforvaltningen@tallbacka.se"],
    "blocks": [
        ("p", "TJÄNSTESKRIVELSE", {"bold": True}),
        ("lines", ["Socialförvaltningen, äldreomsorgen", "Datum: 2024-02-05",
                   "Diarienummer: KS 2023:231",
                   "Vår handläggare: Malin Åberg, utredare, 0480-45 12 67"]),
        ("empty",),
        ("p", "Kommunstyrelsen", {"bold": True, "keep_next": True}),
        ("title", TITLE_A),
        ("h1", "Förslag till beslut"),
        ("p", "Socialförvaltningen föreslår att kommunstyrelsen föreslår kommunfullmäktige besluta:"),
        ("p", DEC_A),
        ("h1", "Ärendet i korthet"),
        ("p", "Kristdemokraterna vill att kommunen planerar för ett trygghetsboende i centrala "
              "Tallbacka, att Tallbackahem reserverar bottenvåningar för äldre och att boendet får "
              "en bemannad gemensamhetslokal. Förvaltningen delar motionärernas syn på behovet. Ett "
              "trygghetsboende planeras redan i kvarteret Linden, och motionen föreslås därför "
              "anses besvarad."),
        ("h1", "Ärendet"),
        ("p", "Eva Lindmark, Per Holm och Sara Bergström (KD) har i en motion daterad den 6 "
              "november 2023 föreslagit att kommunfullmäktige beslutar"),
        ("numlist", "decimal_dot", CLAUSES),
        ("p", "Motionen väcktes i kommunfullmäktige den 27 november 2023, § 142, och överlämnades "
              "till kommunstyrelsen för beredning. Kommunstyrelsen har gett socialförvaltningen i "
              "uppdrag att ta fram ett förslag till svar."),
        ("h1", "Förvaltningens bedömning"),
        ("p", "Socialförvaltningen har berett ärendet i samråd med samhällsbyggnadsförvaltningen och "
              "Tallbackahem AB. Bedömningen redovisas nedan för var och en av motionens att-satser."),
        ("h3", "Att-sats 1"),
        ("p", K1),
        ("h3", "Att-sats 2"),
        ("p", K2),
        ("h3", "Att-sats 3"),
        ("p", K3),
        ("h1", "Ekonomiska konsekvenser"),
        ("p", "Förslaget till beslut medför inga kostnader utöver dem som redan ingår i planeringen "
              "av kvarteret Linden."),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Eva Lindmark, Per Holm och Sara Bergström (KD), 2023-11-06\n"
              "Kommunfullmäktiges protokoll 2023-11-27, § 142\n"
              "Tjänsteskrivelse 2024-02-05"),
        ("h1", "Beslutet skickas till"),
        ("p", "Socialförvaltningen\nTallbackahem AB\nMotionärerna"),
        ("empty",),
        ("lines", ["Jens Karlsson", "Socialchef"]),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_A, MUNI, "KS", "2024-02-05", officer="Malin Åberg",
                   authors=AUTHORS, clauses=CLAUSES, comments=[(1, K1), (2, K2), (3, K3)],
                   decision=decision("besvarad", True, DEC_A)),
}

# ---------------------------------------------------------------- 3 KSAU
DEC_AU = "Bifall till motionens första att-sats, i övrigt avslag."
PER = [(1, "bifall"), (2, "avslag"), (3, "avslag")]

ksau = {
    "stem": "tallbacka-ks-2023-231_3_ksau-protokoll",
    "format": "docx", "font": "Garamond", "size": 12,
    "core_title": "Kommunstyrelsens arbetsutskott 2024-02-26 § 27", "core_author": "Lena Ny",
    "header": ["Tallbacka kommun\tSAMMANTRÄDESPROTOKOLL\tSida {PAGE}({NUMPAGES})",
               "Kommunstyrelsens arbetsutskott\t2024-02-26\tDnr KS 2023:231"],
    "footer": [SIG],
    "blocks": [
        ("p", "§ 27", {"bold": True, "size": 13}),
        ("h2", TITLE_A),
        ("p", "Ärendebeskrivning", {"bold": True, "keep_next": True}),
        ("p", "Eva Lindmark, Per Holm och Sara Bergström (KD) har i en motion den 6 november 2023 "
              "föreslagit att kommunfullmäktige beslutar"),
        ("p", "1 " + C1, {"indent_cm": 0.8}),
        ("p", "2 " + C2, {"indent_cm": 0.8}),
        ("p", "3 " + C3, {"indent_cm": 0.8}),
        ("p", "Socialförvaltningen föreslår i en tjänsteskrivelse den 5 februari 2024 att motionen "
              "anses besvarad, eftersom ett trygghetsboende redan planeras i kvarteret Linden. "
              "Förvaltningen avråder från att styra Tallbackahem AB:s uthyrning av bottenvåningar."),
        ("p", "Beslutsunderlag", {"bold": True, "keep_next": True}),
        ("p", "Tjänsteskrivelse 2024-02-05\nMotion 2023-11-06"),
        ("p", "Yrkanden", {"bold": True, "keep_next": True}),
        ("p", "Per Holm (KD) yrkar bifall till motionen."),
        ("p", "Ordföranden Anders Sjöberg (S) yrkar bifall till motionens första att-sats, i övrigt "
              "avslag. Han anser att planeringen av trygghetsboendet bör fastställas av "
              "fullmäktige."),
        ("p", "Propositionsordning", {"bold": True, "keep_next": True}),
        ("p", "Ordföranden ställer förvaltningens förslag, Per Holms yrkande och sitt eget yrkande "
              "mot varandra och finner att arbetsutskottet beslutar enligt hans eget yrkande."),
        ("p", "Arbetsutskottets förslag till kommunstyrelsen", {"bold": True, "keep_next": True}),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta:"),
        ("p", DEC_AU),
        ("p", "Reservation", {"bold": True, "keep_next": True}),
        ("p", "Per Holm (KD) reserverar sig mot beslutet till förmån för sitt eget yrkande."),
        ("p", "Skickas till", {"bold": True, "keep_next": True}),
        ("p", "Kommunstyrelsen"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_A, MUNI, "KSAU", "2024-02-26",
                   authors=AUTHORS, clauses=CLAUSES,
                   decision=decision("delvis_bifall", True, DEC_AU, PER)),
}

# ---------------------------------------------------------------- 4 KF
DEC_KF = "Kommunfullmäktige beslutar att bordlägga ärendet till nästa sammanträde."

kf = {
    "stem": "tallbacka-ks-2023-231_4_kf-protokoll",
    "format": "docx", "font": "Garamond", "size": 12,
    "core_title": "Protokollsutdrag KF 2024-03-25 § 38", "core_author": "Lena Ny",
    "header": ["TALLBACKA KOMMUN\tProtokollsutdrag\t{PAGE}({NUMPAGES})",
               "Kommunfullmäktige\tSammanträdesdatum 2024-03-25"],
    "footer": [SIG],
    "blocks": [
        ("p", "§ 38\tDnr KS 2023:231", {"bold": True, "keep_next": True}),
        ("h2", TITLE_A),
        ("p", "Ärendebeskrivning", {"bold": True, "keep_next": True}),
        ("p", "Eva Lindmark, Per Holm och Sara Bergström (KD) föreslår i en motion att kommunen "
              "planerar för ett trygghetsboende i centrala Tallbacka, att Tallbackahem AB håller "
              "lägenheter i bottenplan lediga för äldre och att boendet får en bemannad "
              "gemensamhetslokal."),
        ("p", "Socialförvaltningen har föreslagit att motionen anses besvarad. Kommunstyrelsen "
              "föreslår den 11 mars 2024, § 51, bifall till motionens första att-sats, i övrigt "
              "avslag."),
        ("p", "Beslutsunderlag", {"bold": True, "keep_next": True}),
        ("p", "Kommunstyrelsens protokoll 2024-03-11, § 51\n"
              "Kommunstyrelsens arbetsutskotts protokoll 2024-02-26, § 27\n"
              "Tjänsteskrivelse 2024-02-05\nMotion 2023-11-06"),
        ("p", "Yrkanden", {"bold": True, "keep_next": True}),
        ("p", "Sara Bergström (KD) yrkar att ärendet bordläggs till nästa sammanträde. Tallbackahem "
              "AB:s styrelse behandlar frågan om förtur till lägenheter i bottenplan den 9 april, "
              "och fullmäktige bör få ta del av styrelsens beslut innan ärendet avgörs."),
        ("p", "Anders Sjöberg (S) yrkar att ärendet avgörs i dag och bifall till kommunstyrelsens "
              "förslag."),
        ("p", "Propositionsordning", {"bold": True, "keep_next": True}),
        ("p", "Ordföranden frågar först om ärendet ska avgöras i dag eller bordläggas och finner att "
              "fullmäktige beslutar att bordlägga ärendet."),
        ("p", "Kommunfullmäktiges beslut", {"bold": True, "keep_next": True}),
        ("p", DEC_KF),
        ("p", "Skickas till", {"bold": True, "keep_next": True}),
        ("p", "Kommunstyrelsen\nMotionärerna"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_A, MUNI, "KF", "2024-03-25",
                   authors=AUTHORS, decision=decision("bordlagd", False, DEC_KF)),
}

DOCS = [motion, svar, ksau, kf]
