"""A short fuzz run over the sniffer, the readers and extraction (hypothesis).

Every input, however broken, ends in a record or in a MotionsError with a known
reason code and a message: never another exception, a crash or a hang. Inputs
are random bytes behind the magic numbers we sniff, random zip packages, and the
samples mutated (bytes flipped, cut, repeated; for .docx also inside one XML
part, re-zipped so the damage gets past the zip checks).

Hypothesis draws small recipes; a forked child process builds each input from
its recipe, reads it and answers. So a hang is killed, a crash is seen, and
neither the inputs nor the parsers' memory stay in the test process, which later
tests fork capped workers from. Kept to well under a minute: a CI smoke test,
not a fuzzing campaign. No example database is written (it would land in the
working tree); a failure prints a reproduction blob.
"""

from __future__ import annotations

import io
import multiprocessing
import resource
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLES
from pipeline.errors import REASONS, MotionsError

FUZZ = settings(deadline=None, database=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow])
PER_INPUT_S = 20  # far above any real read; a child still busy after it is a hang
CHILD_MEMORY = 1024 ** 3  # on top of what the child had when forked

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # as pipeline.readers.sniff (not imported here: see _answer)
MAGICS = [b"", b"PK\x03\x04", b"%PDF-1.4\n", OLE_MAGIC, b"\xef\xbb\xbf", b"\xff\xfe", b"From: a@b.se\nSubject: x\n\n",
          b"<?xml version='1.0'?>", b"{\\rtf1", b"\x89PNG\r\n\x1a\n"]
SEED_DOCX = SAMPLES / "seed_ange_ks-20-399_svar.docx"


def _smallest(suffix: str, n: int) -> list[str]:
    files = sorted((p for p in SAMPLES.iterdir() if p.suffix == suffix), key=lambda p: (p.stat().st_size, p.name))
    return [str(p) for p in files[:n]]


# Small samples of every format (mutating a 60-page PDF tells nothing more and costs more).
SAMPLE_FILES = _smallest(".docx", 2) + _smallest(".pdf", 2) + _smallest(".txt", 1) + _smallest(".eml", 1)


# ---- the child ------------------------------------------------------------------

