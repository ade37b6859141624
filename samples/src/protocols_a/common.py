"""Shared helpers for the whole-protocol / kallelse samples of helper A.

Every document is a docxlib spec (block list + header/footer) with a hand-typed
truth record next to it. Texts that occur both in the document and in the truth
are Python constants used in both places. Nothing here reads or runs the product.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

SRC = Path(__file__).resolve().parents[1]          # samples/src
sys.path.insert(0, str(SRC))

SIG = ("sig_table",)

SUBJECTS = ("motion", "citizen_proposal", "none")
EVENTS = ("raised", "proposed", "decided", "referred_back", "postponed", "written_off",
          "reported", "other")
OUTCOMES = ("bifall", "avslag", "besvarad", "delvis_bifall", "aterremiss", "bordlagd",
            "avskriven", "overlamnad")


# ---------------------------------------------------------------- truth
def dec(outcome, proposed, text, per_clause=None):
    d = {"outcome": outcome, "proposed": proposed, "text": text, "clause_outcomes": []}
    if per_clause:
        d["clause_outcomes"] = [{"clause_number": n, "outcome": o} for n, o in per_clause]
    return d


def item(paragraph, title, *, subject="none", event="other", dnr=None, dnr_key=None,
         agenda_number=None, authors=(), clauses=(), comments=(), decision=None, reason=None,
         estimated_done=None):
    """One truth item, keys in the schema's order. authors: (name, party) pairs;
    clauses: texts in order (numbered 1..n); comments: (clause_number, text)."""
    return {
        "paragraph": str(paragraph),
        "agenda_number": None if agenda_number is None else str(agenda_number),
        "dnr": dnr,
        "dnr_key": dnr_key,
        "title": title,
        "subject": subject,
        "event": event,
        "authors": [{"name": n, "party": p} for n, p in authors],
        "clauses": [{"number": i + 1, "text": t} for i, t in enumerate(clauses)],
        "comments": [{"clause_number": n, "text": t} for n, t in comments],
        "decision": decision,
        "reason": reason,
        "estimated_done": estimated_done,
    }


def protocol_truth(kind, municipality, body, date, items):
    return {"doc_type": "protocol", "kind": kind, "municipality": municipality, "body": body,
            "meeting_date": date, "items": items}


# ---------------------------------------------------------------- blocks
def label(text):
    """A bold run-in label paragraph ("Yrkanden", "Kommunfullmäktiges beslut")."""
    return ("p", text, {"bold": True, "keep_next": True})


def lines(*texts):
    return ("lines", list(texts))


def grid(rows, widths, **opts):
    o = {"style": "Table Grid", "bold_first_row": True, "widths_cm": widths}
    o.update(opts)
    return ("table", rows, o)


def cover(rows, widths=(4.6, 11.8)):
    """The cover-page form: label column bold, value column plain."""
    return ("table", rows, {"style": "Table Grid", "bold_first_col": True,
                            "widths_cm": list(widths)})


# ---------------------------------------------------------------- people
FIRST = """Anna Birgitta Carina Dagmar Eva Frida Gunilla Hanna Ingela Jessica Karin Lena Maria
Nina Olivia Petra Rebecka Sara Therese Ulla Viktoria Åsa Elin Ida Josefin Linnea Malin Sofia
Tove Annika Camilla Emma Helena Jenny Kristina Louise Marie Pia Susanne Ylva Agneta Britt Marianne
Anders Bengt Christer Daniel Erik Fredrik Göran Henrik Johan Kjell Lars Magnus Niklas Ola Per
Rickard Stefan Tomas Ulf Viktor Åke Björn Emil Jonas Leif Mats Oskar Patrik Robert Sven Tobias
Kent Mikael Peter Roland Simon Hans Jan Lennart Martin Gustav Joel Jimmy Kenneth Torbjörn""".split()
LAST = """Andersson Berglund Carlsson Dahlberg Eklund Forsberg Gustafsson Hedlund Isaksson Jonsson
Karlsson Lindqvist Magnusson Nordin Olofsson Persson Qvist Rydberg Sandberg Törnqvist Ullman
Vikström Wallin Åström Öberg Backman Eriksson Falk Granlund Holmberg Jakobsson Kvist Larsson
Lundgren Mattsson Nyberg Nilsson Östlund Pettersson Sjöberg Strömberg Sundqvist Hellström Lund
Blom Ek Björk Hägg Lindgren Axelsson Bergström Danielsson Engström Fransson Hansson Håkansson
Johansson Lindström Melin Nordström Nyström Palm Sundberg Svensson Söderberg Wikström Ågren
Hermansson Lindberg Boman Edlund Hjalmarsson Lövgren Norberg Sandström Stenberg Vesterlund""".split()


def roster(counts, fixed, seed, taken=()):
    """Members of an assembly: `counts` {party: seats}; `fixed` [(name, party)] placed
    first (people named in the text); the rest invented deterministically."""
    rnd = random.Random(seed)
    used = {n for n, _ in fixed} | set(taken)
    left = dict(counts)
    out = []
    for n, p in fixed:
        out.append((n, p))
        left[p] -= 1
    for p, k in left.items():
        assert k >= 0, p
        for _ in range(k):
            while True:
                name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
                if name not in used:
                    break
            used.add(name)
            out.append((name, p))
    return out


def party_order(members, order):
    return sorted(members, key=lambda m: (order.index(m[1]), m[0].split()[-1], m[0]))


def vote_rows(members, by_party, overrides=None, header=("Ledamot", "Parti", "Ja", "Nej", "Avstår")):
    """A full voting list: one row per member, X in the column of the vote.
    by_party: {party: "Ja"|"Nej"|"Avstår"}; overrides: {name: vote}. Returns
    (rows, counts)."""
    overrides = overrides or {}
    rows = [list(header)]
    counts = {"Ja": 0, "Nej": 0, "Avstår": 0}
    for n, p in members:
        v = overrides.get(n, by_party[p])
        counts[v] += 1
        rows.append([n, p, "X" if v == "Ja" else "", "X" if v == "Nej" else "",
                     "X" if v == "Avstår" else ""])
    rows.append(["Summa", "", str(counts["Ja"]), str(counts["Nej"]), str(counts["Avstår"])])
    return rows, counts


# ---------------------------------------------------------------- post hooks
def keep_all(doc):
    """No paragraph and no table row splits across a page (so that a truth string is
    never cut by the running head); items still run over page breaks between
    paragraphs. Header rows of grid tables repeat on a new page."""
    body = doc.element.body
    for p in body.iter(qn("w:p")):
        ppr = p.get_or_add_pPr()
        if ppr.find(qn("w:keepLines")) is None:
            kl = OxmlElement("w:keepLines")
            anchor = ppr.find(qn("w:keepNext"))
            if anchor is None:
                anchor = ppr.find(qn("w:pStyle"))
            if anchor is not None:
                anchor.addnext(kl)
            else:
                ppr.insert(0, kl)
    for tbl in body.iter(qn("w:tbl")):
        _grid_from_cells(tbl)
        rows = tbl.findall(qn("w:tr"))
        for i, tr in enumerate(rows):
            trpr = tr.find(qn("w:trPr"))
            if trpr is None:
                trpr = OxmlElement("w:trPr")
                tr.insert(0 if tr.find(qn("w:tblPrEx")) is None else 1, trpr)
            trpr.append(OxmlElement("w:cantSplit"))
            if i == 0 and len(rows) > 12:
                trpr.append(OxmlElement("w:tblHeader"))


def _grid_from_cells(tbl):
    """Copy the first row's cell widths (w:tcW) into w:tblGrid, which LibreOffice uses."""
    first = tbl.find(qn("w:tr"))
    grid_el = tbl.find(qn("w:tblGrid"))
    if first is None or grid_el is None:
        return
    widths = []
    for tc in first.findall(qn("w:tc")):
        w = tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
        if w is None or w.get(qn("w:type")) != "dxa":
            return
        widths.append(w.get(qn("w:w")))
    cols = grid_el.findall(qn("w:gridCol"))
    if len(cols) != len(widths):
        return
    for col, w in zip(cols, widths):
        col.set(qn("w:w"), w)
