"""What a step of a case's timeline says happened, as one Swedish sentence.

    "KS föreslår KF att bifalla motionen (KS 2024-03-04 § 45, protokoll_ks.pdf)"
    "Återremitterad till kommunstyrelsen för att utreda kostnaderna (KF 2015-04-27, kf-protokoll.docx)"

queries.TimelineItem.text carries it, so the web page, the CLI and every report show
the same words. Built only from what the register holds (the event, its payload, the
decision row's text and per-clause outcomes); nothing is guessed, and a step without
an outcome says so rather than inventing one.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.labels import EVENT_SV
from pipeline.vocab import EventKind as E, Outcome

# KF decides "att bifalla motionen"; an answer proposes "att motionen bifalls".
ACTIVE = {
    Outcome.BIFALL: "bifalla {obj}", Outcome.AVSLAG: "avslå {obj}", Outcome.BESVARAD: "anse {obj} {answered}",
    Outcome.DELVIS_BIFALL: "delvis bifalla {obj}", Outcome.AVSKRIVEN: "avskriva {obj}",
    Outcome.ATERREMISS: "återremittera ärendet", Outcome.BORDLAGD: "bordlägga ärendet",
    Outcome.OVERLAMNAD: "överlämna {obj} för beredning",
}
PASSIVE = {
    Outcome.BIFALL: "{obj} bifalls", Outcome.AVSLAG: "{obj} avslås", Outcome.BESVARAD: "{obj} anses {answered}",
    Outcome.DELVIS_BIFALL: "{obj} bifalls delvis", Outcome.AVSKRIVEN: "{obj} avskrivs",
    Outcome.ATERREMISS: "ärendet återremitteras", Outcome.BORDLAGD: "ärendet bordläggs",
    Outcome.OVERLAMNAD: "{obj} överlämnas för beredning",
}
# One clause's outcome inside a decision: "bifalla att-sats 1 och 2, avslå att-sats 3".
CLAUSE_VERB = {Outcome.BIFALL: "bifalla", Outcome.AVSLAG: "avslå", Outcome.BESVARAD: "anse besvarad",
               Outcome.AVSKRIVEN: "avskriva"}
OBJECT = {"motion": "motionen", "citizen_proposal": "medborgarförslaget"}
ANSWERED = {"motion": "besvarad", "citizen_proposal": "besvarat"}  # "medborgarförslaget anses besvarat"
_BACK_TO = re.compile(r"återremitter\w*\s+(?:ärendet\s+|motionen\s+|medborgarförslaget\s+)?till\s+"
                      r"(?P<to>.+?)(?:\s+(?P<why>(?:för|med motiveringen)\b.*?))?\s*\.?\s*$", re.I | re.S)


def _numbers(ns: list[int]) -> str:
    ns = sorted(ns)
    head = ", ".join(str(n) for n in ns[:-1])
    return f"att-sats {ns[0]}" if len(ns) == 1 else f"att-satserna {head} och {ns[-1]}"


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " och " + parts[-1]


def clause_phrase(clause_outcomes: list[dict] | None) -> str | None:
    """"bifalla att-satserna 1 och 2 och avslå att-sats 3", or None when the
    decision is about the whole motion."""
    by: dict[str, list[int]] = {}
    for co in clause_outcomes or []:
        if co.get("outcome") in CLAUSE_VERB and co.get("clause_number") is not None:
            by.setdefault(co["outcome"], []).append(int(co["clause_number"]))
    if not by:
        return None
    parts = []
    for outcome, ns in by.items():
        verb = CLAUSE_VERB[outcome]
        parts.append(f"anse {_numbers(ns)} besvarad{'e' if len(ns) > 1 else ''}" if outcome == Outcome.BESVARAD
                     else f"{verb} {_numbers(ns)}")
    return _join(parts)


def reference(body: str | None, date: dt.date | None, paragraph, document: str | None,
              *, with_body: bool = True) -> str:
    """"(KS 2024-03-04 § 45, protokoll_ks.pdf)": where the step stands."""
    who = body if with_body else None
    meeting = " ".join(x for x in (who, date.isoformat() if date else None, f"§ {paragraph}" if paragraph else None)
                       if x)
    return f"({', '.join(x for x in (meeting, None if date else 'utan datum', document) if x)})"


def _short(gov, body: str | None) -> str | None:
    """A body as a protocol writes it: the code where the model knows one ("KS"),
    else the name as the document wrote it."""
    if not body:
        return None
    if gov is not None and body not in gov.bodies:
        low = body.lower()
        code = next((k for k, v in gov.bodies.items() if v.lower() == low), None)
        return code or body
    return body


def _back_to(text: str | None, reason: str | None) -> str:
    """"till kommunstyrelsen för att utreda …" from the decision's own words."""
    m = _BACK_TO.search(" ".join((text or "").split()))
    to = f"till {m.group('to')}" if m else ""
    why = m.group("why") if m and m.group("why") else ""
    if reason and not why:
        why = f"med motiveringen att {reason}"
    return " ".join(x for x in (to, why) if x)


