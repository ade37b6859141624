"""Whole protocols, kallelser and agendas: one item per § (issue 10), with the bad
shapes a real protocol comes in (broken numbering, a § without a heading, a
truncated file, a cover page alone)."""

from __future__ import annotations

import pytest

from pipeline.extract import extract

COVER = """
    Sammanträdesprotokoll
    Kommunfullmäktige
    Sammanträdesdatum 2024-02-19
    Paragrafer §§ 1–5
"""

ITEMS = {
    1: """
    § 1 Val av justerare
    Kommunfullmäktige utser Anna Berg (S) att justera protokollet.
    """,
    2: """
    § 2 Anmälan av motioner
    # Ärendebeskrivning
    Motion om fler cykelvägar i Norrby
    Per Ek (C), Dnr KS 2024/12.
    Motion om en ny simhall
    Lisa Holm (M) och Olle Ek (M), Dnr KS 2024/15.
    # Kommunfullmäktiges beslut
    Motionerna överlämnas till kommunstyrelsen för beredning.
    """,
    3: """
    § 3 Svar på motion om gatubelysning i Åsen
    Dnr KS 2023/44
    # Ärendebeskrivning
    Maja Lund (V) har i en motion föreslagit att belysningen byggs ut.
    # Kommunfullmäktiges beslut
    Motionen återremitteras till kommunstyrelsen med motiveringen att kostnaderna ska utredas.
    """,
    4: """
    § 4 Svar på motion om skolskjuts
    Dnr KS 2023/51
    # Kommunfullmäktiges beslut
    Motionen avslås.
    """,
    5: """
    § 5 Interpellation om vägunderhåll
    Dnr KS 2024/3
    # Kommunfullmäktiges beslut
    Interpellationen får ställas.
    """,
}


def protocol(numbers=(1, 2, 3, 4, 5), cover=COVER) -> str:
    return cover + "".join(ITEMS[n] for n in numbers)


def test_extract_protocol_gives_one_item_per_matter(doc_from):
    record = extract(doc_from(protocol()))
    assert record.doc_type == "protocol" and record.date == "2024-02-19" and record.body == "KF"
    got = [(i.paragraph, i.subject, i.event, i.dnr_key) for i in record.items]
    assert got == [
        ("1", "none", "other", None),
        ("2", "motion", "raised", "KS 2024/12"),
        ("2", "motion", "raised", "KS 2024/15"),
        ("3", "motion", "referred_back", "KS 2023/44"),
        ("4", "motion", "decided", "KS 2023/51"),
        ("5", "none", "other", "KS 2024/3"),
    ]
    raised = record.items[2]
    assert raised.title == "Motion om en ny simhall"
    assert [(a.name, a.party) for a in raised.authors] == [("Lisa Holm", "M"), ("Olle Ek", "M")]
    assert raised.decision.outcome == "overlamnad" and not raised.decision.proposed
    back = record.items[3]
    assert back.reason == "kostnaderna ska utredas" and back.decision.outcome == "aterremiss"
    assert record.items[4].decision.outcome == "avslag"
    assert record.warnings == ()


def test_extract_protocol_items_keep_their_provenance(doc_from):
    record = extract(doc_from(protocol()))
    starts = [i.block for i in record.items]
    assert starts == sorted(starts)
    assert all(i.block <= i.block_end for i in record.items)
    # The two motions of one announcement start at their own lines.
    assert record.items[1].block < record.items[2].block


def test_extract_protocol_with_duplicate_and_missing_numbers_warns(doc_from):
    text = protocol((1, 2, 4, 4, 5))
    record = extract(doc_from(text))
    codes = [w.code for w in record.warnings]
    assert "duplicate_paragraph" in codes and "paragraph_gap" in codes and "paragraphs_missing" in codes
    assert [i.paragraph for i in record.items].count("4") == 2  # both kept: nothing is lost


def test_extract_truncated_protocol_keeps_what_it_has_and_says_so(doc_from):
    record = extract(doc_from(protocol((1, 2, 3))))
    assert [i.paragraph for i in record.items] == ["1", "2", "2", "3"]
    missing = next(w for w in record.warnings if w.code == "paragraphs_missing")
    assert "§ 4, 5" in missing.message and "avkortat" in missing.message


def test_extract_cover_page_alone_is_a_protocol_without_items(doc_from):
    record = extract(doc_from(COVER + "\nJusteras\nAnna Berg\n"))
    assert record.doc_type == "protocol" and record.items == ()
    assert [w.code for w in record.warnings] == ["no_items"]


