"""The dashboards' weekly summary stays equal to a recomputation from the rows after any mix of writes
(scoring, re-scoring, overrides, reviews, disputes, deletion, retention, a rolled-back savepoint), and
the dashboards read from it give the figures computed from the rows. SQLite and PostgreSQL."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from sqlalchemy import select, update

from qa_service import accounts, analytics, call_list, lifecycle, retention, review_queues, reviews, weekly_summary
from qa_service.calls import load_call
from qa_service.db.models import (
    CallRecord,
    EvaluationRecord,
    ReviewQueueItem,
    ScorecardVersion,
    User,
    WeeklyCriterion,
    WeeklyScore,
)
from qa_service.db.session import session_scope
from qa_service.scorecard_versions import register_scorecard, scorecard_for_version
from scorecards.engine import score_call

WEEKS = 8


def _same(a, b, path="dashboard"):  # noqa: ANN001, ANN202
    """Equal; floats (means rounded to 2 places, from sums added in another order) to one rounding step."""
    if isinstance(a, float) or isinstance(b, float):
        assert a is not None and b is not None and math.isclose(a, b, abs_tol=0.01 + 1e-9), (path, a, b)
    elif isinstance(a, dict):
        assert a.keys() == b.keys(), path
        for k in a:
            _same(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), (path, a, b)
        for i, (x, y) in enumerate(zip(a, b)):
            _same(x, y, f"{path}[{i}]")
    else:
        assert a == b, (path, a, b)


def _part_weeks(now):  # noqa: ANN001, ANN202
    """Two Mondays (5 and 1 weeks back) whose weeks the dashboards check cut into parts: ranges whose days
    inside a part week are more (the summary's week less the other days' rows) and fewer (the days' rows)
    than those outside, whatever day the test runs."""
    monday = (now - timedelta(days=now.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    return monday - timedelta(weeks=5), monday - timedelta(weeks=1)


def _dashboards_agree(settings, users, now):  # noqa: ANN001, ANN202
    """The summary's dashboard equals the one from the rows, for each user and some filters."""
    mid_week = (now - timedelta(weeks=WEEKS - 2, days=3)).replace(hour=13)
    monday = (now - timedelta(weeks=3, days=now.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    early, late = _part_weeks(now)
    with session_scope(settings) as s:
        for username in users:
            user = s.scalar(select(User).where(User.username == username))
            for filters in (call_list.CallFilters(), call_list.CallFilters(since=mid_week),
                            call_list.CallFilters(since=early + timedelta(days=1),
                                                  until=late + timedelta(days=5, hours=13)),
                            call_list.CallFilters(since=early + timedelta(days=5, hours=13),
                                                  until=late + timedelta(days=1)),
                            call_list.CallFilters(since=mid_week, until=now - timedelta(days=4)),
                            call_list.CallFilters(team="North", since=mid_week),
                            call_list.CallFilters(agent="AG-2"), call_list.CallFilters(scorecard="default"),
                            call_list.CallFilters(passed=False), call_list.CallFilters(since=monday),
                            call_list.CallFilters(until=datetime(9999, 12, 31, tzinfo=timezone.utc)),
                            call_list.CallFilters(since=datetime(9999, 12, 31, tzinfo=timezone.utc))):
                for by in analytics.GROUPS:
                    agreement = user.role != "agent"
                    fast = analytics.dashboard_for(s, user, filters, by=by, with_agreement=agreement)
                    slow = analytics.dashboard(s, call_list.list_query(user, filters), by=by, with_agreement=agreement)
                    _same(fast.to_dict(), slow.to_dict(), f"{username} {filters} {by}")
                    # the page's lines of its first groups are those groups' points of the whole trend
                    shown = [g.group for g in fast.groups[:3]] + ["no such group"]
                    assert fast.group_lines(shown) == {g: [p for p in fast.group_trend if p.group == g] for g in shown}


def _one_week_sums_agree(s, user, now):  # noqa: ANN001, ANN202
    """sums_for over the evaluations of one week (its criteria counted without the week) gives the rows
    of the general grouped SELECT, for each week and a part of one."""
    first = (now - timedelta(weeks=WEEKS, days=now.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    checked = 0
    for k in range(WEEKS + 1):
        start = first + timedelta(weeks=k)
        for since, until in ((start, start + timedelta(weeks=1)), (start + timedelta(days=2), start + timedelta(days=6))):
            query = call_list.from_covering_index(call_list.list_query(user, call_list.CallFilters(since=since, until=until)))
            scores, criteria = weekly_summary.sums_for(s, query)
            _score_sql, criterion_sql = weekly_summary._sums_of(s, query.order_by(None), per_agent=False)
            expected = sorted(tuple(r) for r in s.execute(criterion_sql))
            assert sorted(criteria) == expected, (since, until)
            checked += bool(expected) and any(r[5] for r in expected)  # rows of reviewed evaluations among them
    assert checked, "no week with reviewed evaluations: the data did not exercise the reviewed counts"


def test_a_part_week_longer_than_half_is_the_summary_week_less_the_other_days():
    monday = datetime(2026, 6, 1, tzinfo=timezone.utc)
    # from a Tuesday to a Saturday: the Monday before and the weekend after are taken away
    plan = analytics._plan(call_list.CallFilters(since=monday + timedelta(days=1), until=monday + timedelta(weeks=3, days=5)))
    assert (plan.first_week, plan.end_week, plan.edges) == (monday.date() + timedelta(weeks=1),
                                                           monday.date() + timedelta(weeks=3), ())
    assert plan.less == ((monday.date(), monday, monday + timedelta(days=1)),
                         (monday.date() + timedelta(weeks=3), monday + timedelta(weeks=3, days=5),
                          monday + timedelta(weeks=4)))
    # from a Saturday to a Tuesday: those days are read from the rows
    plan = analytics._plan(call_list.CallFilters(since=monday + timedelta(days=5), until=monday + timedelta(weeks=3, days=1)))
    assert plan.less == ()
    assert plan.edges == ((monday + timedelta(days=5), monday + timedelta(weeks=1)),
                          (monday + timedelta(weeks=3), monday + timedelta(weeks=3, days=1)))
    # inside one week: the rows answer it all
    assert analytics._plan(call_list.CallFilters(since=monday + timedelta(days=1), until=monday + timedelta(days=5))) is None


def test_summary_equals_recomputation_after_random_writes(settings, factories):
    rng = random.Random(14)
    now = datetime.now(timezone.utc)
    with session_scope(settings) as s:
        north, south = accounts.get_or_create_team(s, "North"), accounts.get_or_create_team(s, "South")
        for agent, team in (("AG-1", north), ("AG-2", north), ("AG-3", south)):
            accounts.put_agent_in_team(s, accounts.get_or_create_agent(s, agent), team)
        accounts.get_or_create_agent(s, "AG-4")  # in no team
        admin = factories.make_user(s, "boss", "admin")
        trainer = factories.make_user(s, "coach", "trainer", teams=[north])
        agent_user = factories.make_user(s, "ag2", "agent", agent=accounts.get_or_create_agent(s, "AG-2"))
        factories.default_version(s)
        register_scorecard(s, factories.changed_scorecard(factories.bundled_version() + 1))
        ids = {"admin": admin.id, "trainer": trainer.id, "agent": agent_user.id}

    def call_pks(s):  # noqa: ANN001, ANN202
        return list(s.scalars(select(CallRecord.id).order_by(CallRecord.id)))

    def current(s, pk):  # noqa: ANN001, ANN202
        return s.scalar(select(EvaluationRecord).where(EvaluationRecord.call_id == pk, EvaluationRecord.is_current))

    def score(s, pk=None):  # noqa: ANN001, ANN202
        day = now - timedelta(days=rng.randrange(WEEKS * 7), hours=rng.randrange(24))
        if pk is None:
            record = factories.make_call(s, name=rng.choice([factories.GOOD_SAMPLE, factories.POOR_SAMPLE]),
                                         agent=rng.choice(["AG-1", "AG-2", "AG-3", "AG-4", None]),
                                         started_at=day.isoformat() if rng.random() < 0.9 else None)
            factories.make_evaluation(s, record)
            return
        # re-score with a newer version (the old evaluation becomes history, its review carried)
        record = s.get(CallRecord, pk)
        newest = max(record.evaluations, key=lambda e: e.scorecard_version.version).scorecard_version
        versions = s.scalars(select(ScorecardVersion).order_by(ScorecardVersion.version)).all()
        newer = [v for v in versions if v.version > newest.version]
        if newer:
            result = score_call(load_call(record), scorecard_for_version(newer[0]))
            lifecycle.store_result(s, record, newer[0], result)

    def override(s, pk):  # noqa: ANN001, ANN202
        ev = current(s, pk)
        row = rng.choice(ev.criteria)
        outcome = rng.choice([o for o in ("pass", "fail", "na") if o != row.outcome])
        reviews.override(s, ev, row.criterion_id, outcome, reason="heard it in the recording",
                         user=s.get(User, ids["trainer"]))

    def review(s, pk):  # noqa: ANN001, ANN202
        ev = current(s, pk)
        reviews.set_review_state(s, ev, rng.choice(["in_review", "completed", "shared", "pending"]),
                                 user=s.get(User, ids["trainer"]))

    def dispute(s, pk):  # noqa: ANN001, ANN202
        ev = current(s, pk)
        if ev.call.agent is None or ev.call.agent.external_id != "AG-2":
            return
        reviews.set_review_state(s, ev, "shared", user=s.get(User, ids["trainer"]))
        criterion = rng.choice(ev.criteria).criterion_id
        if any(d.criterion_id == criterion and d.status == "open" for d in ev.disputes):
            return
        d = reviews.open_dispute(s, ev, criterion, user=s.get(User, ids["agent"]), comment="I did say it")
        reviews.resolve_dispute(s, d, decision=rng.choice(["accept", "reject"]), user=s.get(User, ids["trainer"]),
                                comment="listened again")

    def delete(s, pk):  # noqa: ANN001, ANN202
        retention.delete_call(s, s.get(CallRecord, pk), settings=settings)

    def redate(s, pk):  # noqa: ANN001, ANN202
        # the call moves to another week and agent (an ORM change to the call alone)
        record = s.get(CallRecord, pk)
        record.dated_at = record.dated_at - timedelta(days=rng.randrange(1, 20))
        record.agent = accounts.get_or_create_agent(s, rng.choice(["AG-1", "AG-3"]))

    def rolled_back(s, pk):  # noqa: ANN001, ANN202
        savepoint = s.begin_nested()
        override(s, pk)
        s.flush()
        savepoint.rollback()

    def bulk_undo(s, pk):  # noqa: ANN001, ANN202
        # a bulk statement that touches first, as the service's own do
        ev = current(s, pk)
        weekly_summary.touch(s, evaluation_ids=[ev.id])
        s.execute(update(EvaluationRecord).where(EvaluationRecord.id == ev.id).values(score=ev.score + 1.5))

    ops = [override, override, review, dispute, delete, redate, rolled_back, bulk_undo, score]
    with session_scope(settings) as s:
        for _ in range(14):
            score(s)
        # calls on each side of where the checked ranges cut their part weeks (see _part_weeks)
        early, late = _part_weeks(now)
        for day in (early + timedelta(hours=10), early + timedelta(days=1, hours=9), early + timedelta(days=5, hours=9),
                    early + timedelta(days=6, hours=15), late + timedelta(hours=11), late + timedelta(days=1, hours=14),
                    late + timedelta(days=5, hours=8), late + timedelta(days=6, hours=16)):
            for agent in ("AG-1", "AG-2", "AG-3"):
                record = factories.make_call(s, name=rng.choice([factories.GOOD_SAMPLE, factories.POOR_SAMPLE]),
                                             agent=agent, started_at=day.isoformat())
                factories.make_evaluation(s, record)
    for step in range(40):
        with session_scope(settings) as s:
            # one to three writes per transaction
            for _ in range(rng.randrange(1, 4)):
                pks = call_pks(s)
                op = rng.choice(ops)
                if op is score:
                    score(s, rng.choice(pks) if pks and rng.random() < 0.5 else None)
                elif pks:
                    op(s, rng.choice(pks))
        if step % 10 == 9:
            with session_scope(settings) as s:
                assert weekly_summary.differences(s) == []
    with session_scope(settings) as s:
        assert weekly_summary.differences(s) == []
        assert s.scalar(select(WeeklyScore.evaluations).limit(1)) is not None
        _one_week_sums_agree(s, s.get(User, ids["admin"]), now)
        # a reader in the writing transaction sees its own changes
        pk = call_pks(s)[0]
        override(s, pk)
        assert weekly_summary.differences(s) == []
    _dashboards_agree(settings, ["boss", "coach", "ag2"], now)

    # a review queue's random picks, reviewed: the agreement figures come from them (counted from their rows)
    with session_scope(settings) as s:
        queue = review_queues.create_queue(s, user=s.get(User, ids["admin"]), team=accounts.get_or_create_team(s, "North"),
                                           name="random", rule="random", params={"per_agent": 1},
                                           trainer_ids=[ids["trainer"]])
        for weeks_back in range(WEEKS):
            day = now - timedelta(weeks=weeks_back)
            review_queues.fill(s, queue, weeks=[(day - timedelta(days=day.weekday())).replace(
                hour=0, minute=0, second=0, microsecond=0)], rng=random.Random(weeks_back))
        items = s.scalars(select(ReviewQueueItem).where(ReviewQueueItem.queue_id == queue.id)).all()
        assert items
        for item in items[::2]:
            review_queues.mark_reviewed(s, queue, item.id, s.get(User, ids["trainer"]))
    with session_scope(settings) as s:
        assert weekly_summary.differences(s) == []
        board = analytics.dashboard_for(s, s.get(User, ids["admin"]), by="agent")
        assert board.agreement_basis.random
    _dashboards_agree(settings, ["boss", "coach"], now)

    # retention deletes evaluations in bulk
    with session_scope(settings) as s:
        oldest = s.scalar(select(CallRecord.dated_at).order_by(CallRecord.dated_at).limit(1))
    oldest = oldest if oldest.tzinfo else oldest.replace(tzinfo=timezone.utc)
    kept = replace(settings, retention_evaluations_days=max(1, (now - oldest).days - 20))
    with session_scope(settings) as s:
        result = retention.run_retention(s, kept, now=now)
        assert result.evaluations
    with session_scope(settings) as s:
        assert weekly_summary.differences(s) == []


def test_rebuild_command_repairs_a_summary(settings, factories, monkeypatch):
    from qa_service.cli import cli

    with session_scope(settings) as s:
        for i in range(3):
            factories.make_evaluation(s, factories.make_call(s, agent=f"AG-{i}"))
    with session_scope(settings) as s:
        assert weekly_summary.differences(s) == []
        s.execute(update(WeeklyScore).values(evaluations=WeeklyScore.evaluations + 5))
        s.execute(WeeklyCriterion.__table__.delete())
    monkeypatch.setenv("QA_DATABASE_URL", settings.effective_database_url)
    monkeypatch.setenv("QA_DATA_DIR", str(settings.data_dir))
    checked = CliRunner().invoke(cli, ["db", "rebuild-summary", "--check"])
    assert checked.exit_code == 1, checked.output
    assert "weekly_scores" in checked.output and "weekly_criteria" in checked.output
    rebuilt = CliRunner().invoke(cli, ["db", "rebuild-summary"])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "rebuilt" in rebuilt.output
    with session_scope(settings) as s:
        assert weekly_summary.differences(s) == []
    again = CliRunner().invoke(cli, ["db", "rebuild-summary", "--check"])
    assert again.exit_code == 0 and "matches" in again.output, again.output


@pytest.mark.postgres
def test_concurrent_overrides_keep_the_summary_exact(tmp_path, pg_url, factories):
    """Two sessions override criteria of evaluations in one summary cell at the same time (PostgreSQL)."""
    import threading

    from qa_service.db.migrate import upgrade

    from .conftest import make_settings

    settings = make_settings(tmp_path, database_url=pg_url)
    upgrade(settings)
    day = datetime.now(timezone.utc) - timedelta(days=2)
    with session_scope(settings) as s:
        trainer = factories.make_user(s, "coach", "admin")
        pks = []
        for i in range(6):
            record = factories.make_call(s, agent="AG-1", started_at=(day + timedelta(minutes=i)).isoformat())
            factories.make_evaluation(s, record)
            pks.append(record.id)
        trainer_id = trainer.id
    barrier = threading.Barrier(2)
    errors = []

    def work(offset: int) -> None:
        try:
            for round_ in range(4):
                barrier.wait(timeout=30)
                with session_scope(settings) as s:
                    ev = s.scalar(select(EvaluationRecord).where(
                        EvaluationRecord.call_id == pks[(offset + round_) % len(pks)], EvaluationRecord.is_current))
                    row = ev.criteria[(offset * 3 + round_) % len(ev.criteria)]
                    outcome = "fail" if row.outcome != "fail" else "pass"
                    reviews.override(s, ev, row.criterion_id, outcome, reason="concurrent check",
                                     user=s.get(User, trainer_id))
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    with session_scope(settings) as s:
        assert weekly_summary.differences(s) == []
