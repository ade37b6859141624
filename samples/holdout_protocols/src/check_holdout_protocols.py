"""Checks for held-out batch 5, whole protocols and kallelser (does not use the product).

* every truth JSON parses and has exactly the keys of the batch shape (in order):
  doc_type, kind, municipality, body, meeting_date, items; every item has
  paragraph, agenda_number, dnr, dnr_key, title, subject, event, authors, clauses,
  comments, decision, reason, estimated_done; vocabulary of subject, event and
  outcome; dnr_key form "KS 2023/45"; clause numbers 1..n; comment and
  clause-outcome numbers exist;
* the event, decision, reason and estimated_done of an item agree (see RULES
  in README.md): e.g. "decided" has a taken decision, "proposed" a proposed one,
  "referred_back" an återremiss with a reason, "reported" no decision;
* every § (or agenda item) of the document is in the truth, in document order: the
  headings are read from the .docx body with the layout's own pattern (HEADINGS
  below) and compared with the truth's paragraph numbers; a cover page
  "Paragrafer §§ a–b" must match them;
* every title, Dnr, clause text, comment text, decision text, author name, reason
  and estimated_done in the truth occurs verbatim (whitespace normalised) in the
  document's own text: the .docx (body, tables, headers and footers, w:t runs) and
  the .pdf (pdftotext, in reading order or in -layout mode, with the running
  heads and the signature box removed);
* running heads: every page of every PDF shows the municipality and the meeting
  date (and, in protocols, "Justerandes sign" and "Utdragsbestyrkande"); page numbers
  are PAGE fields in the .docx header;
* prints the counts.

Run from the repository root:
    .venv/bin/python samples/holdout_protocols/src/check_holdout_protocols.py
"""
from __future__ import annotations

import collections
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from lxml import etree

OUT = Path(__file__).resolve().parent.parent
TRUTH = OUT / "truth"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
KEYS = ["doc_type", "kind", "municipality", "body", "meeting_date", "items"]
ITEM_KEYS = ["paragraph", "agenda_number", "dnr", "dnr_key", "title", "subject", "event",
             "authors", "clauses", "comments", "decision", "reason", "estimated_done"]
SUBJECTS = {"motion", "citizen_proposal", "none"}
EVENTS = {"raised", "proposed", "decided", "referred_back", "postponed", "written_off",
          "reported", "other"}
OUTCOMES = {"bifall", "avslag", "besvarad", "delvis_bifall", "aterremiss", "bordlagd",
            "avskriven", "overlamnad"}
FINAL = {"bifall", "avslag", "besvarad", "delvis_bifall"}
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]

# heading pattern per document, matched at the start of each top-level body
# paragraph (not table cells) joined with "\n" to the next one; group "p" = the
# paragraph (or item) number as written in the truth, group "a" = the agenda number
HEADINGS = {
    "ronnvik-kf-2024-02-19_protokoll": r"§ (?P<p>\d+)\t",
    "alsterbo-ks-2023-10-03_protokoll": r"KS § (?P<p>\d+)(\t|\n)",
    "alsterbo-kf-2023-10-23_kallelse": r"(?P<a>\d+)\.\t§ (?P<p>\d+)\n",
    "halleby-kf-2023-12-14_protokoll": r"§(?P<p>\d+) \S",
    "norrhamn-kf-2024-06-10_protokoll": r"§ (?P<p>\d+)\nÄrende (?P<a>\d+)$",
    "norrhamn-kf-2024-06-10_foredragningslista": r"(?P<p>(?P<a>\d+))\t\S",
}

errors: list[str] = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def par_text(p):
    buf = []
    for el in p.iter():
        if el.tag == W + "t":
            buf.append(el.text or "")
        elif el.tag in (W + "br", W + "cr"):
            buf.append("\n")
        elif el.tag == W + "tab":
            buf.append("\t")
    return "".join(buf)


