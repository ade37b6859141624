"""The ingest flow against reading + extracting alone, on the same files, in one run.

    .venv/bin/python bench/bench_flow.py --n 1000            # 1,000 docx
    .venv/bin/python bench/bench_flow.py --n 100 --pdf       # docx and pdf

Documents are made by varying the samples: each docx copy gets its own Dnr serial
and title in the XML (so it is a new case, not a duplicate); a pdf copy gets a
trailing comment (new bytes, same text: another rendering). Prints documents and
pages per second, seconds per stage, the ratio flow / (read + extract), a rerun
over the unchanged files, and peak memory. Figures, not a test.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import resource
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("MOTIONS_STATE", str(ROOT / ".state"))

import flows  # noqa: E402,F401  - Prefect settings first
from pipeline.extract import extract  # noqa: E402
from pipeline.readers import read_document  # noqa: E402

DNR = re.compile(rb"(KS|KA|KU|KSF|KLK)([ /.-]?)(\d{2,4})([/.:-])0*(\d{1,5})")


def vary_docx(data: bytes, i: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename.startswith("word/") and item.filename.endswith(".xml"):
                body = DNR.sub(lambda m: m.group(1) + m.group(2) + b"2031" + m.group(4) + str(i).encode(), body)
                body = body.replace(b"Motion om ", f"Motion ({i}) om ".encode(), 1)
            if item.filename == "docProps/core.xml":
                body = body.replace(b"</cp:coreProperties>", f"<!-- variant {i} --></cp:coreProperties>".encode())
            dst.writestr(item, body)
    return out.getvalue()


def make_corpus(folder: Path, n: int, with_pdf: bool) -> list[Path]:
    samples = sorted((ROOT / "samples").glob("*.docx"))
    pdfs = sorted((ROOT / "samples").glob("*.pdf"))
    paths = []
    for i in range(n):
        if with_pdf and i % 2:
            src = pdfs[i % len(pdfs)]
            path = folder / f"{i:05d}_{src.name}"
            path.write_bytes(src.read_bytes() + f"\n%variant {i}\n".encode())
        else:
            src = samples[i % len(samples)]
            path = folder / f"{i:05d}_{src.name}"
            path.write_bytes(vary_docx(src.read_bytes(), i))
        paths.append(path)
    return paths


def peak_mb(who) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--pdf", action="store_true", help="every other document a pdf")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="motions-bench-"))
    corpus = work / "corpus"
    corpus.mkdir()
    files = make_corpus(corpus, args.n, args.pdf)
    pages = 0

    t0 = time.perf_counter()
    read_s = extract_s = 0.0
    for path in files:
        a = time.perf_counter()
        doc = read_document(path)
        b = time.perf_counter()
        extract(doc)
        extract_s += time.perf_counter() - b
        read_s += b - a
        pages += doc.pages or max(1, len(doc.text) // 3000)
    alone = time.perf_counter() - t0

    from flows.ingest import ingest_flow

    inbox = work / "inkorg"
    shutil.copytree(corpus, inbox)
    db = work / "bench.db"
    t1 = time.perf_counter()
    first = ingest_flow(str(inbox), db=str(db), outputs=None)
    flow_s = time.perf_counter() - t1

    shutil.copytree(corpus, inbox, dirs_exist_ok=True)  # the same files dropped again
    t2 = time.perf_counter()
    second = ingest_flow(str(inbox), db=str(db), outputs=None)
    rerun_s = time.perf_counter() - t2

    t3 = time.perf_counter()
    from flows.report import report_flow
    report_flow(db=str(db), outputs=str(work / "out"))
    report_s = time.perf_counter() - t3

    timings = first["timings"]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"documents: {len(files)} ({'docx + pdf' if args.pdf else 'docx'}), ~{pages} pages")
    print(f"read + extract alone (1 process): {alone:7.1f} s  {len(files) / alone:6.1f} docs/s  "
          f"{pages / alone:6.1f} pages/s  (read {read_s:.1f} s, extract {extract_s:.1f} s)")
    print(f"ingest flow (2 workers, Prefect start included): {flow_s:7.1f} s  {len(files) / flow_s:6.1f} docs/s  "
          f"{pages / flow_s:6.1f} pages/s")
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in timings.items())
    in_stages = sum(timings.values())
    print(f"  stages inside the flow: {stages}; orchestration and start {flow_s - in_stages:.1f} s")
    print(f"ratio flow / (read + extract alone): {flow_s / alone:.2f}")
    print(f"rerun over the unchanged files: {rerun_s:.2f} s = {100 * rerun_s / flow_s:.1f}% of the first run "
          f"({second['counts']}; stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in second["timings"].items()) + ")")
    print(f"reports for all cases afterwards: {report_s:.1f} s")
    print(f"first run: {first['counts']}")
    print(f"peak memory: main process {peak_mb(resource.RUSAGE_SELF):.0f} MB, "
          f"largest worker {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
