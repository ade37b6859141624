"""`motions ingest|cases|show|clauses|search|link`: the case register on the command line.

Thin: every command calls pipeline.register or pipeline.queries and prints a Swedish
table, or JSON with --json (dataclasses as they are, dates as ISO strings).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys

# pipeline.reports (and through it spaCy) is imported by the commands that need it,
# so that --help and a refused --db answer at once.
from app.cli.guard import positive_int, year as _year
from app.cli.table import Column, print_table
from pipeline.labels import FILE_ACTION_COUNT_SV, FILE_ACTION_SV, DASH, EVENT_SV, KIND_SV
from pipeline.labels import DOC_TYPE_SV, STATUS_SV, clause_state_text, days_left_text, formats_text, text_versions



def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ogiltigt datum ”{text}”, skriv ÅÅÅÅ-MM-DD") from None


def _store(args):
    from pipeline.store import open_store

    return open_store(args.db, args.governance)


def _json(data) -> None:
    def plain(o):
        return dataclasses.asdict(o) if dataclasses.is_dataclass(o) else o
    if isinstance(data, list):
        data = [plain(x) for x in data]
    print(json.dumps(plain(data), ensure_ascii=False, indent=2, default=str))


def _outcome(gov, o):
    return gov.outcome_label(o) if o else DASH


# ---- commands ---------------------------------------------------------------------

def cmd_ingest(args) -> int:
    if not args.keep:
        from app.cli.flow_commands import run_ingest_flow

        return run_ingest_flow(args)
    from pipeline.register import ingest

    with _store(args) as store:
        results = ingest(store, args.paths)
    if not results:
        print("Inga dokument hittades (.docx, .pdf, .txt, .eml).", file=sys.stderr)
        return 2
    if args.json:
        _json(results)
    else:
        for r in results:
            name = r.path.rsplit("/", 1)[-1]
            if r.action == "failure":
                print(f"{name}: {FILE_ACTION_SV[r.action]}: {r.message}")
                continue
            where = f"ärende {r.dnr_key}" if r.dnr_key else ("ärende #%s" % r.case_id if r.case_id else "inget ärende")
            if r.doc_type == "protocol":
                where = r.message or where
            extra = "; koppling behöver bekräftas (motions link)" if r.needs_review else ""
            part = f"; delvis inläst ({r.message or 'granska'})" if r.status == "partial" else ""
            print(f"{name}: {FILE_ACTION_SV[r.action]}, {DOC_TYPE_SV.get(r.doc_type, DASH)}, {where}{part}{extra}")
        counts = {a: sum(1 for r in results if r.action == a) for a in FILE_ACTION_SV}
        summary = ", ".join(f"{n} {FILE_ACTION_COUNT_SV[a]}" for a, n in counts.items() if n)
        print(f"{len(results)} filer: {summary}")
    return 1 if any(r.action == "failure" for r in results) else 0


def cmd_cases(args) -> int:
    from pipeline.queries import cases

    with _store(args) as store:
        rows = cases(store, stage=args.stage, outcome=args.outcome, party=args.party, year=args.year,
                     overdue=args.overdue, today=args.today)
        gov = store.gov
    if args.review:
        rows = [r for r in rows if r.to_review]
    if args.json:
        _json(rows)
        return 0
    if not rows:
        print("Inga ärenden behöver granskas." if args.review else "Inga ärenden matchar.")
        if args.party:
            _print_parties(args)
        return 0
    if args.review:
        return _print_review(rows)
    table = [
        [r.dnr or f"#{r.id}", KIND_SV.get(r.kind, r.kind), r.title, r.proposers or DASH, r.stage_label,
         _outcome(gov, r.final_outcome) if r.final_outcome else f"förslag: {_outcome(gov, r.proposed_outcome)}",
         r.raised_on or DASH, r.deadline or DASH,
         days_left_text(r.days_left, r.final_outcome is not None),
         "FÖRSENAD" if r.overdue else ("granska" if r.to_review else "")]
        for r in rows
    ]
    print_table(CASE_COLUMNS, table)
    print(f"{len(rows)} ärenden")
    return 0


# Dnr, stage and deadline are what a person looks a case up by: never cut. In a
# narrow window the others are cut, and then left out from the top of `drop` down.
CASE_COLUMNS = [
    Column("Dnr", keep=True), Column("Slag", drop=8), Column("Titel", min=30, weight=3),
    Column("Förslagsställare", min=16, drop=7), Column("Stadium", keep=True), Column("Utfall", keep=True, drop=5),
    Column("Väckt", keep=True, drop=9), Column("Ska beslutas senast", keep=True), Column("Dagar kvar", keep=True, drop=6),
    Column("Obs", keep=True, drop=4),
]


def _print_parties(args) -> None:
    """Party is free text (each municipality has its own local parties), so an unknown
    one is no error; the parties the register knows are named instead."""
    from pipeline.queries import cases
    from pipeline.reports.labels import parties_of

    with _store(args) as store:
        known = sorted({p for r in cases(store, today=args.today) for p in parties_of(r.proposers)}, key=lambda p: (p.lower(), p))
    if known:
        print(f"Partier i registret: {', '.join(known)}.")


def _print_review(rows) -> int:
    """Each case that needs a person's eye, with every reason on its own line."""
    for r in rows:
        print(f"{r.dnr or '#%d' % r.id}  {r.title or DASH}")
        for reason in r.review:
            print(f"  – {reason}")
    print(f"{len(rows)} ärenden att granska")
    return 0


