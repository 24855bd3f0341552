"""Dashboard figures: scores, pass rates, timing and AI-vs-trainer agreement over time.

Every function takes a ``SELECT`` of evaluations (already filtered and
narrowed to what the user may see, e.g. :func:`qa_service.call_list.list_query`)
and aggregates it. Time buckets are ISO weeks (starting Monday, UTC) of the
call's date (``dated_at``: its start time, or when it was received when the
call carries none). Aggregation happens in Python over
narrow column selects, so the same code runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from qa_service.db.models import (
    Agent,
    CallRecord,
    CriterionResultRecord,
    EvaluationRecord,
    Override,
    ScorecardVersion,
    Team,
)
from qa_service.scorecard_versions import scorecard_for_version
from transcription.errors import QAError

__all__ = [
    "GROUPS",
    "AgreementStat",
    "CriterionStat",
    "CriterionWeek",
    "Dashboard",
    "GroupStat",
    "TimingWeek",
    "TrendPoint",
    "agreement",
    "breakdown",
    "criterion_trend",
    "dashboard",
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
_REVIEWED_STATES = ("completed", "shared")


def week_of(value: datetime | None) -> date | None:
    """The Monday (UTC) of the ISO week ``value`` falls in."""
    if value is None:
        return None
    value = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    day = value.astimezone(timezone.utc).date()
    return day - timedelta(days=day.weekday())


def _ids(query: Select) -> Select:
    """The evaluation ids of ``query`` as a sub-select (order dropped)."""
    return query.order_by(None).with_only_columns(EvaluationRecord.id)


def _group_name(by: str | None, agent_id: str | None, agent_name: str | None, team: str | None) -> str:
    if by is None:
        return "all"
    if by == "team":
        return team or NO_GROUP
    if by == "agent":
        return (agent_name or agent_id) if agent_id else NO_GROUP
    raise QAError(f"group {by!r} is not one of {', '.join(GROUPS)}")


def _rows(session: Session, query: Select, *columns: Any) -> list[Any]:
    stmt = (
        select(*columns, CallRecord.dated_at, Agent.external_id, Agent.name, Team.name)
        .select_from(EvaluationRecord)
        .join(CallRecord, EvaluationRecord.call_id == CallRecord.id)
        .outerjoin(Agent, CallRecord.agent_id == Agent.id)
        .outerjoin(Team, Agent.team_id == Team.id)
        .where(EvaluationRecord.id.in_(_ids(query)))
    )
    return list(session.execute(stmt))


def _labels(session: Session, query: Select) -> dict[str, str]:
    """criterion id -> label, from the scorecard versions the evaluations used (newest wins)."""
    versions = session.scalars(
        select(ScorecardVersion)
        .where(ScorecardVersion.id.in_(_ids(query).with_only_columns(EvaluationRecord.scorecard_version_id)))
        .order_by(ScorecardVersion.version)
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


@dataclass(frozen=True)
class TrendPoint:
    """One week of one group (team, agent or "all")."""

    week: date  # Monday of the week
    group: str
    evaluations: int
    mean_score: float  # effective score, 0-100
    pass_rate: float  # 0-1


def score_trend(session: Session, query: Select, *, by: str | None = None) -> list[TrendPoint]:
    """Mean effective score and pass rate per week, overall or per team or agent."""
    acc: dict[tuple[date, str], list[float]] = defaultdict(lambda: [0, 0.0, 0])
    for score, passed, dated, agent_id, agent_name, team in _rows(
        session, query, EvaluationRecord.score, EvaluationRecord.passed
    ):
        week = week_of(dated)
        a = acc[(week, _group_name(by, agent_id, agent_name, team))]
        a[0] += 1
        a[1] += score
        a[2] += bool(passed)
    return [
        TrendPoint(week, group, int(n), round(total / n, 2), round(passes / n, 4))
        for (week, group), (n, total, passes) in sorted(acc.items())
    ]


@dataclass(frozen=True)
class GroupStat:
    """One team or agent over the whole period."""

    group: str
    evaluations: int
    mean_score: float
    pass_rate: float
    auto_failed: int  # evaluations failed by an auto-fail criterion


def breakdown(session: Session, query: Select, *, by: str) -> list[GroupStat]:
    """Evaluations, mean score, pass rate and auto-fails per team or agent, best first."""
    acc: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0, 0])
    for score, passed, auto_failed, _dated, agent_id, agent_name, team in _rows(
        session, query, EvaluationRecord.score, EvaluationRecord.passed, EvaluationRecord.auto_failed
    ):
        a = acc[_group_name(by, agent_id, agent_name, team)]
        a[0] += 1
        a[1] += score
        a[2] += bool(passed)
        a[3] += bool(auto_failed)
    stats = [
        GroupStat(group, int(n), round(total / n, 2), round(passes / n, 4), int(autos))
        for group, (n, total, passes, autos) in acc.items()
    ]
    return sorted(stats, key=lambda s: (-s.mean_score, s.group))


# --- criteria ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionWeek:
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


def _criterion_rows(session: Session, query: Select, *columns: Any) -> list[Any]:
    stmt = (
        select(*columns, CallRecord.dated_at)
        .select_from(CriterionResultRecord)
        .join(EvaluationRecord, CriterionResultRecord.evaluation_id == EvaluationRecord.id)
        .join(CallRecord, EvaluationRecord.call_id == CallRecord.id)
        .where(CriterionResultRecord.evaluation_id.in_(_ids(query)))
    )
    return list(session.execute(stmt))


def criterion_trend(session: Session, query: Select) -> list[CriterionWeek]:
    """Per criterion and week, how many calls passed, failed or were N/A."""
    labels = _labels(session, query)
    acc: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for criterion, outcome, dated in _criterion_rows(
        session, query, CriterionResultRecord.criterion_id, CriterionResultRecord.outcome
    ):
        a = acc[(week_of(dated), criterion)]
        a[{"pass": 0, "fail": 1, "na": 2}[outcome]] += 1
    return [
        CriterionWeek(week, criterion, labels.get(criterion, criterion), p, f, n)
        for (week, criterion), (p, f, n) in sorted(acc.items())
    ]


@dataclass(frozen=True)
class CriterionStat:
    """One criterion over the whole period."""

    criterion: str
    label: str
    applied: int  # evaluations where it was not N/A
    failed: int

    @property
    def fail_rate(self) -> float:
        return self.failed / self.applied if self.applied else 0.0


def most_failed(session: Session, query: Select, *, limit: int = 10) -> list[CriterionStat]:
    """The criteria failed most often (by fail rate, then count), effective outcomes."""
    labels = _labels(session, query)
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for criterion, outcome, _dated in _criterion_rows(
        session, query, CriterionResultRecord.criterion_id, CriterionResultRecord.outcome
    ):
        if outcome == "na":
            continue
        acc[criterion][0] += 1
        acc[criterion][1] += outcome == "fail"
    stats = [CriterionStat(c, labels.get(c, c), n, f) for c, (n, f) in acc.items() if f]
    return sorted(stats, key=lambda s: (-s.fail_rate, -s.failed, s.criterion))[:limit]


# --- timing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimingWeek:
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


def _metric(*path: str | int) -> Any:
    # read one number out of the stored metrics in the database (json_extract / #>>), not the whole result
    return EvaluationRecord.result[("metrics", *path)].as_float()


def timing_trend(session: Session, query: Select, *, by: str | None = None) -> list[TimingWeek]:
    """Interruption and silence means per week from each evaluation's call metrics."""
    acc: dict[tuple[date, str], list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    columns = (
        _metric("interruptions", "agent"), _metric("interruptions", "customer"), _metric("silence", "total"),
        _metric("silence", "count"), _metric("silence", "longest", 2), _metric("overlap"),
    )
    for agent_int, customer_int, silence, long_count, longest, overlap, dated, agent_id, agent_name, team in _rows(
        session, query, *columns
    ):
        a = acc[(week_of(dated), _group_name(by, agent_id, agent_name, team))]
        a[0] += 1
        a[1] += agent_int or 0.0
        a[2] += customer_int or 0.0
        a[3] += silence or 0.0
        a[4] += long_count or 0.0
        a[5] += longest or 0.0
        a[6] += overlap or 0.0
    out = []
    for (week, group), (n, ai, ci, st, sc, sl, ov) in sorted(acc.items()):
        out.append(TimingWeek(week, group, int(n), round(ai / n, 3), round(ci / n, 3), round(st / n, 2),
                              round(sc / n, 3), round(sl / n, 2), round(ov / n, 2)))
    return out


# --- AI vs trainer --------------------------------------------------------------------------


@dataclass(frozen=True)
class AgreementStat:
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


def agreement(session: Session, query: Select) -> list[AgreementStat]:
    """AI-vs-trainer agreement per criterion, worst first.

    An evaluation counts as reviewed when a trainer completed or shared it, or
    overrode any of its criteria; in it, each criterion whose effective
    outcome still equals the automatic one is an agreement.
    """
    labels = _labels(session, query)
    overridden = select(Override.evaluation_id)
    reviewed = _ids(query).where(or_(EvaluationRecord.review_state.in_(_REVIEWED_STATES), EvaluationRecord.id.in_(overridden)))
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for criterion, outcome, auto in session.execute(
        select(CriterionResultRecord.criterion_id, CriterionResultRecord.outcome, CriterionResultRecord.auto_outcome).where(
            CriterionResultRecord.evaluation_id.in_(reviewed)
        )
    ):
        a = acc[criterion]
        a[0] += 1
        if outcome == auto:
            a[1] += 1
        elif auto == "pass" and outcome == "fail":
            a[2] += 1
        elif auto == "fail" and outcome == "pass":
            a[3] += 1
        else:
            a[4] += 1
    counts: dict[str, int] = defaultdict(int)
    for (criterion,) in session.execute(select(Override.criterion_id).where(Override.evaluation_id.in_(_ids(query)))):
        counts[criterion] += 1
    stats = [
        AgreementStat(c, labels.get(c, c), n, agreed, fp, ff, other, counts.get(c, 0))
        for c, (n, agreed, fp, ff, other) in acc.items()
    ]
    return sorted(stats, key=lambda s: (s.agreement if s.agreement is not None else 1.0, s.criterion))


# --- all together ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard page and ``GET /api/v1/dashboard`` show."""

    by: str  # "team" or "agent"
    evaluations: int
    mean_score: float | None
    pass_rate: float | None
    trend: list[TrendPoint]  # overall, per week
    group_trend: list[TrendPoint]  # per team or agent, per week
    groups: list[GroupStat]
    criteria: list[CriterionWeek]
    failed: list[CriterionStat]
    timing: list[TimingWeek]  # overall, per week
    agreement: list[AgreementStat]

    def to_dict(self) -> dict[str, Any]:
        def plain(items: Iterable[Any], **extra: Any) -> list[dict[str, Any]]:
            out = []
            for item in items:
                d = asdict(item)
                for k, v in d.items():
                    if isinstance(v, date):
                        d[k] = v.isoformat()
                for name in extra:
                    d[name] = getattr(item, name)
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
        }


def dashboard(session: Session, query: Select, *, by: str = "team") -> Dashboard:
    """Every dashboard figure for the evaluations of ``query``, split by ``by`` (team or agent)."""
    if by not in GROUPS:
        raise QAError(f"group {by!r} is not one of {', '.join(GROUPS)}")
    trend = score_trend(session, query)
    n = sum(p.evaluations for p in trend)
    mean = round(sum(p.mean_score * p.evaluations for p in trend) / n, 2) if n else None
    rate = round(sum(p.pass_rate * p.evaluations for p in trend) / n, 4) if n else None
    return Dashboard(
        by=by,
        evaluations=n,
        mean_score=mean,
        pass_rate=rate,
        trend=trend,
        group_trend=score_trend(session, query, by=by),
        groups=breakdown(session, query, by=by),
        criteria=criterion_trend(session, query),
        failed=most_failed(session, query),
        timing=timing_trend(session, query),
        agreement=agreement(session, query),
    )
