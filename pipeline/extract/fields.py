"""Document-level fields: diarienummer, dates, title, municipality, body, officer."""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.rules import rules
from pipeline.extract.units import Unit

HEAD_UNITS = 14  # how far "the top of the document" reaches
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "maj": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "okt": 10, "nov": 11, "dec": 12,
}


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


_DNR_LABEL = re.compile(r"(?i)\b(dnr|diarienr|diarienummer|ärendenummer|vårt dnr|beteckning)\b\.?:?\s*$")


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
            if _DNR_LABEL.search(before) or _DNR_LABEL.search(prev):
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


# ---- dates ----------------------------------------------------------------------

def _to_iso(groups: dict) -> str | None:
    try:
        month = int(groups["month"]) if "month" in groups else _MONTHS[groups["monthname"].lower()[:3]]
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


_DATE_LABEL = re.compile(r"(?i)\b(datum|sammanträdesdatum|sammanträdesdag|sammanträdets datum)\b\s*:?\s*$")


def _labelled_date(texts: list[str] | tuple[str, ...]) -> str | None:
    """"Datum 2023-04-01", or a label in one cell/line and the date in the next."""
    for i, text in enumerate(texts):
        for iso, pos in find_dates(text):
            before = text[:pos]
            if _DATE_LABEL.search(before) or (not before.strip() and i and _DATE_LABEL.search(texts[i - 1])):
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
            m = re.search(r"(?i)\b(inskickat|inlämnad|inlämnat|inkommen|inkom)\s*:\s*", text)
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

TITLE = re.compile(
    r"(?i)^\s*(?:§\s*\d+\s*[:.–-]?\s*|rubrik\s*:\s*)?(?P<title>(?:förslag till )?svar på (?:motion|medborgarförslag|e-förslag)\b.*"
    r"|motion(?:\s+\d{4}:\d+)?\s+(?:om|angående|gällande|rörande|avseende|för|till|kring|[-–:])\s*.*"
    r"|medborgarförslag\b.*|e-förslag\b.*"
    r"|yttrande (?:över|angående|gällande|på|om|avseende)\b.*"
    r"|(?:beredning|behandling|besvarande|avskrivning) av (?:motion|medborgarförslag)\b.*"
    r"|redovisning av\b.*)$"
)
GENERIC = re.compile(
    r"(?i)^(tjänsteskrivelse|tjänsteutlåtande|utlåtande|protokollsutdrag|protokoll|sammanträdesprotokoll|"
    r"utdrag ur protokoll|motion|yttrande|medborgarförslag|kommunfullmäktige|kommunstyrelsen|beslut)\.?$"
)


RUBRIK = re.compile(r"(?i)^\s*rubrik\s*:\s*(?P<title>\S.{2,150})$")


def pick_title(units: list[Unit]) -> str | None:
    for u in units[:HEAD_UNITS * 2]:
        m = RUBRIK.match(u.text)  # a form's title field
        if m:
            return _clean_title(m.group("title"))
    for u in units[:HEAD_UNITS + 6]:
        if len(u.text) > 200 or u.placeholder:
            continue
        m = TITLE.match(u.text)
        if m:
            return _clean_title(m.group("title"))
    for u in units[:HEAD_UNITS]:
        if u.is_heading and not u.is_section_heading and not GENERIC.match(u.text) and not find_dnrs(u.text):
            if 2 <= len(u.text.split()) <= 20:
                return _clean_title(re.sub(r"^\s*§\s*\d+\s*", "", u.text))
    return None


def _clean_title(text: str) -> str:
    return text.strip().rstrip(".").strip()


# ---- municipality, body, officer --------------------------------------------------

MUNICIPALITY = re.compile(r"\b(?P<name>[A-ZÅÄÖ][a-zåäö]+(?:[- ][A-ZÅÄÖ][a-zåäö]+)?) kommuns?\b")
MUNICIPALITY_CAPS = re.compile(r"\b(?P<name>[A-ZÅÄÖ]{3,}(?:[- ][A-ZÅÄÖ]{3,})?) KOMMUNS?\b")  # letterheads
NOT_A_PLACE = {"Hela", "Vår", "Denna", "Den", "Varje", "Vilken", "Egen", "Samma", "En", "Er", "Din", "Vilka", "Per", "Att", "Som"}


def pick_municipality(units: list[Unit], headers: tuple[str, ...]) -> str | None:
    texts = list(headers) + [u.text for u in units[:HEAD_UNITS]] + [u.text for u in units[HEAD_UNITS:]]
    for text in texts:
        for m in MUNICIPALITY.finditer(text):
            name = m.group("name")
            if name.split()[0] in NOT_A_PLACE:
                continue
            return f"{name} kommun"
    for text in texts:
        m = MUNICIPALITY_CAPS.search(text)
        if m:
            return f"{m.group('name').title()} kommun"
    return None


