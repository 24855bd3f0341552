"""The service layer over the database: the one place that writes rows.

The CLI, the Celery tasks and the web UI all go through these functions, so
the rules live in one spot: a call is stored once (by content hash), a
scorecard version is immutable, an evaluation exists once per call x
scorecard version, an override keeps the automatic value and recomputes the
effective score with the scoring engine's own arithmetic
(:func:`scorecards.engine.rescore_outcomes`), and every human action lands in
the audit log.

Functions take an open :class:`~sqlalchemy.orm.Session` (from
:func:`session_scope`) and flush but never commit: the caller's block is the
transaction.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from qa_service.db.models import (
    BATCH_ITEM_STATUSES,
    CRITERION_OUTCOMES,
    FINAL_ITEM_STATUSES,
    REVIEW_STATES,
    ROLES,
    Acknowledgement,
    Agent,
    ApiToken,
    AuditEntry,
    Batch,
    BatchItem,
    CallRecord,
    CoachingNote,
    CriterionResult,
    Dispute,
    Evaluation,
    GoldenCall,
    Override,
    Scorecard as ScorecardRow,
    ScorecardVersion,
    Team,
    TeamMember,
    Transcript,
    User,
    utcnow,
)
from qa_service.db.session import get_engine, session_scope
from scorecards.schema import Scorecard, scorecard_from_yaml
from transcription.call import Call, call_from_dict
from transcription.errors import QAError, ScorecardError

__all__ = [
    "acknowledge",
    "add_batch_item",
    "add_note",
    "apply_override",
    "audit",
    "check_password",
    "close_finished_batches",
    "create_api_token",
    "create_batch",
    "create_user",
    "evaluation_view",
    "evaluations_query",
    "file_hash",
    "get_engine",
    "get_or_create_agent",
    "get_or_create_team",
    "insert_evaluations",
    "load_call",
    "open_dispute",
    "refresh_batch",
    "register_call",
    "register_scorecard",
    "resolve_dispute",
    "save_evaluation",
    "scorecard_for_version",
    "session_scope",
    "set_golden",
    "stored_call",
    "set_password",
    "set_role",
    "set_review_state",
    "set_transcript",
    "user_for_token",
]

# bytes read at a time when hashing a file
_HASH_CHUNK = 1 << 20


# --- helpers -----------------------------------------------------------------------


def file_hash(path: str | Path) -> str:
    """SHA-256 of a file's bytes: the identity of a submitted call."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(_HASH_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _parse_time(value: str | None) -> datetime | None:
    """ISO-8601 text -> aware datetime (naive times are taken as UTC); None if unparsable."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def audit(
    session: Session,
    action: str,
    *,
    user: User | None = None,
    target: Any = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append to the audit log: ``action`` ("evaluation.override") by ``user`` on ``target`` (a row)."""
    entry = AuditEntry(
        user_id=user.id if user is not None else None,
        action=action,
        target_type=getattr(target, "__tablename__", None) if target is not None else None,
        target_id=str(target.id) if target is not None and getattr(target, "id", None) is not None else None,
        details=details or {},
    )
    session.add(entry)
    return entry


# --- people --------------------------------------------------------------------------


