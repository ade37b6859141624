"""Layout helpers shared by the case modules; the truth-record helpers live in
samples/src/truthlib.py (shared with the later batches)."""

from truthlib import SIG, decision, truth  # noqa: F401  - re-exported to the case modules


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
