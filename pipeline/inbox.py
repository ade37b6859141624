"""The inbox folder: claim, archive and quarantine files without ever losing one.

    inbox/                  files dropped by people (or the web upload)
    inbox/processing/<run>/ claimed by one run; a file leaves only after its commit
    inbox/archive/          stored (or already known) documents
    inbox/quarantine/       files that could not be read, each with <name>.reason.json
    inbox/retry/            files a run could not store for a passing reason (disk
                            full, database locked or unreachable); the next run takes them

Any number of runs (ingest, watch, the web upload) may share one inbox, on one
machine or several over a shared folder. A claim is an atomic rename into the
run's own folder under processing/, so two runs never take the same file and never
choose the same name. Each run folder holds a `.lease` file that its run keeps
locked (POSIX `lockf`, which NFS and SMB clients forward to the server) for as
long as it lives; the kernel drops the lock when the process dies, even by
SIGKILL. A run folder whose lease can be locked has no owner any more: the next
run adopts it and finishes its files in place.

Names are made safe when a file is claimed: bytes that are not UTF-8, characters
or names Windows cannot hold, and names too long to take a " (2)" suffix or a
".reason.json" note are replaced, so a file can always be archived or quarantined.
Moves never overwrite: a name already taken by other bytes gets a " (2)" suffix; a
byte-identical file already there is the same file.
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import filecmp
import hashlib
import json
import os
import re
import socket
import stat
import time
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

# Office and LibreOffice lock files, macOS resource forks, partial downloads.
IGNORED_PREFIXES = ("~$", ".~lock.", "._", ".")
IGNORED_SUFFIXES = (".tmp", ".part", ".crdownload", ".partial", "#", "~", ".reason.json")
LEASE = ".lease"
# Room for " (999)" and ".reason.json" under the 255-byte limit of common filesystems.
MAX_NAME_BYTES = 200
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$", re.IGNORECASE)
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def is_ignored(name: str) -> bool:
    return name.startswith(IGNORED_PREFIXES) or name.endswith(IGNORED_SUFFIXES)


def display_name(name: str) -> str:
    """A file name as text that can be printed, stored and written as JSON: bytes
    that were not UTF-8 (kept by Python as surrogates) become U+FFFD."""
    return os.fsencode(name).decode("utf-8", errors="replace")


def safe_name(name: str) -> str:
    """A name every filesystem a secretariat uses can hold, and short enough for a
    numbered copy and its reason note. Unchanged for ordinary names."""
    text = unicodedata.normalize("NFC", display_name(name)).replace("\ufffd", "_")
    text = _WINDOWS_FORBIDDEN.sub("_", text).rstrip(". ") or "fil"
    stem, suffix = _split(text)
    if _WINDOWS_RESERVED.match(stem.split(".")[0]):
        stem = "_" + stem
    if len(suffix.encode()) > 16:  # not a real extension: keep it in the stem
        stem, suffix = stem + suffix, ""
    return _fit(stem, suffix, MAX_NAME_BYTES)


def _split(name: str) -> tuple[str, str]:
    p = Path(name)
    return (p.stem, p.suffix) if p.suffix else (name, "")


def _fit(stem: str, suffix: str, limit: int) -> str:
    """Cut the stem (on a character boundary) so that stem + suffix fits `limit` bytes."""
    room = limit - len(suffix.encode())
    cut = stem.encode()[:room].decode("utf-8", errors="ignore")
    return (cut or "fil") + suffix


def numbered(name: str, n: int) -> str:
    """`name` for n == 1, else "stem (n).suffix"."""
    if n == 1:
        return name
    stem, suffix = _split(name)
    return f"{stem} ({n}){suffix}"


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


def files_in(folder: Path) -> list[Path]:
    """The files (and strays) directly in `folder`; [] when it is gone."""
    try:
        with os.scandir(folder) as it:
            return sorted(Path(e.path) for e in it if is_candidate(e) or is_stray(e))
    except FileNotFoundError:
        return []


@dataclass(frozen=True)
class Placed:
    path: Path
    already_there: bool  # an identical file was in place; the source was removed


@dataclass
class Lease:
    """A locked `.lease` file: while it is held, its folder belongs to this run."""

    folder: Path
    fd: int
    removable: bool = True  # a run's folder is removed when done; processing/ itself is not

    @classmethod
    def take(cls, folder: Path, *, create: bool) -> "Lease | None":
        """Lock the folder's lease without waiting; None if a living run holds it."""
        path = folder / LEASE
        try:
            fd = os.open(path, os.O_RDWR | (os.O_CREAT if create else 0), 0o644)
        except FileNotFoundError:
            return None
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            # The run that held it may have finished and removed the folder between
            # our open and our lock: the lock is then on a file no one sees.
            if os.fstat(fd).st_ino != os.stat(path).st_ino:
                raise FileNotFoundError(path)
        except OSError:
            os.close(fd)
            return None
        return cls(folder, fd)

    def release(self, *, remove: bool) -> None:
        """Give the folder up. With `remove` and nothing left in it, delete it (a
        run's own folder) or only its lease (processing/ itself, for files an older
        version left there); with files left, the next run adopts them."""
        try:
            if remove and not files_in(self.folder):
                if self.removable:
                    for leftover in self.folder.iterdir():  # the lease and any hidden scraps
                        if leftover.name != LEASE and leftover.is_file():
                            leftover.unlink()
                (self.folder / LEASE).unlink(missing_ok=True)
                if self.removable:
                    self.folder.rmdir()
        except OSError:
            pass  # a file was added or the folder is gone: the next run sees it
        finally:
            os.close(self.fd)


