"""The same visibility rules and list on PostgreSQL (skipped when no server listens at 127.0.0.1:5432)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_settings(tmp_path, pg_url):
    from qa_service.config import load_settings
    from qa_service.db.migrate import upgrade

    settings = load_settings(environ={}, data_dir=str(tmp_path / "instance"), log_level="WARNING",
                             database_url=pg_url,
                             secret_key="pg-test-secret-key-0123456789abcdef", login_rate_limit="1000 per minute")
    upgrade(settings)
    return settings


def test_visibility_list_and_review_on_postgres(pg_settings, factories, tmp_path):
    from sqlalchemy import select

    from qa_service import call_list
    from qa_service.db.models import User
    from qa_service.db.session import session_scope
    from web import create_app

    world = factories.make_world(pg_settings, tmp_path / "audio")
    with session_scope(pg_settings) as s:
        for username, calls in {"admin": ["call-b", "call-a"], "trainer_n": ["call-a"], "agent_b": ["call-b"]}.items():
            user = s.scalar(select(User).where(User.username == username))
            page = call_list.list_evaluations(s, user, call_list.CallFilters(), sort="score_desc")
            assert [r.call_id for r in page.rows] == calls, username
            failed = call_list.list_evaluations(s, user, call_list.CallFilters(failed_criterion="negative_language"))
            assert [r.call_id for r in failed.rows] == [c for c in calls if c == "call-a"]
    client = create_app(pg_settings, {"TESTING": True}).test_client()
    factories.login(client, "agent_a")
    assert client.get(f"/calls/{world['call_a']}").status_code == 200
    assert client.get(f"/calls/{world['call_b']}").status_code == 404
    assert client.get(f"/media/calls/{world['call_a']}/audio", headers={"Range": "bytes=0-9"}).status_code == 206
