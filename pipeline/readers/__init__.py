"""Readers: one backend per input format behind one function (docling style).

    read_document(path) -> NormalizedDocument

The format is sniffed from the bytes, never from the file name; a name that
disagrees with the content is read anyway and flagged with an
"extension_mismatch" warning. Every failure is a DocumentLoadError with a reason
code from pipeline.errors.REASONS; no third-party exception type escapes.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from pipeline.document import DocWarning, InputFormat, NormalizedDocument
from pipeline.errors import DocumentLoadError, load_error
from pipeline.readers.common import Reader
from pipeline.readers.docx_reader import read_docx
from pipeline.readers.eml_reader import read_eml
from pipeline.readers.pdf_reader import read_pdf
from pipeline.readers.sniff import DEFAULT_MAX_BYTES, load_bytes, sniff_bytes, sniff_format
from pipeline.readers.txt_reader import read_txt

BACKENDS: dict[InputFormat, Reader] = {
    InputFormat.DOCX: read_docx,
    InputFormat.PDF: read_pdf,
    InputFormat.TXT: read_txt,
    InputFormat.EML: read_eml,
}

# What a file name says about its content; suffixes not listed here (".tmp",
# none at all) say nothing and never cause a warning.
_SUFFIX_FORMATS = {
    ".docx": InputFormat.DOCX, ".docm": InputFormat.DOCX, ".dotx": InputFormat.DOCX, ".doc": InputFormat.DOCX,
    ".pdf": InputFormat.PDF,
    ".txt": InputFormat.TXT, ".text": InputFormat.TXT, ".md": InputFormat.TXT, ".eml": InputFormat.EML,
}


def read_document(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> NormalizedDocument:
    data = load_bytes(path, max_bytes)
    fmt = sniff_bytes(data)
    try:
        doc = BACKENDS[fmt](path, data)
    except DocumentLoadError:
        raise
    except RecursionError as e:  # absurdly deep XML or structure
        raise load_error("truncated", "för djupt nästlad struktur") from e
    except Exception as e:  # last line of defence: a backend bug or an unforeseen parser error
        raise load_error("truncated", f"{type(e).__name__}: {e}" if str(e) else type(e).__name__) from e
    suffix = Path(os.fspath(path)).suffix.lower()
    expected = _SUFFIX_FORMATS.get(suffix)
    if expected is not None and expected != fmt:
        warning = DocWarning(
            "extension_mismatch",
            f"Filändelsen {suffix} stämmer inte med innehållet; filen lästes som {fmt.value}.",
        )
        doc = dataclasses.replace(doc, warnings=(warning, *doc.warnings))
    return doc


__all__ = ["BACKENDS", "read_document", "read_docx", "read_eml", "read_pdf", "read_txt", "sniff_format"]
