"""Case tranvik-ks-2024-517 (style samples, area b/c).

Tranviks kommun, Dnr written "2024.517 KS" (year.serial, series last). A
single-clause motion; a förslag till svar that comments on "attsatsen" and
proposes no decision; KS sends the case back (återremiss) with a reason.

* 1_motion: single "att" clause under "Jag yrkar därför att kommunfullmäktige
  beslutar"; no Dnr.
* 2_forslag-till-svar: title "Förslag till svar på motion väckt av Ingrid
  Holmqvist (C) om …"; the motion retold "med förslag att …"; one comment
  paragraph on "attsatsen"; no proposal ("lämnar … utan eget förslag till
  beslut"); a cited bare Dnr "2022/377" (renhållningsordningen).
* 3_ks-protokoll: "§ 112" on its own line, the heading "Svar på motion väckt
  av …", the Dnr on the line below; "Beslut" printed before "Ärendet";
  attendance and substitutes per §; labelled "Yrkande:" block with bullet
  sentences; propositionsordning on återremiss; protokollsanteckning.
"""
from truthlib import decision, truth

MUNI = "Tranviks kommun"
DNR = "2024.517 KS"
KEY = "KS 2024/517"
AUTHORS = [("Ingrid Holmqvist", "C")]

C1 = ("att återvinningscentralen på Kvarnmossen håller öppet till klockan 20 minst två kvällar i "
      "veckan under perioden april–oktober")

TITLE_M = "Motion om kvällsöppet på återvinningscentralen"
TITLE_A = "Förslag till svar på motion väckt av Ingrid Holmqvist (C) om kvällsöppet på återvinningscentralen"
TITLE_KS = "Svar på motion väckt av Ingrid Holmqvist (C) om kvällsöppet på återvinningscentralen"

motion = {
    "stem": "tranvik-ks-2024-517_1_motion",
    "format": "docx", "font": "Arial", "size": 11,
    "core_title": TITLE_M, "core_author": "Ingrid Holmqvist",
    "blocks": [
        ("p", "Till kommunfullmäktige i Tranviks kommun", {"size": 9}),
        ("title", TITLE_M),
        ("p", "Återvinningscentralen på Kvarnmossen har i dag öppet vardagar klockan 10–17 och "
              "udda lördagar klockan 9–13. För den som arbetar dagtid och pendlar till jobbet "
              "innebär det att det i praktiken bara finns två lördagar i månaden att lämna grovavfall "
              "och trädgårdsavfall. Då är kön ofta lång, och många vänder hem igen."),
        ("p", "Följden blir att trädgårdsavfall dumpas i skogskanter och att grovsopor ställs vid "
              "återvinningsstationerna, där de inte hör hemma. Det kostar kommunen pengar att städa "
              "upp, och det är dåligt för miljön."),
        ("p", "Flera grannkommuner har infört kvällsöppet en eller två dagar i veckan under "
              "säsongen, med goda erfarenheter. Besöken sprids ut och köerna på lördagarna blir "
              "kortare."),
        ("p", "Jag yrkar därför att kommunfullmäktige beslutar"),
        ("p", C1),
        ("empty",),
        ("p", "Tranvik 2024-02-19"),
        ("p", "Ingrid Holmqvist (C)"),
    ],
    "truth": truth("motion", None, None, TITLE_M, MUNI, "KF", "2024-02-19",
                   authors=AUTHORS, clauses=[C1]),
}

K1 = ("Attsatsen innebär att återvinningscentralen skulle behöva bemannas med två personer fyra "
      "timmar extra två kvällar i veckan under 30 veckor. Tranviks Renhållning AB har beräknat "
      "kostnaden till cirka 540 000 kronor per säsong, vilket motsvarar en höjning av den fasta "
      "avfallsavgiften med ungefär 45 kronor per hushåll och år. Bolaget pekar också på "
      "möjligheten att i stället införa obemannade kvällsöppna tider med inpassering via "
      "passerkort, som flera kommuner prövat. Ett sådant system kräver en investering i grind "
      "och kameror men lägre driftkostnader.")

