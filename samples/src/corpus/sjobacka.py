"""Case sjobacka-ks2017-214: bordläggning at KF, then the decision (besvarad).
Dnr form "KS2017/214/01". Motion with eight clauses in Word numbering "1."
where only the first item starts with "att", clause 7 continued in a second
paragraph, proposer written surname first ("Sjödin Maria (M)"), date
"27.05.2017". The tjänsteskrivelse runs to three pages, comments as
"Frågeställning N ..." and leaves clause 6 without a comment. KSAU extract."""
from .common import SIG, truth, decision, protocol_header, officer_block

MUNI = "Sjöbacka kommun"
DNR = "KS2017/214/01"
KEY = "KS 2017/214"

C1 = "att kommunstyrelsen ges i uppdrag att ta fram en plan för trafiksäkra skolvägar"
C2 = "hastigheten sänks till 30 km/tim på samtliga gator i anslutning till grundskolorna"
C3 = "övergångsställen vid skolorna förses med blinkande varningsskyltar"
C4 = "gång- och cykelvägen mellan Östra skolan och Lövängen färdigställs"
C5 = "föräldrar uppmuntras att inte skjutsa barnen ända fram till skolan"
C6 = "en särskild avlämningsplats anordnas vid Centralskolan"
C7A = "skolskjutsarnas hållplatser ses över tillsammans med kollektivtrafikmyndigheten"
C7B = "och flyttas där barnen i dag måste korsa större vägar"
C7 = C7A + " " + C7B
C8 = "arbetet redovisas för kommunfullmäktige senast den 31 december 2018"
CLAUSES = [C1, C2, C3, C4, C5, C6, C7, C8]
LIST_ITEMS = [C1, C2, C3, C4, C5, C6, C7A, ("cont", C7B), C8]

TITLE_M = "Motion om trafiksäkra skolvägar"
TITLE_S = "Svar på motion om trafiksäkra skolvägar"

motion = {
    "stem": "sjobacka-ks2017-214_1_motion",
    "format": "docx",
    "core_title": TITLE_M, "core_author": "Maria Sjödin",
    "header": ["Moderaterna i Sjöbacka"],
    "blocks": [
        ("p", f"Sjöbacka kommun\nDiarienummer: {DNR}", {"align": "right", "size": 9}),
        ("title", TITLE_M),
        ("p", "Till kommunfullmäktige i Sjöbacka"),
        ("p", "Varje morgon tar sig drygt 1 800 barn till kommunens grundskolor. Alldeles för många av "
              "dem gör det längs vägar där bilarna kör fort, där trottoarer saknas och där "
              "övergångsställena ligger långt ifrån de platser där barnen faktiskt korsar gatan. "
              "Föräldrar väljer därför att skjutsa, vilket i sin tur gör trafiken kring skolorna ännu "
              "tätare."),
        ("p", "Det senaste året har följande hänt:"),
        ("bullets", [
            "två barn har skadats i trafiken på väg till Östra skolan",
            "polisen har vid tre kontroller på Skolgatan uppmätt hastigheter över 50 km/tim",
            "föräldraföreningen vid Centralskolan har samlat in 412 namn för en säkrare skolväg",
        ]),
        ("p", "Trafiksäkerhet kring skolor handlar inte om en enskild åtgärd utan om ett samlat grepp. "
              "Med anledning av detta föreslår jag att kommunfullmäktige beslutar"),
        ("numlist", "decimal_dot", LIST_ITEMS),
        ("empty",),
        ("p", "Sjöbacka 27.05.2017"),
        ("empty",),
        ("p", "Sjödin Maria (M)"),
    ],
    "truth": truth("motion", DNR, KEY, TITLE_M, MUNI, "KF", "2017-05-27",
                   authors=[("Sjödin Maria", "M")], clauses=CLAUSES),
}

F1 = ("Frågeställning 1 gäller en samlad plan. Förvaltningen har sedan hösten 2016 arbetat med ett "
      "trafiksäkerhetsprogram för hela kommunen där skolvägarna utgör ett eget kapitel. Programmet "
      "beräknas kunna antas av kommunstyrelsen under våren 2018. En särskild plan för skolvägar "
      "bedöms därför inte behövas.")
F2 = ("Frågeställning 2 rör sänkt hastighet. Sedan 2015 gäller 30 km/tim vid sex av kommunens nio "
      "grundskolor. Vid Östra skolan, Björkskolan och Centralskolan gäller 40 km/tim på delar av "
      "sträckan. Förvaltningen föreslår i trafiksäkerhetsprogrammet att 30 km/tim införs även där, "
      "vilket kräver nya lokala trafikföreskrifter.")
