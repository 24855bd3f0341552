"""Fixtures shared by every test folder."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
HARPER_VALLEY = REPO.parent / "shared" / "data" / "harper-valley"


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
