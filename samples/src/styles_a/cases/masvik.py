"""Case masvik-ks-2023-211 (style batch A).

Måsviks kommun, Dnr written "KS/2023-0211" (KF extract only). A V motion with
a slogan title and no word "Motion" in it; KF grants one of its three points;
the party's website then tells the outcome in prose.

* 1_motion: title "Låt alla barn lära sig simma!" (M-TITLE-02); introducer
  "Vänsterpartiet vill därför att:" (M-INTRO-04); the WHOLE list is one Word
  paragraph whose items are separated by soft line breaks (w:br), typed with
  glued numbers "1)Kommunen …" (M-CLAUSE-08, T-JOIN-01); items are
  subject-first (M-CLAUSE-04) and one is a ska-sentence (M-CLAUSE-05). A body
  sentence starts "Att kunna simma …" (not a clause). Signed
  "Amira Haddad," / "för Vänsterpartiet Måsvik" on two lines (M-SIGN-07),
  "Måsvik 2023-10-02" (M-DATE-01).
* 2_kf-protokoll: one § of KF; the motion is retold in one sentence "föreslår i
  en motion att A, att B och att C" (three clauses); outcome by content
  "dels bifalls gällande …, dels avslås avseende …".
* 3_nyhet.txt: the party's news page pasted from the browser (T-WEB-01
  boilerplate around it), hard-wrapped; the middle paragraphs have lost their
  å/ä/ö (T-DIACR-01) while the rest keeps them. It retells the clauses and the
  outcome in prose (doc_type "other").
"""
from truthlib import SIG, truth, decision

MUNI = "Måsviks kommun"
DNR = "KS/2023-0211"
KEY = "KS 2023/211"
AUTHORS = [("Amira Haddad", "V")]

TITLE_M = "Låt alla barn lära sig simma!"
C1 = "Kommunen erbjuder avgiftsfri simskola under sommarlovet för alla barn mellan 6 och 12 år"
C2 = "Alla elever i årskurs 3 ska få minst tio lektioner simundervisning i simhallen"
C3 = "Måsviksbadet håller öppet för allmänheten även under skolornas sommarlov"
CLAUSES = [C1, C2, C3]

motion = {
    "stem": "masvik-ks-2023-211_1_motion",
    "format": "docx", "font": "Georgia", "size": 11,
    "core_title": "Motion simundervisning", "core_author": "Amira Haddad",
    "header": ["Vänsterpartiet Måsvik\tMotion till kommunfullmäktige"],
    "blocks": [
        ("title", TITLE_M),
        ("p", "Att kunna simma är en fråga om liv och död. Ändå visar skolans egna uppföljningar att "
              "nästan var femte elev i årskurs 6 i Måsviks kommun inte klarar kunskapskravet i "
              "simning. Bakom siffran döljs stora skillnader: i de områden där få föräldrar själva "
              "har lärt sig simma är andelen mycket högre."),
        ("p", "Sommarlovet är den tid då flest barn badar i sjöar och i havet, men det är också då "
              "Måsviksbadet stänger i sju veckor. Den privata simskolan kostar 1 200 kronor per "
              "barn, vilket många familjer inte har råd med."),
        ("p", "Skolan har ansvaret för att alla elever lär sig simma. Det kräver tid i bassängen, "
              "inte bara teori i klassrummet."),
        ("p", "Vänsterpartiet vill därför att:"),
        ("p", f"1){C1}\n2){C2}\n3){C3}"),
        ("empty",),
        ("p", "Måsvik 2023-10-02"),
        ("empty",),
        ("lines", ["Amira Haddad,", "för Vänsterpartiet Måsvik"]),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2023-10-02",
                   authors=AUTHORS, clauses=CLAUSES),
}

TITLE_P = "Svar på motion – Låt alla barn lära sig simma!"
R1 = "att kommunen erbjuder avgiftsfri simskola under sommarlovet för alla barn mellan 6 och 12 år"
R2 = "att alla elever i årskurs 3 ska få minst tio lektioner simundervisning i simhallen"
R3 = "att Måsviksbadet håller öppet för allmänheten även under skolornas sommarlov"
DEC_KF = ("Kommunfullmäktige beslutar att motionen dels bifalls gällande förslaget om "
          "simundervisning i årskurs 3, dels avslås avseende avgiftsfri simskola och sommaröppet "
          "badhus.")
PER = [(1, "avslag"), (2, "bifall"), (3, "avslag")]

