import json
import os

import pytest

from pipeline.inbox import Inbox, is_candidate


@pytest.fixture
def box(tmp_path):
    return Inbox(tmp_path / "inkorg").ensure()


def test_inbox_lists_only_files_a_person_dropped(box, tmp_path):
    (box.root / "motion.docx").write_bytes(b"x")
    (box.root / "~$motion.docx").write_bytes(b"lock")
    (box.root / ".~lock.svar.docx#").write_bytes(b"lock")
    (box.root / "._motion.docx").write_bytes(b"fork")
    (box.root / ".dold.pdf").write_bytes(b"x")
    (box.root / "nedladdning.pdf.part").write_bytes(b"x")
    os.mkfifo(box.root / "fifo.pdf")
    (tmp_path / "utanför.pdf").write_bytes(b"x")
    os.symlink(tmp_path / "utanför.pdf", box.root / "länk.pdf")
    (box.root / "mapp.pdf").mkdir()
    assert [p.name for p in box.waiting()] == ["motion.docx"]


def test_inbox_claim_is_a_move_and_a_second_claim_finds_nothing(box):
    f = box.root / "svar.pdf"
    f.write_bytes(b"a")
    run = box.start_run()
    claimed = box.claim(f, run)
    assert claimed == run.folder / "svar.pdf" and claimed.parent.parent == box.processing
    assert claimed.read_bytes() == b"a"
    assert box.claim(f, run) is None
    assert box.unfinished() == [claimed]
    run.close()


def test_inbox_archive_never_overwrites_other_bytes(box):
    (box.archive / "svar.pdf").write_bytes(b"old")
    f = box.processing / "svar.pdf"
    f.write_bytes(b"new")
    placed = box.archive_file(f)
    assert placed.path.name == "svar (2).pdf" and not placed.already_there
    assert (box.archive / "svar.pdf").read_bytes() == b"old" and placed.path.read_bytes() == b"new"
    assert not f.exists()


def test_inbox_archive_of_identical_bytes_keeps_one_copy(box):
    (box.archive / "svar.pdf").write_bytes(b"same")
    f = box.processing / "svar.pdf"
    f.write_bytes(b"same")
    placed = box.archive_file(f)
    assert placed.already_there and placed.path == box.archive / "svar.pdf"
    assert sorted(p.name for p in box.archive.iterdir()) == ["svar.pdf"]


def test_inbox_quarantine_writes_a_reason_a_person_can_read(box):
    f = box.processing / "trasig.docx"
    f.write_bytes(b"PK")
    placed = box.quarantine_file(f, "truncated", "Filen är trasig eller ofullständig.", sha256="abc")
    note = json.loads((box.quarantine / "trasig.docx.reason.json").read_text(encoding="utf-8"))
    assert placed.path.read_bytes() == b"PK"
    assert (note["reason"], note["message"], note["file"], note["sha256"]) == (
        "truncated", "Filen är trasig eller ofullständig.", "trasig.docx", "abc")
    assert "T" in note["time"]
    assert not is_candidate(box.quarantine / "trasig.docx.reason.json")


def test_inbox_watch_stability_waits_for_a_settled_file(tmp_path, monkeypatch):
    import time

    from flows.watch import Stability

    clock = [100.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    f, empty = tmp_path / "svar.docx", tmp_path / "tom.pdf"
    f.write_bytes(b"halv")
    empty.write_bytes(b"")
    s = Stability(empty_grace=10, looks=2)
    assert s.complete([f, empty]) == []          # first look: nothing known yet
    with open(f, "ab") as h:
        h.write(b" och resten")
    clock[0] += 1
    assert s.complete([f, empty]) == []          # it grew; the empty one is too young
    clock[0] += 1
    assert s.complete([f, empty]) == []          # unchanged once: a copy may just have stalled
    clock[0] += 1
    assert s.complete([f, empty]) == [f]         # unchanged over two looks
    clock[0] += 10
    assert s.complete([f, empty]) == [f, empty]  # empty, and still empty after the grace