class Reader:
    """One forked child that builds, reads and extracts inputs one at a time."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe()
        self._proc = context.Process(target=_serve, args=(child, self.workdir), daemon=True)
        self._proc.start()
        child.close()

    def ask(self, *job) -> tuple:
        self._conn.send(job)
        if not self._conn.poll(PER_INPUT_S):
            self._proc.kill()
            self._restart()
            return ("hang", f"no answer within {PER_INPUT_S} s")
        try:
            return self._conn.recv()
        except EOFError:
            self._restart()
            return ("crashed", f"exit code {self._proc.exitcode}")

    def _restart(self) -> None:
        self._proc.join(5)
        self._conn.close()
        self._start()

    def close(self) -> None:
        self._conn.send(None)
        self._proc.join(5)
        if self._proc.is_alive():
            self._proc.kill()


def _serve(conn, workdir: Path) -> None:
    # A MemoryError on these small inputs would be a bomb: a finding, so capped.
    with open("/proc/self/statm") as fh:
        size = int(fh.read().split()[0]) * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (size + CHILD_MEMORY,) * 2)
    while (job := conn.recv()) is not None:
        conn.send(_answer(*job, workdir=workdir))


def _answer(kind: str, recipe, suffix: str = "", *, workdir: Path) -> tuple:
    # Imported in the child only: spaCy and the parsers never load in the test
    # process, which later tests fork capped workers from.
    from pipeline.extract import extract
    from pipeline.extract.record import Record
    from pipeline.readers import read_document
    from pipeline.readers.sniff import sniff_bytes

    try:
        data = BUILDERS[kind](recipe)
        if kind == "sniff":
            sniff_bytes(data)
            return ("ok",)
        path = workdir / f"input{suffix}"
        path.write_bytes(data)
        record = extract(read_document(path))
        return ("ok",) if isinstance(record, Record) else ("escaped", f"not a record: {type(record)}")
    except MotionsError as e:
        return ("error", e.reason, e.message)
    except BaseException as e:  # noqa: BLE001 - exactly what the test looks for
        return ("escaped", f"{type(e).__name__}: {e}"[:500])


def check(result: tuple) -> None:
    """A record, or a MotionsError with a known reason and a message."""
    if result[0] == "error":
        _, reason, message = result
        assert reason in REASONS, reason
        assert message and message.strip()
        return
    assert result == ("ok",), result


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    r = Reader(tmp_path_factory.mktemp("fuzz"))
    yield r
    r.close()


# ---- recipes and how the child builds them -----------------------------------------

def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, content in members.items():
            z.writestr(name, content)
    return buf.getvalue()


def _members(path) -> dict[str, bytes]:
    z = zipfile.ZipFile(path)
    return {name: z.read(name) for name in z.namelist()}


def build_package(recipe) -> bytes:
    """The seed docx with members replaced (None: dropped) or added, re-zipped."""
    changes, method = recipe
    members = _members(SEED_DOCX)
    for name, content in changes:
        if content is None:
            members.pop(name, None)
        else:
            members[name] = content
    return _zip(members, method)


def build_mutant(recipe) -> bytes:
    """A sample with byte edits; positions are fractions of its length (in 1/2^20)."""
    path, part_edit, edits = recipe
    data = bytearray(Path(path).read_bytes())
    if part_edit:
        return _edit_part(bytes(data), *part_edit)
    for kind, at, n, insert in edits:
        at = at * len(data) >> 20
        if kind == "flip" and at < len(data):
            data[at] ^= n % 255 + 1
        elif kind == "cut":
            del data[at:at + n]
        elif kind == "insert":
            data[at:at] = insert
        else:
            data[at:at] = data[at:at + n % 512 + 1] * (n % 7 + 2)
    return bytes(data)


def _edit_part(data: bytes, choice: int, at: int, length: int, insert: bytes) -> bytes:
    members = _members(io.BytesIO(data))
    names = sorted(n for n in members if n.endswith((".xml", ".rels")))
    name = names[choice % len(names)]
    part = bytearray(members[name])
    at = at * len(part) >> 20
    part[at:at + length] = insert
    members[name] = bytes(part)
    return _zip(members)


BUILDERS = {"sniff": bytes, "bytes": bytes, "package": build_package, "mutant": build_mutant}

_XMLISH = st.text(alphabet="<>/=\"' wp:t&;!DOCTYPEabcåäö\n\t\x00\ufeff", max_size=300).map(str.encode)
_SEED_NAMES = sorted(_members(SEED_DOCX))
_OTHER_NAMES = ["word/document.dat", "word/media/image1.png", "word/vbaProject.bin", "customXml/item9.xml",
                "x/../../evil", "word/_rels/document.dat.rels"]
_EDIT_AT = st.integers(0, 1 << 20)
_PACKAGES = st.tuples(
    st.lists(st.tuples(st.sampled_from(_SEED_NAMES + _OTHER_NAMES),
                       st.one_of(st.none(), _XMLISH, st.binary(max_size=200))), max_size=4),
    st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
)
_BYTE_EDITS = st.lists(st.tuples(st.sampled_from(["flip", "cut", "insert", "repeat"]), _EDIT_AT,
                                 st.integers(1, 4096), st.binary(min_size=1, max_size=64)), min_size=1, max_size=4)
_PART_EDIT = st.tuples(st.integers(0, 100), _EDIT_AT, st.integers(0, 40), st.sampled_from(
    [b"", b"<", b">", b"&amp", b"&x;", b"<w:p>", b"</w:p>", b"<w:t>\x00</w:t>", b"\xff\xfe", b"<!-- ", b"]]>"]))
_MUTANTS = st.sampled_from(SAMPLE_FILES).flatmap(lambda path: st.tuples(
    st.just(path), st.none() if not path.endswith(".docx") else st.one_of(st.none(), _PART_EDIT), _BYTE_EDITS))


# ---- the tests --------------------------------------------------------------------

@settings(FUZZ, max_examples=1000)
@given(st.sampled_from(MAGICS), st.binary(max_size=2048))
def test_fuzz_sniffer_on_random_bytes(reader, magic, tail):
    check(reader.ask("sniff", magic + tail))


@settings(FUZZ, max_examples=300)
@given(st.sampled_from(MAGICS), st.binary(max_size=4096), st.sampled_from([".docx", ".pdf", ".txt", ".eml", ""]))
def test_fuzz_read_document_on_random_bytes(reader, magic, tail, suffix):
    check(reader.ask("bytes", magic + tail, suffix))


@pytest.mark.slow
@settings(FUZZ, max_examples=250)
@given(_PACKAGES)
def test_fuzz_read_document_on_random_zip_packages(reader, recipe):
    check(reader.ask("package", recipe, ".docx"))


@pytest.mark.slow
@settings(FUZZ, max_examples=500)
@given(_MUTANTS)
def test_fuzz_read_document_on_mutated_samples(reader, recipe):
    check(reader.ask("mutant", recipe, Path(recipe[0]).suffix))
