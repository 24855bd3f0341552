"""The review actions behind the review page, without a browser: reopening a review, the review
summary, accepting a dispute with a chosen outcome, notes answered with their criterion's label,
labels in the list's filter and the disputes list, the agents' dashboard, the timeline's playhead."""

from __future__ import annotations

import pytest
from sqlalchemy import select


def _eval(s, world):  # noqa: ANN001, ANN202
    from qa_service.db.models import EvaluationRecord

    return s.get(EvaluationRecord, world["eval_a"])


def _user(s, world, name: str):  # noqa: ANN001, ANN202
    from qa_service.db.models import User

    return s.get(User, world["users"][name])


def _shared_with_dispute(settings, world, criterion: str = "closing") -> int:  # noqa: ANN001
    from qa_service import reviews
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        ev = _eval(s, world)
        reviews.share_review(s, ev, user=_user(s, world, "trainer_n"))
        reviews.acknowledge(s, ev, _user(s, world, "agent_a"))
        return reviews.open_dispute(s, ev, criterion, user=_user(s, world, "agent_a"), comment="It was there").id


def test_reopen_takes_a_shared_review_back_and_withdraws_the_acknowledgement(settings, world):
    from qa_service import reviews
    from qa_service.db.models import AuditEntry
    from qa_service.db.session import session_scope
    from qa_service.errors import Invalid

    with session_scope(settings) as s:
        with pytest.raises(Invalid, match=r"is pending, not completed or shared; only a completed or shared"):
            reviews.reopen_review(s, _eval(s, world), user=_user(s, world, "trainer_n"))
    _shared_with_dispute(settings, world)
    with session_scope(settings) as s:
        ev = _eval(s, world)
        assert ev.acknowledgements and ev.shared_at is not None
        reviews.reopen_review(s, ev, user=_user(s, world, "trainer_n"))
    with session_scope(settings) as s:
        ev = _eval(s, world)
        assert (ev.review_state, ev.shared_at, list(ev.acknowledgements)) == ("in_review", None, [])
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "evaluation.reopen"))
        assert entry.details == {"acknowledgements_withdrawn": ["agent_a"]}
        # sharing again shows it to the agent as new
        reviews.share_review(s, ev, user=_user(s, world, "trainer_n"))
        assert ev.review_state == "shared" and ev.shared_at is not None


def test_review_summary_is_kept_limited_and_carried(settings, world):
    from qa_service import reviews
    from qa_service.db.models import EvaluationRecord
    from qa_service.db.session import session_scope
    from qa_service.errors import Invalid

    with session_scope(settings) as s:
        ev = _eval(s, world)
        reviews.set_summary(s, ev, "  Good recovery; greet properly.  ", user=_user(s, world, "trainer_n"))
        assert ev.review_summary == "Good recovery; greet properly." and ev.review_state == "in_review"
        with pytest.raises(Invalid, match=r"has 4001 characters; keep it to 4000"):
            reviews.set_summary(s, ev, "x" * 4001, user=_user(s, world, "trainer_n"))
        other = s.get(EvaluationRecord, world["eval_b"])
        reviews.carry_review(s, ev, other, unchanged=[], keep_state=False, note="re-scored")
        assert other.review_summary == "Good recovery; greet properly."
        reviews.set_summary(s, ev, "", user=_user(s, world, "trainer_n"))
        assert ev.review_summary is None


def test_accepting_a_dispute_takes_the_chosen_outcome_and_must_change_it(settings, world, client, factories):
    from qa_service import reviews
    from qa_service.db.models import CriterionResultRecord, Dispute
    from qa_service.db.session import session_scope
    from qa_service.errors import Invalid

    dispute_id = _shared_with_dispute(settings, world)
    with session_scope(settings) as s:
        with pytest.raises(Invalid, match=r"'closing' is already fail; accepting dispute #\d+ must change its outcome"):
            reviews.resolve_dispute(s, s.get(Dispute, dispute_id), decision="accept", outcome="fail",
                                    user=_user(s, world, "trainer_n"), comment="ok")
    factories.login(client, "trainer_n")
    token = factories.csrf_token(client, f"/calls/{world['call_a']}")
    response = client.post(f"/calls/{world['call_a']}/disputes/{dispute_id}/resolve",
                           data={"csrf_token": token, "decision": "accept", "outcome": "na", "comment": "Dropped call"})
    assert response.status_code == 302 and response.headers["Location"].endswith("#criterion-closing")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Dispute accepted: Proper closing is now N/A" in page
    with session_scope(settings) as s:
        row = s.scalar(select(CriterionResultRecord).where(CriterionResultRecord.evaluation_id == world["eval_a"],
                                                           CriterionResultRecord.criterion_id == "closing"))
        assert row.outcome == "na" and s.get(Dispute, dispute_id).status == "accepted"


