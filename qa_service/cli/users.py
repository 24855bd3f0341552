"""``qa-service users``: add users, change roles, reset passwords, disable and
enable them, list them, make API tokens.

Roles: ``admin`` (everything), ``author`` (scorecards; reads every call),
``trainer`` (reviews the calls of their teams' agents), ``agent`` (sees their
own calls; linked to the agent id their calls carry, one user per agent id:
moving it to another user takes ``--move``).
"""

from __future__ import annotations

import secrets

import click

from qa_service.config import load_settings
from transcription.errors import QAError

ROLE_CHOICE = click.Choice(["admin", "author", "trainer", "agent"])


def _new_password() -> str:
    return secrets.token_urlsafe(12)


def _read_password(generate: bool, what: str) -> tuple[str, bool]:
    if generate:
        return _new_password(), True
    return click.prompt(what, hide_input=True, confirmation_prompt=True), False


def _teams_and_agent(session, teams: tuple[str, ...], agent_id: str | None, agent_name: str | None):  # noqa: ANN001, ANN202
    """Link ``user`` to its teams: a trainer joins them, an agent's record is put in the (first) team."""
    from qa_service import accounts

    agent = None
    team_rows = [accounts.get_or_create_team(session, name) for name in teams]
    if agent_id:
        agent = accounts.get_or_create_agent(session, agent_id, name=agent_name)
        if team_rows:
            accounts.put_agent_in_team(session, agent, team_rows[0])
    return agent, team_rows


@click.group()
def users() -> None:
    """Add users, change their role, reset passwords (run `qa-service db upgrade` first)."""


@users.command("add")
@click.argument("username")
@click.option("--role", type=ROLE_CHOICE, required=True, help="What the user may do.")
@click.option("--agent", "agent_id", help="Agent id the user's calls carry (required for --role agent).")
@click.option("--agent-name", help="The agent's name, when the agent id is new.")
@click.option("--move", "move_agent", is_flag=True,
              help="When another user has the --agent id, take it from them (they then see no calls).")
@click.option("--team", "teams", multiple=True,
              help="Team name (repeatable): a trainer reviews these teams' calls; an agent is put in the team.")
@click.option("--display-name", help="Name shown in the UI.")
@click.option("--email", help="E-mail address.")
@click.option("--generate", is_flag=True, help="Generate a password and print it once instead of prompting.")
def add(username: str, role: str, agent_id: str | None, agent_name: str | None, move_agent: bool,
        teams: tuple[str, ...], display_name: str | None, email: str | None, generate: bool) -> None:
    """Add a user (the password is prompted for, or generated with --generate)."""
    from qa_service import accounts
    from qa_service.db.session import session_scope

    settings = load_settings()
    if role == "agent" and not agent_id:
        raise click.UsageError("--role agent needs --agent AGENT_ID (the agent id their calls carry)")
    password, generated = _read_password(generate, "Password")
    try:
        with session_scope(settings, immediate=True) as session:
            agent, team_rows = _teams_and_agent(session, teams, agent_id, agent_name)
            previous = agent.user.username if agent is not None and agent.user is not None else None
            accounts.create_user(
                session, username, password, role, agent=agent, email=email,
                display_name=display_name or agent_name,
                teams=team_rows if role != "agent" else (),
                move_agent=move_agent,
            )
    except QAError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"added {role} {username}" + (f" (teams: {', '.join(teams)})" if teams else ""))
    if previous:
        click.echo(_moved(agent_id, previous))
    if generated:
        click.echo(f"password: {password}  (shown once)")


@users.command("role")
@click.argument("username")
@click.argument("role", type=ROLE_CHOICE)
@click.option("--agent", "agent_id", help="Agent id to link (needed when making someone an agent).")
@click.option("--move", "move_agent", is_flag=True,
              help="When another user has the --agent id, take it from them (they then see no calls).")
@click.option("--team", "teams", multiple=True, help="Add the user (trainer) or their agent record to this team.")
def role(username: str, role: str, agent_id: str | None, move_agent: bool, teams: tuple[str, ...]) -> None:
    """Give USERNAME another ROLE (and teams)."""
    from qa_service import accounts
    from qa_service.db.session import session_scope

    settings = load_settings()
    previous = None
    try:
        with session_scope(settings, immediate=True) as session:
            user = accounts.user_by_name(session, username)
            agent, team_rows = _teams_and_agent(session, teams, agent_id, None)
            if agent is not None and agent.user is not None and agent.user is not user:
                previous = agent.user.username
            accounts.set_role(session, user, role, agent=agent, move_agent=move_agent)
            if role != "agent":
                for team in team_rows:
                    accounts.add_team_member(session, team, user)
            elif team_rows and user.agent is not None:
                accounts.put_agent_in_team(session, user.agent, team_rows[0])
    except QAError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"{username} is now {role}" + (f" (teams: {', '.join(teams)})" if teams else ""))
    if previous:
        click.echo(_moved(agent_id, previous))


