"""Extraction: one normalized document in, one Record out. Pure: no I/O, no database."""

from __future__ import annotations

from pipeline.document import InputFormat, NormalizedDocument
from pipeline.extract import checks, fields, review
from pipeline.extract.clause_index import ClauseIndex
from pipeline.extract.clauses import find_clauses
from pipeline.extract.comments import find_comments
from pipeline.extract.decision import find_decision
from pipeline.extract.doctype import classify, classify_scored
from pipeline.extract.items import is_kallelse, says_protocol, split_items
from pipeline.extract.protocol import Context, read_span
from pipeline.extract.people import find_authors
from pipeline.extract.record import (
    Author,
    Clause,
    ClauseOutcome,
    Comment,
    Decision,
    Item,
    Record,
    Source,
    Warning,
)
from pipeline.extract.normalize import repair_document
from pipeline.extract.units import build_units
from pipeline.vocab import DocType

RESPONDING = {"answer", "protocol_extract"}


def _typed_clauses(units: list, headers: tuple[str, ...], soft_lines: bool) -> tuple[str, bool, list, ClauseIndex]:
    """(doc_type, whether the type was a weak decision, clause hits, the index that numbered them).

    Classify first on cues alone; clause finding depends on the type (answers and
    protocols hold att-lines of their own decisions), and the type on clauses only
    as a tie-breaker. A document of several § never gets here: it is a protocol."""
    index = ClauseIndex()
    hits = find_clauses(units, responding=False, index=index, soft_lines=soft_lines)
    doc_type, weak = classify_scored(units, headers, has_clauses=bool(hits))
    if doc_type in RESPONDING:
        index = ClauseIndex()
        hits = find_clauses(units, responding=True, index=index)
    return doc_type, weak, hits, index


def _matter(units: list, doc_type: str, hits: list, index: ClauseIndex):
    """Clauses, comments, decision and their warnings, as one document or one
    protocol item shows them."""
    by_index = {u.index: u for u in units}
    clauses = tuple(
        Clause(h.number, h.text, by_index[h.unit].page, by_index[h.unit].block) for h in hits if h.first
    )
    n = len(clauses)
    comment_hits = find_comments(units, hits, n) if doc_type in RESPONDING else []
    comments = tuple(
        Comment(c.clause_number, c.text, by_index[c.unit].page, by_index[c.unit].block) for c in comment_hits
    )
    decision_hit = find_decision(units, doc_type, n, tuple(c.text for c in clauses))
    decision = None
    if decision_hit:
        decision = Decision(
            outcome=decision_hit.outcome,
            proposed=decision_hit.proposed,
            text=decision_hit.text,
            clause_outcomes=tuple(ClauseOutcome(c, o) for c, o in decision_hit.clause_outcomes),
        )
    warnings = checks.clause_matching_warning(index.limited)
    return clauses, comments, decision, warnings


def _item_matter(units: list):
    index = ClauseIndex()
    hits = find_clauses(units, responding=True, index=index)
    return _matter(units, DocType.PROTOCOL_EXTRACT, hits, index)


