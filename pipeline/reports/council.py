"""The council report: "Redovisning av motioner som inte är färdigberedda".

    write_council_report(store, "outputs", today=date.today())
    → outputs/redovisning-ej-fardigberedda-2024-10.docx and .xlsx

Dated by the governance model's next reporting month on or after `today` (April and
October by default, `reporting_months` in the YAML). Lists every motion and, in a
part of its own, every medborgarförslag without a final decision: where it is, the
days left to the deadline (counted from `today`), what has emerged in the
preparation, an estimated decision date and a proposal: "färdigberedd – till KF
<next meeting>" when KS has proposed KF a decision (never a write-off), else
continued preparation, or, past the deadline, a write-off under the rule the
governance model names for the kind (Kommunallagen 5 kap. 35 § for motions).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pipeline.governance import Governance
from pipeline.reports import docx_util
from pipeline.reports.data import CaseData, load_cases
from pipeline.reports.labels import (
    DASH, MONTHS_SV, body_name, clean, days_left_text, deadline_text, dnr_text, fmt_month, kind_label,
    parties_of,
    raised_text, short_rule, split_proposers,
)
from pipeline.reports.preparation import Estimate, emerged, estimate, finished, next_council
from pipeline.reports.sheets import frame, write_xlsx
from pipeline.status import next_report
from pipeline.store import Store

TITLE = "Redovisning av motioner som inte är färdigberedda"
CONTINUE = "Fortsatt beredning"
PLURAL = {"motion": "Motioner", "citizen_proposal": "Medborgarförslag"}
COLUMNS = ["Dnr", "Ärende", "Förslagsställare", "Partier", "Inlämnad", "Väckt", "Stadium", "Organ",
           "Ska beslutas senast", "Preliminär tidsgräns", "Dagar kvar", "Försenad",
           "Vad som framkommit vid beredningen", "Beräknat beslut", "Grund för beräkningen", "Förslag"]
DOCX_COLUMNS = ["Dnr", "Ärende", "Förslagsställare", "Var ärendet är", "Ska beslutas senast",
                "Vad som framkommit vid beredningen", "Beräknat beslut", "Förslag"]
DOCX_WIDTHS = [0.085, 0.15, 0.11, 0.1, 0.1, 0.26, 0.1, 0.095]


@dataclass(frozen=True)
class Part:
    kind: str
    heading: str
    rows: list[CaseData]


def report_date(gov: Governance, today: dt.date) -> dt.date:
    """The first day of the reporting month the report is for; today's month when
    the model names no reporting months."""
    return next_report(gov, today) or today.replace(day=1)


def finished_text(gov: Governance, today: dt.date) -> str:
    day, exact = next_council(gov, today)
    return f"Färdigberedd – till {gov.council} {day.isoformat() if exact else fmt_month(day)}"


def proposal(gov: Governance, data: CaseData, today: dt.date | None = None) -> str:
    """What the report proposes for one case. A finished proposal goes to KF and is
    never written off, whatever the deadline says."""
    if finished(data, gov):
        return finished_text(gov, today or dt.date.today())
    if not data.case.overdue:
        return CONTINUE
    kind = gov.kinds.get(data.case.kind) or gov.kinds["motion"]
    rule = short_rule(kind.rule) if kind.rule else ""
    if rule and not rule[:2].isupper():  # "Fullmäktiges arbetsordning" → "enligt fullmäktiges …"
        rule = rule[0].lower() + rule[1:]
    return f"Föreslås avskrivas enligt {rule}" if rule else "Föreslås avskrivas"


def write_off(gov: Governance, data: CaseData) -> bool:
    return data.case.overdue and not finished(data, gov)


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


def period_text(kind) -> str:
    """"ett år", "6 månader", "180 dagar": a kind's time limit as a person says it."""
    if kind.years:
        return "ett år" if kind.years == 1 else f"{kind.years} år"
    if kind.months:
        return f"{kind.months} månad{'er' if kind.months != 1 else ''}"
    return f"{kind.days} dag{'ar' if kind.days != 1 else ''}"


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
    limits = [f"{kind_label(gov, k)} {period_text(v)} från att ärendet väcktes" + (f" ({v.rule})" if v.rule else "")
              for k, v in gov.kinds.items()]
    lines.append("Tidsgränser i redovisningen: " + "; ".join(limits) + ". "
                 f"Dagar kvar räknas från {today.isoformat()}."
                 + ("" if motion.years == 1 else
                    f" Styrmodellen anger {period_text(motion)} för motioner i stället för lagens ett år."))
    lines.append(f"Ett ärende där {board} har lämnat förslag till beslut till {council} är färdigberett och "
                 f"redovisas som ”färdigberedd – till {gov.council}” med nästa sammanträde; det föreslås aldrig "
                 "avskrivas. Beräknat beslut anger vad beräkningen bygger på.")
    return lines


# "en motion är inte färdigberedd", "ett medborgarförslag är inte färdigberett".
SINGULAR_DONE = {"motion": "färdigberedd", "citizen_proposal": "färdigberett"}


def _count_line(part: Part, gov: Governance) -> str:
    n = len(part.rows)
    done = sum(1 for c in part.rows if finished(c, gov))
    late = sum(1 for c in part.rows if write_off(gov, c))
    if n == 0:
        return f"Inga {part.heading.lower()} är under beredning."
    if n == 1:
        if done:
            done_word = SINGULAR_DONE.get(part.kind, "färdigberett")
            return f"1 {kind_label(gov, part.kind)} är {done_word} och går till {gov.council}."
        text = f"1 {kind_label(gov, part.kind)} är inte {SINGULAR_DONE.get(part.kind, 'färdigberett')}"
        if late:
            text += "; tidsgränsen har passerats och ärendet föreslås avskrivas från vidare handläggning"
        return text + "."
    text = f"{n} {part.heading.lower()} saknar beslut i {gov.council}"
    if done:
        text += f"; {done} av dem är färdigberedda och går till {gov.council}"
    if late:
        text += (f"; {late} har passerat tidsgränsen utan färdigt förslag och föreslås avskrivas från vidare "
                 "handläggning")
    return text + "."


