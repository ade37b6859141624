"""The `motions` command: a thin layer over the library.

Errors become Swedish messages here and nowhere else; the library raises typed
exceptions with reason codes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.document import DOCUMENT_SUFFIXES
from pipeline.errors import MotionsError
from pipeline.isolation import DEFAULT_TIMEOUT_S
from pipeline.labels import DOC_TYPE_SV as _DOC_TYPE_SV
from pipeline.labels import ITEM_EVENT_SV, OUTCOME_SV, SUBJECT_SV


DOC_TYPE_SV = {code: label.capitalize() for code, label in _DOC_TYPE_SV.items()}


def _files(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.suffix.lower() in DOCUMENT_SUFFIXES and not f.name.startswith((".", "~$")))
        else:
            out.append(p)
    return out


def format_protocol(record: dict) -> str:
    """A whole protocol: its head, then one line per item (the § with what it says
    happened), and below an item about a motion its Dnr, proposers and decision."""
    dash = "–"
    items = record.get("items", [])
    about = [i for i in items if i["subject"] != "none"]
    lines = [
        f"Fil:            {record['source']['path']} ({record['source']['format']})",
        f"Dokumenttyp:    {DOC_TYPE_SV['protocol']}",
        f"Kommun:         {record['municipality'] or dash}",
        f"Organ:          {record['body'] or dash}",
        f"Sammanträde:    {record['date'] or dash}",
        f"Punkter:        {len(items)}, varav {len(about)} om motioner eller medborgarförslag",
    ]
    for it in items:
        number = f"§ {it['paragraph']}" + (f" (punkt {it['agenda_number']})" if it["agenda_number"]
                                           and it["agenda_number"] != it["paragraph"] else "")
        if it["subject"] == "none":
            lines.append(f"  {number:<16} {ITEM_EVENT_SV[it['event']]:<12} {it['title'] or dash}")
            continue
        lines.append(f"  {number:<16} {ITEM_EVENT_SV[it['event']]:<12} {SUBJECT_SV[it['subject']]}: {it['title'] or dash}")
        people = ", ".join(f"{a['name']} ({a['party']})" if a["party"] else a["name"] for a in it["authors"])
        lines.append(f"  {'':<16} {'':<12} dnr {it['dnr'] or dash}; förslagsställare {people or dash}")
        d = it["decision"]
        if d:
            kind = "förslag" if d["proposed"] else "beslut"
            lines.append(f"  {'':<16} {'':<12} {kind}: {OUTCOME_SV.get(d['outcome'], d['outcome'])} – ”{d['text']}”")
        extra = [f"skäl: {it['reason']}" if it["reason"] else "",
                 f"beräknas klar: {it['estimated_done']}" if it["estimated_done"] else "",
                 f"{len(it['clauses'])} att-satser" if it["clauses"] else ""]
        if any(extra):
            lines.append(f"  {'':<16} {'':<12} " + "; ".join(e for e in extra if e))
        lines += [f"  {'':<16} {'':<12} ! {w['message']}" for w in it["warnings"]]
    if record["warnings"]:
        lines.append("Varningar:")
        lines += [f"  - {w['message']}" for w in record["warnings"]]  # codes stay in --json
    return "\n".join(lines)


def format_summary(record: dict) -> str:
    """A readable Swedish summary of one extraction record."""
    if record["doc_type"] == "protocol":
        return format_protocol(record)
    dash = "–"
    lines = [
        f"Fil:            {record['source']['path']} ({record['source']['format']})",
        f"Dokumenttyp:    {DOC_TYPE_SV.get(record['doc_type'], record['doc_type'])}",
        f"Diarienummer:   {record['dnr'] or dash}" + (f"  (nyckel {record['dnr_key']})" if record["dnr_key"] else ""),
        f"Titel:          {record['title'] or dash}",
        f"Kommun:         {record['municipality'] or dash}",
        f"Organ:          {record['body'] or dash}",
        f"Datum:          {record['date'] or dash}",
    ]
    if record["officer"]:
        lines.append(f"Handläggare:    {record['officer']}")
    authors = ", ".join(f"{a['name']} ({a['party']})" if a["party"] else a["name"] for a in record["authors"])
    lines.append(f"Förslagsställare: {authors or dash}")
    comments: dict[int, list[str]] = {}
    for c in record["comments"]:
        comments.setdefault(c["clause_number"], []).append(c["text"])
    lines.append(f"Att-satser:     {len(record['clauses'])}")
    for c in record["clauses"]:
        where = f"sida {c['page']}, " if c["page"] else ""
        lines.append(f"  {c['number']}. {c['text']}  [{where}stycke {c['block'] + 1}]")
        for text in comments.get(c["number"], []):
            lines.append(f"     Kommentar: {text}")
    d = record["decision"]
    if d:
        kind = "förslag till beslut" if d["proposed"] else "beslut"
        lines.append(f"Beslut ({kind}): {OUTCOME_SV.get(d['outcome'], d['outcome'])} – ”{d['text']}”")
        for co in d["clause_outcomes"]:
            lines.append(f"  att-sats {co['clause_number']}: {OUTCOME_SV.get(co['outcome'], co['outcome'])}")
    else:
        lines.append(f"Beslut:         {dash}")
    if record["warnings"]:
        lines.append("Varningar:")
        lines += [f"  - {w['message']}" for w in record["warnings"]]  # codes stay in --json
    if record.get("review"):
        lines.append("Granska:")
        lines += [f"  - {f['message']}" for f in record["review"]]
    return "\n".join(lines)


def cmd_extract(args: argparse.Namespace) -> int:
    files = _files(args.paths)
    if not files:
        print("Inga dokument hittades (.docx, .pdf, .txt, .eml).", file=sys.stderr)
        return 2
    out_dir = Path(args.out) if args.out else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    failures = 0
    for path, result in _extract_isolated(files, args.timeout):
        if result.record is None:
            failures += 1
            print(f"FEL {path}: {result.message}", file=sys.stderr)
            continue
        record = result.record.to_dict()
        if out_dir:
            (out_dir / f"{path.name}.json").write_text(
                json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            print(
                f"{path.name}: {DOC_TYPE_SV[record['doc_type']].lower()}, dnr {record['dnr'] or '–'}, "
                f"{len(record['clauses'])} att-satser, {len(record['comments'])} kommentarer, "
                f"beslut {OUTCOME_SV[record['decision']['outcome']] if record['decision'] else '–'}, "
                f"{len(record['warnings'])} varningar"
            )
        elif args.json:
            print(json.dumps(record, ensure_ascii=False, indent=2 if len(files) == 1 else None))
        else:
            print(format_summary(record))
            print()
    if out_dir:
        print(f"{len(files) - failures} av {len(files)} dokument extraherade till {out_dir}/")
    return 1 if failures else 0


def _extract_isolated(files: list[Path], timeout_s: float):
    """(path, Extracted) per file, in order, as each finishes.

    Reading runs in the same killable worker processes as the inbox flow (time
    limit and memory cap): a hung parser or a bomb ends as a reason, never a hang."""
    from pipeline import isolation

    # Looked up here, not bound as a default, so a test can swap the worker.
    with isolation.ExtractionPool(workers=min(len(files), 2), timeout_s=timeout_s,
                                  worker=isolation.read_and_extract) as pool:
        for path, future in zip(files, pool.submit([str(f) for f in files])):
            yield path, pool.collect([future])[0]


_ARGPARSE_SV = [
    ("the following arguments are required", "följande argument krävs"),
    ("unrecognized arguments", "okända argument"),
    ("invalid choice", "ogiltigt val"),
    ("choose from", "välj bland"),
    ("expected one argument", "ett värde behövs"),
    ("invalid int value", "inte ett heltal"),
    ("not allowed with argument", "går inte ihop med"),
    ("argument ", "argument "),
]


class SwedishParser(argparse.ArgumentParser):
    """argparse in Swedish: --help and usage errors are read by Swedish staff."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["add_help"] = False
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argument"
        self._optionals.title = "flaggor"
        self.add_argument("-h", "--help", action="help", help="visa den här hjälpen och avsluta")

    def error(self, message: str):
        for en, sv in _ARGPARSE_SV:
            message = message.replace(en, sv)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fel: {message}\n")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "användning:", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "användning:", 1)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("motions")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "okänd version (inte installerad)"


