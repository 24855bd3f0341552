"""The call list and the other lists of evaluations: one row per call (its
current evaluation), filtered, sorted and paginated, narrowed to what the
user may see.

:func:`evaluations_query` is the one ``SELECT`` every list, dashboard, export
and the API start from; calls are dated by ``dated_at`` (their start, or when
they were received), so calls without a start time are listed too.
"""

from __future__ import annotations

import base64
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable

from sqlalchemy import Select, exists, func, select, true, tuple_
from sqlalchemy.orm import Session, contains_eager, defer, selectinload
from sqlalchemy.sql.elements import False_, True_

from qa_service.db.models import (
    REVIEW_STATES,
    Agent,
    CallRecord,
    CriterionResultRecord,
    Dispute,
    EvaluationRecord,
    ScorecardRecord,
    ScorecardVersion,
    Team,
    TeamMember,
    User,
)
from qa_service import weekly_summary
from qa_service.errors import Invalid
from qa_service.visibility import SEE_ALL_ROLES, visible_calls_clause
from transcription.errors import QAError

__all__ = [
    "COUNT_CAP",
    "MAX_PAGE_SIZE",
    "PAGE_SIZE",
    "SORTS",
    "CallFilters",
    "CallPage",
    "CallRow",
    "Trend",
    "agent_evaluations",
    "agent_trends",
    "decode_cursor",
    "dispute_criterion_label",
    "encode_cursor",
    "evaluations_query",
    "filter_choices",
    "from_covering_index",
    "list_evaluations",
    "list_query",
    "open_disputes",
]

# the call list's sort orders
SORTS: tuple[str, ...] = ("newest", "oldest", "score_desc", "score_asc")
# rows per page of the call list, and the most a user may ask for
PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
# the call list counts matching rows up to this many, then says "more than"
COUNT_CAP = 10_000
# the covering index of current evaluations (migration 0007)
CURRENT_FIGURES_INDEX = "ix_evaluations_current_figures"
# marks a query of current evaluations only (one that index can answer)
_CURRENT_ONLY = "qa_current_evaluations"


def from_covering_index(query: Select) -> Select:
    """``query`` (of :func:`evaluations_query`) reading current evaluations from their covering index.

    For counts and aggregates that read many rows. On SQLite the planner
    otherwise probes the unique index on ``call_id`` and reads each table row,
    walking the overflow pages of the large ``result`` JSON to reach the
    columns stored after it, hundreds of times slower. Not for a page of
    rows sorted by score (the score index finds those without a sort).
    PostgreSQL picks its plan by cost; queries of earlier versions are returned as they are.
    """
    if not query.get_execution_options().get(_CURRENT_ONLY):
        return query
    return query.with_hint(EvaluationRecord, f"INDEXED BY {CURRENT_FIGURES_INDEX}", "sqlite")


def evaluations_query(
    *,
    scorecard: str | None = None,
    version: int | None = None,
    agent: str | None = None,
    team: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    passed: bool | None = None,
    review_state: str | None = None,
    failed_criterion: str | None = None,
    min_score: float | None = None,
    max_score: float | None = None,
    join_call: bool = True,
) -> Select:
    """A ``SELECT`` of evaluations joined to their call, one per call, filtered the way lists and exports filter.

    Without ``version`` each call's current evaluation; with it, the evaluations
    made with that scorecard version (current or not: the history a re-score kept).
    ``agent`` is the agent's external id, ``team`` the team name,
    ``since``/``until`` bound the call's date, ``failed_criterion`` keeps
    evaluations where that criterion's effective outcome is ``fail``. Newest calls first.
    ``join_call=False`` (for counts): the call joined only when a filter reads it, and no order; every
    evaluation has its call (a NOT NULL, enforced foreign key), so the rows are the same.
    """
    query = select(EvaluationRecord)
    if join_call or agent is not None or team is not None or since is not None or until is not None:
        query = query.join(EvaluationRecord.call).order_by(CallRecord.dated_at.desc(), EvaluationRecord.id.desc())
    if version is None:
        query = query.where(EvaluationRecord.is_current == true()).execution_options(**{_CURRENT_ONLY: True})
    if scorecard is not None or version is not None:
        query = query.join(EvaluationRecord.scorecard_version).join(ScorecardVersion.scorecard)
        if scorecard is not None:
            query = query.where(ScorecardRecord.key == scorecard)
        if version is not None:
            query = query.where(ScorecardVersion.version == version)
    if agent is not None or team is not None:
        query = query.join(CallRecord.agent)
        if agent is not None:
            query = query.where(Agent.external_id == agent)
        if team is not None:
            query = query.join(Agent.team).where(Team.name == team)
    if since is not None:
        query = query.where(CallRecord.dated_at >= since)
    if until is not None:
        query = query.where(CallRecord.dated_at < until)
    if passed is not None:
        query = query.where(EvaluationRecord.passed.is_(passed))
    if review_state is not None:
        if review_state not in REVIEW_STATES:
            raise Invalid(f"review state {review_state!r} is not one of {', '.join(REVIEW_STATES)}")
        query = query.where(EvaluationRecord.review_state == review_state)
    if failed_criterion is not None:
        # per evaluation, one probe of the (evaluation, criterion) index: a page needs a few dozen, not every
        # failed row of the criterion gathered first
        query = query.where(
            exists().where(
                CriterionResultRecord.evaluation_id == EvaluationRecord.id,
                CriterionResultRecord.criterion_id == failed_criterion, CriterionResultRecord.outcome == "fail",
            )
        )
    if min_score is not None:
        query = query.where(EvaluationRecord.score >= min_score)
    if max_score is not None:
        query = query.where(EvaluationRecord.score <= max_score)
    return query


