"""Case granberg-ks-2023-45 (held out).

Granbergs kommun, Dnr written "Dnr 2023/KS 0045" (registry stamp on the
motion, KF extract) and "2023/KS 0045" (cell "Vår beteckning" in the answer).

* 1_motion: clauses under a Heading 2 "Yrkande", Word numbering "1.";
  signed on one line "Lisa Ek (MP) och Omar Said (V)"; date "den 30 januari
  2023"; registry stamp table with the arrival date 2023-01-31 (not the
  motion's date).
* 2_svar: letter-style header table ("Vårt datum", "Vår beteckning", "Er
  beteckning" holding a motion number that is not the Dnr); two pages with a
  running header "Sida 2 av 2"; long background with bulleted fact lists; the
  comments are a Word-numbered list under "Svar på att-satserna" whose numbers
  match the clause numbers (item 2 starts with "Att lämna ..."); per-clause
  proposal bifall / avslag / besvarad.
* 3_kf-protokoll: KF extract with bold paragraphs instead of heading styles,
  clauses quoted as a Word list, yrkanden, reservation, per-clause decision
  taken.
"""
from truthlib import truth, decision

MUNI = "Granbergs kommun"
DNR = "2023/KS 0045"
KEY = "KS 2023/45"
AUTHORS = [("Lisa Ek", "MP"), ("Omar Said", "V")]

C1 = ("att andelen närproducerade livsmedel i förskolans och skolans måltider ska vara minst "
      "30 procent år 2026")
C2 = ("att kommunen lämnar den gemensamma upphandlingssamverkan för livsmedel och i stället "
      "upphandlar livsmedel i egen regi")
C3 = ("att måltidsverksamheten varje år redovisar andelen närproducerade och ekologiska livsmedel "
      "till barn- och utbildningsnämnden")
CLAUSES = [C1, C2, C3]

TITLE_M = "Motion om mer närproducerad mat i skolmåltiderna"
TITLE_S = "Förslag till svar på motion om mer närproducerad mat i skolmåltiderna"
TITLE_P = "Svar på motion om mer närproducerad mat i skolmåltiderna"

motion = {
    "stem": "granberg-ks-2023-45_1_motion",
    "format": "docx", "font": "Calibri", "size": 11,
    "core_title": TITLE_M, "core_author": "Lisa Ek",
    "blocks": [
        ("table", [["Miljöpartiet de gröna och Vänsterpartiet\ni Granbergs kommunfullmäktige",
                    "GRANBERGS KOMMUN\nKommunstyrelsen\nInk. 2023-01-31\nDnr 2023/KS 0045"]],
         {"widths_cm": [10.4, 6.0], "style": "Table Grid"}),
        ("title", TITLE_M),
        ("p", "Till kommunfullmäktige i Granbergs kommun"),
        ("h2", "Motivering"),
        ("p", "Varje skoldag serveras närmare 3 000 luncher i Granbergs förskolor och skolor. "
              "Måltiderna är kommunens största enskilda inköp av livsmedel och därmed ett av de "
              "viktigaste verktygen vi har för att påverka vad som produceras i vår egen bygd."),
        ("p", "I dag kommer bara en liten del av maten från gårdar i länet. Mjölken körs från ett "
              "mejeri 30 mil bort, och potatisen i skolköken är ofta odlad i ett annat land, trots "
              "att det finns potatisodlare inom två mil från varje skola. Kortare transporter ger "
              "lägre utsläpp, och när kommunen köper av lokala producenter stannar pengarna och "
              "jobben i kommunen."),
        ("p", "Andra kommuner har visat att det går. Genom att dela upp upphandlingar i mindre "
              "delar, ställa krav på färskhet och bjuda in lokala producenter till dialog före "
              "upphandlingen har de kunnat öka andelen närproducerat utan att bryta mot lagen om "
              "offentlig upphandling."),
        ("p", "Vi menar att Granberg i dag är för bundet av den gemensamma upphandlingen med "
              "grannkommunerna, där stora grossister gynnas av att volymerna är stora."),
        ("h2", "Yrkande"),
        ("p", "Med hänvisning till ovanstående yrkar vi att kommunfullmäktige beslutar"),
        ("numlist", "decimal_dot", CLAUSES),
        ("empty",),
        ("p", "Granberg den 30 januari 2023"),
        ("empty",),
        ("p", "Lisa Ek (MP) och Omar Said (V)"),
    ],
    "truth": truth("motion", DNR, KEY, TITLE_M, MUNI, "KF", "2023-01-30",
                   authors=AUTHORS, clauses=CLAUSES),
}

K1 = ("Förvaltningen delar motionärernas ambition. Genom att dela upp kommande upphandlingar i "
      "mindre delområden och ställa krav på leveranstid och färskhet bedöms andelen livsmedel som "
      "producerats i länet kunna öka till minst 30 procent till 2026. Ökningen beräknas höja "
      "livsmedelskostnaden med cirka 4 procent, vilket motsvarar 460 000 kronor per år. "
      "Förvaltningen föreslår att att-satsen bifalls.")
