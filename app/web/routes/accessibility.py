"""The accessibility statement (/tillganglighet, "Tillgänglighetsredogörelse"), as the
law on accessible public digital services (2018:1937) asks every public body's
service to publish: how far it meets WCAG 2.1 AA, what is known not to, how to report
a problem, how it was tested, and when the statement was written.

The figures come from tests/test_web_a11y.py (axe-core on every page type, at 1366
and 320 px); the date is that of the assessment, not the page's clock."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app.web.context import SiteDep

ASSESSED_ON = dt.date(2026, 12, 2)  # the last review of the statement against the tests
AXE_VERSION = "4.14.1"  # package-lock.json

router = APIRouter()


@router.get("/tillganglighet", response_class=HTMLResponse, include_in_schema=False)
def accessibility_page(site: SiteDep, request: Request):
    return site.page("accessibility.html", request, title="Tillgänglighetsredogörelse", assessed_on=ASSESSED_ON,
                     axe_version=AXE_VERSION)
