"""The dashboards' weekly summary: per ISO week, agent and scorecard version, the sums every dashboard
figure is made of (``weekly_scores``, ``weekly_criteria``), so a dashboard over months of calls reads a
few thousand summary rows instead of every evaluation and criterion row.

Only current evaluations count (what lists and dashboards show). An
evaluation *contributes* one to its cell (the Monday of its call's
``dated_at``, the call's agent, its scorecard version): its score, pass,
auto-fail, timing figures and, per criterion, its effective outcome, how the
trainer's outcome compares with the detector's, and its overrides.

The summary is kept exact inside the transaction of every write, whatever
module makes it, by one rule: an evaluation's contribution is read
(:func:`touch`, the row locked on PostgreSQL) *before* anything changes it,
and when the transaction commits the difference between its contribution
now and then is added to the summary rows (``INSERT ... ON CONFLICT DO
UPDATE``, in key order, so concurrent writers neither lose an update nor
deadlock). ORM changes are touched by themselves (a ``before_flush``
listener, :func:`install`); the few bulk statements that change
evaluations behind the ORM's back call :func:`touch` first
(``evaluations.set_current``, ``retention``). A rolled-back savepoint needs
nothing: what it undid is undone in the summary's deltas too, since both are
read from the database.

Every transaction that changes what a dashboard shows (the summary, or the
agents, teams, team members, review queues, scorecards and new calls a
dashboard and the list's filter menus read beside it) also replaces the
summary's :func:`version`, a random token in ``weekly_summary_version``, last,
just before it commits; web processes keep what they computed under it
(:class:`Kept`: :func:`qa_service.analytics.dashboard_for`,
:func:`qa_service.call_list.filter_choices`).

:func:`rebuild` recomputes the tables from the rows (the migration that adds
them and ``qa-service db rebuild-summary``); :func:`differences` compares
them with a recomputation.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Callable, Generic, Iterable, Mapping, TypeVar

from sqlalchemy import (
    Date,
    Select,
    and_,
    any_,
    bindparam,
    case,
    cast,
    delete,
    event,
    exists,
    func,
    inspect,
    not_,
    or_,
    select,
    true,
    union_all,
    update,
)
from sqlalchemy import literal as sa_literal
from sqlalchemy.orm import Session

from qa_service.db.models import (
    Agent,
    CallRecord,
    CriterionResultRecord,
    EvaluationRecord,
    Override,
    ReviewQueue,
    ReviewQueueItem,
    ScorecardRecord,
    ScorecardVersion,
    Team,
    TeamMember,
    WeeklyCriterion,
    WeeklyScore,
    WeeklySummaryVersion,
    utcnow,
)

__all__ = [
    "CRITERION_SUMS",
    "Kept",
    "REVIEWED_STATES",
    "SCORE_SUMS",
    "ALL_AGENTS",
    "NO_AGENT",
    "differences",
    "install",
    "rebuild",
    "settle",
    "sums_for",
    "touch",
    "version",
    "week_column",
]

# review states in which a trainer has looked at every criterion (with an override: a reviewed evaluation)
REVIEWED_STATES: tuple[str, ...] = ("completed", "shared")
# the timing columns of evaluations the summary sums
TIMING_COLUMNS: tuple[str, ...] = (
    "agent_interruptions", "customer_interruptions", "silence_seconds", "long_silences", "longest_silence",
    "overlap_seconds",
)
# the summed columns of weekly_scores and weekly_criteria, in this order everywhere
SCORE_SUMS: tuple[str, ...] = ("evaluations", "score_sum", "passes", "auto_fails", "reviewed", *TIMING_COLUMNS)
CRITERION_SUMS: tuple[str, ...] = (
    "passed", "failed", "na", "reviewed", "agreed", "false_pass", "false_fail", "other", "overrides",
)
# the agent_id of calls without an agent (a key column cannot be NULL)
NO_AGENT = 0
# the agent_id of weekly_criteria's rows that sum every agent's (and no agent's): what a dashboard over
# everyone's calls reads, a few hundred rows instead of one per agent
ALL_AGENTS = -1
# ids per IN (...) list
_CHUNK = 500
# session.info key of the transaction's touched evaluations
_INFO_KEY = "qa_weekly_summary"
# what an evaluation's cell and sums depend on
_EVALUATION_ATTRS = ("is_current", "score", "passed", "auto_failed", "review_state", "scorecard_version_id",
                     "call_id", *TIMING_COLUMNS)
_CRITERION_ATTRS = ("outcome", "auto_outcome", "criterion_id", "evaluation_id")
_CALL_ATTRS = ("dated_at", "agent_id", "agent")
# what a dashboard and the list's filter menus read beside the summary (who is in which team and named what,
# review queues' random picks, scorecard keys and criterion labels, which agents have calls): a change to any
# of these rows, or a new call, gives the summary a new version too
_DASHBOARD_INPUTS = (Agent, Team, TeamMember, ReviewQueue, ReviewQueueItem, ScorecardRecord, ScorecardVersion)

ScoreKey = tuple[date, int, int]  # week, agent, scorecard version
CriterionKey = tuple[date, int, int, str]


@dataclass
class _Contribution:
    """What one current evaluation adds to the summary."""

    key: ScoreKey
    sums: tuple[float, ...]  # SCORE_SUMS
    criteria: dict[str, tuple[int, ...]] = field(default_factory=dict)  # criterion id -> CRITERION_SUMS


@dataclass
class _Pending:
    # evaluation id -> its contribution when first touched in this transaction (None: none, not current)
    baseline: dict[int, _Contribution | None] = field(default_factory=dict)
    # something a dashboard shows changed since the version was last replaced in this transaction
    changed: bool = False


def week_column(session: Session, dated_at: Any = CallRecord.dated_at) -> Any:
    """The Monday (UTC) of ``dated_at``'s ISO week as a SQL expression (a date; a date string on SQLite)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        # datetimes are stored as UTC text; "weekday 1" moves forward to a Monday, so go back six days first
        return func.date(dated_at, "-6 days", "weekday 1")
    if dialect == "postgresql":
        return cast(func.date_trunc("week", func.timezone("UTC", dated_at)), Date)
    return dated_at


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value