def body_code(text: str) -> str | None:
    hit = rules("bodies").first(text)
    if hit is None:
        return None
    if hit.meta.get("code"):
        return hit.meta["code"]
    name = hit.groups.get("name", hit.text)
    return name[:1].upper() + name[1:]


def pick_body(units: list[Unit], headers: tuple[str, ...], doc_type: str, title_unit: int | None) -> str | None:
    if doc_type in ("motion", "citizen_proposal"):
        for u in units:
            if re.search(r"(?i)\b(till|föreslår|yrkar)\b[^.]{0,30}\b(kommun)?fullmäktige\b", u.text):
                return "KF"
            if re.search(r"(?i)\btill\b\s+(kommunstyrelsen|[\wåäö-]+nämnden)\b", u.text):
                return body_code(u.text)
        # Motions and most medborgarförslag are addressed to the council.
        return "KF"
    end = title_unit if title_unit is not None else HEAD_UNITS
    for u in units[: max(end, 1)]:
        # "Till kommunstyrelsen" names the addressee, not the body that writes.
        if len(u.text) <= 80 and not re.match(r"(?i)^\s*till\b", u.text):
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


PERSON = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?: (?:af |von |de )?[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2}"
PERSON_LINE = re.compile(rf"^(?P<name>{PERSON})(?:,\s*[a-zåäö][\w -]*)?$")  # "Elin Rapp, utredare"
OFFICER_LABEL = re.compile(
    rf"(?i:handläggare|handläggande tjänsteperson|kontaktperson|kontakt|upplysningar lämnas av|ansvarig tjänsteperson|"
    rf"föredragande)\b\s*:?\s*\n?\s*(?P<name>{PERSON})"
)
CONTACT = re.compile(r"(?i)(\btel\b|telefon|\b0\d{1,3}[- ]\d|@[\w.-]+\.\w+)")


LABEL_WORDS = re.compile(
    r"(?i)^(?:(?:handläggare|mottagare|till|datum|vårt datum|diarienummer|dnr|vår referens|er referens|"
    r"vår beteckning|er beteckning|referens|telefon|e-post|enhet|förvaltning)\s*)+$"
)


# A job title set after a name in a header row ("Mira Lundell Bibliotekskonsulent").
JOB_TITLE = re.compile(
    r"(?i)(konsulent|strateg|chef|sekreterare|handläggare|utredare|ingenjör|samordnare|ansvarig|ledare|"
    r"direktör|controller|jurist|ekonom|planerare|arkitekt|specialist|utvecklare|rådgivare|assistent|registrator)$"
)


def trim_job_title(name: str) -> str:
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and JOB_TITLE.search(words[-1]) else name


def _officer_from_label_rows(units: list[Unit]) -> str | None:
    """A row of labels over a row of values: a table, or a PDF's text of one."""
    by_pos = {u.table_pos: u for u in units if u.table_pos}
    for i, u in enumerate(units[: HEAD_UNITS + 6]):
        if not re.search(r"(?i)\bhandläggare\b", u.text) or not LABEL_WORDS.match(u.text):
            continue
        below = None
        if u.table_pos:
            t, r, c = u.table_pos
            below = by_pos.get((t, r + 1, c))
        elif i + 1 < len(units):
            below = units[i + 1]
        if below is not None:
            first_line = (below.raw or below.text).split("\n")[0]
            for m in re.finditer(rf"(?<![\w.])(?P<name>{PERSON})\b", first_line):
                if not LABEL_WORDS.match(m.group("name")) and not find_dnrs(m.group("name")):
                    return trim_job_title(m.group("name"))
    return None


def pick_officer(units: list[Unit], headers: tuple[str, ...]) -> str | None:
    from_rows = _officer_from_label_rows(units)
    if from_rows:
        return from_rows
    texts = [u.text for u in units] + list(headers)
    for text, nxt in zip(texts, texts[1:] + [""]):
        # The label and the name may sit in one block or in two (PDF lines).
        m = OFFICER_LABEL.search(f"{text} {nxt}" if len(text) < 40 else text)
        if m:
            return m.group("name")
    # A name over a phone number or an e-mail: in the letterhead or signed at the end.
    candidates = list(range(min(len(units), HEAD_UNITS + 4))) + list(range(max(0, len(units) - 10), len(units)))
    for i in dict.fromkeys(candidates):
        u = units[i]
        m = PERSON_LINE.match(u.text)
        if m and body_code(u.text) is None:
            near = " ".join(x.text for x in units[i + 1: i + 4])
            if CONTACT.search(near):
                return m.group("name")
    # A signature block at the end: name, title, phone, e-mail on their own lines.
    for u in reversed(units):
        lines = (u.raw or u.text).split("\n")
        m = PERSON_LINE.match(lines[0].strip())
        if m and len(lines) >= 2 and CONTACT.search(" ".join(lines[1:])) and body_code(lines[0]) is None:
            return m.group("name")
    return None
