"""Fixtures shared by every test folder."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
HARPER_VALLEY = REPO.parent / "shared" / "data" / "harper-valley"
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
