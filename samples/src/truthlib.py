"""Truth-record helpers shared by every sample batch (the JSON shape of samples/truth).

Every truth value is typed by hand in the case modules, next to the text it
describes. Nothing here reads or runs the extraction pipeline."""

SIG = ("sig_table",)


def truth(doc_type, dnr, dnr_key, title, municipality, body, date, officer=None,
          authors=(), clauses=(), comments=(), decision=None, warnings=()):
    """clauses: clause texts in document order (numbered 1..n here);
    comments: (clause_number, text); authors: (name, party); decision: dict or None;
    warnings: codes, or (code, clause_number)."""
    ws = []
    for w in warnings:
        if isinstance(w, tuple):
            ws.append({"code": w[0], "clause_number": w[1]})
        else:
            ws.append({"code": w})
    return {
        "doc_type": doc_type,
        "dnr": dnr,
        "dnr_key": dnr_key,
        "title": title,
        "municipality": municipality,
        "body": body,
        "date": date,
        "officer": officer,
        "authors": [{"name": n, "party": p} for n, p in authors],
        "clauses": [{"number": i + 1, "text": t} for i, t in enumerate(clauses)],
        "comments": [{"clause_number": n, "text": t} for n, t in comments],
        "decision": decision,
        "warnings": ws,
    }


def item(paragraph, dnr, dnr_key, title, subject, event, authors=(), clauses=(), comments=(),
         decision=None, reason=None, estimated_done=None, agenda_number=None):
    """One item of a whole protocol (the shape of held-out batch 5)."""
    return {
        "paragraph": paragraph, "agenda_number": agenda_number, "dnr": dnr, "dnr_key": dnr_key,
        "title": title, "subject": subject, "event": event,
        "authors": [{"name": n, "party": p} for n, p in authors],
        "clauses": [{"number": i + 1, "text": t} for i, t in enumerate(clauses)],
        "comments": [{"clause_number": n, "text": t} for n, t in comments],
        "decision": decision, "reason": reason, "estimated_done": estimated_done,
    }


def protocol_truth(kind, municipality, body, meeting_date, items):
    return {"doc_type": "protocol", "kind": kind, "municipality": municipality, "body": body,
            "meeting_date": meeting_date, "items": list(items)}


def decision(outcome, proposed, text, per_clause=None):
    d = {"outcome": outcome, "proposed": proposed, "text": text, "clause_outcomes": []}
    if per_clause:
        d["clause_outcomes"] = [{"clause_number": n, "outcome": o} for n, o in per_clause]
    return d