K2 = ("Att lämna upphandlingssamverkan skulle kräva minst en ytterligare heltidstjänst som "
      "upphandlare och leda till högre priser på basvaror som kaffe, kryddor och torrvaror, där "
      "det inte finns några lokala producenter. Samverkan hindrar inte heller kommunen från att "
      "ställa egna krav i de delområden som är viktiga för lokala producenter. Förvaltningen "
      "föreslår att att-satsen avslås.")
K3 = ("Andelen ekologiska livsmedel redovisas redan i dag i barn- och utbildningsnämndens "
      "verksamhetsberättelse. Från och med verksamhetsåret 2023 kompletteras redovisningen med "
      "andelen livsmedel som producerats i länet. Förvaltningen anser att att-satsen därmed är "
      "besvarad.")
DEC = ("Motionen bifalls i fråga om att-sats 1, avslås i fråga om att-sats 2 och anses besvarad "
       "i fråga om att-sats 3.")
PER = [(1, "bifall"), (2, "avslag"), (3, "besvarad")]

svar = {
    "stem": "granberg-ks-2023-45_2_svar",
    "format": "docx", "font": "Calibri", "size": 10,
    "core_title": TITLE_S, "core_author": "Johanna Borg",
    "header": [f"{MUNI}\tFörslag till svar\tSida {{PAGE}} av {{NUMPAGES}}"],
    "footer": ["Kommunledningskontoret · Storgatan 12 · 684 80 Granberg · Växel 0563-190 00 · "
               "www.granberg.se"],
    "blocks": [
        ("table", [["Granbergs kommun\nKommunledningskontoret", "FÖRSLAG TILL SVAR", ""],
                   ["Handläggare\nJohanna Borg, utredare\n0563-191 42, johanna.borg@granberg.se",
                    "Vårt datum\n2023-05-22", "Vår beteckning\n2023/KS 0045"],
                   ["Till\nKommunstyrelsen", "", "Er beteckning\nMotion nr 4/2023"]],
         {"widths_cm": [8.4, 4.0, 4.0], "bold_first_row": True}),
        ("title", TITLE_S),
        ("h1", "Förslag till beslut"),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta:"),
        ("p", DEC),
        ("h1", "Sammanfattning"),
        ("p", "Lisa Ek (MP) och Omar Said (V) vill öka andelen närproducerade livsmedel i "
              "skolmåltiderna. Kommunledningskontoret föreslår att målet om 30 procent bifalls, att "
              "förslaget om att lämna upphandlingssamverkan avslås och att frågan om redovisning "
              "anses besvarad."),
        ("h1", "Bakgrund"),
        ("p", "Motionen inkom den 31 januari 2023 och väcktes i kommunfullmäktige den 27 februari "
              "2023, § 14. Kommunfullmäktige överlämnade motionen till kommunstyrelsen för "
              "beredning. Barn- och utbildningsnämnden har yttrat sig den 18 april 2023, § 37."),
        ("p", "Motionärerna föreslår att kommunfullmäktige beslutar"),
        ("numlist", "decimal_dot", CLAUSES),
        ("h2", "Måltidsverksamheten i siffror"),
        ("p", "Kostenheten inom barn- och utbildningsförvaltningen lagar och serverar mat i 14 "
              "tillagningskök och 9 mottagningskök. För 2022 gäller följande:"),
        ("bullets", [
            "cirka 2 900 luncher per skoldag i förskola, grundskola och gymnasium",
            "livsmedelskostnad 11,4 miljoner kronor, i genomsnitt 21,60 kronor per portion",
            "andel ekologiska livsmedel 34 procent, mätt i kronor",
            "andel livsmedel producerade i länet 11 procent, mätt i kronor",
            "sju leverantörer inom ramavtalet, varav två med säte i kommunen",
        ]),
        ("h2", "Upphandling av livsmedel"),
        ("p", "Sedan 2017 upphandlar Granbergs kommun livsmedel tillsammans med fem andra kommuner "
              "genom en gemensam upphandlingsnämnd. Samverkan regleras i ett avtal mellan "
              "kommunerna. Om det nuvarande ramavtalet kan följande nämnas:"),
        ("bullets", [
            "avtalet gäller från den 1 september 2022 till den 31 augusti 2025, med möjlighet till "
            "förlängning i ett år",
            "upphandlingen är uppdelad i elva delområden, varav tre (ägg, potatis och rotfrukter, "
            "mejeriprodukter) är anpassade för mindre leverantörer",
            "varje kommun kan ställa egna krav på leveransfrekvens och förpackningar till sina kök",
            "kommunens egen upphandlingsenhet har två upphandlare, som i dag inte arbetar med "
            "livsmedel",
        ]),
        ("h2", "Vad är närproducerat?"),
        ("p", "Det finns ingen vedertagen definition av närproducerat, och kommunen får inte kräva "
              "att varor kommer från ett visst geografiskt område. Däremot kan kommunen ställa krav "
              "på till exempel färskhet och leveranstid. Här avses med närproducerat producerat "
              "inom länet."),
        ("h1", "Svar på att-satserna"),
        ("p", "Svaren nedan är numrerade på samma sätt som att-satserna i motionen."),
        ("numlist", "decimal_dot", [K1, K2, K3]),
        ("h1", "Ekonomiska konsekvenser"),
        ("p", "Ett bifall till att-sats 1 beräknas öka livsmedelskostnaden med cirka 460 000 kronor "
              "per år från 2025. Kostnaden behöver hanteras i budgetarbetet för 2025."),
        ("h1", "Barnkonsekvensanalys"),
        ("p", "Barn och elever berörs direkt. I kostenhetens årliga enkät lyfter eleverna fram "
              "färskhet och smak som viktigast."),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Lisa Ek (MP) och Omar Said (V), 2023-01-30\n"
              "Barn- och utbildningsnämndens protokoll 2023-04-18, § 37\n"
              "Förslag till svar, 2023-05-22"),
        ("h1", "Beslutet skickas till"),
        ("p", "Barn- och utbildningsnämnden\nKostenheten\nMotionärerna"),
        ("p", "Anders Wall\tJohanna Borg\nKommundirektör\tUtredare"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_S, MUNI, "KS", "2023-05-22", officer="Johanna Borg",
                   authors=AUTHORS, clauses=CLAUSES, comments=[(1, K1), (2, K2), (3, K3)],
                   decision=decision("delvis_bifall", True, DEC, PER)),
}

