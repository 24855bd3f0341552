"""What users see of the evaluation lifecycle: one row per call after a re-score in every list,
the API and the dashboards; agents' trends over every evaluated call; calls without a start time
dated by their arrival."""

from __future__ import annotations

import copy
import re

from sqlalchemy import select


def _rescore_everything(settings) -> int:  # noqa: ANN001
    """Score every stored call again with a new version of the default scorecard; returns its number."""
    from qa_service import lifecycle, scorecard_versions
    from qa_service.calls import load_call
    from qa_service.db.models import CallRecord
    from qa_service.db.session import session_scope
    from scorecards.engine import score_call
    from scorecards.schema import load_scorecard, scorecard_from_dict

    data = copy.deepcopy(load_scorecard("default").to_dict())
    data["version"] += 1
    data["pass_mark"] = 60
    with session_scope(settings) as s:
        version = scorecard_versions.register_scorecard(s, scorecard_from_dict(data, "<next version>"))
        card = scorecard_versions.scorecard_for_version(version)
        for record in s.scalars(select(CallRecord)):
            lifecycle.store_result(s, record, version, score_call(load_call(record), card))
    return data["version"]


def test_after_a_rescore_every_view_shows_each_call_once(world, settings, factories, app):
    from qa_service import accounts
    from qa_service.db.models import User
    from qa_service.db.session import session_scope

    new = _rescore_everything(settings)
    with session_scope(settings) as s:
        _, token = accounts.create_api_token(s, s.scalar(select(User).where(User.username == "admin")), "t")
    admin, agent = app.test_client(), app.test_client()
    factories.login(admin, "admin")
    factories.login(agent, "agent_a")

    listing = admin.get("/calls").get_data(as_text=True)
    assert listing.count('class="call-row"') == 2 and listing.count(f"default v{new}") == 2
    api = admin.get("/api/v1/evaluations", headers={"Authorization": f"Bearer {token}"}).get_json()
    assert api["total"] == 2 and {i["version"] for i in api["items"]} == {new}
    board = admin.get("/dashboards/?from=2000-01-01&format=json").get_json()
    assert board["evaluations"] == 2
    export = admin.get("/api/v1/evaluations/export?format=csv&from=2000-01-01",
                       headers={"Authorization": f"Bearer {token}"}).get_data(as_text=True)
    assert len(export.strip().splitlines()) == 3
    home = agent.get("/me").get_data(as_text=True)
    assert "1 scored call" in home and home.count("call-a</a>") == 1
    earlier = admin.get(f"/api/v1/evaluations/{world['eval_a']}", headers={"Authorization": f"Bearer {token}"})
    assert earlier.get_json()["evaluation"]["is_current"] is False and earlier.get_json()["version"] == new - 1
    # the earlier evaluation is still there, one click away
    page = admin.get(f"/calls/{world['call_a']}").get_data(as_text=True)
    assert re.search(rf'<option value="{world["eval_a"]}"\s*>\s*default v{new - 1}', page)
    assert f"default v{new} (current)" in page
    old = admin.get(f"/calls/{world['call_a']}?evaluation={world['eval_a']}").get_data(as_text=True)
    assert 'id="history-notice"' in old and "Save override" not in old
    # and closed to review work
    token_page = admin.get(f"/calls/{world['call_a']}").get_data(as_text=True)
    csrf = re.search(r'name="csrf-token" content="([^"]+)"', token_page).group(1)
    refused = admin.post(f"/calls/{world['call_a']}/evaluations/{world['eval_a']}/override",
                         data={"csrf_token": csrf, "criterion": "greeting", "outcome": "pass", "reason": "x"})
    assert refused.status_code == 403 and "kept as history" in refused.get_data(as_text=True)


def test_agent_trends_count_every_evaluated_call(world, settings, factories, app):
    """Agent A fails the greeting on 5 of 7 calls, two of them without a start time: the trend says 29 %."""
    from qa_service.db.models import Agent, EvaluationRecord
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        agent = s.get(Agent, world["agent_a"])
        for i in range(4):
            factories.make_scored_call(s, factories.POOR_SAMPLE, call_id=f"poor-{i}", agent=agent,
                                       started_at=None if i < 2 else f"2026-05-0{i}T10:00:00Z", undated=i < 2)
        for i in range(2):
            factories.make_scored_call(s, factories.GOOD_SAMPLE, call_id=f"good-{i}", agent=agent,
                                       started_at=f"2026-06-0{i + 1}T10:00:00Z")
        outcomes = [c.outcome for ev in s.scalars(select(EvaluationRecord)) for c in ev.criteria
                    if c.criterion_id == "greeting" and ev.call.agent_id == agent.id]
    assert len(outcomes) == 7 and outcomes.count("fail") == 5, outcomes
    client = app.test_client()
    factories.login(client, "agent_a")
    home = client.get("/me").get_data(as_text=True)
    assert "7 scored calls" in home
    assert re.search(r"Proper greeting \(29%\)", home), re.findall(r"Proper greeting \([^)]*\)", home)


def test_calls_without_a_start_time_show_on_the_default_dashboard(world, settings, factories, app):
    from qa_service.db.models import Agent
    from qa_service.db.session import session_scope

    client = app.test_client()
    factories.login(client, "admin")
    # the world's calls carry their start in March: outside the default twelve weeks
    assert client.get("/dashboards/?format=json").get_json()["evaluations"] == 0
    with session_scope(settings) as s:
        record, _ = factories.make_scored_call(s, factories.GOOD_SAMPLE, call_id="imported", undated=True,
                                               agent=s.get(Agent, world["agent_b"]))
        assert record.started_at is None
    board = client.get("/dashboards/?format=json").get_json()
    assert board["evaluations"] == 1
    listing = client.get("/calls").get_data(as_text=True)
    assert "(received)" in listing


def test_service_refusals_are_answered_once_404_403_400(world, factories, app):
    """NotFound, Forbidden and Invalid from the service become 404, 403 and 400 (JSON for fetch and the
    API, a flash message on the form's page for a browser form)."""
    client = app.test_client()
    factories.login(client, "trainer_n")
    csrf = factories.csrf_token(client, f"/calls/{world['call_a']}")
    url = f"/calls/{world['call_a']}/evaluations/{world['eval_a']}/override"
    as_json = {"Accept": "application/json"}
    blank = client.post(url, data={"csrf_token": csrf, "criterion": "greeting", "outcome": "pass", "reason": " "},
                        headers=as_json)
    assert blank.status_code == 400 and "needs a reason" in blank.get_json()["error"]
    form = client.post(url, data={"csrf_token": csrf, "criterion": "greeting", "outcome": "maybe", "reason": "x"})
    assert form.status_code == 302 and form.headers["Location"].endswith(f"evaluation={world['eval_a']}#criterion-greeting")
    assert "is not one of pass, fail, na" in client.get(form.headers["Location"]).get_data(as_text=True)
    # another call's evaluation, and another team's call, do not exist for this trainer
    other = client.post(f"/calls/{world['call_a']}/evaluations/{world['eval_b']}/override",
                        data={"csrf_token": csrf, "criterion": "greeting", "outcome": "pass", "reason": "x"},
                        headers=as_json)
    assert other.status_code == 404 and f"no evaluation #{world['eval_b']}" in other.get_json()["error"]
    assert client.get(f"/calls/{world['call_b']}").status_code == 404
    assert client.get(f"/calls/{world['call_a']}?evaluation={world['eval_b']}").status_code == 404