@dataclass(frozen=True)
class CallFilters:
    """What the call list is narrowed to; None means "any"."""

    # agent's external id (the id calls carry)
    agent: str | None = None
    # team name
    team: str | None = None
    # calls dated at or after / before these times
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
    """One line of the call list: a call and its current evaluation."""

    evaluation_id: int
    call_pk: int
    call_id: str
    started_at: datetime | None  # as the call file says
    dated_at: datetime  # started_at, or when the call was received
    duration: float | None
    agent: str | None
    agent_id: str | None
    team: str | None
    scorecard: str  # "default v2"
    version: int
    score: float
    passed: bool
    auto_score: float
    review_state: str
    failed: tuple[str, ...]  # criterion ids
    failed_labels: tuple[str, ...]  # their labels, same order
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
    # opaque cursors for the pages after and before this one (``after=`` / ``before=``); None at either end
    next_cursor: str | None = None
    prev_cursor: str | None = None

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.prev_cursor is not None or self.page > 1


# the columns each sort orders by, most significant first; each ends on a unique key so that rows
# with the same date or score keep one order and a cursor names exactly one place between rows
_SORT_KEYS: dict[str, tuple[Any, ...]] = {
    # a list shows one (current) evaluation per call: the call's id settles ties of its date
    "newest": (CallRecord.dated_at, CallRecord.id),
    "oldest": (CallRecord.dated_at, CallRecord.id),
    "score_desc": (EvaluationRecord.score, EvaluationRecord.id),
    "score_asc": (EvaluationRecord.score, EvaluationRecord.id),
}
_DESCENDING = ("newest", "score_desc")
# the sorts whose keys are the call's
_BY_DATE = ("newest", "oldest")


def list_query(user: User, filters: CallFilters = CallFilters(), *, sort: str = "newest") -> Select:
    """The ``SELECT`` of current evaluations ``user`` may see, filtered and sorted by an indexed column."""
    if sort not in SORTS:
        raise Invalid(f"sort {sort!r} is not one of {', '.join(SORTS)}")
    return _in_order(_filtered(user, filters), sort)


def _filtered(user: User, filters: CallFilters, *, join_call: bool = True) -> Select:
    """The current evaluations ``user`` may see, narrowed by ``filters`` (ordered with :func:`_in_order`;
    ``join_call``: as :func:`evaluations_query`'s)."""
    visible = visible_calls_clause(user)
    return evaluations_query(
        scorecard=filters.scorecard, agent=filters.agent, team=filters.team, since=filters.since,
        until=filters.until, passed=filters.passed, review_state=filters.review_state,
        failed_criterion=filters.failed_criterion, min_score=filters.min_score, max_score=filters.max_score,
        # a visibility that reads the call (a trainer's teams, an agent's own calls) needs it joined
        join_call=join_call or not isinstance(visible, (True_, False_)),
    ).where(visible)


