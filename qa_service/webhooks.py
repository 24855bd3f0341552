"""Webhooks: results pushed out to the URLs admins registered.

The only writer of :class:`Webhook` and :class:`WebhookDelivery` rows. The
service functions where something happens call :func:`emit` (``call.scored``
and ``call.failed`` in :mod:`qa_service.pipeline`, ``review.completed`` and
the dispute events in :mod:`qa_service.reviews`) with the session that makes
the change: the deliveries are rows of that same transaction (an outbox), so
an event is sent if and only if its change is committed, and the Celery task
``qa.webhook`` is sent for each of them only after the commit.

Every delivery is a POST of a JSON body::

    {"id": "<delivery id>", "event": "call.scored", "created_at": "...", "data": {...}}

with the headers ``X-QA-Event``, ``X-QA-Delivery`` (the same on every
attempt, so receivers can drop repeats) and ``X-QA-Signature:
t=<unix seconds>,v1=<hex>`` where ``<hex>`` is HMAC-SHA256 with the webhook's
secret over ``"<t>." + body`` (:func:`sign`; receivers check it with
:func:`verify` or its few lines in docs/api.md, and refuse a ``t`` more than
:data:`TIMESTAMP_TOLERANCE_S` away from their clock, so a captured request
cannot be replayed later). A 2xx answer delivers it; anything else (or no
answer) is tried again with doubling back-off
(:func:`backoff_seconds`) up to ``webhook_max_attempts`` tries; every attempt
is kept with the receiver's answer for the admin page.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Iterable, Mapping
from urllib.parse import urlsplit

from sqlalchemy import event as sa_event
from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_service import audit
from qa_service.config import Settings
from qa_service.db.models import (
    WEBHOOK_EVENTS,
    CallRecord,
    Dispute,
    EvaluationRecord,
    User,
    Webhook,
    WebhookDelivery,
    utcnow,
)
from qa_service.db.session import session_scope
from qa_service.errors import Invalid, NotFound

log = logging.getLogger(__name__)

__all__ = [
    "DELIVERY_HEADER",
    "EVENTS",
    "EVENT_HEADER",
    "SIGNATURE_HEADER",
    "TIMESTAMP_TOLERANCE_S",
    "AttemptOutcome",
    "attempt_delivery",
    "backoff_seconds",
    "calls_failed",
    "calls_scored",
    "configure",
    "create_webhook",
    "delete_webhook",
    "dispute_opened",
    "dispute_resolved",
    "emit",
    "get_delivery",
    "get_webhook",
    "list_webhooks",
    "recent_deliveries",
    "redeliver",
    "review_completed",
    "rotate_secret",
    "send_test",
    "sign",
    "update_webhook",
    "verify",
]

EVENTS: tuple[str, ...] = WEBHOOK_EVENTS
# a test event an admin sends from the webhook's page; every webhook gets it when asked
PING_EVENT = "ping"
SIGNATURE_HEADER = "X-QA-Signature"
EVENT_HEADER = "X-QA-Event"
DELIVERY_HEADER = "X-QA-Delivery"
# seconds a receiver accepts between the signature's timestamp and its own clock
TIMESTAMP_TOLERANCE_S = 300
# characters of a receiver's answer kept per attempt
RESPONSE_KEEP_CHARS = 2000
# attempts kept per delivery (the oldest are dropped past this)
ATTEMPT_LOG_MAX = 20
USER_AGENT = "qa-service-webhooks/1"

# session.info keys: delivery ids waiting for the commit, and whether the session is watched
_PENDING = "webhooks.pending"
_WATCHED = "webhooks.watched"
_ACTIVE = "webhooks.active"


# --- signing --------------------------------------------------------------------------------


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The ``X-QA-Signature`` value: ``t=<timestamp>,v1=<HMAC-SHA256(secret, "<timestamp>." + body), hex>``."""
    digest = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode("ascii") + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def verify(secret: str, header: str, body: bytes, *, now: float | None = None,
           tolerance: float = TIMESTAMP_TOLERANCE_S) -> bool:
    """What a receiver checks: the signature header matches ``body`` and its timestamp is within
    ``tolerance`` seconds of ``now`` (a request captured and replayed later fails)."""
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    try:
        timestamp = int(parts.get("t", ""))
    except ValueError:
        return False
    if abs((time.time() if now is None else now) - timestamp) > tolerance:
        return False
    expected = sign(secret, timestamp, body).split("v1=", 1)[1]
    return hmac.compare_digest(expected, parts.get("v1", ""))


