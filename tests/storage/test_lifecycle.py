"""The evaluation lifecycle: one current evaluation per call, history kept, reviews carried
forward on re-scoring, and calls dated so that lists and dashboards show every one."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from sqlalchemy import func, select

from qa_service import call_list, lifecycle, reviews, scorecard_versions
from qa_service.db.models import Acknowledgement, CallRecord, CoachingNote, EvaluationRecord
from qa_service.errors import Forbidden
from qa_service.evaluation_view import reviewed
from scorecards.schema import load_scorecard, scorecard_from_dict


def _version(session, number: int, change=None):  # noqa: ANN001, ANN202
    """The bundled default scorecard under ``number``, with ``change(data)`` applied, registered."""
    data = copy.deepcopy(load_scorecard("default").to_dict())
    data["version"] = number
    if change is not None:
        change(data)
    return scorecard_versions.register_scorecard(session, scorecard_from_dict(data, f"<default v{number}>"))


def _criterion(data: dict, criterion_id: str) -> dict:
    return next(c for s in data["sections"] for c in s["criteria"] if c["id"] == criterion_id)


def _heavier_greeting(data: dict) -> None:
    # a weight is not a definition: the criterion still measures the same thing
    _criterion(data, "greeting")["weight"] += 5


def _tolerant_interruptions(data: dict) -> None:
    _criterion(data, "interruptions").setdefault("params", {})["max_agent_interruptions"] = 5


def test_rescore_makes_the_newest_version_current_and_keeps_history(session, factories):
    record = factories.make_call(session, name=factories.POOR_SAMPLE)
    v1 = factories.default_version(session)
    first = factories.make_evaluation(session, record, v1)
    assert first.is_current
    stored = copy.deepcopy(first.result)
    v2 = _version(session, v1.version + 1, _heavier_greeting)
    second = factories.make_evaluation(session, record, v2)
    session.expire_all()
    assert second.is_current and not first.is_current
    assert first.result == stored, "an earlier evaluation is never changed"
    # lists show one row per call: its current evaluation; a version filter shows that version's
    assert [e.id for e in session.scalars(call_list.evaluations_query())] == [second.id]
    assert [e.id for e in session.scalars(call_list.evaluations_query(version=v1.version))] == [first.id]
    assert session.scalar(select(func.count()).select_from(EvaluationRecord)) == 2
    # at most one current evaluation per call, whatever writes the rows
    with pytest.raises(sa.exc.IntegrityError):
        with session.begin_nested():
            session.execute(sa.update(EvaluationRecord).values(is_current=True))


def test_scoring_with_an_older_version_leaves_the_current_one(session, factories):
    record = factories.make_call(session)
    v1 = factories.default_version(session)
    v2 = _version(session, v1.version + 1, _heavier_greeting)
    newer = factories.make_evaluation(session, record, v2)
    older = factories.make_evaluation(session, record, v1)
    session.expire_all()
    assert newer.is_current and not older.is_current
    assert lifecycle.is_newer(v2, v1) and not lifecycle.is_newer(v1, v2)


def test_rescore_carries_the_review_of_unchanged_criteria(session, factories):
    trainer = factories.make_user(session, role="trainer")
    record = factories.make_call(session, name=factories.POOR_SAMPLE, agent="AG-LC")
    agent = factories.make_user(session, role="agent", agent=record.agent)
    v1 = factories.default_version(session)
    first = factories.make_evaluation(session, record, v1)
    failed = [c.criterion_id for c in first.criteria if c.outcome == "fail"]
    assert len(failed) >= 2, "the poor sample fails at least two criteria"
    fixed, disputed = failed[0], failed[1]
    reviews.override(session, first, fixed, "pass", reason="said on the IVR", user=trainer)
    reviews.add_note(session, record, "Listen to this", time_seconds=5, author=trainer, evaluation=first,
                     criterion_id=fixed)
    reviews.add_note(session, record, "Good pace overall", time_seconds=20, author=trainer, evaluation=first)
    reviews.share_review(session, first, user=trainer)
    reviews.acknowledge(session, first, agent, comment="ok")
    reviews.open_dispute(session, first, disputed, user=agent, comment="I did that")
    first_score = first.score

    v2 = _version(session, v1.version + 1, _heavier_greeting)
    second = factories.make_evaluation(session, record, v2)
    session.expire_all()

    row = next(c for c in second.criteria if c.criterion_id == fixed)
    assert (row.outcome, row.auto_outcome, row.overridden, row.carried_from_id) == ("pass", "fail", True, first.id)
    assert not any(c.needs_review for c in second.criteria)
    (carried,) = second.overrides
    assert carried.carried_from_id == first.overrides[0].id and carried.user_id == trainer.id
    assert carried.reason == f"carried from v{v1.version}: said on the IVR"
    assert second.review_state == "shared" and second.shared_at == first.shared_at
    assert f"carried from v{v1.version}" in second.review_note
    assert [a.user_id for a in second.acknowledgements] == [agent.id]
    assert [(d.criterion_id, d.status, d.carried_from_id) for d in second.disputes] == [
        (disputed, "open", first.disputes[0].id)]
    notes = session.scalars(select(CoachingNote).where(CoachingNote.evaluation_id == second.id)
                            .order_by(CoachingNote.time_seconds)).all()
    assert [(n.text, n.criterion_id) for n in notes] == [("Listen to this", fixed), ("Good pace overall", None)]
    assert all(n.carried_from_id is not None for n in notes)
    view = reviewed(second)
    assert view.criterion(fixed).carried_from_version == v1.version and view.is_current
    # the score follows the carried outcome with the new version's weights
    assert second.score != second.auto_score and first.score == first_score
    # the old evaluation is history: unchanged, and closed to new review work
    assert first.review_state == "shared" and len(first.overrides) == 1 and len(first.disputes) == 1
    assert session.scalar(select(func.count()).select_from(Acknowledgement)) == 2
    with pytest.raises(Forbidden, match="kept as history"):
        reviews.override(session, first, fixed, "fail", reason="x", user=trainer)


def test_rescore_flags_changed_criteria_and_reopens_the_review(session, factories):
    trainer = factories.make_user(session, role="trainer")
    record = factories.make_call(session, name=factories.POOR_SAMPLE)
    v1 = factories.default_version(session)
    first = factories.make_evaluation(session, record, v1)
    auto = next(c for c in first.criteria if c.criterion_id == "interruptions").auto_outcome
    human = "na" if auto != "na" else "fail"
    reviews.override(session, first, "interruptions", human, reason="the line was bad", user=trainer)
    reviews.share_review(session, first, user=trainer)

    v2 = _version(session, v1.version + 1, _tolerant_interruptions)
    second = factories.make_evaluation(session, record, v2)
    session.expire_all()

    row = next(c for c in second.criteria if c.criterion_id == "interruptions")
    assert row.needs_review and not row.overridden and row.carried_from_id is None
    assert [c.criterion_id for c in second.criteria if c.needs_review] == ["interruptions"]
    assert second.overrides == []
    assert second.review_state == "in_review"
    assert second.review_note.startswith(f"Review reopened after re-scoring with v{v2.version}")
    assert "No interruptions" in second.review_note
    assert reviewed(second).criterion("interruptions").needs_review
    # overriding it again clears the flag
    reviews.override(session, second, "interruptions", human, reason="still a bad line", user=trainer)
    assert not row.needs_review


def test_rescore_of_an_unreviewed_call_starts_pending(session, factories):
    record = factories.make_call(session)
    v1 = factories.default_version(session)
    factories.make_evaluation(session, record, v1)
    second = factories.make_evaluation(session, record, _version(session, v1.version + 1, _heavier_greeting))
    assert second.review_state == "pending" and second.review_note is None and second.carried_from_id is None


def test_calls_without_a_start_time_are_dated_by_their_arrival(session, factories):
    dated = factories.make_call(session, started_at="2026-01-05T10:00:00Z")
    undated = factories.make_call(session)
    data = factories.sample_data()
    assert "started_at" in data
    undated_row = session.get(CallRecord, undated.id)
    if undated_row.started_at is not None:
        # the sample carries a start time: store one without it
        from qa_service import calls
        from transcription.call import call_from_dict

        data.pop("started_at")
        data["call_id"] = "no-start"
        undated_row, _ = calls.register_call(session, content_hash="u" * 64, call=call_from_dict(data))
    assert undated_row.started_at is None
    assert abs((undated_row.dated_at.replace(tzinfo=timezone.utc) if undated_row.dated_at.tzinfo is None
                else undated_row.dated_at) - datetime.now(timezone.utc)) < timedelta(minutes=5)
    assert dated.dated_at.replace(tzinfo=timezone.utc) == datetime(2026, 1, 5, 10, tzinfo=timezone.utc)
    v1 = factories.default_version(session)
    e_undated = factories.make_evaluation(session, undated_row, v1)
    factories.make_evaluation(session, dated, v1)
    recent = call_list.evaluations_query(since=datetime.now(timezone.utc) - timedelta(weeks=12))
    assert e_undated.id in [e.id for e in session.scalars(recent)]


def test_installed_samples_are_dated_before_the_install(tmp_path):
    from qa_service.samples import install_samples, sample_paths

    now = datetime(2027, 6, 15, 12, tzinfo=timezone.utc)
    folder = install_samples(tmp_path, now=now)
    dates = [datetime.fromisoformat(json.loads(p.read_text())["started_at"]) for p in sorted(folder.glob("*.json"))]
    assert len(dates) == len(sample_paths())
    assert all(now - timedelta(days=len(dates) + 1) < d < now for d in dates)
    assert len({d.date() for d in dates}) == len(dates)
    before = {p.name: p.read_bytes() for p in folder.glob("*.json")}
    assert install_samples(tmp_path, now=now + timedelta(days=30)) == folder
    assert {p.name: p.read_bytes() for p in folder.glob("*.json")} == before, "a restart rewrites nothing"


def test_migration_picks_the_current_evaluation_of_existing_calls(db_url, factories):
    """An 0001 database with a call scored twice gets its newest evaluation marked current and its calls dated."""
    from qa_service.db.migrate import upgrade
    from qa_service.db.session import get_engine

    upgrade(db_url, "0001")
    engine = get_engine(db_url)
    now = datetime(2026, 11, 1, tzinfo=timezone.utc)
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO scorecards (id, key, name, created_at) VALUES (1, 'default', 'D', :t)"), {"t": now})
        for vid, number in ((1, 1), (2, 2)):
            conn.execute(sa.text(
                "INSERT INTO scorecard_versions (id, scorecard_id, version, yaml_text, content_hash, created_at) "
                "VALUES (:id, 1, :n, 'x', 'h', :t)"), {"id": vid, "n": number, "t": now})
        for cid, started in ((1, now - timedelta(days=3)), (2, None)):
            conn.execute(sa.text(
                "INSERT INTO calls (id, call_id, content_hash, metadata, started_at, status, created_at, updated_at) "
                "VALUES (:id, :cid, :h, '{}', :s, 'scored', :t, :t)"),
                {"id": cid, "cid": f"c{cid}", "h": str(cid) * 64, "s": started, "t": now})
        # call 1: v2 stored first, then v1; call 2: v1 only
        for eid, call, version in ((1, 1, 2), (2, 1, 1), (3, 2, 1)):
            conn.execute(sa.text(
                "INSERT INTO evaluations (id, call_id, scorecard_version_id, score, passed, auto_failed, auto_score, "
                "auto_passed, result, review_state, created_at, updated_at) VALUES "
                "(:id, :c, :v, 50, false, false, 50, false, '{}', 'pending', :t, :t)"),
                {"id": eid, "c": call, "v": version, "t": now})
        # rows that refer to evaluations: SQLite copies the evaluations table, they must survive it
        conn.execute(sa.text(
            "INSERT INTO criterion_results (id, evaluation_id, criterion_id, position, outcome, points, max_points, "
            "auto_outcome, auto_points, overridden) VALUES (1, 1, 'greeting', 0, 'pass', 10, 10, 'fail', 0, true)"))
        conn.execute(sa.text(
            "INSERT INTO overrides (id, evaluation_id, criterion_id, created_at, old_outcome, old_points, new_outcome, "
            "new_points, reason) VALUES (1, 1, 'greeting', :t, 'fail', 0, 'pass', 10, 'said on the IVR')"), {"t": now})
    upgrade(db_url)
    with engine.connect() as conn:
        current = dict(conn.execute(sa.text("SELECT id, is_current FROM evaluations ORDER BY id")).all())
        dated = dict(conn.execute(sa.text("SELECT id, dated_at FROM calls ORDER BY id")).all())
    assert {k: bool(v) for k, v in current.items()} == {1: True, 2: False, 3: True}
    assert all(v is not None for v in dated.values())
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM criterion_results")).scalar() == 1
        assert conn.execute(sa.text("SELECT reason FROM overrides")).scalar() == "said on the IVR"
