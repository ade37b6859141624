"""CLI commands that run Prefect flows: ingest (of an inbox), watch, report, export.

The library under pipeline/ never imports Prefect; these commands are the top
layer (like flows/) and import the flows only when they run.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

from app.cli.guard import positive_float, positive_int
from app.cli.table import Column, print_table
from pipeline.labels import DASH, result_label


class ProgressBar:
    """A one-line bar on stderr, drawn only for a person at a terminal."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.active = self.stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.active or not total:
            return
        width = 30
        filled = int(width * done / total)
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} filer")
        self.stream.flush()
        if done >= total:
            self.stream.write("\n")


def print_closing_table(summary: dict, out=None) -> None:
    out = out or sys.stdout
    rows = [[f["name"], result_label(f), f["dnr_key"] or DASH,
             f["message"] or ""]  # the reason code stays in the .reason.json and --json
            for f in summary["files"]]
    # Fitted to the terminal (app/cli/table.py); the case is never cut.
    print_table([Column("Fil", min=16), Column("Resultat", min=10), Column("Ärende", keep=True),
                 Column("Anledning", min=16)], rows, out)
    c = summary["counts"]
    same = sum(1 for f in summary["files"] if f["action"] == "same_content")
    stored, dupes, cases = c.get("stored", 0) - same, c.get("duplicate", 0), len(summary["cases_touched"])
    renderings = f"{same} samma innehåll i annat format, " if same else ""
    print(f"{len(rows)} {'fil' if len(rows) == 1 else 'filer'}: {stored} {'sparad' if stored == 1 else 'sparade'}, "
          f"{renderings}{dupes} {'dubblett' if dupes == 1 else 'dubbletter'}, {c.get('quarantined', 0)} i karantän; "
          f"{cases} {'ärende berört' if cases == 1 else 'ärenden berörda'}", file=out)
    if c.get("retry"):
        print(f"{c['retry']} {'fil väntar' if c['retry'] == 1 else 'filer väntar'} i retry/ och läses vid nästa "
              f"körning (registret gick inte att skriva till).", file=out)
    if summary.get("left_for_retry"):
        print(f"{len(summary['left_for_retry'])} filer som körningen inte hann med ligger i retry/ och läses vid "
              f"nästa körning.", file=out)
    if summary.get("folders_ignored"):
        print(f"OBS: mappar i inkorgen läses inte ({', '.join(summary['folders_ignored'])}); "
              f"lägg filerna direkt i inkorgen.", file=out)
    if summary.get("reports") and not summary["reports"].get("error"):
        print(f"Rapporter: {report_locations(summary['reports'])}", file=out)


REPORT_SV = {"summaries": "ärendesammanfattningar", "register": "registret", "council": "redovisning till KF",
             "followup": "uppföljning av bifallna motioner"}


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


# What `motions ingest` tells a script (README: "Exit codes").
EXIT_OK, EXIT_QUARANTINED, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3


def run_ingest_flow(args) -> int:
    folder = Path(args.paths[0])
    if len(args.paths) != 1 or not folder.is_dir():
        print("FEL: motions ingest tar en inkorg (en mapp); filerna flyttas till archive/ eller quarantine/. "
              "Använd --keep för att läsa in enstaka filer utan att flytta dem.", file=sys.stderr)
        return EXIT_USAGE
    ready, log_file = prepare_flow_run(args.governance, None if args.no_reports else args.out)
    if not ready:
        return EXIT_USAGE
    announce_prefect_start()
    from flows.ingest import ingest_flow, set_progress

    set_progress(ProgressBar())
    try:
        summary = ingest_flow(str(folder), db=args.db, governance=args.governance,
                              outputs=None if args.no_reports else args.out, today=args.today,
                              workers=args.workers, timeout_s=args.timeout)
    except Exception as e:  # noqa: BLE001 - Prefect itself failed: a line for the person, the rest to the log
        logging.getLogger("motions.cli").exception("ingest flow failed")
        summary = {"counts": {}, "files": [], "cases_touched": [],
                   "error": f"Prefect-flödet kunde inte köras: {type(e).__name__}: {e}"}
    if args.json:
        import json

        print(json.dumps(summary, ensure_ascii=False, indent=2, default=str))
    else:
        print_closing_table(summary)
    return exit_code(summary, log_file)