def _criterion_sums(outcome: str, auto: str, reviewed: bool, overrides: int) -> tuple[int, ...]:
    """One criterion row's CRITERION_SUMS."""
    agreed = reviewed and outcome == auto
    false_pass = reviewed and auto == "pass" and outcome == "fail"
    false_fail = reviewed and auto == "fail" and outcome == "pass"
    return (int(outcome == "pass"), int(outcome == "fail"), int(outcome == "na"), int(reviewed), int(agreed),
            int(false_pass), int(false_fail), int(reviewed and not (agreed or false_pass or false_fail)), overrides)


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    items = sorted(set(ids))
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


# (dialect, lock) -> the two SELECTs that read contributions, built once (every write runs them twice)
_STATEMENTS: dict[tuple[str, bool], tuple[Select, Select]] = {}


def _contribution_statements(session: Session, lock: bool) -> tuple[Select, Select]:
    dialect = session.get_bind().dialect.name
    key = (dialect, lock and dialect == "postgresql")
    found = _STATEMENTS.get(key)
    if found is None:
        ids = bindparam("ids", expanding=True)
        reviewed = or_(EvaluationRecord.review_state.in_(REVIEWED_STATES),
                       exists().where(Override.evaluation_id == EvaluationRecord.id))
        evaluations = (
            select(EvaluationRecord.id, week_column(session), func.coalesce(CallRecord.agent_id, NO_AGENT),
                   EvaluationRecord.scorecard_version_id, EvaluationRecord.score, EvaluationRecord.passed,
                   EvaluationRecord.auto_failed, reviewed.label("reviewed"),
                   *(getattr(EvaluationRecord, c) for c in TIMING_COLUMNS))
            .join(CallRecord, CallRecord.id == EvaluationRecord.call_id)
            .where(EvaluationRecord.id.in_(ids), EvaluationRecord.is_current == true())
            .order_by(EvaluationRecord.id)
        )
        if key[1]:
            evaluations = evaluations.with_for_update(of=EvaluationRecord.__table__)
        overrides = (select(func.count()).where(Override.evaluation_id == CriterionResultRecord.evaluation_id,
                                                Override.criterion_id == CriterionResultRecord.criterion_id)
                     .scalar_subquery())
        criteria = select(CriterionResultRecord.evaluation_id, CriterionResultRecord.criterion_id,
                          CriterionResultRecord.outcome, CriterionResultRecord.auto_outcome, overrides
                          ).where(CriterionResultRecord.evaluation_id.in_(ids))
        found = _STATEMENTS[key] = (evaluations, criteria)
    return found