# --- webhooks (the admin page) -------------------------------------------------------------------


def _check(url: str, events: Iterable[str]) -> tuple[str, list[str]]:
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise Invalid(f"webhook URL {url!r} is not an http:// or https:// address; give the full URL of the "
                      "receiver, e.g. https://crm.example.com/hooks/qa")
    chosen = sorted(set(events))
    if not chosen:
        raise Invalid(f"choose at least one event for the webhook: {', '.join(EVENTS)}")
    unknown = [e for e in chosen if e not in EVENTS]
    if unknown:
        raise Invalid(f"unknown webhook event(s) {', '.join(unknown)}; events: {', '.join(EVENTS)}")
    return url, [e for e in EVENTS if e in chosen]


def _new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def create_webhook(session: Session, url: str, events: Iterable[str], *, description: str | None = None,
                   created_by: User | None = None) -> Webhook:
    """Register ``url`` for ``events``; the row's ``secret`` signs its deliveries (show it to the admin)."""
    url, chosen = _check(url, events)
    row = Webhook(url=url, events=chosen, secret=_new_secret(), description=(description or "").strip()[:200] or None,
                  is_active=True, created_by=created_by)
    session.add(row)
    session.flush()
    audit.record(session, "webhook.create", user=created_by, target=row, details={"url": url, "events": chosen})
    return row


def update_webhook(session: Session, webhook: Webhook, *, url: str, events: Iterable[str], description: str | None,
                   is_active: bool, by: User | None = None) -> Webhook:
    """Change a webhook's URL, events, description or whether it is sent to."""
    webhook.url, webhook.events = _check(url, events)
    webhook.description = (description or "").strip()[:200] or None
    webhook.is_active = bool(is_active)
    session.flush()
    audit.record(session, "webhook.update", user=by, target=webhook,
                 details={"url": webhook.url, "events": webhook.events, "active": webhook.is_active})
    return webhook


def rotate_secret(session: Session, webhook: Webhook, *, by: User | None = None) -> str:
    """A new signing secret for ``webhook`` (deliveries from now on are signed with it); returns it."""
    webhook.secret = _new_secret()
    session.flush()
    audit.record(session, "webhook.rotate_secret", user=by, target=webhook)
    return webhook.secret


def delete_webhook(session: Session, webhook: Webhook, *, by: User | None = None) -> None:
    """Remove a webhook and its delivery log."""
    audit.record(session, "webhook.delete", user=by, target=webhook, details={"url": webhook.url})
    session.delete(webhook)
    session.flush()


def get_webhook(session: Session, webhook_id: int) -> Webhook:
    row = session.get(Webhook, webhook_id)
    if row is None:
        raise NotFound(f"there is no webhook #{webhook_id}; the webhooks page lists them")
    return row


def get_delivery(session: Session, webhook: Webhook, delivery_id: int) -> WebhookDelivery:
    row = session.get(WebhookDelivery, delivery_id)
    if row is None or row.webhook_id != webhook.id:
        raise NotFound(f"webhook #{webhook.id} has no delivery #{delivery_id}")
    return row


def list_webhooks(session: Session) -> list[Webhook]:
    return list(session.scalars(select(Webhook).order_by(Webhook.id)))


def recent_deliveries(session: Session, webhook: Webhook, *, limit: int = 50) -> list[WebhookDelivery]:
    return list(session.scalars(
        select(WebhookDelivery).where(WebhookDelivery.webhook_id == webhook.id)
        .order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id.desc()).limit(limit)
    ))


