"""Case bjorkvala-ks-2024-57 (held out, batch 4).

Björkvala kommun, Dnr written "KS 2024-57" (hyphen between year and serial).
A medborgarförslag sent by e-mail; KF hands it to tekniska nämnden to decide;
the förvaltning proposes that the nämnd grants it.

* 1_medborgarforslag.txt: a plain e-mail, forwarded by the registrator (who
  adds the Dnr and a later date); cp1252, LF; no title line in the body, so
  the title is the subject of the original message, "Medborgarförslag –
  toalett vid Långsjöbadet" (the forward's subject adds "VB: "); the whole
  ask is ONE sentence in the running text, "Jag föreslår att kommunen sätter
  upp ... augusti."; the clause is that sentence from "att", with its
  period; date = the original "Skickat: den 4 mars 2024 22:41", not the
  forward's 5 mars.
* 2_kf-protokoll: KF "Anmälan av medborgarförslag ..."; decision
  "Medborgarförslaget överlämnas till tekniska nämnden för beredning och
  beslut." (overlamnad, taken); the proposal is summarised, so no clauses;
  meeting date "15 april 2024" in the page header.
* 3_svar: answer from tekniska förvaltningen to Tekniska nämnden; the
  proposal is in the classic layout "Tekniska nämnden beslutar" + "att
  bifalla medborgarförslaget" + a second "att ..." task line (a decision
  part, not a clause); the answer paraphrases the proposal and does not
  quote it, so there are no clauses and no comments; one signer with title,
  phone and e-mail.
"""
from truthlib import SIG, truth, decision

MUNI = "Björkvala kommun"
DNR = "KS 2024-57"
KEY = "KS 2024/57"
AUTHORS = [("Helena Fors", None)]

C1 = ("att kommunen sätter upp en toalett vid Långsjöbadet som är öppen åtminstone från midsommar "
      "till mitten av augusti.")

TITLE_F = "Medborgarförslag – toalett vid Långsjöbadet"
TITLE_KF = "Anmälan av medborgarförslag om toalett vid Långsjöbadet"
TITLE_A = "Svar på medborgarförslag om toalett vid Långsjöbadet"

# ---------------------------------------------------------------- 1 e-mail
mail = f"""Från: Registrator Björkvala kommun <registrator@bjorkvala.se>
Skickat: den 5 mars 2024 08:12
Till: Kommunledningskontoret <kommunledning@bjorkvala.se>
Ämne: VB: {TITLE_F}

Inkommet medborgarförslag, registrerat som KS 2024-57. Anmäls till kommunfullmäktige den 15 april.

/Registrator

Från: Helena Fors <helena.fors@postlada.example>
Skickat: den 4 mars 2024 22:41
Till: Registrator Björkvala kommun <registrator@bjorkvala.se>
Ämne: {TITLE_F}

Hej,

Vi är många som badar vid Långsjöbadet på sommaren, både barnfamiljer och äldre, och det har blivit mycket populärare sedan kommunen byggde den nya bryggan. Men det finns ingen toalett, och den närmaste finns på macken en och en halv kilometer bort. Folk går in i skogen i stället, och på varma dagar luktar det illa vid parkeringen. Förra sommaren träffade jag två barnfamiljer som åkte hem tidigt av just den anledningen.

Jag föreslår {C1} Det behöver inte vara något stort, en enkel torrtoalett av samma sort som vid Kroksjön skulle räcka långt.

Tack på förhand!

Helena Fors
Sjövägen 8
785 31 Björkvala
070-552 18 64
"""

forslag = {
    "stem": "bjorkvala-ks-2024-57_1_medborgarforslag",
    "format": "txt", "encoding": "cp1252",
    "text": mail,
    "truth": truth("citizen_proposal", DNR, KEY, TITLE_F, MUNI, "KF", "2024-03-04",
                   authors=AUTHORS, clauses=[C1]),
}

# ---------------------------------------------------------------- 2 KF
DEC_KF = "Medborgarförslaget överlämnas till tekniska nämnden för beredning och beslut."

