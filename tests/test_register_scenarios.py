"""Scenarios of a motion's life, ingested as small .txt documents in any order, on
SQLite and PostgreSQL. Each test builds its own documents so that the sample set
can change without breaking these."""

from __future__ import annotations

import datetime as dt

import pytest
from store_fixtures import answer_text, db_url, motion_text, pg_server, protocol_text, store, write_doc  # noqa: F401

from pipeline import queries
from pipeline.register import ingest, ingest_file

DNR = "KS 2023/50"
TOPIC = "cykelvägar i Testby"
CLAUSES = ["kommunen bygger en cykelväg mellan Norra och Södra Testby", "cykelvägen får belysning"]
COMMENTS = ["Förvaltningen ser positivt på förslaget och cykelvägen finns med i planen.",
            "Belysning kan inte prioriteras, förvaltningen föreslår att att-satsen avslås."]
TODAY = dt.date(2024, 6, 1)


def motion(date="2023-02-01", dnr=DNR):
    return motion_text(dnr, TOPIC, CLAUSES, date)


def answer(date="2023-05-10", decision="Motionen anses besvarad.", comments=COMMENTS):
    return answer_text(DNR, TOPIC, date, decision, CLAUSES, comments)


def kf(date, decision, heading=None):
    return protocol_text("KF", DNR, TOPIC, date, decision, heading=heading)


def ks(date, decision="Motionen anses besvarad."):
    return protocol_text("KS", DNR, TOPIC, date, decision)


def kinds(detail):
    return [(t.kind, str(t.date)) for t in detail.timeline if not t.superseded]


def test_register_full_path_motion_answer_ks_kf(store, write_doc):
    files = [write_doc("1_motion.txt", motion()), write_doc("2_svar.txt", answer()),
             write_doc("3_ks.txt", ks("2023-06-12")), write_doc("4_kf.txt", kf("2023-09-25", "Motionen anses besvarad."))]
    out = ingest(store, files)
    assert [o.action for o in out] == ["stored"] * 4
    assert len({o.case_id for o in out}) == 1
    d = queries.show(store, DNR, today=TODAY)
    assert kinds(d) == [("submitted", "2023-02-01"), ("answer_proposed", "2023-05-10"),
                        ("decided_ks", "2023-06-12"), ("decided_kf", "2023-09-25")]
    assert d.case.stage == "beslutad" and d.case.final_outcome == "besvarad"
    assert d.case.deadline == dt.date(2024, 2, 1) and not d.case.overdue
    assert not any(t.flagged for t in d.timeline)
    rep = queries.clauses(store, DNR, today=TODAY)
    assert [(c.number, c.state, c.outcome) for c in rep.clauses] == [(1, "decided", "besvarad"), (2, "decided", "besvarad")]
    assert rep.clauses[0].document == "1_motion.txt"
    assert rep.clauses[0].comments[0].document == "2_svar.txt"


def test_register_answer_before_motion_fills_in(store, write_doc):
    first = ingest_file(store, write_doc("svar.txt", answer()))
    rep = queries.clauses(store, DNR)
    assert [c.state for c in rep.clauses] == ["commented", "commented"]  # quoted clauses stand in
    assert rep.clauses[0].document == "svar.txt"
    second = ingest_file(store, write_doc("motion.txt", motion()))
    assert second.case_id == first.case_id
    rep = queries.clauses(store, DNR)
    assert rep.clauses[0].document == "motion.txt"  # the motion's own clauses once it is here
    assert [(c.state, c.stance) for c in rep.clauses] == [("commented", "positive"), ("commented", "negative")]
    d = queries.show(store, DNR, today=TODAY)
    # No KF protocol yet: inlämnad is the motion's date, väckt unknown, the deadline provisional.
    assert d.case.submitted_on == dt.date(2023, 2, 1) and d.case.raised_on is None
    assert d.case.deadline_provisional and d.case.stage == "forslag"
    assert not any(t.flagged for t in d.timeline)


