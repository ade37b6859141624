"""Document-level fields: diarienummer, dates, title, municipality, body, officer."""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.rules import RuleSet, rules
from pipeline.extract.units import Unit

HEAD_UNITS = 14  # how far "the top of the document" reaches


# ---- diarienummer -------------------------------------------------------------

def dnr_key(org: str, year: str, serial: str) -> str:
    """Normal form so that "KS 20/399" and "KS 2020/0399" meet: "KS 2020/399"."""
    y = int(year)
    if y < 100:
        # Two-digit years: 00-69 are this century (diaries are younger than 1970).
        y += 2000 if y < 70 else 1900
    return f"{org.upper()} {y}/{int(serial)}"


def find_dnrs(text: str) -> list[tuple[str, str, int]]:
    """(raw, key, position) for every diarienummer in `text`."""
    out = []
    last_end = -1
    for hit in rules("dnr").find(text):
        if hit.start < last_end:
            continue
        g = hit.groups
        # A labelled rule captures the Dnr without its label in "raw".
        raw = g.get("raw", hit.text)
        out.append((raw, dnr_key(g["org"], g["year"], g["serial"]), hit.start + hit.text.index(raw)))
        last_end = hit.end
    return out


def _dnr_label(text: str) -> bool:
    """The text ends in a Dnr label ("Dnr", "Diarienummer:"; patterns/dnr_labels.jsonl)."""
    return rules("dnr_labels").regex("label_dnr").search(text) is not None


def pick_dnr(units: list[Unit], headers: tuple[str, ...], doc_type: str = "") -> tuple[str | None, str | None]:
    """Prefer a labelled Dnr ("Dnr KS 20/399"), then the top of the page, then headers.

    A document of another kind (a kallelse, a föredragningslista) lists many
    cases: it has a Dnr of its own only if it names exactly one."""
    if doc_type == "other":
        found = {key: raw for text in [u.text for u in units] + list(headers) for raw, key, _ in find_dnrs(text)}
        return next(iter(found.items()))[::-1] if len(found) == 1 else (None, None)
    labelled, first = None, None
    texts = [u.text for u in units]
    for i, text in enumerate(texts):
        for raw, key, pos in find_dnrs(text):
            before = text[:pos]
            prev = texts[i - 1] if i and not before.strip() else ""
            if _dnr_label(before) or _dnr_label(prev):
                labelled = labelled or (raw, key)
            if first is None and (i < HEAD_UNITS or not headers):
                first = (raw, key)
        if labelled:
            break
    if labelled:
        return labelled
    for text in headers:
        for raw, key, pos in find_dnrs(text):
            return raw, key
    if first:
        return first
    for text in texts:
        for raw, key, _ in find_dnrs(text):
            return raw, key
    return None, None


def dnr_candidates(units: list[Unit], headers: tuple[str, ...]) -> list[str]:
    """Distinct Dnr (by key) at the top of the document and in its running heads,
    where a document states its own; the rest of the text cites other cases."""
    found: dict[str, str] = {}
    # A Dnr inside a sentence ("… beslutade att avstyrka motionen (dnr TN 2023/2210)")
    # cites another case; a document states its own in a short line, a field or a head.
    texts = list(headers) + [u.text for u in units[:HEAD_UNITS] if len(u.text) <= 100 or u.table_pos]
    for text in texts:
        for raw, key, _ in find_dnrs(text):
            found.setdefault(key, raw)
    return list(found.values())


# ---- dates ----------------------------------------------------------------------

def _months(rs: RuleSet) -> dict[str, int]:
    # A month is known by the first three letters of its words ("Sept", "SEPTEMBER").
    return {word.lower()[:3]: meta["value"] for words, meta in rs.word_rules("MONTH") for word in words}


def _to_iso(groups: dict) -> str | None:
    try:
        if "month" in groups:
            month = int(groups["month"])
        else:
            month = rules("months").derived("by_prefix", _months)[groups["monthname"].lower()[:3]]
        return dt.date(int(groups["year"]), month, int(groups["day"])).isoformat()
    except (KeyError, ValueError):
        return None


def find_dates(text: str) -> list[tuple[str, int]]:
    out = []
    for hit in rules("dates").find(text):
        iso = _to_iso(hit.groups)
        if iso:
            out.append((iso, hit.start))
    return out


