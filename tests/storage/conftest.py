"""Fixtures for the storage, pipeline and worker tests.

Every test that takes ``db_url`` runs twice: on a fresh SQLite file and on a
fresh PostgreSQL schema (skipped with the reason when the server at
127.0.0.1:5432 is absent). Workers are real ``celery worker`` processes; the
Redis ones use database REDIS_DB, flushed before and after each test.
"""

from __future__ import annotations

import importlib.util
import os
import socket
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
# a Redis database of its own, so stale tasks of other test suites never reach our workers
# (and one per pytest-xdist worker: gw0 13, gw1 14, ...; each worker flushes only its own)
REDIS_DB = 13 + int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
REDIS_URL = f"redis://127.0.0.1:6379/{REDIS_DB}"


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _load_factories():
    spec = importlib.util.spec_from_file_location("storage_factories", HERE / "factories.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def factories():
    """tests/storage/factories.py (build rows)."""
    return _load_factories()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A fresh, empty database: a SQLite file or a PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'qa.db'}"
        from qa_service.db.session import forget_engines

        forget_engines()
    else:
        yield request.getfixturevalue("pg_url")


@pytest.fixture(scope="session")
def redis_url():
    """The Redis broker URL (database REDIS_DB, emptied at the start and end of the session).

    Not between tests: kombu remembers per process which queues it declared
    and would not declare them again after a FLUSHDB, dropping the messages.
    """
    if not _listening(6379):
        pytest.skip("Redis is not running at 127.0.0.1:6379 (needed for the Redis broker variant)")
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    client.flushdb()
    yield REDIS_URL
    client.flushdb()
    client.close()


def make_settings(tmp_path: Path, **overrides):
    """Settings isolated from the environment and any config file."""
    from qa_service.config import load_settings

    values = {"data_dir": str(tmp_path / "instance"), "log_level": "WARNING"}
    values.update(overrides)
    return load_settings(environ={}, **values)


@pytest.fixture
def settings(tmp_path, db_url):
    """Settings on the fresh database, schema upgraded."""
    from qa_service.db.migrate import upgrade

    s = make_settings(tmp_path, database_url=db_url)
    upgrade(s)
    return s


@pytest.fixture
def session(settings):
    """An open session on the test database (committed at the end of the test)."""
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        yield s
