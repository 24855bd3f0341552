"""The Celery application that runs the pipeline (ingest -> transcribe -> score).

Two queues: ``transcribe`` (heavy; Whisper, a GPU if there is one) and
``score`` (light; spaCy + VADER). Scale-out is configuration only: point
``QA_BROKER_URL`` at Redis or RabbitMQ and ``QA_DATABASE_URL`` at PostgreSQL,
then start ``qa-service worker --queues transcribe`` / ``--queues score`` on as
many machines as wanted. With no broker configured the service uses an
embedded SQLite broker and needs no server at all.

Reliability settings, and why:

* ``task_acks_late`` + ``task_reject_on_worker_lost``: a task is acknowledged
  only after it finished, so a worker that dies mid-task gives it back;
* ``worker_prefetch_multiplier = 1``: a worker holds one task per process,
  so a dead worker strands little and long transcriptions don't queue
  behind each other on one machine;
* results are ignored: every outcome is stored in the database, which is
  what the CLI and the web UI read.

``celery -A qa_service.celery_app worker`` uses the module-level
:data:`celery_app` built from :func:`load_settings`; the web app calls
:func:`celery_init_app` (the Flask tutorial's pattern) so that tasks it sends
run inside its app context.
"""

from __future__ import annotations

import logging
import os
import subprocess
from typing import TYPE_CHECKING, Any, Callable

from celery import Celery, Task
from celery.signals import worker_process_init, worker_ready
from kombu import Exchange, Queue

from qa_service import broker
from qa_service.config import Settings, load_settings
from qa_service.time_limit import chunk_time_limit

if TYPE_CHECKING:
    from flask import Flask

log = logging.getLogger(__name__)

QUEUES: tuple[str, ...] = ("transcribe", "score")
# task name -> queue
ROUTES: dict[str, str] = {"qa.ingest": "score", "qa.transcribe": "transcribe", "qa.score": "score", "qa.retention": "score",
                          "qa.fill_review_queues": "score"}
# seconds between fills of the review queues by beat (qa_service.review_queues)
REVIEW_QUEUE_FILL_S = 3600
# attribute of app.conf holding the service Settings
SETTINGS_KEY = "qa_settings"


def celery_config(settings: Settings) -> dict[str, Any]:
    """Celery settings for the service (see the module docstring for the reasons)."""
    url = settings.effective_broker_url
    transport_options: dict[str, Any] = {}
    if url.startswith(("redis", "rediss", "sqs")):
        transport_options["visibility_timeout"] = settings.broker_visibility_timeout
    return {
        "broker_url": broker.broker_url(url),
        "broker_transport_options": transport_options,
        "broker_connection_retry_on_startup": True,
        "result_backend": settings.result_backend or None,
        "task_ignore_result": not settings.result_backend,
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "worker_prefetch_multiplier": 1,
        "task_queues": [Queue(name, Exchange(name, type="direct"), routing_key=name) for name in QUEUES],
        "task_default_queue": "score",
        "task_routes": {name: {"queue": queue, "exchange": queue, "routing_key": queue} for name, queue in ROUTES.items()},
        "task_annotations": {
            # backstops: each call's limit is enforced in every pool by qa_service.time_limit
            "qa.score": {"soft_time_limit": chunk_time_limit(settings.score_time_limit, 1)},
            "qa.ingest": {"soft_time_limit": chunk_time_limit(settings.score_time_limit, 1)},
            "qa.transcribe": {"soft_time_limit": chunk_time_limit(settings.transcribe_time_limit, 1)},
        },
        "task_always_eager": settings.task_always_eager,
        # periodic tasks, run by a worker started with --beat (qa-service worker --beat, qa-service run):
        # the review queues pick the week's calls as they arrive; the retention policy when days are set
        "beat_schedule": {
            "review-queues": {"task": "qa.fill_review_queues", "schedule": REVIEW_QUEUE_FILL_S},
            **({"retention": {"task": "qa.retention", "schedule": settings.retention_interval_s}}
               if retention_enabled(settings) else {}),
        },
        "task_eager_propagates": True,
        "task_serializer": "json",
        "accept_content": ["json"],
        "worker_hijack_root_logger": False,
        "worker_send_task_events": False,
        "task_send_sent_event": False,
        SETTINGS_KEY: settings,
    }


def retention_enabled(settings: Settings) -> bool:
    """Whether any retention days are set (the beat schedule then runs ``qa.retention``)."""
    return any(getattr(settings, f"retention_{kind}_days") > 0 for kind in ("recordings", "transcripts", "evaluations"))


def make_celery(settings: Settings | None = None, *, task_cls: type[Task] | str | None = None) -> Celery:
    """A Celery app configured from ``settings`` with the pipeline tasks registered."""
    settings = settings or load_settings()
    app = Celery("qa_service", task_cls=task_cls or "celery.app.task:Task")
    app.conf.update(celery_config(settings))
    # imported here, not at the top: tasks.py uses shared_task, which binds to this app
    import qa_service.tasks  # noqa: F401

    return app