def create_user(
    session: Session,
    username: str,
    password: str,
    role: str,
    *,
    agent: Agent | None = None,
    email: str | None = None,
    display_name: str | None = None,
    teams: Iterable[Team] = (),
    created_by: User | None = None,
) -> User:
    """Add a user; the password is stored as a werkzeug hash.

    An ``agent`` user must be linked to the :class:`Agent` whose calls they see.
    """
    from werkzeug.security import generate_password_hash

    username = username.strip()
    if not username:
        raise QAError("username is empty; give a login name such as 'jsmith'")
    if role not in ROLES:
        raise QAError(f"role {role!r} is not one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise QAError(f"the password for {username!r} is too short: use at least 8 characters")
    if role == "agent" and agent is None:
        raise QAError(f"user {username!r} has role 'agent' but no agent record; link it to the agent's id")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise QAError(f"user {username!r} already exists; choose another username")
    user = User(
        username=username,
        password_hash=generate_password_hash(password),
        role=role,
        agent=agent,
        email=email,
        display_name=display_name,
    )
    user.teams.extend(teams)
    session.add(user)
    session.flush()
    audit(session, "user.create", user=created_by, target=user, details={"username": username, "role": role})
    return user


def check_password(user: User, password: str) -> bool:
    """True when ``password`` matches the user's stored hash (and the user is active)."""
    from werkzeug.security import check_password_hash

    return bool(user.is_active) and check_password_hash(user.password_hash, password)


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_api_token(
    session: Session, user: User, name: str, *, expires_in: timedelta | None = None
) -> tuple[ApiToken, str]:
    """A new API token for ``user``; returns the row and the token text (shown once, stored hashed)."""
    token = "qa_" + secrets.token_urlsafe(32)
    row = ApiToken(
        user=user,
        name=name,
        token_hash=_token_digest(token),
        expires_at=utcnow() + expires_in if expires_in else None,
    )
    session.add(row)
    session.flush()
    audit(session, "api_token.create", user=user, target=row, details={"name": name})
    return row, token


def user_for_token(session: Session, token: str) -> User | None:
    """The active user owning ``token``, or None if it is unknown, revoked or expired."""
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _token_digest(token)))
    if row is None or row.revoked_at is not None:
        return None
    if row.expires_at is not None and _aware(row.expires_at) < utcnow():
        return None
    if not row.user.is_active:
        return None
    row.last_used_at = utcnow()
    return row.user


def _aware(value: datetime) -> datetime:
    # SQLite hands timestamps back without their time zone; they are stored as UTC
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def get_or_create_team(session: Session, name: str) -> Team:
    """The team called ``name``, created when new."""
    team = session.scalar(select(Team).where(Team.name == name))
    if team is None:
        team = Team(name=name)
        session.add(team)
        session.flush()
    return team


def add_team_member(session: Session, team: Team, user: User) -> None:
    """Make ``user`` (a trainer, usually) a member of ``team``; no-op when already one."""
    exists = session.get(TeamMember, (user.id, team.id))
    if exists is None:
        session.add(TeamMember(user_id=user.id, team_id=team.id))
        session.flush()


def set_password(session: Session, user: User, password: str, *, by: User | None = None) -> None:
    """Replace ``user``'s password (stored as a werkzeug hash); their signed-in sessions end."""
    from werkzeug.security import generate_password_hash

    if len(password) < 8:
        raise QAError(f"the password for {user.username!r} is too short: use at least 8 characters")
    user.password_hash = generate_password_hash(password)
    session.flush()
    audit(session, "user.password_reset", user=by, target=user, details={"username": user.username})


def set_role(session: Session, user: User, role: str, *, agent: Agent | None = None, by: User | None = None) -> None:
    """Give ``user`` another role; an ``agent`` user must be (or already be) linked to an :class:`Agent`."""
    if role not in ROLES:
        raise QAError(f"role {role!r} is not one of {', '.join(ROLES)}")
    if agent is not None:
        user.agent = agent
    if role == "agent" and user.agent is None:
        raise QAError(f"user {user.username!r} needs an agent record for role 'agent'; pass the agent's id")
    old = user.role
    user.role = role
    session.flush()
    audit(session, "user.role", user=by, target=user, details={"username": user.username, "from": old, "to": role})


def get_or_create_agent(
    session: Session, external_id: str, *, name: str | None = None, team: Team | None = None
) -> Agent:
    """The agent with ``external_id`` (the id calls carry), created when new; a missing name is filled in."""
    agent = session.scalar(select(Agent).where(Agent.external_id == external_id))
    if agent is None:
        savepoint = session.begin_nested()
        try:
            agent = Agent(external_id=external_id, name=name, team=team)
            session.add(agent)
            savepoint.commit()
        except IntegrityError:
            # another worker created it between our select and insert
            savepoint.rollback()
            agent = session.scalars(select(Agent).where(Agent.external_id == external_id)).one()
    if name and not agent.name:
        agent.name = name
    if team is not None and agent.team_id is None:
        agent.team = team
    return agent


# --- calls -------------------------------------------------------------------------------


