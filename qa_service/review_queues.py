"""Review queues: which calls trainers review, picked by rules instead of by hand.

A queue belongs to one team and has one sampling rule (:data:`RULES`); each
week (ISO week, Monday 00:00 UTC, of the call's date) it picks calls of the
team's agents, by their current evaluation, and assigns each to one of its
trainers (the one with the fewest calls of that queue that week who may see
the call, :mod:`qa_service.visibility`):

``random``          N calls per agent per week, at random (``per_agent``);
``auto_fail``       every call the machine failed through an auto-fail criterion;
``least_sure``      the calls whose detectors were least sure (``max_calls`` per
                    week, optionally only ``criteria``): the smallest margin
                    between a figure a detector reports in its details (a
                    ``similarity`` or ``score`` against the criterion's
                    threshold, or a ``confidence`` against 0.5) and its
                    decision point;
``sentiment_drop``  calls whose customer sentiment fell by more than ``drop``
                    (first to last quarter, -1 to +1 scale).

Filling (:func:`fill`, the periodic task ``qa.fill_review_queues`` or "Fill
now") is idempotent: a call is never picked twice into one queue period, and
``random`` tops each agent up to N. A queue item is done once the call's
current evaluation is reviewed (completed or shared). Random picks are
flagged: their reviews are an unbiased check of the detectors, which the
dashboard's AI-vs-trainer agreement uses (:func:`reviewed_random_sample`).

The only writer of :class:`ReviewQueue`, :class:`ReviewQueueTrainer` and
:class:`ReviewQueueItem` rows.
"""

from __future__ import annotations

import random as _random
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable

from sqlalchemy import Select, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qa_service import audit, reviews, visibility
from qa_service.db.models import (
    QUEUE_RULES,
    Agent,
    CallRecord,
    EvaluationRecord,
    ReviewQueue,
    ReviewQueueItem,
    ReviewQueueTrainer,
    Team,
    TeamMember,
    User,
)
from qa_service.errors import Forbidden, Invalid, NotFound
from qa_service.scorecard_versions import scorecard_for_version
from transcription.errors import QAError

__all__ = [
    "DONE_STATES",
    "RULES",
    "FillReport",
    "QueueProgress",
    "all_queues",
    "create_queue",
    "fill",
    "fill_all",
    "get_queue",
    "item_certainty",
    "items_for",
    "mark_reviewed",
    "progress",
    "queues_for",
    "reviewed_random_sample",
    "set_active",
    "team_choices",
    "trainer_choices",
    "week_start",
]


@dataclass(frozen=True)
class Rule:
    label: str  # in the user's words
    # parameter -> (type, default, minimum, what it means)
    params: dict[str, tuple[type, Any, float | None, str]]


RULES: dict[str, Rule] = {
    "random": Rule("N random calls per agent per week", {
        "per_agent": (int, 2, 1, "calls per agent per week"),
    }),
    "auto_fail": Rule("Every auto-fail", {}),
    "least_sure": Rule("Criteria where the detector was least sure", {
        "max_calls": (int, 10, 1, "calls per week"),
        "criteria": (list, [], None, "only these criterion ids (empty: any)"),
    }),
    "sentiment_drop": Rule("Customer sentiment fell by more than X", {
        "drop": (float, 0.3, 0.0, "fall in customer sentiment, first to last quarter (-1 to +1 scale)"),
    }),
}
assert set(RULES) == set(QUEUE_RULES)
# review states in which the trainer has looked at every criterion: the queue item is done
DONE_STATES: tuple[str, ...] = ("completed", "shared")
# roles that create queues (a trainer only for their own teams) and that work them
MANAGER_ROLES: tuple[str, ...] = ("admin", "trainer")
# how many weeks back a fill looks by default: this week and the last (calls arrive late)
DEFAULT_WEEKS = 2
# a detector's confidence in its outcome is least sure at a coin toss
CONFIDENCE_MIDPOINT = 0.5


