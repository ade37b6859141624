"""Swedish words and small formatting rules shared by every report.

The reports are read by the secretariat, so every label is Swedish here and the
code around it stays English. Text from documents is untrusted and may hold
characters that XML 1.0 forbids (Word's vertical tab for a line break, a stray NUL):
python-docx and openpyxl raise on them, so `clean` runs before any writer sees text.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from pipeline.labels import (  # noqa: F401  - the reports' words come from the one label table
    DASH, DEADLINE_SV, DOC_TYPE_SV, EVENT_SV, LINK_SV, NO_DNR, STANCE_SV, STATE_SV, STATUS_SV, clause_state_text,
    days_left_text, dnr_text,
)
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
             "oktober", "november", "december")

# XML 1.0 forbids these; \t, \n and \r are allowed and kept (the formula guard
# handles a leading tab or CR). Word writes \x0b for a manual line break.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_UNSAFE_NAME = re.compile(r"[^0-9A-Za-zÅÄÖåäöÉé]+")


def clean(text) -> str | None:
    if text is None:
        return None
    return _ILLEGAL.sub(" ", str(text))


def event_label(kind: str) -> str:
    return EVENT_SV.get(kind, kind)


def kind_label(gov, kind: str) -> str:
    k = gov.kinds.get(kind)
    return k.label if k else kind


def body_name(gov, code: str | None) -> str:
    """"KS" → "kommunstyrelsen"; an unknown code is shown as written."""
    if not code:
        return DASH
    return gov.bodies.get(code, code)


def fmt_date(d: dt.date | None) -> str:
    return d.isoformat() if d else DASH


def fmt_month(d: dt.date | None) -> str:
    return f"{MONTHS_SV[d.month - 1]} {d.year}" if d else DASH


def location(page: int | None, block: int | None) -> str:
    """Where in its document a text stands, for a person: 1-based "sida" and "stycke"
    (blocks are 0-based in the records, pages already 1-based)."""
    parts = []
    if page is not None:
        parts.append(f"sida {page}")
    if block is not None:
        parts.append(f"stycke {block + 1}")
    return ", ".join(parts) or DASH


def short_rule(rule: str) -> str:
    """"Kommunallagen 5 kap. 35 §" → "KL 5 kap. 35 §", the way a protocol cites it."""
    return re.sub(r"^[Kk]ommunallagen\b", "KL", rule.strip())


def split_proposers(proposers: str | None) -> list[tuple[str, str | None]]:
    """The cached "Anna Berg (S); Olle Ek (C)" back into (name, party) pairs."""
    out = []
    for part in (proposers or "").split("; "):
        if not part:
            continue
        m = re.match(r"^(.*?) \(([^()]*)\)$", part)
        out.append((m.group(1), m.group(2)) if m else (part, None))
    return out


def parties_of(proposers: str | None) -> list[str]:
    return list(dict.fromkeys(p for _, p in split_proposers(proposers) if p))


def safe_name(dnr_key: str | None, case_id: int) -> str:
    """File stem of a case: the Dnr key made safe ("KS 2020/399" → "KS-2020-399"), or
    "arende-<id>" without one. Keys come from document text, so nothing of them may
    reach the file system unfiltered (no "/", "..", or a drive letter)."""
    stem = _UNSAFE_NAME.sub("-", dnr_key or "").strip("-")[:80]
    return stem or f"arende-{case_id}"


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed over it only when the writer succeeds:
    a person opening the report while it is regenerated sees the old or the new
    file, never half of one, and a failed write leaves the old file in place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # A fresh name rather than mkstemp: mkstemp's file is mode 0600, and the report
    # should get the usual permissions (umask) like any file the writers create.
    tmp = path.parent / f".{path.stem}.{uuid.uuid4().hex[:12]}.tmp{path.suffix}"
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def raised_text(case) -> str:
    """Väckt as a person should read it: the KF meeting's date, or, before a KF
    protocol has raised the motion, that it is only inlämnad."""
    if case.raised_on:
        return fmt_date(case.raised_on)
    return f"ej väckt ännu (inlämnad {fmt_date(case.submitted_on)})" if case.submitted_on else DASH


def deadline_text(case) -> str:
    """The deadline with what it rests on: provisional until the motion is raised,
    and how late a decision came when it came after the deadline."""
    if not case.deadline:
        return DASH
    text = fmt_date(case.deadline)
    if case.deadline_provisional:
        text += " (preliminärt, räknat från inlämningsdagen)"
    if case.decided_late_days:
        text += f"; avgjord {days_left_text(-case.decided_late_days)}"
    return text
