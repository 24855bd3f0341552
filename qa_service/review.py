"""Who may see which call, and the queries behind the review screens.

The web UI (and the JSON API) ask this module three things: which calls a
user may see (:func:`visible_calls_clause`, :func:`can_see_call`), the
filtered, sorted, paginated call list (:func:`list_evaluations`) and what a
review page shows (:func:`review_data`, :func:`agent_trends`). Writes go
through :mod:`qa_service.store`.

Visibility: an ``admin`` and an ``author`` (who calibrates scorecards) see
every call; a ``trainer`` sees the calls of the agents in their teams; an
``agent`` sees only their own calls. Only admins and trainers change reviews.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, false, func, select, true
from sqlalchemy.orm import Session, contains_eager, selectinload

from qa_service import store
from qa_service.db.models import (
    REVIEW_STATES,
    Agent,
    CallRecord,
    CoachingNote,
    CriterionResult,
    Dispute,
    Evaluation,
    ScorecardVersion,
    Team,
    TeamMember,
    User,
)
from transcription.errors import QAError

# roles that see every call
SEE_ALL_ROLES: tuple[str, ...] = ("admin", "author")
# roles that override criteria, add notes, complete reviews and resolve disputes
REVIEWER_ROLES: tuple[str, ...] = ("admin", "trainer")
# the call list's sort orders: name -> (column, descending)
SORTS: tuple[str, ...] = ("newest", "oldest", "score_desc", "score_asc")
# rows per page of the call list, and the most a user may ask for
PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
# the call list counts matching rows up to this many, then says "more than"
COUNT_CAP = 10_000
# "try: ..." notes on evidence carry a suggested alternative phrase
_TRY = re.compile(r"^\s*try:\s*", re.IGNORECASE)


# --- visibility ---------------------------------------------------------------------


def visible_calls_clause(user: User) -> ColumnElement[bool]:
    """A condition on :class:`CallRecord` that keeps the calls ``user`` may see."""
    if user.role in SEE_ALL_ROLES:
        return true()
    if user.role == "trainer":
        return CallRecord.agent_id.in_(
            select(Agent.id).join(TeamMember, TeamMember.team_id == Agent.team_id).where(TeamMember.user_id == user.id)
        )
    if user.role == "agent" and user.agent_id is not None:
        return CallRecord.agent_id == user.agent_id
    return false()


def can_see_call(session: Session, user: User, record: CallRecord) -> bool:
    """Whether ``user`` may open ``record`` (its page, transcript, audio and exports)."""
    if not user.is_active:
        return False
    if user.role in SEE_ALL_ROLES:
        return True
    if user.role == "agent":
        return user.agent_id is not None and record.agent_id == user.agent_id
    if user.role == "trainer":
        return bool(
            session.scalar(select(func.count()).select_from(CallRecord).where(CallRecord.id == record.id,
                                                                               visible_calls_clause(user)))
        )
    return False


def can_review(user: User) -> bool:
    """Whether ``user`` may override criteria, pin notes, complete reviews and resolve disputes."""
    return user.is_active and user.role in REVIEWER_ROLES


def visible_call(session: Session, user: User, call_pk: int) -> CallRecord | None:
    """The call with primary key ``call_pk`` when ``user`` may see it, else None (as if it did not exist)."""
    record = session.get(CallRecord, call_pk)
    if record is None or not can_see_call(session, user, record):
        return None
    return record


# --- the call list -----------------------------------------------------------------------


@dataclass(frozen=True)
class CallFilters:
    """What the call list is narrowed to; None means "any"."""

    # agent's external id (the id calls carry)
    agent: str | None = None
    # team name
    team: str | None = None
    # calls that started at or after / before these times
    since: datetime | None = None
    until: datetime | None = None
    # effective score bounds, 0-100
    min_score: float | None = None
    max_score: float | None = None
    # True: passed only, False: failed only
    passed: bool | None = None
    # criterion id whose effective outcome is "fail"
    failed_criterion: str | None = None
    # one of REVIEW_STATES
    review_state: str | None = None
    # scorecard key ("default")
    scorecard: str | None = None


@dataclass(frozen=True)
class CallRow:
    """One line of the call list."""

    evaluation_id: int
    call_pk: int
    call_id: str
    started_at: datetime | None
    duration: float | None
    agent: str | None
    agent_id: str | None
    team: str | None
    scorecard: str
    score: float
    passed: bool
    auto_score: float
    review_state: str
    failed: tuple[str, ...]
    has_audio: bool


@dataclass(frozen=True)
class CallPage:
    """A page of the call list."""

    rows: list[CallRow]
    page: int
    per_page: int
    # rows matching, counted up to COUNT_CAP
    total: int
    # True when there are more than ``total`` rows
    total_capped: bool
    has_next: bool

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def list_query(user: User, filters: CallFilters = CallFilters(), *, sort: str = "newest") -> Any:
    """The ``SELECT`` of evaluations ``user`` may see, filtered and sorted by an indexed column."""
    if sort not in SORTS:
        raise QAError(f"sort {sort!r} is not one of {', '.join(SORTS)}")
    query = store.evaluations_query(
        scorecard=filters.scorecard,
        agent=filters.agent,
        team=filters.team,
        since=filters.since,
        until=filters.until,
        passed=filters.passed,
        review_state=filters.review_state,
        failed_criterion=filters.failed_criterion,
        min_score=filters.min_score,
        max_score=filters.max_score,
    ).where(visible_calls_clause(user))
    # every order ends on a unique key so pages never overlap; the leading column is indexed
    orders = {
        "newest": (CallRecord.started_at.desc(), CallRecord.id.desc(), Evaluation.id.desc()),
        "oldest": (CallRecord.started_at.asc(), CallRecord.id.asc(), Evaluation.id.asc()),
        "score_desc": (Evaluation.score.desc(), Evaluation.id.desc()),
        "score_asc": (Evaluation.score.asc(), Evaluation.id.asc()),
    }
    return query.order_by(None).order_by(*orders[sort])


def list_evaluations(
    session: Session,
    user: User,
    filters: CallFilters = CallFilters(),
    *,
    sort: str = "newest",
    page: int = 1,
    per_page: int = PAGE_SIZE,
) -> CallPage:
    """One page of the calls ``user`` may see, with a count capped at :data:`COUNT_CAP`."""
    page = max(1, int(page))
    per_page = min(MAX_PAGE_SIZE, max(1, int(per_page)))
    query = list_query(user, filters, sort=sort)
    capped = session.scalar(select(func.count()).select_from(query.order_by(None).limit(COUNT_CAP + 1).subquery()))
    evaluations = session.scalars(
        query.options(
            contains_eager(Evaluation.call).selectinload(CallRecord.agent).selectinload(Agent.team),
            selectinload(Evaluation.criteria),
            selectinload(Evaluation.scorecard_version).selectinload(ScorecardVersion.scorecard),
        )
        .limit(per_page + 1)
        .offset((page - 1) * per_page)
    ).all()
    rows = [_row(ev) for ev in evaluations[:per_page]]
    return CallPage(
        rows=rows,
        page=page,
        per_page=per_page,
        total=min(capped or 0, COUNT_CAP),
        total_capped=(capped or 0) > COUNT_CAP,
        has_next=len(evaluations) > per_page,
    )


def _row(ev: Evaluation) -> CallRow:
    call = ev.call
    agent = call.agent
    return CallRow(
        evaluation_id=ev.id,
        call_pk=call.id,
        call_id=call.call_id,
        started_at=call.started_at,
        duration=call.duration,
        agent=(agent.name or agent.external_id) if agent is not None else None,
        agent_id=agent.external_id if agent is not None else None,
        team=agent.team.name if agent is not None and agent.team is not None else None,
        scorecard=f"{ev.scorecard_version.scorecard.key} v{ev.scorecard_version.version}",
        score=ev.score,
        passed=ev.passed,
        auto_score=ev.auto_score,
        review_state=ev.review_state,
        failed=tuple(c.criterion_id for c in ev.criteria if c.outcome == "fail"),
        has_audio=bool(call.audio_path),
    )


def filter_choices(session: Session, user: User) -> dict[str, list[Any]]:
    """The values the list's filter menus offer: agents and teams ``user`` may see, criteria, states."""
    agents = session.execute(
        select(Agent.external_id, Agent.name)
        .where(Agent.id.in_(select(CallRecord.agent_id).where(visible_calls_clause(user))))
        .order_by(Agent.name, Agent.external_id)
    ).all()
    if user.role in SEE_ALL_ROLES:
        teams = session.scalars(select(Team.name).order_by(Team.name)).all()
    else:
        teams = session.scalars(
            select(Team.name).join(TeamMember, TeamMember.team_id == Team.id).where(TeamMember.user_id == user.id)
            .order_by(Team.name)
        ).all()
    criteria = session.scalars(select(CriterionResult.criterion_id).distinct().order_by(CriterionResult.criterion_id)).all()
    return {
        "agents": [(a.external_id, a.name or a.external_id) for a in agents],
        "teams": list(teams),
        "criteria": list(criteria),
        "review_states": list(REVIEW_STATES),
        "sorts": list(SORTS),
    }


