"""Engines and sessions: one engine per database URL and process.

SQLite (the embedded default) is opened in WAL mode with foreign keys on and
a generous busy timeout, so the web process, the CLI and a worker can share
one file. Writers that read-then-write (the pipeline) ask for
``immediate=True``: their transactions start with ``BEGIN IMMEDIATE`` and
wait for the write lock up front instead of failing half-way with
"database is locked". PostgreSQL is used as given by its URL.

A forked Celery worker must not reuse its parent's connections:
:func:`dispose_engines` is called from ``worker_process_init``.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from qa_service.config import Settings, load_settings
from transcription.errors import ConfigError

# seconds a SQLite connection waits for another writer before giving up
SQLITE_BUSY_TIMEOUT_S = 60



def _sqlite_table_hint(self: SQLiteCompiler, table: object, text: str) -> str:
    return text


# SQLAlchemy renders no table hints for SQLite; its one kind is "INDEXED BY <index>", which a query asks for
# with ``select.with_hint(Model, "INDEXED BY ix_...", "sqlite")`` where SQLite's planner picks an index that
# reads far more than another would (see qa_service.call_list.evaluations_query)
SQLiteCompiler.get_from_hint_text = _sqlite_table_hint  # type: ignore[method-assign]

_LOCK = threading.Lock()
_ENGINES: dict[tuple[str, bool], Engine] = {}
_FACTORIES: dict[tuple[str, bool], sessionmaker[Session]] = {}


def database_url(settings: Settings | str | None = None) -> str:
    """The SQLAlchemy URL for ``settings`` (a URL string is returned as is)."""
    if isinstance(settings, str):
        return settings
    return (settings or load_settings()).effective_database_url


def _make_engine(url: str, immediate: bool) -> Engine:
    try:
        parsed = make_url(url)
    except Exception as e:  # noqa: BLE001 - SQLAlchemy raises several types here
        raise ConfigError(
            f"database URL {url!r} (QA_DATABASE_URL) is not valid: {e}; use e.g. "
            "sqlite:///instance/qa.db or postgresql+psycopg://user@host/db"
        ) from e
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001
            # let SQLAlchemy, not pysqlite, decide when transactions begin
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn) -> None:  # noqa: ANN001
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as e:  # noqa: BLE001 - missing driver, bad option...
        raise ConfigError(f"database URL {url!r} (QA_DATABASE_URL) cannot be used: {e}") from e


def get_engine(settings: Settings | str | None = None, *, immediate: bool = False) -> Engine:
    """The process-wide engine for ``settings`` (or a URL); created on first use.

    ``immediate`` (SQLite only) gives an engine whose transactions take the
    write lock when they begin.
    """
    url = database_url(settings)
    key = (url, immediate)
    with _LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            engine = _ENGINES[key] = _make_engine(url, immediate)
        return engine


def session_factory(settings: Settings | str | None = None, *, immediate: bool = False) -> sessionmaker[Session]:
    """A ``sessionmaker`` bound to :func:`get_engine` (objects stay usable after commit)."""
    url = database_url(settings)
    key = (url, immediate)
    with _LOCK:
        factory = _FACTORIES.get(key)
    if factory is None:
        # the dashboards' weekly summary follows every ORM change to evaluations in every session
        # (imported here: it imports the models, which import this module's package)
        from qa_service import weekly_summary

        weekly_summary.install()
        engine = get_engine(url, immediate=immediate)
        with _LOCK:
            factory = _FACTORIES.setdefault(key, sessionmaker(engine, expire_on_commit=False))
    return factory


@contextmanager
def session_scope(settings: Settings | str | None = None, *, immediate: bool = False) -> Iterator[Session]:
    """A session that commits when the block ends and rolls back if it raises."""
    session = session_factory(settings, immediate=immediate)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def dispose_engines() -> None:
    """Drop pooled connections inherited from a parent process (call after fork)."""
    with _LOCK:
        for engine in _ENGINES.values():
            engine.dispose(close=False)


def forget_engines() -> None:
    """Close and forget every engine (tests switching databases)."""
    with _LOCK:
        for engine in _ENGINES.values():
            engine.dispose()
        _ENGINES.clear()
        _FACTORIES.clear()
