"""Case storasa-ks-2023-112: motion granted in part, per-clause outcomes
(motion -> förslag till svar -> KS extract -> KF extract), plus a KF kallelse
(doc_type other) that lists the same ärende among others."""
from .common import (SIG, truth, decision, protocol_header, answer_header_table,
                     officer_block, footer_pages)

MUNI = "Storåsa kommun"
DNR = "KS 2023/0112"
KEY = "KS 2023/112"
AUTHORS = [("Anna Berg", "S")]

C1 = "att kommunen inventerar samtliga kommunägda fastigheters tak med avseende på möjligheten att installera solceller"
C2 = "att solceller installeras på minst fem kommunala byggnader under innevarande mandatperiod"
C3_RAW = "att Storåsahem AB ges i uppdrag att erbjuda sina hyresgäster\nandelar i en gemensam solcellspark"
C3 = "att Storåsahem AB ges i uppdrag att erbjuda sina hyresgäster andelar i en gemensam solcellspark"
CLAUSES = [C1, C2, C3]

TITLE_M = "Motion om solceller på kommunens fastigheter"
TITLE_S = "Förslag till svar på motion om solceller på kommunens fastigheter"
TITLE_P = "Svar på motion om solceller på kommunens fastigheter"

PER_CLAUSE = [(1, "bifall"), (2, "bifall"), (3, "avslag")]
DEC_SPLIT = "Motionen dels bifalls vad gäller att-sats 1 och 2, dels avslås vad gäller att-sats 3."

motion = {
    "stem": "storasa-ks-2023-112_1_motion",
    "format": "docx",
    "core_title": TITLE_M, "core_author": "Anna Berg",
    "header": ["Socialdemokraterna i Storåsa\t\tMotion"],
    "footer": footer_pages(),
    "blocks": [
        ("p", f"Dnr {DNR}", {"align": "right", "size": 9}),
        ("p", "Till kommunfullmäktige i Storåsa kommun"),
        ("title", TITLE_M),
        ("p", "Storåsa kommun har antagit målet att den egna verksamheten ska vara fossilfri senast "
              "2030. För att nå dit behöver kommunen inte bara minska sin energianvändning utan också "
              "själv producera förnybar el. Kommunen äger i dag drygt 140 byggnader – skolor, förskolor, "
              "äldreboenden, idrottshallar och förvaltningslokaler – med stora takytor som till största "
              "delen står oanvända."),
        ("p", "Att kommunen satsar på energieffektivisering i sina lokaler är bra, men det räcker inte. "
              "Flera grannkommuner har visat att solceller på kommunala tak betalar sig på tolv till "
              "femton år och samtidigt ger elever och invånare en konkret bild av omställningen."),
        ("p", "Några skäl till att göra satsningen nu:"),
        ("bullets", [
            "elpriset i elområde 3 har under de senaste två åren varit mer än dubbelt så högt som tidigare",
            "kommuner kan söka investeringsstöd för solceller",
            "taken på Norrskolan och Storåsa sporthall ska ändå läggas om under 2024",
            "solel produceras när lokalerna har som störst behov av kyla och ventilation",
        ]),
        ("p", "Mot bakgrund av ovanstående föreslår jag att kommunfullmäktige beslutar"),
        ("bullets", [C1, C2, C3_RAW]),
        ("empty",),
        ("p", "Storåsa den 14 mars 2023"),
        ("empty",),
        ("p", "Anna Berg (S)"),
    ],
    "truth": truth("motion", DNR, KEY, TITLE_M, MUNI, "KF", "2023-03-14",
                   authors=AUTHORS, clauses=CLAUSES),
}

CM1 = ("Fastighetsavdelningen har under våren 2023 påbörjat en översiktlig genomgång av takytor i "
       "samband med underhållsplaneringen. En fullständig inventering med bedömning av bärighet, "
       "skuggning och återstående livslängd på tätskikt kan genomföras inom befintlig budget under "
       "2024. Förvaltningen föreslår att att-satsen bifalls.")
