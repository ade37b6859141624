"""sandhamra-kf-2024-06-17_protokoll: Sandhamra kommun, kommunfullmäktige 2024-06-17,
§§ 61-90 (30 §, 37 items), a long protocol of 40+ pages.

Layout: cover page, ärendeförteckning (table), a long närvarolista (45 seats, ersättare,
attendance per § range), then each § as Heading 1 "§ 61" on its own line, the title as
a bold paragraph under it and "Dnr KS/2024:088" (organ/year:serial) on the line after.
Running head "SANDHAMRA KOMMUN | Sammanträdesprotokoll | Sida n (m)" / "Kommunfullmäktige |
2024-06-17", signature box in the footer. Budget and skattesats with full voting lists
of 45 names, party budget yrkanden with their own att-lines (not motion clauses),
årsredovisning, ansvarsfrihet, a long interpellation debate, many val.

Motions: § 65 raises two; § 70 bifall, § 71 avslag after votering, § 72 besvarad,
§ 73 minority återremiss under 5 kap. 53 § KL "för att ...", § 74 bordläggning on the
motionär's request, § 75 avskrivning of a withdrawn motion, § 76 two motions in one §
(two Dnr lines, both besvarade), § 77 redovisning table of six unfinished motions.
"""
from common import SIG, dec, grid, item, keep_all, label, protocol_truth, roster, party_order, \
    vote_rows, cover

MUNI = "Sandhamra kommun"
DATE = "2024-06-17"
PARTIES = ["S", "M", "SD", "C", "V", "KD", "L", "MP"]
SEATS = {"S": 13, "M": 10, "SD": 9, "C": 4, "V": 3, "KD": 3, "L": 2, "MP": 1}

ORDF = ("Gunilla Westin", "M")
VORDF = ("Roger Ekwall", "S")
BERGGREN = ("Camilla Berggren", "M")      # KSO
LINDH = ("Ewa Lindh", "S")                # oppositionsråd
VESTIN = ("Anna-Karin Vestin", "S")
GRAHN = ("Petter Grahn", "C")
STRAND = ("Lotta Strand", "L")
OST = ("Sanna Öst", "V")
LOVDAHL = ("Birgitta Lövdahl", "KD")
HEDIN = ("Gunnar Hedin", "C")
RASK = ("Jimmy Rask", "SD")
TELL = ("Oscar Tell", "MP")
SVAHN = ("Henrik Svahn", "M")
NORD = ("Kristoffer Nord", "SD")
AHLSTROM = ("Maria Ahlström", "S")
FIXED = [ORDF, VORDF, BERGGREN, LINDH, VESTIN, GRAHN, STRAND, OST, LOVDAHL, HEDIN, RASK, TELL,
         SVAHN, NORD, AHLSTROM]
MEMBERS = party_order(roster(SEATS, FIXED, seed=617), PARTIES)
FREE = [m for m in MEMBERS if m not in FIXED]
ERSATTARE = party_order(roster({"S": 8, "M": 7, "SD": 6, "C": 3, "V": 2, "KD": 2, "L": 2, "MP": 2},
                               [], seed=1706, taken=[m[0] for m in MEMBERS]), PARTIES)
ERS_BY_PARTY = {}
for _n, _p in ERSATTARE:
    ERS_BY_PARTY.setdefault(_p, []).append(_n)
# three members absent the whole meeting, one leaves after § 75
ABSENT = [FREE[1], FREE[14], FREE[24]]
LEAVES = FREE[5]
SUB = {m[0]: ERS_BY_PARTY[m[1]][0] for m in ABSENT}
SUB_LATE = ERS_BY_PARTY[LEAVES[1]][1]
SITTING = [(SUB.get(n, n), p) for n, p in MEMBERS]        # §§ 61-75


def pn(p):
    return f"{p[0]} ({p[1]})"


NEW_PAGE = {65, 66, 68, 70, 71, 72, 73, 74, 76, 77, 78, 79, 81, 83, 84, 86, 88, 89, 90}


def head(no, title, dnr=None):
    out = [("page_break",)] if no in NEW_PAGE else []
    out += [("h1", f"§ {no}"), ("p", title, {"bold": True, "keep_next": True, "size": 13})]
    if dnr:
        out.append(("p", f"Dnr {dnr}", {"keep_next": True}))
    return out


def body(*texts):
    return [("p", t) for t in texts]


# ================================================================ titles, dnr, decisions
T = {
    61: "Upprop och anmälan av tjänstgörande ersättare",
    62: "Val av justerare och tid för justering",
    63: "Godkännande av föredragningslista",
    64: "Allmänhetens frågestund",
    65: "Anmälan av motioner",
    66: "Årsredovisning 2023 för Sandhamra kommun",
    67: "Ansvarsfrihet för kommunstyrelsen och nämnderna för 2023",
    68: "Budget 2025 och verksamhetsplan 2026–2027",
    69: "Skattesats för 2025",
    70: "Svar på motion om hjärtstartare i kommunens lokaler",
    71: "Svar på motion om sex timmars arbetsdag inom hemtjänsten",
    72: "Svar på motion om en handlingsplan mot ofrivillig ensamhet bland äldre",
    73: "Svar på motion om att behålla skolan i Västra Ryd",
    74: "Svar på motion om bostäder för unga vuxna",
    75: "Avskrivning av motion om en hundbadplats vid Lillsjön",
    76: "Svar på två motioner om trafiksäkerheten vid Centralskolan",
    77: "Redovisning av motioner som inte beretts färdigt",
    78: "Interpellation från Ewa Lindh (S) om vårdcentralen i Norra Sandhamra",
    79: "Interpellation från Sanna Öst (V) om sommarjobb för ungdomar",
    80: "Fråga från Oscar Tell (MP) om kommunens laddinfrastruktur",
    81: "Val av ordförande i socialnämnden",
    82: "Fyllnadsval av nämndeman vid Sandhamra tingsrätt",
    83: "Val av ersättare i kommunstyrelsen",
    84: "Val av ombud och ersättare till Kommuninvests föreningsstämma",
    85: "Fyllnadsval av revisor",
    86: "Val av styrelse och lekmannarevisorer i Sandhamra Bostäder AB",
    87: "Entledigande från uppdrag och fyllnadsval i kultur- och fritidsnämnden",
    88: "Taxa för kommunens allmänna vatten- och avloppsanläggning 2025",
    89: "Ändring av taxa för prövning och tillsyn inom miljöbalkens område",
    90: "Meddelanden",
}
DNR = {  # § -> (dnr as written, key)
    66: ("KS/2024:088", "KS 2024/88"), 67: ("KS/2024:090", "KS 2024/90"),
    68: ("KS/2024:102", "KS 2024/102"), 69: ("KS/2024:103", "KS 2024/103"),
    70: ("KS/2023:118", "KS 2023/118"), 71: ("KS/2023:131", "KS 2023/131"),
    72: ("KS/2023:144", "KS 2023/144"), 73: ("KS/2023:152", "KS 2023/152"),
    74: ("KS/2023:160", "KS 2023/160"), 75: ("KS/2024:033", "KS 2024/33"),
    77: ("KS/2024:015", "KS 2024/15"), 78: ("KS/2024:151", "KS 2024/151"),
    79: ("KS/2024:153", "KS 2024/153"), 81: ("KS/2024:004", "KS 2024/4"),
    82: ("KS/2024:004", "KS 2024/4"), 83: ("KS/2024:004", "KS 2024/4"),
    84: ("KS/2024:004", "KS 2024/4"), 85: ("KS/2024:004", "KS 2024/4"),
    86: ("KS/2024:004", "KS 2024/4"), 87: ("KS/2024:004", "KS 2024/4"),
    88: ("KS/2024:097", "KS 2024/97"), 89: ("KS/2024:099", "KS 2024/99"),
    90: ("KS/2024:006", "KS 2024/6"),
}

# § 65
M65 = [("Motion om avgiftsfri simskola för alla barn i förskoleklass", "KS/2024:141",
        "KS 2024/141", [VESTIN]),
       ("Motion om medborgarbudget i kommundelarna", "KS/2024:146", "KS 2024/146", [GRAHN])]
D65 = "Motionerna lämnas över till kommunstyrelsen för beredning."
# § 70
C70 = ["att hjärtstartare placeras i samtliga kommunala skolor, idrottshallar och "
       "äldreboenden",
       "att kommunen registrerar alla sina hjärtstartare i Sveriges hjärtstartarregister"]
D70 = "Kommunfullmäktige beslutar att bifalla motionen."
# clauses retold in the descriptions of §§ 71-74 and 76 (issue 11 convention)
C71 = ["att kommunen inför ett försök med sex timmars arbetsdag med bibehållen lön i en "
       "hemtjänstgrupp under två år",
       "att försöket utvärderas med avseende på sjukfrånvaro, personalomsättning och brukarnas "
       "upplevda kvalitet"]
C72 = ["att kommunen tar fram en handlingsplan mot ofrivillig ensamhet bland äldre, i samarbete "
       "med pensionärsorganisationerna, kyrkan och föreningslivet"]
C73 = ["att skolan i Västra Ryd, som i dag har 38 elever i förskoleklass till årskurs 3, ska "
       "finnas kvar som en egen skolenhet"]
C74 = ["att Sandhamra Bostäder AB ska avsätta minst 30 lägenheter per år till unga vuxna mellan "
       "18 och 25 år"]
C76 = {"KS/2023:171": ["att en gång- och cykelbana byggs längs Skolgatan"],
       "KS/2023:189": ["att hastigheten på Skolgatan och Kyrkvägen sänks till 30 km/tim hela "
                       "dygnet"]}
# § 71
D71 = "Kommunfullmäktige beslutar att avslå motionen."
# § 72
D72 = "Motionen anses besvarad."
# § 73
R73 = ("en kostnadsberäkning för en fortsatt F–3-skola i Västra Ryd ska tas fram och "
       "konsekvenserna för barnen i byn ska belysas")
