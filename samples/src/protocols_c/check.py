"""Check helper C's protocols and kallelser (does not use the product).

    .venv/bin/python samples/src/protocols_c/check.py

For every document of make.MODULES:
* the truth file: keys in order, vocabulary, event/decision agreement, clause and
  comment numbering, clause_outcomes only for delvis_bifall, reason only for
  återremiss/avskrivning, estimated_done only for reported, dnr_key derived from dnr;
* the .docx: every § (or agenda item) heading, found by the module's section pattern,
  is in the truth, in order (items of one § share its paragraph), and agenda numbers
  agree where the layout prints them;
* every title, dnr, clause, comment, decision text, author name, reason and
  estimated_done of the truth occurs verbatim (whitespace-normalised) in the .docx
  text and in pdftotext output (tolerating "§ 1" -> "§1" and words joined at a
  line-end hyphen);
* prints counts by event and subject.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make  # noqa: E402
from docx import Document  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.table import Table  # noqa: E402
from docx.text.paragraph import Paragraph  # noqa: E402
from tlib import ITEM_KEYS, TOP_KEYS  # noqa: E402

SAMPLES = make.SAMPLES
PARTIES = {"S", "M", "V", "KD", "SD", "C", "L", "MP"}
SUBJECTS = {"motion", "citizen_proposal", "none"}
EVENTS = {"raised", "proposed", "decided", "referred_back", "postponed", "written_off",
          "reported", "other"}
OUTCOMES = {"bifall", "avslag", "besvarad", "delvis_bifall", "aterremiss", "bordlagd",
            "avskriven", "overlamnad"}
FINAL = {"bifall", "avslag", "besvarad", "delvis_bifall"}
EVENT_OUTCOME = {"referred_back": {"aterremiss"}, "postponed": {"bordlagd"},
                 "written_off": {"avskriven"}, "decided": FINAL}


def dnr_key(dnr):
    m = re.fullmatch(r"([A-ZÅÄÖ]+)\s*[/.\-]?\s*(\d{4})\s*[/:.\-]\s*(\d+)", dnr)
    if m:
        return f"{m[1]} {m[2]}/{int(m[3])}"
    m = re.fullmatch(r"(\d{4})[/.](\d+)\s+([A-ZÅÄÖ]+)(?:-\d+)?", dnr)
    if m:
        return f"{m[3]} {m[1]}/{int(m[2])}"
    raise ValueError(f"unknown Dnr form {dnr!r}")


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def iter_body(doc):
    """(style name, text) of every body paragraph in order, table cells included."""
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            p = Paragraph(el, doc)
            yield p.style.name if p.style is not None else "", p.text
        elif el.tag == qn("w:tbl"):
            for row in Table(el, doc).rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    for p in cell.paragraphs:
                        yield "table", p.text


def pdf_variants(pdf):
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    raw = raw.replace("\f", "\n")
    joined = re.sub(r"(\w)-\n\s*(\w)", r"\1\2", raw)
    kept = re.sub(r"(\w)-\n\s*(\w)", r"\1-\2", raw)
    return [re.sub(r"§ ", "§", norm(t)) for t in (raw, joined, kept)]


def check_truth(stem, t, errs):
    def err(msg):
        errs.append(f"{stem}: {msg}")

    if list(t) != TOP_KEYS:
        err(f"top-level keys {list(t)}")
    if t["doc_type"] != "protocol" or t["kind"] not in ("protocol", "kallelse"):
        err("doc_type/kind")
    if not t["municipality"].endswith(" kommun"):
        err("municipality form")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t["meeting_date"]):
        err("meeting_date form")
    for i, it in enumerate(t["items"]):
        where = f"item {i} (§ {it.get('paragraph')})"
        if list(it) != ITEM_KEYS:
            err(f"{where}: keys {list(it)}")
            continue
        if it["subject"] not in SUBJECTS or it["event"] not in EVENTS:
            err(f"{where}: vocabulary")
        if (it["dnr"] is None) != (it["dnr_key"] is None):
            err(f"{where}: dnr/dnr_key null mismatch")
        if it["dnr"] is not None and dnr_key(it["dnr"]) != it["dnr_key"]:
            err(f"{where}: dnr_key {it['dnr_key']} != {dnr_key(it['dnr'])}")
        if it["dnr"] and it["dnr"].lower().startswith("dnr"):
            err(f"{where}: dnr keeps its label")
        for a in it["authors"]:
            if list(a) != ["name", "party"] or (a["party"] is not None and a["party"] not in PARTIES):
                err(f"{where}: author {a}")
            if it["subject"] == "citizen_proposal" and a["party"] is not None:
                err(f"{where}: citizen with a party")
        if [c["number"] for c in it["clauses"]] != list(range(1, len(it["clauses"]) + 1)):
            err(f"{where}: clause numbers")
        nums = {c["number"] for c in it["clauses"]}
        for c in it["comments"]:
            if c["clause_number"] not in nums:
                err(f"{where}: comment for missing clause {c['clause_number']}")
        ev, d = it["event"], it["decision"]
        if (ev == "other") != (it["subject"] == "none"):
            err(f"{where}: event other <=> subject none")
        if d is not None:
            if list(d) != ["outcome", "proposed", "text", "clause_outcomes"]:
                err(f"{where}: decision keys {list(d)}")
            if d["outcome"] not in OUTCOMES:
                err(f"{where}: outcome {d['outcome']}")
            co = d["clause_outcomes"]
            if d["outcome"] == "delvis_bifall":
                if sorted(c["clause_number"] for c in co) != sorted(nums) or not co:
                    err(f"{where}: clause_outcomes must cover every clause")
                for c in co:
                    if c["outcome"] not in ("bifall", "avslag", "besvarad"):
                        err(f"{where}: clause outcome {c['outcome']}")
            elif co:
                err(f"{where}: clause_outcomes without delvis_bifall")
            if t["kind"] == "kallelse" and not d["proposed"]:
                err(f"{where}: a kallelse only proposes")
        if ev in ("other", "reported"):
            if d is not None:
                err(f"{where}: {ev} must have no decision")
        elif ev == "raised":
            if d is not None and (d["outcome"] != "overlamnad" or d["proposed"]):
                err(f"{where}: raised takes none or overlamnad (taken)")
        elif ev == "proposed":
            if d is None or not d["proposed"]:
                err(f"{where}: proposed needs a proposed decision")
        else:
            if d is None or d["outcome"] not in EVENT_OUTCOME[ev] or d["proposed"]:
                err(f"{where}: {ev} needs a taken {EVENT_OUTCOME[ev]}")
        if t["kind"] == "kallelse" and ev not in ("proposed", "other"):
            err(f"{where}: kallelse event {ev}")
        has_reason = d is not None and d["outcome"] in ("aterremiss", "avskriven")
        if has_reason != (it["reason"] is not None):
            err(f"{where}: reason only (and always) for återremiss/avskrivning")
        if it["reason"] and (it["reason"].endswith(".") or
                             re.match(r"(med motiveringen att|för att|eftersom)\b", it["reason"])):
            err(f"{where}: reason keeps its introducer or final period")
        if (ev == "reported") != (it["estimated_done"] is not None):
            err(f"{where}: estimated_done only (and always) for reported")
        if t["kind"] == "kallelse" and it["agenda_number"] != it["paragraph"]:
            err(f"{where}: agenda without §: paragraph = agenda_number")


def strings_of(it):
    out = [("title", it["title"])]
    if it["dnr"]:
        out.append(("dnr", it["dnr"]))
    out += [("clause", c["text"]) for c in it["clauses"]]
    out += [("comment", c["text"]) for c in it["comments"]]
    if it["decision"]:
        out.append(("decision", it["decision"]["text"]))
    out += [("author", a["name"]) for a in it["authors"]]
    for k in ("reason", "estimated_done"):
        if it[k]:
            out.append((k, it[k]))
    return out


def check_doc(spec, errs):
    stem = spec["stem"]
    t = json.loads((SAMPLES / "truth" / f"{stem}.json").read_text(encoding="utf-8"))
    if t != spec["truth"]:
        errs.append(f"{stem}: truth file differs from the module (rebuild)")
    check_truth(stem, t, errs)
    doc = Document(str(SAMPLES / f"{stem}.docx"))
    body = list(iter_body(doc))
    dtext = norm(" ".join(txt for _, txt in body))
    # sections in order
    sec = spec["sections"]
    found = []
    for k, (style, txt) in enumerate(body):
        if style not in sec["styles"]:
            continue
        m = re.match(sec["re"], txt)
        if not m:
            continue
        agenda = m.groupdict().get("a")
        if sec.get("agenda_next"):
            nxt = next(x for _, x in body[k + 1:] if x.strip())
            am = re.fullmatch(sec["agenda_next"], nxt)
            agenda = am[1] if am else None
        found.append((m["p"], agenda))
    want = []
    for it in t["items"]:
        key = (it["paragraph"], it["agenda_number"])
        if not want or want[-1] != key:
            want.append(key)
    if found != want:
        errs.append(f"{stem}: sections in docx {found}\n    truth {want}")
    # strings
    pdfs = pdf_variants(SAMPLES / f"{stem}.pdf")
    mun = t["municipality"]
    if mun not in dtext:
        errs.append(f"{stem}: municipality {mun!r} not in docx")
    for it in t["items"]:
        for kind, s in strings_of(it):
            n = norm(s)
            if n not in dtext:
                errs.append(f"{stem} § {it['paragraph']}: {kind} not in docx: {n!r}")
            np_ = re.sub(r"§ ", "§", n)
            if not any(np_ in v for v in pdfs):
                errs.append(f"{stem} § {it['paragraph']}: {kind} not in pdf: {n!r}")
    return t


def main():
    errs = []
    events, subjects, per_doc = Counter(), Counter(), []
    for spec in make.load():
        t = check_doc(spec, errs)
        events.update(i["event"] for i in t["items"])
        subjects.update(i["subject"] for i in t["items"])
        c = Counter(i["event"] for i in t["items"])
        per_doc.append(f"  {spec['stem']}: {len(t['items'])} items, "
                       f"{len({i['paragraph'] for i in t['items']})} §/items, " +
                       ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    print("\n".join(per_doc))
    print("events:", dict(sorted(events.items())))
    print("subjects:", dict(sorted(subjects.items())))
    print("total items:", sum(events.values()))
    if errs:
        print(f"\n{len(errs)} problem(s):")
        print("\n".join("  " + e for e in errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