def _people(c) -> list[str]:
    people = [clean(n) + (f" ({clean(p)})" if p else "") for n, p in split_proposers(c.proposers)]
    return people or [DASH]


def _docx_rows(gov: Governance, part: Part, today: dt.date) -> tuple[list[list], set[int], dict[int, set[int]]]:
    rows, marked = [], set()
    for i, data in enumerate(part.rows):
        c = data.case
        if write_off(gov, data):
            marked.add(i)
        est = estimate(data, gov, today)
        deadline = [deadline_text(c), f"väckt: {raised_text(c)}"] if c.deadline else [DASH]
        if c.deadline:
            deadline.append(days_left_text(c.days_left))
        rows.append([clean(dnr_text(c.dnr, c.dnr_key)), clean(c.title) or DASH, _people(c), _where(gov, data),
                     deadline, emerged(data, gov), [est.text, est.basis], proposal(gov, data, today)])
    return rows, marked, {4: {1}, 6: {1}}  # väckt under the deadline, the basis under the date


def build_docx(gov: Governance, all_parts: list[Part], *, today: dt.date, date: dt.date):
    council = body_name(gov, gov.council)
    council_cap = council[:1].upper() + council[1:]
    doc = docx_util.WordDocument(TITLE, landscape=True, header=f"{council_cap} {fmt_month(date)} – {TITLE}")
    doc.heading(TITLE, 1)
    doc.paragraph(f"{council_cap}, {fmt_month(date)}. Underlag per {today.isoformat()}.")
    doc.heading("Bakgrund", 2)
    for line in intro(gov, today):
        doc.paragraph(line)
    doc.heading("Sammanfattning", 2)
    for part in all_parts:
        doc.paragraph(_count_line(part, gov))
    doc.heading("Förslag till beslut", 2)
    doc.paragraph(f"{council_cap} föreslås besluta")
    doc.paragraph("att godkänna redovisningen av motioner och medborgarförslag som inte är färdigberedda,")
    if any(write_off(gov, c) for p in all_parts for c in p.rows):
        doc.paragraph("att avskriva från vidare handläggning de motioner och medborgarförslag som enligt "
                      "redovisningen föreslås avskrivas (markerade).")
    for part in all_parts:
        doc.heading(part.heading, 2)
        if not part.rows:
            doc.paragraph(_count_line(part, gov))
            continue
        rows, marked, small = _docx_rows(gov, part, today)
        doc.table(DOCX_COLUMNS, rows, widths=DOCX_WIDTHS, size=8, shade_rows=marked, small_lines=small)
        if marked:
            doc.paragraph("Markerade rader: tidsgränsen har passerats utan beslut i fullmäktige och utan färdigt "
                          "förslag.")
    doc.paragraph()
    doc.paragraph(f"Sammanställt {today.isoformat()} ur ärenderegistret.")
    return doc


def _sheet_rows(gov: Governance, part: Part, today: dt.date) -> list[dict]:
    out = []
    for c in part.rows:
        k: Estimate = estimate(c, gov, today)
        out.append({
            "Dnr": dnr_text(c.case.dnr, c.case.dnr_key), "Ärende": c.case.title,
            "Förslagsställare": c.case.proposers, "Partier": ", ".join(parties_of(c.case.proposers)) or None,
            "Inlämnad": c.case.submitted_on, "Väckt": c.case.raised_on, "Stadium": c.case.stage_label,
            "Organ": body_name(gov, c.current_body) if c.current_body else None,
            "Ska beslutas senast": c.case.deadline,
            "Preliminär tidsgräns": "Ja" if c.case.deadline_provisional else None,
            "Dagar kvar": days_left_text(c.case.days_left) if c.case.deadline else None,
            "Försenad": "Ja" if c.case.overdue else None,
            "Vad som framkommit vid beredningen": "\n".join(emerged(c, gov)), "Beräknat beslut": k.text,
            "Grund för beräkningen": k.basis, "Förslag": proposal(gov, c, today),
        })
    return out


def write_council_report(store: Store, out_dir: str | Path, *, today: dt.date,
                         cases: list[CaseData] | None = None) -> list[Path]:
    out_dir = Path(out_dir)
    gov = store.gov
    cases = load_cases(store, today=today) if cases is None else cases
    date = report_date(gov, today)
    all_parts = parts(gov, cases)
    stem = f"redovisning-ej-fardigberedda-{date:%Y-%m}"
    docx_path = build_docx(gov, all_parts, today=today, date=date).save(out_dir / f"{stem}.docx")
    sheets = [(p.heading[:31], frame(_sheet_rows(gov, p, today), COLUMNS)) for p in all_parts]
    marked = {p.heading[:31]: {i for i, c in enumerate(p.rows) if write_off(gov, c)} for p in all_parts}
    council = body_name(gov, gov.council)
    notes = [TITLE, f"{council[:1].upper() + council[1:]}, {fmt_month(date)}. Underlag per {today.isoformat()}.",
             "", *intro(gov, today), "", *(_count_line(p, gov) for p in all_parts)]
    wrap = {"Ärende", "Förslagsställare", "Vad som framkommit vid beredningen", "Grund för beräkningen"}
    xlsx_path = write_xlsx(out_dir / f"{stem}.xlsx", sheets, marked=marked, wrap={name: wrap for name, _ in sheets},
                           notes={"Om redovisningen": notes})
    return [docx_path, xlsx_path]
