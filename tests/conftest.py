"""Fixtures shared by every test folder."""

from __future__ import annotations

import socket
import threading
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
HARPER_VALLEY = REPO.parent / "shared" / "data" / "harper-valley"
PG_BASE_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
CHROMIUM = Path("/usr/bin/chromium")
# flags for a headless Chromium on a machine without network or GPU
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own data folder, so nothing is written to ./instance."""
    monkeypatch.setenv("QA_DATA_DIR", str(tmp_path_factory.mktemp("instance")))


@pytest.fixture
def harper_valley_dir() -> Path:
    """The shared Harper Valley transcripts; tests using it skip when ../shared is absent."""
    if not HARPER_VALLEY.is_dir():
        pytest.skip("../shared/data/harper-valley is not beside the checkout")
    return HARPER_VALLEY


@pytest.fixture
def live_server(app):
    """The test folder's ``app`` served by werkzeug on 127.0.0.1 (random port) in a thread."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def browser():
    """A headless Chromium (Debian's package) driven by Playwright; skips when it is missing."""
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def pg_url():
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards;
    skips with the reason when no server listens at 127.0.0.1:5432."""
    if not _listening(5432):
        pytest.skip("PostgreSQL is not running at 127.0.0.1:5432 (needed for the PostgreSQL variant)")
    import sqlalchemy as sa

    schema = f"qa_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_BASE_URL)
    try:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    except sa.exc.OperationalError as e:
        admin.dispose()
        pytest.skip(f"PostgreSQL at {PG_BASE_URL} refused the connection: {e.orig}")
    yield f"{PG_BASE_URL}?options=-csearch_path%3D{schema}"
    from qa_service.db.session import forget_engines

    forget_engines()
    with admin.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    admin.dispose()


@pytest.fixture
def sign_in_page():
    """``sign_in_page(page, base, username, password)``: sign a Playwright page in through the login form."""

    def sign_in(page, base: str, username: str, password: str) -> None:  # noqa: ANN001
        page.goto(f"{base}/login")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state("networkidle")

    return sign_in
