"""Search over the register: titles, clauses and comments (the CLI, the web page and
the API ask it through `pipeline.queries`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text

from pipeline.store import Store
from pipeline.store.models import Case, Document, SearchEntry
from pipeline.store.stem import fts_query


@dataclass(frozen=True)
class SearchHit:
    case_id: int
    dnr: str | None
    title: str | None
    kind: str  # title / clause / comment
    text: str
    document: str | None
    rank: float


def search(store: Store, query: str, *, limit: int = 20) -> list[SearchHit]:
    """Full text over titles, clauses and comments; Swedish stems on both sides."""
    with store.db.read() as s:
        if store.db.dialect == "postgresql":
            sql = text(
                "SELECT e.id, ts_rank(e.tsv, q) AS r "
                "FROM search_entries e, plainto_tsquery('swedish', :q) q "
                "WHERE e.tsv @@ q ORDER BY r DESC, e.id LIMIT :n"
            )
            hits = list(s.execute(sql, {"q": query, "n": limit}))
        else:
            match = fts_query(query)
            if not match:
                return []
            sql = text("SELECT rowid, -bm25(search_fts) AS r FROM search_fts WHERE search_fts MATCH :q "
                       "ORDER BY bm25(search_fts), rowid LIMIT :n")
            hits = list(s.execute(sql, {"q": match, "n": limit}))
        if not hits:
            return []
        rank = {i: float(r) for i, r in hits}
        q = (
            select(SearchEntry, Case.dnr, Case.title, Document.name)
            .join(Case, Case.id == SearchEntry.case_id)
            .outerjoin(Document, Document.id == SearchEntry.document_id)
            .where(SearchEntry.id.in_(list(rank)))
        )
        out = [SearchHit(e.case_id, dnr, title, e.kind, e.text, name, round(rank[e.id], 4))
               for e, dnr, title, name in s.execute(q)]
    return sorted(out, key=lambda h: (-h.rank, h.case_id))
