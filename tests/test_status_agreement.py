"""One owner for "which proposal and which decision stand" (issue 9): the status
replay decides; `motions show`, `motions clauses`, the web case page and the case
summary only read its answer, so they can never disagree."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient
from store_fixtures import answer_text, motion_text, protocol_text, store, write_doc, db_url, pg_server  # noqa: F401
from web_fixtures import TESTSERVER

from pipeline import queries
from pipeline.register import ingest
from pipeline.reports.data import load_case
from pipeline.reports.summary import render_markdown
from pipeline.reports.view import summary_view
from app.web import create_app

DNR = "KS 2023/77"
TOPIC = "fler parkbänkar"
CLAUSES = ["kommunen ställer ut fler bänkar i parkerna", "bänkarna får ryggstöd"]
COMMENTS = ["Förvaltningen ser positivt på förslaget.", "Förvaltningen föreslår att att-satsen avslås."]
TODAY = dt.date(2024, 9, 1)


def answer(date: str, decision: str) -> str:
    return answer_text(DNR, TOPIC, date, decision, CLAUSES, COMMENTS)


def kf(date: str, decision: str) -> str:
    return protocol_text("KF", DNR, TOPIC, date, decision)


def everyone_says(store, case_id: int) -> dict:
    """The proposal and decision as each reader of the register shows them."""
    detail = queries.show(store, DNR, today=TODAY)
    rep = queries.clauses(store, DNR, today=TODAY)
    data = load_case(store, case_id, today=TODAY)
    summary = render_markdown(summary_view(data, store.gov, today=TODAY))
    client = TestClient(create_app(store=store, today=TODAY, allowed_hosts=TESTSERVER))
    page = client.get(f"/arende/{case_id}").text
    return {
        "status": (detail.case.proposed_outcome, detail.case.final_outcome),
        "clauses": {(c.proposed_outcome, c.outcome) for c in rep.clauses},
        "summary data": (data.proposed.outcome if data.proposed else None,
                         data.final.outcome if data.final else None),
        "summary text": summary,
        "page": page,
    }


def test_status_agreement_two_final_decisions_the_first_one_stands(store, write_doc):
    files = [write_doc("1_motion.txt", motion_text(DNR, TOPIC, CLAUSES, "2023-02-01")),
             write_doc("2_svar.txt", answer("2023-05-10", "Motionen anses besvarad.")),
             write_doc("3_kf.txt", kf("2023-09-25", "Motionen avslås.")),
             write_doc("4_kf.txt", kf("2023-10-30", "Motionen bifalls."))]  # a second, later final decision
    out = ingest(store, files)
    said = everyone_says(store, out[0].case_id)
    assert said["status"] == ("besvarad", "avslag")
    assert said["clauses"] == {("besvarad", "avslag")}
    assert said["summary data"] == ("besvarad", "avslag")
    detail = queries.show(store, DNR, today=TODAY)
    late = [t for t in detail.timeline if str(t.date) == "2023-10-30"]
    assert late and all(t.flagged for t in late)  # the later one is shown, flagged, and changes nothing
    assert "avslag" in said["summary text"] and "Bifall" not in said["summary text"]
    assert "avslag" in said["page"].lower()


def test_status_agreement_aterremiss_between_two_proposals_the_second_stands(store, write_doc):
    files = [write_doc("1_motion.txt", motion_text(DNR, TOPIC, CLAUSES, "2023-02-01")),
             write_doc("2_svar.txt", answer("2023-05-10", "Motionen avslås.")),
             write_doc("3_kf.txt", kf("2023-06-12", "Ärendet återremitteras till kommunstyrelsen.")),
             write_doc("4_svar.txt", answer("2023-11-20", "Motionen bifalls."))]
    out = ingest(store, files)
    said = everyone_says(store, out[0].case_id)
    assert said["status"] == ("bifall", None)
    assert said["clauses"] == {("bifall", None)}
    assert said["summary data"] == ("bifall", None)
    assert "bifall" in said["summary text"].lower()
    assert "bifall" in said["page"].lower()


@pytest.mark.parametrize("first,second", [("avslag", "bifall"), ("bifall", "avslag")])
def test_status_agreement_replay_names_the_events_that_stand(first, second):
    from pipeline.governance import load_governance
    from pipeline.status import EventIn, replay

    gov = load_governance()
    events = [EventIn(1, "raised", dt.date(2023, 1, 1), "KF", 1, {"basis": "kf"}),
              EventIn(2, "answer_proposed", dt.date(2023, 3, 1), "KS", 2, {"outcome": first}),
              EventIn(3, "aterremiss", dt.date(2023, 4, 1), "KF", 3, {"outcome": "aterremiss"}),
              EventIn(4, "answer_proposed", dt.date(2023, 6, 1), "KS", 4, {"outcome": second}),
              EventIn(5, "decided_kf", dt.date(2023, 9, 1), "KF", 5, {"outcome": second}),
              EventIn(6, "decided_kf", dt.date(2023, 10, 1), "KF", 6, {"outcome": first})]
    st = replay(events, gov, today=dt.date(2024, 1, 1))
    assert (st.proposal.id, st.decision.id) == (4, 5)
    assert (st.proposed_outcome, st.final_outcome) == (second, second)
    assert [s.flagged for s in st.steps][-1] is True
