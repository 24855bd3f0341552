"""The review workflow through the app: overrides, notes, sharing,
acknowledging and disputing, and what each role sees on the page."""

from __future__ import annotations

import re

from sqlalchemy import func, select


def _post(client, factories, url: str, **data):
    token = factories.csrf_token(client, "/")
    return client.post(url, data={"csrf_token": token, **data})


def _criterion(settings, evaluation_id: int, criterion_id: str):
    from qa_service.db.models import CriterionResultRecord
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        row = s.scalar(select(CriterionResultRecord).where(CriterionResultRecord.evaluation_id == evaluation_id,
                                                     CriterionResultRecord.criterion_id == criterion_id))
        return row.outcome, row.auto_outcome, row.overridden


def _evaluation(settings, evaluation_id: int):
    from qa_service.db.models import EvaluationRecord
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        ev = s.get(EvaluationRecord, evaluation_id)
        return {"score": ev.score, "auto_score": ev.auto_score, "state": ev.review_state, "passed": ev.passed}


def test_review_page_shows_everything(client, world, factories, settings):
    from markupsafe import escape

    from qa_service.db.models import EvaluationRecord
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        stored = s.get(EvaluationRecord, world["eval_a"]).result
    greeting = next(c for c in stored["criteria"] if c["id"] == "greeting")
    factories.login(client, "trainer_n")
    html = client.get(f"/calls/{world['call_a']}").get_data(as_text=True)
    # player, transcript lines that seek, speaker colours
    assert f'src="/media/calls/{world["call_a"]}/audio"' in html
    assert re.search(r'<li class="utt spk-agent[^"]*" id="u-0"', html)
    assert 'class="utt spk-customer' in html
    # evidence marked in the transcript and linked from its criterion
    assert re.search(r'<mark data-criteria="[^"]*negative_language[^"]*"[^>]*>[^<]*our policy', html)
    assert re.search(r'class="evidence-link" data-seek="38.26"\s+data-utterance="6" data-criterion="negative_language"',
                     html)
    # every criterion with outcome, points and explanation
    for cid in ("greeting", "negative_language", "closing"):
        assert f'id="criterion-{cid}"' in html
    assert f"{greeting['points']:g} / {greeting['max_points']:g}" in html
    assert str(escape(greeting["explanation"])) in html
    # which models scored the call
    assert 'id="scored-with"' in html and f"spacy: {stored['models']['spacy']}" in html
    # pictures: the timeline with interruptions and silences, the sentiment curve, the talk split
    assert html.count('class="interruption"') >= 1 and 'class="silence"' in html
    assert "Customer sentiment over the call" in html and 'class="chart bar"' in html
    # the suggested alternatives for flagged phrases
    assert "Let me find out for you." in html
    # the trainer's controls
    assert "Save override" in html and 'id="note-form"' in html and "Complete &amp; share" in html


def test_override_keeps_the_automatic_value_and_is_audited(client, world, factories, settings):
    from qa_service.db.models import AuditEntry, Override
    from qa_service.db.session import session_scope

    factories.login(client, "trainer_n")
    url = f"/calls/{world['call_a']}/evaluations/{world['eval_a']}/override"
    before = _evaluation(settings, world["eval_a"])
    # a reason is required
    response = _post(client, factories, url, criterion="greeting", outcome="pass", reason="  ")
    assert response.status_code == 302
    assert "needs a reason" in client.get(response.location).get_data(as_text=True)
    assert _criterion(settings, world["eval_a"], "greeting") == ("fail", "fail", False)
    # an unknown outcome is refused with the choices
    response = _post(client, factories, url, criterion="greeting", outcome="maybe", reason="x")
    assert "is not one of pass, fail, na" in client.get(response.location).get_data(as_text=True)

    response = _post(client, factories, url, criterion="greeting", outcome="pass", reason="IVR greeted")
    assert response.status_code == 302 and response.location.endswith("#criterion-greeting")
    assert _criterion(settings, world["eval_a"], "greeting") == ("pass", "fail", True)
    after = _evaluation(settings, world["eval_a"])
    assert after["score"] > before["score"] and after["auto_score"] == before["auto_score"]
    assert after["state"] == "in_review"
    html = client.get(f"/calls/{world['call_a']}").get_data(as_text=True)
    assert "Changed by a reviewer; automatic result" in html and f"automatic: {before['auto_score']:.0f}" in html
    with session_scope(settings) as s:
        override = s.scalar(select(Override))
        assert (override.old_outcome, override.new_outcome, override.reason) == ("fail", "pass", "IVR greeted")
        assert override.user_id == world["users"]["trainer_n"]
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "evaluation.override"))
        assert entry.user_id == world["users"]["trainer_n"] and entry.details["criterion"] == "greeting"


