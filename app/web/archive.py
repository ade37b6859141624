"""The inbox's archive/ folder, read by document id only: the page's downloads.

Files are served only from archive/, found by the document's stored name (or the
" (2)" names the inbox gives a later file of the same name) and checked against
the stored sha256; no path from the request reaches the file system.
"""

from __future__ import annotations

import glob
import hashlib
import os
import stat
from pathlib import Path

from pipeline.inbox import Inbox
from pipeline.readers.sniff import DEFAULT_MAX_BYTES


class Archive:
    """The inbox's archive/ folder, read by document id only."""

    def __init__(self, box: Inbox | None) -> None:
        self.folder = box.archive.resolve() if box else None
        self._sha: dict[tuple, str] = {}

    def _candidates(self, name: str) -> list[Path]:
        if not self.folder or not name or "/" in name or "\\" in name or name in (".", "..") or "\x00" in name:
            return []
        stem, suffix = Path(name).stem, Path(name).suffix
        # The inbox never overwrites: a later file of the same name became "x (2).docx".
        return [self.folder / name] + sorted(Path(p) for p in glob.glob(
            os.path.join(glob.escape(str(self.folder)), f"{glob.escape(stem)} (*){glob.escape(suffix)}")))

    def read(self, name: str, sha256: str) -> bytes | None:
        """The archived bytes of the document, or None. Only regular files directly
        inside the archive folder, opened without following links, whose content
        hashes to the stored sha256."""
        for path in self._candidates(name):
            if path.parent != self.folder:
                continue
            try:
                fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
            except OSError:
                continue
            with os.fdopen(fd, "rb") as fh:
                st = os.fstat(fh.fileno())
                if not stat.S_ISREG(st.st_mode) or st.st_size > DEFAULT_MAX_BYTES:
                    continue
                data = fh.read()
            if hashlib.sha256(data).hexdigest() == sha256:
                return data
        return None

    def has(self, name: str, sha256: str) -> bool:
        for path in self._candidates(name):
            try:
                st = os.lstat(path)
            except OSError:
                continue
            if path.parent != self.folder or not stat.S_ISREG(st.st_mode):
                continue
            key = (str(path), st.st_mtime_ns, st.st_size)
            if key not in self._sha:
                if len(self._sha) > 10_000:
                    self._sha.clear()
                try:
                    self._sha[key] = hashlib.sha256(path.read_bytes()).hexdigest()
                except OSError:
                    continue
            if self._sha[key] == sha256:
                return True
        return False
