"""The calibration and review-queue pages: the blind form hides the machine's and the other evaluators'
answers, results and exports only for those who may see them, agents kept out, queues per trainer."""

from __future__ import annotations

import csv
import io
import re

import pytest
from sqlalchemy import select

from qa_service.db.models import CalibrationAnswer, CalibrationSession, EvaluationRecord, ReviewQueueItem


def _token(client, path):  # noqa: ANN001, ANN202
    html = client.get(path, follow_redirects=True).get_data(as_text=True)
    return re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)


def _as(client, factories, username):  # noqa: ANN001, ANN202
    client.post("/logout", data={"csrf_token": _token(client, "/login")})
    assert factories.login(client, username).status_code == 302
    return client


def _criteria(session, evaluation_id):  # noqa: ANN001, ANN202
    return session.get(EvaluationRecord, evaluation_id).result["criteria"]


@pytest.fixture
def cal(client, factories, world, session):
    """Admin leads a session on call-a with trainer_n and the author as evaluators; returns its id."""
    _as(client, factories, "admin")
    token = _token(client, "/calibration/new")
    version = session.get(EvaluationRecord, world["eval_a"]).scorecard_version_id
    response = client.post("/calibration", data={
        "csrf_token": token, "title": "Week 48", "version": version, "calls": [world["call_a"]],
        "evaluators": [world["users"]["trainer_n"], world["users"]["author"]]})
    assert response.status_code == 302, response.get_data(as_text=True)
    assert re.search(r"/calibration/\d+$", response.headers["Location"]), client.get(response.headers["Location"]).get_data(as_text=True)
    session.commit()  # a new read transaction sees what the app wrote
    return session.scalar(select(CalibrationSession.id))


def _answer_all(client, session, world, cal_id, outcome, comment=""):  # noqa: ANN001, ANN202
    cc = session.get(CalibrationSession, cal_id).calls[0].id
    data = {"csrf_token": _token(client, f"/calibration/{cal_id}/calls/{cc}")}
    for c in _criteria(session, world["eval_a"]):
        data[f"outcome-{c['id']}"] = outcome
        data[f"comment-{c['id']}"] = comment
    return client.post(f"/calibration/{cal_id}/calls/{cc}", data=data)


def test_blind_form_hides_the_machine_and_the_other_evaluators(client, factories, world, session, cal):
    _as(client, factories, "author")
    assert _answer_all(client, session, world, cal, "fail", "author-only remark").status_code == 302
    _as(client, factories, "trainer_n")
    cc = session.get(CalibrationSession, cal).calls[0].id
    html = client.get(f"/calibration/{cal}/calls/{cc}").get_data(as_text=True)
    assert "Blind scoring" in html and 'id="blind-form"' in html
    criteria = _criteria(session, world["eval_a"])
    for c in criteria:
        assert f'name="outcome-{c["id"]}"' in html
        assert c["explanation"] not in html
        for e in c.get("evidence", []):
            if e.get("note"):
                assert e["note"] not in html
    # nothing of the machine's verdict or the other evaluator's answers: no badges, no score, no checked radio
    assert "badge-fail" not in html and "badge-pass" not in html and "checked" not in html
    assert "author-only remark" not in html
    assert "score-number" not in html and "automatic" not in html.lower()
    # and the results stay hidden from an evaluator while the session is open
    page = client.get(f"/calibration/{cal}").get_data(as_text=True)
    assert 'id="results-hidden"' in page and 'id="criteria-table"' not in page
    assert client.get(f"/calibration/{cal}/results.csv").status_code == 403


