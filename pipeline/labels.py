"""Swedish words for the product's codes: the one label table (CLI, web page and
every report read it), so one concept has one wording everywhere.

Codes (pipeline/vocab.py) stay English in data and JSON; people read these. A
test checks that every table covers its vocabulary exactly.
"""

from pipeline.vocab import (
    ClauseState,
    DocStatus,
    DocType,
    EventKind,
    FileAction,
    ItemEvent,
    LinkMethod,
    Location,
    Outcome,
    ReviewCode,
    Stance,
    Subject,
)

DASH = "–"
# Concepts every surface names the same way (docs/glossary.md lists them all).
DEADLINE_SV = "Ska beslutas senast"  # the deadline: KL 5 kap. 35 § or the local rule
DAYS_LEFT_SV = "Dagar kvar"
NO_DNR = "saknar diarienummer"  # never an internal "#23" where a Dnr belongs
FINISHED_SV = "färdigberedd"  # KS has proposed KF a decision; goes to the next KF meeting


def days_left_text(days: int | None, decided: bool = False) -> str:
    """"12 dagar kvar" / "34 dagar över tidsgränsen" ("1 dag kvar"); a dash when
    decided or without a deadline. The one wording of the web page, CLI and reports."""
    if decided or days is None:
        return DASH
    n = abs(days)
    unit = "dag" if n == 1 else "dagar"
    return f"{n} {unit} kvar" if days >= 0 else f"{n} {unit} över tidsgränsen"


def dnr_text(dnr: str | None, dnr_key: str | None = None) -> str:
    """The Dnr as written, or the honest "saknar diarienummer"."""
    return dnr or dnr_key or NO_DNR


# A clause's stance, explained where it is shown: the stance is the answer's, the
# proposal may still differ (an answer negative to one clause while KS proposes bifall).
STANCE_EXPLAINED_SV = {
    Stance.POSITIVE: "svaret är positivt till förslaget",
    Stance.NEGATIVE: "svaret är negativt till förslaget",
    Stance.NEUTRAL: "svaret tar inte ställning",
}


# A proposal that goes against the answer's stance on a clause is said, not left
# for the reader to find beside it.
_AGAINST = {Stance.NEGATIVE: (Outcome.BIFALL,), Stance.POSITIVE: (Outcome.AVSLAG,)}


def clause_state_text(state: str, stance: str | None, proposed: str | None = None) -> str:
    """"kommenterad – svaret är negativt till förslaget"; "öppen"; "beslutad"; with
    "(förslaget till beslut är ändå bifall)" when the proposal goes against it."""
    label = STATE_SV.get(state, state)
    if stance not in STANCE_EXPLAINED_SV or state == ClauseState.OPEN:
        return label
    text = f"{label} – {STANCE_EXPLAINED_SV[stance]}"
    if proposed in _AGAINST.get(stance, ()):
        text += f" (förslaget till beslut är ändå {OUTCOME_SV[proposed]})"
    return text


def formats_text(name: str, others: list[str]) -> str:
    """One text version on one row: "motion.docx (även .pdf, .txt)"."""
    stem = name.rsplit(".", 1)[0]
    extra = [("." + o.rsplit(".", 1)[1]) if o.rsplit(".", 1)[0] == stem and "." in o else o for o in others]
    return f"{name} (även {', '.join(extra)})" if extra else name
