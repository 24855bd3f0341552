"""``qa-service worker``: a Celery worker for the pipeline queues."""

from __future__ import annotations

import click

QUEUE_CHOICES = ("transcribe", "score")


@click.command()
@click.option(
    "--queues", "-Q", default="transcribe,score", show_default=True,
    help="Comma-separated queues to take tasks from: transcribe (Whisper; put it on GPU machines), score (light).",
)
@click.option("--concurrency", "-c", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per CPU core; use 1 per GPU for transcribe).")
@click.option("--pool", type=click.Choice(["prefork", "solo", "threads"]), default="prefork", show_default=True,
              help="prefork: processes (spaCy and Whisper load once per process); solo: one task at a time in this process.")
@click.option("--loglevel", "-l", default=None, help="Log level (default: QA_LOG_LEVEL).")
@click.option("--hostname", "-n", default=None, help="Worker name, e.g. gpu1@%h.")
@click.option("--beat", is_flag=True,
              help="Also run the periodic tasks (review queues, the retention policy); start exactly one worker with it.")
def worker(queues: str, concurrency: int | None, pool: str, loglevel: str | None, hostname: str | None,
           beat: bool) -> None:
    """Run a worker. Start as many as wanted, on as many machines, all pointed at the same
    QA_BROKER_URL and QA_DATABASE_URL."""
    wanted = tuple(q.strip() for q in queues.split(",") if q.strip())
    bad = [q for q in wanted if q not in QUEUE_CHOICES]
    if bad or not wanted:
        raise click.BadParameter(
            f"unknown queue(s) {', '.join(bad) or '(none given)'}; choose from {', '.join(QUEUE_CHOICES)}",
            param_hint="--queues",
        )
    from qa_service.celery_app import celery_app, settings_of
    from qa_service.db.migrate import ensure_schema

    settings = settings_of(celery_app)
    ensure_schema(settings)
    argv = ["worker", f"--pool={pool}", "-Q", ",".join(wanted), f"--loglevel={loglevel or settings.log_level}"]
    if concurrency:
        argv.append(f"--concurrency={concurrency}")
    if hostname:
        argv.append(f"--hostname={hostname}")
    if beat:
        argv += ["--beat", f"--schedule={settings.data_path / 'celerybeat-schedule'}"]
    celery_app.worker_main(argv)