CM2 = ("Enligt förvaltningens preliminära kalkyl kan fem anläggningar om totalt cirka 250 kW installeras "
       "för omkring 3,1 miljoner kronor. Med nuvarande elpris och investeringsstöd beräknas "
       "återbetalningstiden till 11–13 år. Förvaltningen föreslår att att-satsen bifalls och att "
       "investeringen prövas i budgetarbetet för 2024.")
CM3 = ("Storåsahem AB är ett eget aktiebolag med egen styrelse. Kommunfullmäktige styr bolaget genom "
       "ägardirektiv och kan inte genom beslut om en motion ge bolaget uppdrag i den löpande "
       "verksamheten. Frågan om andelar i en solcellspark bör i stället tas upp vid nästa översyn av "
       "ägardirektiven. Förvaltningen föreslår att att-satsen avslås.")
DEC_SVAR = "Att-sats 1 och 2 bifalls, att-sats 3 avslås."

svar = {
    "stem": "storasa-ks-2023-112_2_svar",
    "format": "docx",
    "core_title": TITLE_S, "core_author": "Henrik Dahl",
    "header": [f"{MUNI}\t\tSida {{PAGE}} ({{NUMPAGES}})"],
    "footer": ["Storåsa kommun, Kommunledningsförvaltningen, 781 80 Storåsa, 0550-120 00, kommun@storasa.se"],
    "blocks": [
        answer_header_table(MUNI, "Tjänsteskrivelse", "Kommunledningsförvaltningen", "2023-09-05", DNR),
        officer_block("Henrik Dahl", "energistrateg", "0550-121 37", "henrik.dahl@storasa.se"),
        ("p", "Kommunstyrelsen", {"bold": True}),
        ("title", TITLE_S),
        ("h1", "Förslag till beslut"),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta:"),
        ("p", DEC_SVAR),
        ("h1", "Ärendet i korthet"),
        ("p", "Anna Berg (S) har i en motion daterad den 14 mars 2023 föreslagit att kommunen satsar på "
              "solceller på de kommunala fastigheterna. Motionen innehåller följande att-satser:"),
        ("bullets", CLAUSES),
        ("p", "Förvaltningen föreslår att de två första att-satserna bifalls. Den tredje att-satsen rör det "
              "kommunala bostadsbolagets verksamhet och föreslås avslås."),
        ("h1", "Bakgrund"),
        ("p", "Kommunfullmäktige antog den 14 juni 2021 Energi- och klimatstrategi för Storåsa kommun "
              "2021–2030. Strategin anger att kommunens egen elproduktion ska öka och att nya "
              "anläggningar i första hand ska placeras på befintliga byggnader."),
        ("p", "Kommunen har i dag solceller på två byggnader, Storåsa simhall (48 kW) och förskolan "
              "Solrosen (22 kW). Tillsammans producerade de cirka 61 000 kWh under 2022."),
        ("h1", "Bedömning"),
        ("p", "Att-sats 1: " + CM1),
        ("p", "Att-sats 2: " + CM2),
        ("p", "Att-sats 3: " + CM3),
        ("h1", "Konsekvensbeskrivning"),
        ("h2", "Ekonomi"),
        ("p", "Inventeringen ryms inom fastighetsavdelningens driftbudget. Investeringen enligt att-sats 2 "
              "beräknas till 3,1 miljoner kronor och behöver prövas i investeringsbudgeten för 2024."),
        ("h2", "Miljö"),
        ("p", "Fem nya anläggningar beräknas ge cirka 230 000 kWh förnybar el per år, vilket motsvarar "
              "ungefär fyra procent av elanvändningen i kommunens egna lokaler."),
        ("h2", "Barnrätt"),
        ("p", "Förslaget bedöms inte påverka barns rättigheter negativt. Anläggningar på skolor kan "
              "användas i undervisningen om energi och klimat."),
        ("h1", "Beslutsunderlag"),
        ("p", "Motion från Anna Berg (S), 2023-03-14\nTjänsteskrivelse, 2023-09-05"),
        ("h1", "Beslutet ska skickas till"),
        ("p", "Kommunfullmäktige\nFastighetsavdelningen\nStoråsahem AB"),
        ("empty",),
        ("p", "Karin Ljung\nKommundirektör"),
        ("p", "Henrik Dahl\nEnergistrateg"),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_S, MUNI, "KS", "2023-09-05", officer="Henrik Dahl",
                   authors=AUTHORS, clauses=CLAUSES,
                   comments=[(1, CM1), (2, CM2), (3, CM3)],
                   decision=decision("delvis_bifall", True, DEC_SVAR, PER_CLAUSE)),
}

