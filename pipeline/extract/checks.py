"""Warnings a secretariat wants before a document goes out (messages in Swedish)."""

from __future__ import annotations

from pipeline.extract.record import Warning
from pipeline.extract.rules import rules
from pipeline.extract.units import Unit, fold


def placeholder_warnings(units: list[Unit]) -> list[Warning]:
    seen: dict[str, None] = {}
    for u in units:
        hits = rules("placeholders").find(u.text)
        if u.placeholder and not hits:
            seen.setdefault(fold(u.text), None)
        for hit in hits:
            seen.setdefault(fold(hit.text).rstrip("."), None)
    return [Warning("placeholder_left", f"Mallens platshållartext finns kvar: ”{text}”.") for text in seen]


def _is_placeholder(u: Unit) -> bool:
    if u.placeholder:
        return True
    hits = rules("placeholders").find(u.text)
    covered = sum(h.end - h.start for h in hits)
    return bool(hits) and covered >= 0.8 * len(u.text.strip())


def send_to_warning(units: list[Unit]) -> list[Warning]:
    for pos, u in enumerate(units):
        if u.is_section_heading and u.section == "SEND_TO":
            # The first line under the heading decides: a signature may follow an
            # unfilled list, and must not count as its content.
            nxt = units[pos + 1] if pos + 1 < len(units) else None
            if nxt is None or nxt.is_section_heading or _is_placeholder(nxt):
                return [Warning("empty_send_to", "”Beslutet ska skickas till” är inte ifyllt.")]
            return []
    return []


def clause_comment_warnings(doc_type: str, clause_numbers: list[int], commented: set[int]) -> list[Warning]:
    if doc_type != "answer" or not commented:
        return []
    return [
        Warning("clause_without_comment", f"Att-sats {n} saknar kommentar i svaret.")
        for n in clause_numbers
        if n not in commented
    ]


def decision_warning(doc_type: str, has_proposal: bool) -> list[Warning]:
    if doc_type == "answer" and not has_proposal:
        return [Warning("answer_without_decision", "Svaret saknar förslag till beslut.")]
    return []


def clause_matching_warning(limited: bool) -> list[Warning]:
    # Only hostile or absurd documents get here (tens of thousands of distinct att-lines).
    if not limited:
        return []
    return [Warning("clause_matching_limited",
                    "Dokumentet har så många olika att-satser att en upprepad att-sats bara känns igen "
                    "när texten är ordagrant densamma.")]
