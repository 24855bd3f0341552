"""``qa-service users add/role/reset/list`` on a real database."""

from __future__ import annotations

import re

from click.testing import CliRunner
from sqlalchemy import select


def _run(settings, *args, input=None):  # noqa: A002
    from qa_service.cli import cli

    env = {"QA_DATA_DIR": settings.data_dir, "QA_DATABASE_URL": settings.database_url}
    return CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)


def _user(settings, username):
    from qa_service.db.models import User
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        u = s.scalar(select(User).where(User.username == username))
        return None if u is None else {
            "role": u.role, "teams": sorted(t.name for t in u.teams), "hash": u.password_hash,
            "agent": u.agent.external_id if u.agent else None,
            "agent_team": u.agent.team.name if u.agent and u.agent.team else None,
        }


def test_add_trainer_with_prompted_password_and_sign_in(settings, app, factories):
    result = _run(settings, "users", "add", "tina", "--role", "trainer", "--team", "East", "--team", "West",
                  input="a good long password\na good long password\n")
    assert result.exit_code == 0, result.output
    user = _user(settings, "tina")
    assert user["role"] == "trainer" and user["teams"] == ["East", "West"]
    assert user["hash"].startswith(("scrypt:", "pbkdf2:")) and "a good long password" not in user["hash"]
    client = app.test_client()
    assert factories.login(client, "tina", "a good long password").status_code == 302


def test_add_agent_needs_agent_id_and_is_put_in_team(settings):
    result = _run(settings, "users", "add", "amy", "--role", "agent", "--generate")
    assert result.exit_code != 0 and "--agent AGENT_ID" in result.output
    result = _run(settings, "users", "add", "amy", "--role", "agent", "--agent", "AG-9", "--agent-name", "Amy",
                  "--team", "East", "--generate")
    assert result.exit_code == 0, result.output
    assert re.search(r"password: \S{12,}  \(shown once\)", result.output)
    assert _user(settings, "amy") | {"hash": None} == {"role": "agent", "teams": [], "hash": None, "agent": "AG-9",
                                                      "agent_team": "East"}


def test_role_reset_list_and_errors(settings, world):
    result = _run(settings, "users", "role", "author", "trainer", "--team", "North")
    assert result.exit_code == 0, result.output
    assert _user(settings, "author")["role"] == "trainer" and _user(settings, "author")["teams"] == ["North"]
    result = _run(settings, "users", "role", "admin", "agent")
    assert result.exit_code != 0 and "needs an agent record" in result.output
    old = _user(settings, "trainer_s")["hash"]
    result = _run(settings, "users", "reset", "trainer_s", "--generate")
    assert result.exit_code == 0 and _user(settings, "trainer_s")["hash"] != old
    result = _run(settings, "users", "reset", "trainer_s", input="short\nshort\n")
    assert result.exit_code != 0 and "too short" in result.output
    result = _run(settings, "users", "reset", "ghost", "--generate")
    assert result.exit_code != 0 and "no user 'ghost'" in result.output and "admin" in result.output
    result = _run(settings, "users", "add", "admin", "--role", "admin", "--generate")
    assert result.exit_code != 0 and "already exists" in result.output
    listing = _run(settings, "users", "list").output
    assert re.search(r"agent_a\s+agent\s+agent=AG-A teams=North", listing)
    assert re.search(r"trainer_n\s+trainer\s+teams=North", listing)


def test_run_creates_demo_trainer_and_agent_once(settings):
    import json

    from qa_app.run import DEMO_AGENT, DEMO_TRAINER, DEMO_USERS, ensure_demo_users
    from qa_service.samples import sample_paths

    made = ensure_demo_users(settings)
    assert set(made) == set(DEMO_USERS) and all(len(p) >= 12 for p in made.values())
    trainer = _user(settings, DEMO_TRAINER)
    businesses = {json.loads(p.read_text())["metadata"]["line_of_business"].title() for p in sample_paths()}
    assert trainer["role"] == "trainer" and trainer["teams"] == sorted(f"{b} team" for b in businesses)
    agent = _user(settings, DEMO_AGENT)
    first = json.loads(sample_paths()[0].read_text())
    assert agent["agent"] == first["agent"]["id"] and agent["agent_team"] in trainer["teams"]
    assert ensure_demo_users(settings) == {}


