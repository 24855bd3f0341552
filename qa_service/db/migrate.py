"""Schema migrations without an alembic.ini: the Alembic configuration is
built here and points at the migration scripts inside the installed package,
so ``qa-service db upgrade`` works from any folder.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import SQLAlchemyError

from qa_service.config import Settings
from qa_service.db.session import database_url, get_engine
from transcription.errors import ConfigError

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(settings: Settings | str | None = None) -> Config:
    """An Alembic :class:`Config` for the service database (usable with ``alembic.command``)."""
    url = database_url(settings)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser interpolation: a literal % in a password must be doubled
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["database_url"] = url
    return cfg


def upgrade(settings: Settings | str | None = None, revision: str = "head") -> str | None:
    """Create or upgrade the schema to ``revision``; returns the revision now current."""
    url = database_url(settings)
    try:
        command.upgrade(alembic_config(url), revision)
    except SQLAlchemyError as e:
        raise ConfigError(
            f"cannot migrate the database {_redact(url)}: {e.__class__.__name__}: {e.orig if hasattr(e, 'orig') else e}; "
            "check QA_DATABASE_URL and that the database server is running"
        ) from e
    return current_revision(url)


def downgrade(settings: Settings | str | None, revision: str) -> str | None:
    """Step the schema back to ``revision`` ("base" drops every table)."""
    url = database_url(settings)
    command.downgrade(alembic_config(url), revision)
    return current_revision(url)


def current_revision(settings: Settings | str | None = None) -> str | None:
    """The revision the database is at; None for an empty database."""
    with get_engine(settings).connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    """The newest revision shipped with this version of the package."""
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def _redact(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return "<unparsable URL>"


def ensure_schema(settings: Settings) -> None:
    """Make sure the schema is current before a command uses the database.

    An empty database, or the embedded SQLite one, is migrated on the spot; a
    configured server database that is behind is left alone (migrating
    production is an explicit step) with a message saying what to run.
    """
    url = settings.effective_database_url
    current = current_revision(url)
    head = head_revision()
    if current == head:
        return
    if current is None or not settings.database_url:
        upgrade(url)
        return
    raise ConfigError(
        f"the database {_redact(url)} is at schema revision {current}, this version of qa-service needs {head}; "
        "back it up, then run `qa-service db upgrade`"
    )