kf = {
    "stem": "bjorkvala-ks-2024-57_2_kf-protokoll",
    "format": "docx", "font": "Arial", "size": 11,
    "core_title": "Kommunfullmäktige 2024-04-15 § 54", "core_author": "Anneli Rask",
    "header": ["BJÖRKVALA KOMMUN\tProtokoll\t{PAGE}({NUMPAGES})",
               "Kommunfullmäktige\t15 april 2024"],
    "footer": [SIG],
    "blocks": [
        ("p", "§ 54", {"bold": True, "keep_next": True}),
        ("p", "Dnr KS 2024-57", {"keep_next": True}),
        ("h2", TITLE_KF),
        ("p", "Ärendebeskrivning", {"bold": True, "keep_next": True}),
        ("p", "Helena Fors har den 4 mars 2024 lämnat in ett medborgarförslag om en toalett vid "
              "Långsjöbadet. Hon vill att en enkel toalett ställs upp där under sommarsäsongen."),
        ("p", "Enligt kommunfullmäktiges arbetsordning får fullmäktige överlåta till en nämnd att "
              "besluta i ett ärende som har väckts genom ett medborgarförslag. Förslaget gäller "
              "kommunens badplatser, som tekniska nämnden ansvarar för."),
        ("p", "Kommunfullmäktiges beslut", {"bold": True, "keep_next": True}),
        ("p", DEC_KF),
        ("p", "Skickas till", {"bold": True, "keep_next": True}),
        ("p", "Tekniska nämnden\nHelena Fors"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_KF, MUNI, "KF", "2024-04-15",
                   authors=AUTHORS, decision=decision("overlamnad", False, DEC_KF)),
}

# ---------------------------------------------------------------- 3 svar
DEC_A = "att bifalla medborgarförslaget"

svar = {
    "stem": "bjorkvala-ks-2024-57_3_svar",
    "format": "docx", "font": "Georgia", "size": 11,
    "core_title": TITLE_A, "core_author": "Nils Berggren",
    "header": ["Björkvala kommun\t\t{PAGE}({NUMPAGES})"],
    "footer": ["Tekniska förvaltningen · Box 40 · 785 21 Björkvala · 0241-550 00 · "
               "teknik@bjorkvala.se"],
    "blocks": [
        ("table", [["Tekniska förvaltningen", "Datum", "Dnr"],
                   ["Gatu- och parkenheten", "2024-06-10", "KS 2024-57"]],
         {"bold_first_row": True, "widths_cm": [8.0, 4.0, 4.4]}),
        ("p", "Tekniska nämnden", {"bold": True, "keep_next": True}),
        ("title", TITLE_A),
        ("h1", "Förslag till beslut"),
        ("p", "Tekniska nämnden beslutar"),
        ("p", DEC_A, {"indent_cm": 1.0}),
        ("p", "att uppdra åt tekniska förvaltningen att ställa upp en toalett vid Långsjöbadet "
              "inför badsäsongen 2025", {"indent_cm": 1.0}),
        ("h1", "Bakgrund"),
        ("p", "Helena Fors har i ett medborgarförslag bett kommunen ordna en toalett vid "
              "Långsjöbadet under sommaren. Kommunfullmäktige har den 15 april 2024, § 54, "
              "överlämnat medborgarförslaget till tekniska nämnden för beredning och beslut."),
        ("p", "Långsjöbadet är en av kommunens fyra badplatser. Vid räkningar sommaren 2023 kom upp "
              "till 400 besökare en varm dag. Badplatsen har brygga, sandstrand och en parkering med "
              "30 platser, men ingen toalett. De övriga tre badplatserna har torrtoaletter."),
        ("h1", "Förvaltningens bedömning"),
        ("p", "Förvaltningen instämmer i att en badplats med så många besökare behöver en toalett. "
              "En torrtoalett av samma typ som vid Kroksjön kostar cirka 85 000 kronor att köpa och "
              "ställa upp. Tömning och städning under perioden juni till augusti beräknas kosta "
              "14 000 kronor per säsong. Kostnaderna ryms i gatu- och parkenhetens budget för 2025."),
        ("p", "Förvaltningen föreslår att toaletten placeras vid parkeringen, så att den kan tömmas "
              "från vägen."),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Helena Fors\nGatu- och parkenheten"),
        ("empty",),
        ("lines", ["Nils Berggren", "Gatuingenjör", "0241-551 27", "nils.berggren@bjorkvala.se"]),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_A, MUNI, "Tekniska nämnden", "2024-06-10",
                   officer="Nils Berggren", authors=AUTHORS,
                   decision=decision("bifall", True, DEC_A)),
}

DOCS = [forslag, kf, svar]
