"""Case summaries: `<out_dir>/<KS-2020-399>.md`, `.html` and `.docx` for one case.

    write_case_summary(store, "KS 20/399", "outputs/summaries", today=date.today())
    write_summaries(store, "outputs/summaries", case_ids=[3, 7], today=...)

All three are rendered from one `view.Summary`. Document text is untrusted: the
HTML is autoescaped by Jinja2 (and carries a CSP that forbids scripts), the
Markdown escapes everything a renderer would turn into markup or a link, and Word
gets plain text runs.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from pipeline.reports import docx_util
from pipeline.reports.data import CaseData, case_ids as all_case_ids, load_case
from pipeline.reports.labels import atomic_path
from pipeline.reports.view import Summary, summary_view
from pipeline.store import NotFoundError, Store, find_case_id

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
SUFFIXES = (".md", ".html", ".docx")
FOOTER = "Sammanställt {} ur ärenderegistret. Stycke räknas från 1 i det inlästa dokumentet."


@lru_cache(maxsize=1)
def _env() -> Environment:
    # select_autoescape matches the *last* extension: with only "html" a template
    # named summary.html.j2 would render unescaped (checked: it returns False), so
    # "html.j2" is listed too, and anything else defaults to escaping.
    return Environment(loader=FileSystemLoader(str(TEMPLATES)),
                       autoescape=select_autoescape(["html", "html.j2"], default=True),
                       undefined=StrictUndefined, trim_blocks=False, keep_trailing_newline=True)


# ---- Markdown -----------------------------------------------------------------------

# CommonMark backslash-escapes any ASCII punctuation. Escaped here: what starts
# markup inline or in a table cell — emphasis, code, links and images ([ ]), raw
# HTML and autolinks (< >), entities (&), table pipes, strikethrough. An underscore
# inside a word ("svar_v2.docx") is no emphasis and stays as it is, for readability.
_MD_SPECIAL = re.compile(r"([\\`*\[\]<>|~&]|(?<!\w)_|_(?!\w))")


def md(text) -> str:
    text = "" if text is None else str(text)
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_table(headers: list[str], rows: list[list]) -> list[str]:
    out = ["| " + " | ".join(md(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(md(v) for v in r) + " |" for r in rows]
    return out + [""]


def render_markdown(s: Summary) -> str:
    late = " – **FÖRSENAD**" if s.overdue else ""
    lines = [f"# {md(s.title)}", "", f"Ärendesammanfattning, {md(s.kind)}{late}", ""]
    lines += _md_table(["Uppgift", "Värde"], s.facts)
    lines += ["## Beslut", "", f"- **Förslag till beslut:** {md(s.proposed)}", f"- **Beslut:** {md(s.final)}", ""]
    lines += ["## Att-satser", ""]
    if s.clauses:
        rows = [[c.number, f"{c.text} ({c.source})",
                 " / ".join(f"{t} ({src})" for t, _, src in c.comments) or "–",
                 c.state, c.proposed, c.outcome] for c in s.clauses]
        lines += _md_table(["Nr", "Att-sats", "Kommentar", "Läge", "Föreslaget", "Utfall"], rows)
    else:
        lines += ["Inga att-satser kända för ärendet.", ""]
    lines += ["## Tidslinje", ""]
    lines += _md_table(["Datum", "Vad som hände", "Flaggor"], [[t["date"], t["text"], t["flags"]] for t in s.timeline])
    lines += ["## Källdokument", ""]
    lines += _md_table(["Nr", "Dokument", "Typ", "Status", "Datum", "Anmärkning"],
                       [[f"#{d['id']}", d["name"], d["type"], d["status"], d["date"], d["note"]] for d in s.documents])
    lines += ["## Varningar", ""]
    if s.warnings:
        lines += [f"- {md(w['document'])}: {md(w['message'])}" for w in s.warnings] + [""]
    else:
        lines += ["Inga varningar.", ""]
    lines += [f"*{FOOTER.format(s.generated)}*", ""]
    return "\n".join(lines)


# ---- HTML and Word --------------------------------------------------------------------

def render_html(s: Summary) -> str:
    return _env().get_template("summary.html.j2").render(s=s)


def build_docx(s: Summary):
    doc = docx_util.WordDocument(s.title)
    doc.heading(s.title, 1)
    doc.paragraph(f"Ärendesammanfattning, {s.kind}" + (" – FÖRSENAD" if s.overdue else ""))
    doc.table(None, [list(f) for f in s.facts], widths=[0.3, 0.7], size=10)
    doc.heading("Beslut", 2)
    doc.table(None, [["Förslag till beslut", s.proposed], ["Beslut", s.final]],
                        widths=[0.3, 0.7], size=10)
    doc.heading("Att-satser", 2)
    if s.clauses:
        rows = []
        for c in s.clauses:
            comments = [x for t, _, src in c.comments for x in (t, src)] or ["–"]
            rows.append([str(c.number), [c.text, c.source], comments, c.state, c.proposed, c.outcome])
        # Every second line of the comment cell is its source, shown small.
        doc.table(["Nr", "Att-sats", "Kommentar", "Läge", "Föreslaget", "Utfall"], rows,
                  widths=[0.05, 0.27, 0.31, 0.17, 0.11, 0.09], size=8.5,
                  small_lines={1: {1}, 2: set(range(1, 200, 2))})
    else:
        doc.paragraph("Inga att-satser kända för ärendet.")
    doc.heading("Tidslinje", 2)
    doc.table(["Datum", "Vad som hände", "Flaggor"], [[t["date"], t["text"], t["flags"]] for t in s.timeline],
              widths=[0.13, 0.65, 0.22], size=9)
    doc.heading("Källdokument", 2)
    doc.table(["Nr", "Dokument", "Typ", "Status", "Datum", "Anmärkning"],
                        [[f"#{d['id']}", d["name"], d["type"], d["status"], d["date"], d["note"]] for d in s.documents],
                        widths=[0.06, 0.34, 0.14, 0.12, 0.12, 0.22], size=9)
    doc.heading("Varningar", 2)
    if s.warnings:
        doc.table(["Dokument", "Varning"], [[w["document"], w["message"]] for w in s.warnings],
                  widths=[0.35, 0.65], size=9)
    else:
        doc.paragraph("Inga varningar.")
    doc.paragraph()
    doc.paragraph(FOOTER.format(s.generated))
    return doc


# ---- writing ---------------------------------------------------------------------------

def _write_text(path: Path, text: str) -> Path:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return path


def write_summary(data: CaseData, store: Store, out_dir: str | Path, *, today: dt.date) -> list[Path]:
    """The three files for one already loaded case (write_all loads each case once)."""
    out_dir = Path(out_dir)
    s = summary_view(data, store.gov, today=today)
    paths = [
        _write_text(out_dir / f"{s.file_stem}.md", render_markdown(s)),
        _write_text(out_dir / f"{s.file_stem}.html", render_html(s)),
        build_docx(s).save(out_dir / f"{s.file_stem}.docx"),
    ]
    stale = f"arende-{data.case.id}"
    if s.file_stem != stale:
        # The case has learnt its Dnr since its last summary: drop the old name so
        # one case never has two summaries.
        for suffix in SUFFIXES:
            (out_dir / f"{stale}{suffix}").unlink(missing_ok=True)
    return paths


def _resolve(store: Store, ref: str | int) -> int:
    if isinstance(ref, int):
        return ref
    with store.db.read() as s:
        cid = find_case_id(s, ref)
    if cid is None:
        raise NotFoundError(f"Hittar inget ärende med diarienummer ”{ref}”.")
    return cid


def write_case_summary(store: Store, dnr_or_case_id: str | int, out_dir: str | Path, *,
                       today: dt.date) -> list[Path]:
    """`<out_dir>/<safe-dnr>.md`, `.html`, `.docx` for a case given by Dnr (any
    written form), "#id", or its id as an int."""
    cid = _resolve(store, dnr_or_case_id)
    return write_summary(load_case(store, cid, today=today), store, out_dir, today=today)


def write_summaries(store: Store, out_dir: str | Path, *, case_ids: list[int] | None = None,
                    today: dt.date) -> list[Path]:
    """Summaries for the given cases (the ones an ingest touched), or for all."""
    ids = all_case_ids(store) if case_ids is None else list(dict.fromkeys(i for i in case_ids if i is not None))
    paths: list[Path] = []
    for cid in ids:
        paths += write_case_summary(store, cid, out_dir, today=today)
    return paths