def _contributions(session: Session, evaluation_ids: Iterable[int], *, lock: bool) -> dict[int, _Contribution]:
    """The contribution of each of ``evaluation_ids`` that is current (others contribute nothing), read
    from the database as this transaction sees it; ``lock``: row-lock the evaluations (PostgreSQL)."""
    conn = session.connection()
    evaluations, criteria = _contribution_statements(session, lock)
    out: dict[int, _Contribution] = {}
    for chunk in _chunks(evaluation_ids):
        flags: dict[int, bool] = {}
        for ev_id, week, agent, version, score, passed, auto_failed, was_reviewed, *timing in conn.execute(
            evaluations, {"ids": chunk}
        ):
            flags[ev_id] = bool(was_reviewed)
            out[ev_id] = _Contribution(
                (_as_date(week), int(agent), int(version)),
                (1, float(score), int(bool(passed)), int(bool(auto_failed)), int(bool(was_reviewed)),
                 *(float(t) if t is not None else 0.0 for t in timing)),
            )
        if not flags:
            continue
        for ev_id, criterion, outcome, auto, overrides in conn.execute(criteria, {"ids": list(flags)}):
            out[ev_id].criteria[criterion] = _criterion_sums(outcome, auto, flags[ev_id], int(overrides or 0))
    return out


