"""Who may open which page, and what each page does with good and bad input."""

from __future__ import annotations

import pytest

from scorecards.schema import load_scorecard

# the bundled default scorecard's version: the one every test world starts with; drafts are the next one
N = load_scorecard("default").version

# (method, path, roles allowed); everyone else gets 403 (signed in) or the sign-in page
ROUTES = [
    ("GET", "/scorecards/", ("admin", "author")),
    ("GET", "/scorecards/new", ("admin", "author")),
    ("GET", "/scorecards/default/edit", ("admin", "author")),
    ("GET", f"/scorecards/default/v{N}", ("admin", "author")),
    ("GET", f"/scorecards/default/diff?a={N}&b={N}", ("admin", "author")),
    ("GET", "/scorecards/default/golden", ("admin", "author")),
    ("GET", "/uploads/", ("admin", "author", "trainer")),
    ("GET", "/dashboards/", ("admin", "author", "trainer", "agent")),
    ("GET", "/api/tokens", ("admin", "author", "trainer", "agent")),
]
USERS = {"admin": "admin", "author": "author", "trainer": "trainer_n", "agent": "agent_a"}


@pytest.mark.parametrize("method,path,allowed", ROUTES)
def test_permissions_per_route_and_role(client, world, sign_in, method, path, allowed):
    anonymous = client.open(path, method=method)
    assert anonymous.status_code == 302 and "/login" in anonymous.headers["Location"]
    for role, username in USERS.items():
        signed_in, _ = sign_in(username)
        response = signed_in.open(path, method=method)
        expected = 200 if role in allowed else 403
        assert response.status_code == expected, (role, path, response.status_code)


def _draft(client, key: str = "default") -> str:
    """The YAML the editor starts from."""
    import html
    import re

    page = client.get(f"/scorecards/{key}/edit").get_data(as_text=True)
    return html.unescape(re.search(r'<textarea id="yaml-text"[^>]*>(.*?)</textarea>', page, re.S).group(1))


def test_validate_gives_the_cli_message(app, world, sign_in, tmp_path):
    import yaml

    from qa_service.scoring import scorecard_for
    from transcription.errors import ScorecardError

    client, token = sign_in("author")
    draft = yaml.safe_load(_draft(client))
    draft["sections"][0]["criteria"][0]["params"]["window_seconds"] = "soon"
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(draft), encoding="utf-8")
    with pytest.raises(ScorecardError) as cli_error:
        scorecard_for(app.config["QA_SETTINGS"], str(path))
    answer = client.post("/scorecards/validate", json={"draft": draft}, headers={"X-CSRFToken": token}).get_json()
    assert answer["ok"] is False and answer["criterion"] == "greeting"
    assert answer["error"] == str(cli_error.value).replace(str(path), "scorecard draft")
    assert "window_seconds" in answer["error"]
    # the YAML view of the same draft, and back
    assert "window_seconds: soon" in answer["yaml"]
    back = client.post("/scorecards/validate", json={"yaml": answer["yaml"]}, headers={"X-CSRFToken": token}).get_json()
    assert back["draft"] == draft and back["error"] == answer["error"]
    draft["sections"][0]["criteria"][0]["params"]["window_seconds"] = 20
    ok = client.post("/scorecards/validate", json={"draft": draft}, headers={"X-CSRFToken": token}).get_json()
    assert ok["ok"] is True and ok["version"] == N + 1 and len(ok["hash"]) == 64
    # without the CSRF header the request is refused
    assert client.post("/scorecards/validate", json={"draft": draft}).status_code == 400
    broken = client.post("/scorecards/validate", json={"yaml": "id: [unclosed"}, headers={"X-CSRFToken": token})
    assert "is not valid YAML at line 1" in broken.get_json()["error"]


