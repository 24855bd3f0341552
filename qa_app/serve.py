"""Serving the web UI with gunicorn: several processes, each with a few threads.

``qa-service run`` serves through :func:`serve` beside its embedded worker;
``qa-service web`` (:func:`web`) is the same server for deployments, where
workers, the database and the broker run elsewhere. Both read the usual
settings (``QA_HOST``, ``QA_PORT``, ``QA_WEB_WORKERS``, ``QA_WEB_THREADS``,
``QA_PROXY_FIX``); see docs/deployment.md.

The application is built once in the master process (``preload_app``) and
forked into the workers, which drop the database connections they inherit.
The embedded SQLite database is opened in WAL mode with a long busy timeout
(:mod:`qa_service.db.session`), so several web processes and the worker can
share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import click

from qa_service.config import Settings, load_settings
from transcription.errors import QAError

# seconds a gunicorn worker may stay silent before the master replaces it (threads serve the requests, so a
# slow request does not count; only a stuck process does)
WORKER_TIMEOUT_S = 120
# seconds the workers get to finish their requests when the server stops
GRACEFUL_TIMEOUT_S = 10


@dataclass(frozen=True)
class ServeOptions:
    # addresses to listen on ("127.0.0.1:5000", "0.0.0.0:8080", "unix:/run/qa.sock")
    bind: tuple[str, ...]
    # web processes
    workers: int
    # threads per process
    threads: int
    # gunicorn's own log level (debug, info, warning, error)
    loglevel: str = "info"
    # write one line per request to stderr
    access_log: bool = False
    # SIGHUP stops the server (qa-service run, tied to a terminal) instead of reloading the workers
    hup_stops: bool = False


def default_bind(settings: Settings) -> str:
    """``host:port`` from the settings (IPv6 addresses in brackets)."""
    host = settings.host
    return f"[{host}]:{settings.port}" if ":" in host and not host.startswith("[") else f"{host}:{settings.port}"


def options_from_settings(settings: Settings, **changes: Any) -> ServeOptions:
    """Options from ``settings`` (bind address, workers, threads), with ``changes`` applied."""
    values: dict[str, Any] = {"bind": (default_bind(settings),), "workers": settings.web_workers,
                              "threads": settings.web_threads}
    values.update({k: v for k, v in changes.items() if v is not None})
    return ServeOptions(**values)


def check_options(options: ServeOptions) -> None:
    """:class:`QAError` naming the option when the server could not start with ``options``."""
    if options.workers < 1:
        raise QAError(f"web workers: {options.workers} is too few; give at least 1 (qa-service web --workers, "
                      "qa-service run --web-workers or QA_WEB_WORKERS)")
    if options.threads < 1:
        raise QAError(f"web threads: {options.threads} is too few; give at least 1 (--threads or QA_WEB_THREADS)")
    if not options.bind:
        raise QAError("give an address to listen on, e.g. --bind 127.0.0.1:5000")


def _application(settings: Settings, options: ServeOptions, on_ready: Callable[[], None] | None):  # noqa: ANN202
    from gunicorn.app.base import BaseApplication

    class WebApplication(BaseApplication):
        def load_config(self) -> None:
            def post_fork(_server: object, _worker: object) -> None:
                # a forked worker must not share the master's database sockets
                from qa_service.db.session import dispose_engines

                dispose_engines()

            def when_ready(_server: object) -> None:
                if on_ready is not None:
                    on_ready()

            config = {
                "bind": list(options.bind),
                "workers": options.workers,
                "threads": options.threads,
                "worker_class": "gthread",
                "preload_app": True,
                "timeout": WORKER_TIMEOUT_S,
                "graceful_timeout": GRACEFUL_TIMEOUT_S,
                "loglevel": options.loglevel,
                "accesslog": "-" if options.access_log else None,
                "errorlog": "-",
                "proc_name": "qa-service-web",
                "post_fork": post_fork,
                "when_ready": when_ready,
            }
            for key, value in config.items():
                self.cfg.set(key, value)

        def load(self):  # noqa: ANN202 - gunicorn's signature
            import gc

            from web import create_app

            app = create_app(settings)
            # the application's start-up objects (models, templates, routes) never become garbage: moved out of
            # the collector's generations before the workers fork, a full collection during a request no longer
            # walks them (on the 100,000-call dashboard: p95 145 -> 101 ms in one process) and the forked
            # workers keep sharing their pages
            gc.freeze()
            return app

    return WebApplication()


def serve(settings: Settings, options: ServeOptions, *, on_ready: Callable[[], None] | None = None) -> None:
    """Serve the web UI until SIGINT (Ctrl-C), SIGTERM or SIGQUIT (and SIGHUP with ``hup_stops``).

    ``on_ready`` is called once the addresses listen. Raises :class:`QAError`
    when the server cannot start (the address is in use, say).
    """
    from gunicorn.arbiter import Arbiter

    check_options(options)
    ready = []

    def _ready() -> None:
        ready.append(True)
        if on_ready is not None:
            on_ready()

    arbiter = Arbiter(_application(settings, options, _ready))
    if options.hup_stops:
        # a closed terminal ends the service like Ctrl-C (gunicorn's own SIGHUP reloads the workers)
        arbiter.handle_hup = arbiter.handle_int  # type: ignore[method-assign]
    try:
        arbiter.run()  # ends with sys.exit: 0 when stopped by a signal
    except SystemExit as e:
        if e.code in (0, None):
            return
        where = ", ".join(options.bind)
        if not ready:
            raise QAError(
                f"the web UI could not listen on {where} (see the message above); is another qa-service "
                "running there? choose another address with --port/QA_PORT or --bind"
            ) from None
        raise QAError(f"the web server on {where} stopped with status {e.code}; see the messages above") from None


@click.command()
@click.option("--bind", "-b", "binds", multiple=True, metavar="ADDRESS",
              help="Address to listen on, HOST:PORT or unix:PATH; repeat for several (default: QA_HOST:QA_PORT).")
@click.option("--workers", "-w", type=int, default=None, help="Web processes (default: QA_WEB_WORKERS, 2).")
@click.option("--threads", type=int, default=None, help="Threads per web process (default: QA_WEB_THREADS, 4).")
@click.option("--access-log/--no-access-log", default=True, help="One line per request on stderr (default: on).")
@click.option("--quiet", "-q", is_flag=True, help="Print only warnings and errors.")
def web(binds: tuple[str, ...], workers: int | None, threads: int | None, access_log: bool, quiet: bool) -> None:
    """Serve the web UI with gunicorn, for deployments (workers and database run elsewhere).

    Reads the same settings as every command (QA_DATABASE_URL, QA_BROKER_URL,
    QA_SECRET_KEY...). Behind a reverse proxy set QA_PROXY_FIX to the number
    of proxies in front, so client addresses and https links are right.
    Stop it with Ctrl-C or SIGTERM; SIGHUP restarts its processes.
    """
    from qa_service.db.migrate import ensure_schema

    settings = load_settings()
    options = options_from_settings(settings, bind=binds or None, workers=workers, threads=threads,
                                    access_log=access_log, loglevel="warning" if quiet else settings.log_level.lower())
    try:
        ensure_schema(settings)

        def _ready() -> None:
            if not quiet:
                click.echo(f"web UI: {', '.join(_urls(options.bind))}  ({options.workers} process(es) x "
                           f"{options.threads} thread(s); Ctrl-C to stop)", err=True)

        serve(settings, options, on_ready=_ready)
    except QAError as e:
        raise click.ClickException(str(e)) from e


def _urls(binds: tuple[str, ...]) -> list[str]:
    return [b if b.startswith("unix:") else f"http://{b}/" for b in binds]
