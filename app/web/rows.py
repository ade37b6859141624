"""The register's rows as the pages sort and word them (the register and the
unfinished motions)."""

from __future__ import annotations

from app.web.params import small_int
from pipeline import queries

SORTS = ("dnr", "title", "proposers", "stage", "outcome", "raised", "deadline", "days")


def _dnr_sort(r: queries.CaseRow):
    key = r.dnr_key or ""
    org, _, rest = key.partition(" ")
    year, _, serial = rest.partition("/")
    return (org, small_int(year) or 0, small_int(serial) or 0, r.id) if key else None


def sort_rows(rows: list[queries.CaseRow], sort: str, order: str, gov) -> list[queries.CaseRow]:
    """Sorted by `sort` (one of SORTS), rows without a value last whatever the order."""
    stage_index = {k: i for i, k in enumerate(gov.stages)}

    def key(r):
        if sort == "dnr":
            return _dnr_sort(r)
        if sort == "title":
            return (r.title or "").lower() or None
        if sort == "proposers":
            return (r.proposers or "").lower() or None
        if sort == "stage":
            return stage_index.get(r.stage)
        if sort == "outcome":
            o = r.final_outcome or r.proposed_outcome
            return (r.final_outcome is None, gov.outcome_label(o)) if o else None
        if sort == "raised":
            return r.raised_on or r.submitted_on
        if sort == "deadline":
            return r.deadline
        return r.days_left if r.final_outcome is None else None

    have = [r for r in rows if key(r) is not None]
    missing = [r for r in rows if key(r) is None]
    have.sort(key=key, reverse=order == "desc")
    return have + missing


def outcome_text(gov, row: queries.CaseRow) -> str:
    if row.final_outcome:
        return gov.outcome_label(row.final_outcome)
    if row.proposed_outcome:
        return f"förslag: {gov.outcome_label(row.proposed_outcome)}"
    return "–"
