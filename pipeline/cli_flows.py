"""CLI commands that run Prefect flows: ingest (of an inbox), watch, report, export.

The library under pipeline/ never imports Prefect; these commands are the top
layer (like flows/) and import the flows only when they run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DASH = "–"
RESULT_SV = {
    "stored": "sparad",
    "supersedes": "sparad, ersätter äldre version",
    "superseded": "sparad (äldre version)",
    "same_content": "samma innehåll i annat format",
    "duplicate": "dubblett, arkiverad",
    "failure": "KARANTÄN",
}


class ProgressBar:
    """A one-line bar on stderr, drawn only for a person at a terminal."""

    def __init__(self, stream=sys.stderr) -> None:
        self.stream = stream
        self.active = stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.active or not total:
            return
        width = 30
        filled = int(width * done / total)
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} filer")
        self.stream.flush()
        if done >= total:
            self.stream.write("\n")


def print_closing_table(summary: dict, out=sys.stdout) -> None:
    rows = [[f["name"], RESULT_SV.get(f["action"], f["action"]), f["dnr_key"] or DASH,
             (f"{f['reason']}: {f['message']}" if f["location"] == "quarantine" else (f["message"] or ""))]
            for f in summary["files"]]
    headers = ["Fil", "Resultat", "Ärende", "Anledning"]
    widths = [min(max([len(h)] + [len(r[i]) for r in rows]), 48) for i, h in enumerate(headers)]

    def line(cells):
        return "  ".join(str(c)[:w].ljust(w) if i < len(cells) - 1 else str(c) for i, (c, w) in enumerate(zip(cells, widths)))

    print(line(headers), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for r in rows:
        print(line(r), file=out)
    c = summary["counts"]
    same = sum(1 for f in summary["files"] if f["action"] == "same_content")
    stored, dupes, cases = c.get("stored", 0) - same, c.get("duplicate", 0), len(summary["cases_touched"])
    renderings = f"{same} samma innehåll i annat format, " if same else ""
    print(f"{len(rows)} {'fil' if len(rows) == 1 else 'filer'}: {stored} {'sparad' if stored == 1 else 'sparade'}, "
          f"{renderings}{dupes} {'dubblett' if dupes == 1 else 'dubbletter'}, {c.get('quarantined', 0)} i karantän; "
          f"{cases} {'ärende berört' if cases == 1 else 'ärenden berörda'}", file=out)
    if summary.get("folders_ignored"):
        print(f"OBS: mappar i inkorgen läses inte ({', '.join(summary['folders_ignored'])}); "
              f"lägg filerna direkt i inkorgen.", file=out)
    if summary.get("reports"):
        print(f"Rapporter: {report_locations(summary['reports'])}", file=out)


REPORT_SV = {"summaries": "ärendesammanfattningar", "register": "registret", "council": "redovisning till KF"}


def report_locations(reports: dict) -> str:
    parts = []
    for key, value in reports.items():
        label = REPORT_SV.get(key)
        if label is None:
            continue
        if isinstance(value, list):
            if value:
                parts.append(f"{label}: {len(value)} filer i {Path(value[0]).parent}/")
        elif value:
            parts.append(f"{label}: {value}")
    return "; ".join(parts)


def run_ingest_flow(args) -> int:
    folder = Path(args.paths[0])
    if len(args.paths) != 1 or not folder.is_dir():
        print("FEL: motions ingest tar en inkorg (en mapp); filerna flyttas till archive/ eller quarantine/. "
              "Använd --keep för att läsa in enstaka filer utan att flytta dem.", file=sys.stderr)
        return 2
    from flows.ingest import ingest_flow, set_progress

    set_progress(ProgressBar())
    summary = ingest_flow(str(folder), db=args.db, governance=args.governance,
                          outputs=None if args.no_reports else args.out, today=args.today,
                          workers=args.workers, timeout_s=args.timeout)
    if args.json:
        import json

        print(json.dumps(summary, ensure_ascii=False, indent=2, default=str))
    else:
        print_closing_table(summary)
    return 1 if summary["counts"].get("quarantined") else 0


def cmd_watch(args) -> int:
    from flows.watch import watch

    return watch(args.inbox, db=args.db, governance=args.governance, outputs=args.out, poll=args.poll,
                 interval=args.interval, rescan=args.rescan, once=False)


def cmd_report(args) -> int:
    from flows.report import report_flow

    paths = report_flow(db=args.db, governance=args.governance, outputs=args.out, today=args.today)
    print(f"Rapporter skrivna: {report_locations(paths)}")
    return 0


def cmd_export(args) -> int:
    from pipeline.reports.register import export_register
    from pipeline.store import open_store

    with open_store(args.db, args.governance) as store:
        paths = export_register(store, args.out, today=args.today)
    print("Registret exporterat: " + ", ".join(str(p) for p in paths))
    return 0


def add_ingest_flow_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--keep", action="store_true",
                   help="läs in filerna där de ligger, utan Prefect och utan att flytta dem")
    p.add_argument("--out", default="outputs", metavar="MAPP", help="var rapporterna skrivs (standard: outputs)")
    p.add_argument("--no-reports", action="store_true", help="skriv inga rapporter efter inläsningen")
    p.add_argument("--workers", type=int, metavar="N", help="antal läsprocesser (standard: 2)")
    p.add_argument("--timeout", type=float, default=60.0, metavar="S",
                   help="längsta lästid per dokument i sekunder (standard: 60)")


def add_commands(sub, common, date_type) -> None:
    raw = argparse.RawDescriptionHelpFormatter
    p = sub.add_parser("watch", help="bevaka en inkorg och läs in nya filer", formatter_class=raw,
                       description="Bevakar en mapp: kompletta nya filer läses in med samma flöde som "
                                   "motions ingest. Låsfiler och tillfälliga filer hoppas över, och hela "
                                   "mappen gås igenom regelbundet så att ingen fil missas. Avsluta med Ctrl-C.",
                       epilog="Exempel:\n  motions watch inkorg\n  motions watch /mnt/diarium/inkorg --poll")
    p.add_argument("inbox", metavar="INKORG")
    p.add_argument("--poll", action="store_true", help="fråga filsystemet regelbundet (nätverksenheter)")
    p.add_argument("--interval", type=float, default=2.0, metavar="S",
                   help="sekunder mellan två storlekskontroller av en ny fil (standard: 2)")
    p.add_argument("--rescan", type=float, default=60.0, metavar="S",
                   help="sekunder mellan två genomgångar av hela mappen (standard: 60)")
    p.add_argument("--out", default="outputs", metavar="MAPP", help="var rapporterna skrivs (standard: outputs)")
    common(p)
    p.set_defaults(func=cmd_watch)

    p = sub.add_parser("report", help="skriv ärendesammanfattningar, registret och KF-redovisningen",
                       formatter_class=raw,
                       description="Skriver om alla rapporter: sammanfattning per ärende (.md, .html, .docx), "
                                   "registret (.xlsx, .csv) och redovisningen av motioner som inte är "
                                   "färdigberedda (.docx, .xlsx), daterad enligt styrmodellens redovisningstillfällen.",
                       epilog="Exempel:\n  motions report\n  motions report --today 2025-04-01 --out rapporter")
    p.add_argument("--out", default="outputs", metavar="MAPP", help="var rapporterna skrivs (standard: outputs)")
    common(p, today=True)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("export", help="exportera registret till Excel och CSV", formatter_class=raw,
                       description="Skriver register.xlsx (ärenden och att-satser) och register.csv. Celler som "
                                   "börjar med = + - @ skrivs som text, aldrig som formler.",
                       epilog="Exempel:\n  motions export\n  motions export --out /tmp/export")
    p.add_argument("--out", default="outputs", metavar="MAPP", help="målmapp (standard: outputs)")
    common(p, today=True)
    p.set_defaults(func=cmd_export)