def cmd_show(args) -> int:
    from pipeline.queries import show
    from pipeline.reports.labels import deadline_text, raised_text

    with _store(args) as store:
        d = show(store, args.dnr, today=args.today)
        gov = store.gov
    if args.json:
        _json(d)
        return 0
    c = d.case
    kind = gov.kinds.get(c.kind)
    lines = [
        f"Ärende:              {c.dnr or '#%d' % c.id}  (nyckel {c.dnr_key or DASH})",
        f"Titel:               {c.title or DASH}",
        f"Slag:                {KIND_SV.get(c.kind, c.kind)}",
        f"Förslagsställare:    {c.proposers or DASH}",
        f"Kommun:              {d.municipality or DASH}",
        f"Stadium:             {c.stage_label}",
        f"Föreslaget:          {_outcome(gov, c.proposed_outcome)}",
        f"Beslut:              {_outcome(gov, c.final_outcome)}" + (f" ({d.closed_on})" if d.closed_on else ""),
        f"Inlämnad:            {c.submitted_on or DASH}",
        f"Väckt:               {raised_text(c)}",
    ]
    if c.deadline:
        left = "" if c.final_outcome else f", {days_left_text(c.days_left)}"
        rule = f" enligt {kind.rule}" if kind and kind.rule else ""
        lines.append(f"Ska beslutas senast: {deadline_text(c)}{rule}{left}" + ("  FÖRSENAD" if c.overdue else ""))
    if d.next_report:
        lines.append(f"Nästa redovisning för KF: {d.next_report:%Y-%m}")
    if c.needs_review:
        lines.append("OBS: kopplingen till ärendet är osäker; bekräfta med motions link")
    lines.append("Tidslinje:")
    for t in d.timeline:
        note = " (ersatt version)" if t.superseded else ""
        flag = f"  ⚑ {t.flag_reason}" if t.flagged else ""
        lines.append(f"  {str(t.date or 'utan datum'):10}  {t.text or EVENT_SV.get(t.kind, t.kind)}{note}{flag}")
    lines.append("Dokument:")
    for doc, others in text_versions(d.documents):
        extra = " ersatt av #%d" % doc.superseded_by if doc.superseded_by else ""
        lines.append(f"  #{doc.id} {formats_text(doc.name, others)}  {DOC_TYPE_SV.get(doc.doc_type, DASH)}, "
                     f"{STATUS_SV.get(doc.status, doc.status)}{extra}")
    print("\n".join(lines))
    return 0


def cmd_clauses(args) -> int:
    from pipeline.queries import clauses

    with _store(args) as store:
        rep = clauses(store, args.dnr, today=args.today)
        gov = store.gov
    if args.json:
        _json(rep)
        return 0
    c = rep.case
    print(f"{c.dnr or '#%d' % c.id}  {c.title or ''}")
    print(f"Stadium: {c.stage_label}; föreslaget: {_outcome(gov, c.proposed_outcome)}; "
          f"beslut: {_outcome(gov, c.final_outcome)}")
    if not rep.clauses:
        print("Inga att-satser kända för ärendet.")
        return 0
    for x in rep.clauses:
        state = clause_state_text(x.state, x.stance, x.proposed_outcome)
        if x.state == "decided":
            state += f": {_outcome(gov, x.outcome)}"
        page = f"sida {x.page}, " if x.page else ""
        print(f"\n{x.number}. {x.text}")
        print(f"   Läge: {state}; föreslaget: {_outcome(gov, x.proposed_outcome)}  [{x.document}, {page}stycke {'–' if x.block is None else x.block + 1}]")
        for k in x.comments:
            kpage = f"sida {k.page}, " if k.page else ""
            print(f"   Kommentar: {k.text}  [{k.document}, {kpage}stycke {'–' if k.block is None else k.block + 1}]")
    return 0


