"""Accounts: users, their teams, the agents calls name, and API tokens.

The only writer of :class:`User`, :class:`Team`, :class:`TeamMember`,
:class:`Agent`, :class:`ApiToken` and :class:`SignInSession` rows. Passwords are stored as werkzeug
hashes, tokens as their SHA-256; every change a person makes is audited.
Functions take an open session and flush, never commit: the caller's block
is the transaction.

Each web sign-in is a :class:`SignInSession` row (:func:`record_login`) whose
random key the browser's cookie carries; :func:`session_user` checks it on
every request. Signing out ends that session only (:func:`end_session`);
:func:`end_sessions` ends all of a user's (signing out everywhere,
:func:`set_password`, :func:`set_active` to disable); a password reset also
revokes the user's API tokens. An :class:`Agent` is linked to one user at a
time: linking it to another is refused unless asked to move it.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone
from typing import Iterable

from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from qa_service import audit
from qa_service.db.models import (
    ROLES, TOKEN_SCOPES, Agent, ApiToken, SignInSession, Team, TeamMember, User, utcnow,
)
from qa_service.db.session import SQLITE_BUSY_TIMEOUT_S
from qa_service.errors import Invalid, NotFound

__all__ = [
    "MIN_PASSWORD_LENGTH",
    "add_team_member",
    "check_password",
    "create_api_token",
    "create_user",
    "end_session",
    "is_session",
    "end_sessions",
    "get_or_create_agent",
    "get_or_create_team",
    "link_agent",
    "put_agent_in_team",
    "record_login",
    "revoke_api_token",
    "revoke_api_tokens",
    "session_user",
    "sign_in_sessions",
    "set_active",
    "set_password",
    "set_role",
    "token_for",
    "user_by_name",
    "user_for_token",
]

# the shortest password accepted
MIN_PASSWORD_LENGTH = 8
# random bytes in a sign-in session's key (URL-safe base64 in the cookie: 43 characters)
SESSION_KEY_BYTES = 32
# the longest session key looked up (anything longer in a cookie is not one of ours)
MAX_SESSION_KEY_LENGTH = 100


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise Invalid(f"role {role!r} is not one of {', '.join(ROLES)}")


def _check_password(username: str, password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise Invalid(f"the password for {username!r} is too short: use at least {MIN_PASSWORD_LENGTH} characters")


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
    move_agent: bool = False,
) -> User:
    """Add a user; an ``agent`` user must be linked to the :class:`Agent` whose calls they see.
    An ``agent`` already linked to another user is refused (:class:`Invalid` naming that user)
    unless ``move_agent``, which unlinks it from them (see :func:`link_agent`)."""
    from werkzeug.security import generate_password_hash

    username = username.strip()
    if not username:
        raise Invalid("username is empty; give a login name such as 'jsmith'")
    _check_role(role)
    _check_password(username, password)
    if role == "agent" and agent is None:
        raise Invalid(f"user {username!r} has role 'agent' but no agent record; link it to the agent's id")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise Invalid(f"user {username!r} already exists; choose another username")
    if agent is not None:
        _check_agent_free(agent, username, move=move_agent)
    user = User(
        username=username, password_hash=generate_password_hash(password), role=role, email=email,
        display_name=display_name,
    )
    user.teams.extend(teams)
    session.add(user)
    session.flush()
    audit.record(session, "user.create", user=created_by, target=user, details={"username": username, "role": role})
    if agent is not None:
        link_agent(session, user, agent, move=move_agent, by=created_by)
    return user


def _check_agent_free(agent: Agent, username: str, *, move: bool) -> None:
    holder = agent.user
    if holder is not None and holder.username != username and not move:
        raise Invalid(
            f"agent {agent.external_id!r} is already linked to user {holder.username!r}; an agent id belongs to one "
            f"user. To move it to {username!r}, add --move (then {holder.username!r} sees no calls until given "
            f"another agent id: qa-service users role {holder.username} agent --agent OTHER_ID), or use another "
            f"agent id"
        )


def link_agent(session: Session, user: User, agent: Agent, *, move: bool = False, by: User | None = None) -> User | None:
    """Link ``user`` to ``agent`` (the calls they see as an ``agent`` user). When another user has
    ``agent``: :class:`Invalid` naming them, or with ``move`` they lose it (audited ``agent.move``).
    Returns the user it was taken from, if any."""
    holder = agent.user
    if holder is user:
        return None
    _check_agent_free(agent, user.username, move=move)
    if holder is not None:
        # unlink first: users.agent_id is unique, and the flush must not hold both links at once
        holder.agent = None
        session.flush()
        audit.record(session, "agent.move", user=by, target=agent, details={
            "agent": agent.external_id, "from": holder.username, "to": user.username})
    user.agent = agent
    session.flush()
    return holder


def user_by_name(session: Session, username: str) -> User:
    """The user called ``username``; :class:`NotFound` lists some of the others."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        known = session.scalars(select(User.username).order_by(User.username).limit(20)).all()
        raise NotFound(f"no user {username!r}; users: {', '.join(known) or 'none yet (qa-service users add)'}")
    return user


