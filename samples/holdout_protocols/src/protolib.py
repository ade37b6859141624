"""Helpers for the whole-protocol batch (held-out batch 5).

Truth items are typed by hand in the case modules; this file only gives the
JSON shape (item, dec) and a few builders for the long, repetitive parts of a
protocol: member lists, voting lists, election lists. Names are generated from
fixed lists with a fixed seed, so every rebuild gives the same people. Nothing
here reads or runs the extraction pipeline.
"""
from __future__ import annotations

import random

SIG = ("sig_table",)

SUBJECTS = {"motion", "citizen_proposal", "none"}
EVENTS = {"raised", "proposed", "decided", "referred_back", "postponed", "written_off",
          "reported", "other"}
OUTCOMES = {"bifall", "avslag", "besvarad", "delvis_bifall", "aterremiss", "bordlagd",
            "avskriven", "overlamnad"}


def dec(outcome, proposed, text, per_clause=None):
    """decision record; per_clause: [(clause_number, outcome), ...]"""
    return {"outcome": outcome, "proposed": proposed, "text": text,
            "clause_outcomes": [{"clause_number": n, "outcome": o} for n, o in (per_clause or [])]}


def item(paragraph, title, *, agenda=None, dnr=None, key=None, subject="none", event="other",
         authors=(), clauses=(), comments=(), decision=None, reason=None, estimated_done=None):
    """one truth item. authors: (name, party); clauses: texts (numbered 1..n);
    comments: (clause_number, text)."""
    return {
        "paragraph": str(paragraph),
        "agenda_number": None if agenda is None else str(agenda),
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
        "estimated_done": estimated_done,
    }


def truth(kind, municipality, body, meeting_date, items):
    return {"doc_type": "protocol", "kind": kind, "municipality": municipality, "body": body,
            "meeting_date": meeting_date, "items": items}


def none_item(paragraph, title, dnr=None, key=None, agenda=None):
    return item(paragraph, title, agenda=agenda, dnr=dnr, key=key)


# ---------------------------------------------------------------- people
FIRST = """Anders Anna Agnes Ahmed Albin Alice Alva Amanda Andreas Ann-Sofie Arvid Astrid Axel
Barbro Bengt Birgitta Björn Bo Britt Camilla Carina Carl Caroline Christer Cecilia Dan
Daniel David Ebba Elin Elisabet Ellen Emil Emma Erik Eva Fatima Filip Frida Fredrik
Gabriel Gerd Gun Gunnar Gustav Hamid Hans Helena Henrik Hugo Ida Inger Isak Jakob Jan
Jenny Jessica Joakim Johanna Jonas Josefin Karl Karin Kerstin Kjell Klara Kristina Lars
Leila Lennart Lena Linda Lisa Louise Ludvig Magnus Maja Malin Maria Marcus Margareta
Mattias Mikael Moa Mohammed Monica Nils Nina Ola Olof Omar Patrik Per Petra Rebecka
Robert Rut Sam Sanna Sara Sebastian Siv Sofie Stefan Stina Susanne Sven Thomas Tilda
Tobias Torbjörn Ulf Ulrika Valter Vera Viktor Wilma Yusuf Åsa Örjan""".split()
LAST = """Abrahamsson Alm Andersson Arvidsson Backlund Berg Berglund Bergman Björk Blom Boman
Broberg Burman Dahlberg Dahlgren Ek Eklund Ekström Engström Eriksson Falk Forsberg Fransson
Fredriksson Grahn Granlund Gustafsson Hagberg Hallberg Hedlund Hellström Holm Holmberg
Håkansson Isaksson Jakobsson Jansson Johansson Jonsson Karlsson Kjellberg Kvist Larsson
Lind Lindberg Lindgren Lindholm Lindström Ljungberg Lundberg Lundgren Lundin Lundqvist
Magnusson Malmberg Markström Mattsson Nilsson Norberg Nordin Nordström Nyberg Nyström
Olsson Persson Pettersson Rask Ringström Rydberg Sandberg Sandström Sjögren Skoglund
Stenberg Strand Ström Sundberg Sundqvist Svensson Söderberg Sörensen Törnqvist Wallin
Westberg Wikström Åberg Åkesson Öberg Östlund""".split()


def people(counts, seed, fixed=()):
    """counts: [(party, n)]; fixed: [(name, party)] placed first in their party.
    Returns [(name, party)] grouped by party in the order of counts."""
    rng = random.Random(seed)
    used = {n for n, _ in fixed}
    out = []
    for party, n in counts:
        group = [(nm, p) for nm, p in fixed if p == party][:n]
        while len(group) < n:
            nm = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if nm in used:
                continue
            used.add(nm)
            group.append((nm, party))
        out += group
    return out


def party_of(members, name):
    for n, p in members:
        if n == name:
            return p
    raise KeyError(name)