def test_editor_lists_every_detector_with_its_parameters(world, sign_in):
    import json
    import re

    from nlp.registry import get_registry

    client, _ = sign_in("author")
    page = client.get("/scorecards/new").get_data(as_text=True)
    data = json.loads(re.search(r'<script type="application/json" id="detectors-data">(.*?)</script>', page, re.S).group(1))
    specs = get_registry().specs()
    assert [d["name"] for d in data] == [s.name for s in specs]
    greeting = next(d for d in data if d["name"] == "greeting.v1")
    window = next(p for p in greeting["params"] if p["name"] == "window_seconds")
    spec = next(s for s in specs if s.name == "greeting.v1")
    assert window["default"] == spec.params["window_seconds"]["default"] is not None
    assert window["description"] and window["type"] == "number"
    assert next(p for p in greeting["params"] if p["name"] == "required")["choices"]


def test_preview_shows_what_changes_criterion_by_criterion(world, sign_in):
    import yaml

    client, token = sign_in("author")
    draft = yaml.safe_load(_draft(client))
    # five agent interruptions are tolerated now: the poor call (three) passes too
    draft["sections"][1]["criteria"][1]["params"]["max_agent_interruptions"] = 5
    response = client.post("/scorecards/preview", data={
        "csrf_token": token, "key": "default", "yaml_text": yaml.safe_dump(draft, sort_keys=False), "last": "5",
    })
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert f"draft v{N + 1} against" in page and f"published v{N}" in page and "on 2 calls" in page
    assert "call-a" in page and "call-b" in page
    assert page.count('badge change-changed') == 1 and "1/2" in page  # changed on one of two calls
    assert "within the 5 allowed" in page
    bad = client.post("/scorecards/preview", data={"csrf_token": token, "key": "default", "yaml_text": "id: x", "last": "5"})
    assert bad.status_code == 422 and "scorecard draft" in bad.get_data(as_text=True)
    too_many = client.post("/scorecards/preview", data={
        "csrf_token": token, "key": "default", "yaml_text": yaml.safe_dump(draft), "last": "5000"})
    assert too_many.status_code == 422 and "between 1 and 50" in too_many.get_data(as_text=True)


def test_golden_calls_gate_publishing_and_override_is_audited(world, sign_in, settings):
    import yaml
    from sqlalchemy import select

    from qa_service.db.models import AuditEntry, GoldenCall, ScorecardVersion
    from qa_service.db.session import session_scope

    client, token = sign_in("author")
    # call-a (a poor call) fails "no interruptions"; the author says that is right
    marked = client.post("/scorecards/default/golden", data={
        "csrf_token": token, "call": str(world["call_a"]), "expect-interruptions": "fail", "expect-empathy": "",
    })
    assert marked.status_code == 302
    wrong = client.post("/scorecards/default/golden", data={"csrf_token": token, "call": str(world["call_a"])})
    assert wrong.status_code == 422 and "at least one criterion" in wrong.get_data(as_text=True)
    draft = yaml.safe_load(_draft(client))
    draft["sections"][1]["criteria"][1]["params"]["max_agent_interruptions"] = 5
    text = yaml.safe_dump(draft, sort_keys=False)
    blocked = client.post("/scorecards/publish", data={"csrf_token": token, "key": "default", "yaml_text": text})
    page = blocked.get_data(as_text=True)
    assert blocked.status_code == 409 and "Publishing blocked" in page and "0%" in page
    assert "expected Fail, got Pass" in page and "No interruptions below 90%" in page
    published = client.post("/scorecards/publish", data={
        "csrf_token": token, "key": "default", "yaml_text": text, "override_reason": "interruptions tolerated on purpose",
    })
    assert published.status_code == 302 and published.headers["Location"].endswith(f"/scorecards/default/v{N + 1}")
    with session_scope(settings) as s:
        versions = s.scalars(select(ScorecardVersion.version)).all()
        assert sorted(versions) == [N, N + 1]
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "scorecard.publish_override"))
        assert entry.details["override_reason"] == "interruptions tolerated on purpose"
        assert entry.details["golden_agreement"] == 0.0 and entry.user_id == world["users"]["author"]
        assert s.scalar(select(GoldenCall)).expected == {"interruptions": "fail"}
    # versions are immutable: publishing the same version again is refused with what to do
    again = client.post("/scorecards/publish", data={"csrf_token": token, "key": "default", "yaml_text": text,
                                                     "override_reason": "x"})
    assert again.status_code == 422 and f"identical to the published version {N + 1}" in again.get_data(as_text=True)
    draft["pass_mark"] = 75
    taken = client.post("/scorecards/publish", data={"csrf_token": token, "key": "default",
                                                     "yaml_text": yaml.safe_dump(draft), "override_reason": "x"})
    assert taken.status_code == 422 and f"version: {N + 1} is already taken" in taken.get_data(as_text=True)
    assert f"set version to {N + 2}" in taken.get_data(as_text=True)
    diff = client.get(f"/scorecards/default/diff?a={N}&b={N + 1}").get_data(as_text=True)
    assert "interruptions" in diff and "max_agent_interruptions" in diff and 'class="del"' in diff and 'class="add"' in diff