def extract(doc: NormalizedDocument) -> Record:
    doc = repair_document(doc)
    units = build_units(doc)
    split = split_items(units)
    if is_protocol(units, doc.headers, split):
        return _protocol_record(doc, units, split)
    doc_type, weak_type, hits, index = _typed_clauses(units, doc.headers, soft_lines=doc.format is InputFormat.DOCX)
    clauses, comments, decision, matter_warnings = _matter(units, doc_type, hits, index)

    dnr, key = fields.pick_dnr(units, doc.headers, doc_type)
    title = fields.pick_title(units)
    title_unit = next((u.index for u in units if title and title in u.text), None)
    last_clause_unit = max((h.last_unit for h in hits), default=None)
    authors = tuple(Author(p.name, p.party) for p in find_authors(units, doc_type, last_clause_unit))

    # Reader warnings carry over, except placeholders: those are warned per text below.
    warnings = [Warning(w.code, w.message) for w in doc.warnings if w.code != "placeholder_text"]
    warnings += checks.placeholder_warnings(units)
    if doc_type in RESPONDING:
        warnings += checks.send_to_warning(units)
    warnings += checks.clause_comment_warnings(doc_type, [c.number for c in clauses], {c.clause_number for c in comments})
    warnings += checks.decision_warning(doc_type, decision is not None and decision.proposed)
    warnings += matter_warnings
    flags = (review.doc_type_flags(doc_type, weak_type) + review.clause_flags(doc_type, clauses, comments)
             + review.decision_flags(doc_type, decision) + review.dnr_flags(dnr, fields.dnr_candidates(units, doc.headers))
             + review.repair_flags(list(doc.repairs)))

    return Record(
        source=Source(doc.path, doc.sha256, doc.format.value),
        doc_type=doc_type,
        dnr=dnr,
        dnr_key=key,
        title=title,
        municipality=fields.pick_municipality(units, doc.headers),
        body=fields.pick_body(units, doc.headers, doc_type, title_unit),
        date=fields.pick_date(units, doc.headers, doc_type),
        officer=fields.pick_officer(units, doc.headers) if doc_type == "answer" else None,
        authors=authors,
        clauses=clauses,
        comments=comments,
        decision=decision,
        warnings=tuple(warnings),
        review=tuple(flags),
    )


def is_protocol(units: list, headers: tuple[str, ...], split) -> bool:
    """Several items (a whole protocol, an extract of several §, an agenda), or a
    protocol's cover that promises §§ and holds none. Documents other than protocols
    number paragraphs "§ 1", "§ 2" too (an arbetsordning, a reglemente), and a motion
    or an answer may cite "§ 12" at the start of a line: without the protocol's own
    cues, its front matter must call it a protocol, an extract or an agenda."""
    if not split.spans and split.cover_range is None:
        return False  # the common case (motions, answers, one-§ extracts): no second classification
    kind = classify(units, headers, has_clauses=False)
    if not split.spans:
        return kind == DocType.PROTOCOL_EXTRACT  # a cover page that promises §§
    front = units[: split.spans[0].start]
    if not says_protocol(units, front, headers):
        return False
    return len(split.spans) >= 3 or kind in (DocType.PROTOCOL_EXTRACT, DocType.OTHER)


def _protocol_record(doc: NormalizedDocument, units: list, split) -> Record:
    front = units[: split.spans[0].start] if split.spans else units
    ctx = Context(kallelse=is_kallelse(front or units, doc.headers), read_matter=_item_matter)
    items: list[Item] = []
    for span in split.spans:
        items += read_span(units, span, ctx)
    warnings = [Warning(w.code, w.message) for w in doc.warnings if w.code != "placeholder_text"]
    warnings += [Warning(code, message) for code, message in split.warnings]
    if not split.spans:
        warnings.append(Warning("no_items", "Protokollet anger paragrafer, men inga § hittades i texten "
                                            "(kanske bara försättsbladet)."))
    title = next((u.text for u in front[:12] if u.is_heading and len(u.text) <= 80 and not u.is_section_heading), None)
    return Record(
        source=Source(doc.path, doc.sha256, doc.format.value),
        doc_type=DocType.PROTOCOL,
        dnr=None,
        dnr_key=None,
        title=title,
        municipality=fields.pick_municipality(units, doc.headers),
        body=fields.pick_body(front or units, doc.headers, DocType.PROTOCOL_EXTRACT, None),
        date=fields.pick_date(front or units, doc.headers, DocType.PROTOCOL_EXTRACT),
        officer=None,
        authors=(),
        clauses=(),
        comments=(),
        decision=None,
        warnings=tuple(warnings),
        items=tuple(items),
    )


def extract_file(path) -> Record:
    """Read and extract one file (raises DocumentLoadError for a bad file)."""
    from pipeline.readers import read_document

    return extract(read_document(path))


__all__ = ["Item", "Record", "extract", "extract_file"]
