"""Checks made before a command touches anything, so that it never answers wrongly.

A mistyped `--db` must not become a new, empty register that answers "Inga ärenden
matchar.": a command that only reads the register refuses a database that does not
exist, and leaves nothing behind. Opening the store would create the file (SQLite
does on connect) and migrate the schema into it, so the check is made here, before
the store opens, without writing. Commands that fill the register (ingest, watch,
serve with its upload) still create it, and say so.

An option with a closed vocabulary (stage, outcome) is checked against the loaded
governance model, since each municipality configures its own stages.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

# Commands that only read the register: a missing database is an error.
# `link` writes, but only to a document already stored; `report` and `export`
# write files made from the register, so an empty one would make empty reports.
READS_STORE = frozenset({"cases", "show", "clauses", "search", "link", "report", "export"})
# Commands that fill the register and may create it.
CREATES_STORE = frozenset({"ingest", "watch", "serve"})


class Refused(Exception):
    """A Swedish sentence for the person. Exit code 2, as for argparse's usage errors
    (README, "Exit codes"); `usage` prints the command's usage line first."""

    def __init__(self, message: str, usage: bool = False) -> None:
        super().__init__(message)
        self.message, self.usage = message, usage


# As pipeline.store.engine resolves --db (a test checks they agree). Not imported from
# there: pipeline.store brings SQLAlchemy and Alembic (about 0.7 s), which a refusal
# or --help need not wait for.
ENV_VAR = "MOTIONS_DB_URL"
DEFAULT_PATH = Path("outputs") / "motions.db"


def sqlite_path(db: str | os.PathLike | None) -> tuple[Path | None, str]:
    """The SQLite file `--db` names (None for another database server or an
    in-memory database), and where the name came from, for the message."""
    if db:
        chosen, source = str(db), "--db"
    elif os.environ.get(ENV_VAR):
        chosen, source = os.environ[ENV_VAR], ENV_VAR
    else:
        chosen, source = str(DEFAULT_PATH), "standard"
    if "://" not in chosen:
        return Path(chosen), source
    from sqlalchemy.engine import make_url

    url = make_url(chosen)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None, source
    return Path(url.database), source


def _register_tables(path: Path) -> set[str] | None:
    """The tables of the SQLite file, read without writing; None if it is no SQLite database."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as e:
        raise Refused(f"Databasen {path} går inte att läsa ({e.strerror or e}).") from None
    if head and head != b"SQLite format 3\x00":
        return None
    if not head:
        return set()
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.OperationalError as e:  # SQLite, but it cannot be opened (rights, a lock)
        raise Refused(f"Databasen {path} går inte att öppna ({e}).") from None
    except sqlite3.DatabaseError:  # the header says SQLite, the rest is not ("file is not a database")
        return None


def check_store(command: str, db: str | os.PathLike | None) -> Path | None:
    """Refuse a database the command cannot use. Returns the SQLite file a creating
    command is about to make (None when it exists or is no file), for the notice."""
    if command not in READS_STORE | CREATES_STORE:
        return None
    path, source = sqlite_path(db)
    if path is None:
        return None  # a database server: its own connection error says what is wrong
    hint = f" --db {path}" if source == "--db" else ""
    if path.is_dir():
        raise Refused(f"--db pekar på en mapp, inte en databasfil: {path}. Ange databasfilen, "
                      f"t.ex. --db {path / 'motions.db'}.")
    if not path.exists():
        if command in CREATES_STORE:
            return path
        where = {"--db": "", "standard": " (standard när --db saknas)"}.get(source, f" (från {source})")
        raise Refused(f"Databasen finns inte: {path}{where}. Kör 'motions ingest <mapp>{hint}' först, "
                      f"eller ange rätt sökväg med --db.")
    tables = _register_tables(path)
    if tables is None:
        raise Refused(f"{path} är ingen databas (inte SQLite). Ange ärenderegistrets databasfil med --db.")
    if "cases" not in tables and (tables or command in READS_STORE):
        what = "är tom" if not tables else "är en SQLite-databas men inget ärenderegister"
        raise Refused(f"{path} {what}. Kör 'motions ingest <mapp>{hint}' för att fylla ett register, "
                      f"eller ange rätt sökväg med --db.")
    return None


def announce_new_store(command: str, path: Path | None, before: bool) -> None:
    """Tell the person a new, empty register was made: a mistyped --db for ingest
    would otherwise fill a register nobody reads. serve and watch run until stopped,
    so they say it at the start; ingest says it at the end, if it made one."""
    if path is None or (command in ("serve", "watch")) != before:
        return
    if before:
        print(f"OBS: databasen {path} finns inte; ett nytt, tomt register skapas.", file=sys.stderr)
    elif path.exists():
        print(f"OBS: nytt register skapat: {path}", file=sys.stderr)


def _choice(value: str, choices: dict[str, str], what: str) -> str:
    """The code for a value typed as a code or as its label (any case)."""
    wanted = value.strip().casefold()
    for code, label in choices.items():
        if wanted in (code.casefold(), label.casefold()):
            return code
    valid = ", ".join(f"{code} ({label})" if label.casefold() != code.casefold() else code
                      for code, label in choices.items())
    raise Refused(f"okänt {what} ”{value}”. Välj bland: {valid}.", usage=True)


def stage_code(value: str, gov) -> str:
    return _choice(value, {code: s.label for code, s in gov.stages.items()}, "stadium")


def outcome_code(value: str, gov) -> str:
    return _choice(value, {code: o.label for code, o in gov.outcomes.items()}, "utfall")


def check_options(args) -> None:
    """Stage and outcome as codes of the loaded governance model, or a usage error
    listing the valid ones (a mistyped stage would otherwise match nothing, exit 0).
    The inbox `watch` is given must exist: a mistyped folder would be created and
    watched, empty, until stopped."""
    if args.command == "watch" and not Path(args.inbox).is_dir():
        raise Refused(f"Inkorgen finns inte eller är ingen mapp: {args.inbox}. Ange en befintlig mapp "
                      f"(skapa den först om den ska vara ny).")
    if not (getattr(args, "stage", None) or getattr(args, "outcome", None)):
        return
    from pipeline.governance import load_governance

    gov = load_governance(args.governance)
    if args.stage:
        args.stage = stage_code(args.stage, gov)
    if args.outcome:
        args.outcome = outcome_code(args.outcome, gov)


def year(text: str) -> int:
    """--year as four digits: "23" would match no case and look like an answer."""
    import argparse

    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"ogiltigt år ”{text}”, skriv året med fyra siffror (t.ex. 2023)")
    return int(text)


def positive_int(text: str) -> int:
    import argparse

    if not (text.isascii() and text.isdigit() and int(text) > 0):
        raise argparse.ArgumentTypeError(f"ogiltigt antal ”{text}”, skriv ett heltal större än 0")
    return int(text)


def positive_float(text: str) -> float:
    import argparse
    import math

    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"ogiltigt värde ”{text}”, skriv ett tal större än 0 (t.ex. 2 eller 0.5)")
    return value