DEC_KF = ("Kommunfullmäktige beslutar att bifalla att-sats 1, avslå att-sats 2 och anse att-sats 3 "
          "besvarad.")

kf = {
    "stem": "granberg-ks-2023-45_3_kf-protokoll",
    "format": "docx", "font": "Garamond", "size": 12,
    "core_title": "Protokollsutdrag KF 2023-09-25 § 87", "core_author": "Maja Strömberg",
    "header": [("table", [["Granbergs kommun", "PROTOKOLLSUTDRAG", "Blad {PAGE}"],
                          ["Kommunfullmäktige", "Sammanträdesdag", "2023-09-25"]],
                {"widths_cm": [6.4, 6.0, 4.0]})],
    "footer": ["Justerare: ……………………   ……………………\tUtdragsbestyrkande: ……………………"],
    "blocks": [
        ("p", "KF § 87\tDnr 2023/KS 0045", {"bold": True}),
        ("h1", TITLE_P),
        ("p", "Ärendebeskrivning", {"bold": True}),
        ("p", "Lisa Ek (MP) och Omar Said (V) föreslår i en motion den 30 januari 2023 att "
              "kommunfullmäktige beslutar"),
        ("numlist", "decimal_dot", CLAUSES),
        ("p", "Kommunledningskontoret har i ett förslag till svar den 22 maj 2023 föreslagit att "
              "att-sats 1 bifalls, att att-sats 2 avslås och att att-sats 3 anses besvarad. "
              "Kommunstyrelsen ställde sig bakom förslaget den 4 september 2023, § 121."),
        ("p", "Beslutsunderlag", {"bold": True}),
        ("p", "Kommunstyrelsens protokoll 2023-09-04, § 121\nFörslag till svar 2023-05-22\n"
              "Motion 2023-01-30"),
        ("p", "Yrkanden", {"bold": True}),
        ("p", "Omar Said (V) yrkar bifall till motionen i sin helhet."),
        ("p", "Karl-Erik Nordin (M) och Ingrid Falk (S) yrkar bifall till kommunstyrelsens förslag."),
        ("p", "Beslutsgång", {"bold": True}),
        ("p", "Ordföranden ställer kommunstyrelsens förslag mot Omar Saids yrkande och finner att "
              "kommunfullmäktige beslutar enligt kommunstyrelsens förslag."),
        ("p", "Beslut", {"bold": True}),
        ("p", DEC_KF),
        ("p", "Reservation", {"bold": True}),
        ("p", "Omar Said (V) och Lisa Ek (MP) reserverar sig mot beslutet i fråga om att-sats 2."),
        ("p", "Expedieras till", {"bold": True, "keep_next": True}),
        ("p", "Kommunstyrelsen\nBarn- och utbildningsnämnden\nMotionärerna"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_P, MUNI, "KF", "2023-09-25",
                   authors=AUTHORS, clauses=CLAUSES,
                   decision=decision("delvis_bifall", False, DEC_KF, PER)),
}

DOCS = [motion, svar, kf]
