"""The store itself: migrations, SQLite settings, write locking, same bytes, NULs,
manual links. Records are built in the test (no files) through the extraction
contract's dataclasses."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy import inspect, select, text
from store_fixtures import db_url, pg_server, store  # noqa: F401

from pipeline import queries
from pipeline.extract.record import Author, Clause, Comment, Decision, Record, Source
from pipeline.store import NotFoundError, open_store
from pipeline.store.engine import current_revision, head_revision
from pipeline.store.models import Base, Document, Event


def rec(sha: str, doc_type="motion", dnr="KS 2023/7", key="KS 2023/7", title="Motion om bättre belysning",
        date="2023-03-01", body="KF", clauses=("att kommunen ser över belysningen",), comments=(),
        decision=None, authors=(("Anna Berg", "S"),), path=None, municipality="Testby kommun") -> Record:
    return Record(
        source=Source(path or f"/in/{sha}.docx", sha.ljust(64, "0"), "docx"),
        doc_type=doc_type, dnr=dnr, dnr_key=key, title=title, municipality=municipality, body=body,
        date=date, officer=None, authors=tuple(Author(n, p) for n, p in authors),
        clauses=tuple(Clause(i, t, 1, 10 + i) for i, t in enumerate(clauses, 1)),
        comments=tuple(Comment(i, t, 2, 20 + i) for i, t in enumerate(comments, 1)),
        decision=decision, warnings=(),
    )


def test_store_migrates_to_head_and_models_match(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with open_store(db_url) as st:
        assert current_revision(st.db.engine) == head_revision()
        with st.db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        # The full-text structures are dialect-specific and live in the migration only.
        extra = ("search_fts", "search_tri", "ix_search_entries_tsv", "ix_search_entries_trgm", "'tsv'")
        assert [d for d in diff if not any(x in str(d) for x in extra)] == []
        tables = set(inspect(st.db.engine).get_table_names())
        assert {"documents", "cases", "motions", "clauses", "comments", "decisions", "events"} <= tables


def test_store_reopen_keeps_data(db_url):
    with open_store(db_url) as st:
        st.add_record(rec("a1"))
    with open_store(db_url) as st:  # migrate() again: a no-op, nothing lost
        assert st.known("a1".ljust(64, "0")).action == "duplicate"
        assert len(queries.cases(st)) == 1


def test_store_sqlite_wal_and_busy_timeout(tmp_path):
    with open_store(tmp_path / "m.db") as st:
        with st.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_store_writer_waits_for_other_writer(tmp_path):
    """BEGIN IMMEDIATE + busy timeout: a second writer waits instead of failing with
    "database is locked" even when its transaction reads before it writes."""
    path = tmp_path / "m.db"
    with open_store(path) as st:
        st.add_record(rec("b1"))
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")  # another process holds the write lock ...
        other.execute("UPDATE cases SET title = title")
        release = threading.Timer(0.5, lambda: other.execute("COMMIT"))
        release.start()
        t0 = time.monotonic()
        result = st.add_record(rec("b2", doc_type="answer", body="KS", decision=Decision("besvarad", True, "x")))
        assert result.action == "stored" and time.monotonic() - t0 >= 0.4  # ... and we waited for it
        release.join()
        other.close()


def test_store_reader_does_not_block_writer(tmp_path):
    path = tmp_path / "m.db"
    with open_store(path) as st:
        st.add_record(rec("c1"))
        with st.db.read() as s:  # a long read transaction stays open
            s.execute(select(Document.id)).all()
            assert st.add_record(rec("c2", doc_type="answer", body="KS")).action == "stored"


def test_store_same_bytes_are_a_noop(store):
    first = store.add_record(rec("d1"))
    again = store.add_record(rec("d1", path="/other/name.pdf"))
    assert again.action == "duplicate" and again.document_id == first.document_id
    with store.db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM clauses")) == 1
        assert s.scalar(text("SELECT count(*) FROM events")) == 1


def test_store_nul_characters_are_dropped(store):
    store.add_record(rec("e1", title="Motion om\x00 nul", clauses=("att\x00 kommunen gör något",)))
    rep = queries.clauses(store, "KS 2023/7")
    assert rep.case.title == "Motion om nul" and rep.clauses[0].text == "att kommunen gör något"


def test_store_failure_is_recorded(store):
    out = store.add_failure(sha256="f" * 64, name="trasig.pdf", fmt="pdf", reason="encrypted", message="Lösenord")
    with store.db.read() as s:
        doc = s.get(Document, out.document_id)
        assert (doc.status, doc.reason_code, doc.case_id) == ("failure", "encrypted", None)


@pytest.mark.parametrize("title,authors,method,weak", [
    ("Förslag till svar på motion om bättre belysning", (("Anna Berg", "S"),), "fuzzy", False),
    ("Svar på motion om bättre belysning i parken", (("Anna Berg", "S"),), "fuzzy", True),
    ("Svar på motion om nya badhus", (("Olle Ek", "C"),), "new", False),
])
def test_store_links_without_dnr_by_title_and_proposers(store, title, authors, method, weak):
    store.add_record(rec("g1", dnr=None, key=None))
    out = store.add_record(rec("g2", doc_type="answer", dnr=None, key=None, title=title, authors=authors, body="KS"))
    assert out.link_method == method and out.needs_review == weak


def test_store_weak_link_confirmed_or_moved(store):
    store.add_record(rec("h1", dnr=None, key=None))
    weak = store.add_record(rec("h2", doc_type="answer", dnr=None, key=None,
                                title="Svar på motion om bättre belysning i parken"))
    assert weak.needs_review
    doc_id, case_id = store.link(str(weak.document_id), "KS 2024/99")  # moved to a case of its own
    assert doc_id == weak.document_id
    with store.db.read() as s:
        assert s.scalar(select(Document.case_id).where(Document.id == doc_id)) == case_id
        assert s.scalar(select(Event.kind).where(Event.case_id == case_id, Event.kind == "linked")) == "linked"
    assert not queries.show(store, "KS 2024/99").case.needs_review
    with pytest.raises(NotFoundError):
        store.link("nosuchfile.docx", "KS 2024/99")


def test_store_dnr_arriving_later_adopts_case(store):
    first = store.add_record(rec("i1", dnr=None, key=None))
    later = store.add_record(rec("i2", doc_type="answer", title="Förslag till svar på motion om bättre belysning",
                                 body="KS", decision=Decision("besvarad", True, "Motionen anses besvarad.")))
    assert later.case_id == first.case_id and later.dnr_key == "KS 2023/7"
    assert queries.show(store, "KS 23/7").case.id == first.case_id


def test_store_same_dnr_in_another_municipality_is_another_case_flagged_for_review(store):
    # Two municipalities both have a KS 2023/7: the second is never joined to the first.
    home = store.add_record(rec("j1"))
    other = store.add_record(rec("j2", title="Motion om en ny detaljplan för Kvarnängen", municipality="Kvistbro kommun",
                                 authors=(("Olle Ek", "C"),)))
    assert other.case_id != home.case_id
    assert queries.show(store, "KS 2023/7").case.id == home.case_id  # the key stays with the first case
    assert queries.show(store, f"#{other.case_id}").case.dnr == "KS 2023/7"  # shown as written
    reasons = {r.id: r.review for r in queries.cases(store)}
    assert reasons[home.case_id] == ()
    assert any("finns redan i ett ärende från Testby kommun" in r for r in reasons[other.case_id])
    # The same municipality written another way is the same case.
    same = store.add_record(rec("j3", doc_type="answer", body="KS", municipality="testby  Kommun"))
    assert same.case_id == home.case_id


def test_store_same_dnr_in_another_municipality_is_kept_apart_in_a_bulk_load(store):
    # add_records refreshes the cases only at the end: the link must not wait for it.
    out = store.add_records([rec("k1"), rec("k2", title="Motion om en ny detaljplan", municipality="Kvistbro kommun"),
                             rec("k3", doc_type="answer", body="KS")])
    assert out[1].case_id != out[0].case_id and out[2].case_id == out[0].case_id


def test_store_two_writers_at_once(tmp_path):
    """Two ingests into one SQLite file at the same time: both finish, nothing lost."""
    path = tmp_path / "m.db"
    open_store(path).close()
    errors = []

    def work(prefix: str, n: int = 15):
        try:
            with open_store(path) as st:
                for i in range(n):
                    st.add_record(rec(f"{prefix}{i:02d}", dnr=f"KS 2023/{i}", key=f"KS 2023/{i}"))
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work, args=(p,)) for p in ("a", "b")]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert errors == []
    with open_store(path) as st, st.db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM documents")) == 30
        assert s.scalar(text("SELECT count(*) FROM cases")) == 15


def test_store_takes_a_record_not_its_dict(store):
    with pytest.raises(TypeError, match="Record"):
        store.add_record(rec("z1").to_dict())
    assert store.add_record(rec("z1")).action == "stored"
