"""The rule data in pipeline/extract/patterns/ is the owner of the rules.

Two kinds of proof. Extracting every sample opens every pattern file (a file nothing
loads is a file whose edits change nothing). And for each word list and phrase rule
moved out of the code, a copy of the folder with one entry removed changes what the
extraction recognises: no copy of the rule is left in the code.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import SAMPLES, make_doc
from pipeline.extract import extract, rules as rules_module
from pipeline.extract.clauses import find_clauses, is_decision_line, is_intro, starts_with_att, starts_with_glued_att
from pipeline.extract.decision import clause_outcomes, find_decision
from pipeline.extract.fields import find_dates, pick_body, pick_date, pick_dnr, pick_municipality, pick_officer
from pipeline.extract.fields import pick_title, trim_job_title
from pipeline.extract.layouts import ordered_comments
from pipeline.extract.people import find_authors, signature_people
from pipeline.extract.refs import clause_refs
from pipeline.extract.rules import PATTERN_DIR, pattern_files, patterns_from, rules
from pipeline.extract.units import SECTION_ROLES, build_units, section_of
from pipeline.readers import read_document

SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in {".docx", ".pdf", ".txt", ".eml"})


def units_of(text: str, headers: tuple[str, ...] = ()):
    return build_units(make_doc(text, headers))


# ---- every file is loaded ----------------------------------------------------------

@pytest.mark.slow
def test_extract_rules_every_pattern_file_is_loaded_when_extracting_the_samples(monkeypatch):
    # The PDF renderings hold the same text as their .docx: which rules load does not
    # depend on the format, and reading 90 PDFs would only cost time.
    docs = [read_document(p) for p in SAMPLE_FILES if p.suffix.lower() != ".pdf"]
    opened: list[str] = []
    read_text = rules_module._read_text

    def recording(path: Path) -> str:
        opened.append(path.name)
        return read_text(path)

    monkeypatch.setattr(rules_module, "_read_text", recording)
    with patterns_from(PATTERN_DIR):  # a fresh load: every file is read again when first used
        for doc in docs:
            extract(doc)
    listing = sorted(p.name for p in PATTERN_DIR.glob("*.jsonl"))
    assert sorted(set(opened)) == listing, "pattern files no extraction loads (their edits change nothing)"
    assert len(opened) == len(listing), "a pattern file was read more than once"


def test_extract_rules_pattern_files_are_well_formed():
    known_labels: dict[str, set[str]] = {}
    references: list[tuple[str, str, str]] = []
    for name in pattern_files():
        ids = set()
        for line in (PATTERN_DIR / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("//"):
                continue
            rule = json.loads(line)
            assert {"id", "label"} <= rule.keys(), (name, rule)
            assert len({"pattern", "regex", "words", "map"} & rule.keys()) == 1, (name, rule["id"])
            assert rule["id"] not in ids, (name, rule["id"])
            ids.add(rule["id"])
            if "words" in rule:
                known_labels.setdefault(name, set()).add(rule["label"])
            for m in re.finditer(r"\{=(\w+):(\w+)\}", rule.get("regex", "")):
                references.append((f"{name}:{rule['id']}", m.group(1), m.group(2)))
            for role in rule.get("roles", ()):
                assert role in SECTION_ROLES, (name, rule["id"], role)
        rules(name)  # compiles
    for where, file, label in references:
        assert label in known_labels.get(file, set()), f"{where} names {{={file}:{label}}}, a word list that does not exist"


def test_extract_rules_roles_only_on_sections():
    assert all("roles" not in meta for name in pattern_files() if name != "sections"
               for meta in rules(name).meta.values())
    assert rules("sections").labels_with("roles", "comments") == {"ASSESSMENT", "CONCLUSION"}


def test_extract_rules_a_word_list_without_words_matches_nothing(tmp_path):
    with _edited(tmp_path, "months", "month_3", words=[]):
        assert find_dates("3 mars 2024") == []
        assert find_dates("2024-03-03") == [("2024-03-03", 0)]


def test_extract_rules_a_loop_of_word_list_references_is_an_error(tmp_path):
    folder = tmp_path / "patterns"
    shutil.copytree(PATTERN_DIR, folder)
    (folder / "loop_a.jsonl").write_text('{"id": "a", "label": "A", "regex": "{=loop_b:B}"}\n', encoding="utf-8")
    (folder / "loop_b.jsonl").write_text('{"id": "b", "label": "B", "regex": "{=loop_a:A}"}\n', encoding="utf-8")
    with patterns_from(folder), pytest.raises(ValueError, match="loop"):
        rules("loop_a")


# ---- editing the data changes the behaviour ------------------------------------------

def _edited(tmp_path: Path, file: str, rule_id: str, *, drop: bool = False, cut: str | None = None,
            replace: tuple[str, str] | None = None, words: list[str] | None = None, drop_word: str | None = None,
            drop_role: str | None = None):
    """A copy of patterns/ with one rule edited, loaded for a `with` block: the rule
    dropped, a piece cut out of (or replaced in) its regex or words, its words set,
    one word or one section role removed."""
    folder = tmp_path / "patterns"
    shutil.copytree(PATTERN_DIR, folder)
    path = folder / f"{file}.jsonl"
    out, edited = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("//") and json.loads(line)["id"] == rule_id:
            rule = json.loads(line)
            edited = True
            if drop:
                continue
            if cut is not None:
                replace = (cut, "")
            if replace is not None:
                key = "regex" if "regex" in rule else "words"
                text = json.dumps(rule[key], ensure_ascii=False)
                old, new = (json.dumps(part, ensure_ascii=False)[1:-1] for part in replace)
                assert text.count(old) == 1, f"{replace[0]!r} not once in {rule_id}"
                rule[key] = json.loads(text.replace(old, new))
            if words is not None:
                rule["words"] = words
            if drop_word is not None:
                rule["words"].remove(drop_word)
            if drop_role is not None:
                rule["roles"].remove(drop_role)
            line = json.dumps(rule, ensure_ascii=False)
        out.append(line)
    assert edited, f"no rule {rule_id!r} in {file}.jsonl"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return patterns_from(folder)


@dataclass(frozen=True)
class Edit:
    name: str
    file: str
    rule_id: str
    edit: dict
    probe: Callable[[], object]
    before: object
    after: object


ANSWER_WITH_QUOTES = """
# Svar på motion om parker
Bedömning
att kommunen bygger parker
Förvaltningens svar: parker byggs redan.
att kommunen planterar träd
Förvaltningens svar: träd planteras varje år.
"""
ANSWER_WITH_REFS = """
# Svar på motion om parker
Anna Berg (S) föreslår att kommunfullmäktige beslutar
att kommunen bygger parker
att kommunen planterar träd
Bedömning
Beträffande den andra att-satsen planteras träd varje år.
"""
MEETING = """
# Protokollsutdrag
Yrkanden
Anna Berg (S) yrkar bifall till motionen.
"""
ONE_PARAGRAPH_ABOUT_A_MOTION = """
Sammanträdesprotokoll
§ 1 Val av justerare
Lisa Holm väljs.
Inga fler ärenden.
Mötet fortsätter.
§ 2 E-förslag om parker
Kommunfullmäktige beslutar att bifalla förslaget.
"""


def _comment_texts(text: str) -> list[tuple[int, str]]:
    record = extract(make_doc(text))
    return [(c.clause_number, c.text) for c in record.comments]


def _dnr(text: str) -> str | None:
    return pick_dnr(units_of(text), (), "answer")[0]


def _outcome(text: str, doc_type: str = "protocol_extract"):
    hit = find_decision(units_of(text), doc_type, 0)
    return hit and (hit.outcome, hit.proposed)


def _authors(text: str, doc_type: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.party) for p in find_authors(units_of(text), doc_type, None)]


def _signers(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.party) for p in signature_people(units_of(text))]


def _refs(text: str) -> list[list[int]]:
    return [numbers for _, numbers in clause_refs(text, 5)]


def _unit(text: str):
    return units_of(text)[0]


EDITS = [
    # labels that say what the next value is
    Edit("dnr label", "dnr_labels", "label_dnr", {"cut": "|beteckning"},
         lambda: _dnr("Ärende KS 2019/1 om parker\nBeteckning: KS 2023/12"), "KS 2023/12", "KS 2019/1"),
    Edit("date label", "date_labels", "label_datum", {"cut": "|sammanträdesdag"},
         lambda: pick_date(units_of("Remiss 2020-01-01\nSammanträdesdag 2023-04-01"), (), "answer"),
         "2023-04-01", "2020-01-01"),
    Edit("submitted label", "date_labels", "label_submitted", {"cut": "|inkommen"},
         lambda: pick_date(units_of("Medborgarförslag om parker\nInkommen: 2023-04-01\nUndertecknat 2023-05-02"), (),
                           "citizen_proposal"),
         "2023-04-01", "2023-05-02"),
    # words with values
    Edit("ordinal", "ordinals", "ord_tredje", {"drop": True},
         lambda: _refs("Den tredje att-satsen bifalls."), [[3]], []),
    Edit("ordinal: last", "ordinals", "ord_sista", {"drop": True},
         lambda: _refs("Den sista att-satsen bifalls."), [[5]], []),
    Edit("month abbreviation", "months", "month_10", {"drop_word": "okt"},
         lambda: find_dates("1 okt. 2022"), [("2022-10-01", 0)], []),
    Edit("number joiner", "clause_refs", "ref_joiner", {"drop_word": "samt"},
         lambda: _refs("Att-sats 1 samt 3 avslås."), [[1, 3]], [[1]]),
    Edit("number range", "clause_refs", "ref_range", {"drop_word": "–"},
         lambda: _refs("Att-sats 2–4 avslås."), [[2, 3, 4]], [[2]]),
    # names and parties
    Edit("name shape", "people", "person_name", {"cut": "von |"},
         lambda: _signers("Ulla von Essen (M)"), [("Ulla von Essen", "M")], []),
    Edit("party abbreviation", "people", "party_abbr", {"drop_word": "kd"},
         lambda: _signers("Anna Berg (kd)"), [("Anna Berg", "kd")], []),
    Edit("signing for a party", "people", "party_for", {"drop_word": "på uppdrag av"},
         lambda: _signers("Anna Berg\npå uppdrag av Vänsterpartiet"), [("Anna Berg", "V")], [("Anna Berg", None)]),
    Edit("not a name", "people", "not_names", {"drop_word": "Bilaga"},
         lambda: _signers("Bilaga Två (S)"), [], [("Bilaga Två", "S")]),
    Edit("name label", "people", "name_label", {"cut": "|avsändare"},
         lambda: _authors("Medborgarförslag om parker\nAvsändare: Maja Lund\nJag vill ha parker.", "citizen_proposal"),
         [("Maja Lund", None)], []),
    Edit("citizen verbs", "people", "citizen", {"cut": "|skriver"},
         lambda: _authors("Maja Lund skriver i ett medborgarförslag om parker.", "answer"), [("Maja Lund", None)], []),
    Edit("party through a name", "people", "group_through_name", {"replace": ("genom", "medelst")},
         lambda: _authors("Socialdemokraterna genom Kerstin Ahl har lämnat en motion.", "answer"),
         [("Kerstin Ahl", "S")], []),
    Edit("sentence about a motion", "matters", "sentence_about_motion", {"cut": "|förslagsställ\\w*"},
         lambda: _authors("Anna Berg (S) är förslagsställare och vill ha parker.", "answer"), [("Anna Berg", "S")], []),
    Edit("an item about a medborgarförslag", "items", "about_citizen_proposal", {"cut": "|e-förslag"},
         lambda: extract(make_doc(ONE_PARAGRAPH_ABOUT_A_MOTION)).items[1].subject, "citizen_proposal", "none"),
    # municipality, body, officer, title
    Edit("not a place", "places", "not_a_place", {"drop_word": "Hela"},
         lambda: pick_municipality(units_of("Det gäller Hela kommun."), ()), None, "Hela kommun"),
    Edit("addressed to a body", "bodies", "addressed_to_body", {"cut": "kommunstyrelsen|"},
         lambda: pick_body(units_of("Motion till kommunstyrelsen om parker"), (), "motion", None), "KS", "KF"),
    Edit("addressed to the council", "bodies", "addressed_to_kf", {"cut": "|yrkar"},
         lambda: pick_body(units_of("Vi yrkar att fullmäktige bifaller\nTill kommunstyrelsen"), (), "motion", None),
         "KF", "KS"),
    Edit("addressee line", "bodies", "addressee_line", {"replace": ("till", "åt")},
         lambda: pick_body(units_of("Till kommunstyrelsen\nKultur- och fritidsnämnden"), (), "answer", None),
         "Kultur- och fritidsnämnden", "KS"),
    Edit("officer label", "officer", "officer_labels", {"drop_word": "föredragande"},
         lambda: pick_officer(units_of("Föredragande: Elin Rapp"), ()), "Elin Rapp", None),
    Edit("letterhead labels", "officer", "letterhead_labels", {"drop_word": "mottagare"},
         lambda: pick_officer(units_of("Handläggare Mottagare\nElin Rapp Utredare"), ()),
         "Elin Rapp", "Mottagare Elin Rapp"),
    Edit("job title", "officer", "job_titles", {"drop_word": "konsulent"},
         lambda: trim_job_title("Mira Lundell Bibliotekskonsulent"), "Mira Lundell", "Mira Lundell Bibliotekskonsulent"),
    Edit("contact line", "officer", "contact", {"cut": "|telefon"},
         lambda: pick_officer(units_of("Elin Rapp\nTelefonnummer finns på webben"), ()), "Elin Rapp", None),
    Edit("generic heading", "titles", "generic_titles", {"drop_word": "utdrag ur protokoll"},
         lambda: pick_title(units_of("# Utdrag ur protokoll\nText.")), None, "Utdrag ur protokoll"),
    Edit("title shape", "titles", "title", {"cut": "|redovisning av\\b.*"},
         lambda: pick_title(units_of("Redovisning av motioner 2023")), "Redovisning av motioner 2023", None),
    # clauses
    Edit("clause start", "clauses", "clause_start", {"cut": "|[-–•]\\s*"},
         lambda: starts_with_att(_unit("– att kommunen bygger parker")), True, False),
    Edit("glued att, not a clause", "clauses", "clause_glued", {"cut": "|ack"},
         lambda: starts_with_glued_att(_unit("attackera problemet")), False, True),
    Edit("intro verb", "proposals", "intro_colon", {"cut": "|begär\\w*"},
         lambda: is_intro(_unit("Vi begär följande:")), True, False),
    Edit("intro ending in a verb", "proposals", "intro_ends_verb", {"cut": "|hemställa"},
         lambda: is_intro(_unit("Vi vill hemställa")), True, False),
    Edit("decision object", "clauses", "decision_object", {"cut": "|ärendet"},
         lambda: is_decision_line(_unit("att ärendet avslås")), True, False),
    Edit("first clause on the intro line", "clauses", "clause_inline_first", {"cut": "|hemställer"},
         lambda: [h.text for h in find_clauses(units_of("Jag hemställer att kommunen bygger parker\natt kommunen planterar träd"), False)],
         ["att kommunen bygger parker", "att kommunen planterar träd"], []),
    # comments
    Edit("comment label", "comments", "comment_label", {"cut": "|förvaltningens svar"},
         lambda: _comment_texts(ANSWER_WITH_QUOTES),
         [(1, "parker byggs redan."), (2, "träd planteras varje år.")],
         [(1, "Förvaltningens svar: parker byggs redan."), (2, "Förvaltningens svar: träd planteras varje år.")]),
    Edit("comment label inside a block", "comments", "comment_label_inside", {"cut": "|Förvaltningens kommentar"},
         lambda: len(units_of("att kommunen bygger parker. Förvaltningens kommentar: det görs redan.")), 2, 1),
    Edit("words before a reference", "comments", "ref_prefix", {"cut": "|beträffande"},
         lambda: _comment_texts(ANSWER_WITH_REFS),
         [(2, "Beträffande den andra att-satsen planteras träd varje år.")], []),
    # decisions
    Edit("proposal to another body", "decisions", "proposes", {"cut": "|\\btillstyrker\\b"},
         lambda: _outcome("Beslut\nKommunstyrelsen tillstyrker motionen."), ("bifall", True), ("bifall", False)),
    Edit("decision in running text", "decisions", "inline_decision", {"cut": "|fullmäktige"},
         lambda: _outcome("Fullmäktige beslutar att bifalla motionen.", "other"), ("bifall", False), None),
    Edit("decision parts", "decisions", "segment", {"cut": "|,"},
         lambda: clause_outcomes("Motionen bifalls i fråga om att-sats 1, att-sats 2 avslås", 2),
         [(1, "bifall"), (2, "avslag")], [(1, "bifall"), (2, "bifall")]),
    Edit("the rest of the clauses", "decisions", "rest", {"cut": "i övrigt|"},
         lambda: clause_outcomes("Att-sats 1 bifalls, i övrigt avslås motionen", 3),
         [(1, "bifall"), (2, "avslag"), (3, "avslag")], [(1, "bifall")]),
    # section roles
    Edit("role no_authors", "sections", "sec_motions", {"drop_role": "no_authors"},
         lambda: _authors(MEETING, "protocol_extract"), [], [("Anna Berg", "S")]),
    Edit("role comments", "sections", "sec_assessment", {"drop_role": "comments"},
         lambda: ordered_comments(units_of("Bedömning\n# 1)\nDet görs redan.")), {2: 1}, {}),
    Edit("role no_clauses", "sections", "sec_decision", {"drop_role": "no_clauses"},
         lambda: len(find_clauses(units_of("Beslut\nKommunfullmäktige föreslås besluta\natt kommunen bygger parker"),
                                  True)), 0, 1),
    Edit("role no_comments", "sections", "sec_proposal", {"drop_role": "no_comments"},
         lambda: _comment_texts("# Svar på motion om parker\nBedömning\natt kommunen bygger parker\n"
                                "att kommunen planterar träd\nFörslag till beslut\nKommentar: motionen avslås."),
         [], [(2, "motionen avslås.")]),
    Edit("role no_inline_decision", "sections", "sec_voting", {"drop_role": "no_inline_decision"},
         lambda: _outcome("Propositionsordning\nKommunstyrelsen beslutar att avslå motionen.", "other"),
         None, ("avslag", False)),
    # a section heading (already data before; still the owner)
    Edit("section heading", "sections", "sec_send_to", {"cut": "|expedieras till"},
         lambda: section_of("Expedieras till"), "SEND_TO", None),
]


@pytest.mark.parametrize("case", EDITS, ids=[e.name for e in EDITS])
def test_extract_rules_editing_the_data_changes_the_behaviour(case, tmp_path):
    assert case.probe() == case.before, "the shipped rules do not give the expected result"
    with _edited(tmp_path, case.file, case.rule_id, **case.edit):
        assert case.probe() == case.after
    assert case.probe() == case.before, "the shipped rules are back after the block"