def _date_label(text: str) -> bool:
    """The text ends in a date label ("Datum", "Sammanträdesdatum:"; patterns/date_labels.jsonl)."""
    return rules("date_labels").regex("label_datum").search(text) is not None


def _labelled_date(texts: list[str] | tuple[str, ...]) -> str | None:
    """"Datum 2023-04-01", or a label in one cell/line and the date in the next."""
    for i, text in enumerate(texts):
        for iso, pos in find_dates(text):
            before = text[:pos]
            if _date_label(before) or (not before.strip() and i and _date_label(texts[i - 1])):
                return iso
    return None


def _first_date(texts) -> str | None:
    for text in texts:
        found = find_dates(text)
        if found:
            return found[0][0]
    return None


def pick_date(units: list[Unit], headers: tuple[str, ...], doc_type: str) -> str | None:
    texts = [u.text for u in units]
    labelled = _labelled_date(texts[: HEAD_UNITS * 2]) or _labelled_date(headers)
    if labelled:
        return labelled
    if doc_type in ("motion", "citizen_proposal"):
        # A form states when it was sent in; otherwise a motion is dated where it
        # is signed: the last date in it.
        for text in texts:
            m = rules("date_labels").regex("label_submitted").search(text)
            if m:
                found = find_dates(text[m.end():])
                if found and found[0][1] == 0:
                    return found[0][0]
        for text in reversed(texts):
            found = find_dates(text)
            if found:
                return found[-1][0]
        return _first_date(headers)
    # The letterhead carries the document's own date; the body may cite older ones.
    return _first_date(headers) or _first_date(texts[:HEAD_UNITS])


# ---- title ------------------------------------------------------------------------
# Shapes of a title, and headings that are never one, in patterns/titles.jsonl.

def pick_title(units: list[Unit]) -> str | None:
    titles = rules("titles")
    for u in units[:HEAD_UNITS * 2]:
        m = titles.regex("form_title").match(u.text)  # a form's title field
        if m:
            return _clean_title(m.group("title"))
    for u in units[:HEAD_UNITS + 6]:
        if len(u.text) > 200 or u.placeholder:
            continue
        m = titles.regex("title").match(u.text)
        if m:
            return _clean_title(m.group("title"))
    for u in units[:HEAD_UNITS]:
        letterhead = u.text.isupper() and len(u.text.split()) <= 5  # "MODERATERNA I NORDVALLA"
        if (u.is_heading and not u.is_section_heading and not titles.regex("generic_heading").match(u.text)
                and not find_dnrs(u.text) and not letterhead):
            if 2 <= len(u.text.split()) <= 20:
                return _clean_title(re.sub(r"^\s*§\s*\d+\s*", "", u.text))
    return _title_after_marker(units)


_LONE_PARAGRAPH = re.compile(r"^\s*(?:[A-ZÅÄÖ]{2,6}\s+)?§\s*\d+\s*$")
_ADDRESSED = re.compile(r"(?i)^\s*till\s+(?:kommun)?fullmäktige\b")


def _title_after_marker(units: list[Unit]) -> str | None:
    """Plain text has no heading styles: the title is the short line right after a
    lone "§ 14" or after the addressing line "Till kommunfullmäktige i Prästtorps kommun"."""
    for prev, u in zip(units[: HEAD_UNITS * 2], units[1: HEAD_UNITS * 2 + 1]):
        if not (_LONE_PARAGRAPH.match(prev.text) or _ADDRESSED.match(prev.text)):
            continue
        words = u.text.split()
        if 2 <= len(words) <= 20 and not u.text.rstrip().endswith((".", ":")) and not find_dnrs(u.text) \
                and not find_dates(u.text):
            return _clean_title(u.text)
    return None


def _clean_title(text: str) -> str:
    return text.strip().rstrip(".").strip()


# ---- municipality, body, officer --------------------------------------------------
# "<Name> kommun" and the words that are no name (patterns/places.jsonl); bodies and
# how a text is addressed (patterns/bodies.jsonl); the officer (patterns/officer.jsonl).

def _not_a_place(rs: RuleSet) -> frozenset[str]:
    return frozenset(rs.words("NOT_A_PLACE"))


