"""Case kvarnby-ks-2021-87 (held out).

Kvarnby kommun, Dnr written "KS/2021:87".

* 1_motion.txt: UTF-8 with BOM, CRLF (saved from Notepad); clauses typed as
  "– att ..." lines; signed "För Liberalerna i Kvarnby" above two names; no
  Dnr.
* 2_tjansteskrivelse: title in Heading 1; clauses quoted as indented plain
  paragraphs; comments labelled "Att-sats 1 (elljusspår): ..." (a label that
  starts with "Att"); proposes avslag as "Kommunfullmäktige avslår
  motionen."
* 3_ksau-protokoll: KSAU proposes avslag; the motioner's own yrkande on
  bifall and reservation.
* 4_kf-protokoll: återremiss forced by a minority (18 of 45 votes) under
  5 kap. 51 § kommunallagen; the text also repeats the KS proposal
  "Kommunfullmäktige avslår motionen." in the description.
"""
from truthlib import SIG, truth, decision

MUNI = "Kvarnby kommun"
DNR = "KS/2021:87"
KEY = "KS 2021/87"
AUTHORS = [("Johan Ahl", "L"), ("Sara Lindgren", "L")]

C1 = "att elljusspår anläggs på den 2,5 kilometer långa slingan i Norrskogen"
C2 = "att belysningen styrs med rörelsesensorer och är tänd mellan klockan 06 och 22"
C3 = "att arbetet finansieras inom investeringsbudgeten för 2022"
CLAUSES = [C1, C2, C3]

TITLE_M = "Motion om belyst motionsspår i Norrskogen"
TITLE_S = "Svar på motion om belyst motionsspår i Norrskogen"

MOTION_TEXT = f"""Till kommunfullmäktige i Kvarnby kommun

{TITLE_M}

Motionsspåret i Norrskogen är kommunens mest använda friluftsanläggning. Slingan är 2,5 kilometer lång och ligger bara några hundra meter från bostadsområdena Kvarnbacken och Lillåker. Under sommarhalvåret springer, går och cyklar hundratals Kvarnbybor där varje vecka.

Från november till februari är det mörkt redan vid halv fyra på eftermiddagen. Då står spåret i stort sett tomt. Den som arbetar dagtid har ingen möjlighet att använda det på vardagarna, och många, inte minst kvinnor och äldre, känner sig otrygga i skogen när det är mörkt. Närmaste elljusspår finns i grannkommunen, 25 kilometer bort.

Ett belyst spår skulle göra det möjligt för fler att röra på sig året runt och ge skolorna och föreningarna ett bättre område för träning under vinterhalvåret. Modern LED-belysning med rörelsesensorer drar lite ström och tänds bara när någon använder spåret.

Vi föreslår att kommunfullmäktige beslutar

– {C1}
– {C2}
– {C3}

Kvarnby 2021-03-15

För Liberalerna i Kvarnby

Johan Ahl
Sara Lindgren
"""

motion = {
    "stem": "kvarnby-ks-2021-87_1_motion",
    "format": "txt", "encoding": "utf-8-sig", "newline": "crlf",
    "text": MOTION_TEXT,
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2021-03-15",
                   authors=AUTHORS, clauses=CLAUSES),
}

K1 = ("Tekniska förvaltningen har beräknat att belysning av hela slingan med stolpar, "
      "kabelförläggning och LED-armaturer kostar cirka 3,8 miljoner kronor. Till det kommer drift "
      "och underhåll om cirka 90 000 kronor per år. Förvaltningen bedömer att investeringen inte kan "
      "prioriteras före de investeringar i skolor och vatten- och avloppsnät som redan finns i "
      "investeringsplanen.")
K2 = ("Rörelsestyrd belysning minskar energiförbrukningen med uppskattningsvis 40 procent jämfört "
      "med fast tändtid. Tekniken är väl beprövad, men frågan blir aktuell först om spåret ska "
      "belysas.")
K3 = ("Investeringsbudgeten för 2022 är redan fastställd av kommunfullmäktige och innehåller inga "
      "medel som kan omfördelas till projektet utan att andra beslutade investeringar skjuts upp.")
DEC = "Kommunfullmäktige avslår motionen."