def test_extract_paragraph_without_heading_text_takes_the_next_line(doc_from):
    record = extract(doc_from(COVER + """
    § 1
    Val av justerare
    Kommunfullmäktige utser Anna Berg (S) att justera protokollet.
    § 2
    Svar på motion om skolskjuts
    Dnr KS 2023/51
    # Kommunfullmäktiges beslut
    Motionen avslås.
    """))
    assert [(i.paragraph, i.title) for i in record.items] == [
        ("1", "Val av justerare"), ("2", "Svar på motion om skolskjuts")]
    assert record.items[1].event == "decided"


def test_extract_contents_list_is_not_taken_for_items(doc_from):
    contents = "\n    § 1 Val av justerare\n    § 4 Svar på motion om skolskjuts\n"
    record = extract(doc_from(COVER + contents + ITEMS[1] + ITEMS[4]))
    assert [i.paragraph for i in record.items] == ["1", "4"]
    assert record.items[1].decision.outcome == "avslag"


def test_extract_announcement_lines_with_proposer_and_dnr_after_the_title(doc_from):
    # Regression: "Motion om X, Per Ek (C), Dnr …" kept the proposer and the Dnr in the title.
    record = extract(doc_from(COVER + """
    § 1 Anmälan av motioner
    Motion om fler cykelvägar, Per Ek (C), Dnr KS 2024/12
    Motion om en ny simhall, Lisa Holm (M), Dnr KS 2024/15
    # Kommunfullmäktiges beslut
    Motionerna överlämnas till kommunstyrelsen för beredning.
    """ + ITEMS[4]))
    assert [(i.title, i.dnr_key, [a.name for a in i.authors]) for i in record.items[:2]] == [
        ("Motion om fler cykelvägar", "KS 2024/12", ["Per Ek"]),
        ("Motion om en ny simhall", "KS 2024/15", ["Lisa Holm"])]


def test_extract_kallelse_items_are_proposals(doc_from):
    record = extract(doc_from("""
    Kallelse till kommunfullmäktige
    Sammanträdesdatum 2024-03-18
    6. § 23 Svar på motion om skolskjuts
    Dnr KS 2023/51
    # Kommunstyrelsens förslag till beslut
    - Motionen avslås.
    7. § 24 Svar på motion om fler bänkar
    Dnr KS 2023/60
    # Kommunstyrelsens förslag till beslut
    - Motionen anses besvarad.
    """))
    assert [(i.paragraph, i.agenda_number, i.event) for i in record.items] == [
        ("23", "6", "proposed"), ("24", "7", "proposed")]
    assert [(i.decision.outcome, i.decision.proposed) for i in record.items] == [("avslag", True), ("besvarad", True)]


def test_extract_report_table_rows_are_reported_items(doc_from):
    from pipeline.document import BlockKind, NormalizedDocument, build_blocks, InputFormat

    head = [dict(kind=BlockKind.PARAGRAPH, text=t) for t in (
        "Protokoll kommunfullmäktige", "Sammanträdesdatum 2024-02-19", "§ 1 Val av justerare",
        "Kommunfullmäktige utser Anna Berg (S) att justera.",
        "§ 2 Redovisning av motioner som inte har beretts färdigt")]
    rows = [("Dnr", "Motion", "Motionär", "Beräknas klar"),
            ("KS 2023/12", "Motion om cykelvägar", "Per Ek (C)", "Juni 2024"),
            ("KS 2023/40", "Motion om en simhall", "Lisa Holm (M)", "KF 2024-09-23")]
    cells = [dict(kind=BlockKind.TABLE_CELL, text=v, table_pos=(0, r, c))
             for r, row in enumerate(rows) for c, v in enumerate(row)]
    doc = NormalizedDocument("x.docx", "0" * 64, InputFormat.DOCX, build_blocks(head + cells))
    record = extract(doc)
    reported = [i for i in record.items if i.event == "reported"]
    assert [(i.dnr_key, i.title, i.estimated_done) for i in reported] == [
        ("KS 2023/12", "Motion om cykelvägar", "Juni 2024"), ("KS 2023/40", "Motion om en simhall", "KF 2024-09-23")]
    assert [(a.name, a.party) for a in reported[0].authors] == [("Per Ek", "C")]


def test_extract_rules_of_procedure_numbered_by_paragraph_are_no_protocol(doc_from):
    # An arbetsordning numbers its rules "§ 1", "§ 2" … and is no protocol: no items, no cases.
    record = extract(doc_from("""
    Arbetsordning för kommunfullmäktige i Testby kommun
    Antagen av kommunfullmäktige den 3 maj 2010, § 41.
    § 1
    Fullmäktige har 41 ledamöter.
    § 2
    Fullmäktige väljer bland ledamöterna en ordförande och två vice ordförande.
    § 3
    En motion ska vara skriftlig och undertecknad av en eller flera ledamöter.
    """))
    assert record.doc_type != "protocol" and record.items == ()