# The text gets most of a narrow terminal; the document name goes before it is unreadable.
SEARCH_COLUMNS = [Column("Dnr", keep=True), Column("Träff i", keep=True), Column("Text", min=20, weight=3),
                  Column("Dokument", min=16, drop=1)]


def cmd_search(args) -> int:
    """Hits grouped by case: the case's row (its title), then where each hit is.
    --json stays the flat list of every hit with all its fields (as /api/search)."""
    from pipeline.labels import SEARCH_KIND_SV
    from pipeline.search import group_hits, query_terms, search

    with _store(args) as store:
        hits = search(store, args.text, limit=args.limit)
    if args.json:
        _json(hits)
        return 0
    short = query_terms(args.text).short
    note = (f"OBS: {', '.join(f'”{w}”' for w in short)} är kortare än tre tecken och söks bara som "
            f"{'helt ord' if len(short) == 1 else 'hela ord'}, inte som del av sammansatta ord.") if short else None
    if not hits:
        print("Inga träffar." + (f"\n{note}" if note else ""))
        return 0
    rows, groups = [], group_hits(hits, args.text)
    for g in groups:
        titled = any(h.kind == "title" for h in g.hits)
        rows.append([g.dnr or f"#{g.case_id}", "titel" if titled else "ärende", g.title or DASH, DASH])
        for h in g.hits:
            if h.kind == "title":
                continue
            where = SEARCH_KIND_SV.get(h.kind, h.kind)
            if h.clause_number is not None:
                where = f"{where} {h.clause_number}" if h.kind == "clause" else f"{where} till att-sats {h.clause_number}"
            rows.append(["", where, h.text, h.document or DASH])
    print_table(SEARCH_COLUMNS, rows)
    print(f"{len(hits)} {'träff' if len(hits) == 1 else 'träffar'} i {len(groups)} "
          f"{'ärende' if len(groups) == 1 else 'ärenden'}." + (f"\n{note}" if note else ""))
    return 0


def cmd_link(args) -> int:
    with _store(args) as store:
        doc_id, case_id = store.link(args.document, args.case)
    if args.json:
        _json({"document_id": doc_id, "case_id": case_id})
    else:
        print(f"Dokument #{doc_id} är nu kopplat till ärende {args.case} (#{case_id}), bekräftat manuellt.")
    return 0


def _common(p, today: bool = False) -> None:
    p.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    p.add_argument("--db", metavar="URL", help="databas: SQLAlchemy-URL eller SQLite-fil (standard: $MOTIONS_DB_URL "
                                              "eller outputs/motions.db)")
    p.add_argument("--governance", metavar="FIL", help="styrmodell (YAML), standard: $MOTIONS_GOVERNANCE eller "
                                                     "svensk kommun enligt kommunallagen")
    if today:
        p.add_argument("--today", type=_date, metavar="DATUM", help="räkna tidsgränser från detta datum (ÅÅÅÅ-MM-DD)")


def add_commands(sub) -> None:
    from app.cli.flow_commands import add_commands as add_flow_commands

    _add_ingest(sub)
    _add_case_commands(sub)
    _add_search_and_link(sub)
    add_flow_commands(sub, _common, _date)


def _add_ingest(sub) -> None:
    raw = argparse.RawDescriptionHelpFormatter
    p = sub.add_parser("ingest", help="läs in en inkorg i ärenderegistret (Prefect-flöde)", formatter_class=raw,
                       description="Läser, extraherar och sparar varje fil i inkorgen. Lästa filer flyttas till "
                                   "INKORG/archive/, filer som inte går att läsa till INKORG/quarantine/ med en "
                                   "förklaring (<namn>.reason.json). Samma fil två gånger är en dubblett; en rättad "
                                   "version ersätter den gamla, som finns kvar i historiken. Efteråt skrivs "
                                   "rapporterna för de berörda ärendena.",
                       epilog="Exempel:\n  motions ingest inkorg\n  motions ingest inkorg --db outputs/motions.db --today 2025-04-01\n"
                              "  motions ingest --keep svar.docx motion.pdf")
    p.add_argument("paths", nargs="+", metavar="INKORG", help="inkorgen (en mapp); med --keep även filer")
    from app.cli.flow_commands import add_ingest_flow_options

    add_ingest_flow_options(p)
    _common(p, today=True)
    p.set_defaults(func=cmd_ingest)