def week_start(value: datetime) -> datetime:
    """Monday 00:00 UTC of the ISO week ``value`` falls in."""
    value = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    day = value.astimezone(timezone.utc)
    monday = (day - timedelta(days=day.weekday())).date()
    return datetime(monday.year, monday.month, monday.day, tzinfo=timezone.utc)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


# --- queues -----------------------------------------------------------------------------------


def _check_params(rule: str, given: dict[str, Any]) -> dict[str, Any]:
    if rule not in RULES:
        raise Invalid(f"rule {rule!r} is not one of {', '.join(RULES)}")
    spec = RULES[rule].params
    unknown = sorted(set(given) - set(spec))
    if unknown:
        raise Invalid(f"rule {rule!r} has no parameter {', '.join(unknown)}; its parameters: "
                      f"{', '.join(spec) or 'none'}")
    out: dict[str, Any] = {}
    for name, (kind, default, minimum, meaning) in spec.items():
        value = given.get(name, default)
        if value in (None, ""):
            value = default
        if kind is list:
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",") if v.strip()]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise Invalid(f"{name} ({meaning}) must be a list of criterion ids, e.g. empathy, paraphrase")
        else:
            try:
                value = kind(value)
            except (TypeError, ValueError):
                raise Invalid(f"{name} ({meaning}) must be a {'whole number' if kind is int else 'number'}, "
                              f"not {value!r}") from None
            if minimum is not None and (value < minimum or (kind is float and value <= minimum)):
                raise Invalid(f"{name} ({meaning}) must be {'at least' if kind is int else 'more than'} {minimum:g}")
        out[name] = value
    return out


def _may_manage(session: Session, user: User, team_id: int) -> bool:
    if not user.is_active:
        return False
    if user.role == "admin":
        return True
    return user.role == "trainer" and session.get(TeamMember, (user.id, team_id)) is not None


def create_queue(
    session: Session,
    *,
    user: User,
    team: Team,
    name: str,
    rule: str,
    params: dict[str, Any] | None = None,
    trainer_ids: Iterable[int],
) -> ReviewQueue:
    """A new queue for ``team`` picking calls by ``rule`` (with ``params``), worked by ``trainer_ids``
    (trainers of the team, or admins). Admins create queues for any team, trainers for their own."""
    if not _may_manage(session, user, team.id):
        raise Forbidden(f"only an admin or a trainer of team {team.name!r} can create its review queues")
    name = (name or "").strip()
    if not name:
        raise Invalid("a review queue needs a name, e.g. 'Weekly random sample'")
    checked = _check_params(rule, dict(params or {}))
    trainers = []
    for user_id in dict.fromkeys(int(t) for t in trainer_ids):
        trainer = session.get(User, user_id)
        if trainer is None or not visibility.can_review(trainer):
            raise Invalid(f"user #{user_id} cannot work a review queue; pick active trainers or admins")
        if trainer.role == "trainer" and session.get(TeamMember, (trainer.id, team.id)) is None:
            raise Invalid(f"trainer {trainer.username!r} is not in team {team.name!r} and may not see its calls; "
                          "add them to the team first or pick another trainer")
        trainers.append(trainer)
    if not trainers:
        raise Invalid("pick at least one trainer to work the queue")
    if session.scalar(select(ReviewQueue.id).where(ReviewQueue.team_id == team.id, ReviewQueue.name == name)):
        raise Invalid(f"team {team.name!r} already has a queue named {name!r}; pick another name")
    queue = ReviewQueue(name=name, team_id=team.id, rule=rule, params=checked, created_by_id=user.id)
    session.add(queue)
    session.flush()
    for trainer in trainers:
        session.add(ReviewQueueTrainer(queue_id=queue.id, user_id=trainer.id))
    session.flush()
    session.refresh(queue)
    audit.record(session, "queue.create", user=user, target=queue,
                 details={"team": team.name, "rule": rule, "params": checked,
                          "trainers": [t.username for t in trainers]})
    return queue