def redeliver(session: Session, delivery: WebhookDelivery, *, by: User | None = None) -> None:
    """Try a delivery again from the start (the admin's button), sent after the commit."""
    delivery.status = "pending"
    delivery.attempts = 0
    delivery.next_attempt_at = None
    session.flush()
    audit.record(session, "webhook.redeliver", user=by, target=delivery.webhook, details={"delivery": delivery.id})
    _send_after_commit(session, [delivery.id])


def send_test(session: Session, webhook: Webhook, *, settings: Settings, by: User | None = None) -> WebhookDelivery:
    """A ``ping`` event to ``webhook``, to check the receiver and its signature check."""
    row = _delivery(webhook, PING_EVENT, {"webhook": webhook.id, "message": "a test event from qa-service",
                                          "url": _base_url(settings)})
    session.add(row)
    session.flush()
    audit.record(session, "webhook.test", user=by, target=webhook)
    _send_after_commit(session, [row.id])
    return row


# --- events (the outbox) -----------------------------------------------------------------------


def _delivery(webhook: Webhook, event: str, data: Mapping[str, Any]) -> WebhookDelivery:
    key = str(uuid.uuid4())
    body = json.dumps({"id": key, "event": event, "created_at": utcnow().isoformat(), "data": data},
                      separators=(",", ":"), sort_keys=True, default=str)
    return WebhookDelivery(webhook_id=webhook.id, event=event, delivery_key=key, body=body, status="pending",
                           attempts=0, attempt_log=[])


def _active(session: Session) -> list[Webhook]:
    # one look per transaction: a chunk of scored calls emits many events
    cached = session.info.get(_ACTIVE)
    if cached is None:
        _watch(session)  # the cache ends with the transaction
        cached = session.info[_ACTIVE] = list(session.scalars(select(Webhook).where(Webhook.is_active.is_(True))))
    return cached


def emit(session: Session, event: str, items: Iterable[Mapping[str, Any]]) -> list[int]:
    """Queue ``event`` with each of ``items`` (its ``data``) for every active webhook that subscribed to it,
    as rows of ``session``'s transaction; they are sent when it commits. Returns the delivery ids."""
    if event not in EVENTS:
        raise Invalid(f"unknown webhook event {event!r}; events: {', '.join(EVENTS)}")
    targets = [w for w in _active(session) if event in (w.events or [])]
    if not targets:
        return []
    rows = [_delivery(w, event, data) for data in items for w in targets]
    session.add_all(rows)
    session.flush()
    ids = [r.id for r in rows]
    _send_after_commit(session, ids)
    return ids


def _send_after_commit(session: Session, ids: list[int]) -> None:
    session.info.setdefault(_PENDING, []).extend(ids)
    _watch(session)


def _watch(session: Session) -> None:
    if not session.info.get(_WATCHED):
        sa_event.listen(session, "after_commit", _on_commit)
        sa_event.listen(session, "after_soft_rollback", _on_rollback)
        session.info[_WATCHED] = True


def _on_commit(session: Session) -> None:
    ids = session.info.pop(_PENDING, [])
    session.info.pop(_ACTIVE, None)
    if ids:
        _queue(ids)


def _on_rollback(session: Session, previous_transaction: Any) -> None:
    if previous_transaction.parent is None:  # the whole transaction, not a savepoint
        session.info.pop(_PENDING, None)
        session.info.pop(_ACTIVE, None)


def _celery() -> Any:
    from celery import current_app

    from qa_service.celery_app import SETTINGS_KEY

    app = current_app._get_current_object()
    if app.conf.get(SETTINGS_KEY) is None:
        # not one of ours (a script that never made the service's Celery app): the module's, from the settings
        from qa_service.celery_app import celery_app as app
    return app


def _queue(ids: list[int]) -> None:
    """Send ``qa.webhook`` for each delivery; a broker that is down leaves them pending (an admin sends
    them again from the webhook's page) and never fails the commit that made them."""
    try:
        task = _celery().tasks["qa.webhook"]
        for delivery_id in ids:
            task.apply_async((delivery_id,))
    except Exception:  # noqa: BLE001 - the change is committed; a lost send must not undo the caller's work
        log.exception("could not queue webhook deliveries %s; they stay pending (resend them on the webhooks page)",
                      ids)