# --- one call ------------------------------------------------------------------------------


def latest_evaluation(session: Session, record: CallRecord) -> Evaluation | None:
    """The newest evaluation of ``record`` (the latest scorecard version it was scored with)."""
    return session.scalar(
        select(Evaluation).where(Evaluation.call_id == record.id).order_by(Evaluation.id.desc()).limit(1)
    )


def interruption_events(call_data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every overlap of the two speakers (interruptions, backchannels, terminal overlaps) with its time."""
    from nlp.context import CallContext
    from nlp.detectors.interruptions import find_overlaps
    from transcription.call import call_from_dict

    call = call_from_dict(call_data, "stored transcript")
    return [
        {"by": ev.by, "over": ev.over, "start": ev.start, "end": ev.end, "kind": ev.kind}
        for ev in find_overlaps(CallContext(call))
    ]


def suggestion_of(note: str | None) -> str | None:
    """The suggested alternative in an evidence note ("try: ..."), else None."""
    if not note or not _TRY.match(note):
        return None
    return _TRY.sub("", note).strip().strip('"').strip()


def mark_segments(text: str, phrases: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """``text`` cut into plain and marked pieces; ``phrases`` are (phrase, criterion id) to mark.

    Phrases are found case-insensitively; overlapping marks merge, keeping every criterion id.
    """
    spans: list[tuple[int, int, str]] = []
    low = text.lower()
    for phrase, criterion in phrases:
        needle = phrase.strip().lower()
        if not needle:
            continue
        at = low.find(needle)
        if at >= 0:
            spans.append((at, at + len(needle), criterion))
    spans.sort()
    merged: list[list[Any]] = []
    for s, e, c in spans:
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
            if c not in merged[-1][2]:
                merged[-1][2].append(c)
        else:
            merged.append([s, e, [c]])
    out: list[dict[str, Any]] = []
    pos = 0
    for s, e, cs in merged:
        if s > pos:
            out.append({"text": text[pos:s], "criteria": []})
        out.append({"text": text[s:e], "criteria": cs})
        pos = e
    if pos < len(text):
        out.append({"text": text[pos:], "criteria": []})
    return out


@dataclass
class ReviewData:
    """Everything the review page shows about one call and evaluation."""

    record: CallRecord
    evaluation: Evaluation | None
    # engine result with the human-reviewed values merged in (store.evaluation_view)
    view: dict[str, Any] | None
    # transcript utterances with index, speaker, times, text pieces (marked evidence) and criteria
    utterances: list[dict[str, Any]]
    duration: float
    metrics: dict[str, Any]
    interruptions: list[dict[str, Any]]
    notes: list[CoachingNote]
    disputes: list[Dispute]
    # (criterion label, phrase said, suggested alternative) from "try:" evidence notes
    suggestions: list[tuple[str, str, str]] = field(default_factory=list)
    acknowledged_by: list[str] = field(default_factory=list)


def review_data(session: Session, record: CallRecord, evaluation: Evaluation | None) -> ReviewData:
    """The transcript with evidence marked, the scorecard, metrics, notes and disputes of one call."""
    data = record.transcript.data if record.transcript is not None else {"utterances": []}
    view = store.evaluation_view(evaluation) if evaluation is not None else None
    marks: dict[int, list[tuple[str, str]]] = {}
    suggestions: list[tuple[str, str, str]] = []
    for criterion in (view or {}).get("criteria", []):
        for ev in criterion.get("evidence", []):
            index = ev.get("utterance")
            if isinstance(index, int) and index >= 0:
                marks.setdefault(index, []).append((ev.get("text") or "", criterion["id"]))
            tip = suggestion_of(ev.get("note"))
            if tip:
                suggestions.append((criterion.get("label", criterion["id"]), ev.get("text") or "", tip))
    utterances = []
    for i, u in enumerate(data.get("utterances", [])):
        text = u.get("text", "")
        phrases = marks.get(i, [])
        # evidence that is (nearly) the whole line marks the line, not its words, so the
        # phrases other criteria flagged inside it stay distinct
        whole = len(text.strip()) * 0.9
        parts = [(p, c) for p, c in phrases if len(p.strip()) < whole]
        utterances.append({
            "index": i,
            "speaker": u.get("speaker", "unknown"),
            "start": float(u.get("start", 0.0)),
            "end": float(u.get("end", 0.0)),
            "segments": mark_segments(text, parts),
            "criteria": sorted({c for _, c in phrases}),
            "line_criteria": sorted({c for p, c in phrases if len(p.strip()) >= whole}),
        })
    metrics = dict((view or {}).get("metrics") or {})
    duration = float(metrics.get("duration") or record.duration or (utterances[-1]["end"] if utterances else 0.0))
    try:
        interruptions = interruption_events(data) if utterances else []
    except QAError:
        interruptions = []
    notes = list(session.scalars(
        select(CoachingNote).where(CoachingNote.call_id == record.id)
        .options(selectinload(CoachingNote.author)).order_by(CoachingNote.time_seconds, CoachingNote.id)
    ))
    disputes = list(evaluation.disputes) if evaluation is not None else []
    acked = [a.user.username for a in evaluation.acknowledgements] if evaluation is not None else []
    return ReviewData(
        record=record, evaluation=evaluation, view=view, utterances=utterances, duration=duration,
        metrics=metrics, interruptions=interruptions, notes=notes, disputes=disputes, suggestions=suggestions,
        acknowledged_by=acked,
    )


def share_review(session: Session, evaluation: Evaluation, *, user: User) -> None:
    """Mark the review complete and share it with the agent (both steps audited)."""
    if evaluation.review_state == "shared":
        return
    if evaluation.review_state != "completed":
        store.set_review_state(session, evaluation, "completed", user=user)
    store.set_review_state(session, evaluation, "shared", user=user)


def open_disputes(session: Session, user: User, *, limit: int = 200) -> list[Dispute]:
    """Open disputes on calls ``user`` may see, oldest first."""
    return list(session.scalars(
        select(Dispute)
        .join(Dispute.evaluation).join(Evaluation.call)
        .where(Dispute.status == "open", visible_calls_clause(user))
        .options(selectinload(Dispute.raised_by), contains_eager(Dispute.evaluation).contains_eager(Evaluation.call))
        .order_by(Dispute.created_at, Dispute.id)
        .limit(limit)
    ))


# --- an agent's own view --------------------------------------------------------------------


@dataclass(frozen=True)
class Trend:
    """One criterion's results over an agent's calls, oldest first."""

    criterion_id: str
    label: str
    # (call start, 1.0 pass / 0.0 fail) per scored call; N/A calls are left out
    points: list[tuple[datetime, float]]

    @property
    def pass_rate(self) -> float | None:
        return sum(v for _, v in self.points) / len(self.points) if self.points else None


def agent_trends(session: Session, agent_id: int, *, limit: int = 200) -> tuple[list[tuple[datetime, float]], list[Trend]]:
    """An agent's score per call and each criterion's pass/fail per call, over their latest ``limit`` calls."""
    evaluations = session.scalars(
        select(Evaluation).join(Evaluation.call)
        .where(CallRecord.agent_id == agent_id, CallRecord.started_at.is_not(None))
        .options(contains_eager(Evaluation.call), selectinload(Evaluation.criteria))
        .order_by(CallRecord.started_at.desc(), Evaluation.id.desc())
        .limit(limit)
    ).all()
    evaluations = list(reversed(evaluations))
    scores = [(ev.call.started_at, ev.score) for ev in evaluations]
    labels: dict[str, str] = {}
    for ev in evaluations:
        for c in ev.result.get("criteria", []):
            labels.setdefault(c["id"], c.get("label") or c["id"])
    per: dict[str, list[tuple[datetime, float]]] = {}
    for ev in evaluations:
        for row in ev.criteria:
            if row.outcome == "na":
                continue
            per.setdefault(row.criterion_id, []).append((ev.call.started_at, 1.0 if row.outcome == "pass" else 0.0))
    trends = [Trend(cid, labels.get(cid, cid), pts) for cid, pts in per.items()]
    return scores, trends