def test_lead_sees_results_and_exports(client, factories, world, session, cal):
    _as(client, factories, "author")
    _answer_all(client, session, world, cal, "pass")
    _as(client, factories, "trainer_n")
    response = _answer_all(client, session, world, cal, "pass", "fine")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/calibration/{cal}")
    session.commit()
    n = len(_criteria(session, world["eval_a"]))
    assert len(session.scalars(select(CalibrationAnswer)).all()) == 2 * n
    _as(client, factories, "admin")
    page = client.get(f"/calibration/{cal}").get_data(as_text=True)
    assert 'id="criteria-table"' in page and 'id="evaluator-table"' in page and 'id="splits"' in page
    rows = list(csv.DictReader(io.StringIO(client.get(f"/calibration/{cal}/results.csv").get_data(as_text=True))))
    assert len(rows) == 2 * n and {r["outcome"] for r in rows} == {"pass"}
    data = client.get(f"/calibration/{cal}/results.json").get_json()
    assert data["session"]["title"] == "Week 48" and len(data["criteria"]) == n
    # every criterion the machine did not pass is a split against the unanimous pass
    failed = {c["id"] for c in _criteria(session, world["eval_a"]) if c["outcome"] != "pass"}
    assert {s["criterion"] for s in data["splits"]} == {c["label"] for c in _criteria(session, world["eval_a"])
                                                      if c["id"] in failed}
    token = _token(client, f"/calibration/{cal}")
    assert client.post(f"/calibration/{cal}/close", data={"csrf_token": token}).status_code == 302
    _as(client, factories, "trainer_n")
    assert 'id="criteria-table"' in client.get(f"/calibration/{cal}").get_data(as_text=True)
    alignment = client.get("/calibration/alignment").get_data(as_text=True)
    assert "Week 48" in alignment and "Nora Trainer" in alignment


def test_access_to_calibration(client, factories, world, session, cal):
    _as(client, factories, "agent_a")
    assert client.get("/calibration").status_code == 403
    assert client.get(f"/calibration/{cal}").status_code == 403
    assert "Calibration" not in client.get("/agent").get_data(as_text=True).split("</nav>")[0]
    _as(client, factories, "trainer_s")
    assert client.get(f"/calibration/{cal}").status_code == 404
    assert "Week 48" not in client.get("/calibration").get_data(as_text=True)
    # a trainer may not pick an evaluator who cannot see the call
    token = _token(client, "/calibration/new")
    version = session.get(EvaluationRecord, world["eval_b"]).scorecard_version_id
    response = client.post("/calibration", data={
        "csrf_token": token, "title": "x", "version": version, "calls": [world["call_b"]],
        "evaluators": [world["users"]["trainer_s"], world["users"]["trainer_n"]]}, follow_redirects=True)
    assert "may not see call" in response.get_data(as_text=True)
    _as(client, factories, "author")
    assert client.get("/calibration/new").status_code == 403  # authors evaluate but do not lead


def test_queue_pages_fill_now_and_progress(client, factories, world, session):
    _as(client, factories, "trainer_n")
    html = client.get("/queues").get_data(as_text=True)
    north = re.search(r'<option value="(\d+)">North</option>', html).group(1)
    assert "South" not in html.split('id="new-queue"')[1]
    response = client.post("/queues", data={
        "csrf_token": _token(client, "/queues"), "name": "Random", "team": north, "rule": "random",
        "per_agent": "3", "trainers": [world["users"]["trainer_n"]]})
    assert response.status_code == 302
    queue_url = response.headers["Location"]
    session.commit()  # a new read transaction sees what the app wrote
    # the bundled call is dated in its own week, not this one: fill that week explicitly through the service
    from qa_service import review_queues
    from qa_service.db.models import CallRecord, ReviewQueue

    queue = session.scalar(select(ReviewQueue))
    review_queues.fill(session, queue, weeks=[session.get(CallRecord, world["call_a"]).dated_at])
    session.commit()
    page = client.get(queue_url).get_data(as_text=True)
    assert "call-a" in page and "0 / 1 reviewed" in page and "random" in page
    assert client.post(f"{queue_url}/fill", data={"csrf_token": _token(client, queue_url)}).status_code == 302
    session.commit()  # a new read transaction sees what the app wrote
    assert len(session.scalars(select(ReviewQueueItem)).all()) == 1
    item = session.scalar(select(ReviewQueueItem))
    response = client.post(f"{queue_url}/items/{item.id}/reviewed", data={"csrf_token": _token(client, queue_url)})
    assert response.status_code == 302
    assert "1 / 1 reviewed" in client.get(queue_url).get_data(as_text=True)
    session.commit()  # a new read transaction sees what the app wrote
    assert session.get(EvaluationRecord, world["eval_a"]).review_state == "completed"
    # other teams' trainers and agents do not see it
    _as(client, factories, "trainer_s")
    assert client.get(queue_url).status_code == 404
    _as(client, factories, "agent_a")
    assert client.get("/queues").status_code == 403
