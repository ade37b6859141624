"""Where the preparation of an unfinished motion stands, for the council report.

KL 5 kap. 35 § asks the report to give "vad som har framkommit vid beredningen";
councillors ask when the motion will be decided. Three answers per case, each from
the register only and each saying what it rests on:

- `finished(data, gov)`: KS (the board) has proposed KF a decision that still
  stands, so the motion goes to the next KF meeting and is never proposed for
  write-off;
- `emerged(data)`: one or two sentences from its answer, remisser and events, each
  with its document and page/paragraph or §;
- `estimate(data, gov, today)`: an estimated decision date and its basis (the next
  KF meeting, a date the secretariat gave in an earlier report, or the model's
  preparation time after the last step).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.governance import Governance
from pipeline.reports.data import CaseData
from pipeline.reports.labels import clean, fmt_month, location
from pipeline.status import parse_date
from pipeline.vocab import EventKind as E

# Steps that tell what the preparation produced, newest first wins.
TELLING = (E.DECIDED_KS, E.DECIDED_KSAU, E.ANSWER_PROPOSED, E.ATERREMISS, E.REPORTED, E.REMITTED)
EXCERPT = 220  # characters of an answer's comment quoted in the report
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


@dataclass(frozen=True)
class Estimate:
    text: str  # "2024-10-21" or "oktober 2024"
    basis: str  # what the date rests on, in Swedish
    date: dt.date


def finished(data: CaseData, gov: Governance) -> bool:
    """A proposal to KF stands: the board (KS) has proposed a decision, or a
    kallelse to KF carries one, and nothing withdrew it since."""
    return data.case.final_outcome is None and data.proposal_kind == E.DECIDED_KS


def _steps(data: CaseData):
    return [t for t in data.detail.timeline if not t.superseded and t.kind != E.LINKED and t.text]


def _first_sentence(text: str) -> str:
    text = " ".join((clean(text) or "").split())
    first = _SENTENCE.split(text, maxsplit=1)[0]
    return first if len(first) <= EXCERPT else first[: EXCERPT - 1].rsplit(" ", 1)[0] + " …"


def _answer_excerpt(data: CaseData) -> str | None:
    """The answer's first comment on a clause, quoted with where it stands."""
    for clause in data.clauses:
        for k in clause.comments:
            if k.text and k.text.strip():
                return (f"Svaret om att-sats {clause.number}: ”{_first_sentence(k.text)}” "
                        f"({clean(k.document)}, {location(k.page, k.block)})")
    return None


def _decision_quote(data: CaseData) -> str | None:
    d = data.proposed
    if d is None or not d.text:
        return None
    src = ", ".join(x for x in (d.body, d.date.isoformat() if d.date else None, clean(d.document)) if x)
    return f"Förslag till beslut: ”{_first_sentence(d.text)}” ({src})"


def emerged(data: CaseData, gov: Governance | None = None) -> list[str]:
    """What has emerged in the preparation: one or two sentences, each with its source.
    The council handing the motion over (a "remitted" step of KF's own) is no remiss."""
    council = gov.council if gov is not None else "KF"
    steps = _steps(data)
    telling = [t for t in steps if t.kind in TELLING and not (t.kind == E.REMITTED and t.body == council)]
    out: list[str] = []
    if telling:
        out.append(telling[-1].text)
    second = _answer_excerpt(data) or _decision_quote(data)
    if second and not (telling and telling[-1].kind == E.REPORTED and not data.clauses):
        out.append(second)
    if not out and steps:
        out.append(steps[-1].text)
    if len(out) < 2 and not any(t.kind == E.ANSWER_PROPOSED for t in steps):
        out.append("Inget förslag till svar finns ännu i registret.")
    return out[:2] or ["Registret har inga handlingar från beredningen ännu."]


def _reported_date(data: CaseData) -> tuple[dt.date, str] | None:
    """The latest date the secretariat itself gave in a report on unfinished motions."""
    for t in reversed(_steps(data)):
        if t.kind == E.REPORTED:
            done = parse_date(t.estimated_done)
            if done:
                return done, t.where or (t.date.isoformat() if t.date else "")
    return None


def _when(day: dt.date, exact: bool) -> str:
    return day.isoformat() if exact else fmt_month(day)


def next_council(gov: Governance, today: dt.date) -> tuple[dt.date, bool]:
    return gov.council_schedule.next_meeting(today, gov.reporting_months)


def estimate(data: CaseData, gov: Governance, today: dt.date) -> Estimate:
    """An estimated decision date, and what it rests on."""
    sched = gov.council_schedule
    if finished(data, gov):
        day, exact = next_council(gov, today)
        basis = ("nästa sammanträde enligt styrmodellen" if exact else
                 "nästa redovisningsmånad (styrmodellen anger inga sammanträdesdagar)")
        return Estimate(_when(day, exact), f"förslag från {gov.board} finns; {basis}", day)
    given = _reported_date(data)
    if given and given[0] >= today:
        day, exact = sched.next_meeting(given[0], gov.reporting_months)
        return Estimate(_when(day, exact), f"beredningen beräknas klar {given[0].isoformat()} enligt redovisningen "
                                           f"{given[1]}; första sammanträde därefter", day)
    dated = [t for t in _steps(data) if t.date]
    last = dated[-1] if dated else None
    start = max(today, (last.date + dt.timedelta(days=sched.preparation_days)) if last else today)
    day, exact = sched.next_meeting(start, gov.reporting_months)
    since = (f"senaste steget {last.date.isoformat()} ({clean(last.document) or last.kind})" if last
             else "inget daterat steg")
    return Estimate(_when(day, exact), f"styrmodellen: {since} plus {sched.preparation_days} dagars beredning, "
                                       "första sammanträde därefter", day)