def test_publish_with_rescore_scores_past_calls(world, sign_in, settings):
    import yaml
    from sqlalchemy import func, select

    from qa_service.db.models import EvaluationRecord, ScorecardVersion
    from qa_service.db.session import session_scope

    client, token = sign_in("author")
    draft = yaml.safe_load(_draft(client))
    draft["pass_mark"] = 70
    response = client.post("/scorecards/publish", data={
        "csrf_token": token, "key": "default", "yaml_text": yaml.safe_dump(draft), "rescore": "1"})
    assert response.status_code == 302 and "/uploads/batches/" in response.headers["Location"]
    progress = client.get(response.headers["Location"].replace("/batches/", "/batches/").rstrip("/") + "/progress.json")
    data = progress.get_json()
    assert data["kind"] == "rescore" and data["done"] and data["scored"] == 2 and data["version"] == N + 1
    with session_scope(settings) as s:
        new = s.scalar(select(ScorecardVersion).where(ScorecardVersion.version == N + 1))
        scored = select(func.count()).select_from(EvaluationRecord).where(EvaluationRecord.scorecard_version_id == new.id)
        assert s.scalar(scored) == 2
        # the re-scored evaluations are the calls' current ones; the dashboards count each call once
        current = select(EvaluationRecord.scorecard_version_id).where(EvaluationRecord.is_current.is_(True))
        assert set(s.scalars(current)) == {new.id}
    listing = client.get("/calls").get_data(as_text=True)
    assert listing.count('class="call-row"') == 2
    assert listing.count(f'data-call="{world["call_a"]}"') == 1 and listing.count(f'data-call="{world["call_b"]}"') == 1
    assert f"default v{N + 1}" in listing and f"default v{N} ·" not in listing


def test_batch_upload_scores_files_and_lists_failures(world, sign_in, settings, factories, tmp_path):
    import io
    import json

    from sqlalchemy import select

    from qa_service.db.models import CallRecord
    from qa_service.db.session import session_scope

    client, token = sign_in("trainer_n")
    page = client.get("/uploads/").get_data(as_text=True)
    import re

    version_id = re.search(r'<option value="(\d+)">Customer service essentials', page).group(1)
    good = factories.sample_data(factories.GOOD_SAMPLE) | {"call_id": "uploaded-1"}
    other = factories.sample_data(factories.POOR_SAMPLE) | {"call_id": "uploaded-2"}
    files = [
        (io.BytesIO(json.dumps(good).encode()), "../../etc/uploaded 1.json"),
        (io.BytesIO(json.dumps(other).encode()), "uploaded-2.json"),
        (io.BytesIO(b"{not json"), "broken.json"),
        (io.BytesIO(b"MZ..."), "virus.exe"),
        (io.BytesIO(b"x" * 1_200_000), "huge.vtt"),
    ]
    response = client.post("/uploads/", data={
        # a trainer uploads calls of the agents of their teams (trainer_n: AG-A)
        "csrf_token": token, "scorecard_version": version_id, "agent": "AG-A", "files": files,
    }, content_type="multipart/form-data")
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    batch_url = response.headers["Location"]
    data = client.get(batch_url + "/progress.json").get_json()
    assert data["total"] == 5 and data["scored"] == 2 and data["failed"] == 3 and data["done"]
    reasons = {f["file"]: f["reason"] for f in data["failures"]}
    assert "not valid JSON" in reasons["broken.json"]
    assert reasons["virus.exe"].startswith("not a transcript or recording") and ".wav" in reasons["virus.exe"]
    assert "larger than the 1 MB limit" in reasons["huge.vtt"]
    html_page = client.get(batch_url).get_data(as_text=True)
    assert "broken.json" in html_page and "Failures" in html_page
    uploads = settings.data_path / "uploads"
    stored = sorted(p.name for p in uploads.rglob("*") if p.is_file())
    assert stored == ["broken.json", "uploaded-2.json", "uploaded_1.json"]  # safe names only
    assert not (settings.data_path / "etc").exists()
    with session_scope(settings) as s:
        assert {"uploaded-1", "uploaded-2"} <= set(s.scalars(select(CallRecord.call_id)))
    too_much = client.post("/uploads/", data={"csrf_token": token, "scorecard_version": version_id,
                                              "files": [(io.BytesIO(b"x" * 6_000_000), "big.wav")]},
                           content_type="multipart/form-data", follow_redirects=True)
    assert "larger than 5 MB in all" in too_much.get_data(as_text=True)
    empty = client.post("/uploads/", data={"csrf_token": token, "scorecard_version": version_id},
                        content_type="multipart/form-data")
    assert empty.status_code == 422 and "choose at least one" in empty.get_data(as_text=True)