@pytest.mark.parametrize("order", [(0, 1, 2, 3), (3, 2, 1, 0), (2, 0, 3, 1)])
def test_register_any_order_same_result(store, write_doc, order):
    docs = [("m.txt", motion()), ("a.txt", answer()), ("ks.txt", ks("2023-06-12")),
            ("kf.txt", kf("2023-09-25", "Att-sats 1 bifalls, att-sats 2 avslås."))]
    ingest(store, [write_doc(*docs[i]) for i in order])
    d = queries.show(store, DNR, today=TODAY)
    assert d.case.stage == "beslutad" and d.case.final_outcome == "delvis_bifall"
    rep = queries.clauses(store, DNR)
    assert [(c.state, c.outcome) for c in rep.clauses] == [("decided", "bifall"), ("decided", "avslag")]


def test_register_aterremiss_then_new_answer(store, write_doc):
    ingest(store, [write_doc("m.txt", motion()), write_doc("a1.txt", answer()),
                   write_doc("ks1.txt", ks("2023-06-12")),
                   write_doc("kf1.txt", kf("2023-09-25", "Ärendet återremitteras till kommunstyrelsen."))])
    d = queries.show(store, DNR, today=TODAY)
    assert d.case.stage == "beredning" and d.case.proposed_outcome is None and d.case.final_outcome is None
    new_comments = ["Efter utredning föreslår förvaltningen att att-satsen bifalls.", "Belysning bifalls också."]
    out = ingest_file(store, write_doc("a2.txt", answer("2023-11-02", "Motionen bifalls.", new_comments)))
    assert out.action == "stored"  # a new round, not a correction of the first answer
    d = queries.show(store, DNR, today=TODAY)
    assert [k for k, _ in kinds(d)] == ["submitted", "answer_proposed", "decided_ks", "aterremiss", "answer_proposed"]
    assert d.case.stage == "forslag" and d.case.proposed_outcome == "bifall"
    rep = queries.clauses(store, DNR)
    assert [c.comments[0].text for c in rep.clauses] == [f"Att-sats {i}: {t}" for i, t in enumerate(new_comments, 1)]
    assert [c.proposed_outcome for c in rep.clauses] == ["bifall", "bifall"]


def test_register_bordlaggning_keeps_stage(store, write_doc):
    ingest(store, [write_doc("m.txt", motion()), write_doc("a.txt", answer()), write_doc("ks.txt", ks("2023-06-12")),
                   write_doc("kf1.txt", kf("2023-09-25", "Ärendet bordläggs till nästa sammanträde."))])
    d = queries.show(store, DNR, today=TODAY)
    assert d.case.stage == "ks" and d.case.final_outcome is None and d.case.proposed_outcome == "besvarad"
    assert ("bordlagd", "2023-09-25") in kinds(d)
    ingest_file(store, write_doc("kf2.txt", kf("2023-10-30", "Motionen anses besvarad.")))
    d = queries.show(store, DNR, today=TODAY)
    assert d.case.stage == "beslutad" and d.case.final_outcome == "besvarad"
    assert not any(t.flagged for t in d.timeline)


def test_register_avskrivning_of_old_motion(store, write_doc):
    ingest_file(store, write_doc("m.txt", motion("2019-01-15")))
    assert [r.dnr_key for r in queries.cases(store, overdue=True, today=TODAY)] == [DNR.replace("2023/50", "2023/50")]
    ingest_file(store, write_doc("kf.txt", kf("2020-04-20", "Motionen avskrivs från vidare handläggning.",
                                               heading=f"Avskrivning av motion om {TOPIC}")))
    d = queries.show(store, DNR, today=TODAY)
    assert d.case.stage == "avskriven" and d.case.final_outcome == "avskriven" and not d.case.overdue
    assert queries.cases(store, overdue=True, today=TODAY) == []
    assert [c.state for c in queries.clauses(store, DNR).clauses] == ["decided", "decided"]


def test_register_same_file_twice_under_two_names(store, write_doc, tmp_path):
    a = write_doc("svar.txt", answer())
    b = tmp_path / "kopia av svar.txt"
    b.write_bytes(a.read_bytes())
    first, second = ingest(store, [a, b])
    assert (first.action, second.action) == ("stored", "duplicate")
    assert second.document_id == first.document_id
    rep = queries.clauses(store, DNR)
    assert len(rep.clauses) == 2 and all(len(c.comments) == 1 for c in rep.clauses)