def _moved(agent_id: str | None, previous: str) -> str:
    return (f"agent id {agent_id} moved from user {previous}, who now sees no calls until given another: "
            f"qa-service users role {previous} agent --agent OTHER_ID")


@users.command("reset")
@click.argument("username")
@click.option("--generate", is_flag=True, help="Generate a password and print it once instead of prompting.")
def reset(username: str, generate: bool) -> None:
    """Set a new password for USERNAME: their signed-in sessions end and their API tokens are revoked."""
    from qa_service import accounts
    from qa_service.db.session import session_scope

    settings = load_settings()
    try:
        with session_scope(settings, immediate=True) as session:
            user = accounts.user_by_name(session, username)
            password, generated = _read_password(generate, "New password")
            revoked = accounts.set_password(session, user, password)
    except QAError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"password of {username} changed; their signed-in sessions ended"
               + (f" and {revoked} API token(s) were revoked (make new ones with: qa-service users token "
                  f"{username})" if revoked else ""))
    if generated:
        click.echo(f"password: {password}  (shown once)")


def _set_active(username: str, active: bool) -> None:
    from qa_service import accounts
    from qa_service.db.session import session_scope

    settings = load_settings()
    try:
        with session_scope(settings, immediate=True) as session:
            accounts.set_active(session, accounts.user_by_name(session, username), active)
    except QAError as e:
        raise click.ClickException(str(e)) from e


@users.command("disable")
@click.argument("username")
def disable(username: str) -> None:
    """Stop USERNAME signing in: their signed-in sessions end and their API tokens stop working."""
    _set_active(username, False)
    click.echo(f"{username} is disabled; their sessions ended and their API tokens stop working "
               f"(qa-service users enable {username} undoes it)")


@users.command("enable")
@click.argument("username")
def enable(username: str) -> None:
    """Let a disabled USERNAME sign in again (their unrevoked API tokens work again)."""
    _set_active(username, True)
    click.echo(f"{username} is enabled")


@users.command("list")
def list_users() -> None:
    """List users with their role, teams and agent id."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from qa_service.db.models import Agent, User
    from qa_service.db.session import session_scope

    settings = load_settings()
    with session_scope(settings) as session:
        rows = session.scalars(
            select(User).options(selectinload(User.teams), selectinload(User.agent).selectinload(Agent.team))
            .order_by(User.username)
        ).all()
        if not rows:
            click.echo("no users yet; add one with: qa-service users add NAME --role admin")
        for u in rows:
            teams = [t.name for t in u.teams]
            if u.agent is not None and u.agent.team is not None:
                teams.append(u.agent.team.name)
            agent = f" agent={u.agent.external_id}" if u.agent is not None else ""
            state = "" if u.is_active else " (disabled)"
            click.echo(f"{u.username:<20} {u.role:<8}{agent} teams={','.join(teams) or '-'}{state}")


@users.command("token")
@click.argument("username")
@click.option("--name", default="cli", show_default=True, help="What the token is for (shown on the API tokens page).")
@click.option("--days", type=click.IntRange(1, 3650), default=None, help="Expire after this many days (default: never).")
@click.option("--scope", type=click.Choice(["read", "write"]), default="read", show_default=True,
              help="read: what the user sees; write: may also submit calls (POST /api/v1/calls).")
def token(username: str, name: str, days: int | None, scope: str) -> None:
    """Create an API token for USERNAME and print it once (send it as `Authorization: Bearer <token>`)."""
    from datetime import timedelta

    from qa_service import accounts
    from qa_service.db.session import session_scope

    settings = load_settings()
    try:
        with session_scope(settings, immediate=True) as session:
            user = accounts.user_by_name(session, username)
            _, text = accounts.create_api_token(session, user, name, expires_in=timedelta(days=days) if days else None,
                                                scope=scope)
    except QAError as e:
        raise click.ClickException(str(e)) from e
    click.echo(text)
    click.echo(f"API token {name!r} ({scope}) for {username}" + (f", valid {days} day(s)" if days else "")
               + "; shown once, only its hash is stored", err=True)
