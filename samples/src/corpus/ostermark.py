"""Case ostermark-ks-2014-12: an old motion (2014, pasted from an e-mail,
no Dnr) written off (avskriven) by KF in 2018 with reference to
Kommunallagen 5 kap. 35 §. Dnr form "2014/KS 0012 001"."""
from .common import SIG, truth, decision, protocol_header

MUNI = "Östermarks kommun"
DNR = "2014/KS 0012 001"
KEY = "KS 2014/12"
AUTHORS = [("Göran Ek", "KD")]

C1 = ("att alla ungdomar folkbokförda i Östermark som går ut årskurs 1 eller 2 på gymnasiet garanteras "
      "ett sommarjobb om minst tre veckor")
C2 = ("att kommunen i samarbete med det lokala näringslivet tar fram minst 50 sommarjobbsplatser "
      "utanför den kommunala verksamheten")
TITLE_M = "Motion om en sommarjobbsgaranti för unga"

MAIL = f"""Från: Göran Ek <goran.ek@politiker.ostermark.se>
Skickat: den 28 januari 2014 21:47
Till: Kommunkansliet Östermark <kommunkansliet@ostermark.se>
Ämne: Motion om sommarjobb

Hej!

Här kommer min motion till fullmäktige i februari. Kan ni diarieföra den och skicka en bekräftelse när den är mottagen?

Mvh Göran

-----------------------------------------------

{TITLE_M}

Till kommunfullmäktige i Östermarks kommun

Ungdomsarbetslösheten i Östermark är bland de högsta i länet. Ett första sommarjobb ger inte bara en egen inkomst utan också arbetslivserfarenhet, referenser och kontakter som gör det lättare att senare få ett fast arbete. I dag beror det alltför ofta på föräldrarnas kontaktnät om en ungdom får ett sommarjobb eller inte.

Kommunen erbjuder i dag feriepraktik till ungdomar som har gått ut årskurs 9, men för gymnasieungdomar finns inget motsvarande stöd.

Kristdemokraterna föreslår att kommunfullmäktige beslutar

{C1}
{C2}

Östermark 2014-01-28

Göran Ek (KD)
Kristdemokraterna i Östermark
"""

motion = {
    "stem": "ostermark-ks-2014-12_1_motion",
    "format": "txt", "encoding": "utf-8",
    "text": MAIL,
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2014-01-28",
                   authors=AUTHORS, clauses=[C1, C2]),
}

TITLE_P = "Avskrivning av motion om en sommarjobbsgaranti för unga"
AVS = "Motionen avskrivs från vidare handläggning."
kf = {
    "stem": "ostermark-ks-2014-12_2_kf-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KF 2018-04-23 § 41", "core_author": "Lena Viklund",
    "header": protocol_header(MUNI, "Kommunfullmäktige", "2018-04-23"),
    "footer": [SIG],
    "blocks": [
        ("p", "§ 41", {"bold": True}),
        ("p", f"Dnr {DNR}"),
        ("h1", TITLE_P),
        ("h2", "Ärendebeskrivning"),
        ("p", "Göran Ek (KD) lämnade den 28 januari 2014 en motion om en sommarjobbsgaranti för unga. "
              "Motionen anmäldes i kommunfullmäktige den 24 februari 2014, § 12, och överlämnades till "
              "kommunstyrelsen för beredning."),
        ("p", "Enligt 5 kap. 35 § kommunallagen (2017:725) bör en motion beredas så att fullmäktige kan "
              "fatta beslut inom ett år från det att motionen väcktes. Om beredningen inte kan avslutas "
              "inom denna tid ska detta och vad som har kommit fram vid beredningen anmälas till "
              "fullmäktige inom samma tid. Fullmäktige får då avskriva motionen från vidare "
              "handläggning."),
        ("p", "Motionen har inte besvarats. Sedan motionen lämnades har kommunen utökat feriepraktiken "
              "till att omfatta även gymnasieungdomar, och sommaren 2017 fick 212 ungdomar feriepraktik. "
              "Göran Ek är inte längre ledamot i kommunfullmäktige. Kommunstyrelsen föreslår den "
              "26 mars 2018, § 52, att motionen avskrivs."),
        ("h2", "Beslutsunderlag"),
        ("p", "Kommunstyrelsens protokoll 2018-03-26, § 52\nRedovisning av motioner som inte beretts "
              "färdigt, april 2018, Bilaga 1 till § 41"),
        ("h2", "Kommunfullmäktiges beslut"),
        ("p", AVS),
        ("h2", "Skickas till"),
        ("p", "Kommunstyrelsen\nKansliavdelningen"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_P, MUNI, "KF", "2018-04-23",
                   authors=AUTHORS, decision=decision("avskriven", False, AVS)),
}

DOCS = [motion, kf]
