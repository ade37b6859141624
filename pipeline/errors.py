"""Errors with a reason code and a Swedish message for the person at the CLI.

Library code raises these; only the CLI (and later the flows) turn them into text.
"""

from __future__ import annotations


class MotionsError(Exception):
    """Base for every error the product reports to a person."""

    reason = "error"

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason
        self.message = message

    def __str__(self) -> str:
        return f"{self.reason}: {self.message}"


class DocumentLoadError(MotionsError):
    """A file could not be read as a document (corrupt, encrypted, wrong format ...)."""

    reason = "load_failed"


# Reason codes, kept in one place so tests, the quarantine and the docs agree.
REASONS = {
    "not_found": "Filen finns inte.",
    "unreadable_file": "Filen går inte att läsa (behörighet saknas).",
    "empty_file": "Filen är tom.",
    "not_regular_file": "Det är inte en vanlig fil (t.ex. en länk, katalog eller FIFO).",
    "oversized": "Filen är större än den tillåtna gränsen.",
    "unsupported_format": "Filformatet stöds inte.",
    "wrong_extension": "Filens innehåll stämmer inte med filändelsen.",
    "truncated": "Filen är trasig eller ofullständig.",
    "encrypted": "Filen är lösenordsskyddad.",
    "legacy_doc": "Gammalt Word-format (.doc) stöds inte; spara som .docx.",
    "macro_enabled": "Word-dokument med makron (.docm) tas inte emot.",
    "zip_bomb": "Filen packas upp till orimligt stor storlek (möjlig zip-bomb).",
    "xml_doctype": "Dokumentet innehåller XML-deklarationer (DOCTYPE/entiteter) som kan dölja text.",
    "needs_ocr": "Dokumentet saknar textlager (inskannat) och behöver OCR.",
    "unreadable_text": "Texten kan inte avkodas.",
    "no_text": "Dokumentet innehåller ingen text.",
    "timeout": "Läsningen tog för lång tid och avbröts.",
    "memory_limit": "Dokumentet kräver för mycket minne för att läsas.",
    "worker_crashed": "Läsningen avbröts oväntat (processen avslutades).",
    "internal_error": "Ett oväntat fel inträffade vid läsningen.",
}


def load_error(reason: str, detail: str | None = None) -> DocumentLoadError:
    """Build a DocumentLoadError with the standard Swedish message for `reason`."""
    message = REASONS[reason]
    if detail:
        message = f"{message} ({detail})"
    return DocumentLoadError(message, reason=reason)