# --- payloads -----------------------------------------------------------------------------------


def _base_url(settings: Settings | None) -> str:
    if settings is not None and settings.public_url:
        return settings.public_url.rstrip("/")
    host, port = (settings.host, settings.port) if settings is not None else ("127.0.0.1", 5000)
    return f"http://{host}:{port}"


# the settings of this process's web app (links in events that happen in requests: reviews, disputes)
_CONFIGURED: list[Settings] = []


def configure(settings: Settings) -> None:
    """Where links in events point (``settings.public_url``) for events emitted without settings at hand."""
    _CONFIGURED[:] = [settings]


def _configured() -> Settings | None:
    return _CONFIGURED[0] if _CONFIGURED else None


def _call_data(record: CallRecord, base: str) -> dict[str, Any]:
    return {
        "id": record.id,
        "call_id": record.call_id,
        "agent_id": record.agent.external_id if record.agent is not None else None,
        "status_url": f"{base}/api/v1/calls/{record.id}",
    }


def _evaluation_data(evaluation: EvaluationRecord, base: str) -> dict[str, Any]:
    version = evaluation.scorecard_version
    return {
        "id": evaluation.id,
        "url": f"{base}/api/v1/evaluations/{evaluation.id}",
        "scorecard": version.scorecard.key,
        "version": version.version,
        "score": evaluation.score,
        "passed": evaluation.passed,
        "auto_score": evaluation.auto_score,
        "auto_failed": evaluation.auto_failed,
        "review_state": evaluation.review_state,
        "failed_criteria": [c.criterion_id for c in evaluation.criteria if c.outcome == "fail"],
    }


def calls_scored(session: Session, evaluation_ids: Mapping[int, int], *, settings: Settings | None = None) -> None:
    """``call.scored`` for each ``{calls.id: evaluations.id}`` just stored."""
    if not evaluation_ids or not any("call.scored" in (w.events or []) for w in _active(session)):
        return
    base = _base_url(settings or _configured())
    items = []
    for evaluation_id in evaluation_ids.values():
        evaluation = session.get(EvaluationRecord, evaluation_id)
        if evaluation is not None:
            items.append({"call": _call_data(evaluation.call, base), "evaluation": _evaluation_data(evaluation, base)})
    emit(session, "call.scored", items)


def calls_failed(session: Session, reasons: Mapping[int, str], *, settings: Settings | None = None) -> None:
    """``call.failed`` for each ``{calls.id: reason}`` just marked failed."""
    if not reasons or not any("call.failed" in (w.events or []) for w in _active(session)):
        return
    base = _base_url(settings or _configured())
    items = []
    for call_pk, reason in reasons.items():
        record = session.get(CallRecord, call_pk)
        if record is not None:
            items.append({"call": _call_data(record, base), "reason": reason})
    emit(session, "call.failed", items)


def review_completed(session: Session, evaluation: EvaluationRecord, *, by: User | None = None) -> None:
    """``review.completed``: a trainer signed off a review."""
    if not any("review.completed" in (w.events or []) for w in _active(session)):
        return
    base = _base_url(_configured())
    emit(session, "review.completed", [{
        "call": _call_data(evaluation.call, base), "evaluation": _evaluation_data(evaluation, base),
        "reviewer": by.username if by is not None else None,
    }])


def _dispute_data(dispute: Dispute, base: str) -> dict[str, Any]:
    return {
        "id": dispute.id,
        "criterion": dispute.criterion_id,
        "status": dispute.status,
        "comment": dispute.comment,
        "raised_by": dispute.raised_by.username if dispute.raised_by is not None else None,
        "resolved_by": dispute.resolver.username if dispute.resolver is not None else None,
        "resolution_comment": dispute.resolution_comment,
    }


