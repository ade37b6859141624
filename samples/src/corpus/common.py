"""Layout helpers shared by the case modules, and the truth-record helper."""

SIG = ("sig_table",)


def truth(doc_type, dnr, dnr_key, title, municipality, body, date, officer=None,
          authors=(), clauses=(), comments=(), decision=None, warnings=()):
    """Build a truth record. clauses: list of clause texts in document order
    (numbered 1..n here); comments: list of (clause_number, text);
    authors: list of (name, party); decision: dict or None;
    warnings: list of codes or (code, clause_number)."""
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


def decision(outcome, proposed, text, per_clause=None):
    d = {"outcome": outcome, "proposed": proposed, "text": text, "clause_outcomes": []}
    if per_clause:
        d["clause_outcomes"] = [{"clause_number": n, "outcome": o} for n, o in per_clause]
    return d


def protocol_header(municipality, organ, date_text, table=True):
    """Page header of a protocol page: municipality, SAMMANTRÄDESPROTOKOLL,
    page x (y), organ and meeting date."""
    if table:
        return [("table", [[municipality, "SAMMANTRÄDESPROTOKOLL", "Sida {PAGE} ({NUMPAGES})"],
                           [organ, "Sammanträdesdatum", date_text]],
                 {"widths_cm": [6.4, 6.0, 4.0]})]
    return [f"{municipality}\tSAMMANTRÄDESPROTOKOLL\tSida {{PAGE}} ({{NUMPAGES}})",
            f"{organ}\tSammanträdesdatum {date_text}"]


def answer_header_table(municipality, doc_label, unit, date, dnr_text):
    """The document header block as a table in the body (first thing on page 1)."""
    return ("table", [[municipality, doc_label],
                      [unit, f"Datum\n{date}"],
                      ["", f"Diarienummer\n{dnr_text}"]],
            {"widths_cm": [9.4, 7.0], "bold_first_row": True})


def officer_block(name, title, phone, email):
    return ("p", f"Handläggare\n{name}, {title}\nTel. {phone}\n{email}", {"size": 9})


def footer_pages(left=""):
    return [f"{left}\t\tSida {{PAGE}} ({{NUMPAGES}})"]
