"""``qa-service batch``, ``rescore`` and ``export``: score many calls through the
workers and get the results out."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from typing import IO

import click

from qa_service.cli.params import RECORD_ID, VERSION_NUMBER
from qa_service.config import Settings, load_settings
from transcription.errors import QAError


def _parse_date(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM", param_hint=option)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def drive_batch(
    settings: Settings,
    batch_id: int,
    work: list,
    *,
    wait: bool,
    embedded_worker: bool | None = None,
    timeout: float | None = None,
    progress: bool = True,
) -> None:
    """Send a batch's work to the queues; with ``wait``, show progress until it is done.

    ``embedded_worker`` (default: when no broker is configured) starts a
    worker process for the duration of the wait, so nothing else has to run.
    """
    from qa_service import broker, pipeline
    from qa_service.celery_app import make_celery, start_worker_process, stop_worker_process

    app = make_celery(settings)
    pipeline.enqueue(app, work)
    if not wait:
        return
    if embedded_worker is None:
        embedded_worker = broker.is_embedded(settings.effective_broker_url)
    process = start_worker_process(settings, loglevel="WARNING") if embedded_worker else None
    try:
        pipeline.wait_for_batch(
            settings, batch_id, timeout=timeout, progress=progress,
            alive=(lambda: process.poll() is None) if process is not None else None,
        )
    finally:
        if process is not None:
            stop_worker_process(process)


def print_summary(settings: Settings, batch_id: int, *, out: IO[str] | None = None) -> int:
    """Print a batch's counts and each failure with its reason; returns the number failed."""
    from sqlalchemy import select

    from qa_service import batches
    from qa_service.db.models import BatchItem
    from qa_service.db.session import session_scope

    out = out or sys.stdout
    with session_scope(settings) as session:
        batch = batches.refresh_batch(session, batches.get_batch(session, batch_id))
        version = batch.scorecard_version
        unfinished = batch.total - batch.scored - batch.failed - batch.skipped
        print(
            f"batch #{batch.id} ({version.scorecard.key} v{version.version}): {batch.total} call(s): "
            f"{batch.scored} scored, {batch.failed} failed, {batch.skipped} skipped"
            + (f", {unfinished} waiting for a worker" if unfinished else ""),
            file=out,
        )
        failed = session.scalars(
            select(BatchItem).where(BatchItem.batch_id == batch_id, BatchItem.status == "failed").order_by(BatchItem.id)
        ).all()
        for item in failed:
            name = item.source or (item.call.call_id if item.call else f"item #{item.id}")
            print(f"  FAILED {name}: {item.error}", file=out)
        return batch.failed


@click.command()
@click.argument("paths", nargs=-1)
@click.option("--resume", "resume_id", type=RECORD_ID, default=None,
              help="Re-send the unfinished calls of batch RESUME (e.g. after the broker lost its queue) instead of adding files.")
@click.option("--scorecard", default=None, help="Scorecard id or YAML path (default: QA_SCORECARD).")
@click.option("--agent", "agent_id", default=None, help="Agent id for calls that don't name their agent (audio).")
@click.option("--wait/--no-wait", default=False, help="Show a progress bar until every call is scored or failed.")
@click.option("--embedded-worker/--no-embedded-worker", default=None,
              help="Run a worker for the duration of --wait (default: when QA_BROKER_URL is not set).")
@click.option("--timeout", type=float, default=None, help="With --wait: give up after this many seconds.")
def batch(
    paths: tuple[str, ...], resume_id: int | None, scorecard: str | None, agent_id: str | None, wait: bool,
    embedded_worker: bool | None, timeout: float | None,
) -> None:
    """Store and score the calls in PATHS (files or folders of transcripts and audio).

    Files already stored (same content) are not stored twice; calls already
    scored with this scorecard version are skipped. Exits with status 1 when
    a call failed.
    """
    from qa_service import ingest, pipeline, scorecard_versions
    from qa_service.db.migrate import ensure_schema
    from qa_service.db.session import session_scope

    if bool(paths) == (resume_id is not None):
        raise click.UsageError("give the files or folders to score, or --resume BATCH_ID (not both)")
    settings = load_settings()
    try:
        ensure_schema(settings)
        if resume_id is not None:
            batch_id = resume_id
            work = pipeline.unfinished_work(settings, batch_id=resume_id)
            if not work:
                click.echo(f"batch #{resume_id} has nothing left to do")
        else:
            with session_scope(settings, immediate=True) as session:
                version = scorecard_versions.from_settings(session, settings, scorecard)
                created, work = ingest.submit_files(session, paths, version, agent_external_id=agent_id,
                                                     settings=settings)
                batch_id = created.id
        if not wait:
            click.echo(f"batch #{batch_id}: {len(work)} call(s) queued")
        drive_batch(settings, batch_id, work, wait=wait, embedded_worker=embedded_worker, timeout=timeout)
    except QAError as e:
        raise click.ClickException(str(e)) from e
    failed = print_summary(settings, batch_id)
    if not wait and work:
        click.echo("workers score them in the background; follow with `qa-service worker` running, or use --wait")
    if failed:
        raise click.exceptions.Exit(1)


