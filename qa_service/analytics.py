"""Dashboard figures: scores, pass rates, timing and AI-vs-trainer agreement over time.

Every function takes a ``SELECT`` of evaluations (already filtered and
narrowed to what the user may see, e.g. :func:`qa_service.call_list.list_query`)
and aggregates it. Time buckets are ISO weeks (starting Monday, UTC) of the
call's date (``dated_at``: its start time, or when it was received when the
call carries none). The database does the counting: each figure is one
``GROUP BY`` (week, agent, criterion...) over the query's own joins, so what
travels to Python is a few hundred rows however many evaluations there are
(the week is computed in SQL on SQLite and PostgreSQL; another database
groups by day and Python folds the days into weeks). Team and agent names
are attached afterwards from the few agents seen.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from functools import cached_property
from itertools import chain
from typing import Any, Iterable, NamedTuple

from sqlalchemy import ColumnElement, Select, String, any_, case, func, or_, select, true, type_coerce
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.visitors import replacement_traverse

from qa_service import call_list, review_queues, weekly_summary
from qa_service.db.models import (
    Agent,
    CallRecord,
    CriterionResultRecord,
    EvaluationRecord,
    Override,
    ReviewQueueItem,
    ScorecardRecord,
    ScorecardVersion,
    Team,
    User,
    WeeklyCriterion,
    WeeklyScore,
)
from qa_service.call_list import from_covering_index
from qa_service.scorecard_versions import scorecard_for_version
from qa_service.visibility import SEE_ALL_ROLES, visible_calls_clause
from transcription.errors import QAError

__all__ = [
    "GROUPS",
    "AgreementBasis",
    "AgreementStat",
    "CriterionStat",
    "CriterionWeek",
    "Dashboard",
    "GroupStat",
    "TimingWeek",
    "TrendPoint",
    "DASHBOARD_CACHE_SIZE",
    "agreement",
    "agreement_basis",
    "breakdown",
    "clear_dashboard_cache",
    "criterion_trend",
    "dashboard",
    "dashboard_for",
    "most_failed",
    "score_trend",
    "timing_trend",
    "week_of",
]

# what trends can be split by
GROUPS: tuple[str, ...] = ("team", "agent")
# the label of calls without an agent or team
NO_GROUP = "(none)"
# review states in which a trainer has looked at every criterion
_REVIEWED_STATES = weekly_summary.REVIEWED_STATES
# dashboards each process keeps (the least recently used goes first); one over 26 weeks split by agent
# for 100 agents takes about a megabyte
DASHBOARD_CACHE_SIZE = 32


def week_of(value: datetime | None) -> date | None:
    """The Monday (UTC) of the ISO week ``value`` falls in."""
    if value is None:
        return None
    value = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    day = value.astimezone(timezone.utc).date()
    return day - timedelta(days=day.weekday())


def _ids(query: Select) -> Select:
    """The evaluation ids of ``query`` as a sub-select (order dropped)."""
    return from_covering_index(query).order_by(None).with_only_columns(EvaluationRecord.id)


def _week_column(session: Session) -> Any:
    """The Monday (UTC) of the call's ISO week as a SQL expression (a date, or a date string on SQLite)."""
    return weekly_summary.week_column(session)


def _as_week(value: Any) -> date:
    if isinstance(value, datetime):
        return week_of(value)
    if isinstance(value, str):
        return week_of(datetime.fromisoformat(value))
    return value - timedelta(days=value.weekday())


def _grouped(session: Session, query: Select, *columns: Any, join: Any = None, by: tuple[Any, ...] = ()) -> list[Any]:
    """``query``'s rows grouped by week and ``by``, with aggregate ``columns``: [(week, *by, *columns)]."""
    week = _week_column(session)
    stmt = from_covering_index(query).order_by(None).with_only_columns(week, *by, *columns)
    if join is not None:
        stmt = stmt.join(*join)
    stmt = stmt.group_by(week, *by)
    return [(_as_week(row[0]), *row[1:]) for row in session.execute(stmt)]


def _agent_names(session: Session, agent_ids: Iterable[int | None]) -> dict[int | None, tuple[str | None, str | None, str | None]]:
    """agents.id -> (external id, name, team name) for the agents seen (None: calls without an agent)."""
    wanted = {a for a in agent_ids if a is not None}
    names: dict[int | None, tuple[str | None, str | None, str | None]] = {None: (None, None, None)}
    if wanted:
        for agent_pk, external_id, name, team in session.connection().execute(
            select(Agent.id, Agent.external_id, Agent.name, Team.name)
            .outerjoin(Team, Agent.team_id == Team.id).where(Agent.id.in_(wanted))
        ):
            names[agent_pk] = (external_id, name, team)
    return names


def _group_name(by: str | None, agent_id: str | None, agent_name: str | None, team: str | None) -> str:
    if by is None:
        return "all"
    if by == "team":
        return team or NO_GROUP
    if by == "agent":
        return (agent_name or agent_id) if agent_id else NO_GROUP
    raise QAError(f"group {by!r} is not one of {', '.join(GROUPS)}")