def test_register_other_rendering_is_same_content(store, write_doc):
    text = answer()
    first = ingest_file(store, write_doc("svar.txt", text))
    # Same words, other bytes (as a .pdf of a .docx would be): CRLF line ends.
    second = ingest_file(store, write_doc("svar-kopia.txt", text.replace("\n", "\r\n")))
    assert second.action == "same_content" and second.case_id == first.case_id
    rep = queries.clauses(store, DNR)
    assert len(rep.clauses) == 2 and all(len(c.comments) == 1 for c in rep.clauses)


def test_register_corrected_answer_replaces_old(store, write_doc):
    ingest(store, [write_doc("m.txt", motion()), write_doc("svar.txt", answer())])
    fixed = ["Förvaltningen ser positivt på förslaget; cykelvägen byggs 2024.", COMMENTS[1]]
    out = ingest_file(store, write_doc("svar_v2.txt", answer("2023-05-12", comments=fixed)))
    assert out.action == "supersedes"
    rep = queries.clauses(store, DNR)
    assert rep.clauses[0].comments[0].text.endswith("byggs 2024.")
    assert all(len(c.comments) == 1 for c in rep.clauses)
    d = queries.show(store, DNR)
    old = next(x for x in d.documents if x.name == "svar.txt")
    assert old.superseded_by == out.document_id  # kept in history
    assert [t.superseded for t in d.timeline if t.kind == "answer_proposed"] == [True, False]
    assert [h.text for h in queries.search(store, "byggs")] and not [
        h for h in queries.search(store, "planen") if h.kind == "comment"]


def test_register_late_old_version_is_superseded(store, write_doc):
    ingest_file(store, write_doc("svar_v2.txt", answer("2023-05-12", comments=["Ny text om cykelvägen.", "Ny text."])))
    out = ingest_file(store, write_doc("svar.txt", answer()))
    assert out.action == "superseded"
    assert queries.clauses(store, DNR).clauses[0].comments[0].text == "Att-sats 1: Ny text om cykelvägen."


def test_register_citizen_proposal_own_deadline(db_url, write_doc, tmp_path):
    from pipeline.store import open_store

    gov = tmp_path / "gov.yaml"
    gov.write_text("kinds:\n  citizen_proposal:\n    days: 180\n", encoding="utf-8")
    with open_store(db_url, gov) as st:
        ingest(st, [write_doc("mf.txt", motion_text("KS 2023/51", "en hundrastgård", ["kommunen anlägger en hundrastgård"],
                                                    "2023-11-01", author="Maja Lund", kind="Medborgarförslag")),
                    write_doc("m.txt", motion("2023-11-01"))])
        by_kind = {r.kind: r for r in queries.cases(st, today=TODAY)}
        assert by_kind["citizen_proposal"].deadline == dt.date(2024, 4, 29)
        assert by_kind["motion"].deadline == dt.date(2024, 11, 1)  # one calendar year (2024 has a leap day)
        assert [r.kind for r in queries.cases(st, overdue=True, today=TODAY)] == ["citizen_proposal"]


def test_register_bad_file_recorded_not_raised(store, write_doc, tmp_path):
    bad = tmp_path / "docs" / "trasig.docx"
    write_doc("m.txt", motion())
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    empty = write_doc("tom.txt", "")
    out = {o.path.rsplit("/", 1)[-1]: o for o in ingest(store, [tmp_path / "docs"])}
    assert out["m.txt"].action == "stored"
    assert out["trasig.docx"].action == "failure" and out["trasig.docx"].reason
    assert out["tom.txt"].action == "failure" and out["tom.txt"].reason == "empty_file"
    again = ingest_file(store, empty)  # a failure is retried, and fails the same way
    assert again.action == "failure"


def test_register_kf_overlamnad_sets_clock(store, write_doc):
    ingest(store, [write_doc("m.txt", motion("2023-02-01")),
                   write_doc("kf.txt", kf("2023-02-20", "Motionen överlämnas till kommunstyrelsen för beredning.",
                                          heading=f"Anmälan av motion om {TOPIC}"))])
    d = queries.show(store, DNR, today=TODAY)
    assert d.case.raised_on == dt.date(2023, 2, 20)  # the KF date wins over the motion's own
    assert d.case.stage == "remitterad" and d.case.deadline == dt.date(2024, 2, 20)