def register_call(
    session: Session,
    *,
    content_hash: str,
    call: Call | None = None,
    call_id: str | None = None,
    source_path: str | None = None,
    audio_path: str | None = None,
    agent_external_id: str | None = None,
    transcript_source: str = "import",
) -> tuple[CallRecord, bool]:
    """Store a call once; returns ``(row, created)``.

    A call whose ``content_hash`` is already stored is returned as is
    (``created`` False). With ``call`` (a parsed transcript) the transcript is
    stored too and the status is ``transcribed``; without it (audio) the
    call waits as ``registered``. ``agent_external_id`` overrides the agent
    named in the call.
    """
    existing = session.scalar(select(CallRecord).where(CallRecord.content_hash == content_hash))
    if existing is not None:
        return existing, False
    if call is None and not call_id:
        raise QAError("register_call needs a parsed call or a call_id (the audio file's name)")
    agent_id = agent_external_id or (call.agent.id if call is not None else None)
    agent = None
    if agent_id:
        agent = get_or_create_agent(
            session, agent_id, name=call.agent.name if call is not None and call.agent.id == agent_id else None
        )
    row = CallRecord(
        call_id=call.call_id if call is not None else call_id,
        content_hash=content_hash,
        source_path=source_path,
        audio_path=audio_path,
        agent=agent,
        status="registered",
    )
    savepoint = session.begin_nested()
    try:
        session.add(row)
        if call is not None:
            set_transcript(session, row, call, source=transcript_source)
        savepoint.commit()
    except IntegrityError:
        # the same file registered concurrently by another process
        savepoint.rollback()
        return session.scalars(select(CallRecord).where(CallRecord.content_hash == content_hash)).one(), False
    return row, True


def set_transcript(session: Session, record: CallRecord, call: Call, *, source: str = "import") -> Transcript:
    """Store (or replace) the transcript of ``record`` and copy its facts onto the call row."""
    data = call.to_dict()
    if record.transcript is None:
        record.transcript = Transcript(data=data, source=source)
    else:
        record.transcript.data = data
        record.transcript.source = source
    record.started_at = _parse_time(call.started_at) or record.started_at
    record.duration = call.end_time
    meta = dict(record.metadata_ or {})
    meta.update(call.metadata)
    if call.customer.id or call.customer.name:
        meta["customer"] = {k: v for k, v in (("id", call.customer.id), ("name", call.customer.name)) if v}
    record.metadata_ = meta
    if record.agent is None and call.agent.id:
        record.agent = get_or_create_agent(session, call.agent.id, name=call.agent.name)
    record.status = "transcribed"
    record.error = None
    session.flush()
    return record.transcript


def load_call(record: CallRecord) -> Call:
    """The stored transcript of ``record`` as a :class:`Call`."""
    if record.transcript is None:
        raise QAError(f"call {record.call_id!r} (#{record.id}) has no transcript yet; transcribe it first")
    return stored_call(record.transcript.data)


def stored_call(data: dict[str, Any]) -> Call:
    """A :class:`Call` from transcript data this service stored (``Call.to_dict()`` of a validated call).

    Stored transcripts were validated by :func:`call_from_dict` on the way in;
    rebuilding them skips the JSON-schema pass, which would cost workers as
    much as a quarter of the scoring time.
    """
    return call_from_dict(data, "stored transcript", validate=False)


# --- scorecards ------------------------------------------------------------------------------