def _reads_call(user: User, filters: CallFilters) -> bool:
    """Whether the rows :func:`_filtered` selects depend on their calls' columns (a filter or the
    visibility reads the call), as :func:`evaluations_query` joins the call for them."""
    by_call = (filters.agent, filters.team, filters.since, filters.until) != (None, None, None, None)
    return by_call or not isinstance(visible_calls_clause(user), (True_, False_))


def _in_order(query: Select, sort: str, *, reverse: bool = False) -> Select:
    """``query`` in the order ``sort`` (``reverse``: the reverse of it; the keys end on a unique column, so
    the rows come exactly reversed, ties included)."""
    descending = (sort in _DESCENDING) != reverse
    return query.order_by(None).order_by(*(k.desc() if descending else k.asc() for k in _SORT_KEYS[sort]))


def _count(session: Session, user: User, filters: CallFilters, *, cap: int | None) -> int:
    """How many rows :func:`list_query` selects (more than ``cap``: ``cap + 1``), counted over the
    evaluations' ids alone, without the calls where no condition reads them: selecting every column would
    read each row's result JSON, and the join costs more than the count at 100,000 calls."""
    ids = from_covering_index(_filtered(user, filters, join_call=False)).order_by(None).with_only_columns(
        EvaluationRecord.id)
    if cap is not None:
        ids = ids.limit(cap + 1)
    return session.scalar(select(func.count()).select_from(ids.subquery())) or 0


def _key_values(sort: str, ev: EvaluationRecord) -> list[Any]:
    if sort in _BY_DATE:
        dated = ev.call.dated_at
        dated = dated if dated.tzinfo else dated.replace(tzinfo=timezone.utc)
        return [dated.astimezone(timezone.utc).isoformat(), ev.call.id]
    return [ev.score, ev.id]


def encode_cursor(sort: str, ev: EvaluationRecord) -> str:
    """An opaque cursor naming the place just after (or before) ``ev`` in the order ``sort``."""
    raw = json.dumps([sort, *_key_values(sort, ev)], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(sort: str, cursor: str) -> tuple[Any, ...]:
    """The sort key values of ``cursor``; :class:`Invalid` when it is not one of ours or was made for another
    sort (the list's page links make them; start again from the first page)."""
    problem = Invalid(f"page cursor {cursor[:40]!r} is not valid for sort {sort!r}; open the list's first page "
                      "and follow its Next and Previous links")
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, UnicodeDecodeError):
        raise problem from None
    if not isinstance(data, list) or not data or data[0] != sort or len(data) != len(_SORT_KEYS[sort]) + 1:
        raise problem
    values = data[1:]
    try:
        if sort in _BY_DATE:
            dated = datetime.fromisoformat(values[0])
            dated = dated if dated.tzinfo else dated.replace(tzinfo=timezone.utc)
            values = [dated.astimezone(timezone.utc), *values[1:]]
        else:
            values = [float(values[0]), *values[1:]]
        ids = values[1:]
        if not all(isinstance(v, int) and not isinstance(v, bool) and 0 < v < 2**63 for v in ids):
            raise ValueError
    except (TypeError, ValueError, OverflowError):
        raise problem from None
    return tuple(values)


