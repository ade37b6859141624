"""Search over the register: titles, Dnr, proposers, clauses, comments, proposals and
decisions (the CLI, the web page and the API ask it, the first two grouped by case).

Two indexes answer, and their lists are fused:
- the Swedish stems (Snowball; SQLite FTS5 over `stemmed`, PostgreSQL's `swedish`
  tsvector): whole words in any inflection, "motionerna" finds "motion";
- trigrams (SQLite FTS5 `trigram`, PostgreSQL pg_trgm): a word's stem anywhere
  inside a word, so "trafik" finds "kollektivtrafiken" and "trafiksäkra", and
  "lekplats" (stem "lekplat") finds "lekplatser" and "lekplatsen", which the
  stemmer cuts to "lekplats" (Snowball strips the s of the singular only).
A trigram needs three characters: shorter words, and numbers (a "399" inside
"1399" means nothing), are matched as whole words only; `QueryTerms.short` names
them so the page and the CLI can say so.

The lists are fused by reciprocal rank (score = Σ w / (60 + position), the usual
way to merge rankings whose scores do not compare): an entry both indexes find
comes before one only a compound part finds. A Dnr typed in puts its case first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, text

from pipeline.store import Store, case_key
from pipeline.store.models import Case, Document, SearchEntry
from pipeline.store.stem import WORD, stem, tokens

MIN_PART = 3  # the trigram index cannot look for less
RRF_K = 60
RANKED = 2000  # matches scored per index and query (see _ranked)
PART_WEIGHT = 0.5  # a compound part counts half a whole word
DNR_BONUS = 1.0  # above any fused score (each is < 2 / RRF_K)
# Reading order of a case's hits: what the case is, then its clauses, then the steps.
KIND_ORDER = {k: i for i, k in enumerate(("title", "dnr", "proposer", "clause", "comment", "proposal", "decision"))}


@dataclass(frozen=True)
class QueryTerms:
    stems: tuple[str, ...]  # every word's Swedish stem (whole-word index)
    parts: tuple[str, ...]  # looked for inside words (trigram index): stems of ≥ 3 letters
    words: tuple[str, ...]  # the others (short words, numbers): whole words only
    short: tuple[str, ...]  # the words under MIN_PART characters, as typed


def query_terms(query: str) -> QueryTerms:
    stems, parts, words, short = [], [], [], []
    for t in tokens(query or ""):
        s = stem(t)
        stems.append(s)
        if t.isalpha() and len(s) >= MIN_PART:
            parts.append(s)
        else:
            words.append(t)
            if len(t) < MIN_PART:
                short.append(t)
    uniq = lambda xs: tuple(dict.fromkeys(xs))  # noqa: E731
    return QueryTerms(uniq(stems), uniq(parts), uniq(words), uniq(short))


def marks(text: str | None, terms: QueryTerms) -> list[tuple[int, int]]:
    """(start, end) of each word the query matched: its stem is a query stem, or
    it holds a query part ("kollektivtrafiken" for "trafik"). Whole words are
    marked, so a mark never cuts a word."""
    if not text:
        return []
    stems = set(terms.stems)
    out = []
    for m in WORD.finditer(text):
        w = m.group().lower()
        if stem(w) in stems or any(p in w for p in terms.parts):
            out.append((m.start(), m.end()))
    return out


@dataclass(frozen=True)
class SearchHit:
    case_id: int
    dnr: str | None
    title: str | None
    kind: str  # title / dnr / proposer / clause / comment / proposal / decision
    text: str
    document: str | None
    rank: float  # fused score, higher first
    clause_number: int | None = None  # the att-sats a clause or comment is about
    anchor: str | None = None  # where on the case page: "att-sats-2", "tidslinje"
    whole_word: bool = True  # the stems matched (False: only part of a compound)
    marks: list[tuple[int, int]] = field(default_factory=list)  # matched words in `text`


@dataclass(frozen=True)
class CaseHits:
    """One case and its hits, in reading order; `rank` is its best hit's."""

    case_id: int
    dnr: str | None
    title: str | None
    rank: float
    title_marks: list[tuple[int, int]]
    hits: list[SearchHit]


def _ranked(s, source: str, key: str, order: str, params: dict, n: int) -> list[int]:
    """The `key`s `source` (FROM … WHERE …) selects, best `order` first, scoring only
    the RANKED newest matches. Scoring costs per match (bm25 over the 20,000 entries
    of a common word takes 20-40 ms); walking ids backwards to the RANKED-th does
    not (under 1 ms). A common word is ranked within its most recently indexed
    entries; narrowing the query reaches the older ones."""
    floor = s.scalar(text(f"SELECT {key} {source} ORDER BY {key} DESC LIMIT 1 OFFSET :cap"),
                     {**params, "cap": RANKED})
    bound = f" AND {key} > :floor" if floor is not None else ""
    sql = f"SELECT {key} {source}{bound} ORDER BY {order}, {key} LIMIT :n"
    return list(s.scalars(text(sql), {**params, "floor": floor, "n": n}))


def _ranked_pg(s, where: str, carried: str, order: str, params: dict, n: int) -> list[int]:
    """PostgreSQL: the same bound in one statement. `e.id + 0` keeps the planner off
    a backwards primary-key walk that tests every row (63 ms for '%trafik%'): the
    GIN index finds the matches, the newest RANKED of them are scored."""
    sql = (f"SELECT id FROM (SELECT e.id AS id, {carried} FROM search_entries e WHERE {where} "
           f"ORDER BY e.id + 0 DESC LIMIT :cap) m ORDER BY {order}, id LIMIT :n")
    return list(s.scalars(text(sql), {**params, "cap": RANKED, "n": n}))