@pytest.mark.parametrize("text", ["", "§", "§ 1", "§ 1\n§ 1\n§ 1", "§ 99999999999 x\n§ 2 y", "Paragrafer §§ 9–1"])
def test_extract_protocol_odd_shapes_never_crash(doc_from, text):
    record = extract(doc_from(text or "tomt"))
    assert record.doc_type in ("protocol", "protocol_extract", "other", "motion")


@pytest.mark.parametrize("heading", ["§ 3 Avskrivning av obesvarade motioner från förra mandatperioden",
                                     "§ 3 Avskrivning av motion"])  # real protocols title a list so too
def test_extract_bulk_write_off_listed_in_an_appendix_gives_one_item_per_motion(heading):
    # "Bilaga 1 till § 3" after the last §: its table lists the motions § 3 writes off.
    from pipeline.document import BlockKind, NormalizedDocument, build_blocks, InputFormat

    paragraphs = ["Protokoll kommunfullmäktige", "Sammanträdesdatum 2024-05-20", "§ 1 Val av justerare",
                  "Kommunfullmäktige utser Anna Berg (S) att justera.", "§ 2 Frågestund", "Inga frågor ställdes.",
                  heading, "Dnr KS 2024/0160",
                  "Kommunfullmäktiges beslut",
                  "Fullmäktige avskriver motionerna enligt bilaga 1 eftersom sakfrågorna har hanterats i andra ärenden.",
                  "§ 4 Meddelanden", "Meddelandena läggs till handlingarna.", "Bilaga 1 till § 3"]
    rows = [("Dnr", "Motion", "Motionär"), ("KS 2019/0412", "Motion om en cykelväg", "Per Ek (C)"),
            ("KS 2020/0087", "Motion om korttidsboende", "Lisa Holm (S), Olle Ek (S)"),
            ("", "Motion om en badplats", "Eva Lund (V)")]
    head = [dict(kind=BlockKind.HEADING if p.startswith(("§", "Kommunfullmäktiges beslut")) else BlockKind.PARAGRAPH,
                 text=p) for p in paragraphs]
    cells = [dict(kind=BlockKind.TABLE_CELL, text=v, table_pos=(0, r, c))
             for r, row in enumerate(rows) for c, v in enumerate(row)]
    record = extract(NormalizedDocument("x.docx", "0" * 64, InputFormat.DOCX, build_blocks(head + cells)))
    off = [i for i in record.items if i.paragraph == "3"]
    assert [(i.dnr_key, i.title, i.event, i.decision.outcome) for i in off] == [
        ("KS 2019/412", "Motion om en cykelväg", "written_off", "avskriven"),
        ("KS 2020/87", "Motion om korttidsboende", "written_off", "avskriven"),
        (None, "Motion om en badplats", "written_off", "avskriven")]
    assert [[(a.name, a.party) for a in i.authors] for i in off] == [
        [("Per Ek", "C")], [("Lisa Holm", "S"), ("Olle Ek", "S")], [("Eva Lund", "V")]]
    # The row without Dnr is kept, and says so.
    assert [w.code for w in off[2].warnings] == ["written_off_without_dnr"] and not off[0].warnings
    assert off[0].reason == "sakfrågorna har hanterats i andra ärenden"
    # The appendix is not read into the last § (Meddelanden).
    assert [i.subject for i in record.items if i.paragraph == "4"] == ["none"]


def test_extract_announced_citizen_proposal_by_possessive_name(doc_from):
    record = extract(doc_from(protocol(numbers=(1,)) + """
    § 2 Anmälan av nya medborgarförslag
    # Ärendebeskrivning
    Britt-Inger Lagerhamns medborgarförslag om bänkar längs ån. Dnr KS 2024/0219. Förslagsställaren föreslår att kommunen ställer ut bänkar.
    Kerstin Tobias medborgarförslag om en hundrastgård
    Dnr KS 2024/0220
    # Kommunfullmäktiges beslut
    Medborgarförslagen överlämnas till tekniska nämnden för beredning.
    """))
    items = [i for i in record.items if i.paragraph == "2"]
    assert [(i.title, [a.name for a in i.authors]) for i in items] == [
        ("Britt-Inger Lagerhamns medborgarförslag om bänkar längs ån", ["Britt-Inger Lagerhamn"]),
        # A name that ends in s is not cut to "Kerstin Tobia": no author rather than a wrong one.
        ("Kerstin Tobias medborgarförslag om en hundrastgård", [])]
