"""Hostile content: declarations hidden in renamed or re-encoded docx parts, and
inputs that made extraction quadratic. Every input is generated here.

The growth tests count executed lines of extraction code (and of difflib, which
it calls) instead of timing anything: the count is the same on every machine, and
a run that goes past its allowance is stopped at once instead of taking minutes.
"""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import BlockKind, InputFormat, NormalizedDocument, build_blocks
from pipeline.errors import DocumentLoadError
from pipeline.extract import clause_index, extract
from pipeline.extract.clause_index import SAME_CLAUSE, ClauseIndex, similar
from pipeline.readers import read_document
from conftest import SAMPLES
from readers_fixtures import docx_with_body, p, rewrite_zip

# ---------------------------------------------------------------------------
# Item 6: a DOCTYPE in any XML part, whatever its name or encoding

ENTITY_CLAUSE = "att kommunen &xxe; bygger en ny skola."
DOCTYPE = '<!DOCTYPE w:document [<!ENTITY xxe "i Storåsa">]>'


def _document_xml(body: str) -> str:
    return zipfile.ZipFile(io.BytesIO(docx_with_body(body))).read("word/document.xml").decode("utf-8")


def renamed_main_part(body: str, part: str = "word/document.dat", encode=lambda xml: xml.encode("utf-8")) -> bytes:
    """A docx whose main part is `part`: [Content_Types].xml, _rels/.rels and the
    part's own relationships follow the new name, so Word and python-docx open it."""
    data = docx_with_body(body)
    z = zipfile.ZipFile(io.BytesIO(data))
    content_types = z.read("[Content_Types].xml").decode().replace('PartName="/word/document.xml"', f'PartName="/{part}"')
    rels = z.read("_rels/.rels").decode().replace('Target="word/document.xml"', f'Target="{part}"')
    assert f'PartName="/{part}"' in content_types and f'Target="{part}"' in rels
    own_rels = f"word/_rels/{part.rsplit('/', 1)[1]}.rels"
    return rewrite_zip(
        data,
        {"word/document.xml": None, "word/_rels/document.xml.rels": None,
         "[Content_Types].xml": content_types.encode(), "_rels/.rels": rels.encode()},
        add={part: encode(z.read("word/document.xml").decode()), own_rels: z.read("word/_rels/document.xml.rels")},
    )


def _with_doctype(xml: str) -> str:
    head, rest = xml.split("?>", 1)
    return head + "?>" + DOCTYPE + rest


def _redeclared(xml: str, encoding: str) -> str:
    return xml.replace("encoding='UTF-8'", f"encoding='{encoding}'").replace('encoding="UTF-8"', f'encoding="{encoding}"')


def _utf7(xml: str) -> bytes:
    # UTF-7 may write "<" as "+ADw-": the declarations vanish from a byte search.
    head, rest = _redeclared(xml, "UTF-7").split("?>", 1)
    hidden = '+ADw-!DOCTYPE w:document +AFs-+ADw-!ENTITY xxe "i Storasa"+AD4-+AF0-+AD4-'
    return (head + "?>" + hidden + rest).encode("ascii")


def _custom_xml_item(body: str) -> bytes:
    data = docx_with_body(body)
    return rewrite_zip(data, {}, add={"customXml/item9.data": ('<?xml version="1.0"?>' + DOCTYPE + "<r/>").encode()})


HIDDEN_DECLARATIONS = {
    "main part renamed word/document.dat": lambda: renamed_main_part(
        p(ENTITY_CLAUSE), encode=lambda x: _with_doctype(x).encode()),
    "renamed main part in UTF-16": lambda: renamed_main_part(
        p(ENTITY_CLAUSE), encode=lambda x: _redeclared(_with_doctype(x), "UTF-16").encode("utf-16")),
    "document.xml in UTF-32": lambda: rewrite_zip(docx_with_body(p(ENTITY_CLAUSE)), {
        "word/document.xml": _redeclared(_with_doctype(_document_xml(p(ENTITY_CLAUSE))), "UTF-32").encode("utf-32")}),
    "document.xml declared UTF-7": lambda: rewrite_zip(docx_with_body(p(ENTITY_CLAUSE)), {
        "word/document.xml": _utf7(_document_xml(p(ENTITY_CLAUSE)))}),
    "custom XML item not named .xml": lambda: _custom_xml_item(p("att kommunen bygger en ny skola.")),
}


