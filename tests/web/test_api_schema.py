"""The API against its description: schemathesis generates requests from web/openapi.yaml for every
operation under /api and sends them to the app served on a free port (a seeded database, a write
token); no answer may be a 500, and every answer must be a documented status code with a documented
content type and a body that fits its schema."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

schemathesis = pytest.importorskip("schemathesis")

OPENAPI = Path(__file__).resolve().parents[2] / "web" / "openapi.yaml"
# generated requests per operation (bounded: the whole run stays well under a minute)
EXAMPLES_PER_OPERATION = 12


@pytest.fixture
def app(settings):
    """This module's app: the world's database, limits high enough for the generated requests, and the
    JSON 500 handler instead of exceptions propagating to the test."""
    from web import create_app

    return create_app(
        settings.with_overrides(api_rate_limit="100000 per minute", api_write_rate_limit="100000 per minute"),
        {"TESTING": True, "PROPAGATE_EXCEPTIONS": False},
    )


def _token(settings) -> str:
    from qa_service import accounts
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        _, text = accounts.create_api_token(s, accounts.user_by_name(s, "admin"), "schemathesis", scope="write")
    return text


def test_openapi_describes_every_api_route(app):
    """Every route under /api is in the description, with its methods."""
    spec = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))
    described = {(path, method.upper()) for path, ops in spec["paths"].items() for method in ops}
    routes = set()
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/"):
            continue
        path = rule.rule[len("/api"):]
        for name in rule.arguments:
            path = path.replace(f"<int:{name}>", f"{{{name}}}").replace(f"<{name}>", f"{{{name}}}")
        routes |= {(path, m) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert routes - described == set(), "routes missing from web/openapi.yaml"
    assert described - routes == set(), "web/openapi.yaml describes routes that do not exist"


@pytest.mark.slow
def test_api_conforms_to_its_description(app, settings, world, live_server):
    from hypothesis import HealthCheck, Phase, given
    from hypothesis import settings as hypothesis_settings
    from schemathesis.checks import (
        content_type_conformance,
        not_a_server_error,
        response_schema_conformance,
        status_code_conformance,
    )

    token = _token(settings)
    schema = schemathesis.openapi.from_dict(yaml.safe_load(OPENAPI.read_text(encoding="utf-8")))
    checks = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    failures: list[str] = []
    tested = []
    statuses: dict[str, set[int]] = {}
    for result in schema.get_all_operations():
        operation = result.ok()
        if "tokens" in (operation.tags or []):
            continue  # the token pages are HTML forms for signed-in browsers, tested in test_api_ingest
        tested.append(operation.label)
        # the description's own examples first (a valid call to submit), then generated requests
        strategies = [(s, 1) for s in operation.get_strategies_from_examples()]
        strategies.append((operation.as_strategy(), EXAMPLES_PER_OPERATION))
        for strategy, examples in strategies:

            @given(case=strategy)
            @hypothesis_settings(max_examples=examples, deadline=None, database=None, derandomize=True,
                                 phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
            def run(case) -> None:  # noqa: ANN001
                response = case.call_and_validate(base_url=f"{live_server}/api",
                                                  headers={"Authorization": f"Bearer {token}"}, checks=checks)
                statuses.setdefault(operation.label, set()).add(response.status_code)

            try:
                run()
            except Exception as e:  # noqa: BLE001 - collect every operation's failure, then report them all
                failures.append(f"{operation.label}: {type(e).__name__}: {str(e)[:3000]}")
    assert "POST /v1/calls" in tested and "GET /v1/calls/{call_pk}" in tested and len(tested) >= 12
    assert not failures, "\n\n".join(failures)
    # the run reached the places that matter: a call was accepted, and lists answered with data
    assert 202 in statuses["POST /v1/calls"], statuses
    assert 200 in statuses["GET /v1/evaluations"] and 200 in statuses["GET /v1/dashboard"], statuses


def test_every_api_operation_documents_its_400(app, settings, world, factories):
    """Every route under /api refuses a NUL character in any query parameter (web/params.py) with a 400:
    each operation documents it, and the answer is the documented one (status, content type, body)."""
    import jsonschema

    spec = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))
    token = _token(settings)
    browser = app.test_client()  # the token pages are for a signed-in browser
    factories.login(browser, "admin")
    csrf = factories.csrf_token(browser, "/api/tokens")
    api = app.test_client()
    undocumented, wrong = [], []
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            label = f"{method.upper()} {path}"
            response_spec = op["responses"].get("400")
            if response_spec is None:
                undocumented.append(label)
                continue
            if "$ref" in response_spec:
                response_spec = spec["components"]["responses"][response_spec["$ref"].rsplit("/", 1)[1]]
            url = "/api" + path.replace("{key}", "default").replace("{number}", "1")
            url = re_sub_ids(url) + "?filter=a%00b"
            if "tokens" in (op.get("tags") or []):
                response = browser.open(url, method=method.upper(), data={"csrf_token": csrf})
            else:
                response = api.open(url, method=method.upper(), headers={"Authorization": f"Bearer {token}"})
            content = response_spec.get("content", {})
            kind = response.content_type.split(";")[0]
            if response.status_code != 400 or kind not in content:
                wrong.append(f"{label}: {response.status_code} {kind}, documented 400 {sorted(content)}")
                continue
            schema = content[kind].get("schema", {})
            if "$ref" in schema:
                schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
            jsonschema.validate(response.get_json(), schema)
            assert "NUL" in response.get_json()["error"], label
    assert not undocumented, f"operations without a documented 400 in web/openapi.yaml: {undocumented}"
    assert not wrong, "\n".join(wrong)


def re_sub_ids(url: str) -> str:
    """``url`` with each ``{..._id}``/``{call_pk}`` path parameter as 1."""
    import re

    return re.sub(r"\{[a-z_]+\}", "1", url)
