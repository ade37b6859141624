"""Case rodby-ks-2019-88 (held out).

Rödby kommun, Dnr written "Ks 2019/88" (organ in lower case after the
capital; dnr_key upper-cased "KS 2019/88").

* 1_medborgarforslag.txt: export from the e-service, UTF-8 without BOM,
  CRLF; form fields ("Namn:", "Rubrik:", "Inskickat:"); the title is the
  form's "Rubrik" ("Fler sittbänkar längs Åstråket"), not "Medborgarförslag
  om ..."; the clauses are typed "* att ..."; a later print date
  ("Utskrivet 2019-02-18") that is not the date sent in; no Dnr.
* 2_svar: answer to Samhällsbyggnadsnämnden (KF has delegated medborgarförslag
  to the nämnd), proposing "Medborgarförslaget anses besvarat."; each clause
  quoted as a bold paragraph and followed by an unlabelled comment paragraph;
  signed by the förvaltningschef and the handläggare side by side, the
  handläggare named again on a "Kontakt:" line (officer = the handläggare).
"""
from truthlib import truth, decision

MUNI = "Rödby kommun"
DNR = "Ks 2019/88"
KEY = "KS 2019/88"
AUTHORS = [("Birgitta Sandin", None)]

C1 = ("att kommunen ställer ut sittbänkar med ryggstöd och armstöd längs hela Åstråket, med högst "
      "300 meter mellan bänkarna")
C2 = "att en bänk och en papperskorg placeras vid utsiktsplatsen nedanför kyrkan"
CLAUSES = [C1, C2]

TITLE_F = "Fler sittbänkar längs Åstråket"
TITLE_S = "Svar på medborgarförslag om fler sittbänkar längs Åstråket"

forslag_text = f"""Rödby kommun
Medborgarförslag – inskickat via e-tjänst

Ärende-ID: E-2019-00412
Inskickat: 2019-02-14 21:07
Status: Mottaget

UPPGIFTER OM FÖRSLAGSSTÄLLAREN
Namn: Birgitta Sandin
Adress: Åvägen 17, 762 31 Rödby
E-post: birgitta.sandin@rodbynet.example
Telefon: 070-418 22 93

FÖRSLAGET
Rubrik: {TITLE_F}

Beskrivning:
Åstråket är en fin promenad längs ån från Kvarnbron till idrottsplatsen, och jag går där nästan varje dag. Men för oss som är äldre eller har svårt att gå är det för långt mellan bänkarna. På den längsta sträckan, mellan reningsverket och Kvarnbron, finns ingen bänk alls på nästan en kilometer. De bänkar som finns saknar dessutom ryggstöd, och det är svårt att resa sig från dem.

Jag har pratat med flera i pensionärsföreningen som säger samma sak: de vill gärna gå längs ån men vågar inte eftersom de inte vet om de orkar hela vägen.

Jag föreslår
* {C1}
* {C2}

Bifogade filer: inga

Jag godkänner att mina personuppgifter behandlas enligt dataskyddsförordningen: Ja
Jag är folkbokförd i Rödby kommun: Ja

--
Utskrivet 2019-02-18 08:14 av registrator
"""

forslag = {
    "stem": "rodby-ks-2019-88_1_medborgarforslag",
    "format": "txt", "encoding": "utf-8", "newline": "crlf",
    "text": forslag_text,
    "truth": truth("citizen_proposal", None, None, TITLE_F, MUNI, "KF", "2019-02-14",
                   authors=AUTHORS, clauses=CLAUSES),
}

K1 = ("Under 2019 ställer parkenheten ut åtta nya bänkar med ryggstöd och armstöd längs Åstråket, "
      "varav tre på sträckan mellan reningsverket och Kvarnbron. De äldre bänkarna utan ryggstöd "
      "byts ut i samband med det. Därefter blir avståndet mellan bänkarna som mest 350 meter. "
      "Förvaltningen bedömer att det i stort motsvarar förslagsställarens önskemål och vill följa "
      "upp hur de nya bänkarna används innan fler ställs ut.")
K2 = ("Utsiktsplatsen nedanför kyrkan ligger på mark som ägs av Rödby församling. Förvaltningen har "
      "kontaktat församlingen, som har sagt ja till att kommunen ställer ut en bänk och en "
      "papperskorg där. Det görs under våren 2020, och tömningen av papperskorgen läggs in i "
      "parkenhetens ordinarie slinga.")
DEC = "Medborgarförslaget anses besvarat."

svar = {
    "stem": "rodby-ks-2019-88_2_svar",
    "format": "docx", "font": "Book Antiqua", "size": 11,
    "core_title": TITLE_S, "core_author": "Emil Rask",
    "header": ["Rödby kommun\tTJÄNSTESKRIVELSE\t{PAGE}({NUMPAGES})",
               "Samhällsbyggnadsförvaltningen\t\tDiarienummer Ks 2019/88"],
    "blocks": [
        ("p", "2019-09-16", {"align": "right"}),
        ("p", "Samhällsbyggnadsnämnden", {"bold": True, "keep_next": True}),
        ("empty",),
        ("title", TITLE_S),
        ("h2", "Förslag till beslut"),
        ("p", DEC),
        ("h2", "Ärendet"),
        ("p", "Birgitta Sandin föreslår i ett medborgarförslag som kom in den 14 februari 2019 att "
              "kommunen ställer ut fler sittbänkar längs Åstråket, och att en bänk ställs ut vid "
              "utsiktsplatsen nedanför kyrkan. Kommunfullmäktige har den 25 mars 2019, § 31, "
              "överlämnat medborgarförslaget till samhällsbyggnadsnämnden för beslut."),
        ("h2", "Förvaltningens bedömning"),
        ("p", "Förslagsställaren föreslår två saker, som förvaltningen bemöter var för sig."),
        ("p", C1, {"bold": True, "keep_next": True}),
        ("p", K1),
        ("p", C2, {"bold": True, "keep_next": True}),
        ("p", K2),
        ("p", "Sammantaget genomförs det som förslagsställaren efterfrågar helt eller till största "
              "delen. Förvaltningen föreslår därför att medborgarförslaget anses besvarat."),
        ("h2", "Ekonomi"),
        ("p", "De nya bänkarna kostar cirka 64 000 kronor inklusive montering och ryms i "
              "parkenhetens investeringsbudget för 2019."),
        ("h2", "Beslutsunderlag"),
        ("p", "Medborgarförslag från Birgitta Sandin, inkommet 2019-02-14\n"
              "Kommunfullmäktiges protokoll 2019-03-25, § 31\n"
              "Tjänsteskrivelse 2019-09-16"),
        ("h2", "Beslutet skickas till"),
        ("p", "Birgitta Sandin\nParkenheten"),
        ("empty",),
        ("empty",),
        ("p", "Karin Söderholm\t\tEmil Rask\nSamhällsbyggnadschef\t\tParkingenjör"),
        ("empty",),
        ("p", "Kontakt: Emil Rask, 0278-251 63, emil.rask@rodby.se", {"size": 9}),
    ],
    "truth": truth("answer", DNR, KEY, TITLE_S, MUNI, "Samhällsbyggnadsnämnden", "2019-09-16",
                   officer="Emil Rask", authors=AUTHORS, clauses=CLAUSES,
                   comments=[(1, K1), (2, K2)],
                   decision=decision("besvarad", True, DEC)),
}

DOCS = [forslag, svar]
