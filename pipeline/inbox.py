"""The inbox folder: claim, archive and quarantine files without ever losing one.

    inbox/              files dropped by people (or the web upload)
    inbox/processing/   claimed by a run; a file leaves only after its commit
    inbox/archive/      stored (or already known) documents
    inbox/quarantine/   files that could not be read, each with <name>.reason.json

A claim is an atomic rename within one filesystem, so two runs never take the
same file. Moves never overwrite: a name already taken by other bytes gets a
" (2)" suffix; a byte-identical file already there is the same file.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

# Office and LibreOffice lock files, macOS resource forks, partial downloads.
IGNORED_PREFIXES = ("~$", ".~lock.", "._", ".")
IGNORED_SUFFIXES = (".tmp", ".part", ".crdownload", ".partial", "#", "~", ".reason.json")


def is_ignored(name: str) -> bool:
    return name.startswith(IGNORED_PREFIXES) or name.endswith(IGNORED_SUFFIXES)


def _mode(entry: os.DirEntry | Path) -> int | None:
    try:
        return os.lstat(entry.path if isinstance(entry, os.DirEntry) else entry).st_mode
    except OSError:
        return None


def is_candidate(entry: os.DirEntry | Path) -> bool:
    """A regular file a person meant to drop: no links, FIFOs, folders or lock files."""
    mode = _mode(entry)
    return not is_ignored(entry.name) and mode is not None and stat.S_ISREG(mode)


def is_stray(entry: os.DirEntry | Path) -> bool:
    """Something dropped that is not a regular file: a FIFO, a symlink, a device.
    It is never opened (a FIFO named .pdf blocks any reader); it goes to quarantine."""
    mode = _mode(entry)
    return (not is_ignored(entry.name) and mode is not None
            and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode))


def sha256_of(path: Path) -> str | None:
    """None for anything but a regular file: a FIFO would block the read, and a
    symlink could point anywhere."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


@dataclass(frozen=True)
class Placed:
    path: Path
    already_there: bool  # an identical file was in place; the source was removed


class Inbox:
    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)
        self.processing = self.root / "processing"
        self.archive = self.root / "archive"
        self.quarantine = self.root / "quarantine"

    def ensure(self) -> "Inbox":
        for folder in (self.root, self.processing, self.archive, self.quarantine):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    def waiting(self, *, strays: bool = False) -> list[Path]:
        """Files dropped in the inbox, oldest first (subfolders are the run's own).
        With `strays`, also the non-regular entries that must be set aside."""
        with os.scandir(self.root) as it:
            entries = [e for e in it if is_candidate(e) or (strays and is_stray(e))]
        return [Path(e.path) for e in sorted(entries, key=lambda e: (e.stat(follow_symlinks=False).st_mtime, e.name))]

    def folders(self) -> list[Path]:
        """Folders a person dropped into the inbox: not read (only files directly in
        the inbox are), so they are reported instead of silently ignored."""
        own = {self.processing.name, self.archive.name, self.quarantine.name}
        with os.scandir(self.root) as it:
            return sorted(Path(e.path) for e in it
                          if e.is_dir(follow_symlinks=False) and e.name not in own and not is_ignored(e.name))

    def unfinished(self) -> list[Path]:
        """Files claimed by an earlier run that did not finish (a crash, a kill)."""
        with os.scandir(self.processing) as it:
            return sorted(Path(e.path) for e in it if is_candidate(e) or is_stray(e))

    def claim(self, path: Path) -> Path | None:
        """Move a waiting file into processing/; None if another run took it first."""
        target = _free_name(self.processing, path.name)
        try:
            os.rename(path, target)
        except FileNotFoundError:
            return None
        return target

    def archive_file(self, path: Path) -> Placed:
        return _place(path, self.archive)

    def quarantine_file(self, path: Path, reason: str, message: str, sha256: str | None = None) -> Placed:
        placed = _place(path, self.quarantine)
        note = {
            "file": placed.path.name,
            "reason": reason,
            "message": message,
            "sha256": sha256,
            "time": dt.datetime.now(dt.timezone.utc).astimezone().isoformat(timespec="seconds"),
        }
        reason_path = placed.path.with_name(placed.path.name + ".reason.json")
        tmp = reason_path.with_name(reason_path.name + ".tmp")
        tmp.write_text(json.dumps(note, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, reason_path)
        return placed


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while os.path.lexists(target):
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target


def _place(path: Path, folder: Path) -> Placed:
    """Move without overwriting. os.link fails if the name exists (shutil.move would
    silently replace it), so the check and the move cannot race."""
    name = path.name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 1
    regular = stat.S_ISREG(os.lstat(path).st_mode)
    while True:
        target = folder / (name if n == 1 else f"{stem} ({n}){suffix}")
        # Only regular files are compared: opening a FIFO would block.
        if regular and target.is_file() and not target.is_symlink() and filecmp.cmp(path, target, shallow=False):
            os.unlink(path)
            return Placed(target, already_there=True)
        try:
            # follow_symlinks=False: a dropped symlink moves as a link, its target stays put.
            os.link(path, target, follow_symlinks=False)
        except FileExistsError:
            n += 1
            continue
        except OSError:
            # Filesystems without hard links: rename is still atomic within one filesystem.
            if os.path.lexists(target):
                n += 1
                continue
            os.rename(path, target)
            return Placed(target, already_there=False)
        os.unlink(path)
        return Placed(target, already_there=False)