def register_scorecard(session: Session, scorecard: Scorecard, *, created_by: User | None = None) -> ScorecardVersion:
    """The stored version of ``scorecard``, recorded on first use.

    Versions are immutable: the same id and version with different content is
    refused with a :class:`ScorecardError` that names the next free version.
    """
    for _attempt in range(3):
        row = session.scalar(select(ScorecardRow).where(ScorecardRow.key == scorecard.id))
        version = None
        if row is not None:
            version = session.scalar(
                select(ScorecardVersion).where(
                    ScorecardVersion.scorecard_id == row.id, ScorecardVersion.version == scorecard.version
                )
            )
        if version is not None:
            if version.content_hash != scorecard.hash:
                used = session.scalars(
                    select(ScorecardVersion.version).where(ScorecardVersion.scorecard_id == row.id)
                ).all()
                raise ScorecardError(
                    scorecard.source,
                    f"version {scorecard.version} of scorecard {scorecard.id!r} is already stored with different "
                    f"content (hash {version.content_hash[:12]}, this file {scorecard.hash[:12]}); versions are "
                    f"immutable: give the changed scorecard a new version number (next free: {max(used) + 1})",
                )
            return version
        savepoint = session.begin_nested()
        try:
            if row is None:
                row = ScorecardRow(key=scorecard.id, name=scorecard.name)
                session.add(row)
                session.flush()
            row.name = scorecard.name
            version = ScorecardVersion(
                scorecard_id=row.id,
                version=scorecard.version,
                yaml_text=scorecard.to_yaml(),
                content_hash=scorecard.hash,
                created_by_id=created_by.id if created_by is not None else None,
            )
            session.add(version)
            savepoint.commit()
        except IntegrityError:
            # published at the same moment by another process: read theirs and compare
            savepoint.rollback()
            continue
        audit(
            session,
            "scorecard.register",
            user=created_by,
            target=version,
            details={"scorecard": scorecard.id, "version": scorecard.version, "hash": scorecard.hash},
        )
        return version
    raise QAError(f"scorecard {scorecard.id!r} version {scorecard.version} could not be stored; try again")


@lru_cache(maxsize=64)
def _parse_stored_scorecard(yaml_text: str, source: str) -> Scorecard:
    return scorecard_from_yaml(yaml_text, source)


def scorecard_for_version(version: ScorecardVersion) -> Scorecard:
    """The :class:`Scorecard` a stored version holds (parsed once per process)."""
    source = f"stored scorecard {version.scorecard.key} v{version.version}"
    scorecard = _parse_stored_scorecard(version.yaml_text, source)
    if scorecard.hash != version.content_hash:
        raise ScorecardError(
            source,
            f"its stored content hashes to {scorecard.hash[:12]}, not the recorded {version.content_hash[:12]}; "
            "the scorecard schema changed since it was stored; register the scorecard under a new version",
        )
    return scorecard


# --- evaluations ------------------------------------------------------------------------------


def save_evaluation(
    session: Session, record: CallRecord, version: ScorecardVersion, result: dict[str, Any]
) -> tuple[Evaluation, bool]:
    """Store the engine's ``Evaluation.to_dict()`` for ``record`` x ``version``; returns ``(row, created)``.

    Idempotent: when the pair is already evaluated (an earlier run, or another
    worker a moment ago) the stored evaluation is returned and nothing is written.
    """
    query = select(Evaluation).where(
        Evaluation.call_id == record.id, Evaluation.scorecard_version_id == version.id
    )
    existing = session.scalar(query)
    if existing is not None:
        return existing, False
    savepoint = session.begin_nested()
    try:
        ids = insert_evaluations(session, version.id, {record.id: result})
        savepoint.commit()
    except IntegrityError:
        savepoint.rollback()
        return session.scalars(query).one(), False
    return session.get(Evaluation, ids[record.id]), True


def insert_evaluations(session: Session, version_id: int, results: dict[int, dict[str, Any]]) -> dict[int, int]:
    """Insert evaluations (``{call id: Evaluation.to_dict()}``) and their criterion rows in two statements.

    Returns ``{call id: evaluation id}``. Raises ``IntegrityError`` when a
    pair exists already: the lean path for workers that checked beforehand
    and store many calls at once; others use :func:`save_evaluation`.
    """
    if not results:
        return {}
    now = utcnow()
    rows = [
        {
            "call_id": call_id,
            "scorecard_version_id": version_id,
            "score": float(result["score"]),
            "passed": bool(result["passed"]),
            "auto_failed": bool(result["auto_failed"]),
            "auto_score": float(result["score"]),
            "auto_passed": bool(result["passed"]),
            "result": result,
            "review_state": "pending",
            "created_at": now,
            "updated_at": now,
        }
        for call_id, result in results.items()
    ]
    returned = session.execute(
        insert(Evaluation).returning(Evaluation.id, Evaluation.call_id, sort_by_parameter_order=True), rows
    ).all()
    ids = {call_id: evaluation_id for evaluation_id, call_id in returned}
    criteria = [
        {
            "evaluation_id": ids[call_id],
            "criterion_id": c["id"],
            "section": c.get("section"),
            "position": i,
            "outcome": c["outcome"],
            "points": float(c["points"]),
            "max_points": float(c["max_points"]),
            "auto_outcome": c["outcome"],
            "auto_points": float(c["points"]),
            "overridden": False,
        }
        for call_id, result in results.items()
        for i, c in enumerate(result["criteria"])
    ]
    if criteria:
        session.execute(insert(CriterionResult), criteria)
    return ids


