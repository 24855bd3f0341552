"""``qa-service run``: the whole service on one machine with nothing to set up.

It upgrades the database, creates the first admin user (printing its
password once) and, with the samples, a demo trainer, agent and author
(passwords printed once; see docs/web.md), stores and scores the bundled
sample calls once per database (dated in the days before the first start),
starts a worker and serves the web UI with gunicorn (:mod:`qa_app.serve`)
until Ctrl-C, SIGTERM or SIGHUP. Every step is idempotent: running it again
reuses what is there.

This process supervises two children, each in a session of its own: the
embedded Celery worker and the web server. Both are stopped on every way
out, and on Linux both also get SIGTERM when this process dies however it
dies (``PR_SET_PDEATHSIG``), so nothing outlives it.
"""

from __future__ import annotations

import json
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from typing import Callable

import click

from qa_app.serve import check_options, options_from_settings
from qa_service.config import Settings, load_settings
from qa_service.samples import install_samples, sample_paths
from transcription.errors import QAError

# the first admin's login name
ADMIN_USERNAME = "admin"
# the signals that end the service (SIGHUP: the terminal it runs in closed)
STOP_SIGNALS: tuple[signal.Signals, ...] = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
# seconds the web server has to answer /healthz after it was started
WEB_START_TIMEOUT_S = 120.0
# seconds between two looks at the children while serving
SUPERVISE_INTERVAL_S = 0.5
# seconds the web server gets to finish its requests when the service stops
WEB_STOP_TIMEOUT_S = 20.0


