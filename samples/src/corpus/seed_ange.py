"""The seed: a real public answer to a motion from Ånge kommun, Dnr KS 20/399.

.txt  exact byte copy of /work/shared/seeds/000_fb57b98de66bfb1d.txt
.docx rebuilt in Word structure: "Dnr KS 20/399" as the page header (it is
      repeated on every page in the text dump), the contact block, Title,
      Heading 1 sections, the att-satser as a real bulleted list, each clause
      quoted again with a "Kommentar:" paragraph, and the template leftovers:
      the subtitle and the send-to line as real content controls showing their
      placeholder (w:sdt with w:showingPlcHdr), "[Skriv här]" as plain text.
      Page breaks sit where the text dump shows the repeated page header.
Text kept exactly, typo "stvcken" included.
"""
from pathlib import Path

from .common import truth, decision

SEED = Path("/work/shared/seeds/000_fb57b98de66bfb1d.txt")
DNR = "KS 20/399"
TITLE = "Förslag till svar på motion om strukturerat målstyrningsarbete"

CLAUSES = [
    "att kommunstyrelsen får i uppdrag att utarbeta en årlig process för målstyrningsarbetet.",
    "att sagda process skall ta sin början i en nulägesanalys och ha sitt avslut i kommunfullmäktiges fastställande av verksamhetsmål.",
    "att sagda process skall inkludera alla nivåer av den kommunala verksamheten.",
    "att sagda process skall innehålla regler om verksamhetsrelevans för målen och tydlighet i målformuleringarna.",
    "att sagda process skall innehålla rutiner för hur måluppfyllelsen regelbundet skall följas upp under verksamhetsåret.",
    "att kommunstyrelsen under 2021 återkommer till kommunfullmäktige för fastställande av ny målstyrningsprocess.",
]
COMMENTS = [
    "kommunstyrelsen har mandat att utforma och revidera styrprocessen, målstyrningen är en del av den. Det pågår förberedelser och planering inför ny styrmodell.",
    "utformningen av ny styrmodell sker genom ett strukturerat arbete, och kommer troligen inte att utformas med en start och slut.",
    "ambitionen är att all verksamhet ska omfattas av styrmodellen.",
    "verksamhetsrelevans och tydlighet i målen är viktigt, däremot inte säkert att det utformas regler för detta.",
    "måluppfyllelse följs regelbundet upp.",
    "ambitionen är att ny styrmodell där målstyrning ingår som en av delarna kommer att vara klar för beslut 2021. En ny vision, nya arbetssätt och förhållningssätt innebär att den styrmodell som finns nu behöver en förnyelse.",
]
UTGANGSPUNKTER = [
    "Styrmodellen är både en struktur och ett arbetssätt för planering och uppföljning och omfattar styrning på flera nivåer.",
    "Styrning och ledning ska baseras på tillit - ansvaret för att planera, utveckla och följa upp verksamheten ska ligga så nära medarbetare och medborgare som möjligt.",
    "Styrningen utgår från verksamheternas grunduppdrag.",
    "Mål används inom prioriterade frågor där ambitionen är att göra en förflyttning.",
    "Den styrande nivån har en långsiktighet när det gäller de övergripande prioriteringarna, och ska ges en grundlig uppföljning av verksamheten.",
    "Styrmodellen är politiskt neutral och ska fungera oavsett politikens innehåll och över tid. De politiska viljeinriktningarna framkommer i det som man fyller styrmodellen med.",
]

bedomning = []
for clause, comment in zip(CLAUSES, COMMENTS):
    bedomning.append(("bullets", [clause]))
    bedomning.append(("p", "Kommentar: " + comment))

