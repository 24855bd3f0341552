"""``qa-service db``: create, upgrade and inspect the database schema."""

from __future__ import annotations

import click

from qa_service.config import load_settings
from transcription.errors import QAError


@click.group()
def db() -> None:
    """Create or upgrade the database schema (QA_DATABASE_URL; SQLite in the data folder by default)."""


@db.command()
@click.option("--revision", default="head", show_default=True, help="Schema revision to upgrade to.")
def upgrade(revision: str) -> None:
    """Create the tables, or bring them up to date. Safe to run again."""
    from qa_service.db.migrate import _redact, upgrade as do_upgrade

    settings = load_settings()
    try:
        now = do_upgrade(settings, revision)
    except QAError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"database {_redact(settings.effective_database_url)} is at revision {now}")


@db.command()
@click.argument("revision")
def downgrade(revision: str) -> None:
    """Step the schema back to REVISION ('base' drops every table: all data is lost)."""
    from qa_service.db.migrate import downgrade as do_downgrade

    now = do_downgrade(load_settings(), revision)
    click.echo(f"database is at revision {now or 'base (empty)'}")


@db.command()
def current() -> None:
    """Show the schema revision of the database and the newest one this version ships."""
    from qa_service.db.migrate import _redact, current_revision, head_revision

    settings = load_settings()
    now = current_revision(settings)
    head = head_revision()
    state = "up to date" if now == head else "run `qa-service db upgrade`"
    click.echo(f"{_redact(settings.effective_database_url)}: revision {now or '(empty)'}, newest {head} ({state})")