def evaluation_view(evaluation: Evaluation) -> dict[str, Any]:
    """The evaluation as the engine's dict with the effective (human-reviewed) values merged in.

    Each criterion gains ``auto_outcome``, ``auto_points`` and ``overridden``;
    the top level gains ``auto_score``, ``auto_passed`` and ``review_state``.
    """
    view = dict(evaluation.result)
    rows = {c.criterion_id: c for c in evaluation.criteria}
    criteria = []
    for c in evaluation.result.get("criteria", []):
        c = dict(c)
        row = rows.get(c["id"])
        if row is not None:
            c.update(
                outcome=row.outcome,
                points=row.points,
                max_points=row.max_points,
                auto_outcome=row.auto_outcome,
                auto_points=row.auto_points,
                overridden=row.overridden,
            )
        criteria.append(c)
    view.update(
        criteria=criteria,
        score=evaluation.score,
        passed=evaluation.passed,
        auto_failed=evaluation.auto_failed,
        auto_score=evaluation.auto_score,
        auto_passed=evaluation.auto_passed,
        review_state=evaluation.review_state,
    )
    if evaluation.result.get("effective_sections") is not None:
        view["sections"] = evaluation.result["effective_sections"]
    return view


def _recompute(evaluation: Evaluation) -> None:
    """Effective totals from the criterion rows, with the engine's own arithmetic."""
    from scorecards.engine import rescore_outcomes

    scorecard = scorecard_for_version(evaluation.scorecard_version)
    totals = rescore_outcomes(
        scorecard, [{"id": c.criterion_id, "outcome": c.outcome} for c in evaluation.criteria]
    )
    by_id = {c["id"]: c for c in totals["criteria"]}
    for row in evaluation.criteria:
        updated = by_id[row.criterion_id]
        row.points = float(updated["points"])
        row.max_points = float(updated["max_points"])
    evaluation.score = float(totals["score"])
    evaluation.passed = bool(totals["passed"])
    evaluation.auto_failed = bool(totals["auto_failed"])
    # the engine's result stays as it was; effective section subtotals sit beside it
    evaluation.result = {**evaluation.result, "effective_sections": totals["sections"]}


def _criterion(evaluation: Evaluation, criterion_id: str) -> CriterionResult:
    for row in evaluation.criteria:
        if row.criterion_id == criterion_id:
            return row
    raise QAError(
        f"evaluation #{evaluation.id} has no criterion {criterion_id!r}; criteria: "
        + ", ".join(c.criterion_id for c in evaluation.criteria)
    )


def apply_override(
    session: Session,
    evaluation: Evaluation,
    criterion_id: str,
    outcome: str,
    *,
    reason: str,
    user: User | None = None,
) -> Override:
    """A human sets a criterion's outcome; the effective score is recomputed.

    The automatic outcome stays on the criterion row (``auto_outcome``) and in
    ``evaluation.auto_score``; the override row records old and new values.
    """
    if outcome not in CRITERION_OUTCOMES:
        raise QAError(f"outcome {outcome!r} for criterion {criterion_id!r} is not one of {', '.join(CRITERION_OUTCOMES)}")
    if not reason or not reason.strip():
        raise QAError(f"overriding criterion {criterion_id!r} needs a reason; say why the outcome is wrong")
    row = _criterion(evaluation, criterion_id)
    old_outcome, old_points = row.outcome, row.points
    row.outcome = outcome
    row.overridden = outcome != row.auto_outcome
    _recompute(evaluation)
    override = Override(
        evaluation=evaluation,
        criterion_id=criterion_id,
        user_id=user.id if user is not None else None,
        old_outcome=old_outcome,
        old_points=old_points,
        new_outcome=outcome,
        new_points=row.points,
        reason=reason.strip(),
    )
    session.add(override)
    if evaluation.review_state == "pending":
        evaluation.review_state = "in_review"
    session.flush()
    audit(
        session,
        "evaluation.override",
        user=user,
        target=evaluation,
        details={
            "criterion": criterion_id,
            "old_outcome": old_outcome,
            "new_outcome": outcome,
            "score": evaluation.score,
            "reason": override.reason,
        },
    )
    return override


