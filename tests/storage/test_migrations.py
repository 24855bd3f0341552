"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from click.testing import CliRunner

from qa_service.db.migrate import current_revision, downgrade, head_revision, upgrade
from qa_service.db.models import Base
from qa_service.db.session import get_engine


def test_upgrade_from_empty_matches_models(db_url):
    assert current_revision(db_url) is None
    assert upgrade(db_url) == head_revision()
    with get_engine(db_url).connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_upgrade_is_repeatable_and_downgrade_empties(db_url):
    upgrade(db_url)
    upgrade(db_url)
    tables = set(sa.inspect(get_engine(db_url)).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert downgrade(db_url, "base") is None
    left = set(sa.inspect(get_engine(db_url)).get_table_names()) - {"alembic_version"}
    assert left == set()


def test_sqlite_pragmas(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    with get_engine(url).connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_db_upgrade_command(tmp_path, monkeypatch):
    from qa_service.cli import cli

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("QA_DATABASE_URL", url)
    monkeypatch.setenv("QA_DATA_DIR", str(tmp_path))
    result = CliRunner().invoke(cli, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert f"revision {head_revision()}" in result.output
    result = CliRunner().invoke(cli, ["db", "current"])
    assert "up to date" in result.output


def test_bad_database_url_is_explained(tmp_path):
    import pytest

    from transcription.errors import ConfigError

    with pytest.raises(ConfigError, match="QA_DATABASE_URL"):
        upgrade("nosuchdb://x")