ks = {
    "stem": "storasa-ks-2023-112_3_ks-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KS 2023-10-09 § 142", "core_author": "Emma Lund",
    "header": protocol_header(MUNI, "Kommunstyrelsen", "2023-10-09"),
    "footer": [SIG],
    "blocks": [
        ("p", "§ 142", {"bold": True}),
        ("p", f"Dnr {DNR}"),
        ("h1", TITLE_P),
        ("h2", "Ärendebeskrivning"),
        ("p", "Anna Berg (S) har lämnat en motion om solceller på kommunens fastigheter. I motionen "
              "föreslås att kommunfullmäktige beslutar"),
        ("bullets", CLAUSES),
        ("p", "Kommunledningsförvaltningen har berett ärendet och föreslår att att-sats 1 och 2 bifalls "
              "och att att-sats 3 avslås, eftersom Storåsahem AB styrs genom ägardirektiv. "
              "Kommunstyrelsens arbetsutskott behandlade ärendet den 25 september 2023, § 118."),
        ("h2", "Beslutsunderlag"),
        ("p", "Kommunstyrelsens arbetsutskott 2023-09-25, § 118\nTjänsteskrivelse 2023-09-05\n"
              "Motion från Anna Berg (S), 2023-03-14"),
        ("h2", "Yrkanden"),
        ("p", "Anna Berg (S) och Magnus Ek (KD) yrkar bifall till arbetsutskottets förslag."),
        ("h2", "Propositionsordning"),
        ("p", "Ordföranden frågar om kommunstyrelsen beslutar enligt arbetsutskottets förslag och finner "
              "att så sker."),
        ("h2", "Kommunstyrelsens förslag till kommunfullmäktige"),
        ("p", DEC_SPLIT),
        ("h2", "Skickas till"),
        ("p", "Kommunfullmäktige"),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_P, MUNI, "KS", "2023-10-09",
                   authors=AUTHORS, clauses=CLAUSES,
                   decision=decision("delvis_bifall", True, DEC_SPLIT, PER_CLAUSE)),
}

kf = {
    "stem": "storasa-ks-2023-112_4_kf-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 12,
    "core_title": "Protokollsutdrag KF 2023-11-20 § 105", "core_author": "Emma Lund",
    "header": protocol_header(MUNI, "Kommunfullmäktige", "2023-11-20"),
    "footer": footer_pages("Utdrag ur protokoll"),
    "blocks": [
        ("p", "§ 105", {"bold": True}),
        ("p", f"Dnr {DNR}"),
        ("h1", TITLE_P),
        ("h2", "Ärendebeskrivning"),
        ("p", "Anna Berg (S) har i en motion föreslagit att kommunfullmäktige beslutar"),
        ("bullets", CLAUSES),
        ("p", "Kommunstyrelsen har den 9 oktober 2023, § 142, föreslagit att de två första att-satserna "
              "bifalls och att den tredje avslås."),
        ("h2", "Beslutsunderlag"),
        ("p", "Kommunstyrelsens protokoll 2023-10-09, § 142\nTjänsteskrivelse 2023-09-05\n"
              "Motion från Anna Berg (S), 2023-03-14"),
        ("h2", "Yrkanden"),
        ("p", "Anna Berg (S) och Lars Öhman (C) yrkar bifall till kommunstyrelsens förslag."),
        ("h2", "Propositionsordning"),
        ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag och finner att "
              "kommunfullmäktige bifaller detsamma."),
        ("h2", "Kommunfullmäktiges beslut"),
        ("p", DEC_SPLIT),
        ("h2", "Skickas till"),
        ("p", "Kommunstyrelsen\nKommunledningsförvaltningen\nStoråsahem AB\nAnna Berg (S)"),
        ("empty",),
        SIG,
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_P, MUNI, "KF", "2023-11-20",
                   authors=AUTHORS, clauses=CLAUSES,
                   decision=decision("delvis_bifall", False, DEC_SPLIT, PER_CLAUSE)),
}