def set_review_state(session: Session, evaluation: Evaluation, state: str, *, user: User | None = None) -> None:
    """Move a review along (pending -> in_review -> completed -> shared); sharing shows it to the agent."""
    if state not in REVIEW_STATES:
        raise QAError(f"review state {state!r} is not one of {', '.join(REVIEW_STATES)}")
    old = evaluation.review_state
    evaluation.review_state = state
    if state in ("in_review", "completed") and user is not None and evaluation.reviewer_id is None:
        evaluation.reviewer_id = user.id
    if state == "shared" and evaluation.shared_at is None:
        evaluation.shared_at = utcnow()
    session.flush()
    audit(session, "evaluation.review_state", user=user, target=evaluation, details={"from": old, "to": state})


def add_note(
    session: Session,
    record: CallRecord,
    text: str,
    *,
    time_seconds: float,
    author: User | None = None,
    evaluation: Evaluation | None = None,
    criterion_id: str | None = None,
) -> CoachingNote:
    """Pin a coaching note to ``time_seconds`` into the call."""
    if not text or not text.strip():
        raise QAError("a coaching note needs text")
    if time_seconds < 0 or (record.duration is not None and time_seconds > record.duration + 1.0):
        limit = f"0 to {record.duration:.1f}" if record.duration is not None else "0 or more"
        raise QAError(f"note time {time_seconds} s is outside call {record.call_id!r}; use {limit} seconds")
    if criterion_id is not None and evaluation is not None:
        _criterion(evaluation, criterion_id)
    note = CoachingNote(
        call_id=record.id,
        evaluation_id=evaluation.id if evaluation is not None else None,
        criterion_id=criterion_id,
        author_id=author.id if author is not None else None,
        time_seconds=float(time_seconds),
        text=text.strip(),
    )
    session.add(note)
    session.flush()
    audit(session, "note.add", user=author, target=note, details={"call": record.call_id, "time": time_seconds})
    return note


def _require_own_shared(evaluation: Evaluation, user: User, what: str) -> None:
    if evaluation.review_state != "shared":
        raise QAError(f"evaluation #{evaluation.id} has not been shared with the agent yet; only shared reviews can be {what}")
    if user.role == "agent" and (user.agent_id is None or user.agent_id != evaluation.call.agent_id):
        raise QAError(f"user {user.username!r} is not the agent of this call and cannot have it {what}")


def acknowledge(session: Session, evaluation: Evaluation, user: User, *, comment: str | None = None) -> Acknowledgement:
    """The agent confirms they read a shared review (once; a second call returns the first)."""
    _require_own_shared(evaluation, user, "acknowledged")
    existing = session.scalar(
        select(Acknowledgement).where(
            Acknowledgement.evaluation_id == evaluation.id, Acknowledgement.user_id == user.id
        )
    )
    if existing is not None:
        return existing
    ack = Acknowledgement(evaluation_id=evaluation.id, user_id=user.id, comment=comment)
    session.add(ack)
    session.flush()
    audit(session, "evaluation.acknowledge", user=user, target=evaluation)
    return ack


def open_dispute(
    session: Session, evaluation: Evaluation, criterion_id: str, *, user: User, comment: str
) -> Dispute:
    """The agent disputes one criterion of a shared review."""
    _require_own_shared(evaluation, user, "disputed")
    _criterion(evaluation, criterion_id)
    if not comment or not comment.strip():
        raise QAError(f"disputing criterion {criterion_id!r} needs a comment saying what the score missed")
    dispute = Dispute(evaluation=evaluation, criterion_id=criterion_id, raised_by_id=user.id, comment=comment.strip())
    session.add(dispute)
    session.flush()
    audit(session, "dispute.open", user=user, target=dispute, details={"criterion": criterion_id})
    return dispute