D73 = f"Kommunfullmäktige beslutar att återremittera ärendet till kommunstyrelsen för att {R73}."
# § 74
D74 = "Kommunfullmäktige beslutar att bordlägga ärendet till sammanträdet den 23 september 2024."
# § 75
R75 = "motionären har återkallat den"
D75 = f"Kommunfullmäktige beslutar att avskriva motionen eftersom {R75}."
# § 76
M76 = [("KS/2023:171", "KS 2023/171", LINDH), ("KS/2023:189", "KS 2023/189", SVAHN)]
D76 = "Motionerna anses besvarade."
# § 77  (title, motionär(er), dnr, key, väckt, status, beräknas klar)
RED = [
    ("Motion om fler bänkar längs promenadstråken", [LOVDAHL], "KS/2023:041", "KS 2023/41",
     "2023-02-20", "Yttrande från tekniska nämnden inväntas", "KF september 2024"),
    ("Motion om ett kommunalt integrationsråd", [AHLSTROM], "KS/2023:057", "KS 2023/57",
     "2023-03-27", "Under beredning", "Hösten 2024"),
    ("Motion om solpaneler på Sandhamrahallen", [TELL], "KS/2023:063", "KS 2023/63",
     "2023-03-27", "Utredning av takets bärighet pågår", "2024-11-30"),
    ("Motion om mobilfria skolor", [NORD, RASK], "KS/2023:079", "KS 2023/79",
     "2023-04-24", "Remiss till barn- och utbildningsnämnden", "KF december 2024"),
    ("Motion om öppen förskola i Västra Ryd", [HEDIN], "KS/2023:088", "KS 2023/88",
     "2023-05-22", "Samordnas med lokalförsörjningsplanen", "Första kvartalet 2025"),
    ("Motion om gratis kollektivtrafik för pensionärer", [OST], "KS/2023:095", "KS 2023/95",
     "2023-05-22", "Kostnadsberäkning från regionen inväntas", "2025-03-31"),
]
D77 = "Kommunfullmäktige lägger redovisningen till handlingarna."

VOTE68, CNT68 = vote_rows(SITTING, {"M": "Ja", "KD": "Ja", "L": "Ja", "C": "Ja", "S": "Nej",
                                    "V": "Nej", "MP": "Nej", "SD": "Avstår"})
VOTE69, CNT69 = vote_rows(SITTING, {"M": "Ja", "KD": "Ja", "L": "Ja", "C": "Ja", "SD": "Ja",
                                    "S": "Nej", "V": "Nej", "MP": "Nej"})
VOTE71, CNT71 = vote_rows(SITTING, {"M": "Ja", "KD": "Ja", "L": "Ja", "C": "Ja", "SD": "Ja",
                                    "S": "Avstår", "V": "Nej", "MP": "Nej"})
# from § 76 on, the member who left is replaced
SITTING_LATE = [(SUB_LATE, p) if (n, p) == LEAVES else (n, p) for n, p in SITTING]
VOTE88, CNT88 = vote_rows(SITTING_LATE, {"M": "Ja", "KD": "Ja", "L": "Ja", "C": "Ja", "S": "Ja",
                                         "V": "Avstår", "MP": "Ja", "SD": "Nej"})
VW = [6.2, 1.8, 2.6, 2.6, 2.6]


def count_text(c):
    return (f"Omröstningen utfaller med {c['Ja']} ja-röster mot {c['Nej']} nej-röster. "
            f"{c['Avstår']} ledamöter avstår från att rösta.")