def build_parser() -> argparse.ArgumentParser:
    parser = SwedishParser(
        prog="motions",
        description="Läs motioner, svar och protokollsutdrag och ta fram att-satser, kommentarer och beslut.",
        epilog="Exempel:\n  motions ingest inkorg                  # läs in inkorgen till registret\n"
               "  motions cases --overdue                # ärenden som passerat tidsgränsen\n"
               '  motions show "KS 2020/0399"            # ett ärende med tidslinje\n'
               "  motions KOMMANDO --help                # hjälp och exempel för ett kommando",
    )
    parser.add_argument("--version", action="version", version=f"motions {_version()}",
                        help="visa versionen och avsluta")
    sub = parser.add_subparsers(dest="command", required=True, title="kommandon", metavar="KOMMANDO")
    p = sub.add_parser(
        "extract",
        help="extrahera en post ur ett eller flera dokument",
        description="Extrahera dokumenttyp, diarienummer, att-satser, kommentarer och beslut.",
        epilog="Exempel:\n  motions extract samples/seed_ange_ks-20-399_svar.docx\n"
        "  motions extract svar.pdf --json\n  motions extract samples --out outputs/records",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="fil eller mapp (.docx, .pdf, .txt, .eml)")
    p.add_argument("--json", action="store_true", help="skriv posten som JSON (kontraktet)")
    p.add_argument("--out", metavar="DIR", help="skriv en JSON-fil per dokument till DIR")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S, metavar="S",
                   help=f"längsta lästid per dokument i sekunder (standard: {DEFAULT_TIMEOUT_S:.0f})")
    p.set_defaults(func=cmd_extract)
    from app.cli.register import add_commands; add_commands(sub)  # noqa: E702
    from app.cli.register import _common; from app.cli.serve import add_commands as add_web; add_web(sub, _common)  # noqa: E702
    return parser


def main(argv: list[str] | None = None) -> int:
    from app.cli.guard import Refused, announce_new_store, check_options, check_store

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        check_options(args)
        new = check_store(args.command, getattr(args, "db", None))
        announce_new_store(args.command, new, before=True)
        try:
            return args.func(args)
        finally:
            announce_new_store(args.command, new, before=False)
    except Refused as e:
        if e.usage:
            sub = parser._subparsers._group_actions[0].choices[args.command]
            sub.print_usage(sys.stderr)
            print(f"{sub.prog}: fel: {e.message}", file=sys.stderr)
        else:
            print(f"FEL: {e.message}", file=sys.stderr)
        return 2
    except MotionsError as e:
        print(f"FEL: {e.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `motions clauses ... | head`: the reader left; that is not an error.
        sys.stderr.close()
        return 0
    except Exception as e:
        from sqlalchemy.exc import OperationalError

        if not isinstance(e, OperationalError):
            raise
        # A database server that does not answer, or a file SQLite cannot open.
        print(f"FEL: Databasen går inte att nå: {str(e.orig or e).splitlines()[0]}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