def test_add_with_an_agent_id_another_user_has_is_refused_naming_them(settings, world):
    result = _run(settings, "users", "add", "alice2", "--role", "agent", "--agent", "AG-A", "--generate")
    assert result.exit_code != 0
    assert "agent 'AG-A' is already linked to user 'agent_a'" in result.output and "--move" in result.output
    assert _user(settings, "alice2") is None and _user(settings, "agent_a")["agent"] == "AG-A"
    # the same through `users role`
    result = _run(settings, "users", "role", "admin", "agent", "--agent", "AG-B")
    assert result.exit_code != 0 and "already linked to user 'agent_b'" in result.output
    assert _user(settings, "admin")["role"] == "admin" and _user(settings, "agent_b")["agent"] == "AG-B"


def test_add_with_move_takes_the_agent_id_and_says_from_whom(settings, world):
    result = _run(settings, "users", "add", "alice2", "--role", "agent", "--agent", "AG-A", "--move", "--generate")
    assert result.exit_code == 0, result.output
    assert "agent id AG-A moved from user agent_a" in result.output
    assert "qa-service users role agent_a agent --agent OTHER_ID" in result.output
    assert _user(settings, "alice2")["agent"] == "AG-A" and _user(settings, "agent_a")["agent"] is None
    result = _run(settings, "users", "role", "agent_a", "agent", "--agent", "AG-A", "--move")
    assert result.exit_code == 0 and "moved from user alice2" in result.output
    assert _user(settings, "agent_a")["agent"] == "AG-A" and _user(settings, "alice2")["agent"] is None


def test_reset_revokes_api_tokens_and_says_so(settings, world, app, factories):
    from qa_service import accounts
    from qa_service.db.models import ApiToken, User
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        user = s.scalar(select(User).where(User.username == "trainer_n"))
        accounts.create_api_token(s, user, "BI export")
        accounts.create_api_token(s, user, "nightly")
    result = _run(settings, "users", "reset", "trainer_n", "--generate")
    assert result.exit_code == 0, result.output
    assert "signed-in sessions ended and 2 API token(s) were revoked" in result.output
    assert "qa-service users token trainer_n" in result.output
    with session_scope(settings) as s:
        assert all(t.revoked_at is not None for t in s.scalars(select(ApiToken)))
    result = _run(settings, "users", "reset", "trainer_n", "--generate")
    assert "revoked" not in result.output.splitlines()[0]


def test_disable_ends_sessions_and_enable_lets_them_sign_in_again(settings, world, app, factories):
    client = app.test_client()
    assert factories.login(client, "trainer_n").status_code == 302
    result = _run(settings, "users", "disable", "trainer_n")
    assert result.exit_code == 0 and "trainer_n is disabled" in result.output
    assert client.get("/calls").status_code == 302
    assert factories.login(client, "trainer_n").status_code == 401
    assert re.search(r"trainer_n\s+trainer\s+teams=North \(disabled\)", _run(settings, "users", "list").output)
    result = _run(settings, "users", "enable", "trainer_n")
    assert result.exit_code == 0 and "trainer_n is enabled" in result.output
    assert factories.login(client, "trainer_n").status_code == 302
    result = _run(settings, "users", "disable", "ghost")
    assert result.exit_code != 0 and "no user 'ghost'" in result.output


def test_demo_users_leave_an_agent_id_someone_already_has(settings):
    import json

    from qa_app.run import DEMO_AGENT, ensure_demo_users
    from qa_service.samples import sample_paths

    first = json.loads(sample_paths()[0].read_text())["agent"]["id"]
    result = _run(settings, "users", "add", "amy", "--role", "agent", "--agent", first, "--generate")
    assert result.exit_code == 0, result.output
    made = ensure_demo_users(settings)
    assert DEMO_AGENT in made
    assert _user(settings, "amy")["agent"] == first and _user(settings, DEMO_AGENT)["agent"] not in (None, first)