def list_evaluations(
    session: Session,
    user: User,
    filters: CallFilters = CallFilters(),
    *,
    sort: str = "newest",
    page: int = 1,
    per_page: int = PAGE_SIZE,
    after: str | None = None,
    before: str | None = None,
) -> CallPage:
    """One page of the calls ``user`` may see, with a count capped at :data:`COUNT_CAP`.

    Without a cursor, page ``page`` (an ``OFFSET``, for old links). ``after``
    (a page's :attr:`CallPage.next_cursor`) gives the rows right after it and
    ``before`` (its :attr:`CallPage.prev_cursor`) the rows right before, by
    the sort key and an index however deep the page (keyset pagination);
    ``page`` is then only the number the page is shown with. A page past the middle of the rows is read from
    the end, in the reverse order, and turned round: the same rows, and an offset no deeper than half the list.
    """
    page = max(1, int(page))
    per_page = min(MAX_PAGE_SIZE, max(1, int(per_page)))
    query = list_query(user, filters, sort=sort)
    keys = _SORT_KEYS[sort]
    backwards = before is not None and after is None
    cursor = after if after is not None else before
    offset = (page - 1) * per_page if cursor is None else 0
    # exact from the capped count when there are at most COUNT_CAP rows; an offset past COUNT_CAP counts them
    # all (what saying which end of the list is nearer needs), instead of the capped count
    exact: int | None = _count(session, user, filters, cap=None) if offset >= COUNT_CAP else None
    capped = min(exact, COUNT_CAP + 1) if exact is not None else _count(session, user, filters, cap=COUNT_CAP)
    if exact is None and capped <= COUNT_CAP:
        exact = capped
    from_end = False
    if cursor is not None:
        key = tuple_(*keys)
        values = tuple_(*decode_cursor(sort, cursor))
        # after: further along the order; before: back towards its start (read in reverse, then turned round)
        forward = sort in _DESCENDING
        if backwards:
            forward = not forward
            query = _in_order(query, sort, reverse=True)
        query = query.where(key < values if forward else key > values)
    elif page > 1:
        # a deep page by offset (an old link): the offset walks the sort key's unique column alone, through
        # indexes (by score, without the calls where no condition reads them), and only the page's rows are
        # read whole (a "deferred join"), not every row skipped
        unique_key = keys[-1]
        skip, take = offset, per_page + 1
        if exact is not None and 2 * offset > exact:
            # past the middle: the rows offset .. offset + per_page (the one after the page says there is a
            # next) are the last ``exact - offset`` read backwards; none when the offset is past the end.
            # (Counted in a statement before this one: a call stored between the two moves the page by a
            # row, as it moves the next page a user opens.)
            from_end = True
            left = exact - offset
            skip = max(0, left - per_page - 1)
            take = max(0, left - skip)
            query = _in_order(query, sort, reverse=True)
        if sort in _BY_DATE and not _reads_call(user, filters):
            # by date, the current evaluations' copy of their call's date and the call (one index, migration
            # 0012) in the order of (calls.dated_at, calls.id), not the calls' date index each probed for a
            # current evaluation: the call list's middle page walked 50,000 of them at 100,000 calls
            descending = (sort in _DESCENDING) != from_end
            walk_keys = (EvaluationRecord.call_dated_at, EvaluationRecord.call_id)
            walked = _filtered(user, filters, join_call=False).order_by(None).order_by(
                *(k.desc() if descending else k.asc() for k in walk_keys))
            walk_key = EvaluationRecord.call_id
        else:
            walked = _in_order(_filtered(user, filters, join_call=sort in _BY_DATE), sort, reverse=from_end)
            walk_key = unique_key
        page_keys = walked.with_only_columns(walk_key).offset(skip).limit(take).correlate(None)
        query = query.where(unique_key.in_(page_keys.scalar_subquery()))
    found = [] if from_end and take == 0 else list(session.scalars(
        query.options(
            contains_eager(EvaluationRecord.call).selectinload(CallRecord.agent).selectinload(Agent.team),
            selectinload(EvaluationRecord.scorecard_version).selectinload(ScorecardVersion.scorecard),
            defer(EvaluationRecord.result),
        )
        .limit(per_page + 1)
    ).all())
    if from_end:
        found.reverse()
    more = len(found) > per_page
    found = found[:per_page]
    # the page's failed criteria as plain rows (not a dozen criterion objects per row), in scorecard order
    failed: dict[int, list[str]] = defaultdict(list)
    if found:
        for evaluation_id, criterion_id in session.execute(
            select(CriterionResultRecord.evaluation_id, CriterionResultRecord.criterion_id)
            .where(CriterionResultRecord.evaluation_id.in_([ev.id for ev in found]),
                   CriterionResultRecord.outcome == "fail")
            .order_by(CriterionResultRecord.evaluation_id, CriterionResultRecord.position)
        ):
            failed[evaluation_id].append(criterion_id)
    if backwards:
        found.reverse()
        has_next, has_prev = True, more
    else:
        has_next, has_prev = more, cursor is not None or page > 1
    return CallPage(
        rows=[_row(ev, failed.get(ev.id, ())) for ev in found], page=page, per_page=per_page,
        total=min(capped, COUNT_CAP), total_capped=capped > COUNT_CAP, has_next=has_next,
        next_cursor=encode_cursor(sort, found[-1]) if has_next and found else None,
        prev_cursor=encode_cursor(sort, found[0]) if has_prev and found else None,
    )


def _version_labels(version: ScorecardVersion) -> dict[str, str]:
    from qa_service.scorecard_versions import scorecard_for_version

    return {c.id: c.label for c in scorecard_for_version(version).criteria}