def pick_municipality(units: list[Unit], headers: tuple[str, ...]) -> str | None:
    places = rules("places")
    not_a_place = places.derived("not_a_place", _not_a_place)
    texts = list(headers) + [u.text for u in units[:HEAD_UNITS]] + [u.text for u in units[HEAD_UNITS:]]
    for text in texts:
        for m in places.regex("municipality").finditer(text):
            name = m.group("name")
            if name.split()[0] in not_a_place:
                continue
            return f"{name} kommun"
    for text in texts:
        m = places.regex("municipality_caps").search(text)  # letterheads
        if m:
            return f"{m.group('name').title()} kommun"
    return None


def body_code(text: str) -> str | None:
    hit = rules("bodies").first(text, "BODY")
    if hit is None:
        return None
    if hit.meta.get("code"):
        return hit.meta["code"]
    name = hit.groups.get("name", hit.text)
    return name[:1].upper() + name[1:]


def pick_body(units: list[Unit], headers: tuple[str, ...], doc_type: str, title_unit: int | None) -> str | None:
    bodies = rules("bodies")
    if doc_type in ("motion", "citizen_proposal"):
        for u in units:
            if bodies.regex("addressed_to_kf").search(u.text):
                return "KF"
            if bodies.regex("addressed_to_body").search(u.text):
                return body_code(u.text)
        # Motions and most medborgarförslag are addressed to the council.
        return "KF"
    end = title_unit if title_unit is not None else HEAD_UNITS
    for u in units[: max(end, 1)]:
        # "Till kommunstyrelsen" names the addressee, not the body that writes.
        if len(u.text) <= 80 and not bodies.regex("addressee_line").match(u.text):
            code = body_code(u.text)
            if code:
                return code
    for text in headers:
        code = body_code(text)
        if code:
            return code
    for u in units[:HEAD_UNITS]:
        code = body_code(u.text)
        if code:
            return code
    return None


def trim_job_title(name: str) -> str:
    """"Mira Lundell Bibliotekskonsulent": a job title set after a name in a header row."""
    words = name.split()
    job_title = rules("officer").regex("job_title_last")
    return " ".join(words[:-1]) if len(words) > 2 and job_title.search(words[-1]) else name


def _officer_from_label_rows(units: list[Unit]) -> str | None:
    """A row of labels over a row of values: a table, or a PDF's text of one."""
    officer = rules("officer")
    label_row = officer.regex("label_row")
    by_pos = {u.table_pos: u for u in units if u.table_pos}
    for i, u in enumerate(units[: HEAD_UNITS + 6]):
        if not officer.regex("label_row_officer").search(u.text) or not label_row.match(u.text):
            continue
        below = None
        if u.table_pos:
            t, r, c = u.table_pos
            below = by_pos.get((t, r + 1, c))
        elif i + 1 < len(units):
            below = units[i + 1]
        if below is not None:
            first_line = (below.raw or below.text).split("\n")[0]
            for m in officer.regex("person_in_row").finditer(first_line):
                if not label_row.match(m.group("name")) and not find_dnrs(m.group("name")):
                    return trim_job_title(m.group("name"))
    return None


def pick_officer(units: list[Unit], headers: tuple[str, ...]) -> str | None:
    officer = rules("officer")
    person_line, contact = officer.regex("person_line"), officer.regex("contact")  # "Elin Rapp, utredare"
    from_rows = _officer_from_label_rows(units)
    if from_rows:
        return from_rows
    texts = [u.text for u in units] + list(headers)
    for text, nxt in zip(texts, texts[1:] + [""]):
        # The label and the name may sit in one block or in two (PDF lines).
        m = officer.regex("officer_label").search(f"{text} {nxt}" if len(text) < 40 else text)
        if m:
            return m.group("name")
    # A name over a phone number or an e-mail: in the letterhead or signed at the end.
    candidates = list(range(min(len(units), HEAD_UNITS + 4))) + list(range(max(0, len(units) - 10), len(units)))
    for i in dict.fromkeys(candidates):
        u = units[i]
        m = person_line.match(u.text)
        if m and body_code(u.text) is None:
            near = " ".join(x.text for x in units[i + 1: i + 4])
            if contact.search(near):
                return m.group("name")
    # A signature block at the end: name, title, phone, e-mail on their own lines.
    for u in reversed(units):
        lines = (u.raw or u.text).split("\n")
        m = person_line.match(lines[0].strip())
        if m and len(lines) >= 2 and contact.search(" ".join(lines[1:])) and body_code(lines[0]) is None:
            return m.group("name")
    return None