def _stem_ids(s, dialect: str, terms: QueryTerms, query: str, n: int) -> list[int]:
    if not terms.stems:
        return []
    if dialect == "postgresql":
        return _ranked_pg(s, "e.tsv @@ plainto_tsquery('swedish', :q)", "e.tsv AS tsv",
                          "ts_rank(m.tsv, plainto_tsquery('swedish', :q)) DESC", {"q": query}, n)
    return _ranked(s, "FROM search_fts WHERE search_fts MATCH :q", "rowid", "bm25(search_fts)",
                   {"q": _phrases(terms.stems)}, n)


def _part_ids(s, dialect: str, terms: QueryTerms, n: int) -> list[int]:
    """Entries holding every part somewhere in a word, and every other word whole."""
    if not terms.parts:
        return []
    whole = [stem(w) for w in terms.words]
    if dialect == "postgresql":
        # ILIKE '%part%' is what the GIN gin_trgm_ops index answers; shortest text
        # first, as on SQLite (word_similarity over every match cost 100 ms).
        where = " AND ".join(f"e.text ILIKE :p{i}" for i in range(len(terms.parts)))
        params = {f"p{i}": f"%{p}%" for i, p in enumerate(terms.parts)}
        if whole:
            where += " AND e.tsv @@ plainto_tsquery('swedish', :w)"
            params["w"] = " ".join(terms.words)
        return _ranked_pg(s, where, "length(e.text) AS len", "m.len", params, n)
    # Shortest text first: an entry that is mostly the word (a title, a name) before
    # a long comment that mentions it, which is what bm25's length norm does, at a
    # third of its cost here (bm25 first counts every match of each trigram phrase).
    source = ("FROM search_tri JOIN search_entries e ON e.id = search_tri.rowid "
              "WHERE search_tri MATCH :t")
    params = {"t": _phrases(terms.parts)}
    if whole:
        source += " AND search_tri.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH :w)"
        params["w"] = _phrases(whole)
    return _ranked(s, source, "search_tri.rowid", "length(e.text)", params, n)


def _phrases(words) -> str:
    # Quoted, so no FTS5 operator (AND, NEAR, *) in a query leaks; the words are \w+.
    return " ".join(f'"{w}"' for w in dict.fromkeys(words))


def _dnr_entry(s, query: str) -> int | None:
    """The Dnr entry of the case whose Dnr the query is ("KS 2020/0399" → KS 2020/399)."""
    if not any(ch.isdigit() for ch in query):
        return None
    key = case_key(query)
    if key is None:
        return None
    return s.scalar(select(SearchEntry.id).join(Case, Case.id == SearchEntry.case_id)
                    .where(Case.dnr_key == key, SearchEntry.kind == "dnr").limit(1))


def _anchor(kind: str, clause_number: int | None) -> str | None:
    if kind in ("clause", "comment") and clause_number is not None:
        return f"att-sats-{clause_number}"
    if kind in ("proposal", "decision"):
        return "tidslinje"
    return None


def search(store: Store, query: str, *, limit: int = 20) -> list[SearchHit]:
    """The best `limit` entries for the query, best first (flat: the API and --json)."""
    terms = query_terms(query)
    n = max(2 * limit, 50)
    with store.db.read() as s:
        dialect = store.db.dialect
        whole = _stem_ids(s, dialect, terms, query, n)
        score: dict[int, float] = {}
        for weight, ids in ((1.0, whole), (PART_WEIGHT, _part_ids(s, dialect, terms, n))):
            for pos, i in enumerate(ids, 1):
                score[i] = score.get(i, 0.0) + weight / (RRF_K + pos)
        dnr = _dnr_entry(s, query)
        if dnr is not None:
            score[dnr] = score.get(dnr, 0.0) + DNR_BONUS
        best = sorted(score, key=lambda i: (-score[i], i))[:limit]
        if not best:
            return []
        e = SearchEntry
        q = (select(e.id, e.case_id, Case.dnr, Case.title, e.kind, e.text, Document.name, e.clause_number)
             .join(Case, Case.id == e.case_id)
             .outerjoin(Document, Document.id == e.document_id)
             .where(e.id.in_(best)))
        stem_set = set(whole) | ({dnr} if dnr is not None else set())
        out = [SearchHit(case_id, dnr_text, title, kind, body, name, round(score[i], 6), number,
                         _anchor(kind, number), i in stem_set, marks(body, terms))
               for i, case_id, dnr_text, title, kind, body, name, number in s.execute(q)]
    return sorted(out, key=lambda h: (-h.rank, h.case_id, KIND_ORDER.get(h.kind, 99), h.clause_number or 0))


def group_hits(hits: list[SearchHit], query: str) -> list[CaseHits]:
    """Hits by case: cases in the order of their best hit, each case's hits in
    reading order (title, Dnr, proposers, clauses by number, comments, steps)."""
    terms = query_terms(query)
    cases: dict[int, list[SearchHit]] = {}
    for h in hits:  # best first, so a case comes in at its best hit
        cases.setdefault(h.case_id, []).append(h)
    out = []
    for case_id, group in cases.items():
        first = group[0]
        group = sorted(group, key=lambda h: (KIND_ORDER.get(h.kind, 99), h.clause_number or 0, -h.rank))
        out.append(CaseHits(case_id, first.dnr, first.title, first.rank, marks(first.title, terms), group))
    return out


def search_cases(store: Store, query: str, *, limit: int = 100) -> list[CaseHits]:
    """`search` grouped by case (the web page and `motions search`); `limit` counts hits."""
    return group_hits(search(store, query, limit=limit), query)