def test_notes_are_pinned_to_a_moment(client, world, factories, settings):
    from qa_service.db.models import CoachingNote
    from qa_service.db.session import session_scope

    factories.login(client, "trainer_n")
    url = f"/calls/{world['call_a']}/notes"
    response = _post(client, factories, url, text="Slow down here", time="38.2", evaluation=str(world["eval_a"]),
                     criterion="negative_language")
    assert response.status_code == 302
    bad = _post(client, factories, url, text="x", time="9999")
    assert "outside call" in client.get(bad.location).get_data(as_text=True)
    bad = _post(client, factories, url, text="x", time="soon")
    assert "is not a number of seconds" in client.get(bad.location).get_data(as_text=True)
    with session_scope(settings) as s:
        notes = s.scalars(select(CoachingNote)).all()
        assert [(n.time_seconds, n.text, n.criterion_id) for n in notes] == [(38.2, "Slow down here", "negative_language")]
    html = client.get(f"/calls/{world['call_a']}").get_data(as_text=True)
    assert 'data-seek="38.20">0:38</button>' in html and "Slow down here" in html


def test_share_acknowledge_dispute_and_resolve(world, factories, settings, app):
    trainer, agent = app.test_client(), app.test_client()
    factories.login(trainer, "trainer_n")
    factories.login(agent, "agent_a")
    call, ev = world["call_a"], world["eval_a"]
    _post(trainer, factories, f"/calls/{call}/notes", text="Offer the waiver next time", time="60",
          evaluation=str(ev))

    # before sharing: the agent sees scores but not the notes, and cannot acknowledge or dispute
    html = agent.get(f"/calls/{call}").get_data(as_text=True)
    assert "Offer the waiver" not in html and "Acknowledge review" not in html and "Send dispute" not in html
    response = _post(agent, factories, f"/me/evaluations/{ev}/acknowledge")
    assert response.status_code == 403 and "has not been shared" in response.get_data(as_text=True)

    _post(trainer, factories, f"/calls/{call}/evaluations/{ev}/complete")
    assert _evaluation(settings, ev)["state"] == "shared"

    home = agent.get("/me").get_data(as_text=True)
    assert "New reviews from your trainer" in home and "Criteria trend" in home and "<svg" in home
    html = agent.get(f"/calls/{call}").get_data(as_text=True)
    assert "Offer the waiver" in html and "Acknowledge review" in html and "Send dispute" in html
    assert "Save override" not in html and 'id="note-form"' not in html

    _post(agent, factories, f"/me/evaluations/{ev}/acknowledge")
    assert "New reviews from your trainer" not in agent.get("/me").get_data(as_text=True)

    score_before = _evaluation(settings, ev)["score"]
    _post(agent, factories, f"/me/evaluations/{ev}/disputes", criterion="closing", comment="I said goodbye")
    again = _post(agent, factories, f"/me/evaluations/{ev}/disputes", criterion="closing", comment="twice")
    assert "already has an open dispute" in agent.get(again.location).get_data(as_text=True)
    _post(agent, factories, f"/me/evaluations/{ev}/disputes", criterion="empathy", comment="I was kind")

    from qa_service.db.models import Dispute
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        disputes = {d.criterion_id: d.id for d in s.scalars(select(Dispute))}
    listing = trainer.get("/calls/disputes").get_data(as_text=True)
    assert "I said goodbye" in listing and "I was kind" in listing

    _post(trainer, factories, f"/calls/{call}/disputes/{disputes['closing']}/resolve", decision="accept",
          comment="You did say goodbye")
    assert _criterion(settings, ev, "closing") == ("pass", "fail", True)
    after_accept = _evaluation(settings, ev)["score"]
    assert after_accept > score_before
    _post(trainer, factories, f"/calls/{call}/disputes/{disputes['empathy']}/resolve", decision="reject",
          comment="No acknowledgement of the problem")
    assert _criterion(settings, ev, "empathy")[0] == "fail"
    assert _evaluation(settings, ev)["score"] == after_accept
    html = agent.get(f"/calls/{call}").get_data(as_text=True)
    assert "You did say goodbye" in html and "No acknowledgement of the problem" in html
    assert "No open disputes" in trainer.get("/calls/disputes").get_data(as_text=True)