def sentence(kind: str, *, date: dt.date | None, body: str | None, payload: dict | None, document: str | None,
             case_kind: str = "motion", decision_text: str | None = None, clause_outcomes: list[dict] | None = None,
             gov=None) -> str:
    """One timeline step in words, ending in its reference."""
    p = payload or {}
    obj = OBJECT.get(case_kind, "ärendet")
    words = {"obj": obj, "answered": ANSWERED.get(case_kind, "besvarat")}
    who = _short(gov, body)
    council = gov.council if gov is not None else "KF"
    board = gov.board if gov is not None else "KS"
    outcome = p.get("outcome")
    ref = reference(who, date, p.get("paragraph"), document)
    active = clause_phrase(clause_outcomes) or (ACTIVE[outcome].format(**words) if outcome in ACTIVE else None)
    if kind == E.SUBMITTED:
        return f"{obj.capitalize()} lämnas in till {council} {reference(None, date, None, document, with_body=False)}"
    if kind == E.RAISED:
        return f"{obj.capitalize()} väcks i {who or council} {ref}"
    if kind == E.REMITTED:
        if p.get("opinion"):
            said = f" och föreslår att {PASSIVE[outcome].format(**words)}" if outcome in PASSIVE else ""
            return f"Yttrande från {who or 'remissinstans'}{said} {ref}"
        if who in (None, council):
            return f"{council} överlämnar {obj} till {board} för beredning {ref}"
        return f"{who} skickar {obj} på remiss för yttrande {ref}"
    if kind == E.ANSWER_PROPOSED:
        said = f": att {PASSIVE[outcome].format(**words)}" if outcome in PASSIVE else ", utan förslag till beslut"
        return f"Förslag till svar{said} {ref}"
    if kind in (E.DECIDED_KSAU, E.DECIDED_KS):
        to = board if kind == E.DECIDED_KSAU else council
        what = f"att {active}" if active else "ett beslut (utfallet kunde inte läsas)"
        via = "; enligt kallelsen" if p.get("via") == "kallelse" else ""
        return f"{who or (gov.board_committee if kind == E.DECIDED_KSAU and gov else board)} föreslår {to} {what}" \
               f"{via} {ref}"
    if kind == E.DECIDED_KF:
        what = f"att {active}" if active else "i ärendet (utfallet kunde inte läsas)"
        return f"{who or council} beslutar {what} {ref}"
    if kind == E.ATERREMISS:
        back = _back_to(decision_text, p.get("reason"))
        return f"Återremitterad{' ' + back if back else ''} {ref}"
    if kind == E.BORDLAGD:
        return f"Bordlagd i {who or council} {ref}"
    if kind == E.AVSKRIVEN:
        return f"{who or council} avskriver {obj} från vidare handläggning {ref}"
    if kind == E.REPORTED:
        done = p.get("estimated_done")
        est = f"; beräknas vara klar {done}" if done else ""
        return f"Redovisad för {who or council} som ej färdigberedd{est} {ref}"
    if kind == E.LINKED:
        where = reference(None, date, None, document, with_body=False)
        return f"Dokumentet kopplat till ärendet av handläggare {where}"
    return f"{EVENT_SV.get(kind, kind)} {ref}"