ts = {
    "stem": "kvarnby-ks-2021-87_2_tjansteskrivelse",
    "format": "docx", "font": "Verdana", "size": 10,
    "core_title": TITLE_S, "core_author": "Ellen Sandberg",
    "header": ["KVARNBY KOMMUN\tTjänsteskrivelse\t{PAGE} ({NUMPAGES})",
               "Kultur- och fritidsförvaltningen"],
    "footer": ["Postadress: Box 14, 733 21 Kvarnby   Telefon: 0224-360 00   "
               "E-post: kommunen@kvarnby.se"],
    "blocks": [
        ("table", [["Datum", "Vår referens"],
                   ["2021-09-06", "Dnr KS/2021:87"],
                   ["Handläggare", "Till"],
                   ["Ellen Sandberg\nFritidsstrateg\n0224-361 18\nellen.sandberg@kvarnby.se",
                    "Kommunstyrelsen"]],
         {"widths_cm": [8.2, 8.2]}),
        ("h1", TITLE_S),
        ("h2", "Förslag till beslut"),
        ("p", DEC),
        ("h2", "Ärendebeskrivning"),
        ("p", "Johan Ahl och Sara Lindgren (L) har i en motion den 15 mars 2021 föreslagit att "
              "motionsspåret i Norrskogen förses med belysning. Motionärerna föreslår att "
              "kommunfullmäktige beslutar"),
        ("p", C1, {"indent_cm": 1.0}),
        ("p", C2, {"indent_cm": 1.0}),
        ("p", C3, {"indent_cm": 1.0}),
        ("p", "Motionen väcktes i kommunfullmäktige den 29 mars 2021 och överlämnades till "
              "kommunstyrelsen, som har gett kultur- och fritidsförvaltningen i uppdrag att bereda "
              "ärendet tillsammans med tekniska förvaltningen."),
        ("h2", "Bedömning"),
        ("p", "Förvaltningen delar motionärernas bild av att ett belyst spår skulle öka "
              "möjligheterna till motion under vinterhalvåret. Frågan måste dock vägas mot andra "
              "behov i investeringsplanen."),
        ("p", "Att-sats 1 (elljusspår): " + K1),
        ("p", "Att-sats 2 (rörelsesensorer): " + K2),
        ("p", "Att-sats 3 (finansiering): " + K3),
        ("h2", "Ekonomiska konsekvenser"),
        ("p", "Ett bifall till motionen innebär en investering om cirka 3,8 miljoner kronor och en "
              "ökad driftkostnad om cirka 90 000 kronor per år."),
        ("h2", "Jämställdhet och folkhälsa"),
        ("p", "Belysta spår ökar tryggheten och kan bidra till att fler kvinnor och äldre rör sig "
              "utomhus under vinterhalvåret."),
        ("h2", "Beslutsunderlag"),
        ("p", "Motion om belyst motionsspår i Norrskogen, 2021-03-15\n"
              "Kostnadsberäkning från tekniska förvaltningen, 2021-08-20\n"
              "Denna tjänsteskrivelse"),
        ("h2", "Beslutet ska skickas till"),
        ("p", "Kultur- och fritidsnämnden\nTekniska förvaltningen"),
        ("empty",),
        ("p", "Ellen Sandberg\nFritidsstrateg"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_S, MUNI, "KS", "2021-09-06", officer="Ellen Sandberg",
                   authors=AUTHORS, clauses=CLAUSES, comments=[(1, K1), (2, K2), (3, K3)],
                   decision=decision("avslag", True, DEC)),
}

# clauses retold in the KSAU and KF descriptions (issue 11 convention)
R_KSAU = ("att motionsspåret i Norrskogen förses med rörelsestyrd belysning som finansieras inom "
          "investeringsbudgeten för 2022")
R_KF = "att motionsspåret i Norrskogen förses med belysning"

ksau = {
    "stem": "kvarnby-ks-2021-87_3_ksau-protokoll",
    "format": "docx", "font": "Verdana", "size": 10,
    "core_title": "Protokollsutdrag KSAU 2021-10-12 § 203", "core_author": "Tove Ring",
    "header": ["Kvarnby kommun\tSAMMANTRÄDESPROTOKOLL\tSida {PAGE}",
               "Kommunstyrelsens arbetsutskott\t2021-10-12"],
    "footer": [SIG],
    "blocks": [
        ("p", "§ 203", {"bold": True}),
        ("p", "Dnr KS/2021:87"),
        ("h1", TITLE_S),
        ("h2", "Ärendebeskrivning"),
        ("p", f"Johan Ahl (L) och Sara Lindgren (L) föreslår i en motion {R_KSAU}. "
              "Kultur- och fritidsförvaltningen föreslår att motionen "
              "avslås, eftersom investeringen om cirka 3,8 miljoner kronor inte ryms i "
              "investeringsplanen."),
        ("h2", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse 2021-09-06\nMotion 2021-03-15"),
        ("h2", "Yrkanden"),
        ("p", "Johan Ahl (L) yrkar bifall till motionen."),
        ("p", "Ordföranden Birgitta Sand (S) yrkar bifall till förvaltningens förslag."),
        ("h2", "Beslutsgång"),
        ("p", "Ordföranden ställer proposition på sitt eget yrkande mot Johan Ahls yrkande och finner "
              "att arbetsutskottet beslutar enligt ordförandens yrkande."),
        ("h2", "Arbetsutskottets förslag till kommunstyrelsen"),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen."),
        ("h2", "Reservation"),
        ("p", "Johan Ahl (L) reserverar sig mot beslutet till förmån för eget yrkande."),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_S, MUNI, "KSAU", "2021-10-12",
                   authors=AUTHORS, clauses=[R_KSAU],
                   decision=decision("avslag", True,
                                     "Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.")),
}

DEC_KF = ("Ärendet återremitteras till kommunstyrelsen för att utreda en etappvis utbyggnad av "
          "belysningen och möjligheterna till extern medfinansiering.")

kf = {
    "stem": "kvarnby-ks-2021-87_4_kf-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KF 2021-11-22 § 134", "core_author": "Tove Ring",
    "header": ["Kvarnby kommun\tSAMMANTRÄDESPROTOKOLL\tSida {PAGE} ({NUMPAGES})",
               "Kommunfullmäktige\tSammanträdesdatum 22 november 2021"],
    "footer": [SIG],
    "blocks": [
        ("p", "§ 134    Dnr KS/2021:87", {"bold": True}),
        ("h1", TITLE_S),
        ("h2", "Ärendebeskrivning"),
        ("p", f"Johan Ahl (L) och Sara Lindgren (L) har i en motion föreslagit {R_KF}. "
              "Kultur- och fritidsförvaltningen har föreslagit att "
              "motionen avslås med hänvisning till kostnaden. Kommunstyrelsen har den 1 november "
              "2021, § 187, föreslagit följande:"),
        ("p", DEC, {"indent_cm": 1.0, "italic": True}),
        ("h2", "Beslutsunderlag"),
        ("p", "Kommunstyrelsens protokoll 2021-11-01, § 187\n"
              "Kommunstyrelsens arbetsutskotts protokoll 2021-10-12, § 203\n"
              "Tjänsteskrivelse 2021-09-06\nMotion 2021-03-15"),
        ("h2", "Yrkanden"),
        ("p", "Martin Olofsson (M) yrkar bifall till kommunstyrelsens förslag."),
        ("p", "Sara Lindgren (L) yrkar att ärendet återremitteras till kommunstyrelsen för att utreda "
              "en etappvis utbyggnad av belysningen och möjligheterna till extern medfinansiering, "
              "till exempel från föreningslivet eller genom statliga bidrag."),
        ("p", "Kerstin Hed (C) och Ali Rahimi (S) yrkar bifall till Sara Lindgrens "
              "återremissyrkande."),
        ("h2", "Beslutsgång"),
        ("p", "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller "
              "återremitteras och finner att ärendet ska avgöras i dag. Votering begärs."),
        ("p", "Kommunfullmäktige godkänner följande voteringsproposition: Den som vill att ärendet "
              "ska avgöras i dag röstar ja. Den som vill att ärendet ska återremitteras röstar nej."),
        ("h2", "Omröstningsresultat"),
        ("p", "Med 27 ja-röster mot 18 nej-röster beslutar kommunfullmäktige att ärendet ska avgöras "
              "i dag. Eftersom minst en tredjedel av de närvarande ledamöterna har röstat för "
              "återremiss ska ärendet ändå återremitteras enligt 5 kap. 51 § kommunallagen. "
              "Voteringslistan framgår av bilaga 3."),
        ("h2", "Kommunfullmäktiges beslut"),
        ("p", DEC_KF),
        ("h2", "Skickas till"),
        ("p", "Kommunstyrelsen\nKultur- och fritidsförvaltningen\nTekniska förvaltningen"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_S, MUNI, "KF", "2021-11-22",
                   authors=AUTHORS, clauses=[R_KF],
                   decision=decision("aterremiss", False, DEC_KF)),
}

DOCS = [motion, ts, ksau, kf]