def resolve_dispute(
    session: Session,
    dispute: Dispute,
    *,
    accept: bool,
    user: User,
    comment: str,
    outcome: str | None = None,
) -> Dispute:
    """Accept (the criterion takes ``outcome``, by default the opposite of pass/fail) or reject a dispute."""
    if dispute.status != "open":
        raise QAError(f"dispute #{dispute.id} is already {dispute.status}")
    if not comment or not comment.strip():
        raise QAError(f"resolving dispute #{dispute.id} needs a comment for the agent")
    evaluation = dispute.evaluation
    if accept:
        current = _criterion(evaluation, dispute.criterion_id).outcome
        new = outcome or {"fail": "pass", "pass": "fail", "na": "pass"}[current]
        apply_override(
            session,
            evaluation,
            dispute.criterion_id,
            new,
            reason=f"dispute #{dispute.id} accepted: {comment.strip()}",
            user=user,
        )
    dispute.status = "accepted" if accept else "rejected"
    dispute.resolver_id = user.id
    dispute.resolution_comment = comment.strip()
    dispute.resolved_at = utcnow()
    session.flush()
    audit(session, f"dispute.{dispute.status}", user=user, target=dispute, details={"criterion": dispute.criterion_id})
    return dispute


def set_golden(
    session: Session,
    record: CallRecord,
    scorecard: ScorecardRow,
    expected: dict[str, str],
    *,
    author: User | None = None,
    note: str | None = None,
) -> GoldenCall:
    """Mark ``record`` as a golden call for ``scorecard`` with the expected outcome per criterion."""
    bad = {k: v for k, v in expected.items() if v not in CRITERION_OUTCOMES}
    if bad:
        raise QAError(f"golden call outcomes must be {', '.join(CRITERION_OUTCOMES)}; wrong: {bad}")
    golden = session.scalar(
        select(GoldenCall).where(GoldenCall.call_id == record.id, GoldenCall.scorecard_id == scorecard.id)
    )
    if golden is None:
        golden = GoldenCall(call_id=record.id, scorecard_id=scorecard.id, expected=dict(expected))
        session.add(golden)
    else:
        golden.expected = dict(expected)
    golden.author_id = author.id if author is not None else None
    golden.note = note
    session.flush()
    audit(session, "golden.set", user=author, target=golden, details={"expected": expected})
    return golden


# --- batches ---------------------------------------------------------------------------------


def create_batch(
    session: Session, version: ScorecardVersion, *, kind: str = "batch", created_by: User | None = None
) -> Batch:
    """An empty batch scored with ``version``; add items with :func:`add_batch_item`."""
    batch = Batch(kind=kind, scorecard_version_id=version.id, created_by_id=created_by.id if created_by else None)
    session.add(batch)
    session.flush()
    return batch


def add_batch_item(
    session: Session,
    batch: Batch,
    *,
    call: CallRecord | None = None,
    source: str | None = None,
    status: str = "queued",
    error: str | None = None,
) -> BatchItem:
    """One input of ``batch``: a stored call to score, or a file that failed or was skipped."""
    if status not in BATCH_ITEM_STATUSES:
        raise QAError(f"batch item status {status!r} is not one of {', '.join(BATCH_ITEM_STATUSES)}")
    item = BatchItem(batch_id=batch.id, call_id=call.id if call else None, source=source, status=status, error=error)
    session.add(item)
    return item


