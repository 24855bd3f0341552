"""The service layer: every rule the web UI and the workers rely on."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from sqlalchemy import func, select

from qa_service import accounts, batches, call_list, calls, golden, lifecycle, reviews, scorecard_versions
from qa_service.db.models import (
    AuditEntry,
    CallRecord,
    CriterionResultRecord,
    EvaluationRecord,
    Override,
    ScorecardVersion,
)
from qa_service.errors import Forbidden, Invalid, NotFound
from qa_service.evaluation_view import reviewed
from scorecards.engine import Evaluation
from transcription.errors import QAError, ScorecardError


def test_register_call_once_per_content(session, factories):
    from transcription.call import call_from_dict

    call = call_from_dict(factories.sample_data())
    first, created = calls.register_call(session, content_hash="h" * 64, call=call)
    again, created_again = calls.register_call(session, content_hash="h" * 64, call=call)
    assert created and not created_again and again.id == first.id
    assert first.status == "transcribed"
    assert first.agent.external_id == "AG-1001" and first.agent.name == "Priya Nair"
    assert first.started_at is not None and first.duration > 60
    assert first.metadata_["customer"]["name"] == "Tom Becker"
    assert calls.load_call(first).utterances == call.utterances
    assert session.scalar(select(func.count()).select_from(CallRecord)) == 1


def test_scorecard_versions_are_immutable(session, factories):
    n = factories.bundled_version()
    v1 = factories.default_version(session)
    assert factories.default_version(session).id == v1.id
    with pytest.raises(ScorecardError, match=rf"immutable.*next free: {n + 1}"):
        scorecard_versions.register_scorecard(session, factories.changed_scorecard(n))
    v2 = scorecard_versions.register_scorecard(session, factories.changed_scorecard(n + 1))
    assert v2.id != v1.id and v2.version == n + 1
    # the stored YAML gives back the very same scorecard
    assert scorecard_versions.scorecard_for_version(v2).hash == v2.content_hash
    with pytest.raises(sa.exc.IntegrityError):
        with session.begin_nested():
            session.add(ScorecardVersion(scorecard_id=v1.scorecard_id, version=n, yaml_text="x", content_hash="y"))


def test_one_evaluation_per_call_and_version(session, factories):
    record = factories.make_call(session)
    version = factories.default_version(session)
    first = factories.make_evaluation(session, record, version)
    again, created = lifecycle.store_result(session, record, version, Evaluation.from_dict(first.result))
    assert not created and again.id == first.id
    with pytest.raises(sa.exc.IntegrityError):
        with session.begin_nested():
            session.add(EvaluationRecord(call_id=record.id, call_dated_at=record.dated_at, scorecard_version_id=version.id,
                                         score=1, passed=False,
                                   auto_score=1, auto_passed=False, result={}))
    rows = session.scalars(
        select(CriterionResultRecord).where(CriterionResultRecord.evaluation_id == first.id).order_by(CriterionResultRecord.position)
    ).all()
    assert [r.criterion_id for r in rows] == [c["id"] for c in first.result["criteria"]]
    assert all(r.auto_outcome == r.outcome for r in rows)


def test_override_recomputes_effective_score_and_keeps_automatic(session, factories):
    from scorecards.engine import rescore_outcomes

    trainer = factories.make_user(session, role="trainer")
    evaluation = factories.make_evaluation(session, factories.make_call(session, name=factories.POOR_SAMPLE))
    auto_score = evaluation.score
    failed = [c for c in evaluation.criteria if c.outcome == "fail"]
    assert failed, "the poor sample should fail something"
    target = failed[0]
    reviews.override(session, evaluation, target.criterion_id, "pass", reason="greeting was on the IVR", user=trainer)
    scorecard = scorecard_versions.scorecard_for_version(evaluation.scorecard_version)
    expected = rescore_outcomes(scorecard, [{"id": c.criterion_id, "outcome": c.outcome} for c in evaluation.criteria])
    assert evaluation.score == expected["score"] and evaluation.score > auto_score
    assert evaluation.auto_score == auto_score
    assert target.outcome == "pass" and target.auto_outcome == "fail" and target.overridden
    assert target.points == target.max_points > 0
    override = session.scalars(select(Override)).one()
    assert (override.old_outcome, override.new_outcome, override.old_points) == ("fail", "pass", 0.0)
    assert override.new_points == target.points and override.user_id == trainer.id
    view = reviewed(evaluation)
    crit = view.criterion(target.criterion_id)
    assert crit.outcome == "pass" and crit.result.outcome == "fail" and crit.overridden
    assert [o.reason for o in crit.overrides] == ["greeting was on the IVR"]
    assert view.auto_score == auto_score and view.score == evaluation.score
    as_json = view.to_dict()
    row = next(c for c in as_json["criteria"] if c["id"] == target.criterion_id)
    assert (row["outcome"], row["auto_outcome"]) == ("pass", "fail") and as_json["auto_score"] == auto_score
    assert evaluation.review_state == "in_review"
    assert session.scalar(select(AuditEntry.action).where(AuditEntry.action == "evaluation.override"))
    # setting it back restores the automatic score
    reviews.override(session, evaluation, target.criterion_id, "fail", reason="no, it was not", user=trainer)
    assert evaluation.score == auto_score and not target.overridden


def test_override_rejects_bad_input(session, factories):
    evaluation = factories.make_evaluation(session)
    trainer = factories.make_user(session, role="trainer")
    crit = evaluation.criteria[0].criterion_id
    with pytest.raises(Invalid, match="not one of pass, fail, na"):
        reviews.override(session, evaluation, crit, "maybe", reason="x", user=trainer)
    with pytest.raises(Invalid, match="needs a reason"):
        reviews.override(session, evaluation, crit, "fail", reason=" ", user=trainer)
    with pytest.raises(Invalid, match="no criterion 'nope'; criteria: "):
        reviews.override(session, evaluation, "nope", "fail", reason="x", user=trainer)


def test_share_acknowledge_and_dispute(session, factories):
    trainer = factories.make_user(session, role="trainer")
    record = factories.make_call(session, name=factories.POOR_SAMPLE, agent="AG-77")
    agent_user = factories.make_user(session, role="agent", agent=record.agent)
    other_agent = factories.make_user(session, role="agent")
    evaluation = factories.make_evaluation(session, record)
    failed = next(c for c in evaluation.criteria if c.outcome == "fail")
    with pytest.raises(Forbidden, match="not been shared"):
        reviews.acknowledge(session, evaluation, agent_user)
    reviews.set_review_state(session, evaluation, "shared", user=trainer)
    assert evaluation.shared_at is not None
    with pytest.raises(NotFound, match="among your calls"):
        reviews.acknowledge(session, evaluation, other_agent)
    ack = reviews.acknowledge(session, evaluation, agent_user, comment="thanks")
    assert reviews.acknowledge(session, evaluation, agent_user).id == ack.id
    dispute = reviews.open_dispute(session, evaluation, failed.criterion_id, user=agent_user, comment="I did greet")
    before = evaluation.score
    reviews.resolve_dispute(session, dispute, decision="accept", user=trainer, comment="agreed, the greeting was there")
    assert dispute.status == "accepted" and dispute.resolver_id == trainer.id
    assert failed.outcome == "pass" and evaluation.score > before
    second = reviews.open_dispute(session, evaluation, failed.criterion_id, user=agent_user, comment="another")
    reviews.resolve_dispute(session, second, decision="reject", user=trainer, comment="already fixed")
    assert second.status == "rejected" and failed.outcome == "pass"
    with pytest.raises(Invalid, match="already rejected"):
        reviews.resolve_dispute(session, second, decision="accept", user=trainer, comment="x")
    with pytest.raises(Invalid, match="decision 'maybe' is not one of accept, reject"):
        reviews.resolve_dispute(session, second, decision="maybe", user=trainer, comment="x")


def test_notes_pinned_inside_the_call(session, factories):
    record = factories.make_call(session)
    author = factories.make_user(session)
    note = reviews.add_note(session, record, "Great empathy here", time_seconds=12.5, author=author)
    assert record.notes == [note] and note.time_seconds == 12.5
    with pytest.raises(QAError, match="outside call"):
        reviews.add_note(session, record, "late", time_seconds=record.duration + 60)
    with pytest.raises(QAError, match="needs text"):
        reviews.add_note(session, record, "  ", time_seconds=1)


def test_users_passwords_and_tokens(session, factories):
    user = factories.make_user(session, "alice", role="admin")
    assert user.password_hash != "correct horse battery"
    assert accounts.check_password(user, "correct horse battery")
    assert not accounts.check_password(user, "wrong password")
    with pytest.raises(QAError, match="already exists"):
        factories.make_user(session, "alice")
    with pytest.raises(QAError, match="role 'boss' is not one of admin, author, trainer, agent"):
        accounts.create_user(session, "bob", "long enough pw", "boss")
    with pytest.raises(QAError, match="no agent record"):
        accounts.create_user(session, "carl", "long enough pw", "agent")
    row, token = accounts.create_api_token(session, user, "ci")
    assert row.token_hash != token and accounts.user_for_token(session, token).id == user.id
    assert accounts.user_for_token(session, token + "x") is None
    row.revoked_at = datetime.now(timezone.utc)
    assert accounts.user_for_token(session, token) is None
    _, expired = accounts.create_api_token(session, user, "old", expires_in=timedelta(seconds=-1))
    assert accounts.user_for_token(session, expired) is None


def test_team_membership_and_filters(session, factories):
    team = accounts.get_or_create_team(session, "Cards")
    trainer = factories.make_user(session, role="trainer")
    accounts.add_team_member(session, team, trainer)
    accounts.add_team_member(session, team, trainer)
    assert trainer.teams == [team]
    good = factories.make_call(session, agent="AG-1", started_at="2026-01-05T10:00:00Z")
    poor = factories.make_call(session, name=factories.POOR_SAMPLE, agent="AG-2", started_at="2026-02-05T10:00:00Z")
    accounts.put_agent_in_team(session, good.agent, team)
    e_good = factories.make_evaluation(session, good)
    e_poor = factories.make_evaluation(session, poor)
    session.flush()

    def ids(**filters):
        return [e.id for e in session.scalars(call_list.evaluations_query(**filters))]

    assert ids() == [e_poor.id, e_good.id]
    assert ids(team="Cards") == [e_good.id]
    assert ids(agent="AG-2") == [e_poor.id]
    assert ids(passed=True) == [e_good.id]
    failed_crit = next(c.criterion_id for c in e_poor.criteria if c.outcome == "fail")
    assert ids(failed_criterion=failed_crit) == [e_poor.id]
    assert ids(since=datetime(2026, 2, 1, tzinfo=timezone.utc)) == [e_poor.id]
    assert ids(scorecard="default", version=factories.bundled_version()) == [e_poor.id, e_good.id]
    assert ids(review_state="shared") == []
    assert ids(max_score=e_poor.score) == [e_poor.id]


def test_golden_calls_and_batches(session, factories):
    record = factories.make_call(session)
    version = factories.default_version(session)
    marked = golden.mark_golden(session, record, "default", {"greeting": "pass"})
    again = golden.mark_golden(session, record, "default", {"greeting": "fail"})
    assert again.id == marked.id and again.expected == {"greeting": "fail"}
    with pytest.raises(Invalid, match="must be one of pass, fail, na"):
        golden.mark_golden(session, record, "default", {"greeting": "ok"})
    batch = batches.create_batch(session, version)
    batches.add_item(session, batch, call=record)
    batches.add_item(session, batch, source="x.json", status="failed", error="bad")
    session.flush()
    batches.refresh_batch(session, batch)
    assert (batch.total, batch.failed, batch.status) == (2, 1, "running")
    batch.items[0].status = "scored"
    session.flush()
    batches.refresh_batch(session, batch)
    assert (batch.scored, batch.status) == (1, "done") and batch.finished_at is not None


def test_deleting_a_call_removes_its_rows(session, factories):
    evaluation = factories.make_evaluation(session)
    reviews.add_note(session, evaluation.call, "n", time_seconds=1)
    session.delete(evaluation.call)
    session.flush()
    assert session.scalar(select(func.count()).select_from(EvaluationRecord)) == 0
    assert session.scalar(select(func.count()).select_from(CriterionResultRecord)) == 0