@pytest.mark.parametrize("case", list(HIDDEN_DECLARATIONS))
def test_hostile_docx_declaration_in_any_xml_part_is_refused(tmp_path, case):
    path = tmp_path / "motion.docx"
    path.write_bytes(HIDDEN_DECLARATIONS[case]())
    with pytest.raises(DocumentLoadError) as e:
        doc = read_document(path)
        pytest.fail(f"read, not refused: {[b.text for b in doc.blocks]}")
    assert e.value.reason == "xml_doctype"
    assert e.value.message.startswith("Dokumentet innehåller XML-deklarationer")


def test_hostile_docx_renamed_main_part_names_the_part(tmp_path):
    path = tmp_path / "motion.docx"
    path.write_bytes(HIDDEN_DECLARATIONS["main part renamed word/document.dat"]())
    with pytest.raises(DocumentLoadError) as e:
        read_document(path)
    assert "word/document.dat" in e.value.message and "DOCTYPE" in e.value.message


def test_hostile_docx_renamed_main_part_without_declarations_is_read(tmp_path):
    # The renamed package itself is fine: only the declarations make it hostile.
    path = tmp_path / "motion.docx"
    path.write_bytes(renamed_main_part(p("att kommunen bygger en ny skola.")))
    assert [b.text for b in read_document(path).blocks] == ["att kommunen bygger en ny skola."]


def test_hostile_docx_svg_image_with_doctype_is_still_read(tmp_path):
    # Illustrator SVGs carry a DOCTYPE; python-docx keeps images as bytes.
    data = docx_with_body(p("att kommunen bygger en ny skola."))
    types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml").decode()
    types = types.replace("<Default ", '<Default Extension="svg" ContentType="image/svg+xml"/><Default ', 1)
    svg = ('<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
           '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg/>')
    path = tmp_path / "motion.docx"
    path.write_bytes(rewrite_zip(data, {"[Content_Types].xml": types.encode()}, add={"word/media/image1.svg": svg.encode()}))
    assert [b.text for b in read_document(path).blocks] == ["att kommunen bygger en ny skola."]


# ---------------------------------------------------------------------------
# Item 7: extraction work grows linearly with the number of att-lines

ROOT = Path(__file__).resolve().parent.parent
_TRACED = (str(ROOT / "pipeline"), "difflib.py")


class TooMuchWork(Exception):
    pass


