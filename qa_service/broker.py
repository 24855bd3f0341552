"""The embedded broker: kombu's SQLAlchemy transport on a SQLite file, made
fit for a CLI and a worker sharing it.

Changes from the stock ``sqla`` transport, and why:

* the SQLite file is opened in WAL mode with a long busy timeout, so the
  process enqueueing a batch and the worker taking tasks don't fail with
  "database is locked";
* a delivered message is deleted instead of being flagged invisible forever
  (the stock transport never shows it again anyway, and the table would grow
  with every task); a task lost with a killed worker is re-sent from the
  database by :func:`qa_service.pipeline.requeue_unfinished` when the
  embedded worker starts;
* ``polling_interval`` is honoured (the stock channel passes every transport
  option to ``create_engine``, which rejects it), so an idle worker notices
  new work within a fraction of a second.

Select it with a ``sqla+sqlite:///...`` broker URL; :func:`broker_url` maps
it onto this transport.
"""

from __future__ import annotations

from kombu.transport import TRANSPORT_ALIASES
from kombu.transport import sqlalchemy as kombu_sqla
from kombu.transport.virtual import Empty
from kombu.utils.encoding import bytes_to_str
from kombu.utils.json import loads
from sqlalchemy import create_engine, event, text

# the alias this transport is registered under (a URL scheme prefix)
ALIAS = "qasqla"
# seconds an idle worker waits before looking for new tasks again
POLLING_INTERVAL_S = 0.2
# seconds a SQLite connection waits for the other process's write to finish
BUSY_TIMEOUT_S = 60


class Channel(kombu_sqla.Channel):
    def _engine_from_config(self):  # noqa: ANN202 - kombu's signature
        url = self.connection.client.hostname
        if not url.startswith("sqlite"):
            return create_engine(url, pool_pre_ping=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
            cursor.close()

        return engine

    def _get(self, queue):  # noqa: ANN001, ANN202 - kombu's signature
        obj = self._get_or_create(queue)
        if self.session.bind.name == "sqlite":
            self.session.execute(text("BEGIN IMMEDIATE TRANSACTION"))
        try:
            msg = (
                self.session.query(self.message_cls)
                .with_for_update()
                .filter(self.message_cls.queue_id == obj.id)
                .filter(self.message_cls.visible != False)  # noqa: E712 - SQL expression
                .order_by(self.message_cls.sent_at)
                .order_by(self.message_cls.id)
                .limit(1)
                .first()
            )
            if msg:
                payload = loads(bytes_to_str(msg.payload))
                self.session.delete(msg)
                return payload
            raise Empty()
        finally:
            self.session.commit()


class Transport(kombu_sqla.Transport):
    Channel = Channel
    polling_interval = POLLING_INTERVAL_S


TRANSPORT_ALIASES.setdefault(ALIAS, "qa_service.broker:Transport")


def broker_url(url: str) -> str:
    """The URL Celery should use: ``sqla+`` URLs go to this transport, others are unchanged."""
    if url.startswith("sqla+"):
        return f"{ALIAS}+" + url[len("sqla+"):]
    return url


def is_embedded(url: str) -> bool:
    """Whether ``url`` is the embedded SQL broker (no server; one machine)."""
    return url.startswith(("sqla+", f"{ALIAS}+"))
