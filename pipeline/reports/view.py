"""One case as plain Swedish strings: the single source of the Markdown, HTML and
Word summaries, so the three formats cannot disagree.

Every string from a document goes through `labels.clean` here; escaping for each
output format is the writer's job (Jinja2 autoescape, Markdown escapes; python-docx
writes text nodes, which are inert by construction).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pipeline.governance import Governance
from pipeline.reports.data import CaseData, DecisionText
from pipeline.labels import formats_text
from pipeline.reports.labels import (
    DASH, DEADLINE_SV, DOC_TYPE_SV, LINK_SV, STANCE_SV, STATUS_SV, body_name, clause_state_text, clean,
    days_left_text, deadline_text, dnr_text, event_label, fmt_date, fmt_month, kind_label, location, parties_of,
    raised_text, safe_name, split_proposers,
)


@dataclass
class ClauseLine:
    number: int
    text: str
    source: str  # "motion.docx, stycke 7"
    state: str
    stance: str
    proposed: str
    outcome: str
    comments: list[tuple[str, str, str]] = field(default_factory=list)  # (text, stance, source)


@dataclass
class Summary:
    file_stem: str
    title: str
    kind: str
    facts: list[tuple[str, str]]  # (label, value) in reading order
    overdue: bool
    proposed: str
    final: str
    clauses: list[ClauseLine]
    timeline: list[dict]
    documents: list[dict]
    warnings: list[dict]  # {"document", "code", "message"}
    generated: str


def _decision(gov: Governance, d: DecisionText | None, outcome: str | None) -> str:
    if d is None and not outcome:
        return DASH
    parts = [gov.outcome_label(d.outcome if d and d.outcome else outcome)]
    if d and d.text:
        parts.append(f"”{clean(d.text)}”")
    where = ", ".join(x for x in (d.body if d else None, fmt_date(d.date) if d and d.date else None,
                                  clean(d.document) if d else None) if x)
    return " – ".join(parts) + (f" ({where})" if where else "")


def _doc_note(doc) -> str:
    notes = []
    if doc.superseded_by:
        notes.append(f"ersatt av #{doc.superseded_by}")
    if doc.link_method:
        how = LINK_SV.get(doc.link_method, doc.link_method)
        sure = "" if doc.link_confidence is None or doc.link_confidence >= 0.999 else f" ({doc.link_confidence:.0%})"
        notes.append(f"kopplad via {how}{sure}")
    return "; ".join(notes)


def _documents(docs) -> tuple[list[dict], list[dict]]:
    """One row per text version, its other file formats named on it ("motion.docx
    (även .pdf, .txt)"), and its warnings once, not once per format."""
    others: dict[int, list[str]] = {}
    for doc in docs:
        if doc.same_as:
            others.setdefault(doc.same_as, []).append(clean(doc.name))
    documents, warnings, seen = [], [], set()
    for doc in docs:
        if doc.same_as and any(x.id == doc.same_as for x in docs):
            continue
        name = formats_text(clean(doc.name), others.get(doc.id, []))
        documents.append({"id": doc.id, "name": name, "type": DOC_TYPE_SV.get(doc.doc_type, doc.doc_type or DASH),
                          "status": STATUS_SV.get(doc.status, doc.status), "date": fmt_date(doc.date),
                          "note": _doc_note(doc)})
        found = [(w.get("code"), clean(w.get("message")) or DASH) for w in doc.warnings]
        codes = {code for code, _ in found}
        if doc.reason_code and doc.reason_code not in codes:  # e.g. not_case_document
            found.insert(0, (doc.reason_code, clean(doc.reason_message) or "Dokumentet kunde inte läsas."))
        for code, message in found:
            if (doc.id, code, message) not in seen:
                seen.add((doc.id, code, message))
                warnings.append({"document": name, "code": clean(code) or DASH, "message": message})
    return documents, warnings


def summary_view(data: CaseData, gov: Governance, *, today: dt.date) -> Summary:
    c, d = data.case, data.detail
    decided = c.final_outcome is not None
    kind = gov.kinds.get(c.kind)
    people = split_proposers(c.proposers)
    deadline = deadline_text(c)
    if c.deadline and kind and kind.rule:
        deadline += f" (enligt {kind.rule})"
    facts = [
        ("Dnr", f"{clean(c.dnr)} (nyckel {c.dnr_key})" if c.dnr and c.dnr_key else clean(dnr_text(c.dnr, c.dnr_key))),
        ("Ärendeslag", kind_label(gov, c.kind)),
        ("Kommun", clean(d.municipality) or DASH),
        ("Förslagsställare", "; ".join(clean(n) + (f" ({clean(p)})" if p else "") for n, p in people) or DASH),
        ("Partier", ", ".join(clean(p) for p in parties_of(c.proposers)) or DASH),
        ("Inlämnad", fmt_date(c.submitted_on)),
        ("Väckt", raised_text(c)),
        (DEADLINE_SV, deadline),
        ("Dagar kvar", days_left_text(c.days_left, decided) + ("  FÖRSENAD" if c.overdue else "")),
        ("Beslutat", fmt_date(d.closed_on)),
        ("Nästa redovisning för fullmäktige", fmt_month(d.next_report) if d.next_report else DASH),
        ("Stadium", c.stage_label + (f" ({body_name(gov, data.current_body)})" if data.current_body else "")),
    ]
    if c.needs_review:
        facts.append(("Obs", "Kopplingen till ärendet är osäker; bekräfta med motions link."))
    clauses = [
        ClauseLine(
            x.number, clean(x.text), f"{clean(x.document)}, {location(x.page, x.block)}",
            clause_state_text(x.state, x.stance, x.proposed_outcome),
            STANCE_SV.get(x.stance, DASH) if x.stance else DASH,
            gov.outcome_label(x.proposed_outcome) if x.proposed_outcome else DASH,
            gov.outcome_label(x.outcome) if x.outcome else DASH,
            [(clean(k.text), STANCE_SV.get(k.stance, DASH) if k.stance else DASH,
              f"{clean(k.document)}, {location(k.page, k.block)}") for k in x.comments],
        )
        for x in data.clauses
    ]
    timeline = [
        {"date": fmt_date(t.date) if t.date else "utan datum", "event": event_label(t.kind),
         "body": t.body or DASH, "document": clean(t.document) or DASH, "text": clean(t.text) or event_label(t.kind),
         "flags": "; ".join(x for x in ("ersatt version" if t.superseded else "", clean(t.flag_reason) or "")
                            if x) if (t.flagged or t.superseded) else ""}
        for t in d.timeline
    ]
    documents, warnings = _documents(d.documents)
    return Summary(
        file_stem=safe_name(c.dnr_key, c.id),
        title=clean(c.title) or f"Ärende utan titel, {clean(dnr_text(c.dnr, c.dnr_key))}",
        kind=kind_label(gov, c.kind),
        facts=facts,
        overdue=c.overdue,
        proposed=_decision(gov, data.proposed, c.proposed_outcome),
        final=_decision(gov, data.final, c.final_outcome) if decided else "Inget slutligt beslut.",
        clauses=clauses,
        timeline=timeline,
        documents=documents,
        warnings=warnings,
        generated=today.isoformat(),
    )
