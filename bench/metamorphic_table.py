"""Print the metamorphic failure matrix: for each truth, every rendering that applies
to it and whether the extracted record still agrees with the truth.

    .venv/bin/python bench/metamorphic_table.py [--jobs 2] [--only STEM ...] [--render NAME ...]
                                               [--show STEM RENDERING] [--known]

Renderings and the comparison live in tests/metamorphic_render.py (the same ones
tests/test_extract_metamorphic.py runs). `--show` writes one rendering to a temporary
folder and prints its text (paragraphs of the .docx, or the .txt/.pdf lines) and its
differences, to check a renderer by eye.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import metamorphic_render as M  # noqa: E402


def show(stem: str, name: str) -> None:
    import docx

    spec = M.truth_specs()[stem]
    names = [n for n in name.split("+") if n != "baseline"]
    rendered = M.render(spec, names) if names else spec
    with tempfile.TemporaryDirectory() as tmp:
        path = M.write(rendered, Path(tmp))
        if path.suffix == ".docx":
            d = docx.Document(path)
            for par in d.paragraphs:
                print(f"[{par.style.name}] {par.text!r}")
        elif path.suffix == ".txt":
            print(path.read_bytes().decode(rendered.get("encoding", "utf-8"), "replace"))
        else:
            from pipeline.readers import read_document

            for b in read_document(path).blocks:
                print(f"[{b.kind.value}] {b.text!r}")
        print("--", M.differences(M.extract(path), spec["truth"], folded=bool(rendered.get("_folded"))))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", nargs="*", help="stems")
    ap.add_argument("--render", nargs="*", help="rendering names")
    ap.add_argument("--show", nargs=2, metavar=("STEM", "RENDERING"))
    ap.add_argument("--known", action="store_true",
                    help=f"rewrite {M.KNOWN_FAILURES.name}: the cases that fail now, expected to fail in the tests")
    args = ap.parse_args()
    if args.show:
        show(*args.show)
        return
    cov = M.coverage()
    stems = [s for s in cov if not args.only or s in args.only]
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        jobs = [(s, n) for s in stems for n in ["baseline"] + cov[s] if not args.render or n in args.render]
        cells = M.run_cells(jobs, Path(tmp), args.jobs)
        results = [(s, n, cells[s, n]) for s, n in jobs]
    if args.known:
        M.write_known_failures({(s, n): d for s, n, d in results})
    fails = defaultdict(dict)
    for stem, name, diffs in results:
        fails[stem][name] = diffs
    names = ["baseline"] + M.ORDER
    short = {n: n[:6] for n in names}
    print(f"{'truth':44} n  " + " ".join(f"{short[n]:>6}" for n in names))
    for stem in stems:
        cells = []
        for n in names:
            if n not in fails[stem]:
                cells.append(f"{'.':>6}")
            else:
                cells.append(f"{'ok' if not fails[stem][n] else 'FAIL':>6}")
        print(f"{stem[:44]:44} {len(cov[stem]):2} " + " ".join(cells))
    total = len(results)
    bad = sum(1 for _, _, d in results if d)
    print(f"\n{total} cases, {bad} fail, {time.time() - t0:.1f} s")
    per = defaultdict(lambda: [0, 0])
    for _, n, d in results:
        per[n][0] += 1
        per[n][1] += bool(d)
    for n in names:
        if n in per:
            print(f"  {n:22} {per[n][1]:3}/{per[n][0]:3} fail")
    print()
    for stem, name, diffs in results:
        if diffs:
            print(f"{stem} × {name}: " + "; ".join(diffs))


if __name__ == "__main__":
    main()