def set_active(session: Session, queue: ReviewQueue, active: bool, *, user: User) -> None:
    """Pause (no more filling) or resume a queue."""
    if not _may_manage(session, user, queue.team_id):
        raise Forbidden(f"only an admin or a trainer of team {queue.team.name!r} can change its queues")
    queue.is_active = bool(active)
    session.flush()
    audit.record(session, "queue.resume" if active else "queue.pause", user=user, target=queue)


def _works(queue: ReviewQueue, user: User) -> bool:
    return any(t.id == user.id for t in queue.trainers)


def queues_for(session: Session, user: User) -> list[ReviewQueue]:
    """The queues ``user`` works or manages (an admin: all; a trainer: those of their teams)."""
    if not visibility.can_review(user):
        raise Forbidden(f"role {user.role!r} has no review queues; roles that review: "
                        f"{', '.join(visibility.REVIEWER_ROLES)}")
    stmt = select(ReviewQueue).join(Team, ReviewQueue.team_id == Team.id).order_by(Team.name, ReviewQueue.name)
    if user.role != "admin":
        teams = select(TeamMember.team_id).where(TeamMember.user_id == user.id)
        worked = select(ReviewQueueTrainer.queue_id).where(ReviewQueueTrainer.user_id == user.id)
        stmt = stmt.where(ReviewQueue.team_id.in_(teams) | ReviewQueue.id.in_(worked))
    return list(session.scalars(stmt))


def all_queues(session: Session) -> list[ReviewQueue]:
    """Every queue (the command line, which runs as the operator)."""
    return list(session.scalars(select(ReviewQueue).join(Team, ReviewQueue.team_id == Team.id)
                                .order_by(Team.name, ReviewQueue.name)))


def get_queue(session: Session, user: User, queue_id: int) -> ReviewQueue:
    """Queue ``queue_id`` when ``user`` may see it; :class:`NotFound` otherwise."""
    for queue in queues_for(session, user):
        if queue.id == queue_id:
            return queue
    raise NotFound(f"there is no review queue #{queue_id} among yours")


# --- picking ----------------------------------------------------------------------------------


def _margins(details: Any, params: dict[str, Any]) -> list[tuple[float, str]]:
    """(margin, what) for every figure of a detector's ``details`` that says how sure it was."""
    method = details.get("method") if isinstance(details, dict) else None
    found: list[tuple[float, str]] = []

    def threshold(key: str) -> float | None:
        names = {"similarity": ("min_similarity", "threshold"),
                 "score": (("lemma_threshold", "threshold") if method == "lemma overlap" else ("threshold",)),
                 "confidence": ()}[key]
        for n in names:
            if isinstance(params.get(n), (int, float)):
                return float(params[n])
        return CONFIDENCE_MIDPOINT if key == "confidence" else None

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("similarity", "score", "confidence") and isinstance(v, (int, float)) \
                        and not isinstance(v, bool):
                    t = threshold(k)
                    if t is not None:
                        found.append((abs(float(v) - t), f"{k} {float(v):.2f} against {t:.2f}"))
                else:
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(details)
    return found


def item_certainty(result: dict[str, Any], resolved: dict[str, dict[str, Any]],
                   criteria: Iterable[str] = ()) -> tuple[float, str] | None:
    """The smallest margin to a decision point among the criteria of an evaluation ``result`` (only
    ``criteria`` when given) and what it was; None when no detector reported such a figure.
    ``resolved`` holds each criterion's parameters with the detector's defaults."""
    wanted = set(criteria)
    best: tuple[float, str] | None = None
    for c in result.get("criteria", []):
        if wanted and c.get("id") not in wanted:
            continue
        for margin, what in _margins(c.get("details") or {}, resolved.get(c.get("id"), {})):
            if best is None or margin < best[0]:
                best = (margin, f"{c.get('label') or c.get('id')}: {what} ({c.get('outcome')})")
    return best


