"""Case odeby-ks-2023-412 (held out, batch 4).

Ödeby kommun, Dnr written "KS 2023/412". Chain motion -> nämnd yttrande ->
KF, ending in "besvarad".

* 1_motion.txt: UTF-8 without BOM, LF, hard-wrapped at 68 columns with no
  indentation of continuation lines (clauses 1 and 3 wrap); the clauses are
  plain "att ..." paragraphs separated by blank lines; the introducing line
  is "Jag föreslår att kommunfullmäktige beslutar" (its "att" introduces the
  decision, not a clause); signed "Gunnel Åkerman" with "Miljöpartiet de
  gröna" on the line below (truth party MP); date "Ödeby den 16 oktober
  2023"; no Dnr.
* 2_sn-yttrande: the servicenämnd's opinion, titled "Remissvar: motion om
  ..."; clauses quoted as a Word bullet list; comments as unlabelled
  paragraphs by ordinal ("Vad gäller den första att-satsen ...", "Den andra
  att-satsen ...", "När det gäller den tredje att-satsen ..."), followed by a
  "Sammantaget ..." paragraph that is not a comment; NO "Förslag till beslut"
  heading: the stance is under "Nämndens ställningstagande", "Servicenämnden
  anser att motionen ska anses besvarad."; signed by the ordförande (with a
  party) and the servicechef side by side in a borderless table; the
  handläggare is named only on a "Kontaktperson:" line; the referral date
  is written "6 november 2023".
* 3_kf-protokoll: KF decision in the classic layout "Kommunfullmäktige
  beslutar" + "att anse motionen besvarad"; the KS proposal "Motionen anses
  besvarad." is quoted in the description; a protokollsanteckning by the
  proposer; the clauses are only summarised.
"""
import textwrap

from truthlib import SIG, truth, decision

MUNI = "Ödeby kommun"
DNR = "KS 2023/412"
KEY = "KS 2023/412"
AUTHORS = [("Gunnel Åkerman", "MP")]

C1 = ("att kommunen sätter som mål att matsvinnet i skolor, förskolor och äldreboenden ska halveras "
      "till 2027 jämfört med 2023")
C2 = "att svinnet i varje kök mäts och redovisas varje termin"
C3 = "att överbliven mat från skolköken får säljas till personal och allmänhet"
CLAUSES = [C1, C2, C3]

TITLE_M = "Motion om att minska matsvinnet i kommunens kök"
TITLE_Y = "Remissvar: motion om att minska matsvinnet i kommunens kök"
TITLE_KF = "Svar på motion om att minska matsvinnet i kommunens kök"


def wrap(par):
    return "\n".join(textwrap.wrap(par, width=68, break_long_words=False, break_on_hyphens=False))


# ---------------------------------------------------------------- 1 motion
_paras = [
    TITLE_M,
    "Till kommunfullmäktige i Ödeby kommun",
    "Varje dag lagar kommunens kök omkring 3 200 portioner i skolor, förskolor och på "
    "äldreboenden. Kommunens egna mätningar från 2022 visar att ungefär en femtedel av maten "
    "aldrig äts upp. Det är mat som har kostat pengar att köpa in, laga och transportera, och "
    "som sedan blir biogas i bästa fall.",
    "Flera kommuner har visat att svinnet går att minska kraftigt med enkla medel: att väga "
    "svinnet och visa resultatet för eleverna, att låta barnen ta mat själva, att planera "
    "menyerna efter hur mycket som faktiskt äts och att sälja det som blir över. Men det "
    "kräver att någon följer upp arbetet och att det finns ett tydligt mål.",
    "Jag föreslår att kommunfullmäktige beslutar",
    C1, C2, C3,
    "Ödeby den 16 oktober 2023",
]
motion_text = "\n\n".join(wrap(p) for p in _paras) + "\n\nGunnel Åkerman\nMiljöpartiet de gröna\n"

motion = {
    "stem": "odeby-ks-2023-412_1_motion",
    "format": "txt", "encoding": "utf-8",
    "text": motion_text,
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2023-10-16",
                   authors=AUTHORS, clauses=CLAUSES),
}

# ---------------------------------------------------------------- 2 yttrande
K1 = ("Vad gäller den första att-satsen har servicenämnden redan i verksamhetsplanen för 2024 "
      "beslutat att matsvinnet ska minska med 30 procent till 2026. Nämnden ser inget hinder mot "
      "ett mer långtgående mål, men anser att målet hör hemma i kommunens miljöprogram, som ska "
      "revideras under 2024.")
K2 = ("Den andra att-satsen genomförs redan. Sedan hösten 2023 väger samtliga 14 kök tallrikssvinn "
      "och serveringssvinn under två veckor varje termin, och resultaten redovisas för nämnden i "
      "januari och juni.")
K3 = ("När det gäller den tredje att-satsen har förvaltningen undersökt om överbliven mat kan "
      "säljas. Försäljning kräver att köken registreras som livsmedelsbutik och att maten märks, "
      "och intäkterna väntas bli små. Två skolkök prövar att sälja matlådor till personalen under "
      "våren 2024, och nämnden vill avvakta resultatet.")
