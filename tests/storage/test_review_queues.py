"""Review queues: each sampling rule picks what it says, filling is idempotent per week, work is
spread over the queue's trainers, progress counts reviews, and only the right people see a queue."""

from __future__ import annotations

import dataclasses
import random
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from qa_service import accounts, calls, lifecycle, review_queues, reviews, scorecard_versions
from qa_service.db.models import EvaluationRecord, ReviewQueueItem
from qa_service.errors import Forbidden, Invalid, NotFound

WEEK = datetime(2026, 11, 23, tzinfo=timezone.utc)  # a Monday
NOW = datetime(2026, 11, 26, 12, tzinfo=timezone.utc)


def _scored(session, factories, agent: str, day: int, *, auto_failed: bool = False,  # noqa: ANN001, ANN202
            change: float | None = None, similarity: float | None = None, name: str | None = None):
    """A call of ``agent`` on November ``day``, scored with the default scorecard; the machine's verdict
    is adjusted to what the test needs (an auto-fail, a sentiment change, a paraphrase similarity)."""
    from scorecards.engine import score_call

    record = factories.make_call(session, name=name or factories.GOOD_SAMPLE, agent=agent,
                                 started_at=f"2026-11-{day:02d}T10:00:00Z")
    version = factories.default_version(session)
    result = score_call(calls.load_call(record), scorecard_versions.scorecard_for_version(version))
    if auto_failed:
        result = dataclasses.replace(result, auto_failed=True, passed=False)
    if change is not None:
        metrics = dict(result.metrics)
        metrics["sentiment"] = {**metrics["sentiment"], "change": change}
        result = dataclasses.replace(result, metrics=metrics)
    if similarity is not None:
        result = dataclasses.replace(result, criteria=tuple(
            dataclasses.replace(c, details={"method": "embeddings", "restatements": [{"similarity": similarity}]})
            if c.id == "paraphrase" else c for c in result.criteria))
    evaluation, _ = lifecycle.store_result(session, record, version, result)
    return record, evaluation


@pytest.fixture
def world(session, factories):
    north = accounts.get_or_create_team(session, "North")
    south = accounts.get_or_create_team(session, "South")
    for agent, team in (("AG-1", north), ("AG-2", north), ("AG-S", south)):
        accounts.put_agent_in_team(session, accounts.get_or_create_agent(session, agent), team)
    users = {
        "t1": factories.make_user(session, "t1", "trainer", teams=[north]),
        "t2": factories.make_user(session, "t2", "trainer", teams=[north]),
        "ts": factories.make_user(session, "ts", "trainer", teams=[south]),
        "admin": factories.make_user(session, "boss", "admin"),
        "agent": factories.make_user(session, "agent1", "agent"),
    }
    session.flush()
    return {"north": north, "south": south, **users}


def _queue(session, world, rule, params=None, trainers=("t1", "t2"), name=None):  # noqa: ANN001, ANN202
    return review_queues.create_queue(session, user=world["admin"], team=world["north"], name=name or rule,
                                      rule=rule, params=params or {}, trainer_ids=[world[t].id for t in trainers])


def _items(session, queue):  # noqa: ANN001, ANN202
    return session.scalars(select(ReviewQueueItem).where(ReviewQueueItem.queue_id == queue.id)).all()


def test_random_per_agent_per_week_is_idempotent_and_tops_up(session, factories, world):
    mine = [_scored(session, factories, "AG-1", d)[0] for d in (23, 24, 25)]
    two = _scored(session, factories, "AG-2", 24)[0]
    _scored(session, factories, "AG-S", 24)  # another team
    _scored(session, factories, "AG-1", 18)  # the week before
    queue = _queue(session, world, "random", {"per_agent": 2})
    report = review_queues.fill(session, queue, weeks=[WEEK], rng=random.Random(7))
    assert report.added == {"2026-11-23": 3}
    items = _items(session, queue)
    assert all(i.random and i.period_start.replace(tzinfo=None) == WEEK.replace(tzinfo=None) for i in items)
    picked = {i.call_id for i in items}
    assert two.id in picked and len(picked & {c.id for c in mine}) == 2
    assert review_queues.fill(session, queue, weeks=[WEEK], rng=random.Random(8)).total == 0
    # a late call of AG-2 tops AG-2 up to two; AG-1 already has its two
    late = _scored(session, factories, "AG-2", 27)[0]
    assert review_queues.fill(session, queue, weeks=[WEEK], rng=random.Random(9)).total == 1
    assert late.id in {i.call_id for i in _items(session, queue)}
    # the default weeks are this one and the last: the earlier call of AG-1 is picked for its own week
    report = review_queues.fill(session, queue, now=NOW)
    assert report.added == {"2026-11-16": 1, "2026-11-23": 0}
    # work is spread over the two trainers
    load = [i.assigned_to_id for i in _items(session, queue)]
    assert abs(load.count(world["t1"].id) - load.count(world["t2"].id)) <= 1


