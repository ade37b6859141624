"""Case lingvik-ks-2024-58 (style batch A).

Lingviks kommun, Dnr written "KS 2024/0058" (only in the answer). A one-person
KD motion whose proposal block comes FIRST, under a bold Normal paragraph
"Förslag till beslut" (M-POS-01), and the background after it under a bold
lower-case heading with a colon, "bakgrund:".

* 1_motion: addressing line "Motion till kommunfullmäktige i Lingviks kommun"
  (M-ADDR-01); introducer "… föreslår jag kommunfullmäktige besluta :"; clause 1
  is "att: Med anledning av … vill jag ge … i uppdrag att …" (M-CLAUSE-09),
  clause 2 a capitalised "Att … ." sentence (M-CLAUSE-02), clause 3 "Att … ska
  ha följande inriktning:" with a Word bullet sub-list and a trailing
  ska-sentence (M-CLAUSE-11: ONE clause). The background has a "vill att"
  wish (M-BODY-01) and a sentence starting "Att …" (not clauses). Signed on
  separate lines with a role (M-SIGN-07), dated "Lingvik den 3 mars 2024".
* 2_svar: förslag till svar; quotes the three clauses as a Word numbered list
  (clause 3 as one item, sub-list run in); comments "Punkt 1: …" with a bold
  label; proposes "Motionen anses besvarad."
"""
from truthlib import truth, decision

MUNI = "Lingviks kommun"
DNR = "KS 2024/0058"
KEY = "KS 2024/58"
AUTHORS = [("Birgitta Sandell", "KD")]

TITLE_M = "Motion om ett Lingvik där ingen äldre behöver vara ensam"
TITLE_A = "Svar på motion om ett Lingvik där ingen äldre behöver vara ensam"

C1 = ("att: Med anledning av att var fjärde invånare över 80 år uppger att de ofta känner sig "
      "ensamma vill jag ge vård- och omsorgsnämnden i uppdrag att ta fram en handlingsplan mot "
      "ofrivillig ensamhet bland äldre.")
C2 = "Att träffpunkterna i Lingvik, Bodarna och Västerå hålls öppna även på lördagar och söndagar."
C3_HEAD = "Att handlingsplanen ska ha följande inriktning:"
C3_SUB = ["uppsökande hembesök erbjuds alla som fyller 80 år,",
          "kommunen samarbetar med studieförbund, församlingar och pensionärsföreningar,",
          "anhöriga och grannar får veta vart de kan vända sig."]
C3_TAIL = "Handlingsplanen ska redovisas för kommunfullmäktige senast i juni 2025."
# typed by hand: the head, the sub-items and the trailing sentence joined by one space
C3 = ("Att handlingsplanen ska ha följande inriktning: uppsökande hembesök erbjuds alla som fyller "
      "80 år, kommunen samarbetar med studieförbund, församlingar och pensionärsföreningar, "
      "anhöriga och grannar får veta vart de kan vända sig. Handlingsplanen ska redovisas för "
      "kommunfullmäktige senast i juni 2025.")
CLAUSES = [C1, C2, C3]

motion = {
    "stem": "lingvik-ks-2024-58_1_motion",
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": TITLE_M, "core_author": "Birgitta Sandell",
    "header": ["Kristdemokraterna i Lingvik"],
    "blocks": [
        ("p", "Motion till kommunfullmäktige i Lingviks kommun"),
        ("title", TITLE_M),
        ("p", "Förslag till beslut", {"bold": True, "keep_next": True}),
        ("p", "Med anledning av det som beskrivs nedan föreslår jag kommunfullmäktige besluta :"),
        ("p", C1),
        ("p", C2),
        ("p", C3_HEAD),
        ("bullets", C3_SUB),
        ("p", C3_TAIL),
        ("empty",),
        ("p", "bakgrund:", {"bold": True, "keep_next": True}),
        ("p", "I kommunens senaste folkhälsoenkät svarade var fjärde person över 80 år att de ofta "
              "känner sig ensamma. Bland dem som bor ensamma och saknar hemtjänst var andelen ännu "
              "högre. Ensamhet är inte bara tråkigt; den ökar risken för depression, fall och tidig "
              "flytt till särskilt boende."),
        ("p", "Att bli gammal i Lingvik ska inte betyda att man blir ensam. Ändå står träffpunkterna "
              "stängda från fredag eftermiddag till måndag morgon, just de dagar då många äldre "
              "säger att tiden känns längst."),
        ("p", "Jag vill att kommunen ser ensamheten som en folkhälsofråga och inte som något var och "
              "en får lösa själv. Studieförbunden, församlingarna och pensionärsföreningarna gör "
              "redan mycket, men ingen samordnar insatserna och ingen vet vilka som inte nås."),
        ("empty",),
        ("p", "Lingvik den 3 mars 2024"),
        ("empty",),
        ("lines", ["Birgitta Sandell",
                   "Gruppledare och ledamot för Kristdemokraterna i Lingvik"]),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2024-03-03",
                   authors=AUTHORS, clauses=CLAUSES),
}