def _labels(ev: EvaluationRecord) -> dict[str, str]:
    return _version_labels(ev.scorecard_version)


def _row(ev: EvaluationRecord, failed_criteria: Iterable[str]) -> CallRow:
    """The list's row of ``ev`` (its call, agent and version loaded), ``failed_criteria`` its criteria whose
    effective outcome is "fail"."""
    call = ev.call
    agent = call.agent
    version = ev.scorecard_version
    failed = tuple(failed_criteria)
    labels = _labels(ev)
    return CallRow(
        evaluation_id=ev.id, call_pk=call.id, call_id=call.call_id, started_at=call.started_at,
        dated_at=call.dated_at, duration=call.duration,
        agent=(agent.name or agent.external_id) if agent is not None else None,
        agent_id=agent.external_id if agent is not None else None,
        team=agent.team.name if agent is not None and agent.team is not None else None,
        scorecard=f"{version.scorecard.key} v{version.version}", version=version.version, score=ev.score,
        passed=ev.passed, auto_score=ev.auto_score, review_state=ev.review_state, failed=failed,
        failed_labels=tuple(labels.get(c, c) for c in failed), has_audio=bool(call.audio_path),
    )


def criterion_labels(session: Session, criterion_ids: list[str]) -> dict[str, str]:
    """Each of ``criterion_ids`` with its label in the newest stored scorecard version that has it
    (the id itself when no stored version names it)."""
    from qa_service.scorecard_versions import scorecard_for_version

    labels: dict[str, str] = {}
    wanted = set(criterion_ids)
    versions = session.scalars(
        select(ScorecardVersion).options(selectinload(ScorecardVersion.scorecard))
        .order_by(ScorecardVersion.created_at.desc(), ScorecardVersion.id.desc())
    )
    for version in versions:
        if wanted <= labels.keys():
            break
        try:
            found = {c.id: c.label for c in scorecard_for_version(version).criteria}
        except QAError:
            continue  # a version the current schema cannot read names nothing
        labels.update({k: v for k, v in found.items() if k in wanted and k not in labels})
    return {cid: labels.get(cid, cid) for cid in criterion_ids}


# filter menus each process keeps (per user), under the weekly summary's version
FILTER_CHOICES_KEPT = 64
_KEPT_CHOICES: weekly_summary.Kept[dict[str, list[Any]]] = weekly_summary.Kept(FILTER_CHOICES_KEPT)


def filter_choices(session: Session, user: User) -> dict[str, list[Any]]:
    """The values the list's filter menus offer: agents and teams ``user`` may see, criteria, states.
    Kept per process under the weekly summary's version, which a new call, agent, team, team member or
    evaluation replaces (:class:`qa_service.weekly_summary.Kept`); do not change the lists returned."""
    return _KEPT_CHOICES.get(session, ("filter_choices", user.id, user.role, user.is_active, user.agent_id),
                             lambda: _filter_choices(session, user))


def _filter_choices(session: Session, user: User) -> dict[str, list[Any]]:
    # per agent, one index probe for a call the user may see (not a scan of every call)
    agents = session.execute(
        select(Agent.external_id, Agent.name)
        .where(exists().where(CallRecord.agent_id == Agent.id, visible_calls_clause(user)))
        .order_by(Agent.name, Agent.external_id)
    ).all()
    if user.role in SEE_ALL_ROLES:
        teams = session.scalars(select(Team.name).order_by(Team.name)).all()
    else:
        teams = session.scalars(
            select(Team.name).join(TeamMember, TeamMember.team_id == Team.id).where(TeamMember.user_id == user.id)
            .order_by(Team.name)
        ).all()
    # the criteria of the scorecard versions calls were scored with (not a DISTINCT over every criterion row)
    used = select(ScorecardVersion).where(
        exists().where(EvaluationRecord.scorecard_version_id == ScorecardVersion.id)
    ).options(selectinload(ScorecardVersion.scorecard))
    criteria_seen: set[str] = set()
    for version in session.scalars(used):
        try:
            criteria_seen.update(_version_labels(version))
        except QAError:
            # a version the current schema cannot read any more: its criteria from its rows
            criteria_seen.update(session.scalars(
                select(CriterionResultRecord.criterion_id).distinct().join(EvaluationRecord)
                .where(EvaluationRecord.scorecard_version_id == version.id)
            ))
    return {
        "agents": [(a.external_id, a.name or a.external_id) for a in agents],
        "teams": list(teams),
        "criteria": sorted(criteria_seen),
        # criterion id -> its label (the newest stored version's), for menus that show labels, not ids
        "criterion_labels": criterion_labels(session, sorted(criteria_seen)),
        "review_states": list(REVIEW_STATES),
        "sorts": list(SORTS),
    }