def test_reopen_and_summary_routes(settings, world, client, factories):
    from qa_service.db.session import session_scope

    factories.login(client, "trainer_n")
    base = f"/calls/{world['call_a']}/evaluations/{world['eval_a']}"
    token = factories.csrf_token(client, f"/calls/{world['call_a']}")
    # reopening a review that was never shared goes back to the page with the reason
    response = client.post(f"{base}/reopen", data={"csrf_token": token}, follow_redirects=True)
    assert "only a completed or shared review can be reopened" in response.get_data(as_text=True)
    client.post(f"{base}/summary", data={"csrf_token": token, "summary": "Work on the close."})
    client.post(f"{base}/complete", data={"csrf_token": token})
    page = client.post(f"{base}/reopen", data={"csrf_token": token}, follow_redirects=True).get_data(as_text=True)
    assert "Review reopened" in page and "Work on the close." in page and 'id="complete-review"' in page
    with session_scope(settings) as s:
        assert _eval(s, world).review_state == "in_review"
    # agents may not reopen
    agent = client.application.test_client()
    factories.login(agent, "agent_a")
    agent_token = factories.csrf_token(agent, "/me")
    assert agent.post(f"{base}/reopen", data={"csrf_token": agent_token}).status_code in (403, 404)


def test_a_note_comes_back_with_its_criterions_label(world, client, factories):
    factories.login(client, "trainer_n")
    token = factories.csrf_token(client, f"/calls/{world['call_a']}")
    response = client.post(f"/calls/{world['call_a']}/notes", headers={"Accept": "application/json"},
                           data={"csrf_token": token, "evaluation": world["eval_a"], "text": "Say sorry",
                                 "time": "65", "criterion": "empathy"})
    body = response.get_json()
    assert response.status_code == 201, body
    assert (body["criterion"], body["criterion_label"], body["author"]) == ("empathy", "Empathy", "Nora Trainer")


def test_labels_not_ids_in_the_filter_and_the_disputes_list(settings, world, client, factories):
    _shared_with_dispute(settings, world, "greeting")
    factories.login(client, "trainer_n")
    listing = client.get("/calls").get_data(as_text=True)
    assert '<option value="greeting" >Proper greeting</option>' in listing
    disputes = client.get("/calls/disputes").get_data(as_text=True)
    assert "<td>Proper greeting</td>" in disputes and "<td>greeting</td>" not in disputes


def test_the_disputes_list_names_criteria_without_reading_results(settings, world):
    from sqlalchemy import inspect

    from qa_service import call_list
    from qa_service.db.session import session_scope

    _shared_with_dispute(settings, world, "greeting")
    with session_scope(settings) as s:
        (dispute,) = call_list.open_disputes(s, _user(s, world, "trainer_n"))
        # a result is tens of kilobytes of JSON: the list leaves it unloaded and names the criterion from the
        # scorecard version, as the result does
        assert "result" in inspect(dispute.evaluation).unloaded
        assert call_list.dispute_criterion_label(dispute.evaluation, "greeting") == "Proper greeting"
        assert call_list.dispute_criterion_label(dispute.evaluation, "no-such-criterion") == "no-such-criterion"
        assert "result" in inspect(dispute.evaluation).unloaded


def test_the_agents_dashboard_has_no_trainer_tables(world, client, factories):
    factories.login(client, "trainer_n")
    assert "AI vs trainer agreement" in client.get("/dashboards/?from=2020-01-01").get_data(as_text=True)
    agent = client.application.test_client()
    factories.login(agent, "agent_a")
    page = agent.get("/dashboards/?from=2020-01-01").get_data(as_text=True)
    assert "Criteria failed most often" in page
    assert "AI vs trainer agreement" not in page and 'id="f-by"' not in page
    assert "/calls?failed=" not in page  # agents cannot open the call list
    # nor in the JSON of the page or the API: the agreement is a trainers' figure
    assert client.get("/dashboards/?from=2020-01-01&format=json").get_json()["agreement_basis"] is not None
    for url in ("/dashboards/?from=2020-01-01&format=json", "/api/v1/dashboard?from=2020-01-01"):
        data = agent.get(url).get_json()
        assert (data["agreement"], data["agreement_basis"]) == ([], None), url
        assert data["evaluations"] >= 1


def test_timeline_carries_its_axis_and_a_playhead():
    from web.charts import call_timeline

    svg = str(call_timeline([{"speaker": "agent", "start": 0.0, "end": 5.0, "index": 0}], 100.0,
                            notes=[(3725.0, "late")]))
    assert 'data-x0="86.0" data-x1="690.0" data-duration="100.00"' in svg
    assert '<line class="playhead" x1="86.0"' in svg
    # one time format: h:mm:ss from an hour
    assert "Note at 1:02:05: late" in svg


def test_moments_in_detector_texts_read_m_ss_and_lengths_stay_seconds():
    from qa_service.review_page import clock_times

    assert clock_times("The agent interrupted 4 time(s), first at 38.3 s (the customer kept talking 1.5 s)") == \
        "The agent interrupted 4 time(s), first at 0:38 (the customer kept talking 1.5 s)"
    assert clock_times("25 s hold from 18.6 s; missing: thanks") == "25 s hold from 0:19; missing: thanks"
    assert clock_times("agent started at 3725 s") == "agent started at 1:02:05"
    assert clock_times(None) == ""


def test_the_review_page_shows_moments_as_m_ss(world, client, factories):
    factories.login(client, "trainer_n")
    page = client.get(f"/calls/{world['call_a']}").get_data(as_text=True)
    assert "first at 0:38" in page and "first at 38.3 s" not in page