seed = {
    "stem": "seed_ange_ks-20-399_svar",
    "format": ["txt", "docx"],
    "copy_from": SEED,
    "core_title": TITLE, "core_author": "Elin Rapp",
    "header": [f"Dnr {DNR}"],
    "blocks": [
        ("p", "Kommunstyrelsen", {"space_after": 0}),
        ("p", "Elin Rapp", {"space_after": 0, "size": 9}),
        ("p", "Tel. 0690-250 324", {"space_after": 0, "size": 9}),
        ("p", "elin.rapp@ange.se", {"size": 9}),
        ("title", TITLE),
        ("sdt_plh", "Klicka här för att skriva underrubrik",
         {"style": "Subtitle", "alias": "Underrubrik", "tag": "Underrubrik"}),
        ("h1", "Förslag till beslut"),
        ("p", "Anse motionen besvarad. En förnyad styrmodell är under framtagande."),
        ("h1", "Ärendet i korthet"),
        ("p", "Joakim Bäckström, VF, har lämnat en motion angående kommunens målstyrning."),
        ("p", "Joakim Bäckströms yrkande för Vår Framtids politiska utskott:"),
        ("bullets", CLAUSES),
        ("p", "Jag håller med Joakim Bäckström och Vår Framtid i att rätt utförd och på rätt nivå är "
              "målstyrning ett riktigt bra verktyg för styrning."),
        ("p", "Motionens avsikt att förbättra processen för målstyrning är något som förvaltningen ser "
              "positivt på. Förvaltningen har under en längre tid avvaktat med förändringar i "
              "styrmodellen och målstyrningen för att göra ett större samlat grepp i och med ny vision "
              "och beslut om organisatoriska förändringar."),
        ("p", "Den nya visionen kommer att bli startskottet på en förnyad styrmodell, i vilken både "
              "målprocessen och styrprinciperna fastslås. Detta arbete planeras att starta när visionen "
              "är presenterad och antagen."),
        ("page_break",),
        ("p", "Kommunstyrelsen och dess förvaltning har uppdraget att utveckla styrningen av kommunen. "
              "Arbetet innefattar inte bara målstyrningen utan även en bredare styrning när det gäller "
              "det kommunala grunduppdraget, förhållningssätt mm."),
        ("p", "Några prioriterade utgångspunkter i det pågående arbetet är:"),
        ("bullets", UTGANGSPUNKTER),
        ("p", "Bedömning i respektive att-sats:", {"bold": True}),
        *bedomning,
        ("p", "[Skriv här]"),
        ("page_break",),
        ("h2", "Konsekvensbeskrivning:"),
        ("p", "Motionens att-satser är på en detaljerad nivå, och om motionen skulle bifallas av "
              "kommunfullmäktige innebär det att den process som utformar styrningen av kommunen blir "
              "låst i vissa stvcken, i stället för att utformas i sin helhet på ett strukturerat och "
              "utforskande sätt."),
        ("p", "Ingen bedömning görs kring påverkan på hållbarhetsperspektiven- ekonomiska, sociala och "
              "miljömässiga konsekvenser. Motionen har ingen anknytning till barns rätt, och bedöms "
              "därför inte i den frågan."),
        ("h2", "Slutsats:"),
        ("p", "Eftersom en förnyad styrmodell är under framtagande och kommer att bearbetas under 2021 "
              "blir den sammantagna bedömningen att motionen bör anses besvarad."),
        ("h1", "Beslutet ska skickas till"),
        ("sdt_plh", "Klicka här för att fylla i vilka beslutet ska skickas till.",
         {"alias": "Sändlista", "tag": "Sandlista"}),
        ("p", "[Skriv här]"),
    ],
    "truth": truth("answer", DNR, "KS 2020/399", TITLE, None, "KS", None, officer="Elin Rapp",
                   authors=[("Joakim Bäckström", "VF")], clauses=CLAUSES,
                   comments=list(enumerate(COMMENTS, start=1)),
                   decision=decision("besvarad", True, "Anse motionen besvarad."),
                   warnings=["placeholder_left", "placeholder_left", "placeholder_left",
                             "empty_send_to"]),
}

DOCS = [seed]
