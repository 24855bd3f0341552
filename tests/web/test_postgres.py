"""The same visibility rules and list on PostgreSQL (skipped when no server listens at 127.0.0.1:5432)."""

from __future__ import annotations

import socket
import uuid

import pytest

PG_BASE_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_settings(tmp_path):
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
    except OSError:
        pytest.skip("PostgreSQL is not running at 127.0.0.1:5432")
    import sqlalchemy as sa

    from qa_service.config import load_settings
    from qa_service.db.migrate import upgrade
    from qa_service.db.session import forget_engines

    schema = f"qa_web_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_BASE_URL)
    try:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    except sa.exc.OperationalError as e:
        admin.dispose()
        pytest.skip(f"PostgreSQL at {PG_BASE_URL} refused the connection: {e.orig}")
    settings = load_settings(environ={}, data_dir=str(tmp_path / "instance"), log_level="WARNING",
                             database_url=f"{PG_BASE_URL}?options=-csearch_path%3D{schema}",
                             secret_key="pg-test-secret-key-0123456789abcdef", login_rate_limit="1000 per minute")
    upgrade(settings)
    yield settings
    forget_engines()
    with admin.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    admin.dispose()


def test_visibility_list_and_review_on_postgres(pg_settings, factories, tmp_path):
    from sqlalchemy import select

    from qa_service import review
    from qa_service.db.models import User
    from qa_service.db.session import session_scope
    from web import create_app

    world = factories.make_world(pg_settings, tmp_path / "audio")
    with session_scope(pg_settings) as s:
        for username, calls in {"admin": ["call-b", "call-a"], "trainer_n": ["call-a"], "agent_b": ["call-b"]}.items():
            user = s.scalar(select(User).where(User.username == username))
            page = review.list_evaluations(s, user, review.CallFilters(), sort="score_desc")
            assert [r.call_id for r in page.rows] == calls, username
            failed = review.list_evaluations(s, user, review.CallFilters(failed_criterion="negative_language"))
            assert [r.call_id for r in failed.rows] == [c for c in calls if c == "call-a"]
    client = create_app(pg_settings, {"TESTING": True}).test_client()
    factories.login(client, "agent_a")
    assert client.get(f"/calls/{world['call_a']}").status_code == 200
    assert client.get(f"/calls/{world['call_b']}").status_code == 404
    assert client.get(f"/media/calls/{world['call_a']}/audio", headers={"Range": "bytes=0-9"}).status_code == 206
