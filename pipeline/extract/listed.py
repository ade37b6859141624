"""Items a § lists: the motions an announcement raises, the rows of a report on
unfinished motions. Each listed matter becomes an item of its own, sharing the §'s
number; the shapes (titles, sentences, table columns) are in patterns/items.jsonl."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract import fields
from pipeline.extract.people import names_in
from pipeline.extract.record import Author, Clause, Decision, Item, Warning
from pipeline.extract.retold import retold_in_text
from pipeline.extract.rules import rules
from pipeline.extract.units import Unit
from pipeline.vocab import ItemEvent, Outcome, Subject

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


def _rx(rule_id: str) -> re.Pattern:
    return rules("items").regex(rule_id)


_FRAME = re.compile(r"^(?:motion|medborgarförslag|e-förslag)(?:en|et)?\s+(?:om|angående|gällande|rörande|avseende)\s+")


def _core(title: str) -> str:
    return _FRAME.sub("", " ".join(title.lower().split())).strip(" .")


def make_item(span, *, dnr=None, title=None, subject=Subject.NONE, event=ItemEvent.OTHER, authors=(),
              clauses=(), comments=(), decision=None, reason=None, estimated_done=None, page=None, block=0,
              block_end=0, warnings=()) -> Item:
    raw, key = dnr or (None, None)
    return Item(span.head.paragraph, span.head.agenda_number, raw, key, title, subject, event, tuple(authors),
                tuple(clauses), tuple(comments), decision, reason, estimated_done, page, block, block_end,
                tuple(warnings))


@dataclass
class _Entry:
    title: str
    texts: list[str] = field(default_factory=list)
    page: int | None = None
    block: int = 0
    from_sentence: bool = False


def _subject_of(texts: list[str], default: str = Subject.MOTION) -> str:
    if any(_rx("about_citizen_proposal").search(t) for t in texts):
        return Subject.CITIZEN_PROPOSAL
    if any(_rx("about_motion").search(t) for t in texts):
        return Subject.MOTION
    return default


def author_cell(text: str, subject: str) -> list[Author]:
    return _authors([text], subject)


def _authors(texts: list[str], subject: str) -> list[Author]:
    people = [Author(p.name, p.party) for t in texts for p in names_in(t)]
    if not people and len(texts) == 1:
        # A table cell of names alone (citizens, or members without a party).
        lines = [ln.strip() for ln in texts[0].split("\n") if ln.strip()]
        bare = rules("people").regex("bare_names")
        if lines and all(bare.fullmatch(ln) for ln in lines):
            split = rules("people").regex("name_separator")
            return [Author(n.strip(), None) for ln in lines for n in split.split(ln) if n.strip()]
    if not people and subject == Subject.CITIZEN_PROPOSAL:
        person = rules("people").alternation("PERSON")
        for t in texts:
            # "… av Maja Lund", "Förslagsställare: Maja Lund", "Maja Lund, Tallåsen, har …"
            # … or "Maja Lunds medborgarförslag om …". A name that ends in s takes no
            # extra s ("Tobias medborgarförslag"), so a vowel before the s is not cut.
            m = (re.search(rf"(?i:\b(?:av|från|förslagsställare:?|inlämnat av)\s+)(?P<name>{person})", t)
                 or re.match(rf"\s*(?P<name>{person})(?:,\s*[A-ZÅÄÖ][\wåäö-]+,)?\s+(?:har|hade|lämnar|vill)\b", t)
                 or re.match(rf"\s*(?:\d{{1,2}}[.)]\s+|[-–•]\s+)?(?P<name>{person})(?<![aeiouyåäöé])s\s+(?i:medborgarförslag|e-förslag)\b", t))
            if m:
                people.append(Author(m.group("name"), None))
                break
    seen: dict[str, Author] = {}
    for p in people:
        seen.setdefault(p.name, p)
    return list(seen.values())


def _first_dnr(texts: list[str]) -> tuple[str, str] | None:
    for t in texts:
        for raw, key, _pos in fields.find_dnrs(t):
            return raw, key
    return None


# ---- tables ------------------------------------------------------------------------

def _rows(units: list[Unit]) -> list[list[Unit]]:
    rows: dict[tuple[int, int], list[Unit]] = {}
    for u in units:
        if u.table_pos is not None:
            rows.setdefault(u.table_pos[:2], []).append(u)
    return [sorted(cells, key=lambda c: c.table_pos[2]) for _, cells in sorted(rows.items())]


def _columns(row: list[Unit]) -> dict[str, int] | None:
    """Column roles from a header row ("Dnr", "Motion", "Motionär", "Beräknas klar")."""
    roles: dict[str, int] = {}
    for cell in row:
        for hit in rules("items").find(cell.text, "COLUMN"):
            if hit.start == 0 or hit.meta["value"] == "estimated":
                roles.setdefault(hit.meta["value"], cell.table_pos[2])
                break
    return roles if {"dnr", "title"} <= roles.keys() or {"title", "estimated"} <= roles.keys() else None


def table_entries(units: list[Unit], default_subject: str) -> list[dict]:
    """One dict per data row of every table with a recognisable header row."""
    out = []
    columns = None
    subject = default_subject
    for row in _rows(units):
        header = _columns(row)
        if header:
            columns = header
            continue
        if columns is None:
            continue
        cells = {c.table_pos[2]: c for c in row}
        texts = list(dict.fromkeys(c.text for c in row if c.text))
        if len(texts) == 1 and not fields.find_dnrs(texts[0]):
            subject = _subject_of(texts, subject)  # a sub-heading row: "Medborgarförslag"
            continue

        def cell(role: str) -> str | None:
            c = cells.get(columns.get(role, -1))
            if c is None or not c.text:
                return None
            return (c.raw or c.text) if role == "authors" else c.text  # names one per line

        title = cell("title")
        if not title:
            continue
        out.append(dict(title=title, dnr=_first_dnr([cell("dnr") or ""]), authors_text=cell("authors"),
                        estimated=cell("estimated"), subject=_subject_of([title], subject),
                        page=row[0].page, block=row[0].block))
    return out


# ---- announcements -------------------------------------------------------------------

def _entries(units: list[Unit]) -> list[_Entry]:
    """The matters an announcement lists as lines or sentences, each with the lines
    below it (its Dnr, "Inlämnad … av …")."""
    entries: list[_Entry] = []
    current: _Entry | None = None
    for u in units[1:]:
        if u.table_pos is not None or u.section in {"DECISION", "SEND_TO", "SIGNATURES"}:
            current = None
            continue
        if u.is_section_heading:
            current = None
            continue
        m = _rx("entry_title").match(u.text)
        if m:
            current = _Entry(m.group("title").strip().rstrip("."), [u.text], u.page, u.block)
            entries.append(current)
            continue
        sentences = [s for s in SENTENCE.split(u.text) if _rx("entry_sentence").search(s)]
        if sentences:
            for s in sentences:
                sm = _rx("entry_sentence").search(s)
                title = f"{sm.group('kind').capitalize()} {sm.group('about').strip()}"
                entries.append(_Entry(title, [s], u.page, u.block, from_sentence=True))
            current = entries[-1]
            continue
        if current is not None and len(u.text) <= 300 and not _rx("handover").search(u.text):
            current.texts.append(u.text)
    return _merge_repeats(entries)


def _merge_repeats(entries: list[_Entry]) -> list[_Entry]:
    """A motion told in a sentence and listed again (in the beslutsunderlag) is one."""
    out: list[_Entry] = []
    for e in entries:
        twin = next((o for o in out if _core(o.title) == _core(e.title)
                     or (_first_dnr(o.texts) and _first_dnr(o.texts) == _first_dnr(e.texts))), None)
        if twin is None:
            out.append(e)
            continue
        if twin.from_sentence and not e.from_sentence:
            twin.title, twin.from_sentence = e.title, False
        twin.texts += e.texts
    return out


def _head_dnrs(units: list[Unit]) -> list[str]:
    out: list[str] = []
    for u in units[:8]:
        if u.is_section_heading:
            break
        out += [raw for raw, _key, _pos in fields.find_dnrs(u.text) if raw not in out]
    return out


def _handover(units: list[Unit], subject: str) -> Decision | None:
    """The sentence handing the matters over ("Motionerna överlämnas till …"); where
    motions and medborgarförslag are handed over apart, the one naming the kind."""
    ordered = [u for u in units if u.section == "DECISION"] + [u for u in units if u.section != "DECISION"]
    found = [s.strip() for u in ordered if not u.is_section_heading for s in SENTENCE.split(u.text)
             if _rx("handover").search(s) and not _rx("entry_title").match(s)]
    if not found:
        return None
    same_kind = [s for s in found if _subject_of([s], Subject.NONE) == subject]
    return Decision(Outcome.OVERLAMNAD, False, (same_kind or found)[0], ())


def announced(units: list[Unit], span, title: str, where: dict, ctx) -> list[Item]:
    def handover(subject: str) -> Decision | None:
        d = _handover(units, subject)
        return Decision(d.outcome, True, d.text, ()) if d is not None and ctx.kallelse else d

    event = ItemEvent.PROPOSED if ctx.kallelse else ItemEvent.RAISED
    default = _subject_of([title])
    items = []
    for e in table_entries(units, default):
        authors = _authors([e["authors_text"] or ""], e["subject"])
        items.append(make_item(span, dnr=e["dnr"], title=e["title"], subject=e["subject"], event=event,
                               authors=authors, decision=handover(e["subject"]), page=e["page"], block=e["block"],
                               block_end=where["block_end"]))
    entries = _entries(units)
    head_dnrs = _head_dnrs(units)
    if entries and len(head_dnrs) == len(entries) and not any(_first_dnr(e.texts) for e in entries):
        # The Dnr lines under the heading, one per matter listed below, in order.
        for e, raw in zip(entries, head_dnrs):
            e.texts.append(raw)
    for e in entries:
        subject = _subject_of([e.title], default)
        warnings = ()
        if e.from_sentence:
            warnings = (Warning("title_from_sentence", f"Titeln ”{e.title}” är återgiven ur en mening i § "
                                                       f"{span.head.paragraph}, inte skriven som rubrik."),)
        retold = [t for text in e.texts for t in retold_in_text(text)]
        clauses = [Clause(n, t, e.page, e.block) for n, t in enumerate(dict.fromkeys(retold), 1)]
        items.append(make_item(span, dnr=_first_dnr(e.texts), title=e.title, subject=subject, event=event,
                               authors=_authors(e.texts, subject), clauses=clauses, decision=handover(subject),
                               page=e.page, block=e.block,
                               block_end=where["block_end"], warnings=warnings))
    if not items:
        # "Inga nya motioner har kommit in": an item about no motion.
        return [make_item(span, title=title, **where)]
    return items


def reported(units: list[Unit], span, title: str, where: dict) -> list[Item]:
    items = []
    for e in table_entries(units, Subject.MOTION):
        authors = _authors([e["authors_text"] or ""], e["subject"])
        items.append(make_item(span, dnr=e["dnr"], title=e["title"], subject=e["subject"], event=ItemEvent.REPORTED,
                               authors=authors, estimated_done=e["estimated"], page=e["page"], block=e["block"],
                               block_end=where["block_end"]))
    if not items:
        warning = Warning("report_without_table", f"§ {span.head.paragraph} redovisar ärenden, men ingen tabell "
                                                  "med diarienummer och rubrik hittades.")
        return [make_item(span, title=title, warnings=(warning,), **where)]
    return items


def written_off(units: list[Unit], span, decision: Decision, reason: str | None, where: dict) -> list[Item]:
    """A § that writes off a list of motions (often as "Bilaga 1 till § 74" after the
    last §): one item per row of the list, each with the § decision. None when no
    list of motions is found, so the § is read as one item."""
    entries = table_entries(units, Subject.MOTION)
    if not any(e["dnr"] for e in entries):
        return []  # no list of motions: the § is read as one item
    items = []
    for e in entries:
        # A row without Dnr is still a motion written off: filed by its title, and said.
        warnings = () if e["dnr"] else (Warning("written_off_without_dnr", (
            f"”{e['title']}” avskrivs i § {span.head.paragraph} men har inget diarienummer i förteckningen; "
            "kontrollera att den kopplats till rätt ärende.")),)
        items.append(make_item(span, dnr=e["dnr"], title=e["title"], subject=e["subject"],
                               event=ItemEvent.WRITTEN_OFF, authors=_authors([e["authors_text"] or ""], e["subject"]),
                               decision=decision, reason=reason, page=e["page"], block=e["block"],
                               block_end=where["block_end"], warnings=warnings))
    return items