def dispute_opened(session: Session, dispute: Dispute) -> None:
    """``dispute.opened``: an agent disputed a criterion."""
    _dispute_event(session, "dispute.opened", dispute)


def dispute_resolved(session: Session, dispute: Dispute) -> None:
    """``dispute.resolved``: a trainer accepted or rejected a dispute (``status`` says which)."""
    _dispute_event(session, "dispute.resolved", dispute)


def _dispute_event(session: Session, event: str, dispute: Dispute) -> None:
    if not any(event in (w.events or []) for w in _active(session)):
        return
    base = _base_url(_configured())
    evaluation = dispute.evaluation
    emit(session, event, [{
        "call": _call_data(evaluation.call, base), "evaluation": _evaluation_data(evaluation, base),
        "dispute": _dispute_data(dispute, base),
    }])


# --- delivering (what the task runs) ---------------------------------------------------------------


@dataclass(frozen=True)
class AttemptOutcome:
    """What one attempt did."""

    # "delivered", "retrying", "failed" (gave up), or "gone" (the row or its webhook is gone or disabled)
    status: str
    # seconds until the next attempt when ``status`` is "retrying"
    retry_in: float | None = None
    status_code: int | None = None


def backoff_seconds(attempts: int, settings: Settings) -> float:
    """Seconds to wait after the ``attempts``-th failed attempt: base, 2 x base, 4 x base... capped."""
    return min(settings.webhook_retry_max_s, settings.webhook_retry_base_s * (2 ** max(0, attempts - 1)))


def attempt_delivery(settings: Settings, delivery_id: int) -> AttemptOutcome:
    """POST delivery ``delivery_id`` once, signed, and record the answer; says whether to try again."""
    import requests

    with session_scope(settings) as session:
        row = session.get(WebhookDelivery, delivery_id)
        if row is None or row.status == "delivered":
            return AttemptOutcome("gone" if row is None else "delivered")
        webhook = row.webhook
        if not webhook.is_active:
            return AttemptOutcome("gone")
        url, secret, body = webhook.url, webhook.secret, row.body.encode("utf-8")
        event, key = row.event, row.delivery_key
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        EVENT_HEADER: event,
        DELIVERY_HEADER: key,
        SIGNATURE_HEADER: sign(secret, int(time.time()), body),
    }
    started = time.monotonic()
    status_code: int | None = None
    answer = ""
    error: str | None = None
    try:
        response = requests.post(url, data=body, headers=headers, timeout=settings.webhook_timeout_s,
                                 allow_redirects=False)
        status_code = response.status_code
        answer = response.text[:RESPONSE_KEEP_CHARS]
        if not 200 <= status_code < 300:
            error = f"the receiver answered {status_code}; it must answer 2xx once it has the event"
    except requests.RequestException as e:
        error = f"no answer from {url}: {type(e).__name__}: {e}"
    took_ms = round((time.monotonic() - started) * 1000)
    with session_scope(settings) as session:
        row = session.get(WebhookDelivery, delivery_id)
        if row is None:
            return AttemptOutcome("gone", status_code=status_code)
        now = utcnow()
        row.attempts += 1
        row.last_status_code = status_code
        row.last_error = error
        row.attempt_log = (list(row.attempt_log or []) + [{
            "at": now.isoformat(), "status_code": status_code, "response": answer, "error": error, "ms": took_ms,
        }])[-ATTEMPT_LOG_MAX:]
        if error is None:
            row.status, row.delivered_at, row.next_attempt_at = "delivered", now, None
            return AttemptOutcome("delivered", status_code=status_code)
        if row.attempts >= settings.webhook_max_attempts:
            row.status, row.next_attempt_at = "failed", None
            log.warning("webhook delivery #%s (%s to %s) failed %d times; giving up: %s", delivery_id, event, url,
                        row.attempts, error)
            return AttemptOutcome("failed", status_code=status_code)
        wait = backoff_seconds(row.attempts, settings)
        row.status, row.next_attempt_at = "retrying", now + timedelta(seconds=wait)
        return AttemptOutcome("retrying", retry_in=wait, status_code=status_code)