def docx_parts(path):
    with zipfile.ZipFile(path) as z:
        names = ["word/document.xml"] + sorted(
            n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml$", n))
        return {n: etree.fromstring(z.read(n)) for n in names}


def docx_text(parts, only=None):
    return "\n".join(par_text(p) for n, root in parts.items() if not only or n == only
                     for p in root.iter(W + "p"))


def top_pars(parts):
    body = parts["word/document.xml"].find(W + "body")
    return [par_text(p) for p in body if p.tag == W + "p"]


def running_fragments(parts):
    """regexes for the header/footer text pieces (digits may be any page number)"""
    frags = set()
    for name, root in parts.items():
        if name == "word/document.xml":
            continue
        for p in root.iter(W + "p"):
            for piece in par_text(p).split("\t"):
                piece = piece.strip()
                if piece:
                    frags.add(re.sub(r"\\d|\d+", r"\\d+", re.escape(piece)))
    return sorted(frags, key=len, reverse=True)


def dehyph(s):
    """pdftotext joins a word broken after a hyphen at a line end ("e-" + "tjänsterna"
    -> "etjänsterna"); compare PDF text with all hyphens dropped on both sides."""
    return s.replace("-", "").replace("\u00ad", "")


def pdf_texts(pdf, frags):
    """pdftotext in reading order and in -layout mode, lines made only of running
    heads and signature-box labels dropped; also the raw pages."""
    alt = "(?:" + "|".join(frags) + ")"
    line_re = re.compile(rf"^\s*(?:{alt}\s*)+$")
    out = []
    for mode in ([], ["-layout"]):
        raw = subprocess.run(["pdftotext", *mode, str(pdf), "-"], capture_output=True, text=True,
                             check=True).stdout
        kept = [ln for ln in raw.splitlines() if not line_re.match(ln)]
        out.append(norm("\n".join(kept)))
    pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")[:-1]
    return out, pages


# ---------------------------------------------------------------- truth
def natural(p):
    m = re.match(r"(\d+)\s*(.*)", p)
    return (int(m.group(1)), m.group(2)) if m else (10 ** 6, p)


def check_item(label, it, kind):
    if list(it) != ITEM_KEYS:
        errors.append(f"{label}: keys {list(it)}")
        return
    if not isinstance(it["paragraph"], str) or not it["paragraph"]:
        errors.append(f"{label}: paragraph {it['paragraph']!r}")
    if it["agenda_number"] is not None and not isinstance(it["agenda_number"], str):
        errors.append(f"{label}: agenda_number {it['agenda_number']!r}")
    if (it["dnr"] is None) != (it["dnr_key"] is None):
        errors.append(f"{label}: dnr/dnr_key null mismatch")
    if it["dnr_key"] and not re.fullmatch(r"[A-ZÅÄÖ]+ \d{4}/[1-9]\d*", it["dnr_key"]):
        errors.append(f"{label}: dnr_key {it['dnr_key']}")
    if it["dnr"] and it["dnr"].lower().startswith("dnr"):
        errors.append(f"{label}: dnr keeps the word Dnr")
    if not it["title"] or it["title"].endswith("."):
        errors.append(f"{label}: title {it['title']!r}")
    if it["subject"] not in SUBJECTS or it["event"] not in EVENTS:
        errors.append(f"{label}: subject/event {it['subject']}/{it['event']}")
    for a in it["authors"]:
        if list(a) != ["name", "party"] or not a["name"]:
            errors.append(f"{label}: author {a}")
        elif it["subject"] == "citizen_proposal" and a["party"] is not None:
            errors.append(f"{label}: a citizen with a party")
    nums = [c["number"] for c in it["clauses"]]
    if nums != list(range(1, len(nums) + 1)):
        errors.append(f"{label}: clause numbers {nums}")
    for c in it["clauses"]:
        if list(c) != ["number", "text"] or not c["text"]:
            errors.append(f"{label}: clause {c}")
    for c in it["comments"]:
        if list(c) != ["clause_number", "text"] or c["clause_number"] not in nums:
            errors.append(f"{label}: comment {c}")
    d, ev = it["decision"], it["event"]
    if d is not None:
        if list(d) != ["outcome", "proposed", "text", "clause_outcomes"]:
            errors.append(f"{label}: decision keys {list(d)}")
            return
        if d["outcome"] not in OUTCOMES or not isinstance(d["proposed"], bool) or not d["text"]:
            errors.append(f"{label}: decision {d}")
        for co in d["clause_outcomes"]:
            if list(co) != ["clause_number", "outcome"] or co["clause_number"] not in nums \
                    or co["outcome"] not in OUTCOMES:
                errors.append(f"{label}: clause outcome {co}")
        if bool(d["clause_outcomes"]) != (d["outcome"] == "delvis_bifall"):
            errors.append(f"{label}: clause outcomes only (and always) with delvis_bifall")
    # RULES: event, decision, reason, estimated_done agree
    rule = {
        "other": lambda: d is None,
        "raised": lambda: d is None or (d["outcome"] == "overlamnad" and not d["proposed"]),
        "decided": lambda: d is not None and not d["proposed"] and d["outcome"] in FINAL,
        "proposed": lambda: d is not None and d["proposed"],
        "referred_back": lambda: d is not None and not d["proposed"] and d["outcome"] == "aterremiss",
        "postponed": lambda: d is not None and not d["proposed"] and d["outcome"] == "bordlagd",
        "written_off": lambda: d is not None and not d["proposed"] and d["outcome"] == "avskriven",
        "reported": lambda: d is None,
    }[ev]
    if not rule():
        errors.append(f"{label}: event {ev} does not fit decision {d and (d['outcome'], d['proposed'])}")
    if (it["subject"] == "none") != (ev == "other"):
        errors.append(f"{label}: subject none exactly for event other")
    if it["subject"] == "none" and (it["authors"] or it["clauses"]):
        errors.append(f"{label}: authors/clauses on a subject-none item")
    if it["subject"] != "none" and not it["authors"]:
        errors.append(f"{label}: a motion or citizen proposal without authors")
    needs_reason = d is not None and d["outcome"] in ("aterremiss", "avskriven")
    if needs_reason != (it["reason"] is not None):
        errors.append(f"{label}: reason only (and always) for återremiss/avskrivning")
    if (it["estimated_done"] is not None) and ev != "reported":
        errors.append(f"{label}: estimated_done on a non-reported item")
    if kind == "agenda" and ev in ("decided", "referred_back", "postponed", "written_off"):
        errors.append(f"{label}: a kallelse item cannot carry a taken decision ({ev})")
    if kind == "agenda" and it["agenda_number"] is None:
        errors.append(f"{label}: a kallelse item without agenda_number")


def check_truth(stem, t):
    if list(t) != KEYS:
        errors.append(f"{stem}: keys {list(t)}")
        return False
    if t["doc_type"] != "protocol" or t["kind"] not in ("protocol", "agenda"):
        errors.append(f"{stem}: doc_type/kind {t['doc_type']}/{t['kind']}")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", t["meeting_date"] or ""):
        errors.append(f"{stem}: meeting_date {t['meeting_date']}")
    if not t["municipality"] or not t["body"] or not t["items"]:
        errors.append(f"{stem}: municipality/body/items missing")
    for i, it in enumerate(t["items"]):
        check_item(f"{stem} item {i} (§ {it.get('paragraph')})", it, t["kind"])
    paras = [it["paragraph"] for it in t["items"]]
    order = [natural(p) for p in paras]
    if order != sorted(order):
        errors.append(f"{stem}: items not in paragraph order")
    seen = []
    for p in paras:
        if p in seen and seen[-1] != p:
            errors.append(f"{stem}: items of § {p} are not together")
        if not seen or seen[-1] != p:
            seen.append(p)
    return True


# ---------------------------------------------------------------- document
def wanted_strings(it):
    out = [("title", it["title"])]
    if it["dnr"]:
        out.append(("dnr", it["dnr"]))
    out += [(f"clause {c['number']}", c["text"]) for c in it["clauses"]]
    out += [(f"comment {c['clause_number']}", c["text"]) for c in it["comments"]]
    out += [("author", a["name"]) for a in it["authors"]]
    if it["decision"]:
        out.append(("decision", it["decision"]["text"]))
    if it["reason"]:
        out.append(("reason", it["reason"]))
    if it["estimated_done"]:
        out.append(("estimated_done", it["estimated_done"]))
    return out


def date_forms(iso):
    y, m, d = iso.split("-")
    return [iso, f"{int(d)} {MONTHS[int(m) - 1]} {y}"]


def check_document(stem, t, docx, pdf):
    parts = docx_parts(docx)
    text = norm(docx_text(parts))
    label = docx.name
    for i, it in enumerate(t["items"]):
        for what, s in wanted_strings(it):
            if norm(s) not in text:
                errors.append(f"{label}: item {i} (§ {it['paragraph']}) {what} not in text: {s[:60]!r}")
    if t["municipality"].lower() not in text.lower():
        errors.append(f"{label}: municipality not in text")
    # headings = items
    regex = HEADINGS.get(stem)
    if not regex:
        errors.append(f"{stem}: no heading pattern")
    else:
        pars = top_pars(parts)
        joined = [p + "\n" + (pars[i + 1] if i + 1 < len(pars) else "") for i, p in enumerate(pars)]
        hits = [m for p in joined for m in [re.match(regex, p)] if m]
        found = [m.group("p") for m in hits]
        uniq, agendas = [], []
        for it in t["items"]:
            if not uniq or uniq[-1] != it["paragraph"]:
                uniq.append(it["paragraph"])
                agendas.append(it["agenda_number"])
        if found != uniq:
            errors.append(f"{stem}: headings {found} != truth paragraphs {uniq}")
        found_a = [m.groupdict().get("a") for m in hits]
        if found == uniq and found_a != agendas:
            errors.append(f"{stem}: agenda numbers {found_a} != truth {agendas}")
        for it in t["items"]:
            same = [a for p, a in zip(uniq, agendas) if p == it["paragraph"]]
            if same and it["agenda_number"] != same[0]:
                errors.append(f"{stem}: items of § {it['paragraph']} differ in agenda_number")
        m = re.search(r"Paragrafer §§ (\d+)–(\d+)", text)
        if m and uniq != [str(n) for n in range(int(m.group(1)), int(m.group(2)) + 1)]:
            errors.append(f"{stem}: cover says §§ {m.group(1)}–{m.group(2)}")
    # running heads
    head = norm(docx_text(parts, "word/header1.xml") if "word/header1.xml" in parts else "")
    hxml = etree.tostring(parts.get("word/header1.xml", etree.Element("x"))).decode()
    if "PAGE" not in hxml:
        errors.append(f"{label}: no PAGE field in the page header")
    if not any(f in head for f in date_forms(t["meeting_date"])):
        errors.append(f"{label}: meeting date not in the page header")
    if t["municipality"].split()[0].lower() not in head.lower():
        errors.append(f"{label}: municipality not in the page header")
    if not pdf.exists():
        errors.append(f"{label}: no pdf")
        return 0
    if not shutil.which("pdftotext"):
        return 0
    texts, pages = pdf_texts(pdf, running_fragments(parts))
    for i, it in enumerate(t["items"]):
        for what, s in wanted_strings(it):
            if not any(norm(s) in x or dehyph(norm(s)) in dehyph(x) for x in texts):
                errors.append(f"{pdf.name}: item {i} (§ {it['paragraph']}) {what} not in pdftotext: "
                              f"{s[:60]!r}")
    first = t["municipality"].split()[0].lower()
    for n, page in enumerate(pages, start=1):
        low = page.lower()
        if first not in low or not any(f in page for f in date_forms(t["meeting_date"])):
            errors.append(f"{pdf.name}: page {n} lacks the running head")
        if t["kind"] == "protocol" and ("Justerandes sign" not in page
                                        or "Utdragsbestyrkande" not in page):
            errors.append(f"{pdf.name}: page {n} lacks the signature box")
    return len(pages)


def main():
    truths = {}
    for p in sorted(TRUTH.glob("*.json")):
        try:
            truths[p.stem] = json.loads(p.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            errors.append(f"{p.name}: {e}")
    docs = sorted(p for p in OUT.iterdir() if p.suffix in (".docx", ".pdf"))
    for p in docs:
        if p.stem not in truths:
            errors.append(f"{p.name}: document without truth")
    if not shutil.which("pdftotext"):
        print("note: pdftotext not found, the PDFs are not checked")
    pages = {}
    for stem, t in truths.items():
        if not check_truth(stem, t):
            continue
        docx = OUT / f"{stem}.docx"
        if not docx.exists():
            errors.append(f"{stem}: truth without .docx")
            continue
        pages[stem] = check_document(stem, t, docx, OUT / f"{stem}.pdf")

    items = [it for t in truths.values() for it in t.get("items", [])]
    print(f"documents: {len(truths)} ({sum(t['kind'] == 'protocol' for t in truths.values())} "
          f"protocols, {sum(t['kind'] == 'agenda' for t in truths.values())} kallelser), "
          f"files: {collections.Counter(p.suffix for p in docs)}")
    for stem, t in truths.items():
        paras = len(dict.fromkeys(it["paragraph"] for it in t["items"]))
        print(f"  {stem}: {t['body']} {t['meeting_date']}, {pages.get(stem, '?')} pages, "
              f"{paras} §/items in the document, {len(t['items'])} truth items")
    print(f"items: {len(items)}")
    print("  by subject:", dict(collections.Counter(it["subject"] for it in items).most_common()))
    print("  by event:  ", dict(collections.Counter(it["event"] for it in items).most_common()))
    print("  by (event, subject):",
          dict(collections.Counter((it["event"], it["subject"]) for it in items
                                   if it["subject"] != "none").most_common()))
    print("  outcomes (outcome, proposed):",
          dict(collections.Counter((it["decision"]["outcome"], it["decision"]["proposed"])
                                   for it in items if it["decision"]).most_common()))
    print(f"  clauses {sum(len(it['clauses']) for it in items)}, "
          f"comments {sum(len(it['comments']) for it in items)}, "
          f"clause outcomes {sum(len(it['decision']['clause_outcomes']) for it in items if it['decision'])}, "
          f"authors {sum(len(it['authors']) for it in items)}, "
          f"with Dnr {sum(bool(it['dnr']) for it in items)}, "
          f"reasons {sum(bool(it['reason']) for it in items)}, "
          f"estimated_done {sum(bool(it['estimated_done']) for it in items)}")
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