def exit_code(summary: dict, log_file: Path | None) -> int:
    """3 when the run (or its reports) failed or files wait for another try, 1 when
    files went to quarantine, else 0; each failure also gets its FEL line."""
    from flows.ingest import run_errors  # already imported by the run this follows

    errors = run_errors(summary)
    for error in errors:
        where = f" (detaljer i {log_file})" if log_file else ""
        print(f"FEL: {error}{where}", file=sys.stderr)
    if errors or summary["counts"].get("retry"):
        return EXIT_FAILED
    return EXIT_QUARANTINED if summary["counts"].get("quarantined") else EXIT_OK


def check_configuration(governance: str | None, outputs: str | None) -> str | None:
    """What would make the run fail before it starts, as a Swedish sentence: checked
    here so the person hears it at once, not after Prefect has started."""
    from pipeline.errors import MotionsError
    from pipeline.governance import load_governance

    try:
        load_governance(governance)
    except MotionsError as e:
        return e.message
    if outputs:
        out = Path(outputs)
        try:
            out.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=out, prefix=".motions-check-"):
                pass
        except OSError as e:
            return f"rapportmappen {out} går inte att skriva i ({e.strerror or e}). Ange en annan med --out " \
                   f"eller hoppa över rapporterna med --no-reports."
    return None


def log_to_file() -> Path | None:
    """Tracebacks go to a log file in the state folder, never to the person."""
    from pipeline.state import state_dir

    path = state_dir() / "logs" / "motions.log"
    logger = logging.getLogger("motions")
    if any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # Prefect's console handler on the root logger would print it
    logging.getLogger().addHandler(handler)  # Prefect's own warnings and task tracebacks
    return path


def quiet_prefect_console() -> None:
    """A person reads the closing table and FEL lines, not Prefect's log records:
    those still reach Prefect's API (its UI shows them) and the log file. Set before
    Prefect configures its logging, i.e. before flows/ is imported."""
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")


def prepare_flow_run(governance: str | None, outputs: str | None) -> tuple[bool, Path | None]:
    """Before a command that runs a flow: refuse a bad configuration with its FEL line
    (not ready), else send tracebacks to the log file and quiet Prefect's console.
    Returns (ready, the log file or None when it cannot be written)."""
    problem = check_configuration(governance, outputs)
    if problem:
        print(f"FEL: {problem}", file=sys.stderr)
        return False, None
    log_file = log_to_file()
    quiet_prefect_console()
    return True, log_file


def announce_prefect_start() -> None:
    # Without a server, Prefect starts a temporary one first: 10-15 s that would
    # otherwise look like a hang.
    if not os.environ.get("PREFECT_API_URL") and sys.stderr.isatty():
        print("Startar Prefect (en tillfällig server, 10–15 sekunder) …", file=sys.stderr, flush=True)


def cmd_watch(args) -> int:
    if not prepare_flow_run(args.governance, args.out)[0]:
        return EXIT_USAGE
    from flows.watch import watch

    return watch(args.inbox, db=args.db, governance=args.governance, outputs=args.out, poll=args.poll,
                 interval=args.interval, rescan=args.rescan, once=False)


def cmd_report(args) -> int:
    if not prepare_flow_run(args.governance, args.out)[0]:
        return EXIT_USAGE
    from flows.report import report_flow

    paths = report_flow(db=args.db, governance=args.governance, outputs=args.out, today=args.today)
    if paths.get("error"):
        print(f"FEL: {paths['error']}", file=sys.stderr)
        return EXIT_FAILED
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
    p.add_argument("--workers", type=positive_int, metavar="N", help="antal läsprocesser (standard: 2)")
    p.add_argument("--timeout", type=positive_float, default=60.0, metavar="S",
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
    p.add_argument("--interval", type=positive_float, default=2.0, metavar="S",
                   help="sekunder mellan två storlekskontroller av en ny fil (standard: 2)")
    p.add_argument("--rescan", type=positive_float, default=60.0, metavar="S",
                   help="sekunder mellan två genomgångar av hela mappen (standard: 60)")
    p.add_argument("--out", default="outputs", metavar="MAPP", help="var rapporterna skrivs (standard: outputs)")
    common(p)
    p.set_defaults(func=cmd_watch)

    p = sub.add_parser("report", help="skriv ärendesammanfattningar, registret och KF-redovisningen",
                       formatter_class=raw,
                       description="Skriver om alla rapporter: sammanfattning per ärende (.md, .html, .docx), "
                                   "registret (.xlsx, .csv) och redovisningen av motioner som inte är "
                                   "färdigberedda (.docx, .xlsx), daterad enligt styrmodellens redovisningstillfällen, "
                                   "och uppföljningen av förra årets bifallna motioner (.docx, .xlsx).",
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
