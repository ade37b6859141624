"""The search entries of one case: what `pipeline.search` can find, rebuilt after
every change to the case (pipeline/store/refresh.py calls `reindex_case`).

One entry per searchable text: the case's title, its Dnr, its proposers, each
att-sats, each comment and each proposal or decision text of its active documents.
Two full-text indexes read the entries (see migrations 0001 and 0004): the Swedish
stems (`stemmed`; on PostgreSQL the `tsv` column) find inflections, the trigram
index (SQLite FTS5 `trigram`, PostgreSQL `pg_trgm`) finds parts of compounds.
`clause_number` is the att-sats a clause or comment belongs to, so a hit can link
to that row of the case page.
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from pipeline.store.models import Case, ClauseRow, CommentRow, DecisionRow, SearchEntry
from pipeline.store.stem import stem_text


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def dnr_index_text(dnr: str | None, dnr_key: str | None) -> str:
    """What a Dnr is found by: as written and as its key ("KS 20/399" and
    "KS 2020/399"), so either form typed in finds it."""
    forms = [f for f in dict.fromkeys([dnr, dnr_key]) if f]
    return " ".join(forms)


def case_entries(s: Session, case: Case, active_ids: set[int]) -> list[dict]:
    entries: list[dict] = []

    def add(kind: str, text: str | None, ref_id=None, document_id=None, clause_number=None, stemmed=None):
        if text and text.strip():
            entries.append(dict(case_id=case.id, kind=kind, ref_id=ref_id, document_id=document_id,
                                clause_number=clause_number, text=text, stemmed=stemmed or stem_text(text)))

    add("title", case.title)
    dnr = case.dnr or case.dnr_key
    add("dnr", dnr, stemmed=stem_text(dnr_index_text(case.dnr, case.dnr_key)) if dnr else None)
    add("proposer", case.proposers)
    if not active_ids:
        return entries
    seen: set[str] = set()
    # An att-sats quoted in the answer is the motion's own: one entry for the text.
    for c in s.scalars(select(ClauseRow).where(ClauseRow.document_id.in_(active_ids)).order_by(ClauseRow.id)):
        if _norm(c.text) not in seen:
            seen.add(_norm(c.text))
            add("clause", c.text, c.id, c.document_id, c.number)
    for c in s.scalars(select(CommentRow).where(CommentRow.document_id.in_(active_ids)).order_by(CommentRow.id)):
        add("comment", c.text, c.id, c.document_id, c.clause_number)
    seen.clear()
    decisions = select(DecisionRow).where(DecisionRow.document_id.in_(active_ids)).order_by(DecisionRow.id)
    for d in s.scalars(decisions):
        # "Motionen anses besvarad." in the KS proposal and in the KF decision: one
        # entry each (they are different steps), but not one per protocol copy.
        key = ("proposal" if d.proposed else "decision", _norm(d.text or ""))
        if d.text and key not in seen:
            seen.add(key)
            add(key[0], d.text, d.id, d.document_id)
    return entries


def reindex_case(s: Session, case: Case, active_ids: set[int]) -> None:
    """Rebuild the case's search entries from its active documents only: a search
    should find what the case shows, not a version that was corrected."""
    s.execute(delete(SearchEntry).where(SearchEntry.case_id == case.id))
    entries = case_entries(s, case, active_ids)
    if entries:
        s.execute(insert(SearchEntry), entries)
