"""Reading, splitting and extracting one very long whole protocol (issue 10).

    .venv/bin/python bench/bench_protocol.py [--paragraphs 200] [--words-per-page 450] [--pages 300]

Figures, not a test. Builds a KF protocol as a .docx with python-docx: a cover,
then N § (an announcement of motions, motions decided with quoted att-lines and
comments, återremisser, a report table of unfinished motions, voting lists,
interpellations and val as distractors), with page breaks and filler prose so the
text fills about `--pages` pages of `--words-per-page` words. It then times
`read_document` + `extract` in this process (one core: the work is single-threaded)
and prints the peak resident memory of the process, the number of items and their
events. The rules are loaded and compiled before the clock starts, as in a worker.
"""

from __future__ import annotations

import argparse
import collections
import random
import resource
import tempfile
import time
from pathlib import Path

from docx import Document

from pipeline.extract import extract
from pipeline.readers import read_document

FILLER = ("Ärendet har beretts av kommunstyrelsens förvaltning som har inhämtat synpunkter från berörda nämnder "
          "och bolag samt gått igenom ekonomiska konsekvenser, barnrättsperspektivet och hur förslaget förhåller "
          "sig till kommunens översiktsplan och budget för kommande år.").split()


def filler(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(FILLER) for _ in range(words)).capitalize() + "."


def build(path: Path, paragraphs: int, words_total: int) -> None:
    rng = random.Random(7)
    doc = Document()
    doc.add_heading("Sammanträdesprotokoll", 0)
    doc.add_paragraph("Kommunfullmäktige")
    doc.add_paragraph("Sammanträdesdatum 2024-06-10")
    doc.add_paragraph(f"Paragrafer §§ 1–{paragraphs}")
    # Filler goes into five § of eight, so each of those takes a larger share.
    per_item = max(20, words_total * 8 // (paragraphs * 5) - 60)
    for n in range(1, paragraphs + 1):
        doc.add_page_break()
        kind = n % 8
        if kind == 1:
            doc.add_heading(f"§ {n}\tAnmälan av motioner", 2)
            for k in range(3):
                doc.add_paragraph(f"Motion om förbättringar nummer {n}-{k} i kommunen")
                doc.add_paragraph(f"Anna Berg (S), inlämnad 2024-05-0{k + 1}, Dnr KS 2024/{n * 10 + k}.")
            doc.add_paragraph("Kommunfullmäktiges beslut")
            doc.add_paragraph("Motionerna överlämnas till kommunstyrelsen för beredning.")
        elif kind in (2, 3, 4):
            doc.add_heading(f"§ {n}\tSvar på motion om åtgärd {n}", 2)
            doc.add_paragraph(f"Dnr KS 2023/{n}")
            doc.add_paragraph("Ärendebeskrivning")
            doc.add_paragraph("Per Ek (C) har i en motion föreslagit att kommunfullmäktige beslutar")
            for k in range(1, 4):
                doc.add_paragraph(f"att kommunen genomför åtgärd {n}.{k} under mandatperioden")
            for k in range(1, 4):
                doc.add_paragraph(f"Att-sats {k}: {filler(rng, 25)}")
            doc.add_paragraph(filler(rng, per_item))
            doc.add_paragraph("Kommunfullmäktiges beslut")
            doc.add_paragraph(["Motionen bifalls.", "Motionen avslås.",
                               "Motionen återremitteras till kommunstyrelsen för att kostnaderna ska utredas."][kind - 2])
        elif kind == 5:
            doc.add_heading(f"§ {n}\tRedovisning av motioner som inte har beretts färdigt", 2)
            table = doc.add_table(rows=1, cols=4)
            for c, text in enumerate(("Dnr", "Motion", "Motionär", "Beräknas klar")):
                table.rows[0].cells[c].text = text
            for k in range(6):
                row = table.add_row().cells
                for c, text in enumerate((f"KS 2023/{n * 100 + k}", f"Motion om fråga {n}-{k}",
                                          "Lisa Holm (M)", "December 2024")):
                    row[c].text = text
        elif kind == 6:
            doc.add_heading(f"§ {n}\tBudget och voteringslista", 2)
            table = doc.add_table(rows=1, cols=3)
            for k in range(45):
                row = table.add_row().cells
                row[0].text, row[1].text, row[2].text = f"Ledamot Nummer{k} (S)", "Ja", ""
            doc.add_paragraph(filler(rng, per_item))
        else:
            doc.add_heading(f"§ {n}\tInterpellation om fråga {n}", 2)
            doc.add_paragraph(filler(rng, per_item))
            doc.add_paragraph("Interpellationen anses besvarad.")
    doc.save(path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--paragraphs", type=int, default=200)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--words-per-page", type=int, default=450)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "protokoll.docx"
        build(path, args.paragraphs, args.pages * args.words_per_page)
        extract(read_document(path))  # warm: rules compiled, spaCy loaded (a worker does this once)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            doc = read_document(path)
            record = extract(doc)
            runs.append(time.perf_counter() - t0)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        words = sum(len(b.text.split()) for b in doc.blocks)
        events = collections.Counter(str(i.event) for i in record.items)
        print(f"document: {args.paragraphs} §, {words} words (~{words // args.words_per_page} pages at "
              f"{args.words_per_page} words/page), {path.stat().st_size // 1024} KB .docx")
        print(f"read + split + extract: best {min(runs):.2f} s, median {sorted(runs)[1]:.2f} s (3 runs, one core)")
        print(f"peak resident memory: {peak:.0f} MB (after warm-up {rss_before:.0f} MB)")
        print(f"items: {len(record.items)}; events: {dict(events)}; warnings: {[w.code for w in record.warnings]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