F3 = ("Frågeställning 3 gäller blinkande varningsskyltar vid övergångsställen. Erfarenheten från andra "
      "kommuner är att sådana skyltar har god effekt de första månaderna men att effekten avtar. "
      "Förvaltningen prioriterar i stället fysiska åtgärder som upphöjda övergångsställen och "
      "avsmalningar, som sänker hastigheten varaktigt.")
F4 = ("Frågeställning 4 handlar om gång- och cykelvägen mellan Östra skolan och Lövängen. Den saknade "
      "delen, cirka 650 meter, ingår i investeringsbudgeten för 2018 och projekteringen pågår.")
F5 = ("Frågeställning 5 om att uppmuntra föräldrar att låta barnen gå eller cykla hanteras i samarbete "
      "med skolorna. Kampanjen Gå till skolan genomförs varje höst sedan 2016 och kommer att "
      "fortsätta.")
F7 = ("Frågeställning 7 rör skolskjutsarnas hållplatser. En genomgång görs tillsammans med "
      "kollektivtrafikmyndigheten under 2018 i samband med den nya upphandlingen av skolskjuts. "
      "Hållplatser där barn måste korsa väg med hastighet över 60 km/tim prioriteras.")
F8 = ("Frågeställning 8 innebär en redovisning till fullmäktige. Trafiksäkerhetsprogrammet kommer att "
      "redovisas för kommunfullmäktige, och uppföljning sker därefter årligen i "
      "samhällsbyggnadsnämndens verksamhetsberättelse.")

