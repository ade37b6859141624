"""A timeline that says what happened: each step's sentence (queries.TimelineItem.text)
names what was proposed or decided, by which body, on which date, in which § and
document. Read from real samples through the real store, and shown the same by
`motions show`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.cli import main
from pipeline import queries
from pipeline.register import ingest_file
from pipeline.store import open_store
from pipeline.timeline import clause_phrase, sentence
from conftest import BRUKSVIK_443_TIMELINE

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
BRUKSVIK = [f"bruksvik-ks-2014-443_{n}.docx" for n in ("1_motion", "2_svar", "3_ks-protokoll", "4_kf-protokoll",
                                                       "5_svar", "6_kf-protokoll")]
OTHERS = ["tallmo-ks-2024-03-19_protokoll.docx", "lindtrask-ksf-2023-24_1_medborgarforslag.txt",
          "lindtrask-ksf-2023-24_2_svar.docx", "lindtrask-ksf-2023-24_3_ks-protokoll.docx",
          "granberg-ks-2023-45_1_motion.docx", "granberg-ks-2023-45_3_kf-protokoll.docx"]


@pytest.fixture(scope="module")
def reg(tmp_path_factory):
    path = tmp_path_factory.mktemp("timeline") / "motions.db"
    store = open_store(path)
    for name in BRUKSVIK + OTHERS:
        ingest_file(store, SAMPLES / name)
    yield store, path
    store.close()


def texts(store, ref: str) -> list[str]:
    return [t.text for t in queries.show(store, ref, today=dt.date(2024, 6, 1)).timeline]


def test_queries_timeline_says_who_proposed_or_decided_what(reg):
    store, _ = reg
    assert texts(store, "KS/2014:443") == BRUKSVIK_443_TIMELINE


def test_queries_timeline_names_the_paragraph_and_the_reason_of_an_aterremiss(reg):
    store, _ = reg
    # A whole KS protocol: the item's § is known, and the reason comes from the decision.
    step = next(t for t in queries.show(store, "#" + str(_case_of(store, "30 km/tim"))).timeline
                if t.kind == "aterremiss")
    assert step.text == ("Återremitterad till samhällsbyggnadsförvaltningen med motiveringen att konsekvenserna "
                         "för skolskjutsar och kollektivtrafik ska utredas innan ärendet avgörs "
                         "(KS 2024-03-19 § 22, tallmo-ks-2024-03-19_protokoll.docx)")


def _case_of(store, words: str) -> int:
    return next(r.id for r in queries.cases(store, today=dt.date(2024, 6, 1)) if words in (r.title or ""))


def test_queries_timeline_per_clause_decision_and_a_medborgarforslag(reg):
    store, _ = reg
    assert texts(store, "2023/KS 0045")[-1] == ("KF beslutar att bifalla att-sats 1, avslå att-sats 2 och anse "
                                                "att-sats 3 besvarad (KF 2023-09-25, "
                                                "granberg-ks-2023-45_3_kf-protokoll.docx)")
    assert texts(store, "KSF-2023-024-539")[-1] == ("KS föreslår KF att bifalla medborgarförslaget "
                                                    "(KS 2023-06-12, lindtrask-ksf-2023-24_3_ks-protokoll.docx)")


def test_queries_timeline_sentence_is_what_motions_show_prints(reg, capsys):
    _, path = reg
    assert main(["show", "KS/2014:443", "--db", str(path), "--today", "2024-06-01"]) == 0
    out = capsys.readouterr().out
    assert ("  2015-03-16  KS föreslår KF att avslå motionen (KS 2015-03-16, "
            "bruksvik-ks-2014-443_3_ks-protokoll.docx)") in out
    assert "Ska beslutas senast: 2015-09-22" in out and "dagar sen" not in out


@pytest.mark.parametrize("kind, payload, case_kind, expected", [
    ("raised", {"paragraph": "40"}, "motion", "Motionen väcks i KF (KF 2024-04-22 § 40, p.docx)"),
    ("remitted", {"paragraph": "40"}, "motion", "KF överlämnar motionen till KS för beredning (KF 2024-04-22 § 40, "
                                                "p.docx)"),
    ("remitted", {"opinion": True, "outcome": "bifall"}, "motion",
     "Yttrande från BUN och föreslår att motionen bifalls (BUN 2024-04-22, p.docx)"),
    ("answer_proposed", {"outcome": "besvarad"}, "citizen_proposal",
     "Förslag till svar: att medborgarförslaget anses besvarat (KS 2024-04-22, p.docx)"),
    ("decided_ks", {"outcome": "bifall", "via": "kallelse", "paragraph": "7"}, "motion",
     "KS föreslår KF att bifalla motionen; enligt kallelsen (KS 2024-04-22 § 7, p.docx)"),
    ("decided_kf", {}, "motion", "KF beslutar i ärendet (utfallet kunde inte läsas) (KF 2024-04-22, p.docx)"),
    ("bordlagd", {}, "motion", "Bordlagd i KF (KF 2024-04-22, p.docx)"),
    ("avskriven", {}, "motion", "KF avskriver motionen från vidare handläggning (KF 2024-04-22, p.docx)"),
    ("reported", {"estimated_done": "2025-02-28"}, "motion",
     "Redovisad för KS som ej färdigberedd; beräknas vara klar 2025-02-28 (KS 2024-04-22, p.docx)"),
])
def test_queries_timeline_sentence_per_kind(reg, kind, payload, case_kind, expected):
    body = {"raised": "KF", "decided_kf": "KF", "bordlagd": "KF", "avskriven": "KF", "remitted": "KF"}.get(kind, "KS")
    if payload.get("opinion"):
        body = "Barn- och utbildningsnämnden"  # as the document writes it: shown by its code
    got = sentence(kind, date=dt.date(2024, 4, 22), body=body, payload=payload, document="p.docx",
                   case_kind=case_kind, gov=reg[0].gov)
    assert got == expected


def test_queries_timeline_clause_phrase_and_undated_step():
    assert clause_phrase([{"clause_number": 2, "outcome": "bifall"}, {"clause_number": 1, "outcome": "bifall"},
                          {"clause_number": 3, "outcome": "avslag"}]) == "bifalla att-satserna 1 och 2 och avslå att-sats 3"
    assert clause_phrase([]) is None
    assert sentence("answer_proposed", date=None, body="KS", payload={"outcome": "avslag"}, document="svar.docx") == (
        "Förslag till svar: att motionen avslås (KS, utan datum, svar.docx)")


def test_queries_case_is_titled_by_its_motion(reg):
    from pipeline.store.refresh import case_title

    store, _ = reg
    # Only the KS protocol's item is in the register: it says "Svar på motion om …".
    title = queries.show(store, f"#{_case_of(store, '30 km/tim')}").case.title
    assert title.startswith("Motion om 30 km/tim")
    assert case_title("Förslag till svar på motion om strukturerat målstyrningsarbete") == (
        "Motion om strukturerat målstyrningsarbete")
    assert case_title("Svar på medborgarförslag om bänkar") == "Medborgarförslag om bänkar"
    assert case_title("Svar på motioner om laddplatser") == "Motioner om laddplatser"
    assert case_title("Svar på frågan om parkering") == "Svar på frågan om parkering"  # not a motion: as written