def test_random_picks_vary_with_the_draw(session, factories, world):
    for d in range(23, 30):
        _scored(session, factories, "AG-1", d)
    seen = set()
    for seed in range(6):
        queue = _queue(session, world, "random", {"per_agent": 1}, name=f"r{seed}")
        review_queues.fill(session, queue, weeks=[WEEK], rng=random.Random(seed))
        seen |= {i.call_id for i in _items(session, queue)}
    assert len(seen) > 1


def test_auto_fail_and_sentiment_drop_rules(session, factories, world):
    failed = _scored(session, factories, "AG-1", 24, auto_failed=True)[0]
    fell = _scored(session, factories, "AG-2", 24, change=-0.5)[0]
    _scored(session, factories, "AG-2", 25, change=-0.2)
    auto = _queue(session, world, "auto_fail")
    assert review_queues.fill(session, auto, weeks=[WEEK]).total == 1
    assert [i.call_id for i in _items(session, auto)] == [failed.id]
    assert not _items(session, auto)[0].random
    assert review_queues.fill(session, auto, weeks=[WEEK]).total == 0
    drop = _queue(session, world, "sentiment_drop", {"drop": 0.3})
    review_queues.fill(session, drop, weeks=[WEEK])
    items = _items(session, drop)
    assert [i.call_id for i in items] == [fell.id]
    assert "fell by 0.50" in items[0].reason


def test_least_sure_takes_the_smallest_margin(session, factories, world):
    _scored(session, factories, "AG-1", 24, similarity=0.90)
    close = _scored(session, factories, "AG-1", 25, similarity=0.47)[0]
    _scored(session, factories, "AG-2", 25, similarity=0.30)
    _scored(session, factories, "AG-2", 26)  # no figure: never picked by this rule
    queue = _queue(session, world, "least_sure", {"max_calls": 1})
    review_queues.fill(session, queue, weeks=[WEEK])
    items = _items(session, queue)
    assert [i.call_id for i in items] == [close.id]
    assert "similarity 0.47 against 0.45" in items[0].reason
    # max_calls is per week: filling again adds nothing
    assert review_queues.fill(session, queue, weeks=[WEEK]).total == 0
    other = _queue(session, world, "least_sure", {"max_calls": 5, "criteria": ["greeting"]}, name="greeting")
    assert review_queues.fill(session, other, weeks=[WEEK]).total == 0


def test_certainty_reads_the_detectors_figures():
    result = {"criteria": [
        {"id": "a", "label": "A", "outcome": "pass", "details": {"matches": [{"score": 0.62}], "method": "embeddings"}},
        {"id": "b", "label": "B", "outcome": "fail", "details": {"confidence": 0.55}},
        {"id": "c", "label": "C", "outcome": "pass", "details": {"found": ["x"]}},
    ]}
    margin, what = review_queues.item_certainty(result, {"a": {"threshold": 0.6}})
    assert margin == pytest.approx(0.02) and what.startswith("A: score 0.62 against 0.60")
    margin, what = review_queues.item_certainty(result, {}, criteria=["b"])
    assert margin == pytest.approx(0.05) and "confidence 0.55" in what
    assert review_queues.item_certainty(result, {}, criteria=["c"]) is None