svar = {
    "stem": "sjobacka-ks2017-214_2_tjansteskrivelse",
    "format": "docx",
    "core_title": TITLE_S, "core_author": "Fredrik Blom",
    "header": [f"{MUNI}\tTjänsteskrivelse\tSida {{PAGE}} ({{NUMPAGES}})",
               f"Samhällsbyggnadsförvaltningen\t2017-10-16\tDnr {DNR}"],
    "footer": ["Sjöbacka kommun · Samhällsbyggnadsförvaltningen · 446 80 Sjöbacka · www.sjobacka.se"],
    "blocks": [
        officer_block("Fredrik Blom", "trafikingenjör", "0303-73 41 90", "fredrik.blom@sjobacka.se"),
        ("p", "Kommunstyrelsen", {"bold": True}),
        ("title", TITLE_S),
        ("h1", "Förslag till beslut"),
        ("p", "Motionen anses besvarad."),
        ("h1", "Sammanfattning"),
        ("p", "Maria Sjödin (M) har lämnat en motion om trafiksäkra skolvägar med åtta förslag. "
              "Förvaltningen delar motionärens bild av problemen. Merparten av förslagen genomförs "
              "redan eller ingår i det trafiksäkerhetsprogram som håller på att tas fram. Förvaltningen "
              "föreslår därför att motionen anses besvarad."),
        ("h1", "Bakgrund"),
        ("p", "Motionen inkom den 29 maj 2017 och anmäldes i kommunfullmäktige den 19 juni 2017. "
              "Motionären föreslår att kommunfullmäktige beslutar"),
        ("numlist", "decimal_dot", LIST_ITEMS),
        ("p", "Kommunen är väghållare för gatorna inom detaljplanelagt område i Sjöbacka tätort, "
              "Lövängen och Kullen. Övriga vägar i kommunen ägs av Trafikverket eller av enskilda "
              "vägföreningar. Kommunens möjligheter att själv besluta om åtgärder varierar därför "
              "mellan skolorna."),
        ("h2", "Olyckor och skador"),
        ("p", "Enligt STRADA, det nationella informationssystemet för skador och olyckor i "
              "vägtransportsystemet, skadades 14 barn i åldern 6–15 år i trafiken i kommunen under "
              "perioden 2012–2016. Fem av skadorna inträffade på väg till eller från skolan, samtliga "
              "lindriga."),
        ("table", [["År", "Skadade barn 6–15 år", "Varav på skolväg"],
                   ["2012", "3", "1"], ["2013", "2", "0"], ["2014", "4", "2"],
                   ["2015", "2", "1"], ["2016", "3", "1"]],
         {"style": "Table Grid", "widths_cm": [3.0, 6.7, 6.7], "bold_first_row": True}),
        ("h2", "Pågående arbete"),
        ("p", "Samhällsbyggnadsnämnden gav i februari 2016 förvaltningen i uppdrag att ta fram ett "
              "trafiksäkerhetsprogram. Arbetet omfattar en inventering av samtliga skolvägar, där "
              "elever i årskurs 4 och 7 har fått markera otrygga platser på en karta. Totalt har 1 126 "
              "elever deltagit och drygt 3 000 markeringar har gjorts. Resultatet har sammanställts "
              "skola för skola och ligger till grund för en prioriterad åtgärdslista."),
        ("p", "Parallellt har förvaltningen genomfört hastighetsmätningar vid samtliga grundskolor. "
              "Mätningarna visar att medelhastigheten vid skolor med skyltad 30 km/tim ligger på "
              "31–36 km/tim, medan den vid skolor med 40 km/tim ligger på 42–47 km/tim."),
        ("h1", "Bedömning"),
        ("p", "Förvaltningen kommenterar nedan motionens förslag, som i det följande kallas "
              "frågeställningar, i tur och ordning."),
        ("p", F1),
        ("p", F2),
        ("p", F3),
        ("p", F4),
        ("p", F5),
        ("p", F7),
        ("p", F8),
        ("p", "Sammantaget bedömer förvaltningen att motionens intentioner i allt väsentligt "
              "omhändertas i trafiksäkerhetsprogrammet och i pågående investeringar."),
        ("h1", "Konsekvensbeskrivning"),
        ("h2", "Ekonomiska konsekvenser"),
        ("p", "Förslaget till beslut medför inga kostnader utöver de som redan finns i budget. "
              "Gång- och cykelvägen mellan Östra skolan och Lövängen beräknas kosta 2,8 miljoner kronor "
              "och finns med i investeringsbudgeten för 2018. Hastighetsåtgärder vid tre skolor "
              "beräknas kosta 450 000 kronor och prövas i budgeten för 2019."),
        ("h2", "Barnkonsekvensanalys"),
        ("p", "Ärendet berör barn i högsta grad. Barnen har själva fått komma till tals genom "
              "skolvägsinventeringen, och deras markeringar har varit avgörande för vilka platser som "
              "prioriteras. Barnets bästa enligt artikel 3 i barnkonventionen talar för att åtgärder "
              "genomförs så snart som möjligt. Förvaltningen bedömer att det samlade programmet ger "
              "större nytta för barnen än enskilda åtgärder beslutade var för sig, eftersom åtgärderna "
              "då kan prioriteras efter risk."),
        ("h2", "Miljö och folkhälsa"),
        ("p", "Fler barn som går och cyklar till skolan ger bättre folkhälsa och mindre biltrafik kring "
              "skolorna. Åtgärderna bedöms därför även ha positiva miljöeffekter."),
        ("h1", "Samråd"),
        ("p", "Ärendet har beretts i samråd med barn- och utbildningsförvaltningen och med "
              "kollektivtrafikmyndigheten. Föräldraföreningen vid Centralskolan har fått lämna "
              "synpunkter vid ett möte den 12 september 2017."),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Maria Sjödin (M), 27.05.2017\nTjänsteskrivelse 2017-10-16\n"
              "Skolvägsinventering 2017, sammanställning"),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Kommunfullmäktige\nSamhällsbyggnadsnämnden\nBarn- och utbildningsnämnden"),
        ("empty",),
        ("p", "Åsa Lindahl\nSamhällsbyggnadschef"),
        ("p", "Fredrik Blom\nTrafikingenjör"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_S, MUNI, "KS", "2017-10-16", officer="Fredrik Blom",
                   authors=[("Maria Sjödin", "M")], clauses=CLAUSES,
                   comments=[(1, F1), (2, F2), (3, F3), (4, F4), (5, F5), (7, F7), (8, F8)],
                   decision=decision("besvarad", True, "Motionen anses besvarad."),
                   warnings=[("clause_without_comment", 6)]),
}

