"""The JSON API under /api/: the CLI's queries as JSON, and a schema-driven run
(schemathesis, in-process ASGI calls) that must find no server error."""

from __future__ import annotations

import dataclasses
import json
import time

import pytest
from fastapi.testclient import TestClient

from web_fixtures import MORE, SEED, TESTSERVER, TODAY, filled_store


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    from app.web import create_app

    base = tmp_path_factory.mktemp("api")
    store = filled_store(base / "m.db", [SEED, *MORE], archive=base / "inkorg" / "archive")
    stored = []

    def runner(names):  # the flow is not under test here: every file "stored"
        stored.extend(names)
        return {"files": [{"name": n, "location": "archive", "action": "stored", "dnr_key": None, "case_id": None,
                           "document_id": None, "reason": None, "message": None} for n in names]}

    app = create_app(store=store, inbox=base / "inkorg", today=TODAY, runner=runner, max_file_bytes=64 * 1024,
                     allowed_hosts=TESTSERVER)
    with TestClient(app) as client:
        client.store, client.app_ = store, app
        yield client
    store.close()


def as_json(value):
    """What the CLI prints with --json: dataclasses as dicts, dates as ISO strings."""
    plain = [dataclasses.asdict(v) for v in value] if isinstance(value, list) else dataclasses.asdict(value)
    return json.loads(json.dumps(plain, default=str))


def test_web_api_mirrors_the_cli_queries(api):
    from pipeline import queries

    store = api.store
    assert api.get("/api/cases").json() == as_json(queries.cases(store, today=TODAY))
    assert api.get("/api/cases", params={"overdue": "true"}).json() == as_json(
        queries.cases(store, overdue=True, today=TODAY))
    assert [c["dnr"] for c in api.get("/api/cases", params={"party": "VF", "year": 2014}).json()] == ["KS/2014:443"]
    # --today moves the clock, as on the command line.
    late = api.get("/api/cases", params={"overdue": "true", "today": "2030-01-01"}).json()
    assert "2025.368 KS" in [c["dnr"] for c in late]
    for dnr in ("KS 20/399", "KS 2014/443", "#1"):
        assert api.get("/api/show", params={"dnr": dnr}).json() == as_json(queries.show(store, dnr, today=TODAY))
        assert api.get("/api/clauses", params={"dnr": dnr}).json() == as_json(
            queries.clauses(store, dnr, today=TODAY))
    clauses = api.get("/api/clauses", params={"dnr": "KS 20/399"}).json()["clauses"]
    assert len(clauses) == 6 and all(len(c["comments"]) == 1 for c in clauses)
    hits = api.get("/api/search", params={"q": "lekplatserna", "limit": 5}).json()
    assert hits == as_json(queries.search(store, "lekplatserna", limit=5)) and len(hits) == 5
    missing = api.get("/api/show", params={"dnr": "KS 1999/1"})
    assert missing.status_code == 404 and missing.json()["detail"].startswith("Hittar inget ärende")
    assert api.get("/api/search", params={"q": ""}).status_code == 422
    assert api.get("/api/uploads/0123").status_code == 404


def test_web_api_openapi_schema_describes_every_endpoint(api):
    schema = api.get("/api/openapi.json").json()
    assert set(schema["paths"]) == {"/api/cases", "/api/show", "/api/clauses", "/api/search", "/api/uploads",
                                    "/api/uploads/{job_id}"}
    upload = schema["paths"]["/api/uploads"]["post"]
    assert "multipart/form-data" in upload["requestBody"]["content"]
    assert {"CaseRow", "CaseDetail", "ClauseReport", "SearchHit", "UploadJobOut"} <= set(schema["components"]["schemas"])


@pytest.mark.slow
def test_web_api_schema_driven_run_finds_no_server_errors(api):
    import schemathesis
    from hypothesis import HealthCheck, given, settings, strategies as st
    from schemathesis.checks import not_a_server_error

    schema = schemathesis.openapi.from_asgi("/api/openapi.json", api.app_)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 6
    strategy = st.one_of([op.as_strategy(generation_mode=mode) for op in operations
                          for mode in schemathesis.GenerationMode])
    seen: dict[tuple[str, str, int], int] = {}

    @given(case=strategy)
    @settings(max_examples=400, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    def run(case):
        response = case.call()
        key = (case.method.upper(), case.path, response.status_code)
        seen[key] = seen.get(key, 0) + 1
        case.validate_response(response, checks=[not_a_server_error])

    start = time.perf_counter()
    run()
    elapsed = time.perf_counter() - start
    statuses = {(m, p): sorted({s for mm, pp, s in seen if (mm, pp) == (m, p)}) for m, p, _ in seen}
    print(f"schemathesis: {sum(seen.values())} calls in {elapsed:.1f} s: {statuses}")
    assert all(s < 500 for _, _, s in seen)
    # Every operation was reached, and some calls got past validation.
    assert {(m, p) for m, p, _ in seen} == {(op.method.upper(), op.path) for op in operations}
    assert any(s == 200 for _, _, s in seen) and any(400 <= s < 500 for _, _, s in seen)