DEC_Y = "Servicenämnden anser att motionen ska anses besvarad."

yttrande = {
    "stem": "odeby-ks-2023-412_2_sn-yttrande",
    "format": "docx", "font": "Verdana", "size": 10,
    "core_title": TITLE_Y, "core_author": "Sofia Nyman",
    "header": ["ÖDEBY KOMMUN\tYTTRANDE\t{PAGE} ({NUMPAGES})", "Servicenämnden"],
    "footer": ["Ödeby kommun · Servicenämnden · Storgatan 12 · 455 80 Ödeby · 0523-61 50 00"],
    "blocks": [
        ("lines", ["2024-01-22", "Dnr KS 2023/412"], {"align": "right"}),
        ("empty",),
        ("p", "Till kommunstyrelsen", {"bold": True, "keep_next": True}),
        ("title", TITLE_Y),
        ("h1", "Ärendet"),
        ("p", "Gunnel Åkerman (MP) har i en motion den 16 oktober 2023 föreslagit att "
              "kommunfullmäktige beslutar"),
        ("bullets", CLAUSES),
        ("p", "Kommunstyrelsen remitterade den 6 november 2023 motionen till servicenämnden för "
              "yttrande senast den 31 januari 2024."),
        ("h1", "Nämndens synpunkter"),
        ("p", K1),
        ("p", K2),
        ("p", K3),
        ("p", "Sammantaget bedömer nämnden att motionens syfte i allt väsentligt tillgodoses genom "
              "det arbete som redan pågår."),
        ("h1", "Nämndens ställningstagande"),
        ("p", DEC_Y),
        ("empty",),
        ("p", "För servicenämnden"),
        ("empty",),
        ("table", [["Britt Eklund (C)\nOrdförande", "Oskar Hedlund\nServicechef"]],
         {"widths_cm": [8.2, 8.2]}),
        ("empty",),
        ("p", "Kontaktperson: Sofia Nyman, måltidsutvecklare, 0523-61 52 38, sofia.nyman@odeby.se",
         {"size": 9}),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_Y, MUNI, "Servicenämnden", "2024-01-22",
                   officer="Sofia Nyman", authors=AUTHORS, clauses=CLAUSES,
                   comments=[(1, K1), (2, K2), (3, K3)],
                   decision=decision("besvarad", True, DEC_Y)),
}

# ---------------------------------------------------------------- 3 KF
DEC_KF = "att anse motionen besvarad"

kf = {
    "stem": "odeby-ks-2023-412_3_kf-protokoll",
    "format": "docx", "font": "Georgia", "size": 11,
    "core_title": "Kommunfullmäktige 2024-03-18 § 29", "core_author": "Tove Lund",
    "header": ["Ödeby kommun\tSAMMANTRÄDESPROTOKOLL\t{PAGE} ({NUMPAGES})",
               "Kommunfullmäktige\tSammanträdesdatum 2024-03-18"],
    "footer": [SIG],
    "blocks": [
        ("p", "§ 29", {"bold": True, "keep_next": True}),
        ("p", "Dnr KS 2023/412", {"keep_next": True}),
        ("h2", TITLE_KF),
        ("p", "Ärendebeskrivning", {"bold": True, "keep_next": True}),
        ("p", "Gunnel Åkerman (MP) föreslår i en motion att kommunen ska halvera matsvinnet i sina "
              "kök till 2027, väga svinnet i varje kök varje termin och låta skolköken sälja mat som "
              "blir över."),
        ("p", "Servicenämnden har i ett yttrande den 22 januari 2024 anfört att arbetet med att "
              "minska matsvinnet redan pågår och att motionen bör anses besvarad."),
        ("p", "Kommunstyrelsens förslag den 4 mars 2024, § 40: Motionen anses besvarad."),
        ("p", "Yrkanden", {"bold": True, "keep_next": True}),
        ("p", "Gunnel Åkerman (MP) yrkar bifall till motionen."),
        ("p", "Kenneth Ström (S) yrkar bifall till kommunstyrelsens förslag."),
        ("p", "Beslutsgång", {"bold": True, "keep_next": True}),
        ("p", "Ordföranden ställer proposition på yrkandena och finner att fullmäktige beslutar "
              "enligt kommunstyrelsens förslag."),
        ("p", "Kommunfullmäktiges beslut", {"bold": True, "keep_next": True}),
        ("p", "Kommunfullmäktige beslutar", {"keep_next": True}),
        ("p", DEC_KF, {"indent_cm": 1.0}),
        ("p", "Protokollsanteckning", {"bold": True, "keep_next": True}),
        ("p", "Gunnel Åkerman (MP) antecknar att hon förväntar sig att målet om halverat matsvinn "
              "förs in i kommunens miljöprogram."),
        ("p", "Skickas till", {"bold": True, "keep_next": True}),
        ("p", "Servicenämnden\nGunnel Åkerman"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_KF, MUNI, "KF", "2024-03-18",
                   authors=AUTHORS, decision=decision("besvarad", False, DEC_KF)),
}

DOCS = [motion, yttrande, kf]