class ServiceStopped(Exception):
    """A stop signal arrived (Ctrl-C, SIGTERM, SIGHUP)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _raise_stopped(signum: int, _frame: object) -> None:
    raise ServiceStopped(signum)


def install_stop_handlers(handler: Callable[[int, object], None] = _raise_stopped) -> None:
    """Handle SIGINT, SIGTERM and SIGHUP with ``handler``.

    Set explicitly, not inherited: bash starts a background job of a
    non-interactive script (``qa-service run &``) with SIGINT ignored, and an
    ignored SIGINT would leave the service deaf to the ``kill -INT`` meant to stop it.
    """
    for sig in STOP_SIGNALS:
        signal.signal(sig, handler)


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


# demo users made on first start beside the admin, so the sample calls can be reviewed, coached and their
# scorecard edited at once: username -> (role, display name; None: the agent's own name)
DEMO_TRAINER = "trainer"
DEMO_AGENT = "agent"
DEMO_AUTHOR = "author"
DEMO_USERS: tuple[str, ...] = (DEMO_TRAINER, DEMO_AGENT, DEMO_AUTHOR)


def ensure_demo_users(settings: Settings) -> dict[str, str]:
    """Teams of the sample agents (one per line of business), a trainer of all of them, an agent
    user for the first sample's agent and a scorecard author; returns {username: generated password}
    for the users made now (none when any demo user exists already)."""
    from sqlalchemy import select

    from qa_service import accounts
    from qa_service.db.models import User
    from qa_service.db.session import session_scope

    made: dict[str, str] = {}
    with session_scope(settings, immediate=True) as session:
        if session.scalar(select(User.id).where(User.username.in_(DEMO_USERS))) is not None:
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
        # an agent id belongs to one user: skip those someone already has
        agents = [a for a in agents if a.user is None]
        if agents:
            made[DEMO_AGENT] = secrets.token_urlsafe(12)
            accounts.create_user(session, DEMO_AGENT, made[DEMO_AGENT], "agent", agent=agents[0],
                                 display_name=agents[0].name)
        made[DEMO_AUTHOR] = secrets.token_urlsafe(12)
        accounts.create_user(session, DEMO_AUTHOR, made[DEMO_AUTHOR], "author", display_name="Demo Author")
    return made


def samples_batch(settings: Settings) -> int | None:
    """The batch that stored the sample calls in this database, if one did."""
    from sqlalchemy import select

    from qa_service.db.models import BatchItem
    from qa_service.db.session import session_scope

    folder = install_samples(settings.data_path).resolve()
    with session_scope(settings) as session:
        return session.scalar(
            select(BatchItem.batch_id).where(BatchItem.source.like(f"{folder}%")).order_by(BatchItem.id).limit(1)
        )


def load_samples(settings: Settings) -> tuple[int, list]:
    """Store the sample calls (dated copies in the data folder) in a batch (already-scored ones are
    skipped); returns (batch id, work)."""
    from qa_service import ingest, scorecard_versions
    from qa_service.db.session import session_scope

    folder = install_samples(settings.data_path)
    with session_scope(settings, immediate=True) as session:
        version = scorecard_versions.from_settings(session, settings)
        batch, work = ingest.submit_files(session, [folder], version, kind="batch", settings=settings)
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
        width = max((len(ev.call.call_id) for ev in rows), default=28)
        for ev in rows:
            agent = ev.call.agent.name if ev.call.agent and ev.call.agent.name else "-"
            failed = ", ".join(c.criterion_id for c in ev.criteria if c.outcome == "fail") or "none"
            click.echo(
                f"  {ev.call.call_id:<{width}} {agent:<18} {ev.score:6.1f}  {'PASS' if ev.passed else 'FAIL'}"
                f"  failed: {failed}"
            )


@click.command()
@click.option("--host", default=None, help="Address to serve the web UI on (default: QA_HOST).")
@click.option("--port", type=int, default=None, help="Port of the web UI (default: QA_PORT).")
@click.option("--web-workers", type=int, default=None,
              help="Web server processes (default: QA_WEB_WORKERS, 2).")
@click.option("--worker/--no-worker", "with_worker", default=True,
              help="Start a worker here (turn off when workers run elsewhere).")
@click.option("--samples/--no-samples", default=True, help="Store and score the bundled sample calls.")
def run(host: str | None, port: int | None, web_workers: int | None, with_worker: bool, samples: bool) -> None:
    """Start the service: database, first admin user, sample calls, a worker and the web UI."""
    install_stop_handlers()
    worker: subprocess.Popen | None = None
    web: subprocess.Popen | None = None
    try:
        settings = load_settings(host=host, port=port, web_workers=web_workers)
        check_options(options_from_settings(settings))
        try:
            worker = _start(settings, with_worker=with_worker, samples=samples)
            web = start_web(settings)
            wait_until_serving(settings, web)
            click.echo(f"web UI: http://{_browser_host(settings.host)}:{settings.port}/  "
                       f"({settings.web_workers} web process(es); Ctrl-C to stop)")
            supervise(web, worker)
        finally:
            _shut_down(web, worker)
    except ServiceStopped:
        click.echo("stopped", err=True)
    except QAError as e:
        raise click.ClickException(str(e)) from e


def _start(settings: Settings, *, with_worker: bool, samples: bool) -> subprocess.Popen | None:
    """Database, users, worker and the sample calls; returns the worker process (None without one)."""
    from qa_service import broker, pipeline
    from qa_service.celery_app import make_celery, start_worker_process
    from qa_service.cli.batch import print_summary
    from qa_service.db.migrate import _redact, upgrade

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
    batch_id, work = None, []
    if samples:
        loaded = samples_batch(settings)
        if loaded is not None:
            click.echo(f"sample calls: stored before (batch #{loaded})")
        else:
            # stored before the worker starts: the embedded worker sends what the database holds
            # unfinished when it starts (its recovery), so nothing is sent twice or lost to its purge
            batch_id, work = load_samples(settings)
    process = start_worker_process(settings, loglevel="WARNING") if with_worker else None
    if process is not None:
        click.echo(f"worker: started (pid {process.pid}, queues transcribe,score)")
    if not samples:
        return process
    if batch_id is None:
        print_scores(settings)
        return process
    if process is None or not broker.is_embedded(settings.effective_broker_url):
        pipeline.enqueue(make_celery(settings), work)
    pipeline.wait_for_batch(
        settings, batch_id, timeout=None if process is not None else 600,
        # a bar only for a person watching: in a log, its carriage returns are noise
        progress=sys.stderr.isatty(),
        alive=(lambda: process.poll() is None) if process is not None else None,
    )
    print_summary(settings, batch_id)
    print_scores(settings)
    return process


def start_web(settings: Settings) -> subprocess.Popen:
    """``qa-service web`` as a child process with these settings (quiet: warnings and errors only)."""
    from qa_service.celery_app import parent_death_preexec
    from qa_service.config import child_environ

    args = [sys.executable, "-m", "qa_app.cli", "web", "--no-access-log", "--quiet"]
    return subprocess.Popen(args, env=child_environ(settings), start_new_session=True,
                            stdout=subprocess.DEVNULL, preexec_fn=parent_death_preexec())


def _browser_host(host: str) -> str:
    """Where a browser on this machine reaches a server listening on ``host``."""
    if host in ("", "0.0.0.0"):
        return "127.0.0.1"
    if host == "::":
        return "[::1]"
    return f"[{host}]" if ":" in host else host


def wait_until_serving(settings: Settings, web: subprocess.Popen, *, timeout: float = WEB_START_TIMEOUT_S) -> None:
    """Block until the web server answers ``/healthz``; :class:`QAError` when it exits or never answers."""
    url = f"http://{_browser_host(settings.host)}:{settings.port}/healthz"
    deadline = time.monotonic() + timeout
    while True:
        if web.poll() is not None:
            raise QAError(f"the web server exited with status {web.returncode} before it answered; "
                          "see its message above")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - our own address
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            raise QAError(f"the web server did not answer {url} within {timeout:.0f} s; see its messages above")
        time.sleep(0.2)


def supervise(web: subprocess.Popen, worker: subprocess.Popen | None) -> None:
    """Wait for a stop signal; :class:`QAError` when the web server or the worker exits on its own."""
    while True:
        if web.poll() is not None:
            raise QAError(f"the web server stopped (status {web.returncode}); see its messages above, then "
                          "start qa-service run again")
        if worker is not None and worker.poll() is not None:
            raise QAError(f"the worker stopped (status {worker.returncode}); see its messages above, then "
                          "start qa-service run again (unfinished calls are sent again)")
        time.sleep(SUPERVISE_INTERVAL_S)


def _shut_down(web: subprocess.Popen | None, worker: subprocess.Popen | None) -> None:
    """Stop the web server and the worker; a second stop signal kills them at once."""
    from qa_service.celery_app import stop_worker_process

    def _hurry(_signum: int, _frame: object) -> None:
        for child in (web, worker):
            if child is not None and child.poll() is None:
                child.kill()

    install_stop_handlers(_hurry)
    # both stop at the same time: the web server finishes its requests while the worker finishes its task
    if worker is not None and worker.poll() is None:
        worker.send_signal(signal.SIGTERM)
    if web is not None:
        # gunicorn stops its processes gracefully on TERM; it runs in a session of its own as the worker does
        stop_worker_process(web, timeout=WEB_STOP_TIMEOUT_S)
    if worker is not None:
        stop_worker_process(worker)
