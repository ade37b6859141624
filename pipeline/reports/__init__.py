"""Reports for people, in Swedish: case summaries, the register as a spreadsheet,
the council report on unfinished motions and the yearly follow-up of granted ones.

    from pipeline.reports import write_all
    paths = write_all(store, "outputs", case_ids=touched)   # after each ingest

writes `outputs/summaries/<KS-2020-399>.md|.html|.docx` for the touched cases (all
cases when `case_ids` is None), `outputs/register.xlsx|.csv` and
`outputs/redovisning-ej-fardigberedda-<YYYY-MM>.docx|.xlsx` and
`outputs/uppfoljning-bifallna-motioner-<last year>.docx|.xlsx`. Every file is replaced
atomically. The library never imports Prefect; flows/report.py calls this.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.reports.council import write_council_report
from pipeline.reports.data import load_cases
from pipeline.reports.followup import write_followup_report
from pipeline.reports.register import export_register
from pipeline.reports.summary import write_case_summary, write_summaries, write_summary
from pipeline.store import Store

SUMMARY_DIR = "summaries"


@dataclass(frozen=True)
class ReportPaths:
    summaries: list[Path] = field(default_factory=list)
    register: list[Path] = field(default_factory=list)
    council: list[Path] = field(default_factory=list)
    followup: list[Path] = field(default_factory=list)

    @property
    def all(self) -> list[Path]:
        return [*self.summaries, *self.register, *self.council, *self.followup]


def write_all(store: Store, out_dir: str | Path, *, case_ids: list[int] | None = None,
              today: dt.date | None = None) -> ReportPaths:
    """Summaries for `case_ids` (None: every case; []: none), then the register and
    the council report and the follow-up of last year's granted motions over every
    case. Each case is read once and shared by the reports, so they agree."""
    today = today or dt.date.today()
    out_dir = Path(out_dir)
    cases = load_cases(store, today=today)
    wanted = None if case_ids is None else set(case_ids)
    summaries: list[Path] = []
    for data in cases:
        if wanted is None or data.case.id in wanted:
            summaries += write_summary(data, store, out_dir / SUMMARY_DIR, today=today)
    register = export_register(store, out_dir, today=today, cases=cases)
    council = write_council_report(store, out_dir, today=today, cases=cases)
    followup = write_followup_report(store, out_dir, today=today, cases=cases)
    return ReportPaths(summaries, register, council, followup)


__all__ = ["ReportPaths", "export_register", "write_all", "write_case_summary", "write_council_report",
           "write_followup_report", "write_summaries"]
