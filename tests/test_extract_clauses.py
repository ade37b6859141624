import pytest

from pipeline.extract import extract

INTRO = "Jag föreslår att kommunfullmäktige beslutar"


def texts(record):
    return [c.text for c in record.clauses]


@pytest.mark.parametrize(
    "body,expected",
    [
        # Bullets.
        (f"{INTRO}\n- att kommunen inför fri wifi\n- att biblioteket öppnar på söndagar",
         ["att kommunen inför fri wifi", "att biblioteket öppnar på söndagar"]),
        # Numbered "1." and "1)" with "Att" capitalised.
        (f"{INTRO}:\n1. Att kommunen inför fri wifi.\n2. Att biblioteket öppnar på söndagar.",
         ["Att kommunen inför fri wifi.", "Att biblioteket öppnar på söndagar."]),
        # Plain att-paragraphs, one with the "att1" typo.
        (f"{INTRO}\natt1 kommunen inför fri wifi\natt biblioteket öppnar på söndagar",
         ["att kommunen inför fri wifi", "att biblioteket öppnar på söndagar"]),
        # "att" left at the end of the introducing line.
        ("Med anledning av ovanstående föreslår jag att fullmäktige beslutar att\nkommunen inför fri wifi i alla lokaler.",
         ["kommunen inför fri wifi i alla lokaler."]),
        # A clause spread over two paragraphs.
        (f"{INTRO}\natt kommunen utreder möjligheten att\ninföra fri wifi i alla lokaler\natt biblioteket öppnar på söndagar",
         ["att kommunen utreder möjligheten att införa fri wifi i alla lokaler", "att biblioteket öppnar på söndagar"]),
        # A numbered list whose later items do not repeat "att".
        (f"{INTRO}:\n1. att kommunen inför fri wifi,\n2. utreder söndagsöppet bibliotek,\n3. återkommer med en plan.",
         ["att kommunen inför fri wifi,", "utreder söndagsöppet bibliotek,", "återkommer med en plan."]),
    ],
)
def test_extract_clause_forms(doc_from, body, expected):
    record = extract(doc_from(f"# Motion om en öppnare kommun\n{body}\nStoråsa 2024-03-03\nAnna Berg (S)"))
    assert texts(record) == expected
    assert [c.number for c in record.clauses] == list(range(1, len(expected) + 1))


def test_extract_clause_ordinary_att_sentences_and_reason_lists_are_not_clauses(doc_from):
    record = extract(doc_from(f"""
        # Motion om fler parkbänkar
        Att kommunen satsar på parkerna är bra för folkhälsan.
        Skälen är flera:
        - äldre behöver vila under promenaden
        - fler vistas i parkerna
        {INTRO}
        att kommunen sätter upp fler parkbänkar
        Storåsa 2024-03-03
        Anna Berg (S)
    """))
    assert texts(record) == ["att kommunen sätter upp fler parkbänkar"]


def test_extract_clause_quoted_again_is_one_clause(doc_from):
    record = extract(doc_from("""
        # Förslag till svar på motion om parkbänkar
        Anna Berg (S) föreslår i sin motion
        - att kommunen sätter upp fler parkbänkar.
        - att bänkarna tillverkas lokalt.
        # Bedömning
        - att kommunen sätter upp fler parkbänkar.
        Kommentar: tio nya bänkar placeras ut under 2024.
        - att bänkarna tillverkas lokalt.
        Kommentar: upphandlingsreglerna tillåter inte ett sådant krav.
        # Förslag till beslut
        Motionen anses besvarad.
    """))
    assert [c.number for c in record.clauses] == [1, 2]
    assert [(c.clause_number, c.text[:4]) for c in record.comments] == [(1, "tio "), (2, "upph")]


def test_extract_clause_decision_att_lines_in_protocols_are_not_clauses(doc_from):
    record = extract(doc_from("""
        Protokollsutdrag
        Kommunfullmäktige
        # § 45 Svar på motion om parkbänkar
        # Ärendebeskrivning
        Anna Berg (S) föreslår att kommunfullmäktige beslutar
        att kommunen sätter upp fler parkbänkar.
        # Beslut
        Kommunfullmäktige beslutar
        att motionen ska anses besvarad.
        Justerandes sign
    """))
    assert texts(record) == ["att kommunen sätter upp fler parkbänkar."]
    assert (record.doc_type, record.decision.outcome, record.decision.proposed) == ("protocol_extract", "besvarad", False)


def test_extract_clause_att_glued_to_next_word_in_a_list(doc_from):
    record = extract(doc_from(f"# Motion om lekplatser\n{INTRO}\n- att kommunen inventerar lekplatserna\n- attkommunstyrelsen tar fram en plan\nAnna Berg (S)"))
    assert texts(record) == ["att kommunen inventerar lekplatserna", "attkommunstyrelsen tar fram en plan"]


def test_extract_clause_attityd_paragraph_is_not_a_clause(doc_from):
    record = extract(doc_from("# Motion om bemötande\nAttityden till kommunen är god.\nattraktiva miljöer lockar\nAnna Berg (S)"))
    assert texts(record) == []


def test_extract_clause_first_clause_on_the_introducing_line(doc_from):
    record = extract(doc_from("""
        # Medborgarförslag om hundrastgård
        Jag föreslår att kommunen anlägger en hundrastgård i Backa
        att hundrastgården får belysning
        Namn: Maja Lund
    """))
    assert texts(record) == ["att kommunen anlägger en hundrastgård i Backa", "att hundrastgården får belysning"]
    assert [(a.name, a.party) for a in record.authors] == [("Maja Lund", None)]
    assert record.doc_type == "citizen_proposal"


def test_extract_clause_comment_glued_to_quoted_clause_is_split_off(doc_from):
    # PDF and plain-text line joins can put "Kommentar:" in the clause's own block.
    record = extract(doc_from("""
        # Förslag till svar på motion om parkbänkar
        # Bedömning
        - att kommunen sätter upp fler parkbänkar. Kommentar: tio bänkar placeras ut.
        - att bänkarna tillverkas lokalt. Kommentar: det tillåter inte upphandlingsreglerna.
        # Förslag till beslut
        Motionen anses besvarad.
    """))
    assert texts(record) == ["att kommunen sätter upp fler parkbänkar.", "att bänkarna tillverkas lokalt."]
    assert [c.clause_number for c in record.comments] == [1, 2]
