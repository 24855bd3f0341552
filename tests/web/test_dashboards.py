"""The dashboard page and its JSON, as a web process keeps them (qa_service.analytics.dashboard_for):
the same figures until something changes, fresh figures right after an override or a review step made
through the review page, and after an agent moves team."""

from __future__ import annotations


def _board(client, by: str = "agent") -> dict:  # noqa: ANN001
    response = client.get(f"/dashboards/?by={by}&from=2020-01-01&format=json")
    assert response.status_code == 200
    return response.get_json()


def _computed(settings, username: str, by: str = "agent") -> dict:  # noqa: ANN001
    """The figures computed from the database now, nothing kept."""
    from datetime import datetime, timezone

    from sqlalchemy import select

    from qa_service import analytics, call_list
    from qa_service.db.models import User
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        user = s.scalar(select(User).where(User.username == username))
        filters = call_list.CallFilters(since=datetime(2020, 1, 1, tzinfo=timezone.utc))
        return analytics.dashboard_for(s, user, filters, by=by, cached=False).to_dict()


def _without_errors(board: dict) -> dict:
    return {k: v for k, v in board.items() if k != "errors"}


def test_the_dashboard_changes_right_after_an_override_and_a_review(settings, world, client, factories):
    factories.login(client, "trainer_n")
    first = _board(client)
    assert _board(client) == first and _without_errors(first) == _computed(settings, "trainer_n")
    assert first["agreement_basis"]["evaluations"] == 0

    # the trainer overrides a criterion of their agent's call on the review page
    call, ev = world["call_a"], world["eval_a"]
    token = factories.csrf_token(client, f"/calls/{call}")
    from qa_service.db.models import CriterionResultRecord
    from qa_service.db.session import session_scope
    from sqlalchemy import select

    with session_scope(settings) as s:
        row = s.scalar(select(CriterionResultRecord).where(CriterionResultRecord.evaluation_id == ev,
                                                           CriterionResultRecord.outcome == "fail",
                                                           CriterionResultRecord.max_points > 0))
        criterion = row.criterion_id
    response = client.post(f"/calls/{call}/evaluations/{ev}/override",
                           data={"criterion": criterion, "outcome": "pass", "reason": "heard it", "csrf_token": token})
    assert response.status_code in (302, 303)
    after = _board(client)
    assert after["mean_score"] > first["mean_score"]
    assert after["agreement_basis"]["evaluations"] == 1
    assert _without_errors(after) == _computed(settings, "trainer_n")
    # the HTML page shows the same new mean
    html = client.get("/dashboards/?by=agent&from=2020-01-01").get_data(as_text=True)
    assert f'<span class="kpi-value">{after["mean_score"]:.1f}</span>' in html

    # the other agent's call completed by an admin: one more reviewed call in the admin's agreement basis
    admin = client.application.test_client()
    factories.login(admin, "admin")
    kept = _board(admin)
    assert kept["agreement_basis"]["evaluations"] == 1
    token = factories.csrf_token(admin, f"/calls/{world['call_b']}")
    response = admin.post(f"/calls/{world['call_b']}/evaluations/{world['eval_b']}/complete",
                          data={"csrf_token": token})
    assert response.status_code in (302, 303)
    completed = _board(admin)
    assert completed["agreement_basis"]["evaluations"] == 2
    assert _without_errors(completed) == _computed(settings, "admin")


def test_an_agent_moving_team_changes_the_team_dashboard(settings, world, client, factories):
    from qa_service import accounts
    from qa_service.db.models import Agent
    from qa_service.db.session import session_scope

    factories.login(client, "admin")
    before = {g["group"]: g["evaluations"] for g in _board(client, "team")["groups"]}
    assert before == {"North": 1, "South": 1}
    with session_scope(settings) as s:
        accounts.put_agent_in_team(s, s.get(Agent, world["agent_b"]), accounts.get_or_create_team(s, "North"))
    after = {g["group"]: g["evaluations"] for g in _board(client, "team")["groups"]}
    assert after == {"North": 2}
