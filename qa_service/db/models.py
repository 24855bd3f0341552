"""The database: typed SQLAlchemy 2 models of everything the service stores.

One row per thing a user talks about: a :class:`CallRecord` (a call and its
pipeline status), its :class:`Transcript`, the immutable
:class:`ScorecardVersion` it was scored with, the :class:`EvaluationRecord`
(one per call x scorecard version; one of them is the call's current
evaluation, the others its history) with a :class:`CriterionResultRecord` per
criterion, the human layer on top (:class:`Override`,
:class:`CoachingNote`, :class:`Acknowledgement`, :class:`Dispute`), the
people (:class:`User`, :class:`Team`, :class:`Agent`), the work queue
(:class:`Batch`, :class:`BatchItem`), :class:`GoldenCall` and the
:class:`AuditEntry` log.

Table models end in ``Record`` where the engine has a type of the same name
(:class:`scorecards.engine.Evaluation`, :class:`scorecards.schema.Scorecard`),
so a module never has to rename one of them on import.

The schema itself is created by Alembic (``qa-service db upgrade``); a test
checks that the migrations and these models never drift apart.
Status values are plain strings guarded by CHECK constraints so the same
schema works on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any, Optional

from sqlalchemy import (
    JSON,
    text,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# the largest id a stored row can have: ids and version numbers are INTEGER columns, 32-bit signed on
# PostgreSQL (a larger number there is "integer out of range"; on SQLite above 2**63 "Python int too large")
MAX_ID = 2**31 - 1
# user roles, most powerful first
ROLES: tuple[str, ...] = ("admin", "author", "trainer", "agent")
# a call's way through the pipeline
CALL_STATUSES: tuple[str, ...] = (
    "registered",
    "transcribing",
    "transcribed",
    "scoring",
    "scored",
    "failed",
)
# a review's way from the machine score to the agent
REVIEW_STATES: tuple[str, ...] = ("pending", "in_review", "completed", "shared")
CRITERION_OUTCOMES: tuple[str, ...] = ("pass", "fail", "na")
DISPUTE_STATUSES: tuple[str, ...] = ("open", "accepted", "rejected")
# what an API token may do: read what its user sees, or also submit calls
TOKEN_SCOPES: tuple[str, ...] = ("read", "write")
# events a webhook can subscribe to
WEBHOOK_EVENTS: tuple[str, ...] = ("call.scored", "call.failed", "review.completed", "dispute.opened",
                                   "dispute.resolved")
# a webhook delivery's way: waiting for its first try, waiting for another, answered 2xx, given up
DELIVERY_STATUSES: tuple[str, ...] = ("pending", "retrying", "delivered", "failed")
BATCH_STATUSES: tuple[str, ...] = ("running", "done")
BATCH_ITEM_STATUSES: tuple[str, ...] = ("queued", "running", "scored", "failed", "skipped")
# batch item states that need no more work
FINAL_ITEM_STATUSES: tuple[str, ...] = ("scored", "failed", "skipped")

# Constraint names are spelled out so that migrations are the same on every
# database and can be altered later by name.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Timezone-aware now, the only clock the models use."""
    return datetime.now(timezone.utc)


def _one_of(column: str, values: tuple[str, ...], name: str) -> CheckConstraint:
    allowed = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=name)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dict[str, Any]: JSON,
        list[Any]: JSON,
        datetime: DateTime(timezone=True),
    }


# --- people -----------------------------------------------------------------


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    agents: Mapped[list["Agent"]] = relationship(back_populates="team")
    members: Mapped[list["User"]] = relationship(secondary="team_members", back_populates="teams")


class Agent(Base):
    """A contact-centre agent as the calls name them (``agent.id`` in the call JSON)."""

    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[Optional[str]] = mapped_column(String(200))
    team_id: Mapped[Optional[int]] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    team: Mapped[Optional[Team]] = relationship(back_populates="agents")
    user: Mapped[Optional["User"]] = relationship(back_populates="agent", uselist=False)