@click.command()
@click.option("--scorecard", "scorecard_id", required=True, help="Scorecard id (or YAML path holding the new version).")
@click.option("--version", "version_no", type=VERSION_NUMBER, required=True, help="Scorecard version number to score with.")
@click.option("--since", default=None, help="Only calls that started on or after this date (YYYY-MM-DD).")
@click.option("--wait/--no-wait", default=False, help="Show a progress bar until done.")
@click.option("--embedded-worker/--no-embedded-worker", default=None,
              help="Run a worker for the duration of --wait (default: when QA_BROKER_URL is not set).")
@click.option("--timeout", type=float, default=None, help="With --wait: give up after this many seconds.")
def rescore(
    scorecard_id: str, version_no: int, since: str | None, wait: bool, embedded_worker: bool | None,
    timeout: float | None,
) -> None:
    """Score stored calls again with another scorecard version; earlier evaluations are kept as history,
    the new ones become current and take the trainers' reviews along."""
    from qa_service import publishing, scorecard_versions
    from qa_service.db.migrate import ensure_schema
    from qa_service.errors import NotFound
    from qa_service.db.session import session_scope
    from qa_service.scoring import scorecard_for

    settings = load_settings()
    since_dt = _parse_date(since, "--since")
    try:
        ensure_schema(settings)
        with session_scope(settings, immediate=True) as session:
            try:
                version = scorecard_versions.stored_version(session, scorecard_id, version_no)
            except NotFound:
                # not stored yet: the YAML on disk may hold this version
                loaded = scorecard_for(settings, scorecard_id)
                if loaded.version != version_no:
                    raise QAError(
                        f"scorecard {loaded.id!r} on disk ({loaded.source}) is version {loaded.version}, "
                        f"not {version_no}, and version {version_no} is not stored; give --version {loaded.version}"
                    ) from None
                version = scorecard_versions.from_settings(session, settings, scorecard_id)
            created, work = publishing.queue_rescore(session, version, since=since_dt)
            batch_id = created.id
        click.echo(f"rescore batch #{batch_id}: {len(work)} call(s) to score with {scorecard_id} v{version_no}")
        drive_batch(settings, batch_id, work, wait=wait, embedded_worker=embedded_worker, timeout=timeout)
    except QAError as e:
        raise click.ClickException(str(e)) from e
    if wait:
        print_summary(settings, batch_id)


@click.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True,
              help="csv: one row per evaluation; jsonl: each evaluation in full (criteria, evidence, overrides).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="File to write (default: standard output).")
@click.option("--scorecard", default=None, help="Only this scorecard id.")
@click.option("--version", "version_no", type=VERSION_NUMBER, default=None,
              help="Only this scorecard version, current or not (default: each call's current evaluation).")
@click.option("--agent", default=None, help="Only this agent id.")
@click.option("--team", default=None, help="Only this team.")
@click.option("--since", default=None, help="Calls dated on or after this date (YYYY-MM-DD): their start, or when "
              "they were received.")
@click.option("--until", default=None, help="Calls dated before this date.")
@click.option("--passed/--failed", "passed", default=None, help="Only passed, or only failed, evaluations.")
@click.option("--review-state", type=click.Choice(["pending", "in_review", "completed", "shared"]), default=None)
@click.option("--failed-criterion", default=None, help="Only evaluations where this criterion failed.")
def export(
    fmt: str, output: str | None, scorecard: str | None, version_no: int | None, agent: str | None,
    team: str | None, since: str | None, until: str | None, passed: bool | None, review_state: str | None,
    failed_criterion: str | None,
) -> None:
    """Write stored evaluations (effective scores, after overrides; one per call, its current one) as CSV
    or JSON lines."""
    from qa_service.call_list import evaluations_query
    from qa_service.db.migrate import ensure_schema
    from qa_service.db.session import session_scope
    from qa_service.exports import write_export

    settings = load_settings()
    query = evaluations_query(
        scorecard=scorecard, version=version_no, agent=agent, team=team, since=_parse_date(since, "--since"),
        until=_parse_date(until, "--until"), passed=passed, review_state=review_state,
        failed_criterion=failed_criterion,
    )
    stream = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        ensure_schema(settings)
        with session_scope(settings) as session:
            count = write_export(session, query, stream, fmt)
    except QAError as e:
        raise click.ClickException(str(e)) from e
    finally:
        if output:
            stream.close()
    if output:
        click.echo(f"{count} evaluation(s) written to {output}", err=True)
