import pytest

from pipeline.extract import extract
from pipeline.extract.fields import dnr_key, find_dates, find_dnrs


@pytest.mark.parametrize(
    "text,raw,key",
    [
        ("Dnr KS 20/399", "KS 20/399", "KS 2020/399"),
        ("KS 2023/0123", "KS 2023/0123", "KS 2023/123"),
        ("Dnr KS 2018/124", "KS 2018/124", "KS 2018/124"),
        ("Diarienummer: KA 2013/198", "KA 2013/198", "KA 2013/198"),
        ("2014/KS 0012 001", "2014/KS 0012 001", "KS 2014/12"),
        ("KS/2014:443", "KS/2014:443", "KS 2014/443"),
        ("KS/2014/0073", "KS/2014/0073", "KS 2014/73"),
        ("KS2017/214/01", "KS2017/214/01", "KS 2017/214"),
        ("KS-2014/742.912", "KS-2014/742.912", "KS 2014/742"),
        ("KU.2017.91", "KU.2017.91", "KU 2017/91"),
        ("KSF-2023-024-539", "KSF-2023-024-539", "KSF 2023/24"),
        ("2018/0219 KS-5", "2018/0219 KS-5", "KS 2018/219"),
        ("ärende 2025.368 KS.", "2025.368 KS", "KS 2025/368"),
        ("KS 98/12", "KS 98/12", "KS 1998/12"),
    ],
)
def test_extract_dnr_forms(text, raw, key):
    found = find_dnrs(text)
    assert [(r, k) for r, k, _ in found] == [(raw, key)]


@pytest.mark.parametrize(
    "text", ["Bilaga 2", "§ 63/20", "Kommunallagen (2017:725) 5 kap. 35 §", "Motion 2017:50", "tel 0690-250 324", "2019-05-27"]
)
def test_extract_dnr_not_from_other_numbers(text):
    assert find_dnrs(text) == []


def test_extract_dnr_short_and_long_forms_meet():
    assert dnr_key("KS", "20", "399") == dnr_key("KS", "2020", "0399")


@pytest.mark.parametrize(
    "text,iso",
    [
        ("Storåsa den 27 maj 2019", "2019-05-27"),
        ("2019-05-27", "2019-05-27"),
        ("27.05.2019", "2019-05-27"),
        ("den 3 mars 2024", "2024-03-03"),
        ("1 okt. 2022", "2022-10-01"),
    ],
)
def test_extract_date_forms(text, iso):
    assert [d for d, _ in find_dates(text)] == [iso]


def test_extract_date_rejects_impossible_dates():
    assert find_dates("2023-02-30 och 31.04.2020") == []


def test_extract_fields_of_an_answer(doc_from):
    doc = doc_from(
        """
        Norrvikens kommun
        Kommunstyrelsen
        Datum 2023-04-12
        Dnr KS 2023/0112
        Handläggare: Lisa Ek
        # Förslag till svar på motion om fler laddstolpar
        # Förslag till beslut
        Motionen avslås.
        # Ärendet i korthet
        Anna Berg (S) och Per Ek (C) har lämnat en motion om laddstolpar.
        """
    )
    r = extract(doc)
    assert (r.doc_type, r.dnr, r.dnr_key) == ("answer", "KS 2023/0112", "KS 2023/112")
    assert r.title == "Förslag till svar på motion om fler laddstolpar"
    assert (r.municipality, r.body, r.date, r.officer) == ("Norrvikens kommun", "KS", "2023-04-12", "Lisa Ek")
    assert [(a.name, a.party) for a in r.authors] == [("Anna Berg", "S"), ("Per Ek", "C")]
    assert (r.decision.outcome, r.decision.proposed) == ("avslag", True)


def test_extract_dnr_from_running_header_when_body_has_none(doc_from):
    doc = doc_from("# Motion om cykelvägar\nJag föreslår att fullmäktige beslutar\natt bygga cykelvägar.", headers=("Dnr KS 2022/77",))
    assert extract(doc).dnr == "KS 2022/77"


@pytest.mark.parametrize("text,raw,key", [
    ("Diarienummer Ks 2019/88", "Ks 2019/88", "KS 2019/88"),
    ("Ärendenummer: KS 2021/1204-3", "KS 2021/1204-3", "KS 2021/1204"),
])
def test_extract_dnr_lower_case_organ_and_suffix(text, raw, key):
    assert [(r, k) for r, k, _ in find_dnrs(text)] == [(raw, key)]


def test_extract_dnr_mixed_case_needs_a_label():
    assert find_dnrs("Sida 12/20 och Kf 20/5") == []


def test_extract_protocol_with_two_paragraphs_gives_one_item_each(doc_from):
    record = extract(doc_from("""
        Protokollsutdrag
        Kommunfullmäktige
        § 14 Dnr KS 2024/211
        # VA-taxa 2025
        # Kommunfullmäktiges beslut
        Kommunfullmäktige beslutar att anta VA-taxan.
        § 15 Dnr KS 2024/173
        # Svar på motion om trygga skolvägar
        # Ärendebeskrivning
        Anna Berg (S) föreslår att kommunfullmäktige beslutar
        - att kommunen kartlägger skolvägarna
        - att skolskjuts erbjuds alla i årskurs 1–3
        # Kommunfullmäktiges beslut
        Kommunfullmäktige beslutar att bifalla motionens första att-sats och i övrigt avslå motionen.
    """))
    # An extract of several § is split into items (issue 10); the taxa is about no motion.
    assert record.doc_type == "protocol" and [i.paragraph for i in record.items] == ["14", "15"]
    taxa, motion = record.items
    assert (taxa.subject, taxa.event, taxa.decision) == ("none", "other", None)
    assert (motion.dnr_key, motion.title) == ("KS 2024/173", "Svar på motion om trygga skolvägar")
    assert len(motion.clauses) == 2 and motion.decision.outcome == "delvis_bifall"
    assert [(c.clause_number, c.outcome) for c in motion.decision.clause_outcomes] == [(1, "bifall"), (2, "avslag")]
    assert (motion.subject, motion.event) == ("motion", "decided")


def test_extract_officer_from_a_label_row_with_a_job_title(doc_from):
    record = extract(doc_from("""
        Datum Diarienummer Handläggare
        2020-06-11 KS.2020.0456 Mira Lundell Bibliotekskonsulent 0280-171 36
        # Yttrande över motion om skolbibliotek
        Nämnden tillstyrker motionen.
    """))
    assert record.officer == "Mira Lundell"
    assert (record.decision.outcome, record.decision.proposed) == ("bifall", True)