def test_progress_counts_reviews_and_the_random_sample(session, factories, world):
    for d in (23, 24, 25, 26):
        _scored(session, factories, "AG-1", d)
    queue = _queue(session, world, "random", {"per_agent": 4})
    review_queues.fill(session, queue, weeks=[WEEK], rng=random.Random(1))
    p = review_queues.progress(session, queue)
    assert (p.done, p.total) == (0, 4)
    assert {(name, done, total) for name, done, total in p.per_trainer} == {("t1", 0, 2), ("t2", 0, 2)}
    t1_items = review_queues.items_for(session, queue, world["t1"])
    assert len(t1_items) == 2 and all(r.item.assigned_to_id == world["t1"].id for r in t1_items)
    assert len(review_queues.items_for(session, queue, world["t1"], everyone=True)) == 4
    review_queues.mark_reviewed(session, queue, t1_items[0].item.id, world["t1"])
    # a review completed on the call page counts too
    t2_item = review_queues.items_for(session, queue, world["t2"])[0].item
    evaluation = session.scalar(select(EvaluationRecord).where(EvaluationRecord.call_id == t2_item.call_id))
    reviews.share_review(session, evaluation, user=world["t2"])
    p = review_queues.progress(session, queue)
    assert (p.done, p.total, p.random_done) == (2, 4, 2)
    assert {(n, d) for n, d, _ in p.per_trainer} == {("t1", 1), ("t2", 1)}
    # the dashboard's unbiased sample: reviewed, randomly picked current evaluations only
    all_ids = select(EvaluationRecord.id)
    sampled = set(session.scalars(review_queues.reviewed_random_sample(all_ids)))
    assert sampled == {session.scalar(select(EvaluationRecord.id).where(EvaluationRecord.call_id == i.call_id))
                       for i in (t1_items[0].item, t2_item)}


def test_paused_queues_are_not_filled(session, factories, world):
    _scored(session, factories, "AG-1", 24)
    queue = _queue(session, world, "random", {"per_agent": 1})
    review_queues.set_active(session, queue, False, user=world["admin"])
    assert review_queues.fill_all(session, now=NOW) == []
    review_queues.set_active(session, queue, True, user=world["admin"])
    assert sum(r.total for r in review_queues.fill_all(session, now=NOW)) == 1


def test_who_may_create_and_see_queues(session, factories, world):
    queue = _queue(session, world, "random")
    assert [q.id for q in review_queues.queues_for(session, world["t1"])] == [queue.id]
    assert review_queues.queues_for(session, world["ts"]) == []
    with pytest.raises(NotFound):
        review_queues.get_queue(session, world["ts"], queue.id)
    with pytest.raises(Forbidden):
        review_queues.queues_for(session, world["agent"])
    with pytest.raises(Forbidden, match="trainer of team 'North'"):
        review_queues.create_queue(session, user=world["ts"], team=world["north"], name="x", rule="random",
                                   trainer_ids=[world["ts"].id])
    with pytest.raises(Invalid, match="'ts' is not in team 'North'"):
        _queue(session, world, "random", trainers=("t1", "ts"), name="y")
    with pytest.raises(Invalid, match="not one of random, auto_fail"):
        _queue(session, world, "everything")
    with pytest.raises(Invalid, match="per_agent .* at least 1"):
        _queue(session, world, "random", {"per_agent": 0}, name="z")
    with pytest.raises(Invalid, match="must be a number"):
        _queue(session, world, "sentiment_drop", {"drop": "lots"})
    with pytest.raises(Invalid, match="no parameter per_agent"):
        _queue(session, world, "auto_fail", {"per_agent": 2})
    with pytest.raises(Invalid, match="already has a queue named 'random'"):
        _queue(session, world, "random")
    # a trainer of the team creates one too
    mine = review_queues.create_queue(session, user=world["t2"], team=world["north"], name="mine", rule="auto_fail",
                                      trainer_ids=[world["t2"].id])
    assert mine.trainers == [world["t2"]]


def test_dashboard_agreement_uses_the_random_sample_and_says_so(session, factories, world):
    from qa_service import analytics, call_list

    chosen = _scored(session, factories, "AG-1", 24)[1]
    _scored(session, factories, "AG-2", 25)
    query = call_list.list_query(world["admin"])
    row = next(c for c in chosen.criteria if c.criterion_id == "greeting")
    reviews.override(session, chosen, "greeting", "fail" if row.outcome == "pass" else "pass",
                     reason="the trainer picked this call to correct it", user=world["t1"])
    # without queues: the calls trainers chose, and the page says it is not a random sample
    basis = analytics.agreement_basis(session, query)
    assert (basis.random, basis.evaluations) == (False, 1)
    greeting = next(a for a in analytics.agreement(session, query) if a.criterion == "greeting")
    assert (greeting.reviewed, greeting.agreed) == (1, 0)
    # a random pick of the other agent's call, reviewed with no change: the figures now come from it alone
    queue = _queue(session, world, "random", {"per_agent": 1}, trainers=("t2",))
    review_queues.fill(session, queue, weeks=[WEEK], rng=random.Random(3))
    item = next(i for i in _items(session, queue) if i.call_id != chosen.call_id)
    for other in [i for i in _items(session, queue) if i.call_id == chosen.call_id]:
        session.delete(other)  # keep only the unbiased pick of the other agent
    review_queues.mark_reviewed(session, queue, item.id, world["t2"])
    basis = analytics.agreement_basis(session, query)
    assert (basis.random, basis.evaluations) == (True, 1)
    greeting = next(a for a in analytics.agreement(session, query) if a.criterion == "greeting")
    assert (greeting.reviewed, greeting.agreed) == (1, 1)
    board = analytics.dashboard(session, query).to_dict()
    assert board["agreement_basis"] == {"random": True, "evaluations": 1}