def executed_lines(fn, limit: int | None = None) -> int:
    """Lines of pipeline and difflib code that `fn()` executes (stops past `limit`)."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
            if limit is not None and count > limit:
                raise TooMuchWork(count)
        return local

    def global_(frame, event, arg):
        name = frame.f_code.co_filename
        return local if name.startswith(_TRACED[0]) or name.endswith(_TRACED[1]) else None

    sys.settrace(global_)
    try:
        fn()
    finally:
        sys.settrace(None)
    return count


def _doc(raw: list[dict]) -> NormalizedDocument:
    return NormalizedDocument("generated.docx", "0" * 64, InputFormat.DOCX, build_blocks(raw))


def _par(text: str, **kw) -> dict:
    return {"text": text, "kind": kw.pop("kind", BlockKind.PARAGRAPH), **kw}


def _heading(text: str) -> dict:
    return _par(text, kind=BlockKind.HEADING, heading_level=2)


_VOCAB = ["".join(random.Random(k).choice("bcdfghjklmnprstv") + random.Random(k + 1000).choice("aeiouyåäö")
                  for _ in range(3)) + str(k % 7) for k in range(300)]


def distinct_clause(i: int) -> str:
    rnd = random.Random(i)
    return "att kommunen " + " ".join(rnd.choice(_VOCAB) for _ in range(6)) + "."


INTRO = "Jag föreslår att kommunfullmäktige beslutar"
SHAPES = {
    # The case: bare att-lines (nothing to compare, yet compared pairwise).
    "bare att-lines": lambda n: _doc([_heading("Motion om saker"), _par(INTRO)] + [_par("att") for _ in range(n)]),
    "att kommunen gör X{i}": lambda n: _doc(
        [_heading("Motion om saker"), _par(INTRO)] + [_par(f"att kommunen gör X{i}.") for i in range(n)]
        + [_par("Anna Berg (S)")]),
    "distinct clauses": lambda n: _doc(
        [_heading("Motion om saker"), _par(INTRO)] + [_par(distinct_clause(i)) for i in range(n)]),
    "answer quoting and commenting": lambda n: _doc(
        [_par("Tjänsteskrivelse"), _heading("Svar på motion om saker"), _heading("Ärendet"),
         _par("Anna Berg (S) har lämnat en motion där hon föreslår att kommunfullmäktige beslutar")]
        + [_par(distinct_clause(i)) for i in range(n)] + [_heading("Bedömning")]
        + [x for i in range(n) for x in (_par(distinct_clause(i)), _par(f"Kommentar: det görs redan, {i}."))]
        + [_heading("Förslag till beslut"), _par("Motionen anses besvarad.")]),
    "answer table, clause beside comment": lambda n: _doc(
        [_par("Tjänsteskrivelse"), _heading("Svar på motion om saker"), _heading("Bedömning")]
        + [x for i in range(n) for x in (
            _par(f"att kommunen gör X{i}.", kind=BlockKind.TABLE_CELL, table_pos=(0, i, 0)),
            _par(f"Det görs redan {i}.", kind=BlockKind.TABLE_CELL, table_pos=(0, i, 1)))]
        + [_heading("Förslag till beslut"), _par("Motionen anses besvarad.")]),
}


@pytest.fixture(scope="module", autouse=False)
def warmed_up():
    extract(SHAPES["answer quoting and commenting"](3))  # rule files and spaCy load once, outside the count


@pytest.mark.parametrize("shape", list(SHAPES))
def test_hostile_extraction_work_is_linear_in_att_lines(warmed_up, shape):
    small, factor = 150, 4
    try:  # a generous absolute cap too, so a quadratic regression fails in seconds
        base = executed_lines(lambda: extract(SHAPES[shape](small)), limit=small * 5_000)
    except TooMuchWork as e:
        pytest.fail(f"{shape}: more than 5,000 lines of extraction per att-line ({e})")
    # Linear work is ~4x for 4x the lines; quadratic would be ~16x. The allowance
    # stops a quadratic run early instead of letting it take minutes.
    allowance = int(base * factor * 1.4)
    try:
        grown = executed_lines(lambda: extract(SHAPES[shape](small * factor)), limit=allowance)
    except TooMuchWork as e:
        pytest.fail(f"{shape}: more than {allowance} lines for {small * factor} att-lines "
                    f"({base} for {small}): extraction grows faster than linearly ({e})")
    assert grown <= allowance


def test_hostile_extraction_of_two_long_repetitive_clauses_is_bounded(warmed_up):
    # difflib is quadratic in the length of repetitive texts: two 20,000-character
    # clauses one letter apart took minutes.
    long = "att " + "a" * 20_000
    doc = _doc([_heading("Motion om saker"), _par(INTRO), _par(long + "."), _par(long + "b.")])
    try:
        executed_lines(lambda: extract(doc), limit=2_000_000)
    except TooMuchWork:
        pytest.fail("comparing two long clauses was not bounded")
    record = extract(doc)  # past the budget, a warning says repeats were matched only when identical
    assert "clause_matching_limited" in {w.code for w in record.warnings}


def _pairwise_numbers(texts: list[str]) -> list[tuple[int, bool]]:
    """The definition: the first earlier clause `similar` enough, else a new one."""
    clauses: list[str] = []
    out = []
    for text in texts:
        number = next((n for n, c in enumerate(clauses, 1) if similar(c, text) >= SAME_CLAUSE), None)
        if number is None:
            clauses.append(text)
        out.append((number or len(clauses), number is None))
    return out


@st.composite
def near_duplicates(draw) -> list[str]:
    """Clause texts that are mostly small edits of a few bases, so that many pairs
    sit near the similarity threshold (and some are empty or identical)."""
    bases = draw(st.lists(st.text(alphabet="abcå .,", min_size=0, max_size=40), min_size=1, max_size=4))
    texts = []
    for _ in range(draw(st.integers(1, 14))):
        text = list(draw(st.sampled_from(bases)))
        for _ in range(draw(st.integers(0, 4))):
            at = draw(st.integers(0, len(text)))
            if text and draw(st.booleans()):
                del text[min(at, len(text) - 1)]
            else:
                text.insert(at, draw(st.sampled_from("abx ")))
        texts.append(("att " if draw(st.booleans()) else "") + "".join(text))
    return texts


@settings(max_examples=300, deadline=None)
@given(near_duplicates())
def test_hostile_clause_index_numbers_clauses_as_the_pairwise_definition(texts):
    index = ClauseIndex()
    assert [index.number_of(t) for t in texts] == _pairwise_numbers(texts)
    assert not index.limited


def test_hostile_clause_index_work_stays_within_its_budget(monkeypatch):
    monkeypatch.setattr(clause_index, "WORK_BASE", 200_000)
    index = ClauseIndex()
    for i in range(3_000):
        index.number_of(distinct_clause(i))
    assert index.limited
    assert index.work <= clause_index.WORK_BASE + clause_index.WORK_PER_OCCURRENCE * index.occurrences


# ---------------------------------------------------------------------------
# Item 7: `motions extract` reads through the killable worker


# Run as a real process (the pool's threads and fork stay out of the test process).
# The edge is swapped before the CLI starts, so the forked worker inherits it.
_CLI_WITH_EDGE = r"""
import resource, sys, time
import pipeline.extract