def test_author_reads_but_cannot_change(client, world, factories, settings):
    from qa_service.db.models import Override
    from qa_service.db.session import session_scope

    factories.login(client, "author")
    html = client.get(f"/calls/{world['call_b']}").get_data(as_text=True)
    assert "Scorecard" in html and "Save override" not in html
    response = _post(client, factories, f"/calls/{world['call_b']}/evaluations/{world['eval_b']}/override",
                     criterion="greeting", outcome="fail", reason="x")
    assert response.status_code == 403
    with session_scope(settings) as s:
        assert s.scalar(select(func.count()).select_from(Override)) == 0


def test_exports_of_a_visible_call(client, world, factories):
    factories.login(client, "agent_a")
    transcript = client.get(f"/calls/{world['call_a']}/transcript.json")
    assert transcript.status_code == 200 and transcript.get_json()["utterances"][0]["speaker"] == "agent"
    download = client.get(f"/calls/{world['call_a']}/evaluation.json").get_json()
    # the same record as the API's GET /api/v1/evaluations/{id}
    assert download["id"] == world["eval_a"] and download["call_id"] == "call-a" and download["overrides"] == []
    assert {"criteria", "score", "auto_score", "review", "models", "is_current"} <= set(download["evaluation"])


def test_suggestions_and_segments():
    from qa_service.review_page import mark_segments, suggestion_of

    assert suggestion_of('try: "Let me find out for you."') == "Let me find out for you."
    assert suggestion_of("missing: a salutation") is None
    pieces = mark_segments("No, I can't do that. It's our policy.", [("I can't", "neg"), ("our policy", "neg"),
                                                                      ("It's our", "other")])
    assert "".join(p["text"] for p in pieces) == "No, I can't do that. It's our policy."
    marked = [(p["text"], p["criteria"]) for p in pieces if p["criteria"]]
    assert marked == [("I can't", ["neg"]), ("It's our policy", ["other", "neg"])]


def test_call_waiting_for_transcription_has_a_page(client, world, factories, settings):
    from qa_service import calls
    from qa_service.db.models import Agent
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        record, _ = calls.register_call(s, content_hash="f" * 64, call_id="waiting.wav",
                                        audio_path=str(world["wav"]), agent_external_id="AG-A")
        pk = record.id
        assert s.get(Agent, world["agent_a"]).external_id == "AG-A"
    factories.login(client, "trainer_n")
    response = client.get(f"/calls/{pk}")
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "No transcript yet." in html
    # with redaction on (the default) the recording waiting to be transcribed is the unredacted original: no player
    assert "<audio" not in html
    assert "Save override" not in html
    assert client.get(f"/calls/{pk}/transcript.json").status_code == 404
    assert client.get(f"/calls/{pk}/evaluation.json").status_code == 404
    assert client.get(f"/media/calls/{pk}/audio").status_code == 409  # played once transcribed and redacted