def test_the_periodic_task_fills_every_active_queue(settings, factories):
    from qa_service.celery_app import REVIEW_QUEUE_FILL_S, celery_config, make_celery
    from qa_service.db.session import session_scope

    assert celery_config(settings)["beat_schedule"]["review-queues"] == {
        "task": "qa.fill_review_queues", "schedule": REVIEW_QUEUE_FILL_S}
    with session_scope(settings) as s:
        team = accounts.get_or_create_team(s, "North")
        accounts.put_agent_in_team(s, accounts.get_or_create_agent(s, "AG-1"), team)
        now = datetime.now(timezone.utc)
        _scored(s, factories, "AG-1", 1)  # November 1st: not this week's
        record = factories.make_call(s, agent="AG-1", started_at=now.strftime("%Y-%m-%dT%H:%M:%SZ"))
        factories.make_evaluation(s, record)
        trainer = factories.make_user(s, "t1", "trainer", teams=[team])
        review_queues.create_queue(s, user=trainer, team=team, name="random", rule="random",
                                   params={"per_agent": 5}, trainer_ids=[trainer.id])
    app = make_celery(settings.with_overrides(task_always_eager=True))
    assert app.tasks["qa.fill_review_queues"].apply().get() == 1
    assert app.tasks["qa.fill_review_queues"].apply().get() == 0


def test_cli_lists_and_fills_queues(settings, factories, monkeypatch):
    from click.testing import CliRunner

    from qa_service.cli import cli
    from qa_service.db.session import session_scope

    monkeypatch.setenv("QA_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("QA_DATA_DIR", str(settings.data_path))
    with session_scope(settings) as s:
        team = accounts.get_or_create_team(s, "North")
        accounts.put_agent_in_team(s, accounts.get_or_create_agent(s, "AG-1"), team)
        _scored(s, factories, "AG-1", 24)
        _scored(s, factories, "AG-1", 25)
        trainer = factories.make_user(s, "t1", "trainer", teams=[team])
        queue_id = review_queues.create_queue(s, user=trainer, team=team, name="weekly", rule="random",
                                              params={"per_agent": 1}, trainer_ids=[trainer.id]).id
    runner = CliRunner()
    result = runner.invoke(cli, ["queues", "fill", "--week", "2026-11-26"])
    assert result.exit_code == 0, result.output
    assert "weekly: 1 added (1 in the week of 2026-11-23)" in result.output
    result = runner.invoke(cli, ["queues", "fill", "--queue", str(queue_id), "--week", "2026-11-26"])
    assert "0 added" in result.output
    result = runner.invoke(cli, ["queues", "list"])
    assert f"#{queue_id}  active  North: weekly" in result.output and "0/1 reviewed" in result.output
    result = runner.invoke(cli, ["queues", "fill", "--week", "26/11/2026"])
    assert result.exit_code != 0 and "use YYYY-MM-DD" in result.output


def test_a_concurrent_fill_that_picked_the_call_first_is_skipped(session, factories, world, monkeypatch):
    first = _scored(session, factories, "AG-1", 24)
    second = _scored(session, factories, "AG-1", 25)
    queue = _queue(session, world, "random", {"per_agent": 1})
    assert review_queues.fill(session, queue, weeks=[WEEK], rng=random.Random(2)).total == 1
    taken = _items(session, queue)[0].call_id
    # as if another fill inserted its pick between this fill's read and its insert
    picks = [(e, c, "race", True) for c, e in (first, second)]
    monkeypatch.setattr(review_queues, "_pick", lambda *a, **k: picks)
    report = review_queues.fill(session, queue, weeks=[WEEK])
    assert report.total == 1  # the other call; the one already there is skipped, not an error
    assert sorted(i.call_id for i in _items(session, queue)) == sorted([first[0].id, second[0].id])
    assert taken in {first[0].id, second[0].id}
