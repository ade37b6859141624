"""The council report: "Redovisning av motioner som inte är färdigberedda".

    write_council_report(store, "outputs", today=date.today())
    → outputs/redovisning-ej-fardigberedda-2024-10.docx and .xlsx

Dated by the governance model's next reporting month on or after `today` (April and
October by default, `reporting_months` in the YAML). Lists every motion and, in a
part of its own, every medborgarförslag without a final decision: where it is, the
days left to the deadline (counted from `today`) and a proposal — continued
preparation, or, past the deadline, a write-off under the rule the governance
model names for the kind (Kommunallagen 5 kap. 35 § for motions).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pipeline.governance import Governance
from pipeline.reports import docx_util
from pipeline.reports.data import CaseData, load_cases
from pipeline.reports.labels import (
    DASH, MONTHS_SV, body_name, clean, deadline_text, fmt_month, kind_label, parties_of, raised_text,
    short_rule,
)
from pipeline.reports.sheets import frame, write_xlsx
from pipeline.status import next_report
from pipeline.store import Store

TITLE = "Redovisning av motioner som inte är färdigberedda"
CONTINUE = "Fortsatt beredning"
PLURAL = {"motion": "Motioner", "citizen_proposal": "Medborgarförslag"}
COLUMNS = ["Dnr", "Ärende", "Förslagsställare", "Partier", "Inlämnad", "Väckt", "Stadium", "Organ",
           "Senast beslut", "Preliminär tidsgräns", "Dagar kvar", "Försenad", "Förslag"]


@dataclass(frozen=True)
class Part:
    kind: str
    heading: str
    rows: list[CaseData]


def report_date(gov: Governance, today: dt.date) -> dt.date:
    """The first day of the reporting month the report is for; today's month when
    the model names no reporting months."""
    return next_report(gov, today) or today.replace(day=1)


def proposal(gov: Governance, data: CaseData) -> str:
    if not data.case.overdue:
        return CONTINUE
    kind = gov.kinds.get(data.case.kind) or gov.kinds["motion"]
    rule = short_rule(kind.rule) if kind.rule else ""
    if rule and not rule[:2].isupper():  # "Fullmäktiges arbetsordning" → "enligt fullmäktiges …"
        rule = rule[0].lower() + rule[1:]
    return f"Föreslås avskrivas enligt {rule}" if rule else "Föreslås avskrivas"


def parts(gov: Governance, cases: list[CaseData]) -> list[Part]:
    """Undecided cases by kind: motions first, then medborgarförslag, then any other
    kind the model defines; each part oldest first, undated last."""
    open_cases = [c for c in cases if c.case.final_outcome is None]
    kinds = list(dict.fromkeys(["motion", "citizen_proposal", *gov.kinds, *(c.case.kind for c in open_cases)]))
    out = []
    for kind in kinds:
        rows = sorted((c for c in open_cases if c.case.kind == kind),
                      key=lambda c: (_start(c) is None, _start(c) or dt.date.min, c.case.id))
        if rows or kind in ("motion", "citizen_proposal"):
            out.append(Part(kind, PLURAL.get(kind) or kind_label(gov, kind).capitalize(), rows))
    return out


def _start(data: CaseData) -> dt.date | None:
    return data.case.raised_on or data.case.submitted_on


def _where(gov: Governance, data: CaseData) -> str:
    return data.case.stage_label + (f", {body_name(gov, data.current_body)}" if data.current_body else "")


def intro(gov: Governance, today: dt.date) -> list[str]:
    council, board = body_name(gov, gov.council), body_name(gov, gov.board)
    months = sorted(gov.reporting_months)
    when = " och ".join(MONTHS_SV[m - 1] for m in months) if months else "varje år"
    motion = gov.kinds["motion"]
    lines = [
        "Enligt 5 kap. 35 § kommunallagen (2017:725) bör en motion beredas så att fullmäktige kan fatta beslut "
        "inom ett år från det att motionen väcktes. Om beredningen inte kan avslutas inom denna tid, ska detta "
        "och vad som har framkommit vid beredningen anmälas till fullmäktige inom samma tid. Fullmäktige får då "
        "avskriva motionen från vidare handläggning.",
        f"Enligt {council}s arbetsordning redovisar {board} de motioner och medborgarförslag som inte är "
        f"färdigberedda vid {council}s sammanträden i {when}.",
    ]
    limits = [f"{kind_label(gov, k)} {v.days} dagar från att ärendet väcktes"
              + (f" ({v.rule})" if v.rule else "") for k, v in gov.kinds.items()]
    lines.append("Tidsgränser i redovisningen: " + "; ".join(limits) + ". "
                 f"Dagar kvar räknas från {today.isoformat()}."
                 + ("" if motion.days == 365 else
                    f" Styrmodellen anger {motion.days} dagar för motioner i stället för lagens ett år."))
    return lines


# "en motion är inte färdigberedd", "ett medborgarförslag är inte färdigberett".
SINGULAR_DONE = {"motion": "färdigberedd", "citizen_proposal": "färdigberett"}


def _count_line(part: Part, gov: Governance) -> str:
    n, late = len(part.rows), sum(1 for c in part.rows if c.case.overdue)
    if n == 0:
        return f"Inga {part.heading.lower()} är under beredning."
    if n == 1:
        text = f"1 {kind_label(gov, part.kind)} är inte {SINGULAR_DONE.get(part.kind, 'färdigberett')}"
        if late:
            text += "; tidsgränsen har passerats och ärendet föreslås avskrivas från vidare handläggning"
        return text + "."
    text = f"{n} {part.heading.lower()} är inte färdigberedda"
    if late:
        text += f"; {late} av dem har passerat tidsgränsen och föreslås avskrivas från vidare handläggning"
    return text + "."


def _docx_rows(gov: Governance, part: Part) -> tuple[list[list], set[int]]:
    rows, marked = [], set()
    for i, data in enumerate(part.rows):
        c = data.case
        if c.overdue:
            marked.add(i)
        days = DASH if c.days_left is None else (f"{c.days_left}" if c.days_left >= 0 else
                                                 f"{-c.days_left} dagar över")
        rows.append([clean(c.dnr or c.dnr_key) or f"#{c.id}", clean(c.title) or DASH, clean(c.proposers) or DASH,
                     raised_text(c), _where(gov, data), deadline_text(c), days, proposal(gov, data)])
    return rows, marked


def build_docx(gov: Governance, all_parts: list[Part], *, today: dt.date, date: dt.date):
    council = body_name(gov, gov.council)
    doc = docx_util.WordDocument(TITLE, landscape=True)
    doc.heading(TITLE, 1)
    doc.paragraph(f"{council[:1].upper() + council[1:]}, {fmt_month(date)}. Underlag per {today.isoformat()}.")
    doc.heading("Bakgrund", 2)
    for line in intro(gov, today):
        doc.paragraph(line)
    doc.heading("Sammanfattning", 2)
    for part in all_parts:
        doc.paragraph(_count_line(part, gov))
    doc.heading("Förslag till beslut", 2)
    doc.paragraph(f"{council[:1].upper() + council[1:]} föreslås besluta")
    doc.paragraph("att godkänna redovisningen av motioner och medborgarförslag som inte är färdigberedda,")
    if any(c.case.overdue for p in all_parts for c in p.rows):
        doc.paragraph("att avskriva från vidare handläggning de motioner och medborgarförslag som enligt "
                          "redovisningen föreslås avskrivas (markerade).")
    for part in all_parts:
        doc.heading(part.heading, 2)
        if not part.rows:
            doc.paragraph(_count_line(part, gov))
            continue
        rows, marked = _docx_rows(gov, part)
        doc.table(["Dnr", "Ärende", "Förslagsställare", "Väckt", "Var ärendet är", "Senast beslut",
                                  "Dagar kvar", "Förslag"], rows,
                            widths=[0.1, 0.21, 0.14, 0.09, 0.14, 0.09, 0.085, 0.145], size=8.5, shade_rows=marked)
        if marked:
            doc.paragraph("Markerade rader: tidsgränsen har passerats utan beslut i fullmäktige.")
    doc.paragraph()
    doc.paragraph(f"Sammanställt {today.isoformat()} ur ärenderegistret.")
    return doc


def _sheet_rows(gov: Governance, part: Part) -> list[dict]:
    return [{
        "Dnr": c.case.dnr or c.case.dnr_key or f"#{c.case.id}", "Ärende": c.case.title,
        "Förslagsställare": c.case.proposers, "Partier": ", ".join(parties_of(c.case.proposers)) or None,
        "Inlämnad": c.case.submitted_on, "Väckt": c.case.raised_on, "Stadium": c.case.stage_label,
        "Organ": body_name(gov, c.current_body) if c.current_body else None, "Senast beslut": c.case.deadline,
        "Preliminär tidsgräns": "Ja" if c.case.deadline_provisional else None, "Dagar kvar": c.case.days_left, "Försenad": "Ja" if c.case.overdue else None, "Förslag": proposal(gov, c),
    } for c in part.rows]


def write_council_report(store: Store, out_dir: str | Path, *, today: dt.date,
                         cases: list[CaseData] | None = None) -> list[Path]:
    out_dir = Path(out_dir)
    gov = store.gov
    cases = load_cases(store, today=today) if cases is None else cases
    date = report_date(gov, today)
    all_parts = parts(gov, cases)
    stem = f"redovisning-ej-fardigberedda-{date:%Y-%m}"
    docx_path = build_docx(gov, all_parts, today=today, date=date).save(out_dir / f"{stem}.docx")
    sheets = [(p.heading[:31], frame(_sheet_rows(gov, p), COLUMNS, ints=("Dagar kvar",))) for p in all_parts]
    marked = {p.heading[:31]: {i for i, c in enumerate(p.rows) if c.case.overdue} for p in all_parts}
    council = body_name(gov, gov.council)
    notes = [TITLE, f"{council[:1].upper() + council[1:]}, {fmt_month(date)}. Underlag per {today.isoformat()}.",
             "", *intro(gov, today), "", *(_count_line(p, gov) for p in all_parts)]
    xlsx_path = write_xlsx(out_dir / f"{stem}.xlsx", sheets, marked=marked,
                           wrap={name: {"Ärende", "Förslagsställare"} for name, _ in sheets},
                           notes={"Om redovisningen": notes})
    return [docx_path, xlsx_path]