BUDGET_EXTRA = [
    ("p", "Balansbudget, miljoner kronor", {"bold": True, "keep_next": True}),
    grid([["", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"],
          ["Anläggningstillgångar", "1 742", "1 806", "1 901", "1 968"],
          ["Omsättningstillgångar", "318", "305", "297", "301"],
          ["Summa tillgångar", "2 060", "2 111", "2 198", "2 269"],
          ["Eget kapital", "852", "864", "881", "901"],
          ["därav årets resultat", "17", "12", "17", "21"],
          ["Avsättningar för pensioner", "96", "101", "106", "110"],
          ["Långfristiga skulder", "775", "840", "905", "945"],
          ["Kortfristiga skulder", "337", "306", "306", "313"],
          ["Summa eget kapital och skulder", "2 060", "2 111", "2 198", "2 269"]],
         [6.4, 2.5, 2.5, 2.5, 2.5]),
    ("p", "Kassaflödesbudget, miljoner kronor", {"bold": True, "keep_next": True}),
    grid([["", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"],
          ["Årets resultat", "17,3", "11,6", "16,8", "20,5"],
          ["Justering för avskrivningar", "68,2", "72,5", "78,1", "84,0"],
          ["Justering för avsättningar", "4,8", "5,1", "4,9", "4,2"],
          ["Medel från den löpande verksamheten", "90,3", "89,2", "99,8", "108,7"],
          ["Nettoinvesteringar", "–161,0", "–127,4", "–184,3", "–151,7"],
          ["Nyupplåning", "85,0", "65,0", "65,0", "40,0"],
          ["Förändring av likvida medel", "14,3", "26,8", "–19,5", "–3,0"]],
         [6.4, 2.5, 2.5, 2.5, 2.5]),
    ("p", "Uppdrag till nämnderna 2025", {"bold": True, "keep_next": True}),
    ("bullets", [
        "Kommunstyrelsen ska ta fram en ny lokalförsörjningsplan för perioden 2026–2035.",
        "Kommunstyrelsen ska utreda en gemensam servicenämnd med Ryds kommun.",
        "Barn- och utbildningsnämnden ska redovisa en plan för att öka lärarbehörigheten.",
        "Barn- och utbildningsnämnden ska utreda skolorganisationen på landsbygden.",
        "Socialnämnden ska minska kostnaderna för externa placeringar med 5 miljoner kronor.",
        "Socialnämnden ska införa ett nytt planeringssystem i hemtjänsten.",
        "Tekniska nämnden ska ta fram en underhållsplan för gator och broar.",
        "Tekniska nämnden ska se över avgifterna för parkering i centrum.",
        "Kultur- och fritidsnämnden ska pröva meröppet bibliotek i Västra Ryd.",
        "Miljö- och byggnämnden ska korta handläggningstiden för bygglov till högst sex veckor.",
    ]),
]

DEBATE68 = [
    "Gunnar Hedin (C) framhåller att budgeten innehåller en satsning på landsbygdens "
    "infrastruktur genom gång- och cykelvägen mellan Västra Ryd och Sandhamra, men säger också "
    "att Centerpartiet kommer att bevaka att skolutredningen inte leder till att landsbygden "
    "förlorar sina skolor.",
    "Sanna Öst (V) menar att det är ansvarslöst att hålla skatten oförändrad när "
    "socialnämnden redan i år prognostiserar ett underskott. Hon efterlyser en plan för att "
    "ersätta konsulter och bemanningssjuksköterskor med egen personal.",
    "Birgitta Lövdahl (KD) framhåller att socialnämnden får det största tillskottet på många "
    "år och att satsningen på förebyggande arbete för äldre kommer att minska kostnaderna på "
    "sikt. Lotta Strand (L) lyfter fram satsningen på lärarbehörighet och att skolans "
    "resurser skyddas trots det ekonomiska läget.",
    "Oscar Tell (MP) anser att investeringarna i energieffektivisering och solceller är för "
    "små och att kommunen inte når sina klimatmål i den takt budgeten medger. Roger Ekwall "
    "(S) påpekar att låneskulden per invånare ökar med nästan 2 500 kronor under perioden.",
    "Jimmy Rask (SD) föreslår att pengarna till kommunikation och konsulter i stället läggs på "
    "trygghet i centrum. Henrik Svahn (M) svarar att tekniska nämnden redan har fått medel "
    "för bättre belysning och kameror vid resecentrum.",
    "Maria Ahlström (S) och Petter Grahn (C) debatterar förskolans barngrupper. Ewa Lindh (S) "
    "och Camilla Berggren (M) avslutar debatten med repliker om skattesatsen.",
]

RES_S68 = ("Socialdemokraterna har lagt en budget som tar ansvar för välfärden. Med en "
           "skattehöjning på 25 öre kan vi anställa fler i hemtjänsten, minska barngrupperna i "
           "förskolan och behålla skolan i Västra Ryd. Majoritetens budget lägger i stället "
           "nya besparingskrav på nämnder som redan i dag inte klarar sina uppdrag. "
           "Socialnämnden har gått med underskott tre år i rad, och den prognos som "
           "delårsrapporten kommer att visa i höst är redan känd. Att då budgetera med samma "
           "ramar som förra året, med bara en uppräkning för löner och priser, är att skjuta "
           "problemen framför sig. Vi reserverar oss därför mot beslutet till förmån för vårt "
           "eget förslag.")
RES_SD68 = ("Sverigedemokraterna anser att kommunen har råd med både trygghet och välfärd utan "
            "skattehöjning om de administrativa kostnaderna minskar. Kommunstyrelsens ram har "
            "ökat med 30 procent på fem år. Vi reserverar oss till förmån för vårt eget "
            "förslag.")
RES_V71 = ("Försöken med sex timmars arbetsdag i andra kommuner visar lägre sjukfrånvaro och "
           "bättre hälsa hos personalen. Hemtjänsten i Sandhamra har en sjukfrånvaro på över "
           "tio procent och en personalomsättning som gör det omöjligt att ge brukarna "
           "kontinuitet. Ett försök i en arbetsgrupp hade gett oss kunskap om vad en kortare "
           "arbetstid kan betyda här. Vi reserverar oss mot beslutet.")

MAL66 = [("Elevernas kunskapsresultat ska förbättras", "Delvis uppfyllt"),
         ("Andelen behöriga lärare ska öka", "Ej uppfyllt"),
         ("Väntetiden till särskilt boende ska minska", "Ej uppfyllt"),
         ("Brukarnöjdheten i hemtjänsten ska vara minst 90 procent", "Uppfyllt"),
         ("Antalet nya bostäder ska vara minst 60 per år", "Uppfyllt"),
         ("Företagsklimatet ska förbättras", "Uppfyllt"),
         ("Sjukfrånvaron bland anställda ska minska", "Delvis uppfyllt"),
         ("Kommunens energianvändning ska minska", "Uppfyllt"),
         ("Andelen ekologiska livsmedel ska vara minst 30 procent", "Uppfyllt"),
         ("Resultatet ska vara minst 1,5 procent av skatter och bidrag", "Uppfyllt"),
         ("Investeringarna ska till 70 procent finansieras med egna medel", "Uppfyllt"),
         ("Soliditeten ska öka", "Delvis uppfyllt")]

_SPEAK = ["Camilla Berggren (M)", "Ewa Lindh (S)", "Kristoffer Nord (SD)", "Gunnar Hedin (C)",
          "Sanna Öst (V)", "Birgitta Lövdahl (KD)", "Lotta Strand (L)", "Oscar Tell (MP)",
          "Roger Ekwall (S)", "Jimmy Rask (SD)", "Henrik Svahn (M)", "Maria Ahlström (S)",
          "Petter Grahn (C)"]
TALARE68 = []
for _k in range(38):
    _h, _m = divmod(9 * 60 + 40 + _k * 4 + (60 if _k >= 20 else 0), 60)
    TALARE68.append((_SPEAK[(_k * 5) % len(_SPEAK)] if _k else _SPEAK[0],
                     "Anförande" if _k % 3 == 0 else ("Replik" if _k % 3 == 1 else
                                                       "Genmäle"),
                     f"{_h:02d}.{_m:02d}"))

FORV66 = [
    "Året präglades av hög inflation och stigande räntor. Kommunens kostnader för "
    "pensioner ökade kraftigt till följd av det höga prisbasbeloppet, och räntekostnaderna "
    "steg med 9 miljoner kronor jämfört med föregående år. Skatteintäkterna utvecklades "
    "bättre än vad som antogs i budgeten, främst på grund av en stark sysselsättning.",
    "Barn- och utbildningsnämnden redovisar ett underskott på 3,7 miljoner kronor, som i "
    "huvudsak beror på fler elever i behov av särskilt stöd och ökade kostnader för "
    "skolskjuts. Meritvärdet i årskurs 9 ökade något, men andelen behöriga lärare minskade "
    "till 71 procent.",
    "Socialnämnden redovisar ett underskott på 13,6 miljoner kronor. Kostnaderna för externa "
    "placeringar av barn och unga ökade med 40 procent, och bemanningen i hemtjänsten har "
    "krävt inhyrd personal under sommaren. Nämnden har under hösten vidtagit åtgärder som "
    "väntas ge effekt under 2024.",
    "Befolkningen ökade med 175 personer till 27 381 invånare. Det färdigställdes 92 nya "
    "bostäder, varav 48 hyresrätter i Sandhamra Bostäder AB:s nya kvarter vid Lillsjöstrand. "
    "Arbetslösheten var vid årets slut 5,8 procent, vilket är lägre än genomsnittet i länet.",
    "De kommunala bolagen redovisar sammantaget ett resultat på 13,6 miljoner kronor. "
    "Sandhamra Energi AB påverkades positivt av höga elpriser under årets första månader, "
    "medan Sandhamra Vatten AB redovisar ett underskott som ska återställas inom tre år.",
]
REV67 = [
    "Revisorerna har under året genomfört fördjupade granskningar av kommunens "
    "krisberedskap, lönehanteringen, socialnämndens upphandling av konsulttjänster och "
    "barn- och utbildningsnämndens arbete med elevhälsan. Granskningen av socialnämnden "
    "visade att nämnden vid flera tillfällen köpt konsulttjänster utan att följa "
    "upphandlingsreglerna och att attesterna inte har kontrollerats.",
    "För övriga nämnder har revisorerna inte funnit några väsentliga brister, men lämnar "
    "rekommendationer om bättre uppföljning av nämndernas interna kontrollplaner. "
    "Revisorernas ordförande Ingemar Fält redogör för revisionsberättelsen vid sammanträdet.",
]

DEBATE78_MORE = [
    "Roger Ekwall (S) undrar om kommunen har fått något besked om vad som händer med "
    "barnavårdscentralen, som i dag delar lokaler med vårdcentralen. Camilla Berggren (M) "
    "svarar att barnavårdscentralen enligt regionens besked ska finnas kvar i Norra Sandhamra "
    "minst två dagar i veckan.",
    "Birgitta Lövdahl (KD) framhåller att kommunens hemsjukvård redan i dag har ett nära "
    "samarbete med vårdcentralen och att det avtal om läkarmedverkan som gäller fram till 2026 "
    "ska följas oavsett var läkarna har sin arbetsplats.",
    "Petter Grahn (C) påminner om att kollektivtrafiken till centrum behöver förbättras om "
    "sammanslagningen genomförs, och föreslår att kommunen tar upp frågan om en anropsstyrd "
    "linje med regionens kollektivtrafikförvaltning.",
    "Ewa Lindh (S) sammanfattar att det finns en bred enighet i fullmäktige om att "
    "vårdcentralen ska finnas kvar och tackar kommunstyrelsens ordförande för svaret.",
]

# ================================================================ front matter
def front():
    att = [["Ledamot", "Parti", "Närvaro", "Tjänstgörande ersättare", "§§"]]
    for n, p in MEMBERS:
        if (n, p) in ABSENT:
            att.append([n, p, "Frånvarande", SUB[n], "61–90"])
        elif (n, p) == LEAVES:
            att.append([n, p, "§§ 61–75", SUB_LATE, "76–90"])
        else:
            att.append([n, p, "X", "", ""])
    ers = [["Ersättare", "Parti", "Närvaro"]] + [
        [n, p, "Tjänstgör" if n in SUB.values() or n == SUB_LATE else "Närvarande"]
        for n, p in ERSATTARE]
    toc = [["§", "Ärende"]] + [[f"§ {k}", v] for k, v in T.items()]
    return [
        ("p", "SANDHAMRA KOMMUN", {"bold": True, "size": 15}),
        ("p", "Sammanträdesprotokoll", {"size": 20}),
        ("p", "Kommunfullmäktige", {"size": 14}),
        ("empty",),
        cover([
            ["Plats och tid", "Folkets hus, stora salen, Sandhamra, måndagen den 17 juni 2024 "
                              "kl. 09.00–17.45 (ajournering kl. 12.00–13.00)"],
            ["Beslutande", "Se närvarolistan, sidan 3–4"],
            ["Övriga deltagande", "Sofie Dahlqvist, kommunsekreterare\nMarkus Öhrvall, "
                                  "kommundirektör\nLinnéa Broberg, ekonomichef, §§ 66–69\n"
                                  "Ingemar Fält, revisorernas ordförande, §§ 66–67"],
            ["Justerare", "Roger Ekwall (S) och Birgitta Lövdahl (KD)"],
            ["Justeringens plats och tid", "Kommunkontoret, Sandhamra, 2024-06-24 kl. 13.00"],
            ["Underskrifter", "Sekreterare ......................................  "
                              "Paragrafer 61–90\nSofie Dahlqvist\n\nOrdförande "
                              "......................................\nGunilla Westin\n\n"
                              "Justerare ......................................\nRoger Ekwall"
                              "\n\nJusterare ......................................\n"
                              "Birgitta Lövdahl"],
        ]),
        ("p", "ANSLAG/BEVIS", {"bold": True}),
        ("p", "Protokollet är justerat. Justeringen har tillkännagetts genom anslag."),
        cover([
            ["Organ", "Kommunfullmäktige"],
            ["Sammanträdesdatum", "2024-06-17"],
            ["Datum då anslaget sätts upp", "2024-06-25"],
            ["Datum då anslaget tas ned", "2024-07-17"],
            ["Förvaringsplats för protokollet", "Kommunkontoret, Torggatan 1, Sandhamra"],
            ["Underskrift", "......................................\nSofie Dahlqvist"],
        ]),
        ("page_break",),
        ("p", "Ärendeförteckning", {"bold": True, "size": 13}),
        grid(toc, [2.0, 14.4]),
        ("page_break",),
        ("p", "Närvarolista", {"bold": True, "size": 13}),
        ("p", "Ledamöter"),
        grid(att, [5.2, 1.4, 2.6, 5.0, 2.2]),
        ("p", "Ersättare"),
        grid(ers, [6.0, 1.6, 3.6]),
        ("p", "Ordförande: Gunilla Westin (M). Förste vice ordförande: Roger Ekwall (S). "
              "Andre vice ordförande: Kristoffer Nord (SD)."),
        ("page_break",),
    ]


# ================================================================ §§ 61-67
def p61_67():
    b = []
    b += head(61, T[61])
    b += body("Ordföranden förrättar upprop. 42 ledamöter och 3 tjänstgörande ersättare är "
              "närvarande vid uppropet, se närvarolistan. "
              f"{LEAVES[0]} ({LEAVES[1]}) lämnar sammanträdet efter § 75 och ersätts av "
              f"{SUB_LATE} ({LEAVES[1]}).")
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Kommunfullmäktige godkänner uppropet och de tjänstgörande ersättarna.")
    b += head(62, T[62])
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Kommunfullmäktige utser Roger Ekwall (S) och Birgitta Lövdahl (KD) att jämte "
              "ordföranden justera protokollet. Justering sker på kommunkontoret måndagen den "
              "24 juni 2024 kl. 13.00.")
    b += head(63, T[63])
    b += body("Ordföranden föreslår att interpellationerna och frågan, §§ 78–80, behandlas "
              "efter lunch, oavsett hur långt fullmäktige har kommit i föredragningslistan.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Föredragningslistan godkänns med den ändring som ordföranden föreslagit.")
    b += head(64, T[64])
    b += body("Två frågor har anmälts till frågestunden.",
              "Elvy Sandgren, Västra Ryd, frågar hur kommunen tänker lösa skolskjutsen om "
              "skolan i Västra Ryd läggs ned. Barn- och utbildningsnämndens ordförande Lotta "
              "Strand (L) svarar att frågan ingår i den utredning som nämnden gör och att inga "
              "beslut om nedläggning är fattade.",
              "Bo Ringqvist, Sandhamra, frågar varför badplatsen vid Lillsjön inte har fått "
              "någon ny brygga trots löften. Tekniska nämndens ordförande Henrik Svahn (M) "
              "svarar att bryggan är upphandlad och monteras före midsommar.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Frågestunden förklaras avslutad.")
    # § 65 motions raised
    b += [("h1", "§ 65"), ("p", T[65], {"bold": True, "keep_next": True, "size": 13})]
    b += [("p", f"Dnr {m[1]}", {"keep_next": True}) for m in M65]
    b += [label("Ärendebeskrivning")]
    b += body(f"{pn(M65[0][3][0])} har lämnat in en motion: {M65[0][0]}. Motionären vill att "
              "alla barn i förskoleklass erbjuds en simskola på skoltid och utan kostnad för "
              "familjen.",
              f"{pn(M65[1][3][0])} har lämnat in en motion: {M65[1][0]}. Motionären vill att "
              "invånarna i varje kommundel får bestämma över en del av investeringsbudgeten för "
              "parker och lekplatser.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body(D65)
    # § 66 årsredovisning
    b += head(66, T[66], DNR[66][0])
    b += [label("Ärendebeskrivning")]
    b += body("Ekonomiavdelningen har upprättat årsredovisning för 2023. Kommunens resultat "
              "uppgår till 31,2 miljoner kronor, vilket motsvarar 2,1 procent av skatteintäkter "
              "och generella statsbidrag. Koncernens resultat uppgår till 44,8 miljoner kronor. "
              "Balanskravsresultatet är positivt. Av fullmäktiges tolv mål för god ekonomisk "
              "hushållning bedöms sju vara uppfyllda, tre delvis uppfyllda och två inte "
              "uppfyllda.",
              "Nettokostnaderna ökade med 5,9 procent jämfört med 2022, medan skatteintäkterna "
              "och statsbidragen ökade med 6,4 procent. Investeringarna uppgick till 186 "
              "miljoner kronor, varav den nya förskolan i Norra Sandhamra svarade för 58 "
              "miljoner kronor. Självfinansieringsgraden var 71 procent.")
    b += [grid([["Nyckeltal", "2021", "2022", "2023"],
                ["Årets resultat, mnkr", "48,6", "22,4", "31,2"],
                ["Resultat i procent av skatter och bidrag", "3,6", "1,6", "2,1"],
                ["Nettokostnadsandel, procent", "96,1", "98,2", "97,6"],
                ["Nettoinvesteringar, mnkr", "121", "154", "186"],
                ["Självfinansieringsgrad, procent", "96", "68", "71"],
                ["Soliditet, procent", "44,2", "42,8", "41,5"],
                ["Soliditet inklusive pensionsåtaganden, procent", "21,9", "23,1", "24,0"],
                ["Låneskuld, mnkr", "610", "690", "775"],
                ["Skattesats, kronor", "22,04", "22,04", "22,04"],
                ["Antal invånare 31 december", "27 114", "27 206", "27 381"]],
               [8.4, 2.6, 2.6, 2.8])]
    b += [("p", "Förvaltningsberättelse i sammandrag", {"bold": True, "keep_next": True})]
    b += body(*FORV66)
    b += [("p", "Måluppfyllelse 2023, fullmäktiges mål", {"bold": True, "keep_next": True}),
          grid([["Mål", "Bedömning"]] + [list(m) for m in MAL66], [11.4, 5.0])]
    b += [("p", "Nämndernas resultat 2023, miljoner kronor", {"bold": True, "keep_next": True}),
          grid([["Nämnd", "Budget", "Utfall", "Avvikelse"],
                ["Kommunstyrelsen", "138,0", "134,6", "+3,4"],
                ["Barn- och utbildningsnämnden", "718,2", "721,9", "–3,7"],
                ["Socialnämnden", "662,4", "676,0", "–13,6"],
                ["Tekniska nämnden", "93,1", "92,0", "+1,1"],
                ["Kultur- och fritidsnämnden", "60,0", "59,4", "+0,6"],
                ["Miljö- och byggnämnden", "18,2", "17,5", "+0,7"],
                ["Övriga nämnder", "12,1", "11,8", "+0,3"]],
               [7.4, 3.0, 3.0, 3.0])]
    b += body("Revisorerna har granskat årsredovisningen och tillstyrker att den godkänns.",
              "Kommunstyrelsen har 2024-05-27, § 92, föreslagit att fullmäktige godkänner "
              "årsredovisningen.")
    b += [label("Yrkanden")]
    b += body(f"{pn(BERGGREN)} yrkar bifall till kommunstyrelsens förslag.",
              f"{pn(LINDH)} yrkar bifall till kommunstyrelsens förslag och anmäler att "
              "Socialdemokraterna lämnar ett särskilt yttrande.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Kommunfullmäktige godkänner årsredovisningen för 2023.")
    b += [label("Särskilt yttrande")]
    b += body("Ewa Lindh (S) lämnar ett särskilt yttrande om att två av målen för god "
              "ekonomisk hushållning, som gäller väntetider i äldreomsorgen och andelen "
              "behöriga lärare, inte uppfylls för tredje året i rad.")
    b += [label("Expedieras till")]
    b += body("Ekonomiavdelningen\nRevisorerna")
    # § 67 ansvarsfrihet
    b += head(67, T[67], DNR[67][0])
    b += [label("Ärendebeskrivning")]
    b += body("Revisorerna har i revisionsberättelsen för 2023 bedömt att kommunstyrelsen och "
              "nämnderna i allt väsentligt har bedrivit verksamheten på ett ändamålsenligt och "
              "från ekonomisk synpunkt tillfredsställande sätt. Revisorerna riktar en anmärkning "
              "mot socialnämnden för bristande intern kontroll vid upphandling av "
              "konsulttjänster, men tillstyrker trots detta att ansvarsfrihet beviljas.",
              "Frågan om ansvarsfrihet prövas för varje organ för sig. Ledamöter som själva "
              "har ingått i den nämnd som prövas deltar inte i beslutet, enligt 5 kap. 47 § "
              "kommunallagen.")
    b += [grid([["Organ", "Revisorernas bedömning", "Anmärkning"],
                ["Kommunstyrelsen", "Tillstyrker ansvarsfrihet", "Nej"],
                ["Barn- och utbildningsnämnden", "Tillstyrker ansvarsfrihet", "Nej"],
                ["Socialnämnden", "Tillstyrker ansvarsfrihet", "Ja"],
                ["Tekniska nämnden", "Tillstyrker ansvarsfrihet", "Nej"],
                ["Kultur- och fritidsnämnden", "Tillstyrker ansvarsfrihet", "Nej"],
                ["Miljö- och byggnämnden", "Tillstyrker ansvarsfrihet", "Nej"],
                ["Valnämnden", "Tillstyrker ansvarsfrihet", "Nej"],
                ["Överförmyndarnämnden", "Tillstyrker ansvarsfrihet", "Nej"]],
               [6.4, 6.0, 4.0])]
    b += body(*REV67)
    b += [label("Jäv")]
    b += body("Ledamöterna i respektive nämnd anmäler jäv och deltar inte i beslutet om "
              "ansvarsfrihet för den egna nämnden.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Kommunfullmäktige beviljar kommunstyrelsen, nämnderna och de enskilda "
              "förtroendevalda i dessa organ ansvarsfrihet för 2023.")
    return b


# ================================================================ §§ 68-69 budget
DRIFT = [("Kommunfullmäktige och revision", "6,8", "7,0", "7,1", "7,3"),
         ("Kommunstyrelsen", "142,5", "146,9", "149,8", "153,0"),
         ("Barn- och utbildningsnämnden", "742,3", "771,0", "789,5", "806,2"),
         ("Socialnämnden", "688,1", "719,4", "741,0", "762,8"),
         ("Tekniska nämnden", "96,4", "99,2", "101,6", "103,9"),
         ("Kultur- och fritidsnämnden", "61,7", "63,0", "64,3", "65,5"),
         ("Miljö- och byggnämnden", "18,9", "19,6", "20,0", "20,4"),
         ("Överförmyndarnämnden", "4,2", "4,4", "4,5", "4,6"),
         ("Valnämnden", "1,9", "0,4", "2,1", "0,4"),
         ("Finansförvaltningen och pensioner", "71,3", "78,6", "84,0", "88,7")]
INVEST = [("Ny förskola i Västra Sandhamra", "12,0", "38,0", "20,0"),
          ("Renovering av Centralskolan, etapp 2", "24,5", "18,0", ""),
          ("Nytt särskilt boende, Solbacken", "6,0", "45,0", "60,0"),
          ("Ombyggnad av Sandhamrahallen", "8,5", "", ""),
          ("Gång- och cykelväg Torggatan–Stationen", "4,2", "3,8", ""),
          ("Gång- och cykelväg Västra Ryd–Sandhamra", "", "6,5", "6,5"),
          ("Reinvestering gator och broar", "9,0", "9,0", "9,0"),
          ("Gatubelysning, byte till LED", "2,5", "2,5", "2,5"),
          ("Lekplatser och parker", "2,0", "2,0", "2,0"),
          ("Utegym och spontanidrottsplatser", "1,5", "1,0", "1,0"),
          ("Energieffektivisering i kommunens fastigheter", "5,0", "5,0", "5,0"),
          ("Solceller på kommunala tak", "3,0", "3,0", "3,0"),
          ("Laddinfrastruktur för kommunens fordon", "1,8", "1,2", "1,0"),
          ("IT-infrastruktur och digitalisering", "6,5", "5,5", "5,5"),
          ("Datorer och surfplattor i skolan", "4,0", "4,0", "4,0"),
          ("Inventarier i förskola och skola", "2,2", "2,2", "2,2"),
          ("Inventarier inom äldreomsorgen", "1,6", "1,6", "3,5"),
          ("Larm och trygghetsteknik i hemtjänsten", "2,4", "1,0", "1,0"),
          ("Konstgräsplan vid Ryds IP, byte av matta", "", "4,5", ""),
          ("Biblioteket, ny disk och meröppet", "1,2", "", ""),
          ("Brandskyddsåtgärder i skolor", "3,0", "2,0", "2,0"),
          ("Tillgänglighetsåtgärder i offentlig miljö", "1,0", "1,0", "1,0"),
          ("Exploatering Norra industriområdet", "14,0", "10,0", "5,0"),
          ("Exploatering bostäder Lillsjöstrand", "6,0", "12,0", "12,0"),
          ("Kommunens fordon och maskiner", "3,5", "3,5", "3,5"),
          ("Oförutsedda investeringar", "2,0", "2,0", "2,0")]


def _sum(col):
    tot = 0.0
    for row in INVEST:
        if row[col]:
            tot += float(row[col].replace(",", "."))
    return f"{tot:.1f}".replace(".", ",")


RESULT = [("Verksamhetens intäkter", "312,4", "318,0", "324,4", "330,9"),
          ("Verksamhetens kostnader", "–2 108,6", "–2 190,2", "–2 251,6", "–2 315,0"),
          ("Avskrivningar", "–68,2", "–72,5", "–78,1", "–84,0"),
          ("Verksamhetens nettokostnader", "–1 864,4", "–1 944,7", "–2 005,3", "–2 068,1"),
          ("Skatteintäkter", "1 462,1", "1 518,0", "1 571,3", "1 627,0"),
          ("Generella statsbidrag och utjämning", "434,9", "457,2", "472,6", "486,1"),
          ("Verksamhetens resultat", "32,6", "30,5", "38,6", "45,0"),
          ("Finansiella intäkter", "6,1", "6,0", "6,0", "6,0"),
          ("Finansiella kostnader", "–21,4", "–24,9", "–27,8", "–30,5"),
          ("Årets resultat", "17,3", "11,6", "16,8", "20,5"),
          ("Resultat i procent av skatter och bidrag", "0,9", "0,6", "0,8", "1,0")]

S_ATT = ["att anta Socialdemokraternas förslag till budget 2025 och verksamhetsplan 2026–2027",
         "att höja skattesatsen med 25 öre till 22,29 kronor per skattekrona",
         "att tillföra socialnämnden 14 miljoner kronor för fler anställda i hemtjänsten",
         "att tillföra barn- och utbildningsnämnden 8 miljoner kronor för mindre barngrupper i "
         "förskolan",
         "att behålla skolan i Västra Ryd och finansiera den inom barn- och utbildningsnämndens "
         "utökade ram"]
SD_ATT = ["att anta Sverigedemokraternas förslag till budget 2025 och verksamhetsplan 2026–2027",
          "att behålla skattesatsen oförändrad",
          "att minska kommunstyrelsens ram med 6 miljoner kronor genom minskade kostnader för "
          "kommunikation och konsulter",
          "att avsätta 4 miljoner kronor för trygghetsskapande åtgärder i centrum"]


def p68_69():
    b = head(68, T[68], DNR[68][0])
    b += [label("Ärendebeskrivning")]
    b += body("Kommunstyrelsen har 2024-05-27, § 95, lämnat förslag till budget för 2025 och "
              "verksamhetsplan för 2026–2027. Förslaget bygger på en oförändrad skattesats om "
              "22,04 kronor, Sveriges Kommuner och Regioners skatteunderlagsprognos från april "
              "2024 och en befolkningsökning med 150 invånare per år.",
              "Budgeten ger ett resultat för 2025 på 11,6 miljoner kronor, vilket är lägre än "
              "fullmäktiges finansiella mål om ett resultat på minst 1,5 procent av "
              "skatteintäkter och generella statsbidrag. Målet bedöms kunna nås 2027. "
              "Nämndernas ramar har räknats upp med 2,5 procent för löneökningar och 1,5 procent "
              "för övriga kostnader. Barn- och utbildningsnämnden och socialnämnden har "
              "dessutom fått tillskott för volymökningar.",
              f"Investeringsbudgeten omfattar {_sum(1)} miljoner kronor för 2025. De största "
              "projekten är renoveringen av Centralskolan och den nya förskolan i Västra "
              "Sandhamra. Investeringarna finansieras med egna medel och genom att låneskulden "
              "ökar med cirka 60 miljoner kronor.")
    b += [("p", "Resultatbudget, miljoner kronor", {"bold": True, "keep_next": True}),
          grid([["", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]] +
               [list(r) for r in RESULT], [6.4, 2.5, 2.5, 2.5, 2.5]),
          ("p", "Driftbudget per nämnd, nettokostnad i miljoner kronor",
           {"bold": True, "keep_next": True}),
          grid([["Nämnd", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]] +
               [list(r) for r in DRIFT], [6.4, 2.5, 2.5, 2.5, 2.5]),
          ("p", "Investeringsbudget, miljoner kronor", {"bold": True, "keep_next": True}),
          grid([["Projekt", "2025", "2026", "2027"]] + [list(r) for r in INVEST] +
               [["Summa", _sum(1), _sum(2), _sum(3)]], [9.4, 2.3, 2.3, 2.3])] + BUDGET_EXTRA
    b += body("Finansiella mål för perioden 2025–2027:")
    b += [("bullets", ["Resultatet ska uppgå till minst 1,5 procent av skatteintäkter och "
                       "generella statsbidrag i genomsnitt under perioden.",
                       "Investeringarna ska till minst 70 procent finansieras med egna medel.",
                       "Låneskulden per invånare ska inte överstiga 35 000 kronor.",
                       "Soliditeten inklusive pensionsåtaganden ska öka varje år."])]
    b += body("Verksamhetsmål för perioden, i urval:")
    b += [("bullets", ["Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram "
                       "ska öka till 88 procent.",
                       "Väntetiden till särskilt boende ska vara högst 60 dagar.",
                       "Andelen brukare i hemtjänsten som möter högst tolv olika personal under "
                       "två veckor ska öka.",
                       "Minst 200 nya bostäder ska få bygglov under perioden.",
                       "Koldioxidutsläppen från kommunens egna transporter ska minska med 10 "
                       "procent per år."])]
    b += [label("Beslutsunderlag")]
    b += [("bullets", ["Kommunstyrelsens protokoll 2024-05-27, § 95",
                       "Budget 2025 och verksamhetsplan 2026–2027, förslag 2024-05-14",
                       "Socialdemokraternas budgetförslag 2024-05-20",
                       "Sverigedemokraternas budgetförslag 2024-05-20",
                       "Protokoll från samverkan med de fackliga organisationerna 2024-05-08"])]
    b += [label("Anföranden")]
    b += body("I debatten deltar Camilla Berggren (M), Ewa Lindh (S), Kristoffer Nord (SD), "
              "Gunnar Hedin (C), Sanna Öst (V), Birgitta Lövdahl (KD), Lotta Strand (L), Oscar "
              "Tell (MP), Roger Ekwall (S), Jimmy Rask (SD), Henrik Svahn (M), Maria Ahlström "
              "(S) och Petter Grahn (C).",
              "Camilla Berggren (M) inleder debatten och framhåller att budgeten prioriterar "
              "skolan och äldreomsorgen i ett läge där skatteintäkterna växer långsammare än "
              "kostnaderna. Ewa Lindh (S) anser att majoritetens budget skjuter problemen framför "
              "sig och att en höjd skatt är nödvändig för att klara bemanningen i hemtjänsten. "
              "Kristoffer Nord (SD) menar att kommunen först måste minska kostnaderna för "
              "administration och konsulter innan skatten höjs.")
    b += body(*DEBATE68)
    b += [("p", "Talarlista § 68", {"bold": True, "keep_next": True}),
          grid([["Nr", "Talare", "Slag", "Klockan"]] +
               [[str(k), sp, kind, tid] for k, (sp, kind, tid) in enumerate(TALARE68, 1)],
               [1.2, 7.6, 4.0, 3.6], small=True)]
    b += [label("Yrkanden")]
    b += body(f"{pn(BERGGREN)}, med instämmande av {pn(HEDIN)}, {pn(LOVDAHL)} och {pn(STRAND)}, "
              "yrkar bifall till kommunstyrelsens förslag.",
              f"{pn(LINDH)}, med instämmande av {pn(OST)} och {pn(TELL)}, yrkar bifall till "
              "Socialdemokraternas budgetförslag, det vill säga att kommunfullmäktige beslutar")
    b += [("p", t, {"indent_cm": 1.0}) for t in S_ATT]
    b += body(f"{pn(NORD)}, med instämmande av {pn(RASK)}, yrkar bifall till "
              "Sverigedemokraternas budgetförslag, det vill säga att kommunfullmäktige beslutar")
    b += [("p", t, {"indent_cm": 1.0}) for t in SD_ATT]
    b += [("p", "Ramar per nämnd 2025 enligt de tre förslagen, miljoner kronor",
           {"bold": True, "keep_next": True}),
          grid([["Nämnd", "Kommunstyrelsens förslag", "S förslag", "SD förslag"],
                ["Kommunstyrelsen", "146,9", "146,9", "140,9"],
                ["Barn- och utbildningsnämnden", "771,0", "779,0", "771,0"],
                ["Socialnämnden", "719,4", "733,4", "721,4"],
                ["Tekniska nämnden", "99,2", "99,2", "101,2"],
                ["Kultur- och fritidsnämnden", "63,0", "63,0", "61,0"],
                ["Övriga nämnder och finansförvaltning", "109,0", "109,0", "109,0"],
                ["Årets resultat", "11,6", "17,6", "13,6"]],
               [6.4, 3.6, 3.2, 3.2], small=True)]
    b += [label("Propositionsordning")]
    b += body("Ordföranden finner att det finns tre förslag: kommunstyrelsens förslag, "
              "Socialdemokraternas förslag och Sverigedemokraternas förslag. Ordföranden "
              "föreslår att först ställa Socialdemokraternas och Sverigedemokraternas förslag "
              "mot varandra för att utse ett motförslag till kommunstyrelsens förslag i "
              "huvudvoteringen. Fullmäktige godkänner propositionsordningen.",
              "Ordföranden ställer Socialdemokraternas förslag mot Sverigedemokraternas förslag "
              "och finner att Socialdemokraternas förslag utses till motförslag. Votering "
              "begärs inte.",
              "Ordföranden ställer därefter kommunstyrelsens förslag mot Socialdemokraternas "
              "förslag och finner att kommunfullmäktige bifaller kommunstyrelsens förslag. "
              "Votering begärs.")
    b += [label("Voteringsproposition")]
    b += body("Den som vill bifalla kommunstyrelsens förslag röstar ja. Den som vill bifalla "
              "Socialdemokraternas förslag röstar nej.")
    b += [label("Omröstningsresultat")]
    b += body(count_text(CNT68) + " Omröstningslista:")
    b += [grid(VOTE68, VW)]
    b += body("Kommunfullmäktige har därmed beslutat enligt kommunstyrelsens förslag.")
    b += [label("Kommunfullmäktiges beslut")]
    b += [("bullets", ["Budget 2025 och verksamhetsplan 2026–2027 fastställs enligt "
                       "kommunstyrelsens förslag.",
                       "Nämndernas driftramar för 2025 fastställs enligt tabellen ovan.",
                       f"Investeringsbudgeten för 2025 fastställs till {_sum(1)} miljoner kronor.",
                       "Kommunstyrelsen får under 2025 nyupplåna, det vill säga öka kommunens "
                       "skulder, med högst 65 miljoner kronor.",
                       "De finansiella målen för perioden 2025–2027 fastställs."])]
    b += [label("Reservationer")]
    b += body("Socialdemokraternas, Vänsterpartiets och Miljöpartiets ledamöter reserverar sig "
              "mot beslutet till förmån för Socialdemokraternas förslag.",
              "Sverigedemokraternas ledamöter reserverar sig mot beslutet till förmån för "
              "Sverigedemokraternas förslag.",
              "Socialdemokraterna och Sverigedemokraterna lämnar skriftliga reservationer.")
    b += [("p", "Skriftlig reservation, Socialdemokraterna, § 68", {"italic": True,
                                                                    "keep_next": True}),
          ("p", RES_S68, {"italic": True}),
          ("p", "Ewa Lindh (S)", {"italic": True}),
          ("p", "Skriftlig reservation, Sverigedemokraterna, § 68", {"italic": True,
                                                                      "keep_next": True}),
          ("p", RES_SD68, {"italic": True}),
          ("p", "Kristoffer Nord (SD)", {"italic": True})]
    b += [label("Expedieras till")]
    b += body("Samtliga nämnder\nEkonomiavdelningen\nSandhamra Bostäder AB")

    # § 69 skattesats
    b += head(69, T[69], DNR[69][0])
    b += [label("Ärendebeskrivning")]
    b += body("Kommunstyrelsen föreslår att skattesatsen för 2025 ska vara oförändrad, 22,04 "
              "kronor per skattekrona. Socialdemokraterna har i sitt budgetförslag föreslagit "
              "en höjning med 25 öre.")
    b += [label("Yrkanden")]
    b += body(f"{pn(BERGGREN)} yrkar bifall till kommunstyrelsens förslag.",
              f"{pn(LINDH)} yrkar att skattesatsen fastställs till 22,29 kronor.",
              f"{pn(NORD)} yrkar bifall till kommunstyrelsens förslag.")
    b += [label("Propositionsordning")]
    b += body("Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige "
              "bifaller kommunstyrelsens förslag. Votering begärs.")
    b += [label("Voteringsproposition")]
    b += body("Den som vill bifalla kommunstyrelsens förslag röstar ja. Den som vill bifalla Ewa "
              "Lindhs yrkande röstar nej.")
    b += [label("Omröstningsresultat")]
    b += body(count_text(CNT69).replace(" 0 ledamöter avstår från att rösta.",
                                        " Ingen ledamot avstår.") + " Omröstningslista:")
    b += [grid(VOTE69, VW)]
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Kommunfullmäktige fastställer skattesatsen för 2025 till 22,04 kronor per "
              "skattekrona.")
    b += [label("Reservation")]
    b += body("Socialdemokraternas, Vänsterpartiets och Miljöpartiets ledamöter reserverar sig "
              "mot beslutet.")
    return b


# ================================================================ §§ 70-77 motions
def p70_77():
    b = head(70, T[70], DNR[70][0])
    b += [label("Ärendebeskrivning")]
    b += body(f"{pn(STRAND)} har i en motion, väckt 2023-04-24, föreslagit att "
              "kommunfullmäktige beslutar")
    b += [("p", c, {"indent_cm": 1.0}) for c in C70]
    b += body("Kommunen har i dag 14 hjärtstartare, men de är placerade utan någon samlad plan "
              "och endast sex av dem är registrerade. Räddningstjänsten har gått igenom "
              "kommunens lokaler och föreslår att ytterligare 22 hjärtstartare köps in. "
              "Kostnaden beräknas till 420 000 kronor under 2025 och därefter 40 000 kronor per "
              "år för service och batterier. Kostnaderna ryms i kommunstyrelsens ram.",
              "Kommunstyrelsen har 2024-05-27, § 99, föreslagit att motionen bifalls.")
    b += [label("Beslutsunderlag")]
    b += [("bullets", ["Motion 2023-04-17", "Yttrande från räddningstjänsten 2024-02-12",
                       "Tjänsteskrivelse 2024-04-02", "Kommunstyrelsens protokoll 2024-05-27, "
                       "§ 99"])]
    b += [label("Yrkanden")]
    b += body(f"{pn(STRAND)} och {pn(AHLSTROM)} yrkar bifall till kommunstyrelsens förslag.")
    b += [label("Propositionsordning")]
    b += body("Ordföranden frågar om fullmäktige bifaller kommunstyrelsens förslag och finner "
              "att så sker.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body(D70)
    b += [label("Expedieras till")]
    b += body("Räddningstjänsten\nKommunledningsförvaltningen\nLotta Strand")

    # § 71 avslag with votering
    b += head(71, T[71], DNR[71][0])
    b += [label("Ärendebeskrivning")]
    b += body(f"{pn(OST)} föreslår i en motion {C71[0]}, och {C71[1]}.",
              "Socialnämnden har i sitt yttrande avstyrkt motionen. Ett försök i en grupp med "
              "22 medarbetare skulle kräva ungefär fem ytterligare årsarbetare och kosta "
              "omkring 3 miljoner kronor per år. Nämnden pekar på att andra kommuners försök "
              "har gett minskad sjukfrånvaro men inte har gått att finansiera efter "
              "försöksperioden. Nämnden arbetar i stället med heltidsresan, delade turer och "
              "bättre schemaläggning.",
              "Kommunstyrelsen har 2024-05-27, § 100, föreslagit att motionen avslås.")
    b += [label("Beslutsunderlag")]
    b += [("bullets", ["Motion 2023-05-15", "Socialnämndens yttrande 2024-01-25, § 8",
                       "Kommunstyrelsens protokoll 2024-05-27, § 100"])]
    b += [label("Yrkanden")]
    b += body(f"{pn(OST)}, med instämmande av {pn(TELL)}, yrkar bifall till motionen.",
              f"{pn(LOVDAHL)} och {pn(RASK)} yrkar bifall till kommunstyrelsens förslag.",
              f"{pn(AHLSTROM)} meddelar att Socialdemokraterna inte deltar i beslutet.")
    b += [label("Propositionsordning")]
    b += body("Ordföranden ställer kommunstyrelsens förslag mot Sanna Östs yrkande och finner "
              "att kommunfullmäktige bifaller kommunstyrelsens förslag. Votering begärs.")
    b += [label("Voteringsproposition")]
    b += body("Den som vill bifalla kommunstyrelsens förslag röstar ja. Den som vill bifalla "
              "motionen röstar nej.")
    b += [label("Omröstningsresultat")]
    b += body(count_text(CNT71) + " Omröstningslista:")
    b += [grid(VOTE71, VW)]
    b += [label("Kommunfullmäktiges beslut")]
    b += body(D71)
    b += [label("Reservation")]
    b += body("Sanna Öst (V), Vänsterpartiets övriga ledamöter och Oscar Tell (MP) reserverar "
              "sig mot beslutet till förmån för eget yrkande. Sanna Öst lämnar en skriftlig "
              "reservation.")
    b += [("p", "Skriftlig reservation, Vänsterpartiet, § 71", {"italic": True,
                                                                 "keep_next": True}),
          ("p", RES_V71, {"italic": True}),
          ("p", "Sanna Öst (V)", {"italic": True})]
    b += [label("Expedieras till")]
    b += body("Socialnämnden\nSanna Öst")

    # § 72 besvarad
    b += head(72, T[72], DNR[72][0])
    b += [label("Ärendebeskrivning")]
    b += body(f"{pn(LOVDAHL)} föreslår i en motion {C72[0]}.",
              "Socialnämnden beslutade i januari 2024 om en ny strategi för förebyggande "
              "arbete för äldre. Strategin innehåller en handlingsplan mot ensamhet med "
              "uppsökande samtal för alla som fyller 80 år, en utökad träffpunktsverksamhet och "
              "ett samarbete med studieförbunden om digital delaktighet. Handlingsplanen har "
              "tagits fram tillsammans med kommunala pensionärsrådet.",
              "Kommunstyrelsen har 2024-05-27, § 101, föreslagit att motionen ska anses "
              "besvarad.")
    b += [label("Yrkanden")]
    b += body(f"{pn(LOVDAHL)} yrkar bifall till kommunstyrelsens förslag.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body(D72)
    b += [label("Expedieras till")]
    b += body("Socialnämnden\nBirgitta Lövdahl")

    # § 73 minority återremiss
    b += head(73, T[73], DNR[73][0])
    b += [label("Ärendebeskrivning")]
    b += body(f"{pn(HEDIN)} föreslår i en motion {C73[0]}.",
              "Barn- och utbildningsnämnden har i sitt yttrande pekat på att elevunderlaget "
              "minskar och att lärarbehörigheten är svår att säkra i en så liten skola. "
              "Nämnden har föreslagit att eleverna från höstterminen 2025 ska gå i "
              "Centralskolan, med skolskjuts.",
              "Kommunstyrelsen har 2024-05-27, § 102, föreslagit att motionen avslås.")
    b += [label("Yrkanden")]
    b += body(f"{pn(LINDH)}, med instämmande av {pn(HEDIN)}, {pn(OST)} och {pn(TELL)}, yrkar "
              "att ärendet återremitteras till kommunstyrelsen för att en kostnadsberäkning för "
              "en fortsatt skola ska tas fram.",
              f"{pn(BERGGREN)} yrkar att ärendet ska avgöras i dag och att kommunstyrelsens "
              "förslag bifalls.")
    b += [label("Minoritetsåterremiss")]
    b += body("Ordföranden konstaterar att yrkandet om återremiss stöds av 18 ledamöter, "
              "vilket är mer än en tredjedel av de närvarande ledamöterna. Enligt 5 kap. 53 § "
              "kommunallagen ska ärendet då återremitteras. Yrkandet har en motivering, och "
              "ärendet har inte återremitterats tidigare.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body(D73)
    b += [label("Expedieras till")]
    b += body("Kommunstyrelsen\nBarn- och utbildningsnämnden\nGunnar Hedin")

    # § 74 bordläggning
    b += head(74, T[74], DNR[74][0])
    b += [label("Ärendebeskrivning")]
    b += body(f"{pn(RASK)} föreslår i en motion {C74[0]}. Kommunstyrelsen har "
              "föreslagit att motionen avslås, eftersom bolaget redan har en särskild kö för "
              "ungdomar.",
              "Motionären Jimmy Rask (SD) begär att ärendet bordläggs. Han anför att han inte "
              "har fått del av bostadsbolagets yttrande, som kom in efter kommunstyrelsens "
              "sammanträde.")
    b += [label("Yrkanden")]
    b += body(f"{pn(RASK)} yrkar, med instämmande av {pn(NORD)}, att ärendet bordläggs.")
    b += [label("Propositionsordning")]
    b += body("Ordföranden frågar om ärendet ska avgöras i dag eller bordläggas och finner att "
              "kommunfullmäktige beslutar att bordlägga ärendet.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body(D74)

    # § 75 avskrivning (withdrawn)
    b += head(75, T[75], DNR[75][0])
    b += [label("Ärendebeskrivning")]
    b += body(f"{pn(TELL)} väckte 2024-02-19 en motion om att kommunen skulle iordningställa en "
              "hundbadplats vid Lillsjön. Motionären har i en skrivelse 2024-05-30 meddelat att "
              "han återkallar motionen, sedan tekniska nämnden beslutat att pröva en "
              "hundbadplats vid Lillsjön på försök under sommaren.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body(D75)
    b += [label("Expedieras till")]
    b += body("Tekniska nämnden\nOscar Tell")

    # § 76 two motions
    b += [("h1", "§ 76"), ("p", T[76], {"bold": True, "keep_next": True, "size": 13})]
    b += [("p", f"Dnr {m[0]}", {"keep_next": True}) for m in M76]
    b += [label("Ärendebeskrivning")]
    b += body(f"Två motioner om trafiksäkerheten kring Centralskolan behandlas i ett "
              f"gemensamt ärende. {pn(LINDH)} föreslår i den första motionen "
              f"{C76['KS/2023:171'][0]}. {pn(SVAHN)} föreslår i den andra motionen "
              f"{C76['KS/2023:189'][0]}.",
              "Tekniska nämnden beslutade 2024-03-20 om en trafikplan för området runt "
              "Centralskolan i samband med renoveringen. Planen innehåller en separat gång- och "
              "cykelbana längs Skolgatan, upphöjda övergångsställen och 30 km/tim på båda "
              "gatorna. Åtgärderna genomförs under 2025 och ingår i investeringsbudgeten.",
              "Kommunstyrelsen har 2024-05-27, § 104, föreslagit att båda motionerna ska anses "
              "besvarade.")
    b += [label("Yrkanden")]
    b += body(f"{pn(LINDH)} och {pn(SVAHN)} yrkar bifall till kommunstyrelsens förslag.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body(D76)
    b += [label("Expedieras till")]
    b += body("Tekniska nämnden\nEwa Lindh\nHenrik Svahn")

    # § 77 redovisning
    b += head(77, T[77], DNR[77][0])
    b += [label("Ärendebeskrivning")]
    b += body("Enligt kommunfullmäktiges arbetsordning ska kommunstyrelsen två gånger om året, "
              "i april och oktober, redovisa de motioner som inte har beretts färdigt. Vid "
              "aprilsammanträdet hann redovisningen inte behandlas och den lämnas därför nu. "
              "Sex motioner är äldre än ett år och har ännu inte kunnat beredas färdigt.")
    b += [grid([["Motion", "Motionär", "Dnr", "Väckt", "Status", "Beräknas klar"]] +
               [[r[0], " och ".join(pn(a) for a in r[1]), r[2], r[4], r[5], r[6]] for r in RED],
               [4.0, 2.8, 2.2, 2.0, 3.2, 2.2], small=True)]
    b += body("Kommunstyrelsen har 2024-05-27, § 105, föreslagit att fullmäktige lägger "
              "redovisningen till handlingarna.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body(D77)
    return b


# ================================================================ §§ 78-80 interpellations
DEBATE78 = [
    "Ewa Lindh (S) inleder med att redogöra för bakgrunden till interpellationen. Regionen har "
    "aviserat att vårdcentralen i Norra Sandhamra ska slås samman med vårdcentralen i centrum "
    "från årsskiftet. För de omkring 6 000 invånarna i norra kommundelen innebär det en resa på "
    "en och en halv mil, och för den som saknar bil kan resan med buss ta närmare en timme. "
    "Interpellanten frågar vilka kontakter kommunstyrelsens ordförande har haft med regionen, "
    "om kommunen är beredd att erbjuda lokaler till en fortsatt verksamhet och hur kommunen "
    "tänker säkra hemsjukvården om läkarstödet flyttar.",
    "Camilla Berggren (M) svarar att hon har träffat regionens hälso- och sjukvårdsdirektör "
    "två gånger under våren och att kommunen i ett brev i april har framfört att en "
    "nedläggning vore olycklig. Regionen har motiverat sammanslagningen med att det har varit "
    "svårt att rekrytera läkare och att en större enhet ger bättre förutsättningar för "
    "jourlinjer och för att ta emot ST-läkare. Kommunen har erbjudit lokaler i det nya "
    "vård- och omsorgsboendet Solbacken, men regionen har ännu inte svarat.",
    "Ewa Lindh (S) tackar för svaret men menar att kommunen borde ha agerat tidigare. Hon "
    "påpekar att beslutet fattades i regionens primärvårdsnämnd redan i februari och att "
    "kommunstyrelsen inte har fått någon information om saken. Hon frågar också om kommunen "
    "har analyserat vad flytten betyder för hemsjukvården, där sjuksköterskorna i dag har "
    "läkarstöd i samma hus.",
    "Camilla Berggren (M) medger att informationen till kommunstyrelsen kunde ha varit bättre "
    "och lovar att återkomma vid nästa sammanträde. Socialförvaltningen har fått i uppdrag att "
    "beskriva konsekvenserna för hemsjukvården. En första bedömning är att det digitala "
    "läkarstödet kan fungera för de flesta patienter, men att hembesök av läkare hos de mest "
    "sjuka riskerar att bli färre.",
    "Kristoffer Nord (SD) instämmer i oron och menar att alla partier i fullmäktige bör stå "
    "bakom ett gemensamt uttalande till regionen. Gunnar Hedin (C) påminner om att de "
    "boende i Västra Ryd redan i dag har tre mil till närmaste vårdcentral och att frågan om "
    "vård på landsbygden är större än en enskild vårdcentral.",
    "Sanna Öst (V) frågar om kommunen är beredd att medfinansiera en mobil vårdenhet om "
    "regionen går med på det. Camilla Berggren (M) svarar att det inte är kommunens uppgift "
    "att finansiera primärvården, men att hon är öppen för att diskutera samverkan om "
    "lokaler, transporter och gemensam personal i hemsjukvården.",
    "Ewa Lindh (S) avslutar med att föreslå att kommunstyrelsens presidium bjuder in "
    "regionens primärvårdsnämnd till ett öppet möte i Norra Sandhamra under hösten. Camilla "
    "Berggren (M) säger att hon ställer sig bakom förslaget och tar upp det med presidiet.",
]


def p78_80():
    b = head(78, T[78], DNR[78][0])
    b += [label("Ärendebeskrivning")]
    b += body("Ewa Lindh (S) har 2024-05-20 ställt en interpellation till kommunstyrelsens "
              "ordförande Camilla Berggren (M) om vårdcentralen i Norra Sandhamra. "
              "Kommunfullmäktige beslutade 2024-05-27 att interpellationen fick ställas. "
              "Interpellationen och svaret har delats ut till ledamöterna.")
    b += [label("Debatt")]
    b += body(*DEBATE78[:-1], *DEBATE78_MORE, DEBATE78[-1])
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Interpellationen förklaras besvarad.")

    b += head(79, T[79], DNR[79][0])
    b += [label("Ärendebeskrivning")]
    b += body("Sanna Öst (V) har ställt en interpellation till kommunstyrelsens ordförande om "
              "hur många ungdomar som får sommarjobb i kommunen i år. Interpellanten frågar "
              "varför antalet platser har minskat från 240 till 160 och om kommunen kommer att "
              "prioritera ungdomar som inte har kontakter på arbetsmarknaden.",
              "Camilla Berggren (M) svarar att antalet platser har anpassats till budgeten och "
              "till de verksamheter som har möjlighet att ge handledning. Av de 160 platserna "
              "har 40 reserverats för ungdomar som arbetsmarknadsenheten eller skolans "
              "studie- och yrkesvägledare har anvisat.",
              "I den fortsatta debatten deltar Sanna Öst (V), Camilla Berggren (M), Maria "
              "Ahlström (S) och Petter Grahn (C).")
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Interpellationen förklaras besvarad.")

    b += head(80, T[80])
    b += [label("Ärendebeskrivning")]
    b += body("Oscar Tell (MP) frågar tekniska nämndens ordförande Henrik Svahn (M) när de "
              "publika laddplatserna vid Sandhamrahallen ska tas i bruk, eftersom de har "
              "varit avstängda sedan mars.",
              "Henrik Svahn (M) svarar att elleverantören har bytt mätare och att platserna "
              "öppnas igen den 1 juli.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Frågan förklaras besvarad.")
    return b


# ================================================================ §§ 81-90 val, taxor
STYRELSE = [("Ordförande", "Lars-Erik Fahlén", "M"), ("Vice ordförande", "Maria Ahlström", "S"),
            ("Ledamot", "Ann-Sofie Ringh", "M"), ("Ledamot", "Patrik Forsell", "S"),
            ("Ledamot", "Kent Ulander", "SD"), ("Ledamot", "Elin Magnér", "C"),
            ("Ledamot", "Hans Tidström", "KD"), ("Ersättare", "Mona Hägerlund", "M"),
            ("Ersättare", "Johan Brask", "S"), ("Ersättare", "Annika Selin", "SD"),
            ("Ersättare", "Roland Wiik", "L"), ("Ersättare", "Tuva Enqvist", "V")]
VA = [("Anläggningsavgift, servisavgift per fastighet", "kr", "62 500", "65 000"),
      ("Anläggningsavgift per m² tomtyta", "kr", "38", "40"),
      ("Anläggningsavgift per lägenhet", "kr", "31 200", "32 500"),
      ("Fast brukningsavgift, villa (qn 2,5)", "kr/år", "4 980", "5 380"),
      ("Fast brukningsavgift, flerbostadshus, per lägenhet", "kr/år", "1 460", "1 580"),
      ("Rörlig avgift vatten", "kr/m³", "16,40", "17,70"),
      ("Rörlig avgift spillvatten", "kr/m³", "21,10", "22,80"),
      ("Dagvatten, fastighet inom detaljplan", "kr/år", "920", "995"),
      ("Avgift för extra vattenprov", "kr", "850", "900"),
      ("Avstängning och påsläpp av vatten", "kr", "1 150", "1 200"),
      ("Byte av frusen eller skadad mätare", "kr", "2 100", "2 250"),
      ("Förgävesbesök", "kr", "780", "820")]


def p81_90():
    b = head(81, T[81], DNR[81][0])
    b += body("Socialnämndens ordförande Per-Olof Ramsell (M) har avlidit. Valberedningen "
              "föreslår att Birgitta Lövdahl (KD), som i dag är vice ordförande, väljs till "
              "ordförande och att Ann-Christin Wiberg (M) väljs till ny ledamot och vice "
              "ordförande.")
    b += [label("Kommunfullmäktiges beslut")]
    b += [("bullets", ["Birgitta Lövdahl (KD) väljs till ordförande i socialnämnden för tiden "
                       "till och med 2026-12-31.",
                       "Ann-Christin Wiberg (M) väljs till ledamot och vice ordförande i "
                       "socialnämnden för samma tid."])]
    b += [label("Expedieras till")]
    b += body("De valda\nSocialnämnden\nLönekontoret\nFörtroendemannaregistret")

    b += head(82, T[82], DNR[82][0])
    b += body("Nämndemannen Göte Hjelm (S) har avsagt sig sitt uppdrag vid Sandhamra tingsrätt "
              "av hälsoskäl. Tingsrätten har beviljat hans avsägelse. Valberedningen föreslår "
              "att Inga-Lill Borg (S) väljs till ny nämndeman.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Inga-Lill Borg (S) väljs till nämndeman vid Sandhamra tingsrätt för tiden till "
              "och med 2027-12-31.")

    b += head(83, T[83], DNR[83][0])
    b += body("Sverigedemokraterna har anmält att Jimmy Rask (SD) lämnar sitt uppdrag som "
              "ersättare i kommunstyrelsen. Valberedningen föreslår att Annika Selin (SD) "
              "väljs till ny ersättare.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Annika Selin (SD) väljs till ersättare i kommunstyrelsen för tiden till och med "
              "2026-12-31, och Jimmy Rask (SD) entledigas från samma uppdrag.")

    b += head(84, T[84], DNR[84][0])
    b += body("Sandhamra kommun är medlem i Kommuninvest ekonomisk förening. Föreningsstämman "
              "hålls varje år i april. Valberedningen föreslår att Camilla Berggren (M) väljs "
              "till ombud och Ewa Lindh (S) till ersättare för ombudet för tiden till och med "
              "föreningsstämman 2027.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Camilla Berggren (M) väljs till ombud och Ewa Lindh (S) till ersättare vid "
              "Kommuninvests föreningsstämmor till och med stämman 2027.")

    b += head(85, T[85], DNR[85][0])
    b += body("Revisorn Karl-Åke Nyman (C) har flyttat från kommunen och därmed upphört att vara "
              "valbar. Valberedningen föreslår att Margareta Hult (C) väljs till revisor.")
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Margareta Hult (C) väljs till revisor för granskningen av åren 2024–2026 och "
              "utses samtidigt till lekmannarevisor i Sandhamra Energi AB.")

    b += head(86, T[86], DNR[86][0])
    b += body("Bolagsstämman i Sandhamra Bostäder AB har flyttats fram till den 26 juni 2024 "
              "efter att bolagsordningen ändrats. Fullmäktige ska välja styrelse och "
              "lekmannarevisorer för tiden från årsstämman 2024 till och med årsstämman 2027. "
              "Valberedningen har lämnat följande förslag.")
    b += [grid([["Uppdrag", "Namn", "Parti"]] + [list(r) for r in STYRELSE] +
               [["Lekmannarevisor", "Ingemar Fält", "S"],
                ["Lekmannarevisor", "Berit Sjöqvist", "M"],
                ["Ersättare för lekmannarevisor", "Tomas Ekberg", "SD"]],
               [5.6, 7.0, 3.8])]
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Kommunfullmäktige väljer styrelse och lekmannarevisorer i Sandhamra Bostäder AB "
              "enligt valberedningens förslag.")

    b += head(87, T[87], DNR[87][0])
    b += body("Elsa Grönvall (V) har begärt att bli entledigad från uppdraget som ledamot i "
              "kultur- och fritidsnämnden. Vänsterpartiet föreslår Tuva Enqvist (V) som ny "
              "ledamot och Axel Holm (V) som ny ersättare efter Tuva Enqvist.")
    b += [label("Kommunfullmäktiges beslut")]
    b += [("bullets", ["Elsa Grönvall (V) entledigas från uppdraget som ledamot i kultur- och "
                       "fritidsnämnden.",
                       "Tuva Enqvist (V) väljs till ledamot i kultur- och fritidsnämnden.",
                       "Axel Holm (V) väljs till ersättare i kultur- och fritidsnämnden."])]

    b += head(88, T[88], DNR[88][0])
    b += [label("Ärendebeskrivning")]
    b += body("Sandhamra Vatten AB har föreslagit att brukningsavgifterna höjs med i genomsnitt "
              "8 procent och anläggningsavgifterna med 4 procent från den 1 januari 2025. "
              "Höjningen behövs för att finansiera det nya vattenverket i Lillsjöstrand och "
              "förnyelsen av ledningsnätet, där takten behöver fördubblas för att nå en "
              "förnyelsetakt på 100 år. VA-verksamheten ska enligt vattentjänstlagen "
              "finansieras helt med avgifter.",
              "En normalvilla med en förbrukning på 150 kubikmeter per år får en ökad kostnad "
              "på cirka 53 kronor i månaden.")
    b += [grid([["Avgift", "Enhet", "2024", "2025"]] + [list(r) for r in VA],
               [8.6, 2.2, 2.8, 2.8], small=True)]
    b += body("Kommunstyrelsen har 2024-05-27, § 109, föreslagit att fullmäktige antar taxan.")
    b += [label("Yrkanden")]
    b += body(f"{pn(SVAHN)} yrkar bifall till kommunstyrelsens förslag.",
              f"{pn(NORD)} yrkar att brukningsavgifterna höjs med högst 5 procent och att "
              "resten av kostnadsökningen tas från bolagets resultatfond.")
    b += [label("Propositionsordning")]
    b += body("Ordföranden ställer kommunstyrelsens förslag mot Kristoffer Nords yrkande och "
              "finner att kommunfullmäktige bifaller kommunstyrelsens förslag. Votering begärs.")
    b += [label("Voteringsproposition")]
    b += body("Den som vill bifalla kommunstyrelsens förslag röstar ja. Den som vill bifalla "
              "Kristoffer Nords yrkande röstar nej.")
    b += [label("Omröstningsresultat")]
    b += body(count_text(CNT88) + " Omröstningslista:")
    b += [grid(VOTE88, VW)]
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Kommunfullmäktige antar taxa för Sandhamra kommuns allmänna vatten- och "
              "avloppsanläggning enligt bilaga, att gälla från och med 2025-01-01.")
    b += [label("Expedieras till")]
    b += body("Sandhamra Vatten AB\nEkonomiavdelningen\nKommunens författningssamling")

    b += head(89, T[89], DNR[89][0])
    b += [label("Ärendebeskrivning")]
    b += body("Miljö- och byggnämnden föreslår att timavgiften i taxan för prövning och tillsyn "
              "inom miljöbalkens område höjs från 1 150 kronor till 1 240 kronor och att "
              "taxan ändras så att tillsynen av verksamheter med fast årsavgift i stället "
              "debiteras i efterhand. Ändringen följer Sveriges Kommuner och Regioners nya "
              "underlag för taxa.")
    b += [grid([["Del av taxan", "Nuvarande", "Förslag"],
                ["Timavgift", "1 150 kr", "1 240 kr"],
                ["Prövning, värmepump", "2 300 kr", "2 480 kr"],
                ["Anmälan, enskild avloppsanordning", "6 900 kr", "7 440 kr"],
                ["Tillsyn, miljöfarlig verksamhet", "Fast årsavgift", "Efterhandsdebitering"]],
               [7.4, 4.5, 4.5])]
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Kommunfullmäktige antar ändringarna i taxan för prövning och tillsyn inom "
              "miljöbalkens område, att gälla från och med 2025-01-01.")

    b += head(90, T[90], DNR[90][0])
    b += body("Följande meddelanden har kommit in till kommunfullmäktige:")
    b += [("bullets", ["Länsstyrelsens beslut 2024-05-06 om ny ersättare i kommunfullmäktige "
                       "för Socialdemokraterna efter Göte Hjelm",
                       "Revisionsrapport: Granskning av kommunens krisberedskap, 2024-04-30",
                       "Revisionsrapport: Granskning av lönehanteringen, 2024-05-15",
                       "Sandhamra Bostäder AB, årsredovisning 2023",
                       "Sandhamra Vatten AB, årsredovisning 2023",
                       "Sandhamra Energi AB, årsredovisning 2023",
                       "Samordningsförbundet Sandhamra–Ryd, årsredovisning 2023",
                       "Kommunstyrelsens protokoll 2024-05-27, § 111, Uppföljning av "
                       "bifallna motioner 2023"])]
    b += [label("Kommunfullmäktiges beslut")]
    b += body("Meddelandena läggs till handlingarna.")
    b += [("empty",), ("p", "Ordföranden tackar ledamöterna, tjänstemännen och åhörarna, "
                            "önskar alla en trevlig sommar och förklarar sammanträdet avslutat "
                            "kl. 17.45.")]
    return b


BLOCKS = front() + p61_67() + p68_69() + p70_77() + p78_80() + p81_90()


def d(no):
    return DNR[no]


MOT = dict(subject="motion")
ITEMS = (
    [item(n, T[n]) for n in (61, 62, 63, 64)] +
    [item(65, m[0], event="raised", dnr=m[1], dnr_key=m[2], authors=m[3],
          decision=dec("overlamnad", False, D65), **MOT) for m in M65] +
    [item(n, T[n], dnr=d(n)[0], dnr_key=d(n)[1]) for n in (66, 67, 68, 69)] +
    [item(70, T[70], event="decided", dnr=d(70)[0], dnr_key=d(70)[1], authors=[STRAND],
          clauses=C70, decision=dec("bifall", False, D70), **MOT),
     item(71, T[71], event="decided", dnr=d(71)[0], dnr_key=d(71)[1], authors=[OST],
          clauses=C71, decision=dec("avslag", False, D71), **MOT),
     item(72, T[72], event="decided", dnr=d(72)[0], dnr_key=d(72)[1], authors=[LOVDAHL],
          clauses=C72, decision=dec("besvarad", False, D72), **MOT),
     item(73, T[73], event="referred_back", dnr=d(73)[0], dnr_key=d(73)[1], authors=[HEDIN],
          clauses=C73, decision=dec("aterremiss", False, D73), reason=R73, **MOT),
     item(74, T[74], event="postponed", dnr=d(74)[0], dnr_key=d(74)[1], authors=[RASK],
          clauses=C74, decision=dec("bordlagd", False, D74), **MOT),
     item(75, T[75], event="written_off", dnr=d(75)[0], dnr_key=d(75)[1], authors=[TELL],
          decision=dec("avskriven", False, D75), reason=R75, **MOT)] +
    [item(76, T[76], event="decided", dnr=m[0], dnr_key=m[1], authors=[m[2]],
          clauses=C76[m[0]], decision=dec("besvarad", False, D76), **MOT) for m in M76] +
    [item(77, r[0], event="reported", dnr=r[2], dnr_key=r[3], authors=r[1],
          estimated_done=r[6], **MOT) for r in RED] +
    [item(n, T[n], dnr=d(n)[0], dnr_key=d(n)[1]) for n in (78, 79)] +
    [item(80, T[80])] +
    [item(n, T[n], dnr=d(n)[0], dnr_key=d(n)[1]) for n in range(81, 91)]
)

DOC = {
    "stem": "sandhamra-kf-2024-06-17_protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Kommunfullmäktige 2024-06-17 §§ 61–90", "core_author": "Sofie Dahlqvist",
    "header": ["SANDHAMRA KOMMUN\tSammanträdesprotokoll\tSida {PAGE} ({NUMPAGES})",
               "Kommunfullmäktige\t\t2024-06-17"],
    "footer": [SIG],
    "post": keep_all,
    "blocks": BLOCKS,
    "truth": protocol_truth("protocol", MUNI, "KF", DATE, ITEMS),
}
