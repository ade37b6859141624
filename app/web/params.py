"""What a value from the request may be before it reaches the library: ids the
database can hold, "#N" references, short query strings."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path as PathParam, Query

from pipeline.store import NotFoundError

MAX_ID = 2**63 - 1  # the largest id SQLite (and PostgreSQL's bigint) can hold

DbId = Annotated[int, PathParam(ge=1, le=MAX_ID)]  # out of range: 404 (errors.invalid)
Text = Annotated[str, Query(max_length=200)]
Dnr = Annotated[str, Query(min_length=1, max_length=200, description="Diarienummer i valfri skrivform, eller #id",
                           examples=["KS 2020/0399", "KS 20/399", "#1"])]


def small_int(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() and len(value) <= 9 else None


def holdable(ref: str) -> bool:
    """False for a "#N" reference (a case by its number) whose N no database id can
    be: past MAX_ID, or digits that str.isdigit() takes and int() does not ("#²").
    Looking such a number up would overflow in the driver."""
    ref = ref.strip()
    if not (ref.startswith("#") and ref[1:].isdigit()):
        return True
    digits = ref[1:]
    return len(digits) <= 19 and digits.isdecimal() and 1 <= int(digits) <= MAX_ID


def case_ref(dnr: str) -> str:
    """`dnr` for pipeline.queries, or NotFoundError when it is a "#N" no case can have."""
    if not holdable(dnr):
        raise NotFoundError(f"Hittar inget ärende med diarienummer ”{dnr}”.")
    return dnr
