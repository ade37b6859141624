"""ravmark-ksau-2024-02-06_protokollsutdrag: an extract of three § (14–16) from a KSAU meeting.

Layout: minimal furniture (a small header block with body, date, place, members and
justerare, "Paragrafer §§ 14–16"), then per § a Heading 2 line "KSAU § 14" with the Dnr
right-aligned on the same line ("Dnr 2023/0734 KS", year first, body last), the title as
Heading 3, "Ärendebeskrivning", "Beslutsunderlag" as dash lines, the proposal under
"Arbetsutskottets förslag till kommunstyrelsen" (one sentence each); the motion's
proposals only retold in prose ("föreslår … att … och att …"; by the issue 11 convention
each att-part is a clause); ends with
justering and "Utdragsbestyrkande". Footer: "Justerandes sign | Utdragsbestyrkande".
"""
from blocks import fix_grid
from tlib import dec, item, other, protocol

STEM = "ravmark-ksau-2024-02-06_protokollsutdrag"
MUNI = "Rävmarks kommun"
DATE = "2024-02-06"

T14 = "Svar på motion om sommarjobb för alla ungdomar i gymnasieåldern"
DNR14 = "2023/0734 KS"
D14 = ("Arbetsutskottet föreslår kommunstyrelsen att föreslå kommunfullmäktige besluta att "
       "motionen ska anses besvarad.")
C14 = ["att kommunen garanterar alla ungdomar i gymnasieåldern ett sommarjobb",
       "att företag som tar emot feriepraktikanter får ett bidrag på 2 000 kronor per "
       "praktikant"]
T15 = "Svar på medborgarförslag om en badbrygga vid Lomtjärn"
DNR15 = "2023/0811 KS"
C15 = ["att kommunen bygger en badbrygga vid den kommunala badplatsen vid Lomtjärn, eftersom den "
       "gamla bryggan revs 2021"]
D15 = "Arbetsutskottet föreslår kommunstyrelsen besluta att medborgarförslaget bifalls."
T16 = "Yttrande över remiss av regional transportplan 2026–2037"
DNR16 = "2024/0042 KS"

B = {"bold": True, "keep_next": True}


def head(par, dnr, title):
    return [("hx", 2, f"KSAU § {par}", {"right": f"Dnr {dnr}"}), ("h3", title)]


BLOCKS = [
    ("p", "Rävmarks kommun", {"size": 9}),
    ("p", "Kommunstyrelsens arbetsutskott", {"bold": True, "size": 14}),
    ("label_table", [
        ["Sammanträdesdatum", "2024-02-06"],
        ["Plats och tid", "Kommunhuset i Rävmark, rum Tjädern, kl. 09.00–11.30"],
        ["Beslutande", "Lisbeth Kron (S), ordförande\nMattias Hult (C)\nYlva Granberg (M)"],
        ["Övriga", "Kommunchef Anders Röst\nNämndsekreterare Sara Lindblom"],
        ["Justerare", "Ylva Granberg (M)"],
        ["Paragrafer i utdraget", "§§ 14–16"],
    ], {"widths_cm": [4.4, 12.0]}),
    ("empty",),
]

BLOCKS += head("14", DNR14, T14) + [
    ("p", "Ärendebeskrivning", B),
    ("p", "Linnéa Sörensen (KD) föreslår i en motion som väcktes i kommunfullmäktige den 30 "
          f"oktober 2023 {C14[0]} och {C14[1]}."),
    ("p", "Arbetsmarknadsenheten erbjöd sommaren 2023 feriejobb till 212 ungdomar, vilket är "
          "alla som sökte och uppfyllde villkoren. Enheten bedömer att en garanti redan i "
          "praktiken gäller för de ungdomar som söker. Ett bidrag till företagen skulle kosta "
          "omkring 150 000 kronor per år och prövas i budgetarbetet för 2025. Förvaltningen "
          "föreslår därför att motionen ska anses besvarad."),
    ("p", "Beslutsunderlag", B),
    ("lines", ["– Tjänsteskrivelse från arbetsmarknadsenheten, 2024-01-18",
               "– Motion från Linnéa Sörensen (KD), 2023-10-12"]),
    ("p", "Yrkanden", B),
    ("p", "Mattias Hult (C) yrkar bifall till förvaltningens förslag. Ylva Granberg (M) "
          "instämmer."),
    ("p", "Arbetsutskottets förslag till kommunstyrelsen", B),
    ("p", D14),
    ("p", "Beslutet skickas till", B),
    ("lines", ["Kommunstyrelsen", "Arbetsmarknadsenheten"]),
    ("empty",),
]