def _add_case_commands(sub) -> None:
    raw = argparse.RawDescriptionHelpFormatter
    p = sub.add_parser("cases", help="lista ärenden med stadium och tidsgräns", formatter_class=raw,
                       description="Registret som tabell: stadium, utfall, väckt, senast beslut och dagar kvar.",
                       epilog="Exempel:\n  motions cases --overdue --today 2024-06-01\n"
                              "  motions cases --party S --year 2023\n  motions cases --stage ks --json\n"
                              "  motions cases --review")
    p.add_argument("--stage", metavar="S", help="bara detta stadium, kod eller namn ur styrmodellen (t.ex. forslag, "
                                                "ks, beslutad); ett okänt värde listar de giltiga")
    p.add_argument("--outcome", metavar="O", help="bara detta utfall, kod eller namn (t.ex. bifall, avslag, "
                                                  "besvarad, \"delvis bifall\"); ett okänt värde listar de giltiga")
    p.add_argument("--party", metavar="P", help="bara ärenden med förslagsställare från partiet (t.ex. S); fri text, "
                                                "utan träff visas partierna i registret")
    p.add_argument("--year", type=_year, metavar="ÅR", help="bara ärenden från detta år (fyra siffror)")
    p.add_argument("--overdue", action="store_true", help="bara ärenden som passerat tidsgränsen utan beslut")
    p.add_argument("--review", action="store_true",
                   help="bara ärenden som behöver granskas, med skälen (t.ex. inga att-satser hittade)")
    _common(p, today=True)
    p.set_defaults(func=cmd_cases)

    p = sub.add_parser("show", help="visa ett ärende med tidslinje", formatter_class=raw,
                       description="Förslagsställare, datum, stadium, tidsgräns och tidslinjen med källdokument.",
                       epilog='Exempel:\n  motions show "KS 2020/0399"\n  motions show "KS 20/399" --today 2021-06-01')
    p.add_argument("dnr", metavar="DNR", help="diarienummer i valfri skrivform, eller #nummer")
    _common(p, today=True)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("clauses", help="visa att-satserna med kommentarer och beslut", formatter_class=raw,
                       description="Varje att-sats med kommentar, läge (öppen, kommenterad, beslutad), utfall "
                                   "och dokument och sida den kommer från.",
                       epilog='Exempel:\n  motions clauses "KS 20/399"\n  motions clauses "KS 2023/0112" --json')
    p.add_argument("dnr", metavar="DNR", help="diarienummer i valfri skrivform, eller #nummer")
    _common(p, today=True)
    p.set_defaults(func=cmd_clauses)


def _add_search_and_link(sub) -> None:
    raw = argparse.RawDescriptionHelpFormatter
    p = sub.add_parser("search", help="fritextsök i titlar, diarienummer, förslagsställare, att-satser, kommentarer "
                                      "och beslut", formatter_class=raw,
                       description="Sök med svensk ordstamning och delar av sammansatta ord: ”motionerna” hittar "
                                   "”motion”, ”lekplats” hittar ”lekplatserna”, ”trafik” hittar ”kollektivtrafiken”. "
                                   "Träffarna visas per ärende; --json ger alla träffar med alla fält.",
                       epilog='Exempel:\n  motions search trafik\n  motions search "Per Åkesson"\n'
                              '  motions search "avgiftsfria resor" --json')
    p.add_argument("text", metavar="TEXT", help="sökord")
    p.add_argument("--limit", type=positive_int, default=20, metavar="N", help="högst N träffar (standard 20)")
    _common(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("link", help="bekräfta eller flytta ett dokuments koppling till ett ärende", formatter_class=raw,
                       description="Koppla ett dokument (nummer, sha256-början eller filnamn) till ett ärende.",
                       epilog='Exempel:\n  motions link svar.docx "KS 2025/368"\n  motions link 12 "#4"')
    p.add_argument("document", metavar="DOK", help="dokumentets nummer, sha256-början eller filnamn")
    p.add_argument("case", metavar="ÄRENDE", help="diarienummer eller #nummer")
    _common(p)
    p.set_defaults(func=cmd_link)
