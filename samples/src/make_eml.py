"""The e-mail rendering of a sample: a councillor sends the motion to the
registry by mail, as many do. Writes samples/<stem>.eml from samples/<stem>.txt
(quoted-printable UTF-8, as Outlook and Thunderbird send Swedish text), so the .eml
shares the .txt's truth and must give the same record.

    python samples/src/make_eml.py
"""

from __future__ import annotations

import email.policy
from email.message import EmailMessage
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent
MAILS = {
    "tjarnby-2025-ungdomsrad_1_motion": dict(
        sender="Elsa Nyberg <elsa.nyberg@tjarnby.example>", to="registrator@tjarnby.example",
        subject="Motion om ett ungdomsråd i Tjärnby", date="Wed, 12 Feb 2025 19:42:10 +0100"),
}


def build(stem: str, sender: str, to: str, subject: str, date: str) -> bytes:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"], msg["To"], msg["Subject"], msg["Date"] = sender, to, subject, date
    msg["Message-ID"] = f"<{stem}@tjarnby.example>"
    body = (SAMPLES / f"{stem}.txt").read_text(encoding="utf-8-sig")
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()


if __name__ == "__main__":
    for stem, fields in MAILS.items():
        (SAMPLES / f"{stem}.eml").write_bytes(build(stem, **fields))
        print(f"samples/{stem}.eml")
