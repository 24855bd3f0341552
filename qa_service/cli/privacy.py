"""`qa-service calls delete` and `qa-service retention run`: deleting calls and applying the
retention policy (docs/privacy.md)."""

from __future__ import annotations

import click

from qa_service.cli.params import RECORD_ID
from qa_service.config import load_settings
from transcription.errors import QAError


@click.group()
def calls() -> None:
    """Stored calls: delete one and everything about it."""


@calls.command("delete")
@click.argument("call_pks", nargs=-1, required=True, type=RECORD_ID, metavar="ID...")
@click.option("--by", "username", help="The admin doing it, recorded in the audit log (default: none, 'cli').")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def delete(call_pks: tuple[int, ...], username: str | None, yes: bool) -> None:
    """Delete calls ID... (database ids, as in the call page's address): recording file, transcript,
    evaluations, reviews, notes and disputes. The audit log keeps ids and counts only."""
    from qa_service import accounts, retention
    from qa_service.calls import get_call
    from qa_service.db.migrate import ensure_schema
    from qa_service.db.session import session_scope

    settings = load_settings()
    ensure_schema(settings)
    if not yes:
        click.confirm(f"Delete {len(call_pks)} call(s) ({', '.join(map(str, call_pks))}) and everything about them?",
                      abort=True)
    try:
        with session_scope(settings, immediate=True) as session:
            user = accounts.user_by_name(session, username) if username else None
            for pk in call_pks:
                counts = retention.delete_call(session, get_call(session, pk), settings=settings, user=user, via="cli")
                click.echo(f"call #{pk} deleted: " + ", ".join(f"{v} {k}" for k, v in counts.items() if v))
    except QAError as e:
        raise click.ClickException(f"{e}; nothing was deleted") from e


@click.group()
def retention() -> None:
    """The retention policy (QA_RETENTION_RECORDINGS_DAYS, ..._TRANSCRIPTS_DAYS, ..._EVALUATIONS_DAYS)."""


@retention.command("run")
@click.option("--dry-run", is_flag=True, help="Print what would go; delete nothing.")
def run(dry_run: bool) -> None:
    """Apply the retention policy now (workers started with --beat also do it periodically)."""
    from qa_service import retention as policy
    from qa_service.db.migrate import ensure_schema
    from qa_service.db.session import session_scope

    settings = load_settings()
    ensure_schema(settings)
    try:
        with session_scope(settings, immediate=True) as session:
            result = policy.run_retention(session, settings, dry_run=dry_run)
            if dry_run:
                session.rollback()
    except QAError as e:
        raise click.ClickException(str(e)) from e
    click.echo(result.summary())
    if dry_run:
        for kind in policy.KINDS:
            ids = getattr(result, kind)
            if ids:
                shown = ", ".join(f"#{i}" for i in ids[:50]) + (f" and {len(ids) - 50} more" if len(ids) > 50 else "")
                click.echo(f"  {kind}: {shown}")