BLOCKS += head("15", DNR15, T15) + [
    ("p", "Ärendebeskrivning", B),
    ("p", f"Oskar Wiklund föreslår i ett medborgarförslag {C15[0]}. "
          "Kommunfullmäktige har överlåtit till kommunstyrelsen att besluta i ärendet."),
    ("p", "Samhällsbyggnadsförvaltningen har tagit in offerter och bedömer att en flytbrygga "
          "med badstege kan byggas för 85 000 kronor inom investeringsramen för "
          "friluftsanläggningar. Bryggan kan vara på plats till badsäsongen 2024."),
    ("p", "Beslutsunderlag", B),
    ("lines", ["– Tjänsteskrivelse från samhällsbyggnadsförvaltningen, 2024-01-22",
               "– Medborgarförslag från Oskar Wiklund, 2023-09-04"]),
    ("p", "Arbetsutskottets förslag till kommunstyrelsen", B),
    ("p", D15),
    ("p", "Samhällsbyggnadsförvaltningen får i uppdrag att bygga bryggan före den 15 juni 2024."),
    ("p", "Beslutet skickas till", B),
    ("lines", ["Kommunstyrelsen", "Samhällsbyggnadsförvaltningen"]),
    ("empty",),
]

BLOCKS += head("16", DNR16, T16) + [
    ("p", "Ärendebeskrivning", B),
    ("p", "Region Västmark har skickat förslaget till regional transportplan för 2026–2037 på "
          "remiss. Kommunstyrelsen har delegerat till arbetsutskottet att yttra sig över "
          "remisser av detta slag. Förvaltningen föreslår att kommunen i sitt yttrande "
          "särskilt lyfter behovet av att bygga om korsningen mellan väg 322 och Storgatan."),
    ("p", "Beslutsunderlag", B),
    ("lines", ["– Tjänsteskrivelse, 2024-01-25", "– Förslag till yttrande, 2024-01-25",
               "– Remiss från Region Västmark, 2023-12-01"]),
    ("p", "Arbetsutskottets beslut", B),
    ("p", "Arbetsutskottet beslutar att avge yttrande enligt förvaltningens förslag."),
    ("p", "Beslutet skickas till", B),
    ("lines", ["Region Västmark", "Samhällsbyggnadsförvaltningen"]),
    ("empty",),
    ("label_table", [
        ["Justerat", "2024-02-09\n……………………………… Lisbeth Kron, ordförande\n"
                     "……………………………… Ylva Granberg, justerare"],
        ["Utdragsbestyrkande", "Rätt utdraget betygar\n……………………………… Sara Lindblom, "
                               "nämndsekreterare"],
    ], {"widths_cm": [4.4, 12.0]}),
]

ITEMS = [
    item("14", T14, dnr=DNR14, key="KS 2023/734", subject="motion", event="proposed",
         authors=[("Linnéa Sörensen", "KD")], clauses=C14,
         decision=dec("besvarad", D14, proposed=True)),
    item("15", T15, dnr=DNR15, key="KS 2023/811", subject="citizen_proposal",
         event="proposed", authors=[("Oskar Wiklund", None)], clauses=C15,
         decision=dec("bifall", D15, proposed=True)),
    other("16", T16, dnr=DNR16, key="KS 2024/42"),
]

DOC = {
    "stem": STEM,
    "format": "docx", "font": "Arial", "size": 10.5,
    "core_title": "KSAU 2024-02-06 §§ 14-16", "core_author": "Sara Lindblom",
    "header": ["RÄVMARKS KOMMUN\tPROTOKOLLSUTDRAG\tSida {PAGE}({NUMPAGES})",
               "Kommunstyrelsens arbetsutskott\t\tSammanträdesdatum 2024-02-06"],
    "footer": [("sig_table",)],
    "blocks": BLOCKS,
    "post": fix_grid,
    "truth": protocol("protocol", MUNI, "KSAU", DATE, ITEMS),
    "sections": {"styles": ["Heading 2"], "re": r"^KSAU § (?P<p>\d+)\t"},
}