def check_password(user: User, password: str) -> bool:
    """True when ``password`` matches the user's stored hash (and the user is active)."""
    from werkzeug.security import check_password_hash

    return bool(user.is_active) and check_password_hash(user.password_hash, password)


def record_login(session: Session, user: User, *, address: str | None, max_age: timedelta) -> str:
    """Note a successful sign-in (time and address, audited) and open its sign-in session; returns the
    session's key, for the browser's cookie (only its SHA-256 is stored). The user's sessions older than
    ``max_age`` (the longest a cookie of this site lives) are deleted on the way."""
    now = utcnow()
    user.last_login_at = now
    session.execute(delete(SignInSession).where(SignInSession.user_id == user.id,
                                                SignInSession.created_at < now - max_age))
    key = secrets.token_urlsafe(SESSION_KEY_BYTES)
    session.add(SignInSession(user_id=user.id, key_hash=_token_digest(key), created_at=now,
                              address=(address or None) and address[:64]))
    audit.record(session, "user.login", user=user, target=user, details={"address": address})
    session.flush()
    return key


def session_user(session: Session, user_id: int, key: str) -> User | None:
    """The active user whose sign-in session ``key`` is (and who is ``user_id``); None when the session
    has ended (signed out, password reset, disabled) or never was."""
    if not key or len(key) > MAX_SESSION_KEY_LENGTH:
        return None
    return session.scalar(
        select(User).join(SignInSession, SignInSession.user_id == User.id)
        .where(SignInSession.key_hash == _token_digest(key), User.id == user_id, User.is_active.is_(True))
    )


def sign_in_sessions(session: Session, user: User) -> list[SignInSession]:
    """``user``'s open sign-in sessions, newest first."""
    return list(session.scalars(select(SignInSession).where(SignInSession.user_id == user.id)
                                .order_by(SignInSession.created_at.desc(), SignInSession.id.desc())))


def is_session(row: SignInSession, key: str) -> bool:
    """True when ``row`` is the sign-in session whose key is ``key``."""
    return secrets.compare_digest(row.key_hash, _token_digest(key))


def end_session(session: Session, user: User, key: str) -> bool:
    """End ``user``'s sign-in session ``key`` server-side (signing out: that browser's cookies stop
    working, the user's other sessions go on). Returns False when it had ended already."""
    ended = session.execute(delete(SignInSession).where(SignInSession.user_id == user.id,
                                                        SignInSession.key_hash == _token_digest(key))).rowcount
    audit.record(session, "user.logout", user=user, target=user, details={"username": user.username})
    session.flush()
    return bool(ended)


def end_sessions(session: Session, user: User, *, reason: str, by: User | None = None) -> int:
    """End every sign-in session of ``user`` server-side (every browser's cookies, remember-me cookies
    included, stop working). Returns how many there were."""
    ended = session.execute(delete(SignInSession).where(SignInSession.user_id == user.id)).rowcount
    audit.record(session, "user.sessions_end", user=by, target=user,
                 details={"username": user.username, "reason": reason, "sessions": ended})
    session.flush()
    return ended


def set_password(session: Session, user: User, password: str, *, by: User | None = None) -> int:
    """Replace ``user``'s password (stored as a werkzeug hash); their signed-in sessions end and their
    API tokens are revoked (someone who knew the old password may have made one). Returns how many
    tokens were revoked."""
    from werkzeug.security import generate_password_hash

    _check_password(user.username, password)
    user.password_hash = generate_password_hash(password)
    session.flush()
    audit.record(session, "user.password_reset", user=by, target=user, details={"username": user.username})
    end_sessions(session, user, reason="password_reset", by=by)
    return revoke_api_tokens(session, user, by=by)


def set_active(session: Session, user: User, active: bool, *, by: User | None = None) -> None:
    """Disable ``user`` (they cannot sign in, their sessions end, their API tokens stop working) or
    enable them again (their unrevoked tokens work again; they sign in afresh)."""
    if bool(user.is_active) == active:
        return
    user.is_active = active
    session.flush()
    audit.record(session, "user.enable" if active else "user.disable", user=by, target=user,
                 details={"username": user.username})
    if not active:
        end_sessions(session, user, reason="disabled", by=by)


def set_role(session: Session, user: User, role: str, *, agent: Agent | None = None, by: User | None = None,
             move_agent: bool = False) -> None:
    """Give ``user`` another role; an ``agent`` user must be (or already be) linked to an :class:`Agent`
    (one another user has is refused unless ``move_agent``: see :func:`link_agent`)."""
    _check_role(role)
    if agent is not None:
        link_agent(session, user, agent, move=move_agent, by=by)
    if role == "agent" and user.agent is None:
        raise Invalid(f"user {user.username!r} needs an agent record for role 'agent'; pass the agent's id")
    old = user.role
    user.role = role
    session.flush()
    audit.record(session, "user.role", user=by, target=user,
                 details={"username": user.username, "from": old, "to": role})


