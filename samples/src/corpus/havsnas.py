"""Case havsnas-ks-2014-742: a new motion (UTF-16 text file, CRLF, no Dnr,
"För Centerpartiets fullmäktigegrupp", clauses with capital "Att"), the KF
extract that hands it to KS for preparation (overlamnad), and a yttrande from
Barn- och utbildningsnämnden. Dnr form "KS-2014/742.912"."""
from .common import SIG, truth, decision, protocol_header, officer_block, footer_pages

MUNI = "Havsnäs kommun"
DNR = "KS-2014/742.912"
KEY = "KS 2014/742"

C1 = ("Att kommunen erbjuder läxhjälp minst två eftermiddagar i veckan på samtliga grundskolor från och "
      "med höstterminen 2015")
C2 = "Att läxhjälpen bemannas av lärare eller lärarstudenter och samordnas med skolbiblioteken"
CLAUSES = [C1, C2]
TITLE_M = "Motion om läxhjälp på alla skolor"

TEXT = f"""{TITLE_M}

Till kommunfullmäktige i Havsnäs kommun

Alla barn har inte föräldrar som kan eller hinner hjälpa till med läxorna. Skolverkets uppföljningar visar att elevernas bakgrund har fått större betydelse för skolresultaten. Läxhjälp i skolans regi är ett enkelt sätt att ge alla elever samma förutsättningar.

I dag erbjuds läxhjälp på tre av kommunens tio grundskolor, och då genom frivilliga krafter. På övriga skolor hänvisas eleverna till studieförbundens verksamhet i centralorten, dit många inte kan ta sig efter skoldagens slut.

Centerpartiet föreslår därför

{C1}
{C2}

Havsnäs den 2 oktober 2014

Per Åkesson
För Centerpartiets fullmäktigegrupp
"""

motion = {
    "stem": "havsnas-ks-2014-742_1_motion",
    "format": "txt", "encoding": "utf-16-le", "bom": True, "newline": "crlf",
    "text": TEXT,
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2014-10-02",
                   authors=[("Per Åkesson", "C")], clauses=CLAUSES),
}

TITLE_A = "Anmälan av motion om läxhjälp på alla skolor"
# clauses retold in the KF description (issue 11 convention)
R1 = "att kommunen erbjuder läxhjälp på samtliga grundskolor"
R2 = "att läxhjälpen bemannas av lärare eller lärarstudenter"
OVL = "Motionen överlämnas till kommunstyrelsen för beredning."
kf = {
    "stem": "havsnas-ks-2014-742_2_kf-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KF 2014-10-27 § 112", "core_author": "Anders Sund",
    "header": protocol_header(MUNI, "Kommunfullmäktige", "2014-10-27", table=False),
    "footer": footer_pages("Justerandes sign ……………   Utdragsbestyrkande ……………"),
    "blocks": [
        ("p", "§ 112", {"bold": True}),
        ("p", f"Dnr {DNR}"),
        ("h1", TITLE_A),
        ("h2", "Ärendebeskrivning"),
        ("p", "Per Åkesson (C) har den 2 oktober 2014 lämnat en motion om läxhjälp på alla skolor. I "
              f"motionen föreslås {R1} och {R2}."),
        ("p", "Enligt kommunfullmäktiges arbetsordning ska motionen beredas av kommunstyrelsen, som "
              "inhämtar yttrande från berörd nämnd."),
        ("h2", "Kommunfullmäktiges beslut"),
        ("p", OVL),
        ("h2", "Skickas till"),
        ("p", "Kommunstyrelsen\nBarn- och utbildningsnämnden"),
        ("empty",),
        SIG,
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_A, MUNI, "KF", "2014-10-27",
                   authors=[("Per Åkesson", "C")], clauses=[R1, R2],
                   decision=decision("overlamnad", False, OVL)),
}

Y1 = ("Läxhjälp erbjuds i dag på tre skolor. Att utöka till samtliga tio grundskolor två eftermiddagar "
      "i veckan kräver enligt förvaltningens beräkning 1,9 miljoner kronor per år. Från och med hösten "
      "2014 ska huvudmannen enligt skollagen erbjuda läxhjälp eller annat stöd i anslutning till "
      "undervisningen, och nämnden planerar att göra det inom ramen för fritidshemmen och "
      "studiestödet på högstadiet.")
Y2 = ("Nämnden ser positivt på samverkan med skolbiblioteken. Att bemanna läxhjälpen med lärare är "
      "dock inte möjligt inom befintlig budget, och tillgången till lärarstudenter är begränsad "
      "utanför terminstid.")
TITLE_Y = "Yttrande över motion om läxhjälp på alla skolor"
DEC_Y = "Barn- och utbildningsnämnden föreslår att kommunfullmäktige avslår motionen."

yttrande = {
    "stem": "havsnas-ks-2014-742_3_bun-yttrande",
    "format": "docx",
    "core_title": TITLE_Y, "core_author": "Malin Ekström",
    "header": [f"{MUNI}\tBarn- och utbildningsnämnden\tSida {{PAGE}} ({{NUMPAGES}})"],
    "footer": ["Barn- och utbildningsförvaltningen · Skolgatan 4 · 471 80 Havsnäs"],
    "blocks": [
        ("table", [["YTTRANDE", "Datum\n2015-01-20"],
                   ["Till kommunstyrelsen", f"Dnr {DNR}"]],
         {"widths_cm": [9.4, 7.0], "bold_first_row": True}),
        officer_block("Malin Ekström", "utvecklingsledare", "0304-66 21 08", "malin.ekstrom@havsnas.se"),
        ("title", TITLE_Y),
        ("p", "Kommunstyrelsen har begärt att barn- och utbildningsnämnden yttrar sig över en motion från "
              "Per Åkesson (C) om läxhjälp på alla skolor. Motionen innehåller följande förslag:"),
        ("bullets", CLAUSES),
        ("h1", "Nämndens synpunkter"),
        ("p", "Första att-satsen: " + Y1),
        ("p", "Andra att-satsen: " + Y2),
        ("h1", "Barnkonsekvensanalys"),
        ("p", "Läxhjälp gynnar framför allt elever med svagare stöd hemifrån. Nämnden bedömer att "
              "samma effekt kan uppnås med de insatser som redan planeras enligt skollagen."),
        ("h1", "Förslag till beslut"),
        ("p", DEC_Y),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Per Åkesson (C), 2014-10-02\nKommunfullmäktiges protokoll 2014-10-27, § 112"),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Kommunstyrelsen"),
        ("empty",),
        ("p", "Margareta Holmgren (S)\nOrdförande, barn- och utbildningsnämnden"),
        ("p", "Malin Ekström\nUtvecklingsledare"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_Y, MUNI, "Barn- och utbildningsnämnden", "2015-01-20",
                   officer="Malin Ekström", authors=[("Per Åkesson", "C")], clauses=CLAUSES,
                   comments=[(1, Y1), (2, Y2)],
                   decision=decision("avslag", True, DEC_Y)),
}

DOCS = [motion, kf, yttrande]
