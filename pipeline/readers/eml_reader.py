"""E-mail files (.eml, RFC 822 / MIME): motions and medborgarförslag often arrive by mail.

Read as plain text, such a file would show quoted-printable or base64 soup
("kommunfullm=C3=A4ktige") and be stored as if it were fine. Here the message is
decoded properly: the subject becomes the first heading (it often is the title),
the text body (or the HTML body as text) becomes the blocks, and every attachment
is named in a warning, since the attachment may be the motion itself and is not
read from inside the mail.
"""

from __future__ import annotations

import email
import email.policy
import os
import re
from html.parser import HTMLParser

from pipeline.document import BlockKind, DocWarning, InputFormat, NormalizedDocument
from pipeline.errors import load_error
from pipeline.readers.common import make_document
from pipeline.readers.txt_reader import blocks_from_text

# Header names a mail program writes; a Swedish copy-paste ("Från:", "Ämne:") is text.
_RFC_HEADERS = {"from", "to", "subject", "date", "mime-version", "content-type", "received", "message-id",
                "return-path", "cc", "reply-to"}
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9-]*):[ \t]")


def looks_like_email(text: str) -> bool:
    """The text starts with a header block naming at least three RFC 822 headers."""
    seen = set()
    for line in text.lstrip("\ufeff").splitlines()[:60]:
        if not line.strip():
            break
        m = _HEADER_LINE.match(line)
        if m:
            seen.add(m.group(1).lower())
        elif not line[:1].isspace():  # not a folded continuation line
            return False
    return len(seen & _RFC_HEADERS) >= 3


class _HtmlText(HTMLParser):
    BREAKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "table"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BREAKS:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _html_to_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    return "".join(parser.parts)


def read_eml(path: str | os.PathLike, data: bytes) -> NormalizedDocument:
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain", "html"))
        text = body.get_content() if body is not None else ""
        if body is not None and body.get_content_type() == "text/html":
            text = _html_to_text(text)
        subject = str(msg.get("subject", "") or "").strip()
        attachments = [part.get_filename() or part.get_content_type() for part in msg.iter_attachments()]
    except (LookupError, ValueError, TypeError) as e:  # unknown charset, broken MIME
        raise load_error("truncated", f"e-postmeddelandet går inte att avkoda: {e}") from e
    body_blocks = blocks_from_text(text)
    warnings = [DocWarning("email_attachment",
                           f"Bilagan ”{name}” i e-postmeddelandet lästes inte; spara den som en egen fil i inkorgen.")
                for name in attachments]
    if not body_blocks:
        if attachments:
            raise load_error("no_text", "meddelandet har bara bilagor: spara dem som egna filer i inkorgen")
        raise load_error("no_text")
    subject_block = [{"kind": BlockKind.HEADING, "text": subject, "heading_level": 1}] if subject else []
    return make_document(path, data, InputFormat.EML, subject_block + body_blocks, warnings=warnings)