# --- teams and agents ---------------------------------------------------------------


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
    if session.get(TeamMember, (user.id, team.id)) is None:
        session.add(TeamMember(user_id=user.id, team_id=team.id))
        session.flush()


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


def put_agent_in_team(session: Session, agent: Agent, team: Team) -> None:
    """Move ``agent`` into ``team`` (their calls are then reviewed by its trainers)."""
    agent.team = team
    session.flush()


# --- API tokens ------------------------------------------------------------------------


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _aware(value: datetime) -> datetime:
    # SQLite hands timestamps back without their time zone; they are stored as UTC
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def create_api_token(
    session: Session, user: User, name: str, *, expires_in: timedelta | None = None, scope: str = "read"
) -> tuple[ApiToken, str]:
    """A new API token for ``user``; returns the row and the token text (shown once, stored hashed).

    ``scope`` ``read`` (the default) reads what the user sees; ``write`` may also submit calls.
    """
    name = name.strip()
    if not name:
        raise Invalid("give the token a name that says where it is used, e.g. 'BI export'")
    if scope not in TOKEN_SCOPES:
        raise Invalid(f"token scope {scope!r} is not one of {', '.join(TOKEN_SCOPES)}")
    token = "qa_" + secrets.token_urlsafe(32)
    row = ApiToken(
        user=user, name=name[:200], token_hash=_token_digest(token), scope=scope,
        expires_at=utcnow() + expires_in if expires_in else None,
    )
    session.add(row)
    session.flush()
    audit.record(session, "api_token.create", user=user, target=row, details={"name": row.name, "scope": scope})
    return row, token


def revoke_api_token(session: Session, user: User, token_id: int) -> ApiToken:
    """Revoke one of ``user``'s own tokens (again: no-op); another user's token is :class:`NotFound`."""
    row = session.get(ApiToken, token_id)
    if row is None or row.user_id != user.id:
        raise NotFound(f"you have no API token #{token_id}; the API tokens page lists yours")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        audit.record(session, "api_token.revoke", user=user, target=row, details={"name": row.name})
        session.flush()
    return row


def token_for(session: Session, token: str) -> ApiToken | None:
    """The token row of ``token`` (its user and scope) when it is valid and its user active, else None;
    notes when it was last used."""
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _token_digest(token)))
    if row is None or row.revoked_at is not None:
        return None
    if row.expires_at is not None and _aware(row.expires_at) < utcnow():
        return None
    if not row.user.is_active:
        return None
    _note_token_use(session, row)
    return row


# how precisely a token's last use is kept: every API request reads its token, and writing the time on
# each one made concurrent clients of one token queue for the database's write lock (SQLite: HTTP 500
# "database is locked" when a request that had read could not take it)
TOKEN_USE_RESOLUTION = timedelta(minutes=1)
TOKEN_USE_WAIT_MS = 200  # at most this long for the write lock to note a token's use, milliseconds


def _note_token_use(session: Session, row: ApiToken) -> None:
    """Set ``row.last_used_at`` to now unless it was set less than :data:`TOKEN_USE_RESOLUTION` ago.

    Written in a short transaction of its own whose first statement is the
    UPDATE, so SQLite waits for the write lock (busy timeout) instead of failing
    to upgrade the request's read; conditional, so of several requests at the
    same moment one writes and the others change nothing.
    """
    now = utcnow()
    cutoff = now - TOKEN_USE_RESOLUTION
    if row.last_used_at is not None and _aware(row.last_used_at) > cutoff:
        return
    bind = session.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    try:
        with Session(bind) as own, own.begin():
            conn = own.connection()
            # the time of last use is a convenience: when another writer holds the lock (the caller's own
            # transaction among them, as when a token is created and used in one), skip it rather than wait
            conn.exec_driver_sql(f"PRAGMA busy_timeout={TOKEN_USE_WAIT_MS}" if sqlite
                                 else f"SET LOCAL lock_timeout = '{TOKEN_USE_WAIT_MS}ms'")
            try:
                own.execute(
                    update(ApiToken)
                    .where(ApiToken.id == row.id, or_(ApiToken.last_used_at.is_(None), ApiToken.last_used_at <= cutoff))
                    .values(last_used_at=now)
                )
            finally:
                if sqlite:
                    conn.exec_driver_sql(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
    except OperationalError:
        return  # a later request notes it
    set_committed_value(row, "last_used_at", now)


def revoke_api_tokens(session: Session, user: User, *, by: User | None = None) -> int:
    """Revoke every API token of ``user`` still in use; returns how many."""
    rows = session.scalars(select(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))).all()
    now = utcnow()
    for row in rows:
        row.revoked_at = now
        audit.record(session, "api_token.revoke", user=by, target=row, details={"name": row.name, "all": True})
    session.flush()
    return len(rows)


def user_for_token(session: Session, token: str) -> User | None:
    """The active user owning ``token``, or None if it is unknown, revoked or expired."""
    row = token_for(session, token)
    return row.user if row is not None else None