class User(Base):
    """Someone who logs in. An ``agent`` user is linked to the :class:`Agent` whose calls they see."""

    __tablename__ = "users"
    __table_args__ = (_one_of("role", ROLES, "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(150), unique=True)
    email: Mapped[Optional[str]] = mapped_column(String(320))
    display_name: Mapped[Optional[str]] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    # werkzeug.security hash ("scrypt:..." / "pbkdf2:..."); never the password itself
    password_hash: Mapped[str] = mapped_column(String(255))
    agent_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("agents.id", ondelete="SET NULL"), unique=True
    )
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[Optional[datetime]]

    agent: Mapped[Optional[Agent]] = relationship(back_populates="user")
    teams: Mapped[list[Team]] = relationship(secondary="team_members", back_populates="members")
    api_tokens: Mapped[list["ApiToken"]] = relationship(back_populates="user", cascade="all, delete-orphan")
    sign_ins: Mapped[list["SignInSession"]] = relationship(back_populates="user", cascade="all, delete-orphan",
                                                           passive_deletes=True)


class TeamMember(Base):
    """A user (trainer, usually) belongs to a team and reviews its agents' calls."""

    __tablename__ = "team_members"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    team_id: Mapped[int] = mapped_column(
        ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class SignInSession(Base):
    """One browser's sign-in to the web UI. Its cookie (and a remember-me cookie) carries a random key of
    which only the SHA-256 is stored; signing out deletes this row (that browser only), a password reset or
    disabling the user deletes all of theirs (accounts.end_session, accounts.end_sessions)."""

    __tablename__ = "sign_in_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # where the sign-in came from (shown on the account page)
    address: Mapped[Optional[str]] = mapped_column(String(64))

    user: Mapped[User] = relationship(back_populates="sign_ins")


class ApiToken(Base):
    """A bearer token for the JSON API; only its SHA-256 is stored. ``scope`` ``read`` reads what its
    user sees; ``write`` may also submit calls."""

    __tablename__ = "api_tokens"
    __table_args__ = (_one_of("scope", TOKEN_SCOPES, "scope"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[Optional[datetime]]
    expires_at: Mapped[Optional[datetime]]
    revoked_at: Mapped[Optional[datetime]]
    scope: Mapped[str] = mapped_column(String(8), default="read", server_default="read")

    user: Mapped[User] = relationship(back_populates="api_tokens")


class IdempotencyKey(Base):
    """A write request's ``Idempotency-Key``: a retry with the same key and body gets the first answer."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    token_id: Mapped[Optional[int]] = mapped_column(ForeignKey("api_tokens.id", ondelete="SET NULL"))
    key: Mapped[str] = mapped_column(String(255))
    # SHA-256 of what the request asked for (method, path, files and fields)
    request_hash: Mapped[str] = mapped_column(String(64))
    # the first answer; None while the first request is still being handled
    status_code: Mapped[Optional[int]] = mapped_column(Integer)
    response: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


# --- calls ------------------------------------------------------------------


class CallRecord(Base):
    """A call the service knows: where it came from and how far the pipeline got.

    ``call_id`` is the caller's id (from the call JSON or the file name);
    ``content_hash`` (SHA-256 of the source file) is what makes re-submitting
    the same file a no-op.
    """

    __tablename__ = "calls"
    __table_args__ = (
        _one_of("status", CALL_STATUSES, "status"),
        Index("ix_calls_agent_id_started_at", "agent_id", "started_at"),
        Index("ix_calls_agent_id_dated_at", "agent_id", "dated_at"),
        # the call list's keyset pages by date
        Index("ix_calls_dated_at_id", "dated_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[str] = mapped_column(String(255), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # the file the call was registered from (transcript or audio)
    source_path: Mapped[Optional[str]] = mapped_column(Text)
    # audio the transcript was made from; workers on the transcribe queue must reach it
    audio_path: Mapped[Optional[str]] = mapped_column(Text)
    # what the call file carried besides utterances (customer, channel map, ...)
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata", default=dict)
    # when the call started, as the call file says (None when it does not say)
    started_at: Mapped[Optional[datetime]] = mapped_column(index=True)
    # the date every list, trend and dashboard uses: started_at, or when the call was received
    dated_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    duration: Mapped[Optional[float]] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16), default="registered", index=True)
    # why the call failed, in words a user can act on
    error: Mapped[Optional[str]] = mapped_column(Text)
    agent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("agents.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    agent: Mapped[Optional[Agent]] = relationship()
    transcript: Mapped[Optional["Transcript"]] = relationship(
        back_populates="call", uselist=False, cascade="all, delete-orphan"
    )
    evaluations: Mapped[list["EvaluationRecord"]] = relationship(
        back_populates="call", cascade="all, delete-orphan", order_by="EvaluationRecord.id"
    )
    notes: Mapped[list["CoachingNote"]] = relationship(
        back_populates="call", cascade="all, delete-orphan", order_by="CoachingNote.time_seconds"
    )


class Transcript(Base):
    """The canonical call JSON (``Call.to_dict()``) of one call."""

    __tablename__ = "transcripts"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), unique=True)
    data: Mapped[dict[str, Any]]
    # where the words came from: "import" (a transcript file) or "whisper:<model>"
    source: Mapped[str] = mapped_column(String(100), default="import")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    call: Mapped[CallRecord] = relationship(back_populates="transcript")


# --- scorecards and evaluations ------------------------------------------------


class ScorecardRecord(Base):
    """A scorecard id (``default``, ``collections``); its content lives in versions."""

    __tablename__ = "scorecards"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    versions: Mapped[list["ScorecardVersion"]] = relationship(
        back_populates="scorecard", order_by="ScorecardVersion.version"
    )


class ScorecardVersion(Base):
    """One immutable version of a scorecard: the YAML text it was scored with."""

    __tablename__ = "scorecard_versions"
    __table_args__ = (UniqueConstraint("scorecard_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scorecard_id: Mapped[int] = mapped_column(ForeignKey("scorecards.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    yaml_text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    created_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    scorecard: Mapped[ScorecardRecord] = relationship(back_populates="versions")
    created_by: Mapped[Optional[User]] = relationship()


class EvaluationRecord(Base):
    """A call scored with one scorecard version; at most one per pair.

    ``auto_score``/``auto_passed`` are what the machine said and never change;
    ``score``/``passed`` are the effective values after human overrides and
    accepted disputes. ``result`` is the engine's ``Evaluation.to_dict()`` and
    is never changed after it is stored. ``is_current`` marks the one
    evaluation per call that lists, dashboards and exports show (the newest
    scorecard version it was scored with); the others are its history.
    """

    __tablename__ = "evaluations"
    __table_args__ = (
        UniqueConstraint("call_id", "scorecard_version_id"),
        _one_of("review_state", REVIEW_STATES, "review_state"),
        Index("ix_evaluations_review_state_created_at", "review_state", "created_at"),
        # at most one current evaluation per call
        Index(
            "uq_evaluations_current_call_id", "call_id", unique=True,
            sqlite_where=text("is_current = 1"), postgresql_where=text("is_current"),
        ),
        # every column lists, counts and dashboards read of current evaluations (covering: SQLite keeps
        # the large result JSON in overflow pages that reading a column stored after it walks)
        Index(
            "ix_evaluations_current_figures", "call_id", "score", "passed", "auto_failed", "review_state",
            "scorecard_version_id", "id", "is_current", "agent_interruptions", "customer_interruptions", "silence_seconds",
            "long_silences", "longest_silence", "overlap_seconds",
            sqlite_where=text("is_current = 1"), postgresql_where=text("is_current"),
        ),
        # the call list's keyset pages by score
        Index(
            "ix_evaluations_current_score_id", "score", "id",
            sqlite_where=text("is_current = 1"), postgresql_where=text("is_current"),
        ),
        # the call list's offset pages by date walk this alone, not the calls each probed for a current
        # evaluation (migration 0012); is_current in it too, so that SQLite reads no table row (as above)
        Index(
            "ix_evaluations_current_call_dated_at", "call_dated_at", "call_id", "is_current",
            sqlite_where=text("is_current = 1"), postgresql_where=text("is_current"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    # the call's date (calls.dated_at) copied: set when the evaluation is stored
    # (qa_service.evaluations.insert_results) and when the call's date changes (qa_service.calls)
    call_dated_at: Mapped[datetime] = mapped_column()
    scorecard_version_id: Mapped[int] = mapped_column(
        ForeignKey("scorecard_versions.id", ondelete="CASCADE"), index=True
    )
    score: Mapped[float] = mapped_column(Float, index=True)
    # no index of its own: the covering index of current evaluations holds it, and SQLite's planner took a
    # lone index on it for "failed calls, newest first" and read every failed row's JSON (migration 0008)
    passed: Mapped[bool] = mapped_column(Boolean)
    auto_failed: Mapped[bool] = mapped_column(Boolean, default=False)
    auto_score: Mapped[float] = mapped_column(Float)
    auto_passed: Mapped[bool] = mapped_column(Boolean)
    result: Mapped[dict[str, Any]]
    review_state: Mapped[str] = mapped_column(String(16), default="pending")
    reviewer_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    shared_at: Mapped[Optional[datetime]]
    is_current: Mapped[bool] = mapped_column(Boolean, default=False)
    # the evaluation this one took the review over from (re-scoring), and what happened to that review
    carried_from_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("evaluations.id", ondelete="SET NULL"), index=True
    )
    review_note: Mapped[Optional[str]] = mapped_column(Text)
    # the trainer's overall summary of the review (shown to the agent with it)
    review_summary: Mapped[Optional[str]] = mapped_column(Text)
    # call timing from result["metrics"], per call, for the dashboard's trends (qa_service.evaluations.timing_columns)
    agent_interruptions: Mapped[Optional[float]] = mapped_column(Float)
    customer_interruptions: Mapped[Optional[float]] = mapped_column(Float)
    silence_seconds: Mapped[Optional[float]] = mapped_column(Float)
    long_silences: Mapped[Optional[float]] = mapped_column(Float)
    longest_silence: Mapped[Optional[float]] = mapped_column(Float)
    overlap_seconds: Mapped[Optional[float]] = mapped_column(Float)

    call: Mapped[CallRecord] = relationship(back_populates="evaluations")
    scorecard_version: Mapped[ScorecardVersion] = relationship()
    reviewer: Mapped[Optional[User]] = relationship()
    carried_from: Mapped[Optional["EvaluationRecord"]] = relationship(remote_side="EvaluationRecord.id")
    criteria: Mapped[list["CriterionResultRecord"]] = relationship(
        back_populates="evaluation", cascade="all, delete-orphan", order_by="CriterionResultRecord.position",
        foreign_keys="CriterionResultRecord.evaluation_id",
    )
    overrides: Mapped[list["Override"]] = relationship(
        back_populates="evaluation", cascade="all, delete-orphan", order_by="Override.created_at"
    )
    acknowledgements: Mapped[list["Acknowledgement"]] = relationship(
        back_populates="evaluation", cascade="all, delete-orphan"
    )
    disputes: Mapped[list["Dispute"]] = relationship(
        back_populates="evaluation", cascade="all, delete-orphan", order_by="Dispute.created_at"
    )


class CriterionResultRecord(Base):
    """One criterion of an evaluation, as a row, so lists can filter on failed criteria fast."""

    __tablename__ = "criterion_results"
    __table_args__ = (
        UniqueConstraint("evaluation_id", "criterion_id"),
        _one_of("outcome", CRITERION_OUTCOMES, "outcome"),
        _one_of("auto_outcome", CRITERION_OUTCOMES, "auto_outcome"),
        # the evaluations where a criterion failed, from the index alone (the list's failed-criterion filter)
        Index("ix_criterion_results_criterion_outcome_evaluation", "criterion_id", "outcome", "evaluation_id"),
        # covering: the per-criterion trends and agreement read these by evaluation
        Index("ix_criterion_results_evaluation_outcomes", "evaluation_id", "criterion_id", "outcome", "auto_outcome"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"))
    criterion_id: Mapped[str] = mapped_column(String(200))
    section: Mapped[Optional[str]] = mapped_column(String(200))
    # order in the scorecard
    position: Mapped[int] = mapped_column(Integer, default=0)
    # effective values (after overrides)
    outcome: Mapped[str] = mapped_column(String(8))
    points: Mapped[float] = mapped_column(Float)
    max_points: Mapped[float] = mapped_column(Float)
    # what the engine said
    auto_outcome: Mapped[str] = mapped_column(String(8))
    auto_points: Mapped[float] = mapped_column(Float)
    overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    # the earlier evaluation whose human outcome was carried onto this criterion (re-scoring)
    carried_from_id: Mapped[Optional[int]] = mapped_column(ForeignKey("evaluations.id", ondelete="SET NULL"))
    # re-scored after review: the criterion's definition changed since a trainer reviewed the call
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)

    evaluation: Mapped[EvaluationRecord] = relationship(back_populates="criteria", foreign_keys=[evaluation_id])
    carried_from: Mapped[Optional[EvaluationRecord]] = relationship(foreign_keys=[carried_from_id])


class Override(Base):
    """A human changed a criterion's outcome; the automatic value is kept on the criterion."""

    __tablename__ = "overrides"
    __table_args__ = (
        _one_of("old_outcome", CRITERION_OUTCOMES, "old_outcome"),
        _one_of("new_outcome", CRITERION_OUTCOMES, "new_outcome"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    old_outcome: Mapped[str] = mapped_column(String(8))
    old_points: Mapped[float] = mapped_column(Float)
    new_outcome: Mapped[str] = mapped_column(String(8))
    new_points: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)
    # the override of an earlier evaluation this one repeats (carried forward on re-scoring)
    carried_from_id: Mapped[Optional[int]] = mapped_column(ForeignKey("overrides.id", ondelete="SET NULL"))

    evaluation: Mapped[EvaluationRecord] = relationship(back_populates="overrides")
    user: Mapped[Optional[User]] = relationship()
    carried_from: Mapped[Optional["Override"]] = relationship(remote_side="Override.id")


class CoachingNote(Base):
    """A coach's note pinned to a moment of the call."""

    __tablename__ = "coaching_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    evaluation_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), index=True
    )
    # the criterion the note is about, if any
    criterion_id: Mapped[Optional[str]] = mapped_column(String(200))
    author_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # seconds from the start of the call
    time_seconds: Mapped[float] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # the note of an earlier evaluation this one repeats (carried forward on re-scoring)
    carried_from_id: Mapped[Optional[int]] = mapped_column(ForeignKey("coaching_notes.id", ondelete="SET NULL"))

    call: Mapped[CallRecord] = relationship(back_populates="notes")
    author: Mapped[Optional[User]] = relationship()


class Acknowledgement(Base):
    """An agent confirms they have read a shared review."""

    __tablename__ = "acknowledgements"
    __table_args__ = (UniqueConstraint("evaluation_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    comment: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    evaluation: Mapped[EvaluationRecord] = relationship(back_populates="acknowledgements")
    user: Mapped[User] = relationship()


class Dispute(Base):
    """An agent disputes one criterion; a trainer accepts (the outcome changes) or rejects it."""

    __tablename__ = "disputes"
    __table_args__ = (
        _one_of("status", DISPUTE_STATUSES, "status"),
        Index("ix_disputes_status_created_at", "status", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[str] = mapped_column(String(200))
    raised_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    comment: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open")
    resolver_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    resolution_comment: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[Optional[datetime]]
    # the dispute of an earlier evaluation this one repeats (carried forward on re-scoring)
    carried_from_id: Mapped[Optional[int]] = mapped_column(ForeignKey("disputes.id", ondelete="SET NULL"))

    evaluation: Mapped[EvaluationRecord] = relationship(back_populates="disputes")
    raised_by: Mapped[Optional[User]] = relationship(foreign_keys=[raised_by_id])
    resolver: Mapped[Optional[User]] = relationship(foreign_keys=[resolver_id])


# --- work queue -----------------------------------------------------------------


class Batch(Base):
    """A set of calls submitted together for scoring with one scorecard version.

    Counts are refreshed from the items by :func:`qa_service.batches.refresh_batch`.
    """

    __tablename__ = "batches"
    __table_args__ = (_one_of("status", BATCH_STATUSES, "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # "batch" (new calls), "rescore" (stored calls, new scorecard version) or "upload"
    kind: Mapped[str] = mapped_column(String(16), default="batch")
    created_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    scorecard_version_id: Mapped[int] = mapped_column(ForeignKey("scorecard_versions.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default="running", index=True)
    total: Mapped[int] = mapped_column(Integer, default=0)
    scored: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[Optional[datetime]]

    scorecard_version: Mapped[ScorecardVersion] = relationship()
    created_by: Mapped[Optional[User]] = relationship()
    items: Mapped[list["BatchItem"]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", order_by="BatchItem.id"
    )


class BatchItem(Base):
    """One input of a batch: a file (and the call it became) and how it ended."""

    __tablename__ = "batch_items"
    __table_args__ = (
        _one_of("status", BATCH_ITEM_STATUSES, "status"),
        Index("ix_batch_items_batch_id_status", "batch_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id", ondelete="CASCADE"))
    call_id: Mapped[Optional[int]] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    # the file as the user named it
    source: Mapped[Optional[str]] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="queued")
    # why it failed or was skipped
    error: Mapped[Optional[str]] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    batch: Mapped[Batch] = relationship(back_populates="items")
    call: Mapped[Optional[CallRecord]] = relationship()


# --- calibration and audit ---------------------------------------------------------


class GoldenCall(Base):
    """A call with the outcome an author expects per criterion, to check a scorecard against."""

    __tablename__ = "golden_calls"
    __table_args__ = (UniqueConstraint("call_id", "scorecard_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    scorecard_id: Mapped[int] = mapped_column(ForeignKey("scorecards.id", ondelete="CASCADE"), index=True)
    # {criterion id: "pass" | "fail" | "na"}
    expected: Mapped[dict[str, Any]]
    author_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    note: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    call: Mapped[CallRecord] = relationship()
    scorecard: Mapped[ScorecardRecord] = relationship()
    author: Mapped[Optional[User]] = relationship()


class AuditEntry(Base):
    """Who did what to which thing, and when."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_target_type_target_id", "target_type", "target_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    # dotted verb: "evaluation.override", "user.create", "scorecard.publish"
    action: Mapped[str] = mapped_column(String(100), index=True)
    target_type: Mapped[Optional[str]] = mapped_column(String(50))
    target_id: Mapped[Optional[str]] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)

    user: Mapped[Optional[User]] = relationship()


# --- integrations -------------------------------------------------------------------


class Webhook(Base):
    """A URL an admin registered to be told of events (``events``: some of :data:`WEBHOOK_EVENTS`);
    every delivery is signed with ``secret``."""

    __tablename__ = "webhooks"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    events: Mapped[list[Any]] = mapped_column(default=list)
    # HMAC-SHA256 key of the signatures (the receiver keeps a copy)
    secret: Mapped[str] = mapped_column(String(100))
    description: Mapped[Optional[str]] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    created_by: Mapped[Optional[User]] = relationship()
    deliveries: Mapped[list["WebhookDelivery"]] = relationship(
        back_populates="webhook", cascade="all, delete-orphan", passive_deletes=True
    )


class WebhookDelivery(Base):
    """One event sent (or to be sent) to one webhook, with every attempt and the receiver's answers."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        _one_of("status", DELIVERY_STATUSES, "status"),
        Index("ix_webhook_deliveries_webhook_id_created_at", "webhook_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    webhook_id: Mapped[int] = mapped_column(ForeignKey("webhooks.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(50))
    # the id receivers see (X-QA-Delivery), the same on every attempt, so they can drop repeats
    delivery_key: Mapped[str] = mapped_column(String(36), unique=True)
    # the exact bytes posted (JSON), the same on every attempt
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_status_code: Mapped[Optional[int]] = mapped_column(Integer)
    last_error: Mapped[Optional[str]] = mapped_column(Text)
    # [{"at", "status_code", "response", "error", "ms"}], oldest first
    attempt_log: Mapped[list[Any]] = mapped_column(default=list)
    next_attempt_at: Mapped[Optional[datetime]]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    delivered_at: Mapped[Optional[datetime]]

    webhook: Mapped[Webhook] = relationship(back_populates="deliveries")


# --- calibration sessions and review queues ------------------------------------------

# a calibration session is open while evaluators score, closed when the lead ends it
CALIBRATION_STATUSES: tuple[str, ...] = ("open", "closed")
# how a review queue picks calls (see qa_service.review_queues.RULES)
QUEUE_RULES: tuple[str, ...] = ("random", "auto_fail", "least_sure", "sentiment_drop")


class CalibrationSession(Base):
    """A lead has evaluators score the same calls blind with one scorecard version, to measure agreement."""

    __tablename__ = "calibration_sessions"
    __table_args__ = (_one_of("status", CALIBRATION_STATUSES, "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    scorecard_version_id: Mapped[int] = mapped_column(
        ForeignKey("scorecard_versions.id", ondelete="CASCADE"), index=True
    )
    lead_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    closed_at: Mapped[Optional[datetime]]

    scorecard_version: Mapped[ScorecardVersion] = relationship()
    lead: Mapped[Optional[User]] = relationship()
    calls: Mapped[list["CalibrationCall"]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="CalibrationCall.position"
    )
    evaluators: Mapped[list[User]] = relationship(secondary="calibration_evaluators", order_by="User.username")


class CalibrationEvaluator(Base):
    """A user who scores the calls of a calibration session."""

    __tablename__ = "calibration_evaluators"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("calibration_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True)


class CalibrationCall(Base):
    """One call of a calibration session, with the machine's evaluation of it for that scorecard version."""

    __tablename__ = "calibration_calls"
    __table_args__ = (UniqueConstraint("session_id", "call_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("calibration_sessions.id", ondelete="CASCADE"))
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    evaluation_id: Mapped[Optional[int]] = mapped_column(ForeignKey("evaluations.id", ondelete="SET NULL"))
    # order on the session's page
    position: Mapped[int] = mapped_column(Integer, default=0)

    session: Mapped[CalibrationSession] = relationship(back_populates="calls")
    call: Mapped[CallRecord] = relationship()
    evaluation: Mapped[Optional[EvaluationRecord]] = relationship()


class CalibrationAnswer(Base):
    """What one evaluator said about one criterion of one calibration call."""

    __tablename__ = "calibration_answers"
    __table_args__ = (
        UniqueConstraint("calibration_call_id", "evaluator_id", "criterion_id"),
        _one_of("outcome", CRITERION_OUTCOMES, "outcome"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    calibration_call_id: Mapped[int] = mapped_column(ForeignKey("calibration_calls.id", ondelete="CASCADE"))
    evaluator_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[str] = mapped_column(String(8))
    comment: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    calibration_call: Mapped[CalibrationCall] = relationship()
    evaluator: Mapped[User] = relationship()


class ReviewQueue(Base):
    """A sampling rule for one team's calls; what it picks each week goes to its trainers."""

    __tablename__ = "review_queues"
    __table_args__ = (UniqueConstraint("team_id", "name"), _one_of("rule", QUEUE_RULES, "rule"))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(32))
    # the rule's parameters: {"per_agent": 2}, {"max_calls": 10, "criteria": [...]}, {"drop": 0.3}
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    team: Mapped[Team] = relationship()
    trainers: Mapped[list[User]] = relationship(secondary="review_queue_trainers", order_by="User.username")
    items: Mapped[list["ReviewQueueItem"]] = relationship(
        back_populates="queue", cascade="all, delete-orphan", order_by="ReviewQueueItem.id"
    )


class ReviewQueueTrainer(Base):
    """A trainer who works a review queue."""

    __tablename__ = "review_queue_trainers"

    queue_id: Mapped[int] = mapped_column(ForeignKey("review_queues.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True)


class ReviewQueueItem(Base):
    """A call a queue picked in one period (ISO week), assigned to a trainer; done once its review is."""

    __tablename__ = "review_queue_items"
    __table_args__ = (UniqueConstraint("queue_id", "period_start", "call_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    queue_id: Mapped[int] = mapped_column(ForeignKey("review_queues.id", ondelete="CASCADE"))
    # Monday 00:00 UTC of the week the call is dated in
    period_start: Mapped[datetime] = mapped_column(index=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    # the evaluation the rule looked at (the call's current one when it was picked)
    evaluation_id: Mapped[Optional[int]] = mapped_column(ForeignKey("evaluations.id", ondelete="SET NULL"))
    assigned_to_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    # picked at random (not for what the machine said): its review is an unbiased check of the detectors
    random: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    # why the rule picked it, in words
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    queue: Mapped[ReviewQueue] = relationship(back_populates="items")
    call: Mapped[CallRecord] = relationship()
    evaluation: Mapped[Optional[EvaluationRecord]] = relationship()
    assigned_to: Mapped[Optional[User]] = relationship()


# --- dashboard summary (maintained by qa_service.weekly_summary) ------------------------------------


class WeeklyScore(Base):
    """The current evaluations of one agent, ISO week and scorecard version, summed for the dashboards.

    Kept exact in the transaction of every change to evaluations by
    :mod:`qa_service.weekly_summary` (its only writer); ``qa-service db
    rebuild-summary`` recomputes it from the rows. ``agent_id`` 0: calls
    without an agent (a key column cannot be NULL). No foreign keys: the
    rows are figures, dropped when their count reaches 0.
    """

    __tablename__ = "weekly_scores"

    # first in the key: a trainer's dashboard reads the rows of their agents
    agent_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    # Monday (UTC) of the ISO week of the calls' dated_at
    week: Mapped[date] = mapped_column(Date, primary_key=True)
    scorecard_version_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    evaluations: Mapped[int] = mapped_column(Integer, default=0)
    score_sum: Mapped[float] = mapped_column(Float, default=0.0)
    passes: Mapped[int] = mapped_column(Integer, default=0)
    auto_fails: Mapped[int] = mapped_column(Integer, default=0)
    # evaluations a trainer completed, shared or overrode (the agreement figures' basis without random picks)
    reviewed: Mapped[int] = mapped_column(Integer, default=0)
    # sums of the evaluations' timing columns (NULL counts as 0, as SUM does)
    agent_interruptions: Mapped[float] = mapped_column(Float, default=0.0)
    customer_interruptions: Mapped[float] = mapped_column(Float, default=0.0)
    silence_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    long_silences: Mapped[float] = mapped_column(Float, default=0.0)
    longest_silence: Mapped[float] = mapped_column(Float, default=0.0)
    overlap_seconds: Mapped[float] = mapped_column(Float, default=0.0)


class WeeklyCriterion(Base):
    """One criterion's effective outcomes in the current evaluations of one agent, ISO week and scorecard
    version, and how trainers' reviews compared with the detector (see :class:`WeeklyScore`); the rows
    with ``agent_id`` -1 sum every agent's (the dashboard over everyone's calls reads those)."""

    __tablename__ = "weekly_criteria"

    agent_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    week: Mapped[date] = mapped_column(Date, primary_key=True)
    scorecard_version_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    criterion_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    passed: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    na: Mapped[int] = mapped_column(Integer, default=0)
    # in reviewed evaluations (WeeklyScore.reviewed): all, kept the automatic outcome, auto pass -> fail,
    # auto fail -> pass, any change to or from N/A
    reviewed: Mapped[int] = mapped_column(Integer, default=0)
    agreed: Mapped[int] = mapped_column(Integer, default=0)
    false_pass: Mapped[int] = mapped_column(Integer, default=0)
    false_fail: Mapped[int] = mapped_column(Integer, default=0)
    other: Mapped[int] = mapped_column(Integer, default=0)
    # override actions recorded on this criterion
    overrides: Mapped[int] = mapped_column(Integer, default=0)


class WeeklySummaryVersion(Base):
    """One row (``id`` 1): a random token that every transaction changing what a dashboard shows replaces
    (the weekly summary, and the agents, teams, team members, review queues and scorecards read beside
    it), so a web process can keep dashboards it computed and know when one is out of date. Written by
    :mod:`qa_service.weekly_summary` only."""

    __tablename__ = "weekly_summary_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[str] = mapped_column(String(32))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
