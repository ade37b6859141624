"""The product's codes, one vocabulary: every module spells a code through these.

The values are the strings stored in the database, written in the JSON contract and
printed in `--json`; a StrEnum member *is* its string, so stored rows, JSON and old
callers compare equal without conversion. Swedish words for people live in
pipeline/labels.py, keyed by these members.
"""

from __future__ import annotations

from enum import StrEnum


class DocType(StrEnum):
    MOTION = "motion"
    ANSWER = "answer"
    PROTOCOL_EXTRACT = "protocol_extract"
    PROTOCOL = "protocol"  # a whole protocol, a kallelse or an agenda: many items
    CITIZEN_PROPOSAL = "citizen_proposal"
    OTHER = "other"


class Outcome(StrEnum):
    BIFALL = "bifall"
    AVSLAG = "avslag"
    BESVARAD = "besvarad"
    DELVIS_BIFALL = "delvis_bifall"
    ATERREMISS = "aterremiss"
    BORDLAGD = "bordlagd"
    AVSKRIVEN = "avskriven"
    OVERLAMNAD = "overlamnad"


class EventKind(StrEnum):
    SUBMITTED = "submitted"  # inlämnad: the motion's own date
    RAISED = "raised"  # väckt: the KF meeting that raised it
    REMITTED = "remitted"
    ANSWER_PROPOSED = "answer_proposed"
    DECIDED_KSAU = "decided_ksau"
    DECIDED_KS = "decided_ks"
    DECIDED_KF = "decided_kf"
    ATERREMISS = "aterremiss"
    BORDLAGD = "bordlagd"
    AVSKRIVEN = "avskriven"
    LINKED = "linked"  # an audit event: a person confirmed or moved a link
    REPORTED = "reported"  # listed in a protocol's report on unfinished motions (audit: moves no stage)


class Subject(StrEnum):
    """What a protocol item is about."""

    MOTION = "motion"
    CITIZEN_PROPOSAL = "citizen_proposal"
    NONE = "none"


class ItemEvent(StrEnum):
    """What a protocol item says happened to its matter."""

    RAISED = "raised"  # announced in KF (väckt) and handed over for preparation
    PROPOSED = "proposed"  # one body proposes to another; every item of a kallelse
    DECIDED = "decided"
    REFERRED_BACK = "referred_back"  # återremiss
    POSTPONED = "postponed"  # bordläggning
    WRITTEN_OFF = "written_off"  # avskrivning
    REPORTED = "reported"  # listed in a report on unfinished motions
    OTHER = "other"


class Stage(StrEnum):
    """The stages of the default governance model; a municipality's file may name
    others (the governance model validates its own)."""

    INLAMNAD = "inlamnad"
    VACKT = "vackt"
    REMITTERAD = "remitterad"
    BEREDNING = "beredning"
    FORSLAG = "forslag"
    KSAU = "ksau"
    KS = "ks"
    BESLUTAD = "beslutad"
    AVSKRIVEN = "avskriven"


class ClauseState(StrEnum):
    OPEN = "open"
    COMMENTED = "commented"
    DECIDED = "decided"


class Stance(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"


class DocStatus(StrEnum):
    SUCCESS = "success"
    PARTIAL = "partial"
    FAILURE = "failure"


class FileAction(StrEnum):
    """What the register did with one file."""

    STORED = "stored"
    SUPERSEDES = "supersedes"
    SUPERSEDED = "superseded"
    SAME_CONTENT = "same_content"
    DUPLICATE = "duplicate"
    FAILURE = "failure"
    RETRY = "retry"


class Location(StrEnum):
    """Where the inbox filed a file."""

    ARCHIVE = "archive"
    QUARANTINE = "quarantine"
    RETRY = "retry"


class LinkMethod(StrEnum):
    DNR = "dnr"
    FUZZY = "fuzzy"
    MANUAL = "manual"
    NEW = "new"


class ReviewCode(StrEnum):
    """Why an extracted record needs a person's eye (Record.review)."""

    NO_CLAUSES = "no_clauses"
    NO_DECISION = "no_decision"
    FEWER_COMMENTS = "fewer_comments"
    LONG_CLAUSE = "long_clause"
    SEVERAL_DNR = "several_dnr"
    WEAK_DOC_TYPE = "weak_doc_type"
    REPAIRED_TEXT = "repaired_text"


class Reason(StrEnum):
    """Why a file could not be read or stored (quarantine notes, the register)."""

    NOT_FOUND = "not_found"
    UNREADABLE_FILE = "unreadable_file"
    EMPTY_FILE = "empty_file"
    NOT_REGULAR_FILE = "not_regular_file"
    OVERSIZED = "oversized"
    UNSUPPORTED_FORMAT = "unsupported_format"
    WRONG_EXTENSION = "wrong_extension"
    TRUNCATED = "truncated"
    ENCRYPTED = "encrypted"
    LEGACY_DOC = "legacy_doc"
    MACRO_ENABLED = "macro_enabled"
    ZIP_BOMB = "zip_bomb"
    XML_DOCTYPE = "xml_doctype"
    NEEDS_OCR = "needs_ocr"
    UNREADABLE_TEXT = "unreadable_text"
    NO_TEXT = "no_text"
    TIMEOUT = "timeout"
    MEMORY_LIMIT = "memory_limit"
    WORKER_CRASHED = "worker_crashed"
    INTERNAL_ERROR = "internal_error"
    STORE_ERROR = "store_error"
    STORE_UNAVAILABLE = "store_unavailable"
    RUN_FAILED = "run_failed"