KALLELSE_TITLE = "Kallelse till sammanträde med kommunfullmäktige"
kallelse = {
    "stem": "storasa-kf-2023-11-20_1_kallelse",
    "format": "docx",
    "core_title": KALLELSE_TITLE, "core_author": "Emma Lund",
    "header": [f"{MUNI}\tKallelse\tSida {{PAGE}} ({{NUMPAGES}})", "Kommunfullmäktige"],
    "footer": ["Förhinder anmäls till kansliet, 0550-120 05 eller kansliet@storasa.se"],
    "blocks": [
        ("title", KALLELSE_TITLE),
        ("table", [["Tid", "Måndagen den 20 november 2023 kl. 18.30"],
                   ["Plats", "Folkets hus, stora salen, Storgatan 12, Storåsa"],
                   ["Ordförande", "Birgitta Holm (S)"],
                   ["Sekreterare", "Emma Lund"]],
         {"widths_cm": [3.5, 12.9], "bold_first_col": True}),
        ("p", "Ledamöterna kallas härmed till sammanträde. Ersättare som inte tjänstgör har rätt att "
              "närvara och yttra sig men inte delta i besluten. Handlingarna finns på kommunens "
              "webbplats och i mötesappen."),
        ("h1", "Föredragningslista"),
        ("table", [["Nr", "Ärende", "Dnr"],
                   ["1", "Upprop", ""],
                   ["2", "Val av justerare och tid för justering", ""],
                   ["3", "Information från kommunens revisorer", ""],
                   ["4", "Delårsrapport januari–augusti 2023", "KS 2023/0245"],
                   ["5", "Svar på motion om solceller på kommunens fastigheter", "KS 2023/0112"],
                   ["6", "Svar på motion om fler bänkar längs Storåsaån", "KS 2022/0388"],
                   ["7", "Motion om avgiftsfria mensskydd i kommunens skolor – anmälan", "KS 2023/0318"],
                   ["8", "Motion om en kommunal bostadskö – anmälan", "KS 2023/0321"],
                   ["9", "Medborgarförslag om utegym i Västby", "KS 2023/0322"],
                   ["10", "Redovisning av motioner som inte beretts färdigt", "KS 2023/0009"],
                   ["11", "Anmälningar", ""]],
         {"style": "Table Grid", "widths_cm": [1.2, 11.7, 3.5], "bold_first_row": True}),
        ("p", "Till ärende 4 hör Bilaga 1 Delårsrapport. Till ärende 10 hör Bilaga 2 "
              "Förteckning över obesvarade motioner."),
        ("p", "Motionen om solceller (ärende 5) föreslås bli bifallen i två av tre delar. "
              "I motionen om mensskydd föreslås att kommunen erbjuder avgiftsfria mensskydd på alla "
              "skolor; den överlämnas till kommunstyrelsen för beredning."),
        ("empty",),
        ("p", "Storåsa den 3 november 2023"),
        ("p", "Birgitta Holm\nOrdförande"),
        ("p", "Emma Lund\nSekreterare"),
    ],
    "truth": truth("other", None, None, KALLELSE_TITLE, MUNI, "KF", "2023-11-20"),
}

DOCS = [motion, svar, ks, kf, kallelse]