def sums_for(session: Session, current: Select) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The summary's sums over the evaluations of ``current`` (a SELECT of current evaluations joined to
    their calls, such as a list query read from its covering index), by the SELECTs the summary is built
    with: (week, agent_id, scorecard_version_id, *SCORE_SUMS) rows, and the criteria over every agent
    together, (week, criterion_id, *CRITERION_SUMS). A dashboard adds the days its whole weeks leave out
    with these."""
    conn = session.connection()
    current = current.order_by(None)
    score_sql, criterion_sql = _sums_of(session, current, per_agent=False)
    scores = [tuple(r) for r in conn.execute(score_sql)]
    weeks = {r[0] for r in scores}
    if len(weeks) > 1:
        return scores, [tuple(r) for r in conn.execute(criterion_sql)]
    # no evaluation (and so no criterion row), or all of one week (a dashboard's part week): the criteria
    # counted without the week, which every row shares
    return scores, [(week, *sums) for week in weeks for sums in _criterion_sums_of_one_week(session, current)]


def _criterion_sums_of_one_week(session: Session, current: Select) -> list[tuple[Any, ...]]:
    """(criterion_id, *CRITERION_SUMS) over the criterion rows of the evaluations of ``current``.

    Two plain counts by the (evaluation, criterion, outcomes) index instead of one pass joining every
    criterion row to its evaluation, call and overrides: the outcomes of every row, then how the reviewed
    evaluations' rows compare with the detector's and their overrides (reviewed ones are a few in a
    hundred). On PostgreSQL the evaluations are given as an array, which keeps the plan to one index probe
    per evaluation and a hashed count (joined, a week of 100,000 calls' 25,000 rows were sorted twice by
    text, four times as slow)."""
    conn = session.connection()
    row = CriterionResultRecord
    ids = current.with_only_columns(EvaluationRecord.id)
    overridden = select(Override.evaluation_id)
    reviewed_ids = ids.where(or_(EvaluationRecord.review_state.in_(REVIEWED_STATES),
                                 EvaluationRecord.id.in_(overridden)))

    def of(evaluations: Select) -> Any:
        if session.get_bind().dialect.name == "postgresql":
            return row.evaluation_id == any_(func.array(evaluations.scalar_subquery()))
        return row.evaluation_id.in_(evaluations)

    sums: dict[str, list[int]] = {}
    outcome_sums = {"pass": 0, "fail": 1, "na": 2}  # CRITERION_SUMS' passed, failed, na
    for criterion, outcome, n in conn.execute(
        select(row.criterion_id, row.outcome, func.count()).where(of(ids)).group_by(row.criterion_id, row.outcome)
    ):
        found = sums.get(criterion)
        if found is None:
            found = sums[criterion] = [0] * len(CRITERION_SUMS)
        if outcome in outcome_sums:
            found[outcome_sums[outcome]] += int(n)
    overrides = (select(func.count()).where(Override.evaluation_id == row.evaluation_id,
                                            Override.criterion_id == row.criterion_id)
                 .correlate(row).scalar_subquery())
    for criterion, outcome, auto, n, overridden_n in conn.execute(
        select(row.criterion_id, row.outcome, row.auto_outcome, func.count(), func.sum(overrides))
        .where(of(reviewed_ids)).group_by(row.criterion_id, row.outcome, row.auto_outcome)
    ):
        # one reviewed row's flags, n times; the outcome counts are the first query's
        flags = _criterion_sums(outcome, auto, True, 0)
        found = sums[criterion]
        for i in range(3, len(CRITERION_SUMS) - 1):
            found[i] += flags[i] * int(n)
        found[-1] += int(overridden_n or 0)
    return [(criterion, *values) for criterion, values in sums.items()]


def _pending(session: Session) -> _Pending:
    pending = session.info.get(_INFO_KEY)
    if pending is None:
        pending = session.info[_INFO_KEY] = _Pending()
    return pending


def touch(session: Session, *, evaluation_ids: Iterable[int] = (), call_ids: Iterable[int] = ()) -> None:
    """Note the contribution of these evaluations (and of every evaluation of these calls) before this
    transaction changes them; call it before a bulk statement that changes, deletes or makes current
    evaluations or their criterion rows. ORM changes need no call (see :func:`install`)."""
    pending = _pending(session)
    wanted = {i for i in evaluation_ids if i is not None}
    calls = sorted({c for c in call_ids if c is not None})
    if wanted or calls:
        pending.changed = True
    conn = session.connection()
    for chunk in _chunks(calls):
        wanted.update(conn.execute(select(EvaluationRecord.id).where(EvaluationRecord.call_id.in_(chunk))).scalars())
    fresh = wanted - pending.baseline.keys()
    if not fresh:
        return
    found = _contributions(session, fresh, lock=True)
    for ev_id in fresh:
        pending.baseline[ev_id] = found.get(ev_id)


def settle(session: Session) -> None:
    """Add what this transaction changed so far to the summary rows and give the summary a new
    :func:`version` (at commit by itself; a reader in the same transaction calls it first)."""
    # ORM changes not flushed yet touch their evaluations now
    session.flush()
    pending = session.info.get(_INFO_KEY)
    if not pending:
        return
    if pending.baseline:
        _settle_sums(session, pending)
    if pending.changed:
        pending.changed = False
        _new_version(session)


def version(session: Session) -> str | None:
    """The summary's version as this transaction sees it: a token that changes with every committed
    change to what a dashboard shows (None: the row is missing, nothing can be kept). Settles this
    transaction's own changes first, so a reader that changed something gets a version of its own."""
    settle(session)
    return session.connection().execute(
        select(WeeklySummaryVersion.version).where(WeeklySummaryVersion.id == 1)
    ).scalar_one_or_none()


T = TypeVar("T")


