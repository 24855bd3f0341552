"""Who may see which call, and who may change reviews.

An ``admin`` and an ``author`` (who calibrates scorecards) see every call; a
``trainer`` sees the calls of the agents in their teams; an ``agent`` sees
only their own calls. Only admins and trainers change reviews. Every list,
page, export and API answer narrows itself with :func:`visible_calls_clause`,
so the API shows exactly what the UI shows.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, func, select, true
from sqlalchemy.orm import Session

from qa_service.db.models import Agent, CallRecord, EvaluationRecord, TeamMember, User
from qa_service.errors import Forbidden, NotFound

__all__ = [
    "REVIEWER_ROLES",
    "SEE_ALL_ROLES",
    "can_review",
    "can_see_agent",
    "can_see_call",
    "require_reviewer",
    "visible_call",
    "visible_calls_clause",
    "visible_evaluation",
]

# roles that see every call
SEE_ALL_ROLES: tuple[str, ...] = ("admin", "author")
# roles that override criteria, add notes, complete reviews and resolve disputes
REVIEWER_ROLES: tuple[str, ...] = ("admin", "trainer")


def visible_calls_clause(user: User) -> ColumnElement[bool]:
    """A condition on :class:`CallRecord` that keeps the calls ``user`` may see."""
    if not user.is_active:
        return false()
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
    return bool(session.scalar(
        select(func.count()).select_from(CallRecord).where(CallRecord.id == record.id, visible_calls_clause(user))
    ))


def can_see_agent(session: Session, user: User, agent_external_id: str | None) -> bool:
    """Whether calls of the agent with this id (None: no agent) would be visible to ``user``: what a
    write token may submit calls for. Admins and authors see every agent, new ones too; a trainer only
    the agents already in their teams; an agent only themselves."""
    if not user.is_active:
        return False
    if user.role in SEE_ALL_ROLES:
        return True
    if agent_external_id is None:
        return False
    if user.role == "agent":
        return user.agent is not None and user.agent.external_id == agent_external_id
    if user.role == "trainer":
        return bool(session.scalar(
            select(func.count()).select_from(Agent).join(TeamMember, TeamMember.team_id == Agent.team_id)
            .where(TeamMember.user_id == user.id, Agent.external_id == agent_external_id)
        ))
    return False


def can_review(user: User) -> bool:
    """Whether ``user`` may override criteria, pin notes, complete reviews and resolve disputes."""
    return user.is_active and user.role in REVIEWER_ROLES


def require_reviewer(user: User) -> None:
    """:class:`Forbidden` unless ``user`` may change reviews."""
    if not can_review(user):
        raise Forbidden(f"role {user.role!r} cannot change reviews; roles that can: {', '.join(REVIEWER_ROLES)}")


def visible_call(session: Session, user: User, call_pk: int) -> CallRecord:
    """The call with primary key ``call_pk`` when ``user`` may see it; :class:`NotFound` otherwise
    (a call someone may not see does not exist for them)."""
    record = session.get(CallRecord, call_pk)
    if record is None or not can_see_call(session, user, record):
        raise NotFound(f"there is no call #{call_pk}, or you may not see it")
    return record


def visible_evaluation(session: Session, user: User, evaluation_id: int) -> EvaluationRecord:
    """Evaluation ``evaluation_id`` (current or earlier) when ``user`` may see its call; :class:`NotFound`
    otherwise."""
    evaluation = session.scalar(
        select(EvaluationRecord).join(EvaluationRecord.call)
        .where(EvaluationRecord.id == evaluation_id, visible_calls_clause(user))
    )
    if evaluation is None:
        raise NotFound(f"there is no evaluation #{evaluation_id}, or you may not see it")
    return evaluation