@dataclass(frozen=True)
class FillReport:
    queue_id: int
    added: dict[str, int]  # week (ISO date of its Monday) -> calls added

    @property
    def total(self) -> int:
        return sum(self.added.values())


def _candidates(session: Session, queue: ReviewQueue, start: datetime) -> Select:
    end = start + timedelta(days=7)
    return (
        select(EvaluationRecord, CallRecord)
        .join(CallRecord, EvaluationRecord.call_id == CallRecord.id)
        .join(Agent, CallRecord.agent_id == Agent.id)
        .where(EvaluationRecord.is_current == true(), Agent.team_id == queue.team_id,
               CallRecord.dated_at >= start, CallRecord.dated_at < end)
        .order_by(CallRecord.dated_at, CallRecord.id)
    )


def _pick(session: Session, queue: ReviewQueue, start: datetime, taken: set[int],
          rng: _random.Random) -> list[tuple[EvaluationRecord, CallRecord, str, bool]]:
    """What ``queue``'s rule picks in the week from ``start``, beyond the calls already ``taken``."""
    params = queue.params or {}
    rows = [(e, c) for e, c in session.execute(_candidates(session, queue, start)) if c.id not in taken]
    if queue.rule == "random":
        per_agent = int(params.get("per_agent", 1))
        have = Counter(session.scalars(
            select(CallRecord.agent_id).join(ReviewQueueItem, ReviewQueueItem.call_id == CallRecord.id)
            .where(ReviewQueueItem.queue_id == queue.id, ReviewQueueItem.period_start == start,
                   ReviewQueueItem.random == true())))
        by_agent: dict[int, list[tuple[EvaluationRecord, CallRecord]]] = defaultdict(list)
        for e, c in rows:
            by_agent[c.agent_id].append((e, c))
        picked = []
        for agent_id, pool in sorted(by_agent.items()):
            need = per_agent - have.get(agent_id, 0)
            if need <= 0:
                continue
            for e, c in rng.sample(pool, min(need, len(pool))):
                picked.append((e, c, f"picked at random among the agent's {len(pool) + have.get(agent_id, 0)} "
                                     "calls that week", True))
        return picked
    if queue.rule == "auto_fail":
        return [(e, c, "auto-fail: " + ", ".join(
            x.get("label") or x.get("id") for x in e.result.get("criteria", [])
            if x.get("auto_fail") and x.get("outcome") == "fail") or "auto-fail", False)
            for e, c in rows if e.result.get("auto_failed")]
    if queue.rule == "sentiment_drop":
        drop = float(params.get("drop", 0.3))
        picked = []
        for e, c in rows:
            change = ((e.result.get("metrics") or {}).get("sentiment") or {}).get("change")
            if isinstance(change, (int, float)) and change < -drop:
                picked.append((e, c, f"customer sentiment fell by {-change:.2f} (first to last quarter)", False))
        return picked
    if queue.rule == "least_sure":
        room = int(params.get("max_calls", 10)) - len(taken)
        if room <= 0:
            return []
        scored = []
        resolved_by_version: dict[int, dict[str, dict[str, Any]]] = {}
        for e, c in rows:
            if e.scorecard_version_id not in resolved_by_version:
                try:
                    card = scorecard_for_version(e.scorecard_version)
                    resolved_by_version[e.scorecard_version_id] = {x.id: dict(x.resolved_params)
                                                                   for x in card.criteria}
                except QAError:
                    resolved_by_version[e.scorecard_version_id] = {}
            found = item_certainty(e.result, resolved_by_version[e.scorecard_version_id], params.get("criteria") or ())
            if found is not None:
                scored.append((found[0], c.id, e, c, f"least sure: {found[1]}"))
        scored.sort(key=lambda s: (s[0], s[1]))
        return [(e, c, why, False) for _, _, e, c, why in scored[:room]]
    raise Invalid(f"rule {queue.rule!r} is not one of {', '.join(RULES)}")


