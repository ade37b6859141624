"""E-mail files: decoded as mail, never read as quoted-printable soup."""

from email.message import EmailMessage

import pytest

from pipeline.document import InputFormat
from pipeline.errors import DocumentLoadError
from pipeline.extract import extract
from pipeline.readers import read_document

BODY = """Hej!

Här kommer min motion.

Jag föreslår att kommunfullmäktige beslutar

att kommunen sätter upp fler parkbänkar längs ån
att bänkarna får ryggstöd

Storåsa 2024-03-03
Anna Berg (S)
"""


def mail(tmp_path, *, html=False, attachment=False, body=BODY, name="motion.eml"):
    msg = EmailMessage()
    msg["From"] = "Anna Berg <anna.berg@example.se>"
    msg["To"] = "kommunkansliet@storasa.se"
    msg["Subject"] = "Motion om fler parkbänkar"
    msg["Date"] = "Sun, 03 Mar 2024 21:14:00 +0100"
    if html:
        msg.set_content("<html><body>" + "".join(f"<p>{line}</p>" for line in body.splitlines()) + "</body></html>",
                        subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
    if attachment:
        msg.add_attachment(b"PK\x03\x04", maintype="application", subtype="octet-stream", filename="motion.docx")
    path = tmp_path / name
    path.write_bytes(bytes(msg))
    return path


@pytest.mark.parametrize("html", [False, True])
def test_readers_eml_decodes_the_body_and_keeps_the_subject(tmp_path, html):
    path = mail(tmp_path, html=html)
    assert b"=C3=A4" in path.read_bytes()  # really quoted-printable on disk
    doc = read_document(path)
    assert doc.format is InputFormat.EML
    assert doc.blocks[0].text == "Motion om fler parkbänkar"
    assert "kommunfullmäktige beslutar" in doc.text and "=C3" not in doc.text
    record = extract(doc)
    assert [c.text for c in record.clauses] == ["att kommunen sätter upp fler parkbänkar längs ån",
                                                "att bänkarna får ryggstöd"]
    assert record.title == "Motion om fler parkbänkar"


def test_readers_eml_names_attachments_it_did_not_read(tmp_path):
    doc = read_document(mail(tmp_path, attachment=True))
    assert [w.code for w in doc.warnings] == ["email_attachment"]
    assert "motion.docx" in doc.warnings[0].message


def test_readers_eml_with_only_an_attachment_says_so(tmp_path):
    with pytest.raises(DocumentLoadError) as e:
        read_document(mail(tmp_path, attachment=True, body=""))
    assert e.value.reason == "no_text" and "bilagor" in e.value.message


def test_readers_eml_a_pasted_swedish_mail_header_stays_text(tmp_path):
    path = tmp_path / "motion.txt"
    path.write_text("Från: Anna Berg\nSkickat: den 3 mars 2024\nTill: Kansliet\nÄmne: Motion\n\n" + BODY,
                    encoding="utf-8")
    assert read_document(path).format is InputFormat.TXT
