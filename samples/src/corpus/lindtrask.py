"""Case lindtrask-ksf-2023-24: a medborgarförslag (citizen_proposal; cp1252
text file from the e-service, CRLF), the answer (with a block-level content
control holding the real Sammanfattning text) and the KS decision under
delegation ("Kommunstyrelsen beslutar"). Dnr form "KSF-2023-024-539"."""
from .common import truth, decision, protocol_header, officer_block, footer_pages

MUNI = "Lindträsks kommun"
DNR = "KSF-2023-024-539"
KEY = "KSF 2023/24"
AUTHORS = [("Maja Lund", None)]

C1 = ("att kommunen anlägger en inhägnad hundrastgård på grönytan vid Backa skola eller på annan "
      "lämplig plats i Backa")
C2 = "att hundrastgården förses med belysning, soptunnor och sittbänkar"
CLAUSES = [C1, C2]
TITLE_M = "Medborgarförslag om hundrastgård i Backa"

FORM = f"""E-TJÄNST: MEDBORGARFÖRSLAG
Lindträsks kommun
--------------------------------------------------
Ärendetyp:      Medborgarförslag till kommunfullmäktige
Inskickat:      2023-02-14 19:32
Namn:           Maja Lund
Adress:         Backavägen 17, 931 95 Lindträsk
E-post:         maja.lund@exempel.se
--------------------------------------------------

Rubrik:
{TITLE_M}

Beskriv ditt förslag:
I Backa bor många hundägare men det finns ingenstans där hundarna kan springa lösa. Närmaste hundrastgård ligger vid idrottsplatsen på andra sidan älven, drygt fyra kilometer bort. Många rastar därför sina hundar lösa på skolans gräsplan på kvällarna, vilket leder till konflikter.

En hundrastgård i Backa skulle bli en naturlig mötesplats och minska problemen med lösa hundar.

Jag föreslår
{C1}
{C2}

Jag godkänner att mina personuppgifter behandlas enligt dataskyddsförordningen (GDPR): Ja
"""

forslag = {
    "stem": "lindtrask-ksf-2023-24_1_medborgarforslag",
    "format": "txt", "encoding": "cp1252", "newline": "crlf",
    "text": FORM,
    "truth": truth("citizen_proposal", None, None, TITLE_M, MUNI, "KF", "2023-02-14",
                   authors=AUTHORS, clauses=CLAUSES),
}

TITLE_S = "Svar på medborgarförslag om hundrastgård i Backa"
S1 = ("Förvaltningen har undersökt tre möjliga platser i Backa. Grönytan vid Backa skola är olämplig "
      "eftersom den används av skolan och ligger nära bostäder. Däremot är den kommunägda ängen norr "
      "om Backavägen, cirka 300 meter från skolan, lämplig. En inhägnad om cirka 2 000 kvadratmeter kan "
      "anläggas där under 2023.")
S2 = ("Sittbänkar och soptunnor ingår i kommunens standard för hundrastgårdar. Belysning kan anslutas "
      "till gatubelysningen längs Backavägen till en kostnad av cirka 40 000 kronor.")
DEC_S = "Medborgarförslaget bifalls."

svar = {
    "stem": "lindtrask-ksf-2023-24_2_svar",
    "format": "docx",
    "core_title": TITLE_S, "core_author": "Oskar Lindgren",
    "header": [("table", [[MUNI, "TJÄNSTESKRIVELSE", "Sida {PAGE} ({NUMPAGES})"],
                          ["Samhällsbyggnadsförvaltningen", "2023-05-08", f"Dnr {DNR}"]],
                {"widths_cm": [7.4, 5.0, 4.0]})],
    "blocks": [
        officer_block("Oskar Lindgren", "parkingenjör", "0950-166 21", "oskar.lindgren@lindtrask.se"),
        ("p", "Kommunstyrelsen", {"bold": True}),
        ("title", TITLE_S),
        ("h1", "Förslag till beslut"),
        ("p", DEC_S),
        ("h1", "Sammanfattning"),
        ("sdt_block", [
            ("p", "Maja Lund föreslår i ett medborgarförslag att kommunen anlägger en hundrastgård i Backa. "
                  "Förvaltningen har hittat en lämplig plats på kommunens mark norr om Backavägen och "
                  "föreslår att medborgarförslaget bifalls. Anläggningen ryms i parkenhetens budget för "
                  "2023."),
        ], {"alias": "Sammanfattning", "tag": "Sammanfattning"}),
        ("h1", "Bakgrund"),
        ("p", "Medborgarförslaget inkom den 14 februari 2023. Förslagsställaren föreslår"),
        ("bullets", CLAUSES),
        ("p", "Kommunfullmäktige har i arbetsordningen delegerat till kommunstyrelsen att besluta om "
              "medborgarförslag som rör kommunens parker och grönytor."),
        ("h1", "Bedömning"),
        ("h3", "Att-sats 1 – plats för hundrastgård"),
        ("p", S1),
        ("h3", "Att-sats 2 – utrustning"),
        ("p", S2),
        ("h1", "Konsekvensbeskrivning"),
        ("p", "Ekonomi: Anläggningskostnaden beräknas till 185 000 kronor och driftkostnaden till "
              "12 000 kronor per år. Kostnaderna ryms i parkenhetens budget."),
        ("p", "Barnperspektiv: Placeringen på ängen i stället för vid skolan minskar risken för "
              "konflikter mellan hundar och barn."),
        ("h1", "Beslutsunderlag"),
        ("p", "Medborgarförslag 2023-02-14\nTjänsteskrivelse 2023-05-08\nKarta, Bilaga 1"),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Maja Lund\nSamhällsbyggnadsförvaltningen, parkenheten"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_S, MUNI, "KS", "2023-05-08", officer="Oskar Lindgren",
                   authors=AUTHORS, clauses=CLAUSES, comments=[(1, S1), (2, S2)],
                   decision=decision("bifall", True, DEC_S)),
}

ks = {
    "stem": "lindtrask-ksf-2023-24_3_ks-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KS 2023-06-12 § 88", "core_author": "Sara Holmström",
    "header": protocol_header(MUNI, "Kommunstyrelsen", "2023-06-12"),
    "footer": footer_pages("Justerandes sign\t\t"),
    "blocks": [
        ("p", "§ 88", {"bold": True}),
        ("p", f"Dnr {DNR}"),
        ("h1", TITLE_S),
        ("h2", "Ärendebeskrivning"),
        ("p", "Maja Lund har i ett medborgarförslag föreslagit"),
        ("bullets", CLAUSES),
        ("p", "Samhällsbyggnadsförvaltningen föreslår att hundrastgården anläggs på kommunens mark norr "
              "om Backavägen och att medborgarförslaget bifalls. Kommunstyrelsen beslutar om "
              "medborgarförslaget enligt delegation från kommunfullmäktige."),
        ("h2", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse 2023-05-08\nMedborgarförslag 2023-02-14"),
        ("h2", "Kommunstyrelsen beslutar"),
        ("p", DEC_S),
        ("h2", "Skickas till"),
        ("p", "Maja Lund\nSamhällsbyggnadsförvaltningen\nKommunfullmäktige för kännedom"),
        ("empty",),
        ("sig_table",),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_S, MUNI, "KS", "2023-06-12",
                   authors=AUTHORS, clauses=CLAUSES, decision=decision("bifall", False, DEC_S)),
}

DOCS = [forslag, svar, ks]
