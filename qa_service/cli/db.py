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


@db.command("rebuild-summary")
@click.option("--check", is_flag=True, help="Only compare the summary with the rows; exit 1 when they differ.")
def rebuild_summary(check: bool) -> None:
    """Recompute the dashboards' weekly summary from the evaluations (it is kept exact by every write; this
    repairs it after rows were changed behind the service's back, e.g. by hand in SQL)."""
    from qa_service import weekly_summary
    from qa_service.db.session import session_scope

    with session_scope(load_settings()) as session:
        if check:
            found = weekly_summary.differences(session)
            for line in found[:50]:
                click.echo(line)
            if found:
                click.echo(f"{len(found)} summary row(s) differ from the evaluations; run `qa-service db "
                           "rebuild-summary` to recompute them")
                raise click.exceptions.Exit(1)
            click.echo("the weekly summary matches the evaluations")
            return
        scores, criteria = weekly_summary.rebuild(session)
    click.echo(f"weekly summary rebuilt: {scores} week/agent/version rows, {criteria} criterion rows")
