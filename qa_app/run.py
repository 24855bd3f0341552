"""``qa-service run``: the whole service on one machine with nothing to set up.

It upgrades the database, creates the first admin user (printing its
password once) and, with the samples, a demo trainer and agent (passwords
printed once; see docs/web.md), stores and scores the bundled sample calls
(dated in the days before the first start), starts a worker and serves the
web UI until Ctrl-C. Every step is idempotent: running it again reuses what
is there.
"""

from __future__ import annotations

import json
import secrets
import signal

import click

from qa_service.config import Settings, load_settings
from qa_service.samples import install_samples, sample_paths
from transcription.errors import QAError

# the first admin's login name
ADMIN_USERNAME = "admin"


def ensure_admin(settings: Settings) -> str | None:
    """Create the ``admin`` user when there are no users; returns its generated password (else None)."""
    from sqlalchemy import func, select

    from qa_service import accounts
    from qa_service.db.models import User
    from qa_service.db.session import session_scope

    with session_scope(settings, immediate=True) as session:
        if session.scalar(select(func.count()).select_from(User)):
            return None
        password = secrets.token_urlsafe(12)
        accounts.create_user(session, ADMIN_USERNAME, password, "admin", display_name="Administrator")
        return password


# demo users made on first start beside the admin, so the sample calls can be reviewed and coached at once
DEMO_TRAINER = "trainer"
DEMO_AGENT = "agent"


def ensure_demo_users(settings: Settings) -> dict[str, str]:
    """Teams of the sample agents (one per line of business), a trainer of all of them and an agent
    user for the first sample's agent; returns {username: generated password} for the users made now."""
    from sqlalchemy import select

    from qa_service import accounts
    from qa_service.db.models import User
    from qa_service.db.session import session_scope

    made: dict[str, str] = {}
    with session_scope(settings, immediate=True) as session:
        if session.scalar(select(User.id).where(User.username.in_([DEMO_TRAINER, DEMO_AGENT]))) is not None:
            return made
        teams, agents = [], []
        for path in sample_paths():
            data = json.loads(path.read_text(encoding="utf-8"))
            business = str((data.get("metadata") or {}).get("line_of_business") or "demo").title()
            team = accounts.get_or_create_team(session, f"{business} team")
            agent = data.get("agent") or {}
            if agent.get("id"):
                agents.append(accounts.get_or_create_agent(session, agent["id"], name=agent.get("name"), team=team))
            if team not in teams:
                teams.append(team)
        made[DEMO_TRAINER] = secrets.token_urlsafe(12)
        accounts.create_user(session, DEMO_TRAINER, made[DEMO_TRAINER], "trainer", display_name="Demo Trainer",
                          teams=teams)
        if agents:
            made[DEMO_AGENT] = secrets.token_urlsafe(12)
            accounts.create_user(session, DEMO_AGENT, made[DEMO_AGENT], "agent", agent=agents[0],
                              display_name=agents[0].name)
    return made


def load_samples(settings: Settings) -> tuple[int, list]:
    """Store the sample calls (dated copies in the data folder) in a batch (already-scored ones are
    skipped); returns (batch id, work)."""
    from qa_service import ingest, scorecard_versions
    from qa_service.db.session import session_scope

    folder = install_samples(settings.data_path)
    with session_scope(settings, immediate=True) as session:
        version = scorecard_versions.from_settings(session, settings)
        batch, work = ingest.submit_files(session, [folder], version, kind="batch")
        return batch.id, work


def print_scores(settings: Settings) -> None:
    """A table of the current evaluations of the sample calls."""
    from sqlalchemy import select, true
    from sqlalchemy.orm import selectinload

    from qa_service.db.models import CallRecord, EvaluationRecord
    from qa_service.db.session import session_scope

    folder = install_samples(settings.data_path).resolve()
    with session_scope(settings) as session:
        rows = session.scalars(
            select(EvaluationRecord)
            .join(EvaluationRecord.call)
            .where(CallRecord.source_path.like(f"{folder}%"), EvaluationRecord.is_current == true())
            .options(selectinload(EvaluationRecord.call).selectinload(CallRecord.agent),
                     selectinload(EvaluationRecord.criteria))
            .order_by(CallRecord.call_id)
        ).all()
        for ev in rows:
            agent = ev.call.agent.name if ev.call.agent and ev.call.agent.name else "-"
            failed = ", ".join(c.criterion_id for c in ev.criteria if c.outcome == "fail") or "none"
            click.echo(
                f"  {ev.call.call_id:<28} {agent:<18} {ev.score:6.1f}  {'PASS' if ev.passed else 'FAIL'}"
                f"  failed: {failed}"
            )


@click.command()
@click.option("--host", default=None, help="Address to serve the web UI on (default: QA_HOST).")
@click.option("--port", type=int, default=None, help="Port of the web UI (default: QA_PORT).")
@click.option("--worker/--no-worker", "with_worker", default=True,
              help="Start a worker here (turn off when workers run elsewhere).")
@click.option("--samples/--no-samples", default=True, help="Store and score the bundled sample calls.")
def run(host: str | None, port: int | None, with_worker: bool, samples: bool) -> None:
    """Start the service: database, first admin user, sample calls, a worker and the web UI."""
    from qa_service import pipeline
    from qa_service.celery_app import make_celery, start_worker_process, stop_worker_process
    from qa_service.cli.batch import print_summary
    from qa_service.db.migrate import _redact, upgrade

    settings = load_settings(host=host, port=port)
    try:
        revision = upgrade(settings)
        click.echo(f"database: {_redact(settings.effective_database_url)} (revision {revision})")
        password = ensure_admin(settings)
        if password:
            click.echo(
                f"created the first user: {ADMIN_USERNAME} / {password}\n"
                "  (shown only this once: write it down, then change it after logging in)"
            )
            if samples:
                for username, demo_password in ensure_demo_users(settings).items():
                    click.echo(f"created demo user: {username} / {demo_password}")
        app = make_celery(settings)
        process = start_worker_process(settings, loglevel="WARNING") if with_worker else None
        if process is not None:
            click.echo(f"worker: started (pid {process.pid}, queues transcribe,score)")
        try:
            if samples:
                batch_id, work = load_samples(settings)
                pipeline.enqueue(app, work)
                pipeline.wait_for_batch(
                    settings, batch_id, progress=True, timeout=None if process is not None else 600,
                    alive=(lambda: process.poll() is None) if process is not None else None,
                )
                print_summary(settings, batch_id)
                print_scores(settings)
            _serve(settings, process)
        finally:
            if process is not None:
                stop_worker_process(process)
    except QAError as e:
        raise click.ClickException(str(e)) from e


def _serve(settings: Settings, process) -> None:  # noqa: ANN001
    """Serve the web UI until Ctrl-C or SIGTERM."""
    from werkzeug.serving import make_server

    from web import create_app

    def _interrupt(_signum, _frame) -> None:  # noqa: ANN001
        # SIGTERM ends the service like Ctrl-C, so the worker is stopped on the way out
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        # listen first, then say so: "web UI:" means the page answers now
        server = make_server(settings.host, settings.port, create_app(settings), threaded=True)
        click.echo(f"web UI: http://{settings.host}:{settings.port}/  (Ctrl-C to stop)")
        try:
            server.serve_forever()  # returns on Ctrl-C or SIGTERM
        finally:
            server.server_close()
        click.echo("stopping", err=True)
    except KeyboardInterrupt:
        click.echo("stopping", err=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