svar = {
    "stem": "tranvik-ks-2024-517_2_forslag-till-svar",
    "format": "docx", "font": "Segoe UI", "size": 10,
    "core_title": TITLE_A, "core_author": "Viktor Ahl",
    "header": ["Tranviks kommun\t\tFörslag till svar", "Kommunledningsförvaltningen\t\t{PAGE} ({NUMPAGES})"],
    "blocks": [
        ("table", [["Datum", "2024-05-06"], ["Dnr", DNR], ["Handläggare", "Viktor Ahl, avfallsstrateg"],
                   ["Till", "Kommunstyrelsen"]],
         {"bold_first_col": True, "widths_cm": [3.5, 8.0]}),
        ("title", TITLE_A),
        ("h1", "Ärendet"),
        ("p", "Ingrid Holmqvist (C) har i kommunfullmäktige den 26 februari 2024 väckt en motion "
              "med förslag " + C1 + "."),
        ("p", "Motionen har remitterats till Tranviks Renhållning AB, som driver "
              "återvinningscentralen på uppdrag av kommunen. Bolaget har lämnat ett yttrande den "
              "12 april 2024."),
        ("h1", "Bakgrund"),
        ("p", "Enligt renhållningsordningen (2022/377) ska kommunen erbjuda hushållen minst en "
              "bemannad återvinningscentral. Öppettiderna bestäms av bolaget efter samråd med "
              "kommunen. Under 2023 hade Kvarnmossen cirka 61 000 besök. Besöken är mest koncentrerade "
              "till lördagar i april, maj och september, då det ofta är kö ut på länsvägen."),
        ("h1", "Bedömning"),
        ("p", K1),
        ("p", "Kommunledningsförvaltningen delar motionärens bild av att öppettiderna är ett "
              "problem för många hushåll. Frågan om öppettider och avgifter avgörs dock av bolagets "
              "styrelse inom ramen för ägardirektivet. Förvaltningen lämnar därför ärendet till "
              "kommunstyrelsen utan eget förslag till beslut och bifogar bolagets kostnadsberäkning."),
        ("h1", "Beslutsunderlag"),
        ("lines", ["Motion 2024-02-19", "Yttrande från Tranviks Renhållning AB 2024-04-12"]),
        ("empty",),
        ("lines", ["Viktor Ahl", "Avfallsstrateg", "viktor.ahl@tranvik.se, 0175-68 12 40"]),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_A, MUNI, "KS", "2024-05-06", officer="Viktor Ahl",
                   authors=AUTHORS, clauses=[C1], comments=[(1, K1)],
                   warnings=["answer_without_decision"]),
}

DEC_KS = ("Kommunstyrelsen beslutar att återremittera ärendet till kommunledningsförvaltningen med "
          "motiveringen att kostnaden för obemannade kvällsöppna tider med passerkort ska utredas "
          "innan ärendet avgörs.")

ks = {
    "stem": "tranvik-ks-2024-517_3_ks-protokoll",
    "format": "docx", "font": "Times New Roman", "size": 11,
    "core_title": "KS 2024-06-03 § 112", "core_author": "Jenny Sahlin",
    "header": ["TRANVIKS KOMMUN\tSAMMANTRÄDESPROTOKOLL\t{PAGE}(5)",
               "Kommunstyrelsen\t2024-06-03"],
    "footer": ["Justerandes sign\t\tUtdragsbestyrkande"],
    "blocks": [
        ("p", "Närvarande vid § 112: Bengt Sjöö (S), ordförande, Ingrid Holmqvist (C), Tove Lindh "
              "(M) tjg ersättare istf Hans Wik (M) § 108–115, Rolf Ahlberg (S), Lisa Granqvist (S), "
              "Peter Ring (SD), Agnes Ek (KD).", {"size": 9}),
        ("p", "§ 112", {"bold": True, "size": 13}),
        ("h2", TITLE_KS),
        ("p", "Dnr 2024.517 KS"),
        ("p", "Beslut", {"bold": True}),
        ("p", DEC_KS),
        ("p", "Ärendet", {"bold": True}),
        ("p", "Ingrid Holmqvist (C) har väckt en motion med förslag " + C1 + "."),
        ("p", "Kommunledningsförvaltningen har berett ärendet och lämnat det utan eget förslag till "
              "beslut. Av Tranviks Renhållning AB:s yttrande framgår att bemannat kvällsöppet skulle "
              "kosta cirka 540 000 kronor per säsong, och att obemannade tider med passerkort kan "
              "vara ett billigare alternativ som inte har utretts."),
        ("p", "Yrkande:", {"bold": True}),
        ("bullets", [
            "Ordföranden Bengt Sjöö (S) yrkade att motionen skulle avslås.",
            "Ingrid Holmqvist (C) yrkade, med instämmande av Tove Lindh (M) och Agnes Ek (KD), att "
            "ärendet skulle återremitteras för att utreda obemannade kvällsöppna tider.",
        ]),
        ("p", "Proposition", {"bold": True}),
        ("p", "Ordföranden ställer proposition på om ärendet ska avgöras i dag eller återremitteras "
              "och finner att kommunstyrelsen beslutar att återremittera ärendet."),
        ("p", "Protokollsanteckning", {"bold": True}),
        ("p", "Bengt Sjöö (S) antecknar till protokollet att Socialdemokraterna anser att frågan hör "
              "till bolagets styrelse."),
        ("p", "Skickas till", {"bold": True}),
        ("lines", ["Kommunledningsförvaltningen", "Tranviks Renhållning AB"]),
    ],
    "truth": truth("protocol_extract", DNR, KEY, TITLE_KS, MUNI, "KS", "2024-06-03",
                   authors=AUTHORS, clauses=[C1],
                   decision=decision("aterremiss", False, DEC_KS)),
}

DOCS = [motion, svar, ks]
