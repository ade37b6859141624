"""The register as a spreadsheet: `register.xlsx` (sheets "Ärenden" and "Att-satser")
and the same tables as `register.csv` and `register_att-satser.csv`.

    export_register(store, "outputs", today=date.today())

The status columns are replayed for `today` like `motions cases`; every text cell
that could start a formula is written as text (see pipeline.reports.sheets).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.reports.data import CaseData, load_cases
from pipeline.reports.labels import STANCE_SV, body_name, clause_state_text, kind_label, location, parties_of
from pipeline.reports.sheets import frame, write_csv, write_xlsx
from pipeline.store import Store

CASE_COLUMNS = [
    "Ärende", "Dnr", "Dnr-nyckel", "Ärendeslag", "Titel", "Kommun", "Förslagsställare", "Partier", "Inlämnad",
    "Väckt", "Ska beslutas senast", "Preliminär tidsgräns", "Avgjord efter tidsgränsen (dagar)", "Dagar kvar", "Försenad", "Stadium", "Organ", "Föreslaget utfall", "Beslut", "Beslutsdatum",
    "Nästa redovisning", "Att-satser", "Dokument", "Varningar", "Granskas",
]
CLAUSE_COLUMNS = [
    "Ärende", "Dnr", "Titel", "Nr", "Att-sats", "Läge", "Hållning", "Föreslaget utfall", "Utfall", "Dokument",
    "Sida", "Stycke", "Kommentar", "Kommentarens källa",
]
CASE_INTS = ("Ärende", "Dagar kvar", "Att-satser", "Dokument", "Varningar")
CLAUSE_INTS = ("Ärende", "Nr", "Sida", "Stycke")


def _review(data: CaseData) -> str | None:
    notes = []
    if data.case.needs_review:
        notes.append("osäker koppling")
    if data.case.flagged_events:
        notes.append(f"{data.case.flagged_events} flaggade händelser")
    partial = sum(1 for d in data.detail.documents if d.status == "partial")
    if partial:
        notes.append(f"{partial} delvis inlästa dokument")
    return "; ".join(notes) or None


def case_rows(cases: list[CaseData], gov) -> list[dict]:
    rows = []
    for data in cases:
        c, d = data.case, data.detail
        decided = c.final_outcome is not None
        rows.append({
            "Ärende": c.id, "Dnr": c.dnr, "Dnr-nyckel": c.dnr_key, "Ärendeslag": kind_label(gov, c.kind),
            "Titel": c.title, "Kommun": d.municipality, "Förslagsställare": c.proposers,
            "Partier": ", ".join(parties_of(c.proposers)) or None, "Inlämnad": c.submitted_on,
            "Väckt": c.raised_on, "Ska beslutas senast": c.deadline,
            "Preliminär tidsgräns": "Ja" if c.deadline_provisional else None,
            "Avgjord efter tidsgränsen (dagar)": c.decided_late_days,
            "Dagar kvar": None if decided else c.days_left,
            "Försenad": "Ja" if c.overdue else None, "Stadium": c.stage_label,
            "Organ": body_name(gov, data.current_body) if data.current_body else None,
            "Föreslaget utfall": gov.outcome_label(c.proposed_outcome) if c.proposed_outcome else None,
            "Beslut": gov.outcome_label(c.final_outcome) if decided else None, "Beslutsdatum": d.closed_on,
            "Nästa redovisning": d.next_report, "Att-satser": len(data.clauses),
            "Dokument": sum(1 for x in d.documents if x.same_as is None and x.superseded_by is None),
            "Varningar": sum(len(x.warnings) for x in d.documents), "Granskas": _review(data),
        })
    return rows


def clause_rows(cases: list[CaseData], gov) -> list[dict]:
    rows = []
    for data in cases:
        c = data.case
        for x in data.clauses:
            rows.append({
                "Ärende": c.id, "Dnr": c.dnr or c.dnr_key, "Titel": c.title, "Nr": x.number, "Att-sats": x.text,
                "Läge": clause_state_text(x.state, x.stance, x.proposed_outcome),
                "Hållning": STANCE_SV.get(x.stance) if x.stance else None,
                "Föreslaget utfall": gov.outcome_label(x.proposed_outcome) if x.proposed_outcome else None,
                "Utfall": gov.outcome_label(x.outcome) if x.outcome else None, "Dokument": x.document,
                "Sida": x.page, "Stycke": None if x.block is None else x.block + 1,  # 1-based for people
                "Kommentar": "\n\n".join(k.text for k in x.comments) or None,
                "Kommentarens källa": "\n\n".join(f"{k.document}, {location(k.page, k.block)}"
                                                  for k in x.comments) or None,
            })
    return rows


def export_register(store: Store, out_dir: str | Path, *, today: dt.date,
                    cases: list[CaseData] | None = None) -> list[Path]:
    """register.xlsx, register.csv and register_att-satser.csv in `out_dir`.
    `cases` lets write_all pass the cases it already loaded."""
    out_dir = Path(out_dir)
    cases = load_cases(store, today=today) if cases is None else cases
    gov = store.gov
    case_df = frame(case_rows(cases, gov), CASE_COLUMNS, ints=CASE_INTS)
    clause_df = frame(clause_rows(cases, gov), CLAUSE_COLUMNS, ints=CLAUSE_INTS)
    overdue = {i for i, data in enumerate(cases) if data.case.overdue}
    xlsx = write_xlsx(out_dir / "register.xlsx", [("Ärenden", case_df), ("Att-satser", clause_df)],
                      marked={"Ärenden": overdue},
                      wrap={"Ärenden": {"Titel", "Förslagsställare"},
                            "Att-satser": {"Titel", "Att-sats", "Kommentar", "Kommentarens källa"}})
    return [xlsx, write_csv(case_df, out_dir / "register.csv"),
            write_csv(clause_df, out_dir / "register_att-satser.csv")]
