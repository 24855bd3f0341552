"""The JSON API: bearer tokens, the UI's visibility rules, exports and the OpenAPI description."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from scorecards.schema import load_scorecard

OPENAPI = Path(__file__).resolve().parents[2] / "web" / "openapi.yaml"


@pytest.fixture
def tokens(settings, world):
    """An API token for each test user."""
    from qa_service import accounts
    from qa_service.db.models import User
    from qa_service.db.session import session_scope

    out = {}
    with session_scope(settings) as s:
        for name, user_id in world["users"].items():
            _, out[name] = accounts.create_api_token(s, s.get(User, user_id), f"{name} test token")
    return out


def _get(client, path, token=None, **kwargs):  # noqa: ANN001, ANN202
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.get(path, headers=headers, **kwargs)


def test_openapi_description_is_valid_and_covers_every_route(client, app):
    import yaml
    from openapi_spec_validator import validate

    served = client.get("/api/openapi.yaml")
    assert served.status_code == 200 and served.mimetype == "application/yaml"
    spec = yaml.safe_load(served.get_data(as_text=True))
    validate(spec)
    documented = {"/api" + path for path in spec["paths"]}
    routes = {
        rule.rule.replace("<int:", "{").replace("<", "{").replace(">", "}")
        for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/")
    }
    # path parameter names match the description's
    assert routes == {r.replace("{int:", "{") for r in documented}


def test_tokens_are_required_and_checked(client, tokens):
    assert _get(client, "/api/v1/me").status_code == 401
    unknown = _get(client, "/api/v1/me", "qa_not-a-real-token")
    assert unknown.status_code == 401 and "unknown, revoked or expired" in unknown.get_json()["error"]
    assert unknown.headers["WWW-Authenticate"].startswith("Bearer")
    basic = client.get("/api/v1/me", headers={"Authorization": "Basic dXNlcjpwdw=="})
    assert basic.status_code == 401 and "Bearer <token>" in basic.get_json()["error"]
    me = _get(client, "/api/v1/me", tokens["agent_a"]).get_json()
    assert me == {"username": "agent_a", "role": "agent", "display_name": "Alice Agent", "agent": "AG-A"}


def test_revoked_token_stops_working(app, tokens, sign_in, settings):
    from sqlalchemy import select

    from qa_service.db.models import ApiToken
    from qa_service.db.session import session_scope

    client, csrf = sign_in("trainer_n")
    created = client.post("/api/tokens", data={"csrf_token": csrf, "name": "BI export", "days": "30"})
    page = created.get_data(as_text=True)
    assert created.status_code == 200 and "Your new token" in page
    token = page.split('id="new-token">')[1].split("<")[0]
    assert _get(app.test_client(), "/api/v1/me", token).get_json()["username"] == "trainer_n"
    with session_scope(settings) as s:
        row = s.scalar(select(ApiToken).where(ApiToken.name == "BI export"))
        row_id = row.id
        assert row.expires_at is not None and row.token_hash != token
    assert client.post(f"/api/tokens/{row_id}/revoke", data={"csrf_token": csrf}).status_code == 302
    assert _get(app.test_client(), "/api/v1/me", token).status_code == 401
    nameless = client.post("/api/tokens", data={"csrf_token": csrf, "name": ""})
    assert nameless.status_code == 422 and "give the token a name" in nameless.get_data(as_text=True)
    # someone else's token cannot be revoked
    other, other_csrf = sign_in("agent_b")
    assert other.post(f"/api/tokens/{row_id}/revoke", data={"csrf_token": other_csrf}).status_code == 404


def test_agent_token_sees_only_own_calls(client, tokens, world):
    mine = _get(client, "/api/v1/evaluations", tokens["agent_a"]).get_json()
    assert [i["call_id"] for i in mine["items"]] == ["call-a"] and mine["total"] == 1
    assert _get(client, f"/api/v1/evaluations/{world['eval_b']}", tokens["agent_a"]).status_code == 404
    full = _get(client, f"/api/v1/evaluations/{world['eval_a']}", tokens["agent_a"]).get_json()
    assert full["call_id"] == "call-a" and full["evaluation"]["criteria"][0]["evidence"] is not None
    assert full["evaluation"]["is_current"] and full["evaluation"]["models"]["spacy"]
    trainer_s = _get(client, "/api/v1/evaluations", tokens["trainer_s"]).get_json()
    assert [i["call_id"] for i in trainer_s["items"]] == ["call-b"]
    admin = _get(client, "/api/v1/evaluations?sort=score_asc", tokens["admin"]).get_json()
    assert [i["call_id"] for i in admin["items"]] == ["call-a", "call-b"]
    exported = _get(client, "/api/v1/evaluations/export?format=jsonl", tokens["agent_a"])
    lines = [json.loads(line) for line in exported.get_data(as_text=True).splitlines()]
    assert [r["call_id"] for r in lines] == ["call-a"]
    dashboard = _get(client, "/api/v1/dashboard?from=2000-01-01", tokens["agent_b"]).get_json()
    assert dashboard["evaluations"] == 1
    assert _get(client, "/api/v1/batches/1", tokens["agent_a"]).status_code == 403


def test_filters_and_bad_parameters(client, tokens):
    failed = _get(client, "/api/v1/evaluations?result=fail", tokens["admin"]).get_json()
    assert [i["call_id"] for i in failed["items"]] == ["call-a"]
    by_team = _get(client, "/api/v1/evaluations?team=South", tokens["admin"]).get_json()
    assert [i["call_id"] for i in by_team["items"]] == ["call-b"]
    bad = _get(client, "/api/v1/evaluations?result=maybe&per_page=0", tokens["admin"])
    assert bad.status_code == 400 and "result 'maybe' is not one of pass, fail" in bad.get_json()["error"]
    assert _get(client, "/api/v1/evaluations?per_page=0", tokens["admin"]).status_code == 400
    fmt = _get(client, "/api/v1/evaluations/export?format=xlsx", tokens["admin"])
    assert fmt.status_code == 400 and "csv, jsonl" in fmt.get_json()["error"]
    assert _get(client, "/api/v1/dashboard?by=planet", tokens["admin"]).status_code == 400


def test_csv_export_of_a_filtered_list(client, tokens, sign_in):
    response = _get(client, "/api/v1/evaluations/export?format=csv&result=pass", tokens["admin"])
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [r["call_id"] for r in rows] == ["call-b"] and rows[0]["team"] == "South" and rows[0]["passed"] == "True"
    # a signed-in browser downloads the same export with its session (the dashboards' links)
    browser, _ = sign_in("trainer_n")
    via_session = browser.get("/api/v1/evaluations/export?format=csv")
    assert [r["call_id"] for r in csv.DictReader(io.StringIO(via_session.get_data(as_text=True)))] == ["call-a"]


def test_scorecards_detectors_and_batches(client, tokens, sign_in):
    cards = _get(client, "/api/v1/scorecards", tokens["author"]).get_json()["items"]
    bundled = load_scorecard("default").version
    assert cards[0]["id"] == "default" and cards[0]["versions"][0]["version"] == bundled
    version = _get(client, f"/api/v1/scorecards/default/versions/{bundled}", tokens["author"]).get_json()
    assert version["yaml"].startswith("id: default") and version["scorecard"]["pass_mark"] == 80
    assert _get(client, "/api/v1/scorecards/default/versions/9", tokens["author"]).status_code == 404
    detectors = _get(client, "/api/v1/detectors", tokens["author"]).get_json()["items"]
    assert any(d["name"] == "greeting.v1" for d in detectors)
    assert _get(client, "/api/v1/batches/999", tokens["trainer_n"]).status_code == 404


def test_cli_creates_a_token_the_api_accepts(app, settings, world):
    import os
    import shutil
    import subprocess
    import sys

    # the console script beside this interpreter (the venv's bin is not always on PATH)
    beside = os.path.join(os.path.dirname(sys.executable), "qa-service")
    cli = beside if os.path.exists(beside) else shutil.which("qa-service")
    if cli is None:
        pytest.skip("the qa-service console script is not installed (pip install -e .)")
    env = {**os.environ, **settings.to_environ()}
    done = subprocess.run([cli, "users", "token", "agent_b", "--name", "bi", "--days", "7"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    token = done.stdout.strip()
    assert token.startswith("qa_") and "shown once" in done.stderr
    me = app.test_client().get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).get_json()
    assert me["username"] == "agent_b"
    missing = subprocess.run([cli, "users", "token", "nobody"], env=env, capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "no user 'nobody'" in missing.stderr