def refresh_batch(session: Session, batch: Batch, *, write: bool = False) -> Batch:
    """Recount a batch from its items; it is ``done`` when no item needs more work.

    By default only the loaded object is refreshed and nothing is written, so
    pages and progress bars can poll from read-only transactions (on SQLite a
    read that turns into a write fails while a worker is writing). Writers
    (submitting a batch) pass ``write=True`` to store the counts; workers close
    finished batches with :func:`close_finished_batches`.
    """
    counts = dict(
        session.execute(
            select(BatchItem.status, func.count()).where(BatchItem.batch_id == batch.id).group_by(BatchItem.status)
        ).all()
    )
    total = sum(counts.values())
    finished = sum(counts.get(s, 0) for s in FINAL_ITEM_STATUSES)
    values: dict[str, Any] = {
        "total": total,
        "scored": counts.get("scored", 0),
        "failed": counts.get("failed", 0),
        "skipped": counts.get("skipped", 0),
    }
    if finished == total and batch.status != "done":
        values.update(status="done", finished_at=utcnow())
    elif finished < total and batch.status != "running":
        values.update(status="running", finished_at=None)
    for key, value in values.items():
        if write:
            setattr(batch, key, value)
        else:
            set_committed_value(batch, key, value)
    if write:
        session.flush()
    return batch


def close_finished_batches(session: Session, item_ids: Iterable[int]) -> None:
    """Mark the batches of ``item_ids`` done, with final counts, when none of their items needs more work.

    Run it in a transaction of its own after the items' results are
    committed: the last worker to finish then sees every other one's items,
    so a batch is always closed, without locking the batch row on every call.
    """
    ids = [i for i in item_ids if i is not None]
    if not ids:
        return
    items = BatchItem.__table__

    def count(*statuses: str) -> Any:
        query = select(func.count()).select_from(items).where(items.c.batch_id == Batch.id)
        if statuses:
            query = query.where(items.c.status.in_(statuses))
        return query.scalar_subquery()

    unfinished = (
        select(items.c.id)
        .where(items.c.batch_id == Batch.id, items.c.status.not_in(FINAL_ITEM_STATUSES))
        .exists()
    )
    session.execute(
        update(Batch)
        .where(
            Batch.status == "running",
            Batch.id.in_(select(items.c.batch_id).where(items.c.id.in_(ids)).scalar_subquery()),
            ~unfinished,
        )
        .values(
            status="done", finished_at=utcnow(), total=count(), scored=count("scored"), failed=count("failed"),
            skipped=count("skipped"),
        )
        .execution_options(synchronize_session=False)
    )


# --- lists -------------------------------------------------------------------------------------


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
) -> Any:
    """A ``SELECT`` of evaluations joined to their call, filtered the way the lists and export filter.

    ``agent`` is the agent's external id, ``team`` the team name,
    ``since``/``until`` bound the call's start time, ``failed_criterion``
    keeps evaluations where that criterion's effective outcome is ``fail``.
    Every filter uses an index. Newest calls first.
    """
    from qa_service.db.models import Scorecard as ScorecardRow

    query = select(Evaluation).join(Evaluation.call).order_by(CallRecord.started_at.desc(), Evaluation.id.desc())
    if scorecard is not None or version is not None:
        query = query.join(Evaluation.scorecard_version).join(ScorecardVersion.scorecard)
        if scorecard is not None:
            query = query.where(ScorecardRow.key == scorecard)
        if version is not None:
            query = query.where(ScorecardVersion.version == version)
    if agent is not None or team is not None:
        query = query.join(CallRecord.agent)
        if agent is not None:
            query = query.where(Agent.external_id == agent)
        if team is not None:
            query = query.join(Agent.team).where(Team.name == team)
    if since is not None:
        query = query.where(CallRecord.started_at >= since)
    if until is not None:
        query = query.where(CallRecord.started_at < until)
    if passed is not None:
        query = query.where(Evaluation.passed.is_(passed))
    if review_state is not None:
        if review_state not in REVIEW_STATES:
            raise QAError(f"review state {review_state!r} is not one of {', '.join(REVIEW_STATES)}")
        query = query.where(Evaluation.review_state == review_state)
    if failed_criterion is not None:
        query = query.where(
            Evaluation.id.in_(
                select(CriterionResult.evaluation_id).where(
                    CriterionResult.criterion_id == failed_criterion, CriterionResult.outcome == "fail"
                )
            )
        )
    if min_score is not None:
        query = query.where(Evaluation.score >= min_score)
    if max_score is not None:
        query = query.where(Evaluation.score <= max_score)
    return query
