"""Fixtures for the web UI tests: a throw-away SQLite database per test (copied
from one migrated at the start of the session), the Flask ``app``, ``client``
and ``runner``, and ``world``: teams, users of every role and scored calls
built with tests/web/factories.py."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _load_factories():
    spec = importlib.util.spec_from_file_location("web_factories", HERE / "factories.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def factories():
    """tests/web/factories.py."""
    return _load_factories()


def make_settings(data_dir: Path, **overrides):
    """Settings isolated from the environment and any config file."""
    from qa_service.config import load_settings

    values = {
        "data_dir": str(data_dir),
        "database_url": f"sqlite:///{data_dir / 'qa.db'}",
        "log_level": "WARNING",
        "login_rate_limit": "1000 per minute",
        "secret_key": "test-secret-key-not-for-production-0123456789",
    }
    values.update(overrides)
    return load_settings(environ={}, **values)


@pytest.fixture(scope="session")
def migrated_db(tmp_path_factory) -> Path:
    """A SQLite file with the schema at head, made once and copied for each test."""
    from qa_service.db.migrate import upgrade
    from qa_service.db.session import forget_engines

    folder = tmp_path_factory.mktemp("template-db")
    upgrade(make_settings(folder))
    forget_engines()
    return folder / "qa.db"


@pytest.fixture
def settings(tmp_path, migrated_db):
    """Settings on a fresh copy of the migrated database."""
    from qa_service.db.session import forget_engines

    data_dir = tmp_path / "instance"
    data_dir.mkdir()
    shutil.copyfile(migrated_db, data_dir / "qa.db")
    yield make_settings(data_dir)
    forget_engines()


@pytest.fixture
def session(settings):
    """A session on the test database; commit() yourself before the app reads."""
    from qa_service.db.session import session_factory

    s = session_factory(settings)()
    yield s
    s.close()


@pytest.fixture
def app(settings):
    from web import create_app

    return create_app(settings, {"TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def world(settings, factories, tmp_path):
    """Two teams (North: agent A, South: agent B), a user of every role, a scored call per agent
    (A's with a WAV recording), ids only (rows belong to a closed session)."""
    return factories.make_world(settings, tmp_path / "audio")
