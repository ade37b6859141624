"""Truth records for whole protocols and kallelser (the item schema of /tmp brief B).

Every value is typed by hand in the case modules next to the text it describes;
nothing here reads or runs the extraction pipeline."""

TOP_KEYS = ["doc_type", "kind", "municipality", "body", "meeting_date", "items"]
ITEM_KEYS = ["paragraph", "agenda_number", "dnr", "dnr_key", "title", "subject", "event",
             "authors", "clauses", "comments", "decision", "reason", "estimated_done"]


def dec(outcome, text, proposed=False, per_clause=None):
    """per_clause: [(clause_number, outcome), ...] (delvis_bifall only)."""
    return {"outcome": outcome, "proposed": proposed, "text": text,
            "clause_outcomes": [{"clause_number": n, "outcome": o} for n, o in (per_clause or [])]}


def item(paragraph, title, *, agenda=None, dnr=None, key=None, subject="none", event="other",
         authors=(), clauses=(), comments=(), decision=None, reason=None, est=None):
    """authors: (name, party); clauses: texts in order (numbered 1..n);
    comments: (clause_number, text)."""
    return {
        "paragraph": paragraph,
        "agenda_number": agenda,
        "dnr": dnr,
        "dnr_key": key,
        "title": title,
        "subject": subject,
        "event": event,
        "authors": [{"name": n, "party": p} for n, p in authors],
        "clauses": [{"number": i + 1, "text": t} for i, t in enumerate(clauses)],
        "comments": [{"clause_number": n, "text": t} for n, t in comments],
        "decision": decision,
        "reason": reason,
        "estimated_done": est,
    }


def other(paragraph, title, agenda=None, dnr=None, key=None):
    return item(paragraph, title, agenda=agenda, dnr=dnr, key=key)


def protocol(kind, municipality, body, date, items):
    return {"doc_type": "protocol", "kind": kind, "municipality": municipality, "body": body,
            "meeting_date": date, "items": list(items)}