def settings_of(app: Celery) -> Settings:
    """The service settings an app was made with (``load_settings()`` for a foreign app)."""
    settings = app.conf.get(SETTINGS_KEY)
    return settings if isinstance(settings, Settings) else load_settings()


def celery_init_app(flask_app: "Flask", settings: Settings | None = None) -> Celery:
    """Attach a Celery app to a Flask app (``app.extensions["celery"]``); tasks run in its app context."""

    class FlaskTask(Task):
        def __call__(self, *args: object, **kwargs: object) -> object:
            with flask_app.app_context():
                return self.run(*args, **kwargs)

    settings = settings or flask_app.config.get("QA_SETTINGS") or load_settings()
    app = make_celery(settings, task_cls=FlaskTask)
    app.set_default()
    flask_app.extensions["celery"] = app
    return app


@worker_process_init.connect
def _dispose_inherited_connections(**_kwargs: object) -> None:
    # a forked pool process must not share its parent's database sockets
    from qa_service.db.session import dispose_engines

    dispose_engines()


@worker_ready.connect
def _recover_embedded_queue(sender: object = None, **_kwargs: object) -> None:
    """On the embedded broker a killed worker's task is gone with it; the
    database knows what is unfinished, so re-send that when a worker starts."""
    app = getattr(sender, "app", None)
    if app is None:
        return
    settings = settings_of(app)
    if not broker.is_embedded(settings.effective_broker_url):
        return
    from qa_service.pipeline import requeue_unfinished

    try:
        with app.connection_for_write() as conn:
            for name in QUEUES:
                conn.default_channel.queue_purge(name)
        count = requeue_unfinished(settings, app=app)
    except Exception:  # noqa: BLE001 - recovery must never stop the worker from starting
        log.exception("could not re-send unfinished work from the database")
        return
    if count:
        # on a new start this is the normal way work reaches the embedded queue (qa-service run stores the
        # samples and lets the worker send them), so it is news, not a warning
        log.info("sent %d unfinished task(s) from the database to the queue", count)



def start_worker_process(
    settings: Settings,
    *,
    queues: tuple[str, ...] = QUEUES,
    concurrency: int = 1,
    pool: str = "solo",
    loglevel: str | None = None,
    hostname: str | None = None,
) -> "subprocess.Popen[bytes]":
    """Start ``celery worker`` for this service as a child process (the embedded worker).

    The child loads the same settings through ``QA_*`` variables. Stop it with
    :func:`stop_worker_process`. On Linux it also ends when this process dies however
    it dies (``PR_SET_PDEATHSIG``), so a killed ``qa-service run`` leaves no orphan worker.
    """
    import sys

    from qa_service.config import child_environ

    args = [
        # the embedded worker runs as whoever runs the service (root in a container): Celery's
        # "superuser privileges" warning is for workers that accept pickle, which this one refuses
        sys.executable, "-W", "ignore:You're running the worker with superuser privileges",
        "-m", "celery", "-A", "qa_service.celery_app", "--quiet", "worker",
        f"--pool={pool}", f"--concurrency={concurrency}", "-Q", ",".join(queues),
        f"--loglevel={loglevel or settings.log_level}", "--without-gossip", "--without-mingle",
        "--without-heartbeat",
    ]
    if hostname:
        args.append(f"--hostname={hostname}")
    # the embedded worker also runs the periodic tasks (review queues; the retention policy when days are set)
    args += ["--beat", f"--schedule={settings.data_path / 'celerybeat-schedule'}"]
    return subprocess.Popen(args, env=child_environ(settings), start_new_session=True,
                            preexec_fn=parent_death_preexec())


# prctl(2) option: the signal a process gets when its parent dies
PR_SET_PDEATHSIG = 1


def parent_death_preexec() -> "Callable[[], None] | None":
    """A ``preexec_fn`` that makes the child get SIGTERM when this process dies (Linux), else None.

    libc's ``prctl`` is looked up here, in the parent, so the child only calls it
    between fork and exec. If the parent died before that call, the child exits at once.
    """
    import sys

    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    import signal

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    parent = os.getpid()

    def preexec() -> None:
        prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:
            os._exit(1)

    return preexec


def stop_worker_process(process: "subprocess.Popen[bytes]", *, timeout: float = 30.0) -> int | None:
    """Ask a worker started by :func:`start_worker_process` (or another child started in a session of its
    own, such as ``qa-service run``'s web server) to finish its work and exit (TERM, then KILL), then kill
    whatever of its process group is left."""
    import signal

    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    # the worker runs in a session of its own: nothing of it (pool processes) may outlive it
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    return process.returncode


celery_app = make_celery()
app = celery_app  # `celery -A qa_service.celery_app` finds either name