def open_disputes(session: Session, user: User, *, limit: int = 200) -> list[Dispute]:
    """Open disputes on the current evaluations of calls ``user`` may see, oldest first, each with its
    evaluation (without its result JSON: name criteria with :func:`dispute_criterion_label`), call and
    scorecard version loaded."""
    evaluation = contains_eager(Dispute.evaluation)
    return list(session.scalars(
        select(Dispute)
        .join(Dispute.evaluation).join(EvaluationRecord.call)
        .where(Dispute.status == "open", EvaluationRecord.is_current == true(), visible_calls_clause(user))
        .options(selectinload(Dispute.raised_by), evaluation.contains_eager(EvaluationRecord.call),
                 # a result is tens of kilobytes of JSON: a page of them took most of the list's time
                 evaluation.defer(EvaluationRecord.result),
                 evaluation.selectinload(EvaluationRecord.scorecard_version).selectinload(ScorecardVersion.scorecard))
        .order_by(Dispute.created_at, Dispute.id)
        .limit(limit)
    ))


def dispute_criterion_label(evaluation: EvaluationRecord, criterion_id: str) -> str:
    """The label criterion ``criterion_id`` has in the scorecard version ``evaluation`` was scored with
    (its id when that version has no such criterion), read from the version, which every process parses
    once, rather than from the evaluation's result; from the result when the version cannot be read."""
    try:
        return _labels(evaluation).get(criterion_id, criterion_id)
    except QAError:
        from qa_service.review_page import criterion_label

        return criterion_label(evaluation, criterion_id)


# --- an agent's own calls -----------------------------------------------------------------


def agent_evaluations(session: Session, agent_id: int, *, limit: int = 200) -> list[EvaluationRecord]:
    """The current evaluations of an agent's calls (``agents.id``), newest first."""
    return list(session.scalars(
        select(EvaluationRecord).join(EvaluationRecord.call)
        .where(CallRecord.agent_id == agent_id, EvaluationRecord.is_current == true())
        .options(contains_eager(EvaluationRecord.call), selectinload(EvaluationRecord.criteria),
                 selectinload(EvaluationRecord.acknowledgements), selectinload(EvaluationRecord.disputes),
                 selectinload(EvaluationRecord.scorecard_version).selectinload(ScorecardVersion.scorecard))
        .order_by(CallRecord.dated_at.desc(), CallRecord.id.desc())
        .limit(limit)
    ))


@dataclass(frozen=True)
class Trend:
    """One criterion's results over an agent's calls, oldest first."""

    criterion_id: str
    label: str
    # (call date, 1.0 pass / 0.0 fail) per evaluated call; N/A calls are left out
    points: list[tuple[datetime, float]]

    @property
    def pass_rate(self) -> float | None:
        return sum(v for _, v in self.points) / len(self.points) if self.points else None


def agent_trends(
    session: Session, agent_id: int, *, limit: int = 200
) -> tuple[list[tuple[datetime, float]], list[Trend]]:
    """An agent's score per call and each criterion's pass/fail per call, over every evaluated call
    (their current evaluations, the latest ``limit``), oldest first."""
    found = list(reversed(agent_evaluations(session, agent_id, limit=limit)))
    scores = [(ev.call.dated_at, ev.score) for ev in found]
    labels: dict[str, str] = {}
    for ev in reversed(found):
        labels.update({k: v for k, v in _labels(ev).items() if k not in labels})
    per: dict[str, list[tuple[datetime, float]]] = {}
    for ev in found:
        for row in ev.criteria:
            if row.outcome == "na":
                continue
            per.setdefault(row.criterion_id, []).append((ev.call.dated_at, 1.0 if row.outcome == "pass" else 0.0))
    trends = [Trend(cid, labels.get(cid, cid), pts) for cid, pts in per.items()]
    return scores, sorted(trends, key=lambda t: t.label.lower())