kf = {
    "stem": "masvik-ks-2023-211_2_kf-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KF 2024-05-27 § 112", "core_author": "Lotta Berglund",
    "header": ["MÅSVIKS KOMMUN\tPROTOKOLLSUTDRAG\tSida {PAGE} av {NUMPAGES}",
               "Kommunfullmäktige\t2024-05-27"],
    "footer": [SIG],
    "blocks": [
        ("p", "§ 112\tKS/2023-0211", {"bold": True}),
        ("h2", TITLE_P),
        ("p", "Ärendebeskrivning", {"bold": True, "keep_next": True}),
        ("p", f"Amira Haddad (V) föreslår i en motion {R1}, {R2} och {R3}. Motionen väcktes den "
              "16 oktober 2023 och överlämnades till kommunstyrelsen för beredning."),
        ("p", "Barn- och utbildningsnämnden har i sitt yttrande tillstyrkt att simundervisningen i "
              "årskurs 3 utökas och avstyrkt övriga förslag med hänvisning till kostnaderna. "
              "Kommunstyrelsen har den 6 maj 2024, § 87, föreslagit fullmäktige att besluta i "
              "enlighet med nämndens yttrande."),
        ("p", "Yrkanden", {"bold": True, "keep_next": True}),
        ("p", "Amira Haddad (V) yrkar bifall till motionen i sin helhet. Göran Lilja (M) yrkar "
              "bifall till kommunstyrelsens förslag."),
        ("p", "Propositionsordning", {"bold": True, "keep_next": True}),
        ("p", "Ordföranden ställer proposition på yrkandena och finner att fullmäktige beslutar "
              "enligt kommunstyrelsens förslag."),
        ("p", "Kommunfullmäktiges beslut", {"bold": True, "keep_next": True}),
        ("p", DEC_KF),
        ("p", "Reservation", {"bold": True, "keep_next": True}),
        ("p", "Amira Haddad (V) reserverar sig mot beslutet."),
        ("p", "Skickas till", {"bold": True, "keep_next": True}),
        ("p", "Barn- och utbildningsnämnden\nKultur- och fritidsnämnden\nAmira Haddad"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_P, MUNI, "KF", "2024-05-27",
                   authors=AUTHORS, clauses=[R1, R2, R3],
                   decision=decision("delvis_bifall", False, DEC_KF, PER)),
}

# The news page: the middle of the article has lost å/ä/ö; the truth keeps the
# text as shown (issue 11: noise stays in the truth).
TITLE_N = "Fullmäktige sa ja till mer simundervisning i trean"
N1 = "att kommunen erbjuder avgiftsfri simskola under sommarlovet for alla barn mellan 6 och 12 ar"
N2 = "att alla elever i arskurs 3 ska fa minst tio lektioner simundervisning i simhallen"
DEC_N = ("Pa mandagens fullmaktigemote bifolls motionen i den del som galler simundervisningen i "
         "arskurs 3, medan forslagen om gratis simskola och sommaroppet bad avslogs.")
PER_N = [(1, "avslag"), (2, "bifall"), (3, "avslag")]

nyhet_text = """Hoppa till huvudinnehåll
Vänsterpartiet Måsvik
Start   Vår politik   Nyheter   Kontakt   Bli medlem
Du är här: Start > Nyheter > Kommunfullmäktige

Fullmäktige sa ja till mer simundervisning i trean

Publicerad 28 maj 2024 · Nyheter, Skola

I oktober lämnade vår gruppledare Amira Haddad in motionen "Låt
alla barn lära sig simma!" till kommunfullmäktige i Måsviks kommun.
I går kväll kom beslutet.

Vi foreslog i var motion att kommunen erbjuder avgiftsfri simskola
under sommarlovet for alla barn mellan 6 och 12 ar, att alla elever
i arskurs 3 ska fa minst tio lektioner simundervisning i simhallen
och att Masviksbadet haller oppet for allmanheten aven under skolor-
nas sommarlov.

Pa mandagens fullmaktigemote bifolls motionen i den del som galler
simundervisningen i arskurs 3, medan forslagen om gratis simskola
och sommaroppet bad avslogs. Majoriteten hanvisade till kostnaderna.

– Det är ett viktigt steg, men det räcker inte. De barn som inte har
råd med den privata simskolan får fortfarande vänta till trean innan
någon lär dem simma, säger Amira Haddad.

Vänsterpartiet reserverade sig mot beslutet och kommer att ta upp
frågan igen i budgetarbetet i höst.

Dela: Facebook   X   E-post   Skriv ut

Relaterat
Vi vill ha fler fritidsgårdar öppna på helger
Budgetdebatten 2024 – vårt tal i fullmäktige

Bli medlem i Vänsterpartiet!
Vänsterpartiet Måsvik · Storgatan 14 · 456 31 Måsvik
© 2024 Vänsterpartiet · Integritetspolicy · Om kakor
Vi använder kakor för att förbättra din upplevelse. [Acceptera] [Inställningar]
"""

# N3 is split by the hyphenated line end "skolor-" / "nas" in the text; the
# truth follows the text as shown, with the line break as one space.
N3_SHOWN = "att Masviksbadet haller oppet for allmanheten aven under skolor- nas sommarlov"

nyhet = {
    "stem": "masvik-ks-2023-211_3_nyhet",
    "format": "txt", "encoding": "utf-8",
    "text": nyhet_text,
    "truth": truth("other", None, None, TITLE_N, MUNI, "KF", "2024-05-28",
                   authors=AUTHORS, clauses=[N1, N2, N3_SHOWN],
                   decision=decision("delvis_bifall", False, DEC_N, PER_N)),
}

DOCS = [motion, kf, nyhet]
