"""Fixtures for the authoring, upload, dashboard and API tests.

The database, app, client and ``world`` (teams North/South, a user of every
role, two scored calls) come from the first web UI's fixtures
(tests/web/conftest.py and factories.py), loaded by path; here the app runs
Celery tasks eagerly so an upload is scored inside the request; the
``live_server`` and ``browser`` fixtures come from tests/conftest.py.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
WEB_TESTS = HERE.parent / "web"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_web = _load("web_tests_conftest", WEB_TESTS / "conftest.py")
make_settings = _web.make_settings
# the shared fixtures, registered here under the same names
factories = _web.factories
migrated_db = _web.migrated_db
session = _web.session
world = _web.world
app = _web.app
client = _web.client


@pytest.fixture
def settings(tmp_path, migrated_db):
    """Settings on a fresh copy of the migrated database; Celery tasks run in-process (eager)."""
    import shutil

    from qa_service.db.session import forget_engines

    data_dir = tmp_path / "instance"
    data_dir.mkdir()
    shutil.copyfile(migrated_db, data_dir / "qa.db")
    yield make_settings(data_dir, task_always_eager=True, golden_min_agreement=0.9, max_upload_mb=1.0,
                        max_upload_total_mb=5.0)
    forget_engines()


@pytest.fixture
def sign_in(app, factories):
    """``sign_in(username)``: a new test client signed in as ``username``, and its CSRF token."""

    def do(username: str):  # noqa: ANN202
        client = app.test_client()
        response = factories.login(client, username)
        assert response.status_code == 302 and "/login" not in response.headers["Location"], username
        return client, factories.csrf_token(client, "/api/tokens")

    return do


