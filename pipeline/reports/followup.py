"""The yearly follow-up: "Uppföljning av bifallna motioner".

    write_followup_report(store, "outputs", today=date(2025, 3, 1))          # year 2024
    → outputs/uppfoljning-bifallna-motioner-2024.docx and .xlsx

Municipal audits keep finding granted motions that were never carried out. For
every motion and medborgarförslag that KF granted, wholly or in part, in the year
(default: the year before `today`), the report lists each granted att-sats, the
body it was given to and what the register knows of the case since the decision.
The body comes from the decision's words ("uppdrar åt tekniska nämnden"), else
from the clause ("att kommunstyrelsen får i uppdrag"), else the report says that
the decision names none; each says where it was read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.governance import Governance
from pipeline.labels import OUTCOME_SV
from pipeline.reports import docx_util
from pipeline.reports.data import CaseData, load_cases
from pipeline.reports.labels import DASH, body_name, clean, dnr_text, fmt_date, kind_label, split_proposers
from pipeline.reports.sheets import frame, write_xlsx
from pipeline.store import Store
from pipeline.vocab import EventKind as E, Outcome

TITLE = "Uppföljning av bifallna motioner"
GRANTED = (Outcome.BIFALL, Outcome.DELVIS_BIFALL)
WHOLE = "hela motionen"
COLUMNS = ["Dnr", "Ärende", "Slag", "Förslagsställare", "Beslut", "Beslutsdatum", "Att-sats", "Bifallen att-sats",
           "Uppdraget till", "Var det står", "Sedan beslutet"]
DOCX_COLUMNS = ["Dnr", "Ärende", "Beslut", "Bifallen att-sats", "Uppdraget till", "Sedan beslutet"]
DOCX_WIDTHS = [0.1, 0.17, 0.2, 0.23, 0.13, 0.17]
_ORGAN = r"(?P<body>(?:[a-zåäö\-]+\s+){0,4}?[a-zåäö\-]*(?:nämnden|styrelsen|förvaltningen|utskottet|bolaget))"
_GIVEN = [re.compile(r"\buppdra(?:r|s|)\s+(?:åt|till)\s+" + _ORGAN, re.I),
          re.compile(r"\b(?:ger|ges|ge)\s+" + _ORGAN + r"\s+i\s+uppdrag", re.I),
          re.compile(_ORGAN + r"\s+(?:får|ges|ska\s+få)\s+i\s+uppdrag", re.I)]


@dataclass(frozen=True)
class Row:
    data: CaseData
    number: int | None  # None: the whole motion (no clauses known)
    clause: str
    given_to: str
    given_where: str
    since: list[str]


def report_year(today: dt.date) -> int:
    return today.year - 1


def given_to(text: str | None, gov: Governance, *, by_name: bool = False) -> str | None:
    """The body a decision or clause hands the task to, as written ("tekniska nämnden").
    `by_name`: a clause that names a body of the model as its subject ("att tekniska
    nämnden ser över …") gives it the task too; a decision that only mentions one
    ("med hänvisning till kommunstyrelsens förslag") does not."""
    flat = " ".join((clean(text) or "").split())
    for pattern in _GIVEN:
        m = pattern.search(flat)
        if m:
            return m.group("body").strip().lower()
    if not by_name:
        return None
    low = flat.lower()
    return next((name for name in gov.bodies.values() if name != gov.bodies[gov.council]
                 and re.search(rf"^(?:att\s+)?{re.escape(name.lower())}\b(?!s)", low)), None)


def _decided(data: CaseData, year: int) -> bool:
    f = data.final
    return bool(f and f.outcome in GRANTED and f.date and f.date.year == year)


def _since(data: CaseData) -> list[str]:
    """Every step after the decision, and documents dated after it."""
    day = data.final.date
    steps = [t.text for t in data.detail.timeline
             if t.date and t.date > day and not t.superseded and t.kind != E.LINKED and t.text]
    named = {t.document_id for t in data.detail.timeline}
    docs = [f"{clean(d.name)} ({fmt_date(d.date)})" for d in data.detail.documents
            if d.date and d.date > day and d.same_as is None and d.id not in named]
    return steps + docs or [f"Inget i registret efter beslutet {fmt_date(day)}."]


def rows_for(data: CaseData, gov: Governance) -> list[Row]:
    f = data.final
    decision_body = given_to(f.text, gov)
    since = _since(data)
    granted = [c for c in data.clauses if c.outcome == Outcome.BIFALL]
    if not data.clauses:
        granted = []
    out = []
    for c in granted or [None]:
        body, where = decision_body, "beslutet"
        if body is None and c is not None:
            body, where = given_to(c.text, gov, by_name=True), "att-satsen"
        if body is None:
            prepared = data.proposed.body if data.proposed and data.proposed.body else None
            body, where = "anges inte i beslutet", (f"beredningen: {body_name(gov, prepared)}" if prepared else DASH)
        src = f"{where} ({clean(f.document)})" if where == "beslutet" else (
            f"{where} ({clean(c.document)})" if where == "att-satsen" else where)
        out.append(Row(data, c.number if c else None, clean(c.text) if c else WHOLE, body, src, since))
    return out


def followup_rows(gov: Governance, cases: list[CaseData], year: int) -> list[Row]:
    chosen = sorted((c for c in cases if _decided(c, year)), key=lambda c: (c.final.date, c.case.id))
    return [r for c in chosen for r in rows_for(c, gov)]


def _decision_text(data: CaseData) -> str:
    step = next((t for t in data.detail.timeline if t.kind == E.DECIDED_KF and not t.superseded
                 and t.date == data.final.date), None)
    return step.text if step and step.text else f"{OUTCOME_SV.get(data.final.outcome, data.final.outcome)} ({fmt_date(data.final.date)})"


def intro(gov: Governance, year: int, rows: list[Row]) -> list[str]:
    council = body_name(gov, gov.council)
    cases = len({r.data.case.id for r in rows})
    lines = [f"Motioner och medborgarförslag som {council} bifallit helt eller delvis under {year}: varje bifallen "
             "att-sats, det organ som fick uppdraget och vad ärenderegistret känner till om ärendet sedan beslutet.",
             "Uppdraget till läses ur beslutets ord (t.ex. ”uppdrar åt tekniska nämnden”), annars ur att-satsen; "
             "står det ingenstans sägs det. Registret vet bara det som kommit in som handlingar: att inget finns "
             "efter beslutet betyder att ingen återrapport har diarieförts i ärendet, inte att inget har gjorts."]
    lines.append(f"{cases} ärenden med {len(rows)} bifallna att-satser." if rows else
                 f"Inga motioner eller medborgarförslag bifölls under {year} enligt registret.")
    return lines


def build_docx(gov: Governance, rows: list[Row], *, year: int, today: dt.date):
    title = f"{TITLE} {year}"
    doc = docx_util.WordDocument(title, landscape=True)
    doc.heading(title, 1)
    doc.paragraph(f"Underlag per {today.isoformat()} ur ärenderegistret.")
    doc.heading("Om uppföljningen", 2)
    for line in intro(gov, year, rows):
        doc.paragraph(line)
    doc.heading("Bifallna att-satser", 2)
    if rows:
        table = [[clean(dnr_text(r.data.case.dnr, r.data.case.dnr_key)),
                  [clean(r.data.case.title) or DASH, "; ".join(n + (f" ({p})" if p else "")
                                                          for n, p in split_proposers(r.data.case.proposers)) or DASH],
                  _decision_text(r.data), f"{r.number}. {r.clause}" if r.number else r.clause,
                  [r.given_to, r.given_where], r.since] for r in rows]
        doc.table(DOCX_COLUMNS, table, widths=DOCX_WIDTHS, size=8, small_lines={1: {1}, 4: {1}})
    else:
        doc.paragraph(intro(gov, year, rows)[-1])
    return doc


def _sheet(gov: Governance, rows: list[Row]) -> list[dict]:
    return [{"Dnr": dnr_text(r.data.case.dnr, r.data.case.dnr_key), "Ärende": r.data.case.title,
             "Slag": kind_label(gov, r.data.case.kind), "Förslagsställare": r.data.case.proposers,
             "Beslut": _decision_text(r.data), "Beslutsdatum": r.data.final.date, "Att-sats": r.number,
             "Bifallen att-sats": r.clause, "Uppdraget till": r.given_to, "Var det står": r.given_where,
             "Sedan beslutet": "\n".join(r.since)} for r in rows]


def write_followup_report(store: Store, out_dir: str | Path, *, today: dt.date, year: int | None = None,
                          cases: list[CaseData] | None = None) -> list[Path]:
    out_dir = Path(out_dir)
    gov = store.gov
    year = year or report_year(today)
    cases = load_cases(store, today=today) if cases is None else cases
    rows = followup_rows(gov, cases, year)
    stem = f"uppfoljning-bifallna-motioner-{year}"
    docx_path = build_docx(gov, rows, year=year, today=today).save(out_dir / f"{stem}.docx")
    sheet = "Bifallna att-satser"
    xlsx_path = write_xlsx(out_dir / f"{stem}.xlsx", [(sheet, frame(_sheet(gov, rows), COLUMNS, ints=("Att-sats",)))],
                           wrap={sheet: {"Ärende", "Beslut", "Bifallen att-sats", "Sedan beslutet"}},
                           notes={"Om uppföljningen": [f"{TITLE} {year}", f"Underlag per {today.isoformat()}.", "",
                                                       *intro(gov, year, rows)]})
    return [docx_path, xlsx_path]