def fill(session: Session, queue: ReviewQueue, *, weeks: Iterable[datetime] | None = None,
         now: datetime | None = None, rng: _random.Random | None = None, user: User | None = None) -> FillReport:
    """Add what ``queue``'s rule picks in ``weeks`` (Mondays; default this week and the last) and assign
    it. Calls already in the queue that week are never added again."""
    rng = rng or _random.SystemRandom()
    now = _aware(now or datetime.now(timezone.utc))
    starts = sorted({week_start(w) for w in weeks} if weeks is not None else
                    {week_start(now - timedelta(days=7 * k)) for k in range(DEFAULT_WEEKS)})
    added: dict[str, int] = {}
    for start in starts:
        existing = session.execute(select(ReviewQueueItem.call_id, ReviewQueueItem.assigned_to_id).where(
            ReviewQueueItem.queue_id == queue.id, ReviewQueueItem.period_start == start)).all()
        taken = {call_id for call_id, _ in existing}
        load = Counter(a for _, a in existing if a is not None)
        count = 0
        for evaluation, record, reason, is_random in _pick(session, queue, start, taken, rng):
            able = [t for t in queue.trainers if t.is_active and visibility.can_see_call(session, t, record)]
            trainer = min(able, key=lambda t: (load[t.id], t.username)) if able else None
            try:
                with session.begin_nested():
                    session.add(ReviewQueueItem(queue_id=queue.id, period_start=start, call_id=record.id,
                                                evaluation_id=evaluation.id,
                                                assigned_to_id=trainer.id if trainer else None,
                                                random=is_random, reason=reason))
            except IntegrityError:
                # another fill (the periodic task and "Fill now" at once) picked it first
                continue
            if trainer is not None:
                load[trainer.id] += 1
            count += 1
        added[start.date().isoformat()] = count
    report = FillReport(queue.id, added)
    if report.total:
        audit.record(session, "queue.fill", user=user, target=queue, details={"added": added})
    return report


def fill_all(session: Session, *, now: datetime | None = None) -> list[FillReport]:
    """Fill every active queue (the periodic task)."""
    queues = session.scalars(select(ReviewQueue).where(ReviewQueue.is_active == true()).order_by(ReviewQueue.id))
    return [fill(session, q, now=now) for q in queues]


# --- working the queue ------------------------------------------------------------------------


def _done_clause() -> Any:
    """Items whose call's current evaluation is reviewed."""
    return ReviewQueueItem.call_id.in_(
        select(EvaluationRecord.call_id).where(EvaluationRecord.is_current == true(),
                                              EvaluationRecord.review_state.in_(DONE_STATES)))


@dataclass(frozen=True)
class ItemRow:
    item: ReviewQueueItem
    done: bool


def items_for(session: Session, queue: ReviewQueue, user: User, *, period: datetime | None = None,
              everyone: bool = False) -> list[ItemRow]:
    """The items of ``queue`` (of one week when ``period``) assigned to ``user``; everybody's when
    ``everyone`` and ``user`` manages the queue's team."""
    stmt = (select(ReviewQueueItem, _done_clause()).where(ReviewQueueItem.queue_id == queue.id)
            .order_by(ReviewQueueItem.period_start.desc(), ReviewQueueItem.id))
    if period is not None:
        stmt = stmt.where(ReviewQueueItem.period_start == week_start(period))
    if not (everyone and _may_manage(session, user, queue.team_id)):
        stmt = stmt.where(ReviewQueueItem.assigned_to_id == user.id)
    return [ItemRow(item, bool(done)) for item, done in session.execute(stmt)]