def _ones(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _score_cells(session: Session, query: Select) -> list[tuple[date, tuple[str | None, str | None, str | None], int, float, int, int]]:
    """(week, agent's names, evaluations, sum of scores, passes, auto-fails) per week and agent."""
    rows = _grouped(
        session, query, func.count(), func.sum(EvaluationRecord.score), _ones(EvaluationRecord.passed),
        _ones(EvaluationRecord.auto_failed), by=(CallRecord.agent_id,),
    )
    names = _agent_names(session, (r[1] for r in rows))
    return [(week, names.get(agent, (None, None, None)), int(n), float(total or 0.0), int(passes or 0), int(autos or 0))
            for week, agent, n, total, passes, autos in rows]


def _criterion_cells(session: Session, query: Select) -> list[tuple[date, str, str, int]]:
    """(week, criterion id, effective outcome, count) of the query's criterion rows."""
    # each evaluation's week once (a dozen criterion rows share it), then its criterion rows by the covering index
    weeks = (
        from_covering_index(query).order_by(None)
        .with_only_columns(EvaluationRecord.id.label("evaluation_id"), _week_column(session).label("week"))
        .cte("evaluation_weeks")
    )
    if session.get_bind().dialect.name == "sqlite" and sqlite3.sqlite_version_info >= (3, 35):
        weeks = weeks.prefix_with("MATERIALIZED")
    stmt = (
        select(weeks.c.week, CriterionResultRecord.criterion_id, CriterionResultRecord.outcome, func.count())
        .join(CriterionResultRecord, CriterionResultRecord.evaluation_id == weeks.c.evaluation_id)
        .group_by(weeks.c.week, CriterionResultRecord.criterion_id, CriterionResultRecord.outcome)
    )
    return [(_as_week(week), criterion, outcome, int(n)) for week, criterion, outcome, n in session.execute(stmt)]


def _labels(session: Session, query: Select) -> dict[str, str]:
    """criterion id -> label, from the scorecard versions the evaluations used (newest wins)."""
    used = from_covering_index(query).order_by(None).with_only_columns(EvaluationRecord.scorecard_version_id).distinct()
    return _version_labels(session, used)


def _version_labels(session: Session, version_ids: Any) -> dict[str, str]:
    """criterion id -> label in these scorecard versions (ids, or a select of them; newest wins)."""
    versions = session.scalars(
        select(ScorecardVersion).where(ScorecardVersion.id.in_(version_ids)).order_by(ScorecardVersion.version)
    ).all()
    labels: dict[str, str] = {}
    for v in versions:
        try:
            labels.update({c.id: c.label for c in scorecard_for_version(v).criteria})
        except QAError:
            # a version the current schema cannot read any more only loses its labels
            continue
    return labels


# --- scores ------------------------------------------------------------------------------------

# The figures are named tuples of plain values, not dataclasses: Python's cyclic garbage collector stops
# tracking such a tuple at its first collection, so the few thousand of a dashboard by agent (and those of
# the dashboards a process keeps) never make its full collections, tens of milliseconds each, come sooner.


class TrendPoint(NamedTuple):
    """One week of one group (team, agent or "all")."""

    week: date  # Monday of the week
    group: str
    evaluations: int
    mean_score: float  # effective score, 0-100
    pass_rate: float  # 0-1


class GroupStat(NamedTuple):
    """One team or agent over the whole period."""

    group: str
    evaluations: int
    mean_score: float
    pass_rate: float
    auto_failed: int  # evaluations failed by an auto-fail criterion


class _ScoreSums:
    """The sums the score figures are made of (overall, per week, per week and group, per group), added one
    cell (a week of one agent's evaluations) at a time: one pass over the cells for every score figure.

    Kept in dicts of plain numbers by week (a dict of strings and numbers is not tracked by Python's
    cyclic garbage collector): a dashboard over 26 weeks by agent adds a few thousand cells, and objects
    that outlive a collection are what make the next full one come sooner (tens of milliseconds each)."""

    __slots__ = ("by", "evaluations", "score_sum", "passes", "_weeks", "_groups", "_names")

    def __init__(self, by: str | None) -> None:
        self.by = by
        self.evaluations = 0
        self.score_sum: float = 0
        self.passes = 0
        # week -> (evaluations, sums of scores, passes), each by group, and [the same over every group]
        self._weeks: dict[date, tuple[dict[str, int], dict[str, float], dict[str, int], list[Any]]] = {}
        # group -> [evaluations, sum of scores, passes, auto-fails]
        self._groups: dict[str, list[Any]] = {}
        self._names: dict[tuple[str | None, str | None, str | None], str] = {}  # agent's names -> group

    def add(self, week: date, names: tuple[str | None, str | None, str | None], n: int, total: float, passes: int,
            autos: int) -> None:
        """One cell: ``n`` evaluations of the agent named ``names`` (external id, name, team) in ``week``."""
        group = self._names.get(names)
        if group is None:
            group = self._names[names] = _group_name(self.by, *names)
        self.evaluations += n
        self.score_sum += total
        self.passes += passes
        w = self._weeks.get(week)
        if w is None:
            w = self._weeks[week] = ({}, {}, {}, [0, 0.0, 0])
        counts, totals, passed, every = w
        every[0] += n
        every[1] += total
        every[2] += passes
        counts[group] = counts.get(group, 0) + n
        totals[group] = totals.get(group, 0.0) + total
        passed[group] = passed.get(group, 0) + passes
        g = self._groups.get(group)
        if g is None:
            g = self._groups[group] = [0, 0.0, 0, 0]
        g[0] += n
        g[1] += total
        g[2] += passes
        g[3] += autos

    def trend(self) -> list[TrendPoint]:
        """Every group together, per week."""
        return [TrendPoint(week, "all", int(n), round(total / n, 2), round(passes / n, 4))
                for week, (_counts, _totals, _passed, (n, total, passes)) in sorted(self._weeks.items())]

    def group_trend(self) -> list[TrendPoint]:
        """Per week and group."""
        return [TrendPoint(week, group, int(n), round(totals[group] / n, 2), round(passed[group] / n, 4))
                for week, (counts, totals, passed, _every) in sorted(self._weeks.items())
                for group, n in sorted(counts.items())]

    def group_lines(self, groups: Iterable[str]) -> dict[str, list[TrendPoint]]:
        """The points of :meth:`group_trend` of each of ``groups``, per week."""
        out: dict[str, list[TrendPoint]] = {}
        for group in groups:
            out[group] = [TrendPoint(week, group, int(counts[group]), round(totals[group] / counts[group], 2),
                                     round(passed[group] / counts[group], 4))
                          for week, (counts, totals, passed, _every) in sorted(self._weeks.items()) if group in counts]
        return out

    def groups(self) -> list[GroupStat]:
        """Per group over the whole period, best first."""
        stats = [GroupStat(group, int(n), round(total / n, 2), round(passes / n, 4), int(autos))
                 for group, (n, total, passes, autos) in self._groups.items()]
        return sorted(stats, key=lambda s: (-s.mean_score, s.group))


def _score_sums(by: str | None, cells: Iterable[tuple[Any, ...]]) -> _ScoreSums:
    sums = _ScoreSums(by)
    add = sums.add
    for cell in cells:
        add(*cell)
    return sums


def score_trend(session: Session, query: Select, *, by: str | None = None) -> list[TrendPoint]:
    """Mean effective score and pass rate per week, overall or per team or agent."""
    return _score_sums(by, _score_cells(session, query)).group_trend()


def breakdown(session: Session, query: Select, *, by: str) -> list[GroupStat]:
    """Evaluations, mean score, pass rate and auto-fails per team or agent, best first."""
    return _score_sums(by, _score_cells(session, query)).groups()


# --- criteria ---------------------------------------------------------------------------------


class CriterionWeek(NamedTuple):
    """One criterion in one week: effective outcomes (after overrides)."""

    week: date
    criterion: str
    label: str
    passed: int
    failed: int
    na: int

    @property
    def pass_rate(self) -> float | None:
        """Passes among the calls where the criterion applied (N/A left out)."""
        applied = self.passed + self.failed
        return self.passed / applied if applied else None


def criterion_trend(
    session: Session, query: Select, *, _cells: list[Any] | None = None, _labels_: dict[str, str] | None = None
) -> list[CriterionWeek]:
    """Per criterion and week, how many calls passed, failed or were N/A."""
    labels = _labels_ if _labels_ is not None else _labels(session, query)
    acc: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for week, criterion, outcome, n in _cells if _cells is not None else _criterion_cells(session, query):
        acc[(week, criterion)][{"pass": 0, "fail": 1, "na": 2}[outcome]] += n
    return [
        CriterionWeek(week, criterion, labels.get(criterion, criterion), p, f, n)
        for (week, criterion), (p, f, n) in sorted(acc.items())
    ]


class CriterionStat(NamedTuple):
    """One criterion over the whole period."""

    criterion: str
    label: str
    applied: int  # evaluations where it was not N/A
    failed: int

    @property
    def fail_rate(self) -> float:
        return self.failed / self.applied if self.applied else 0.0


def most_failed(
    session: Session, query: Select, *, limit: int = 10, _cells: list[Any] | None = None,
    _labels_: dict[str, str] | None = None,
) -> list[CriterionStat]:
    """The criteria failed most often (by fail rate, then count), effective outcomes."""
    labels = _labels_ if _labels_ is not None else _labels(session, query)
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _week, criterion, outcome, n in _cells if _cells is not None else _criterion_cells(session, query):
        if outcome == "na":
            continue
        acc[criterion][0] += n
        acc[criterion][1] += n if outcome == "fail" else 0
    stats = [CriterionStat(c, labels.get(c, c), n, f) for c, (n, f) in acc.items() if f]
    return sorted(stats, key=lambda s: (-s.fail_rate, -s.failed, s.criterion))[:limit]


# --- timing --------------------------------------------------------------------------------


class TimingWeek(NamedTuple):
    """Interruptions and silences in one week of one group (means per call)."""

    week: date
    group: str
    calls: int
    agent_interruptions: float  # times the agent interrupted the customer, per call
    customer_interruptions: float
    silence_seconds: float  # all pauses between speech, per call
    long_silences: float  # silences over the threshold (5 s by default), per call
    longest_silence: float  # seconds, mean of each call's longest pause
    overlap_seconds: float  # both speaking at once, per call


def timing_trend(session: Session, query: Select, *, by: str | None = None) -> list[TimingWeek]:
    """Interruption and silence means per week from each evaluation's call metrics."""
    return _timing_points(_timing_cells(session, query, by=by), by=by)


# copied from each result's metrics when it was stored (qa_service.evaluations.timing_columns)
_TIMING = (
    EvaluationRecord.agent_interruptions, EvaluationRecord.customer_interruptions, EvaluationRecord.silence_seconds,
    EvaluationRecord.long_silences, EvaluationRecord.longest_silence, EvaluationRecord.overlap_seconds,
)


def _timing_cells(session: Session, query: Select, *, by: str | None = None) -> list[tuple[Any, ...]]:
    """(week, agent's names, calls, *sums of the timing columns) per week (and agent, when ``by``)."""
    per_agent = (CallRecord.agent_id,) if by is not None else ()
    rows = _grouped(session, query, func.count(), *(func.sum(m) for m in _TIMING), by=per_agent)
    names = _agent_names(session, (r[1] for r in rows)) if per_agent else {}
    out = []
    for week, *values in rows:
        agent = values.pop(0) if per_agent else None
        n, *sums = values
        out.append((week, names.get(agent, (None, None, None)), int(n), *(v or 0.0 for v in sums)))
    return out


def _timing_points(cells: Iterable[tuple[Any, ...]], *, by: str | None = None) -> list[TimingWeek]:
    acc: dict[tuple[date, str], list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    for week, names, n, *sums in cells:
        a = acc[(week, _group_name(by, *names))]
        a[0] += n
        for k, value in enumerate(sums, start=1):
            a[k] += value
    out = []
    for (week, group), (n, ai, ci, st, sc, sl, ov) in sorted(acc.items()):
        if not n:
            continue
        out.append(TimingWeek(week, group, int(n), round(ai / n, 3), round(ci / n, 3), round(st / n, 2),
                              round(sc / n, 3), round(sl / n, 2), round(ov / n, 2)))
    return out


# --- AI vs trainer --------------------------------------------------------------------------


class AgreementStat(NamedTuple):
    """How often trainers kept the detector's outcome of one criterion."""

    criterion: str
    label: str
    reviewed: int  # criterion results in reviewed evaluations
    agreed: int  # the trainer kept the automatic outcome
    false_pass: int  # detector said pass, trainer said fail (a missed problem)
    false_fail: int  # detector said fail, trainer said pass (a false alarm)
    other: int  # changes to or from N/A
    overrides: int  # override actions recorded (a criterion can be changed twice)

    @property
    def agreement(self) -> float | None:
        return self.agreed / self.reviewed if self.reviewed else None


def agreement(
    session: Session, query: Select, *, _labels_: dict[str, str] | None = None,
    _sample_: "tuple[Select, AgreementBasis] | None" = None,
) -> list[AgreementStat]:
    """AI-vs-trainer agreement per criterion, worst first.

    Measured on the evaluations of :func:`agreement_basis`: the reviewed random
    picks of review queues when there are any, else every evaluation a trainer
    completed, shared or overrode; in them, each criterion whose effective
    outcome still equals the automatic one is an agreement.
    """
    labels = _labels_ if _labels_ is not None else _labels(session, query)
    reviewed = (_sample_ or _agreement_sample(session, query))[0]
    acc, counts = _agreement_counts(session, reviewed), _override_counts(session, query)
    return _agreement_stats(acc, counts, labels)


def _agreement_counts(session: Session, reviewed: Select) -> dict[str, list[int]]:
    """criterion -> [reviewed, agreed, false pass, false fail, other] over the evaluations of ``reviewed``."""
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    outcomes = (CriterionResultRecord.criterion_id, CriterionResultRecord.outcome, CriterionResultRecord.auto_outcome)
    for criterion, outcome, auto, n in session.execute(
        select(*outcomes, func.count()).where(CriterionResultRecord.evaluation_id.in_(reviewed)).group_by(*outcomes)
    ):
        a = acc[criterion]
        a[0] += n
        if outcome == auto:
            a[1] += n
        elif auto == "pass" and outcome == "fail":
            a[2] += n
        elif auto == "fail" and outcome == "pass":
            a[3] += n
        else:
            a[4] += n
    return acc


def _override_counts(session: Session, query: Select) -> dict[str, int]:
    """criterion -> override actions recorded on the evaluations of ``query``."""
    counts: dict[str, int] = defaultdict(int)
    for criterion, n in session.execute(
        select(Override.criterion_id, func.count()).where(Override.evaluation_id.in_(_ids(query)))
        .group_by(Override.criterion_id)
    ):
        counts[criterion] += n
    return counts


def _agreement_stats(acc: dict[str, list[int]], counts: dict[str, int], labels: dict[str, str]) -> list[AgreementStat]:
    stats = [
        AgreementStat(c, labels.get(c, c), n, agreed, fp, ff, other, counts.get(c, 0))
        for c, (n, agreed, fp, ff, other) in acc.items() if n
    ]
    return sorted(stats, key=lambda s: (s.agreement if s.agreement is not None else 1.0, s.criterion))


@dataclass(frozen=True, slots=True)
class AgreementBasis:
    """Which reviews the agreement figures come from, and how many."""

    random: bool  # the reviewed random picks of review queues (unbiased); False: the calls trainers chose
    evaluations: int  # reviewed evaluations in the sample


def _agreement_sample(session: Session, query: Select) -> tuple[Select, AgreementBasis]:
    # calls trainers chose to override are a biased sample of the detectors' mistakes: use random picks when any
    sampled, n = _random_sample(session, query)
    if n:
        return sampled, AgreementBasis(True, n)
    reviewed = _chosen_sample(query)
    return reviewed, AgreementBasis(False, session.scalar(select(func.count()).select_from(reviewed.subquery())) or 0)


def _random_sample(session: Session, query: Select) -> tuple[Select, int]:
    """The reviewed random picks of review queues among ``query``'s evaluations, and how many."""
    sampled = review_queues.reviewed_random_sample(_ids(query))
    return sampled, session.scalar(select(func.count()).select_from(sampled.subquery())) or 0


def _chosen_sample(query: Select) -> Select:
    """The evaluations of ``query`` a trainer completed, shared or overrode."""
    overridden = select(Override.evaluation_id)
    return _ids(query).where(or_(EvaluationRecord.review_state.in_(_REVIEWED_STATES),
                                 EvaluationRecord.id.in_(overridden)))


def agreement_basis(session: Session, query: Select) -> AgreementBasis:
    """Whether the agreement of ``query``'s evaluations is measured on a random sample, and its size."""
    return _agreement_sample(session, query)[1]


# --- all together ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard page and ``GET /api/v1/dashboard`` show."""

    by: str  # "team" or "agent"
    evaluations: int
    mean_score: float | None
    pass_rate: float | None
    trend: list[TrendPoint]  # overall, per week
    groups: list[GroupStat]
    criteria: list[CriterionWeek]
    failed: list[CriterionStat]
    timing: list[TimingWeek]  # overall, per week
    agreement: list[AgreementStat]
    agreement_basis: AgreementBasis | None = None
    # the sums group_trend is made from, when first read: the page draws the lines of a few groups only
    # (group_lines), and by agent over 26 weeks the whole trend is thousands of points
    scores: _ScoreSums | None = field(default=None, repr=False, compare=False)

    @cached_property
    def group_trend(self) -> list[TrendPoint]:
        """Per team or agent, per week."""
        return self.scores.group_trend() if self.scores is not None else []

    def group_lines(self, groups: Iterable[str]) -> dict[str, list[TrendPoint]]:
        """The points of :attr:`group_trend` of each of ``groups`` (those with none: an empty list)."""
        return self.scores.group_lines(groups) if self.scores is not None else {g: [] for g in groups}

    def to_dict(self) -> dict[str, Any]:
        def plain(items: Iterable[Any], **extra: Any) -> list[dict[str, Any]]:
            # the figures are flat named tuples: their fields read directly
            out = []
            names: tuple[str, ...] = ()
            for item in items:
                if not names:
                    names = item._fields + tuple(extra)
                d = {name: getattr(item, name) for name in names}
                for k, v in d.items():
                    if isinstance(v, date):
                        d[k] = v.isoformat()
                out.append(d)
            return out

        return {
            "by": self.by,
            "evaluations": self.evaluations,
            "mean_score": self.mean_score,
            "pass_rate": self.pass_rate,
            "trend": plain(self.trend),
            "group_trend": plain(self.group_trend),
            "groups": plain(self.groups),
            "criteria": plain(self.criteria, pass_rate=True),
            "most_failed": plain(self.failed, fail_rate=True),
            "timing": plain(self.timing),
            "agreement": plain(self.agreement, agreement=True),
            "agreement_basis": asdict(self.agreement_basis) if self.agreement_basis else None,
        }


def dashboard(session: Session, query: Select, *, by: str = "team", with_agreement: bool = True) -> Dashboard:
    """Every dashboard figure for the evaluations of ``query``, split by ``by`` (team or agent); the
    AI-vs-trainer agreement (a trainers' figure) only ``with_agreement``. Computed from the rows; for a
    user's filtered calls :func:`dashboard_for` reads the weekly summary instead where it can."""
    if by not in GROUPS:
        raise QAError(f"group {by!r} is not one of {', '.join(GROUPS)}")
    # one GROUP BY for the score figures and one for the criteria, shared by the figures made from them
    scores = _score_sums(by, _score_cells(session, query))
    outcomes = _criterion_cells(session, query)
    labels = _labels(session, query)
    agreed = None
    if with_agreement:
        # the agreement figures and their basis come from one sample, counted once
        sample, basis = _agreement_sample(session, query)
        agreed = (_agreement_counts(session, sample), _override_counts(session, query), basis)
    return _assemble(by, scores, outcomes, labels, _timing_cells(session, query), agreed)


def _assemble(
    by: str, scores: _ScoreSums, outcomes: list[Any], labels: dict[str, str], timing: list[Any],
    agreed: tuple[dict[str, list[int]], dict[str, int], AgreementBasis] | None,
) -> Dashboard:
    """The dashboard from its sums (score sums; criterion and timing cells; agreement counts and basis)."""
    n = scores.evaluations
    return Dashboard(
        by=by,
        evaluations=n,
        mean_score=round(scores.score_sum / n, 2) if n else None,
        pass_rate=round(scores.passes / n, 4) if n else None,
        trend=scores.trend(),
        groups=scores.groups(),
        criteria=criterion_trend(None, None, _cells=outcomes, _labels_=labels),  # type: ignore[arg-type]
        failed=most_failed(None, None, _cells=outcomes, _labels_=labels),  # type: ignore[arg-type]
        timing=_timing_points(timing),
        agreement=_agreement_stats(agreed[0], agreed[1], labels) if agreed else [],
        agreement_basis=agreed[2] if agreed else None,
        scores=scores,
    )


# --- from the weekly summary -----------------------------------------------------------------------


@dataclass(frozen=True)
class _SummaryPlan:
    """Which weeks the summary answers and which days the rows must (the part weeks at either end)."""

    first_week: date | None  # summary weeks from this Monday (None: from the first)
    end_week: date | None  # ... to before this Monday (None: to the last)
    edges: tuple[tuple[datetime | None, datetime | None], ...]  # [since, until) ranges read from the rows
    # part weeks whose days outside the range are fewer than those inside: (Monday, [since, until) of
    # the days outside), answered as the summary's whole week less those days' rows
    less: tuple[tuple[date, datetime, datetime], ...] = ()


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def _plan(filters: call_list.CallFilters) -> _SummaryPlan | None:
    """How to answer ``filters`` from the summary; None when it cannot (filters on the evaluation's own
    figures, or a range inside one week: the rows answer those)."""
    if any(v is not None for v in (filters.passed, filters.review_state, filters.failed_criterion,
                                   filters.min_score, filters.max_score)):
        return None
    try:
        return _plan_weeks(filters)
    except OverflowError:
        # a date at the very end of the calendar (9999-12-31) has no next Monday: the rows answer it
        return None


def _plan_weeks(filters: call_list.CallFilters) -> _SummaryPlan | None:
    edges: list[tuple[datetime | None, datetime | None]] = []
    less: list[tuple[date, datetime, datetime]] = []
    first = end = None
    if filters.since is not None:
        since = _utc(filters.since)
        first = _monday(since.date())
        if since != _midnight(first):
            week, first = first, first + timedelta(days=7)
            if since - _midnight(week) < _midnight(first) - since:
                less.append((week, _midnight(week), since))
            else:
                edges.append((since, _midnight(first)))
    if filters.until is not None:
        until = _utc(filters.until)
        end = _monday(until.date())
        if until != _midnight(end):
            after = end + timedelta(days=7)
            if _midnight(after) - until < until - _midnight(end):
                less.append((end, until, _midnight(after)))
            else:
                edges.append((_midnight(end), until))
    if first is not None and end is not None and first >= end:
        return None
    return _SummaryPlan(first, end, tuple(edges), tuple(less))


def _raw(week: Any) -> Any:
    # the week as the driver returns it (a date string on SQLite): turned into a date once per distinct week
    # by the reader, not once per row by SQLAlchemy
    return type_coerce(week, String).label("week")


def _summary_agents(user: User, column: Any) -> Any:
    """:func:`qa_service.visibility.visible_calls_clause` with the call's agent replaced by ``column`` (a
    summary table's agent_id); None when the clause reads any other column of the call."""
    calls = CallRecord.__table__
    other: list[Any] = []

    def swap(element: Any, **_kw: Any) -> Any:
        if getattr(element, "table", None) is calls and isinstance(element, ColumnElement):
            if element.key == "agent_id":
                return column
            other.append(element)
        return None

    clause = replacement_traverse(visible_calls_clause(user), {}, swap)
    return None if other else clause


def _summary_where(stmt: Select, table: Any, user: User, filters: call_list.CallFilters, plan: _SummaryPlan) -> Select:
    agents = _summary_agents(user, table.agent_id)
    stmt = stmt.where(agents)
    if plan.first_week is not None:
        stmt = stmt.where(table.week >= plan.first_week)
    if plan.end_week is not None:
        stmt = stmt.where(table.week < plan.end_week)
    if filters.agent is not None or filters.team is not None:
        stmt = stmt.join(Agent, Agent.id == table.agent_id)
        if filters.agent is not None:
            stmt = stmt.where(Agent.external_id == filters.agent)
        if filters.team is not None:
            stmt = stmt.join(Team, Team.id == Agent.team_id).where(Team.name == filters.team)
    if filters.scorecard is not None:
        stmt = (stmt.join(ScorecardVersion, ScorecardVersion.id == table.scorecard_version_id)
                .join(ScorecardRecord, ScorecardRecord.id == ScorecardVersion.scorecard_id)
                .where(ScorecardRecord.key == filters.scorecard))
    return stmt


_KEPT: weekly_summary.Kept[Dashboard] = weekly_summary.Kept(DASHBOARD_CACHE_SIZE)


def clear_dashboard_cache() -> None:
    """Forget the dashboards this process keeps (they are never out of date; this only frees memory)."""
    _KEPT.clear()


def dashboard_for(
    session: Session, user: User, filters: call_list.CallFilters = call_list.CallFilters(), *, by: str = "team",
    with_agreement: bool = True, cached: bool = True,
) -> Dashboard:
    """The dashboard of the calls ``user`` may see among ``filters`` (:func:`qa_service.call_list.list_query`),
    split by ``by``; the AI-vs-trainer agreement only ``with_agreement``.

    Whole weeks come from the weekly summary (:mod:`qa_service.weekly_summary`),
    the part weeks at either end of the date range from the rows; filters on an
    evaluation's own figures (result, score, review state, failed criterion)
    are answered from the rows alone. The figures are the same either way.

    A process keeps the dashboards it computed (``cached``; the
    :data:`DASHBOARD_CACHE_SIZE` used last) under the summary's version
    (:func:`qa_service.weekly_summary.version`), which every committed change
    to what a dashboard shows replaces: a kept dashboard is returned only while
    the database, as this transaction sees it, would give the same figures.
    """
    if by not in GROUPS:
        raise QAError(f"group {by!r} is not one of {', '.join(GROUPS)}")

    def compute() -> Dashboard:
        return _computed_dashboard(session, user, filters, by=by, with_agreement=with_agreement)

    if not cached:
        return compute()
    # the user's row is read on every request: a new role or a disabled account is a new key (team
    # memberships, which trainers see through, change the version)
    return _KEPT.get(session, ("dashboard", user.id, user.role, user.is_active, user.agent_id, filters, by,
                               with_agreement), compute)


def _criterion_agents(user: User, filters: call_list.CallFilters) -> Any:
    """Which of weekly_criteria's rows a dashboard sums: one who sees every call, over every agent, the rows
    that sum all agents' (a few hundred); anyone else the agents' own."""
    c = WeeklyCriterion
    if user.is_active and user.role in SEE_ALL_ROLES and filters.agent is None and filters.team is None:
        return c.agent_id == weekly_summary.ALL_AGENTS
    return c.agent_id != weekly_summary.ALL_AGENTS


def _week_less(
    session: Session, user: User, filters: call_list.CallFilters, week: date, since: datetime, until: datetime,
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """:func:`qa_service.weekly_summary.sums_for`'s rows of the part of ``week`` outside the days [``since``,
    ``until``): the summary's rows of the whole week less the sums of those days' rows (fewer than the
    days of the part), and without the cells and criteria left with no evaluation."""
    conn = session.connection()
    whole = _SummaryPlan(week, week + timedelta(days=7), ())
    w, c = WeeklyScore, WeeklyCriterion
    scores: dict[tuple[int, int], list[Any]] = {}
    for agent, version, *sums in conn.execute(_summary_where(
        select(w.agent_id, w.scorecard_version_id, *(func.sum(getattr(w, n)) for n in weekly_summary.SCORE_SUMS)),
        w, user, filters, whole).group_by(w.agent_id, w.scorecard_version_id)
    ):
        scores[(agent, version)] = [v or 0 for v in sums]
    criteria: dict[str, list[Any]] = {}
    for criterion, *sums in conn.execute(_summary_where(
        select(c.criterion_id, *(func.sum(getattr(c, n)) for n in weekly_summary.CRITERION_SUMS)),
        c, user, filters, whole).where(_criterion_agents(user, filters)).group_by(c.criterion_id)
    ):
        criteria[criterion] = [v or 0 for v in sums]
    outside_scores, outside_criteria = weekly_summary.sums_for(session, _part_week(session, user, filters, since, until))
    for _week, agent, version, *sums in outside_scores:
        cell = scores.setdefault((agent, version), [0] * len(sums))
        for i, v in enumerate(sums):
            cell[i] -= v or 0
    for _week, criterion, *sums in outside_criteria:
        row = criteria.setdefault(criterion, [0] * len(sums))
        for i, v in enumerate(sums):
            row[i] -= v or 0
    # passed, failed and N/A count every criterion row
    return ([(week, agent, version, *sums) for (agent, version), sums in scores.items() if sums[0] > 0],
            [(week, criterion, *sums) for criterion, sums in criteria.items() if sums[0] + sums[1] + sums[2] > 0])


def _in_parts(result: Any, size: int = 256) -> Iterable[Any]:
    """The rows of ``result`` fetched ``size`` at a time: a few thousand rows read one by one cost a
    driver call each, and all at once they are thousands of objects alive together (see :class:`_ScoreSums`)."""
    for part in result.partitions(size):
        yield from part


def _part_week(session: Session, user: User, filters: call_list.CallFilters, since: datetime, until: datetime) -> Select:
    """The evaluations ``user`` may see among ``filters`` on the days [``since``, ``until``) of a part week
    at either end of the range, read from the covering index."""
    query = from_covering_index(call_list.list_query(user, replace(filters, since=since, until=until)))
    if session.get_bind().dialect.name == "postgresql":
        # the calls of those days named a second time, as an array the planner cannot count: without it
        # PostgreSQL reads every current evaluation (100,000 at 100,000 calls) to hash-join the few thousand
        # calls of those days; with it, one probe of the covering index per call. The same rows either way
        days = aliased(CallRecord)
        in_range = select(days.id).where(days.dated_at >= since, days.dated_at < until).scalar_subquery()
        query = query.where(EvaluationRecord.call_id == any_(func.array(in_range)))
    return query


def _computed_dashboard(
    session: Session, user: User, filters: call_list.CallFilters, *, by: str, with_agreement: bool,
) -> Dashboard:
    query = call_list.list_query(user, filters)
    plan = _plan(filters)
    if plan is None or _summary_agents(user, WeeklyScore.agent_id) is None:
        return dashboard(session, query, by=by, with_agreement=with_agreement)
    weekly_summary.settle(session)

    conn = session.connection()  # Core rows: a few thousand, no ORM entities among them
    weeks: dict[Any, date] = {}

    def week_of_row(value: Any) -> date:
        found = weeks.get(value)
        if found is None:
            found = weeks[value] = _as_week(value)
        return found

    # the part weeks at either end: the same sums the summary is built from, over those days' rows (a
    # few thousand evaluations, from the covering index: a row read by id walks its result's overflow pages)
    edge_sums = [weekly_summary.sums_for(session, _part_week(session, user, filters, a, b)) for a, b in plan.edges]
    edge_sums += [_week_less(session, user, filters, week, a, b) for week, a, b in plan.less]

    w = WeeklyScore
    # the agents and scorecard versions of the summary rows (a few hundred pairs) and of the part weeks':
    # the agents' names are read before the rows, so that each row is added to the sums as it is read
    agents: set[int] = set()
    versions: set[int] = set()
    for agent, version in conn.execute(_summary_where(select(w.agent_id, w.scorecard_version_id).distinct(),
                                                      w, user, filters, plan)):
        agents.add(agent)
        versions.add(version)
    for edge_scores, _criteria in edge_sums:
        for r in edge_scores:  # (week, agent, version, *SCORE_SUMS)
            agents.add(r[1])
            versions.add(r[2])
    names = _agent_names(session, (a for a in agents if a != weekly_summary.NO_AGENT))
    no_names = names[None]

    summary_rows = conn.execute(_summary_where(
        select(_raw(w.week), w.agent_id, func.sum(w.evaluations), func.sum(w.score_sum), func.sum(w.passes),
               func.sum(w.auto_fails), func.sum(w.reviewed),
               *(func.sum(getattr(w, c)) for c in weekly_summary.TIMING_COLUMNS)),
        w, user, filters, plan).group_by(w.week, w.agent_id))
    # (week, agent, version, *sums) -> (week, agent, *sums)
    edge_rows = ((r[0], r[1], *r[3:]) for edge_scores, _criteria in edge_sums for r in edge_scores)
    scores = _ScoreSums(by)
    add = scores.add
    per_week: dict[date, list[float]] = {}
    reviewed = 0
    for week, agent, n, total, passes, autos, was_reviewed, *sums in chain(_in_parts(summary_rows), edge_rows):
        week = week_of_row(week)
        n = int(n)
        add(week, names.get(None if agent == weekly_summary.NO_AGENT else agent, no_names), n, float(total or 0.0),
            int(passes or 0), int(autos or 0))
        t = per_week.get(week)
        if t is None:
            t = per_week[week] = [0] * (1 + len(weekly_summary.TIMING_COLUMNS))
        t[0] += n
        for i, v in enumerate(sums, start=1):
            t[i] += float(v or 0.0)
        reviewed += int(was_reviewed or 0)
    timing: list[Any] = [(week, no_names, int(t[0]), *t[1:]) for week, t in per_week.items()]

    c = WeeklyCriterion
    criterion_rows = conn.execute(_summary_where(
        select(_raw(c.week), c.criterion_id, *(func.sum(getattr(c, n)) for n in weekly_summary.CRITERION_SUMS)),
        c, user, filters, plan).where(_criterion_agents(user, filters)).group_by(c.week, c.criterion_id))
    outcomes: list[Any] = []
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    counts: dict[str, int] = defaultdict(int)
    # (week, criterion, *sums); the part weeks' are every agent's together
    for week, criterion, passed, failed, na, *agreed in chain(
        criterion_rows, (r for _scores, edge_criteria in edge_sums for r in edge_criteria)
    ):
        week = week_of_row(week)
        outcomes += [(week, criterion, o, int(k)) for o, k in (("pass", passed), ("fail", failed), ("na", na)) if k]
        *kinds, overrides = (int(v or 0) for v in agreed)
        for i, v in enumerate(kinds):
            acc[criterion][i] += v
        counts[criterion] += overrides
    labels = _version_labels(session, sorted(versions))
    agreed_part = None
    if with_agreement:
        random_n = 0
        if conn.scalar(select(ReviewQueueItem.id).where(ReviewQueueItem.random == true()).limit(1)) is not None:
            sampled, random_n = _random_sample(session, query)
        if random_n:
            # reviews of random picks are few: counted from their rows
            acc, basis = _agreement_counts(session, sampled), AgreementBasis(True, random_n)
        else:
            basis = AgreementBasis(False, reviewed)
        agreed_part = (acc, counts, basis)
    return _assemble(by, scores, outcomes, labels, timing, agreed_part)
