"""The status engine on its own: events in, stage/outcomes/deadline/flags out; and the
governance model's validation messages."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.governance import GovernanceError, load_governance
from pipeline.status import EventIn, clause_states, events_for, next_report, replay, stance_of

GOV = load_governance()
D = dt.date


def ev(i, kind, date, outcome=None, basis=None, active=True):
    payload = {}
    if outcome:
        payload["outcome"] = outcome
    if basis:
        payload["basis"] = basis
    return EventIn(i, kind, D.fromisoformat(date) if date else None, None, i, payload, active)


FULL = [ev(1, "raised", "2023-02-01", basis="document_date"), ev(2, "answer_proposed", "2023-05-10", "besvarad"),
        ev(3, "decided_ks", "2023-06-12", "besvarad"), ev(4, "decided_kf", "2023-09-25", "besvarad")]


def test_status_full_path():
    st = replay(FULL, GOV, today=D(2024, 6, 1))
    assert (st.stage, st.proposed_outcome, st.final_outcome) == ("beslutad", "besvarad", "besvarad")
    # No KF protocol raised it: the clock runs from inlämnad, provisionally.
    assert st.raised_on is None and st.submitted_on == D(2023, 2, 1) and st.deadline_provisional
    assert st.deadline == D(2024, 2, 1) and st.closed_on == D(2023, 9, 25) and st.decided_late_days is None
    # A register written before "submitted" existed stored inlämnad as raised/document_date.
    assert st.steps[0].event.kind == "submitted" and st.steps[0].stage == "inlamnad"
    assert not st.overdue and not any(s.flagged for s in st.steps) and st.next_report is None


def test_status_order_of_arrival_does_not_matter():
    assert replay(list(reversed(FULL)), GOV, today=D(2024, 6, 1)) == replay(FULL, GOV, today=D(2024, 6, 1))


@pytest.mark.parametrize("today,days_left,overdue", [
    (D(2024, 1, 31), 1, False), (D(2024, 2, 1), 0, False), (D(2024, 2, 2), -1, True),
])
def test_status_deadline_is_one_year_from_the_clock_start(today, days_left, overdue):
    st = replay(FULL[:2], GOV, today=today)
    assert (st.deadline, st.days_left, st.overdue) == (D(2024, 2, 1), days_left, overdue)


def test_status_kf_raised_date_wins_over_motion_date():
    events = [ev(1, "raised", "2023-02-01", basis="document_date"), ev(2, "raised", "2023-02-20", basis="kf"),
              ev(3, "remitted", "2023-02-20")]
    st = replay(events, GOV, today=D(2023, 3, 1))
    assert st.raised_on == D(2023, 2, 20) and st.stage == "remitterad"
    assert st.submitted_on == D(2023, 2, 1) and not st.deadline_provisional and st.deadline == D(2024, 2, 20)
    assert not any(s.flagged for s in st.steps)


def test_status_governance_days_change_deadline(tmp_path):
    own = tmp_path / "g.yaml"
    own.write_text("kinds:\n  motion:\n    days: 180\n", encoding="utf-8")
    st = replay(FULL[:2], load_governance(own), today=D(2023, 8, 1))
    assert st.deadline == D(2023, 7, 31) and st.overdue


@pytest.mark.parametrize("raised,deadline", [
    ("2024-02-19", D(2025, 2, 19)),  # one calendar year, not 365 days (2024 is a leap year)
    ("2024-02-29", D(2025, 2, 28)),  # a leap day plus one year
    ("2023-03-01", D(2024, 3, 1)),
])
def test_status_deadline_counts_calendar_years_and_leap_days(raised, deadline):
    st = replay([ev(1, "raised", raised, basis="kf")], GOV, today=D(2024, 3, 1))
    assert st.deadline == deadline and not st.deadline_provisional


@pytest.mark.parametrize("period,deadline", [
    ("months: 6", D(2023, 8, 28)), ("days: 90", D(2023, 5, 29)), ("years: 2", D(2025, 2, 28)),
])
def test_status_governance_period_in_years_months_or_days(tmp_path, period, deadline):
    own = tmp_path / "g.yaml"
    own.write_text(f"kinds:\n  motion:\n    {period}\n", encoding="utf-8")
    st = replay([ev(1, "raised", "2023-02-28", basis="kf")], load_governance(own), today=D(2023, 3, 1))
    assert st.deadline == deadline


def test_status_governance_refuses_two_periods_for_one_kind(tmp_path):
    own = tmp_path / "g.yaml"
    own.write_text("kinds:\n  motion:\n    label: motion\n    days: 90\n    months: 3\n", encoding="utf-8")
    with pytest.raises(GovernanceError, match="exakt en av years, months eller days"):
        load_governance(own)


def test_status_decision_after_the_deadline_counts_the_days_late():
    events = [ev(1, "raised", "2023-02-20", basis="kf"), ev(2, "decided_kf", "2024-03-01", "avslag")]
    st = replay(events, GOV, today=D(2024, 6, 1))
    assert st.deadline == D(2024, 2, 20) and st.decided_late_days == 10 and not st.overdue


def test_status_aterremiss_resets_proposal_and_goes_back():
    events = FULL[:3] + [ev(4, "aterremiss", "2023-09-25", "aterremiss")]
    st = replay(events, GOV, today=D(2023, 10, 1))
    assert st.stage == "beredning" and st.proposed_outcome is None and st.final_outcome is None
    assert not any(s.flagged for s in st.steps)


def test_status_bordlagd_stays():
    st = replay(FULL[:3] + [ev(4, "bordlagd", "2023-09-25", "bordlagd")], GOV, today=D(2023, 10, 1))
    assert st.stage == "ks" and st.proposed_outcome == "besvarad"


@pytest.mark.parametrize("extra,reason", [
    (ev(9, "answer_proposed", "2023-10-01", "bifall"), "redan avslutat"),
    (ev(9, "decided_kf", "2023-10-01", "avslag"), "redan avslutat"),
])
def test_status_event_after_final_is_flagged_not_dropped(extra, reason):
    st = replay(FULL + [extra], GOV, today=D(2024, 1, 1))
    flagged = [s for s in st.steps if s.flagged]
    assert [s.event.id for s in flagged] == [9] and reason in flagged[0].reason
    assert st.final_outcome == "besvarad"  # a stray document does not reopen the case
    assert len(st.steps) == 5


def test_status_backward_move_is_flagged():
    events = FULL[:3] + [ev(4, "remitted", "2023-07-01")]
    st = replay(events, GOV, today=D(2023, 8, 1))
    assert [s.event.id for s in st.steps if s.flagged] == [4]
    assert "övergången KS → remitterad" in st.steps[-1].reason


def test_status_superseded_events_are_shown_not_replayed():
    events = FULL[:2] + [ev(5, "answer_proposed", "2023-05-09", "avslag", active=False)]
    st = replay(events, GOV, today=D(2023, 8, 1))
    assert st.proposed_outcome == "besvarad" and len(st.steps) == 3


def test_status_missing_date_flagged():
    st = replay([ev(1, "answer_proposed", None, "besvarad")], GOV, today=D(2023, 8, 1))
    assert st.steps[0].flagged and st.steps[0].reason == "datum saknas" and st.deadline is None


@pytest.mark.parametrize("doc_type,body,outcome,proposed,kinds", [
    ("motion", "KF", None, None, ["submitted"]),
    ("citizen_proposal", None, None, None, ["submitted"]),
    ("answer", "KS", "besvarad", True, ["answer_proposed"]),
    ("protocol_extract", "KS", "besvarad", True, ["decided_ks"]),
    ("protocol_extract", "KSAU", "avslag", True, ["decided_ksau"]),
    ("protocol_extract", "KF", "bifall", False, ["decided_kf"]),
    ("protocol_extract", "KF", "aterremiss", False, ["aterremiss"]),
    ("protocol_extract", "KF", "bordlagd", False, ["bordlagd"]),
    ("protocol_extract", "KF", "avskriven", False, ["avskriven"]),
    ("protocol_extract", "KF", "overlamnad", False, ["raised", "remitted"]),
    ("protocol_extract", "KF", None, None, []),
    ("other", "KF", None, None, []),
])
def test_status_events_for_documents(doc_type, body, outcome, proposed, kinds):
    decision = {"outcome": outcome, "proposed": proposed} if outcome else None
    assert [e.kind for e in events_for(doc_type, body, D(2023, 1, 1), decision, GOV)] == kinds


def test_status_clause_states_whole_and_per_clause():
    proposal = {"outcome": "besvarad", "clause_outcomes": {}}
    decision = {"outcome": "delvis_bifall", "clause_outcomes": {2: "avslag"}}
    out = clause_states([1, 2, 3], {1: "positive"}, proposal, decision)
    assert [(c.state, c.outcome) for c in out] == [("decided", "delvis_bifall"), ("decided", "avslag"),
                                                   ("decided", "delvis_bifall")]
    out = clause_states([1, 2], {1: "positive"}, proposal, None)
    assert [(c.state, c.stance, c.proposed_outcome) for c in out] == [("commented", "positive", "besvarad"),
                                                                     ("open", None, "besvarad")]


@pytest.mark.parametrize("text,stance", [
    ("Förvaltningen föreslår att att-satsen bifalls.", "positive"),
    ("Förvaltningen föreslår att att-satsen avslås.", "negative"),
    ("Arbetet pågår redan.", "neutral"),
    ("Måluppfyllelse redovisas i årsredovisningen.", None),
])
def test_status_stance_words(text, stance):
    assert stance_of(text, GOV) == stance


@pytest.mark.parametrize("today,expected", [(D(2024, 1, 15), D(2024, 4, 1)), (D(2024, 4, 30), D(2024, 4, 1)),
                                            (D(2024, 5, 2), D(2024, 10, 1)), (D(2024, 11, 1), D(2025, 4, 1))])
def test_status_next_report_month(today, expected):
    assert next_report(GOV, today) == expected


# ---- governance file errors -----------------------------------------------------------

@pytest.mark.parametrize("text,line,key", [
    ("kinds:\n  motion:\n    days: många\n", 3, "kinds.motion.days"),
    ("kinds:\n  motion:\n    days: -5\n", 3, "kinds.motion.days"),
    ("name: x\nbodies:\n  KF: fullmäktige\ncouncel: KF\n", 4, "councel"),
    ("events:\n  raised: nowhere\n", 2, "events.raised"),
    ("transitions:\n  vackt: [ks, bogus]\n", 2, "transitions.vackt.1"),
    ("reporting_months: [4, 13]\n", 1, "reporting_months.1"),
])
def test_status_governance_error_names_key_and_line(tmp_path, text, line, key):
    path = tmp_path / "g.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GovernanceError) as err:
        load_governance(path)
    assert f"{path}, rad {line}" in str(err.value) and f"'{key}'" in str(err.value)


def test_status_governance_yaml_syntax_error_has_line(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("kinds:\n  motion: [1,\n", encoding="utf-8")
    with pytest.raises(GovernanceError, match="rad 3"):
        load_governance(path)


def test_status_governance_own_body_names(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("bodies:\n  FM: fullmäktige\n  KS: kommunstyrelsen\ncouncil: FM\n", encoding="utf-8")
    g = load_governance(path)
    assert [e.kind for e in events_for("protocol_extract", "FM", D(2023, 1, 1), {"outcome": "bifall"}, g)] == ["decided_kf"]