@dataclass(frozen=True)
class QueueProgress:
    done: int
    total: int
    per_trainer: list[tuple[str, int, int]]  # (trainer, done, total)
    random_done: int  # reviewed items picked at random (the unbiased sample)


def progress(session: Session, queue: ReviewQueue, *, period: datetime | None = None) -> QueueProgress:
    """Done / total for the queue and for each trainer (all weeks, or one)."""
    stmt = (select(ReviewQueueItem.assigned_to_id, ReviewQueueItem.random, _done_clause())
            .where(ReviewQueueItem.queue_id == queue.id))
    if period is not None:
        stmt = stmt.where(ReviewQueueItem.period_start == week_start(period))
    per: dict[int | None, list[int]] = defaultdict(lambda: [0, 0])
    random_done = 0
    for assignee, is_random, done in session.execute(stmt):
        per[assignee][1] += 1
        per[assignee][0] += bool(done)
        random_done += bool(done) and bool(is_random)
    names = {u.id: u.display_name or u.username for u in
             session.scalars(select(User).where(User.id.in_([k for k in per if k is not None])))}
    rows = sorted(((names.get(k, "(unassigned)") if k is not None else "(unassigned)", d, n)
                   for k, (d, n) in per.items()), key=lambda r: r[0].lower())
    return QueueProgress(sum(d for _, d, _ in rows), sum(n for _, _, n in rows), rows, random_done)


def mark_reviewed(session: Session, queue: ReviewQueue, item_id: int, user: User) -> ReviewQueueItem:
    """The trainer looked at every criterion of the item's call and kept the rest as it is: its current
    evaluation's review is completed (not shared with the agent)."""
    item = session.get(ReviewQueueItem, item_id)
    if item is None or item.queue_id != queue.id:
        raise NotFound(f"review queue #{queue.id} has no item #{item_id}")
    if item.assigned_to_id != user.id and not _may_manage(session, user, queue.team_id):
        raise Forbidden(f"item #{item_id} is assigned to someone else")
    visibility.require_reviewer(user)
    record = visibility.visible_call(session, user, item.call_id)
    evaluation = session.scalar(select(EvaluationRecord).where(EvaluationRecord.call_id == record.id,
                                                               EvaluationRecord.is_current == true()))
    if evaluation is None:
        raise Invalid(f"call {record.call_id!r} has no current evaluation to review")
    if evaluation.review_state not in DONE_STATES:
        reviews.set_review_state(session, evaluation, "completed", user=user)
    return item


# --- what the dashboard uses ------------------------------------------------------------------


def reviewed_random_sample(evaluation_ids: Select) -> Select:
    """The ids among ``evaluation_ids`` (a one-column select) of current evaluations of calls that a queue
    picked at random and whose review is done: the unbiased sample of trainer reviews."""
    sampled = select(ReviewQueueItem.call_id).where(ReviewQueueItem.random == true())
    return (select(EvaluationRecord.id)
            .where(EvaluationRecord.id.in_(evaluation_ids), EvaluationRecord.is_current == true(),
                   EvaluationRecord.review_state.in_(DONE_STATES), EvaluationRecord.call_id.in_(sampled)))


def team_choices(session: Session, user: User) -> list[Team]:
    """The teams ``user`` may create queues for."""
    stmt = select(Team).order_by(Team.name)
    if user.role != "admin":
        stmt = stmt.where(Team.id.in_(select(TeamMember.team_id).where(TeamMember.user_id == user.id)))
    return list(session.scalars(stmt))


def trainer_choices(session: Session, team_ids: Iterable[int]) -> list[User]:
    """Users who may work a queue of these teams: their trainers, and admins."""
    ids = list(team_ids)
    members = select(TeamMember.user_id).where(TeamMember.team_id.in_(ids))
    return list(session.scalars(select(User).where(
        User.is_active == true(),
        ((User.role == "trainer") & User.id.in_(members)) | (User.role == "admin")).order_by(User.username)))