def hang(path):
    time.sleep(600)  # a parser stuck in C code: only killing the process ends it

def hog(path):
    if resource.getrlimit(resource.RLIMIT_AS)[0] == resource.RLIM_INFINITY:
        sys.exit("the read runs without a memory cap")  # rather than eat the test machine
    return bytearray(3 * 1024 ** 3)  # past the worker's 2 GB cap

pipeline.extract.extract_file = {"hang": hang, "hog": hog}[sys.argv[1]]
from app.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _motions(*args: str, edge: str | None = None, seconds: float = 60) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", _CLI_WITH_EDGE, edge] if edge else [sys.executable, "-m", "app.cli"]
    try:
        return subprocess.run([*command, *args], cwd=ROOT, capture_output=True, text=True, timeout=seconds)
    except subprocess.TimeoutExpired:
        pytest.fail(f"motions {' '.join(args)} did not return within {seconds} s")


@pytest.mark.parametrize("edge,reasons,text", [
    ("hang", {"timeout"}, "Läsningen tog mer än 2 s och avbröts."),
    ("hog", {"memory_limit", "worker_crashed"}, "minne"),
], ids=["hung parser", "memory bomb"])
@pytest.mark.slow
def test_hostile_cli_extract_ends_a_runaway_read_with_a_swedish_line(tmp_path, edge, reasons, text):
    path = tmp_path / "motion.txt"
    path.write_text("Motion om saker\n\nJag föreslår att kommunfullmäktige beslutar\n\natt kommunen bygger.\n", "utf-8")
    started = time.monotonic()
    done = _motions("extract", str(path), "--timeout", "2", edge=edge, seconds=40)
    assert time.monotonic() - started < 40
    assert (done.returncode, done.stdout) == (1, ""), done.stderr
    line = done.stderr.strip()
    assert line.startswith(f"FEL {path}: ") and "Traceback" not in done.stderr, done.stderr
    # The Swedish reason, not its code (the code is for --json and the .reason.json).
    assert text in line and not any(code in line for code in reasons), line


@pytest.mark.slow
def test_hostile_cli_extract_output_and_json_are_unchanged_by_the_worker():
    from app.cli import format_summary
    from pipeline.extract import extract_file

    seed = str(SAMPLES / "seed_ange_ks-20-399_svar.docx")
    record = extract_file(seed).to_dict()
    done = _motions("extract", seed, "--json")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    done = _motions("extract", seed)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == format_summary(record) + "\n\n"