K1 = ("Vård- och omsorgsnämnden beslutade i maj 2024 att ta fram en handlingsplan mot ofrivillig "
      "ensamhet. Arbetet pågår och planen ska vara klar till årsskiftet. Punkten får därmed anses "
      "tillgodosedd.")
K2 = ("Helgöppna träffpunkter skulle kosta omkring 650 000 kronor per år i personalkostnader. "
      "Förvaltningen prövar i stället under 2025 helgöppet varannan lördag i Lingvik, i samarbete "
      "med frivilligorganisationer.")
K3 = ("Inriktningen stämmer väl med det uppdrag nämnden redan har gett förvaltningen. Uppsökande "
      "hembesök till 80-åringar införs från januari 2025. Planen redovisas för nämnden, och "
      "förvaltningen ser inget hinder mot att den även anmäls till kommunfullmäktige.")
DEC = "Motionen anses besvarad."

svar = {
    "stem": "lingvik-ks-2024-58_2_svar",
    "format": "docx", "font": "Arial", "size": 10,
    "core_title": TITLE_A, "core_author": "Jonas Åkerlund",
    "header": ["LINGVIKS KOMMUN\tFÖRSLAG TILL SVAR\t{PAGE} ({NUMPAGES})",
               "Vård- och omsorgsförvaltningen\t\tDnr KS 2024/0058"],
    "footer": ["Lingviks kommun · 796 80 Lingvik · 0250-47 10 00 · kommunen@lingvik.se"],
    "blocks": [
        ("table", [["Handläggare", "Datum", "Diarienummer"],
                   ["Jonas Åkerlund, utvecklingsledare", "2024-09-16", "KS 2024/0058"]],
         {"bold_first_row": True, "widths_cm": [7.4, 4.0, 5.0]}),
        ("p", "Kommunstyrelsen", {"bold": True}),
        ("title", TITLE_A),
        ("h1", "Förslag till beslut"),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta:"),
        ("p", DEC),
        ("h1", "Sammanfattning"),
        ("p", "Birgitta Sandell (KD) vill att kommunen arbetar samlat mot ofrivillig ensamhet bland "
              "äldre. Vård- och omsorgsnämnden har redan gett förvaltningen i uppdrag att ta fram en "
              "sådan handlingsplan, och uppsökande hembesök införs 2025. Helgöppna träffpunkter "
              "prövas i mindre skala."),
        ("h1", "Motionens förslag"),
        ("p", "Birgitta Sandell (KD) föreslår kommunfullmäktige besluta"),
        ("numlist", "decimal_dot", CLAUSES),
        ("h1", "Bedömning"),
        ("runs", [("b", "Punkt 1: "), ("t", K1)]),
        ("runs", [("b", "Punkt 2: "), ("t", K2)]),
        ("runs", [("b", "Punkt 3: "), ("t", K3)]),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Birgitta Sandell (KD), 2024-03-03\nFörslag till svar, 2024-09-16"),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Vård- och omsorgsnämnden\nMotionären"),
        ("empty",),
        ("p", "Jonas Åkerlund\nUtvecklingsledare\n0250-47 12 31, jonas.akerlund@lingvik.se"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_A, MUNI, "KS", "2024-09-16", officer="Jonas Åkerlund",
                   authors=AUTHORS, clauses=CLAUSES, comments=[(1, K1), (2, K2), (3, K3)],
                   decision=decision("besvarad", True, DEC)),
}

DOCS = [motion, svar]