def test_dashboard_figures_and_json(world, sign_in):
    client, _ = sign_in("admin")
    page = client.get("/dashboards/?from=2000-01-01&by=agent")
    html_page = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Alice Agent" in html_page and "Bob Agent" in html_page and "<svg" in html_page
    assert "Criteria failed most often" in html_page and "Pass rate per criterion and week" in html_page
    data = client.get("/dashboards/?from=2000-01-01&by=agent&format=json").get_json()
    assert data["evaluations"] == 2 and {g["group"] for g in data["groups"]} == {"Alice Agent", "Bob Agent"}
    bad = client.get("/dashboards/?by=planet&from=yesterday").get_data(as_text=True)
    assert "by &#39;planet&#39; is not one of team, agent" in bad and "is not a date" in bad
    # an agent's dashboard covers only their own calls
    agent_client, _ = sign_in("agent_a")
    mine = agent_client.get("/dashboards/?from=2000-01-01&by=agent&format=json").get_json()
    assert mine["evaluations"] == 1 and [g["group"] for g in mine["groups"]] == ["Alice Agent"]


def test_new_scorecard_from_the_skeleton_and_preview_on_chosen_calls(world, sign_in, settings):
    import html
    import re

    import yaml
    from sqlalchemy import select

    from qa_service.db.models import ScorecardRecord
    from qa_service.db.session import session_scope

    client, token = sign_in("admin")
    page = client.get("/scorecards/new").get_data(as_text=True)
    draft = yaml.safe_load(html.unescape(re.search(r'<textarea id="yaml-text"[^>]*>(.*?)</textarea>', page, re.S).group(1)))
    draft.update(id="collections", name="Collections calls")
    text = yaml.safe_dump(draft, sort_keys=False)
    preview = client.post("/scorecards/preview", data={
        "csrf_token": token, "yaml_text": text, "call": [str(world["call_b"])]})
    body = preview.get_data(as_text=True)
    assert preview.status_code == 200 and "nothing published yet" in body and "on 1 call" in body
    assert "call-b" in body and "call-a" not in body.split('id="preview"')[1]
    missing = client.post("/scorecards/preview", data={"csrf_token": token, "yaml_text": text, "call": ["9999"]})
    assert missing.status_code == 422 and "#9999 are not stored" in missing.get_data(as_text=True)
    published = client.post("/scorecards/publish", data={"csrf_token": token, "yaml_text": text})
    assert published.status_code == 302 and published.headers["Location"].endswith("/scorecards/collections/v1")
    with session_scope(settings) as s:
        row = s.scalar(select(ScorecardRecord).where(ScorecardRecord.key == "collections"))
        assert row.name == "Collections calls" and row.versions[0].created_by_id == world["users"]["admin"]
    listing = client.get("/scorecards/").get_data(as_text=True)
    assert "Collections calls" in listing and "Customer service essentials" in listing