DOC_TYPE_SV = {
    DocType.MOTION: "motion", DocType.ANSWER: "svar/tjänsteskrivelse",
    DocType.PROTOCOL_EXTRACT: "protokollsutdrag", DocType.CITIZEN_PROPOSAL: "medborgarförslag",
    DocType.PROTOCOL: "protokoll", DocType.OTHER: "övrigt",
}
OUTCOME_SV = {
    Outcome.BIFALL: "bifall", Outcome.AVSLAG: "avslag", Outcome.BESVARAD: "besvarad",
    Outcome.DELVIS_BIFALL: "delvis bifall", Outcome.ATERREMISS: "återremiss", Outcome.BORDLAGD: "bordlagd",
    Outcome.AVSKRIVEN: "avskriven", Outcome.OVERLAMNAD: "överlämnad för beredning",
}
EVENT_SV = {
    EventKind.SUBMITTED: "inlämnad", EventKind.RAISED: "väckt", EventKind.REMITTED: "remitterad", EventKind.ANSWER_PROPOSED: "förslag till svar",
    EventKind.DECIDED_KSAU: "beslut i KSAU", EventKind.DECIDED_KS: "beslut i KS",
    EventKind.DECIDED_KF: "beslut i KF", EventKind.ATERREMISS: "återremiss", EventKind.BORDLAGD: "bordlagd",
    EventKind.AVSKRIVEN: "avskriven", EventKind.LINKED: "kopplad av handläggare",
    EventKind.REPORTED: "redovisad som ej färdigberedd",
}
# What a protocol item is about, and what it says happened (`motions extract` on a protocol).
SUBJECT_SV = {Subject.MOTION: "motion", Subject.CITIZEN_PROPOSAL: "medborgarförslag", Subject.NONE: "inget ärende"}
ITEM_EVENT_SV = {
    ItemEvent.RAISED: "väckt", ItemEvent.PROPOSED: "förslag", ItemEvent.DECIDED: "beslut",
    ItemEvent.REFERRED_BACK: "återremiss", ItemEvent.POSTPONED: "bordlagd", ItemEvent.WRITTEN_OFF: "avskriven",
    ItemEvent.REPORTED: "redovisad som ej färdigberedd", ItemEvent.OTHER: "övrigt",
}
# What a review flag is called where it is listed; the record's message says the detail.
REVIEW_SV = {
    ReviewCode.NO_CLAUSES: "inga att-satser hittade",
    ReviewCode.NO_DECISION: "inget förslag till beslut",
    ReviewCode.FEWER_COMMENTS: "färre kommentarer än att-satser",
    ReviewCode.LONG_CLAUSE: "ovanligt lång att-sats",
    ReviewCode.SEVERAL_DNR: "flera diarienummer",
    ReviewCode.WEAK_DOC_TYPE: "osäker dokumenttyp",
    ReviewCode.REPAIRED_TEXT: "lagad text",
}
STATE_SV = {ClauseState.OPEN: "öppen", ClauseState.COMMENTED: "kommenterad", ClauseState.DECIDED: "beslutad"}
STANCE_SV = {Stance.POSITIVE: "positiv", Stance.NEGATIVE: "negativ", Stance.NEUTRAL: "neutral"}
KIND_SV = {DocType.MOTION: "motion", DocType.CITIZEN_PROPOSAL: "medborgarförslag"}
STATUS_SV = {DocStatus.SUCCESS: "inläst", DocStatus.PARTIAL: "delvis inläst – granska",
             DocStatus.FAILURE: "kunde inte läsas"}
LINK_SV = {LinkMethod.DNR: "diarienummer", LinkMethod.FUZZY: "titel och förslagsställare",
           LinkMethod.MANUAL: "manuellt", LinkMethod.NEW: "nytt ärende"}
# What became of one file: the ingest table, the web upload, the run's artifact.
FILE_ACTION_SV = {
    FileAction.STORED: "sparad",
    FileAction.SUPERSEDES: "sparad, ersätter en äldre version",
    FileAction.SUPERSEDED: "sparad som äldre version (en nyare finns)",
    FileAction.SAME_CONTENT: "samma innehåll i annat format",
    FileAction.DUPLICATE: "dubblett (samma fil finns redan)",
    FileAction.FAILURE: "kunde inte läsas",
    FileAction.RETRY: "väntar, försöks igen",
}
LOCATION_SV = {Location.ARCHIVE: "arkiverad", Location.QUARANTINE: "i karantän",
               Location.RETRY: "väntar på nytt försök"}
# The same, counted ("3 sparade, 1 dubbletter" in a closing line).
FILE_ACTION_COUNT_SV = {
    FileAction.STORED: "sparade",
    FileAction.SUPERSEDES: "ersätter en äldre version",
    FileAction.SUPERSEDED: "äldre versioner (en nyare finns)",
    FileAction.SAME_CONTENT: "samma innehåll i annat format",
    FileAction.DUPLICATE: "dubbletter",
    FileAction.FAILURE: "kunde inte läsas",
    FileAction.RETRY: "väntar, försöks igen",
}
# An upload before and after the ingest flow took it (the web page's job list).
UPLOAD_RESULT_SV = {
    "queued": "väntar", "stored": FILE_ACTION_SV[FileAction.STORED],
    "duplicate": FILE_ACTION_SV[FileAction.DUPLICATE], "quarantined": LOCATION_SV[Location.QUARANTINE],
    "rejected": "avvisad", "unknown": "okänt",
}
JOB_STATE_SV = {"queued": "väntar på tur", "running": "läses in", "done": "klar", "failed": "misslyckades"}
# Where a search hit was found (pipeline/search.py's entry kinds): the web page and the CLI.
SEARCH_KIND_SV = {"title": "titel", "dnr": "diarienummer", "proposer": "förslagsställare", "clause": "att-sats",
                  "comment": "kommentar", "proposal": "förslag till beslut", "decision": "beslut"}


def result_label(entry: dict) -> str:
    """What became of one file of an ingest run, in one wording for the closing table,
    the run's artifact and the web upload: where it went when it was set aside,
    else what the register did with it."""
    if entry.get("location") in (Location.QUARANTINE, Location.RETRY):
        return LOCATION_SV[entry["location"]]
    return FILE_ACTION_SV.get(entry["action"], entry["action"])


def text_versions(documents: list) -> list[tuple[object, list[str]]]:
    """One entry per text version: each document with the names of the other file
    formats of the same text (`same_as` it), which get no row of their own."""
    ids = {d.id for d in documents}
    others: dict[int, list[str]] = {}
    for d in documents:
        if d.same_as in ids:
            others.setdefault(d.same_as, []).append(d.name)
    return [(d, others.get(d.id, [])) for d in documents if d.same_as not in ids]