class Kept(Generic[T]):
    """Values a process computed from the database and keeps under the summary's :func:`version`, by
    database and ``key``; the ``size`` used last are kept. Threads of a web process share one."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[tuple[Any, ...], T] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session: Session, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """The value kept for ``key`` while the version this transaction sees is the one it was computed
        under, else ``compute()`` (kept for the next request). ``key`` says whose and what: the value must
        depend on nothing else than the database as of that version."""
        current = version(session)
        if current is None:
            return compute()
        full = (session.get_bind().url.render_as_string(hide_password=False), current, *key)
        with self._lock:
            found = self._items.get(full)
            if found is not None:
                self._items.move_to_end(full)
                return found
        value = compute()
        with self._lock:
            self._items[full] = value
            self._items.move_to_end(full)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        """Forget every kept value (they are never out of date; this only frees memory)."""
        with self._lock:
            self._items.clear()


def _new_version(session: Session) -> None:
    # a random token, not a counter: a version written by a transaction that rolls back is never seen again
    # (a reader inside it may have kept a dashboard under it). Written last, just before commit, so on
    # PostgreSQL the one row is locked for the commit only
    session.connection().execute(
        update(WeeklySummaryVersion).where(WeeklySummaryVersion.id == 1)
        .values(version=secrets.token_hex(16), changed_at=utcnow())
    )


def _settle_sums(session: Session, pending: _Pending) -> None:
    baseline = dict(pending.baseline)
    pending.baseline.clear()
    now = _contributions(session, baseline, lock=False)
    scores: dict[ScoreKey, list[float]] = defaultdict(lambda: [0.0] * len(SCORE_SUMS))
    criteria: dict[CriterionKey, list[int]] = defaultdict(lambda: [0] * len(CRITERION_SUMS))
    for sign, contributions in ((-1, baseline.values()), (1, now.values())):
        for c in contributions:
            if c is None:
                continue
            cell = scores[c.key]
            for i, v in enumerate(c.sums):
                cell[i] += sign * v
            week, _agent, version = c.key
            for criterion, sums in c.criteria.items():
                for row in (criteria[(*c.key, criterion)], criteria[(week, ALL_AGENTS, version, criterion)]):
                    for i, v in enumerate(sums):
                        row[i] += sign * v
    _apply(session, scores, criteria)


def _insert(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def _apply(session: Session, scores: Mapping[ScoreKey, list[float]], criteria: Mapping[CriterionKey, list[int]]) -> None:
    """Add the deltas to the summary rows (creating missing ones), then drop the rows left empty."""
    conn = session.connection()
    insert = _insert(session)
    for model, keys, names, deltas, empty in (
        (WeeklyScore, ("week", "agent_id", "scorecard_version_id"), SCORE_SUMS, scores,
         WeeklyScore.evaluations <= 0),
        (WeeklyCriterion, ("week", "agent_id", "scorecard_version_id", "criterion_id"), CRITERION_SUMS, criteria,
         WeeklyCriterion.passed + WeeklyCriterion.failed + WeeklyCriterion.na <= 0),
    ):
        # in key order: two transactions adding to the same rows wait for each other, never deadlock
        rows = [dict(zip(keys, key)) | dict(zip(names, values)) for key, values in sorted(deltas.items()) if any(values)]
        if not rows:
            continue
        table = model.__table__
        stmt = insert(table)
        stmt = stmt.on_conflict_do_update(index_elements=list(keys),
                                          set_={n: table.c[n] + stmt.excluded[n] for n in names})
        conn.execute(stmt, rows)
        # rows can only be left empty where a count went down (an override or a review changes none)
        emptied = [r for r in rows if (r["evaluations"] if model is WeeklyScore else r["passed"] + r["failed"] + r["na"]) < 0]
        if emptied:
            agents, weeks = sorted({r["agent_id"] for r in emptied}), sorted({r["week"] for r in emptied})
            conn.execute(delete(table).where(table.c.agent_id.in_(agents), table.c.week.in_(weeks), empty))


# --- the ORM listener -------------------------------------------------------------------------------------


def _changed(obj: Any, names: tuple[str, ...]) -> bool:
    attrs = inspect(obj).attrs
    return any(attrs[n].history.has_changes() for n in names if n in attrs)


def _old_values(obj: Any, name: str) -> list[Any]:
    return [v for v in inspect(obj).attrs[name].history.deleted if v is not None]


def _evaluation_of(obj: CriterionResultRecord | Override) -> int | None:
    if obj.evaluation_id is not None:
        return obj.evaluation_id
    parent = inspect(obj).attrs.evaluation.loaded_value
    return getattr(parent, "id", None)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    ids: set[int] = set()
    calls: set[int] = set()
    for obj in session.new:
        if isinstance(obj, (CriterionResultRecord, Override)):
            ev_id = _evaluation_of(obj)
            if ev_id is not None:
                ids.add(ev_id)
    for obj in session.dirty:
        if isinstance(obj, EvaluationRecord) and _changed(obj, _EVALUATION_ATTRS):
            ids.add(obj.id)
        elif isinstance(obj, (CriterionResultRecord, Override)) and _changed(obj, _CRITERION_ATTRS):
            ids.update([obj.evaluation_id, *_old_values(obj, "evaluation_id")])
        elif isinstance(obj, CallRecord) and _changed(obj, _CALL_ATTRS):
            calls.add(obj.id)
    for obj in session.deleted:
        if isinstance(obj, EvaluationRecord):
            ids.add(obj.id)
        elif isinstance(obj, (CriterionResultRecord, Override)):
            ids.update([obj.evaluation_id, *_old_values(obj, "evaluation_id")])
        elif isinstance(obj, CallRecord):
            calls.add(obj.id)
    ids.discard(None)  # type: ignore[arg-type]
    if ids or calls:
        touch(session, evaluation_ids=ids, call_ids=calls)
    if any(isinstance(obj, _DASHBOARD_INPUTS) for group in (session.new, session.dirty, session.deleted)
           for obj in group) or any(isinstance(obj, CallRecord) for obj in session.new):
        _pending(session).changed = True


def _after_flush(session: Session, _context: Any) -> None:
    # evaluations inserted by this flush had no contribution before it
    new = [obj.id for obj in session.new if isinstance(obj, EvaluationRecord)]
    if new:
        pending = _pending(session)
        pending.changed = True
        for ev_id in new:
            pending.baseline.setdefault(ev_id, None)


def _before_commit(session: Session) -> None:
    if not session.in_nested_transaction():
        settle(session)


def _after_transaction_end(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(_INFO_KEY, None)


_LISTENERS = (("before_flush", _before_flush), ("after_flush", _after_flush), ("before_commit", _before_commit),
              ("after_transaction_end", _after_transaction_end))


def install() -> None:
    """Keep the summary in step with every ORM session of this process (idempotent; called where the
    sessions are made, :mod:`qa_service.db.session`)."""
    for name, fn in _LISTENERS:
        if not event.contains(Session, name, fn):
            event.listen(Session, name, fn)


# --- from the rows ---------------------------------------------------------------------------------------


def _ones(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _source(session: Session) -> tuple[Any, Any]:
    """SELECTs that compute weekly_scores' and weekly_criteria's rows from the evaluations (columns in
    the tables' order), the rows of every agent together included."""
    current = (select().select_from(EvaluationRecord).join(CallRecord, CallRecord.id == EvaluationRecord.call_id)
               .where(EvaluationRecord.is_current == true())
               .with_hint(EvaluationRecord, "INDEXED BY ix_evaluations_current_figures", "sqlite"))
    scores, criteria = _sums_of(session, current)
    # the rows of every agent together: the same sums over the per-agent rows
    per_agent = criteria.subquery()
    everyone = select(per_agent.c.week, sa_literal(ALL_AGENTS).label("agent_id"),
                      per_agent.c.scorecard_version_id, per_agent.c.criterion_id,
                      *(func.sum(col) for col in list(per_agent.c)[4:])
                      ).group_by(per_agent.c.week, per_agent.c.scorecard_version_id, per_agent.c.criterion_id)
    return scores, union_all(criteria, everyone)


def _sums_of(session: Session, current: Select, *, per_agent: bool = True) -> tuple[Select, Select]:
    """The summary's sums over the evaluations of ``current`` (a SELECT of evaluations joined to their
    calls, filtered to current ones): (week, agent_id, scorecard_version_id, *SCORE_SUMS) and (week,
    agent_id, scorecard_version_id, criterion_id, *CRITERION_SUMS) rows, grouped by those keys; without
    ``per_agent`` the criterion rows are (week, criterion_id, *CRITERION_SUMS), every agent's together."""
    week = week_column(session).label("week")
    agent = func.coalesce(CallRecord.agent_id, NO_AGENT).label("agent_id")
    version = EvaluationRecord.scorecard_version_id
    # joined, not a correlated EXISTS per row: PostgreSQL costs those so high that it compiles the query
    # with JIT first (1.5 s for a week of 100,000 calls' criterion rows)
    overridden = select(Override.evaluation_id).distinct().subquery("overridden")
    reviewed = or_(EvaluationRecord.review_state.in_(REVIEWED_STATES), overridden.c.evaluation_id.is_not(None))
    current = current.outerjoin(overridden, overridden.c.evaluation_id == EvaluationRecord.id)
    scores = current.with_only_columns(
        week, agent, version, func.count(), func.sum(EvaluationRecord.score), _ones(EvaluationRecord.passed),
        _ones(EvaluationRecord.auto_failed), _ones(reviewed),
        *(func.coalesce(func.sum(getattr(EvaluationRecord, c)), 0.0) for c in TIMING_COLUMNS),
        maintain_column_froms=True,
    ).group_by(week, agent, version)
    overrides = (select(Override.evaluation_id, Override.criterion_id, func.count().label("n"))
                 .group_by(Override.evaluation_id, Override.criterion_id).subquery())
    outcome, auto = CriterionResultRecord.outcome, CriterionResultRecord.auto_outcome
    agreed = and_(reviewed, outcome == auto)
    false_pass = and_(reviewed, auto == "pass", outcome == "fail")
    false_fail = and_(reviewed, auto == "fail", outcome == "pass")
    criterion = CriterionResultRecord.criterion_id
    keys = (week, agent, version, criterion) if per_agent else (week, criterion)
    criteria = (
        current.join(CriterionResultRecord, CriterionResultRecord.evaluation_id == EvaluationRecord.id)
        .outerjoin(overrides, and_(overrides.c.evaluation_id == EvaluationRecord.id,
                                   overrides.c.criterion_id == criterion))
        .with_only_columns(
            *keys, _ones(outcome == "pass"), _ones(outcome == "fail"),
            _ones(outcome == "na"), _ones(reviewed), _ones(agreed), _ones(false_pass), _ones(false_fail),
            _ones(and_(reviewed, not_(or_(agreed, false_pass, false_fail)))),
            func.coalesce(func.sum(overrides.c.n), 0), maintain_column_froms=True,
        )
        .group_by(*keys)
    )
    return scores, criteria


def rebuild(session: Session) -> tuple[int, int]:
    """Recompute both tables from the evaluations (in the caller's transaction); returns their row counts."""
    settle(session)
    scores, criteria = _source(session)
    conn = session.connection()
    conn.execute(delete(WeeklyCriterion.__table__))
    conn.execute(delete(WeeklyScore.__table__))
    conn.execute(WeeklyScore.__table__.insert().from_select(["week", "agent_id", "scorecard_version_id", *SCORE_SUMS],
                                                            scores))
    conn.execute(WeeklyCriterion.__table__.insert().from_select(
        ["week", "agent_id", "scorecard_version_id", "criterion_id", *CRITERION_SUMS], criteria))
    # dashboards kept by web processes are out of date (the row is made again if it went missing)
    conn.execute(delete(WeeklySummaryVersion.__table__))
    conn.execute(WeeklySummaryVersion.__table__.insert().values(id=1, version=secrets.token_hex(16),
                                                               changed_at=utcnow()))
    return (conn.execute(select(func.count()).select_from(WeeklyScore.__table__)).scalar_one(),
            conn.execute(select(func.count()).select_from(WeeklyCriterion.__table__)).scalar_one())


def differences(session: Session, *, tolerance: float = 1e-6) -> list[str]:
    """How the stored summary differs from a recomputation from the rows (empty when it is exact; sums of
    scores and seconds within ``tolerance``), one line per differing row."""
    settle(session)
    scores, criteria = _source(session)
    conn = session.connection()
    out: list[str] = []
    for label, table, n_keys, source in (("weekly_scores", WeeklyScore.__table__, 3, scores),
                                         ("weekly_criteria", WeeklyCriterion.__table__, 4, criteria)):
        def rows(stmt: Any) -> dict[tuple[Any, ...], tuple[float, ...]]:
            found = {}
            for row in conn.execute(stmt):
                key = (_as_date(row[0]), *row[1:n_keys])
                found[key] = tuple(float(v or 0) for v in row[n_keys:])
            return found

        want = rows(source)
        have = rows(select(table.c.week, table.c.agent_id,
                           *(col for col in table.c if col.name not in ("week", "agent_id"))))
        for key in sorted(want.keys() | have.keys(), key=repr):
            a, b = want.get(key), have.get(key)
            if a is None or b is None or any(abs(x - y) > tolerance for x, y in zip(a, b)):
                out.append(f"{label} {key}: rows say {a}, summary has {b}")
    return out
