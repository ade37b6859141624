import pytest

from pipeline.extract import extract

ANSWER_HEAD = """
    Dnr KS 2024/0031
    # Förslag till svar på motion om skolgårdar
    Eva Holm (V) föreslår
    - att alla skolgårdar får mer grönska
    - att eleverna får vara med och planera
    - att arbetet finansieras ur investeringsbudgeten
    - att kommunen redovisar arbetet årligen
"""


@pytest.mark.parametrize(
    "assessment,links",
    [
        ("Att-sats 1: grönska planeras.\nAtt-sats 2: elevråden deltar.\nAtt-sats 3: budgeten räcker inte.\nAtt-sats 4: redovisas i årsredovisningen.", [1, 2, 3, 4]),
        ("Den första att-satsen ligger i linje med planen.\nDen andra att-satsen genomförs redan.\nDen tredje att-satsen avstyrks.\nDen sista att-satsen tillgodoses.", [1, 2, 3, 4]),
        ("Frågeställning 1 besvaras med planen.\nFrågeställning 3 kräver budgetbeslut.", [1, 3]),
        ("Att-sats 1 genomförs.\nAtt-sats 2, 3 och 4 hanteras i budgetarbetet.", [1, 2, 3, 4]),
    ],
)
def test_extract_comment_link_forms(doc_from, assessment, links):
    record = extract(doc_from(ANSWER_HEAD + "# Bedömning\n" + assessment + "\n# Förslag till beslut\nMotionen anses besvarad."))
    assert sorted(c.clause_number for c in record.comments) == links


def test_extract_comment_missing_clause_is_warned(doc_from):
    record = extract(doc_from(ANSWER_HEAD + "# Bedömning\nAtt-sats 1: ja.\nAtt-sats 2: ja.\nAtt-sats 4: ja.\n# Förslag till beslut\nMotionen avslås."))
    assert [w.message for w in record.warnings if w.code == "clause_without_comment"] == ["Att-sats 3 saknar kommentar i svaret."]


def test_extract_answer_without_decision_is_warned(doc_from):
    record = extract(doc_from(ANSWER_HEAD + "# Bedömning\nAtt-sats 1: ja."))
    assert "answer_without_decision" in {w.code for w in record.warnings}
    assert record.decision is None


@pytest.mark.parametrize(
    "sentence,outcome",
    [
        ("Motionen bifalls.", "bifall"),
        ("Motionen avslås.", "avslag"),
        ("Motionen anses besvarad.", "besvarad"),
        ("Motionen anses besvara.", "besvarad"),  # the typo still counts
        ("Anse motionen besvarad.", "besvarad"),
        ("Motionen bifalls delvis.", "delvis_bifall"),
        ("Ärendet återremitteras till kommunstyrelsen för vidare beredning.", "aterremiss"),
        ("Ärendet bordläggs till nästa sammanträde.", "bordlagd"),
        ("Motionen avskrivs med hänvisning till kommunallagen 5 kap. 35 §.", "avskriven"),
        ("Motionen överlämnas till kommunstyrelsen för beredning.", "overlamnad"),
    ],
)
def test_extract_decision_outcomes(doc_from, sentence, outcome):
    record = extract(doc_from(f"Protokollsutdrag\nKommunfullmäktige\n# § 12 Motion om skolgårdar\n# Beslut\n{sentence}\nJusterandes sign"))
    assert record.decision.outcome == outcome
    assert record.decision.text == sentence


@pytest.mark.parametrize(
    "sentence,per_clause",
    [
        ("Motionen bifalls delvis: dels bifalls att-sats 1 och 2, dels avslås att-sats 3 och 4.",
         [(1, "bifall"), (2, "bifall"), (3, "avslag"), (4, "avslag")]),
        ("Att-sats 1 bifalls, att-sats 2 avslås.", [(1, "bifall"), (2, "avslag")]),
        ("Motionen bifalls såvitt avser att-sats 1 och avslås i övrigt.", [(1, "bifall"), (2, "avslag"), (3, "avslag"), (4, "avslag")]),
    ],
)
def test_extract_decision_per_clause(doc_from, sentence, per_clause):
    record = extract(doc_from(ANSWER_HEAD + f"# Förslag till beslut\n{sentence}"))
    assert record.decision.outcome == "delvis_bifall"
    assert [(c.clause_number, c.outcome) for c in record.decision.clause_outcomes] == per_clause


def test_extract_decision_taken_beats_quoted_proposal_and_yrkanden(doc_from):
    record = extract(doc_from("""
        Protokollsutdrag
        Kommunfullmäktige
        # § 45 Svar på motion om skolgårdar
        # Ärendebeskrivning
        Kommunstyrelsen föreslår kommunfullmäktige att motionen ska anses besvarad.
        # Yrkanden
        Per Ek (M) yrkar avslag på motionen.
        # Beslut
        Kommunfullmäktige beslutar att bifalla motionen.
    """))
    assert (record.decision.outcome, record.decision.proposed) == ("bifall", False)
    assert record.authors == ()


@pytest.mark.parametrize(
    "sentence,per_clause",
    [
        # Each part takes the outcome named last before it (issue 11, vedmora § 128).
        ("Motionen bifalls såvitt avser grönska på skolgårdarna och avslås i den del som gäller investeringsbudgeten.",
         [(1, "bifall"), (3, "avslag")]),
        ("Motionen bifalls gällande elevernas planering, men avslås avseende investeringsbudgeten.",
         [(2, "bifall"), (3, "avslag")]),
    ],
)
def test_extract_decision_per_clause_by_content(doc_from, sentence, per_clause):
    record = extract(doc_from(ANSWER_HEAD + f"# Förslag till beslut\n{sentence}"))
    assert [(c.clause_number, c.outcome) for c in record.decision.clause_outcomes] == per_clause
    assert record.decision.outcome == "delvis_bifall"