@dataclass
class Run:
    """One run's claim on the inbox: its own folder and the folders it adopted."""

    folder: Path
    leases: list[Lease] = field(default_factory=list)

    def close(self) -> None:
        for lease in self.leases:
            lease.release(remove=True)
        self.leases = []


class Inbox:
    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)
        self.processing = self.root / "processing"
        self.archive = self.root / "archive"
        self.quarantine = self.root / "quarantine"
        self.retry = self.root / "retry"

    def ensure(self) -> "Inbox":
        for folder in (self.root, self.processing, self.archive, self.quarantine, self.retry):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    def own_folders(self) -> set[str]:
        return {p.name for p in (self.processing, self.archive, self.quarantine, self.retry)}

    def waiting(self, *, strays: bool = False) -> list[Path]:
        """Files dropped in the inbox, oldest first (subfolders are the run's own).
        With `strays`, also the non-regular entries that must be set aside."""
        with os.scandir(self.root) as it:
            entries = [e for e in it if is_candidate(e) or (strays and is_stray(e))]
        return [Path(e.path) for e in sorted(entries, key=_age)]

    def folders(self) -> list[Path]:
        """Folders a person dropped into the inbox: not read (only files directly in
        the inbox are), so they are reported instead of silently ignored."""
        with os.scandir(self.root) as it:
            return sorted(Path(e.path) for e in it
                          if e.is_dir(follow_symlinks=False) and e.name not in self.own_folders()
                          and not is_ignored(e.name))

    def retrying(self) -> list[Path]:
        return files_in(self.retry)

    def unfinished(self) -> list[Path]:
        """Files claimed by runs (living or not) that are not filed yet."""
        found = files_in(self.processing)
        for sub in self._run_folders():
            found += files_in(sub)
        return found

    def _run_folders(self) -> list[Path]:
        try:
            with os.scandir(self.processing) as it:
                return sorted(Path(e.path) for e in it if e.is_dir(follow_symlinks=False) and not e.name.startswith("."))
        except FileNotFoundError:
            return []

    # ---- runs ----------------------------------------------------------------------

    def start_run(self) -> Run:
        """A folder of this run's own under processing/, its lease held. Made under
        a hidden name and renamed once locked, so no other run can adopt it early."""
        self.ensure()
        run_id = f"{_host()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        hidden = self.processing / f".new-{run_id}"
        hidden.mkdir()
        lease = Lease.take(hidden, create=True)
        if lease is None:  # cannot happen unless the filesystem has no locks at all
            raise OSError(errno.ENOLCK, "kunde inte låsa körningens mapp", str(hidden))
        folder = self.processing / run_id
        os.rename(hidden, folder)
        lease.folder = folder
        return Run(folder, [lease])

    def adopt_stale(self, run: Run) -> list[Path]:
        """Take over the folders of runs that are gone, and files an older version
        left directly in processing/; returns their files, to be finished in place."""
        files: list[Path] = []
        if files_in(self.processing):
            lease = Lease.take(self.processing, create=True)
            if lease is not None:
                lease.removable = False
                run.leases.append(lease)
                files += files_in(self.processing)
        self._sweep_unborn()
        for sub in self._run_folders():
            if sub == run.folder:
                continue
            lease = Lease.take(sub, create=not (sub / LEASE).exists() and _older_than(sub, 600))
            if lease is not None:
                run.leases.append(lease)
                files += files_in(sub)
        return files

    def _sweep_unborn(self) -> None:
        """Remove `.new-*` folders of runs killed before their folder got its name
        (they never hold files: claims come after the rename)."""
        for sub in self.processing.glob(".new-*"):
            lease = Lease.take(sub, create=False)
            if lease is not None:
                lease.release(remove=True)

    def claim(self, path: Path, run: Run) -> Path | None:
        """Move a waiting (or retry) file into the run's folder under a safe name;
        None if another run took it first. The folder is the run's own, so the free
        name it picks cannot be taken by anyone else before the rename."""
        name, n = safe_name(path.name), 1
        while os.path.lexists(run.folder / numbered(name, n)):
            n += 1
        target = run.folder / numbered(name, n)
        try:
            os.rename(path, target)
        except FileNotFoundError:
            return None
        if path.parent == self.retry:
            _note_path(path).unlink(missing_ok=True)
        return target

    # ---- filing --------------------------------------------------------------------

    def archive_file(self, path: Path) -> Placed:
        return _place(path, self.archive)

    def quarantine_file(self, path: Path, reason: str, message: str, sha256: str | None = None) -> Placed:
        placed = _place(path, self.quarantine)
        _write_note(placed.path, reason, message, sha256)
        return placed

    def defer_file(self, path: Path, reason: str, message: str, sha256: str | None = None) -> Placed:
        """Set a file aside for the next run: it failed for a reason that passes."""
        placed = _place(path, self.retry)
        _write_note(placed.path, reason, message, sha256)
        return placed


def _age(entry: os.DirEntry) -> tuple[float, str]:
    try:
        return entry.stat(follow_symlinks=False).st_mtime, entry.name
    except OSError:
        return 0.0, entry.name


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", socket.gethostname())[:40] or "host"


def _older_than(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime > seconds
    except OSError:
        return False


def _note_path(path: Path) -> Path:
    return path.with_name(path.name + ".reason.json")


def _write_note(placed: Path, reason: str, message: str, sha256: str | None) -> None:
    note = {
        "file": display_name(placed.name),
        "reason": reason,
        "message": message,
        "sha256": sha256,
        "time": dt.datetime.now(dt.timezone.utc).astimezone().isoformat(timespec="seconds"),
    }
    final = _note_path(placed)
    tmp = final.with_name(final.name + ".tmp")
    tmp.write_text(json.dumps(note, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, final)


def _place(path: Path, folder: Path) -> Placed:
    """Move without overwriting. os.link fails if the name exists (shutil.move would
    silently replace it), so the check and the move cannot race."""
    name = safe_name(path.name)
    regular = stat.S_ISREG(os.lstat(path).st_mode)
    n = 1
    while True:
        target = folder / numbered(name, n)
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