ksau = {
    "stem": "sjobacka-ks2017-214_3_ksau-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KSAU 2017-11-07 § 112", "core_author": "Peter Hallberg",
    "header": protocol_header(MUNI, "Kommunstyrelsens arbetsutskott", "2017-11-07"),
    "footer": [SIG],
    "blocks": [
        ("p", "§ 112", {"bold": True}),
        ("p", f"Dnr {DNR}"),
        ("h1", TITLE_S),
        ("h2", "Ärendebeskrivning"),
        ("p", "Maria Sjödin (M) har lämnat en motion om trafiksäkra skolvägar. Motionen innehåller åtta "
              "förslag om bland annat sänkt hastighet, varningsskyltar och en ny gång- och cykelväg. "
              "Samhällsbyggnadsförvaltningen föreslår att motionen anses besvarad, eftersom förslagen "
              "omhändertas i det kommande trafiksäkerhetsprogrammet."),
        ("h2", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse 2017-10-16\nMotion 27.05.2017"),
        ("h2", "Arbetsutskottets förslag till kommunstyrelsen"),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige att motionen anses besvarad."),
        ("h2", "Skickas till"),
        ("p", "Kommunstyrelsen"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_S, MUNI, "KSAU", "2017-11-07",
                   authors=[("Maria Sjödin", "M")],
                   decision=decision("besvarad", True,
                                     "Kommunstyrelsen föreslår kommunfullmäktige att motionen anses besvarad.")),
}

BORD = "Ärendet bordläggs till kommunfullmäktiges sammanträde den 12 februari 2018."
kf1 = {
    "stem": "sjobacka-ks2017-214_4_kf-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KF 2017-12-11 § 98", "core_author": "Peter Hallberg",
    "header": protocol_header(MUNI, "Kommunfullmäktige", "2017-12-11"),
    "footer": [SIG],
    "blocks": [
        ("p", "§ 98", {"bold": True}),
        ("p", f"Dnr {DNR}"),
        ("h1", TITLE_S),
        ("h2", "Ärendebeskrivning"),
        ("p", "Maria Sjödin (M) har lämnat en motion om trafiksäkra skolvägar. Kommunstyrelsen föreslår "
              "den 20 november 2017, § 150, att motionen anses besvarad."),
        ("h2", "Beslutsunderlag"),
        ("p", "Kommunstyrelsens protokoll 2017-11-20, § 150\nKommunstyrelsens arbetsutskott "
              "2017-11-07, § 112\nTjänsteskrivelse 2017-10-16\nMotion 27.05.2017"),
        ("h2", "Yrkanden"),
        ("p", "Maria Sjödin (M) yrkar att ärendet bordläggs till nästa sammanträde, eftersom "
              "trafiksäkerhetsprogrammet ännu inte är tillgängligt för ledamöterna."),
        ("p", "Göran Alm (S) yrkar att ärendet avgörs i dag."),
        ("h2", "Propositionsordning"),
        ("p", "Ordföranden ställer proposition på om ärendet ska avgöras i dag eller bordläggas och "
              "finner att kommunfullmäktige beslutar att bordlägga ärendet."),
        ("h2", "Kommunfullmäktiges beslut"),
        ("p", BORD),
        ("h2", "Skickas till"),
        ("p", "Kommunstyrelsen"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_S, MUNI, "KF", "2017-12-11",
                   authors=[("Maria Sjödin", "M")],
                   decision=decision("bordlagd", False, BORD)),
}

kf2 = {
    "stem": "sjobacka-ks2017-214_5_kf-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KF 2018-02-12 § 9", "core_author": "Peter Hallberg",
    "header": protocol_header(MUNI, "Kommunfullmäktige", "2018-02-12"),
    "footer": [SIG],
    "blocks": [
        ("p", "§ 9", {"bold": True}),
        ("p", f"Dnr {DNR}"),
        ("h1", TITLE_S),
        ("h2", "Ärendebeskrivning"),
        ("p", "Maria Sjödin (M) har lämnat en motion om trafiksäkra skolvägar. Ärendet bordlades vid "
              "sammanträdet den 11 december 2017, § 98. Trafiksäkerhetsprogrammet har därefter skickats "
              "ut till ledamöterna."),
        ("h2", "Beslutsunderlag"),
        ("p", "Kommunstyrelsens protokoll 2017-11-20, § 150\nTjänsteskrivelse 2017-10-16\n"
              "Förslag till trafiksäkerhetsprogram, Bilaga 1 till § 9"),
        ("h2", "Yrkanden"),
        ("p", "Maria Sjödin (M) och Göran Alm (S) yrkar bifall till kommunstyrelsens förslag."),
        ("h2", "Kommunfullmäktiges beslut"),
        ("p", "Motionen anses besvarad."),
        ("h2", "Skickas till"),
        ("p", "Kommunstyrelsen\nSamhällsbyggnadsnämnden\nMaria Sjödin (M)"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_S, MUNI, "KF", "2018-02-12",
                   authors=[("Maria Sjödin", "M")],
                   decision=decision("besvarad", False, "Motionen anses besvarad.")),
}

DOCS = [motion, svar, ksau, kf1, kf2]
