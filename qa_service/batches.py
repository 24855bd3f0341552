"""Batches: sets of calls submitted together and how each of them ended.

The only writer of :class:`Batch` and :class:`BatchItem` rows. Counts are
recounted from the items (:func:`refresh_batch`) by whoever reads them, and a
batch is closed by the last worker to finish one of its items
(:func:`close_finished_batches`), so no worker ever locks the batch row.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Sequence

from sqlalchemy import ColumnElement, and_, false, func, or_, select, true, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from qa_service import visibility
from qa_service.db.models import (
    BATCH_ITEM_STATUSES,
    FINAL_ITEM_STATUSES,
    Batch,
    BatchItem,
    CallRecord,
    EvaluationRecord,
    ScorecardVersion,
    User,
    utcnow,
)
from qa_service.errors import Invalid, NotFound

# items one page of a batch lists (the counts cover every item; the next page is one cursor away)
ITEMS_PER_PAGE = 200
# failed files listed with their reason above the items (the count covers them all; the pages list every one)
FAILURES_SHOWN = 200

__all__ = [
    "add_item",
    "add_queued_calls",
    "close_finished_batches",
    "create_batch",
    "get_batch",
    "item_status",
    "progress",
    "recent_batches",
    "refresh_batch",
    "set_items",
    "visible_batch",
    "visible_batches_clause",
]


def create_batch(
    session: Session, version: ScorecardVersion, *, kind: str = "batch", created_by: User | None = None
) -> Batch:
    """An empty batch scored with ``version``; add items with :func:`add_item`."""
    batch = Batch(kind=kind, scorecard_version_id=version.id, created_by_id=created_by.id if created_by else None)
    session.add(batch)
    session.flush()
    return batch


def get_batch(session: Session, batch_id: int) -> Batch:
    """The batch with id ``batch_id``; :class:`NotFound` when there is none."""
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise NotFound(f"batch #{batch_id} does not exist; the upload page lists the recent batches")
    return batch


def visible_batches_clause(user: User) -> ColumnElement[bool]:
    """A condition on :class:`Batch` that keeps the batches ``user`` may follow: those they submitted, every
    batch for those who see every call, else a batch all of whose items are calls ``user`` may see (its
    file names and failures are those calls')."""
    if user.role in visibility.SEE_ALL_ROLES and user.is_active:
        return true()
    visible = select(CallRecord.id).where(visibility.visible_calls_clause(user))
    foreign = (
        select(BatchItem.id)
        .where(BatchItem.batch_id == Batch.id, or_(BatchItem.call_id.is_(None), BatchItem.call_id.not_in(visible)))
        .exists()
    )
    return or_(Batch.created_by_id == user.id, ~foreign) if user.is_active else false()


def visible_batch(session: Session, user: User, batch_id: int) -> Batch:
    """Batch ``batch_id`` when ``user`` may follow it (:func:`visible_batches_clause`); :class:`NotFound`
    otherwise (a batch someone may not see does not exist for them)."""
    batch = session.scalar(select(Batch).where(Batch.id == batch_id, visible_batches_clause(user)))
    if batch is None:
        raise NotFound(f"batch #{batch_id} does not exist, or you may not see it; the upload page lists yours")
    return batch


def recent_batches(session: Session, user: User, limit: int) -> list[Batch]:
    """The ``limit`` newest batches ``user`` may follow, newest first."""
    return list(session.scalars(
        select(Batch).where(visible_batches_clause(user))
        .options(selectinload(Batch.scorecard_version).selectinload(ScorecardVersion.scorecard))
        .order_by(Batch.created_at.desc(), Batch.id.desc()).limit(limit)
    ))


def add_item(
    session: Session,
    batch: Batch,
    *,
    call: Any = None,
    source: str | None = None,
    status: str = "queued",
    error: str | None = None,
) -> BatchItem:
    """One input of ``batch``: a stored call (a :class:`CallRecord`) to score, or a file that failed or was skipped."""
    if status not in BATCH_ITEM_STATUSES:
        raise Invalid(f"batch item status {status!r} is not one of {', '.join(BATCH_ITEM_STATUSES)}")
    item = BatchItem(batch_id=batch.id, call_id=call.id if call else None, source=source, status=status, error=error)
    session.add(item)
    return item


def add_queued_calls(session: Session, batch: Batch, call_ids: Sequence[int]) -> list[BatchItem]:
    """Queue stored calls (by ``calls.id``) in ``batch``; returns the items, flushed (their ids set)."""
    items = [BatchItem(batch_id=batch.id, call_id=cid, status="queued") for cid in call_ids]
    session.add_all(items)
    session.flush()
    return items


def item_status(session: Session, item_id: int) -> str | None:
    """The status of one batch item (None when it is gone)."""
    return session.scalar(select(BatchItem.status).where(BatchItem.id == item_id))


def set_items(
    session: Session, item_ids: Iterable[int | None], status: str, error: str | None = None, *,
    only_from: str | None = None,
) -> None:
    """Set the state of batch items in one statement (``only_from``: only those in that state).

    Batch counts are recounted by whoever reads them (:func:`refresh_batch`).
    """
    ids = [i for i in item_ids if i is not None]
    if not ids:
        return
    query = update(BatchItem).where(BatchItem.id.in_(ids))
    if only_from is not None:
        query = query.where(BatchItem.status == only_from)
    session.execute(query.values(status=status, error=error))


def refresh_batch(session: Session, batch: Batch, *, write: bool = False) -> Batch:
    """Recount a batch from its items; it is ``done`` when no item needs more work.

    By default only the loaded object is refreshed and nothing is written, so
    pages and progress bars can poll from read-only transactions (on SQLite a
    read that turns into a write fails while a worker is writing). Writers
    (submitting a batch) pass ``write=True`` to store the counts; workers close
    finished batches with :func:`close_finished_batches`.
    """
    counts = dict(
        session.execute(
            select(BatchItem.status, func.count()).where(BatchItem.batch_id == batch.id).group_by(BatchItem.status)
        ).all()
    )
    total = sum(counts.values())
    finished = sum(counts.get(s, 0) for s in FINAL_ITEM_STATUSES)
    values: dict[str, Any] = {
        "total": total,
        "scored": counts.get("scored", 0),
        "failed": counts.get("failed", 0),
        "skipped": counts.get("skipped", 0),
    }
    if finished == total and batch.status != "done":
        values.update(status="done", finished_at=utcnow())
    elif finished < total and batch.status != "running":
        values.update(status="running", finished_at=None)
    for key, value in values.items():
        if write:
            setattr(batch, key, value)
        else:
            set_committed_value(batch, key, value)
    if write:
        session.flush()
    return batch


def close_finished_batches(session: Session, item_ids: Iterable[int | None]) -> None:
    """Mark the batches of ``item_ids`` done, with final counts, when none of their items needs more work.

    Run it in a transaction of its own after the items' results are
    committed: the last worker to finish then sees every other one's items,
    so a batch is always closed, without locking the batch row on every call.
    """
    ids = [i for i in item_ids if i is not None]
    if not ids:
        return
    items = BatchItem.__table__

    def count(*statuses: str) -> Any:
        query = select(func.count()).select_from(items).where(items.c.batch_id == Batch.id)
        if statuses:
            query = query.where(items.c.status.in_(statuses))
        return query.scalar_subquery()

    unfinished = (
        select(items.c.id)
        .where(items.c.batch_id == Batch.id, items.c.status.not_in(FINAL_ITEM_STATUSES))
        .exists()
    )
    session.execute(
        update(Batch)
        .where(
            Batch.status == "running",
            Batch.id.in_(select(items.c.batch_id).where(items.c.id.in_(ids)).scalar_subquery()),
            ~unfinished,
        )
        .values(
            status="done", finished_at=utcnow(), total=count(), scored=count("scored"), failed=count("failed"),
            skipped=count("skipped"),
        )
        .execution_options(synchronize_session=False)
    )


def progress(
    session: Session, batch: Batch, *, after: int | None = None, before: int | None = None,
    page_size: int = ITEMS_PER_PAGE,
) -> dict[str, Any]:
    """A batch's counts, its first FAILURES_SHOWN failed items with the reason, and one page of its items,
    as progress pages and the API show them.

    Items are in the order they were added, ``page_size`` at a time: the first page, the page right after
    item id ``after`` or the page right before item id ``before`` (keyset pagination: as quick however deep
    the page). ``page`` says which items these are (``first``/``last``, 1-based, of ``total``) and the
    cursors of the pages around it (``next_after``, ``prev_before``; None at either end).
    """
    refresh_batch(session, batch)
    items, page = _items(session, batch, after=after, before=before, page_size=page_size)
    # the first ones only: the page polls this every second, and a batch may have thousands
    failures = session.scalars(
        select(BatchItem).where(BatchItem.batch_id == batch.id, BatchItem.status == "failed")
        .options(selectinload(BatchItem.call)).order_by(BatchItem.id).limit(FAILURES_SHOWN)
    ).all()
    finished = batch.scored + batch.failed + batch.skipped
    return {
        "items": items,
        "page": page,
        "id": batch.id,
        "kind": batch.kind,
        "status": batch.status,
        "scorecard": batch.scorecard_version.scorecard.key,
        "version": batch.scorecard_version.version,
        "total": batch.total,
        "scored": batch.scored,
        "failed": batch.failed,
        "skipped": batch.skipped,
        "waiting": batch.total - finished,
        "done": batch.status == "done",
        "failures": [_failure(i) for i in failures],
    }


def _items(
    session: Session, batch: Batch, *, after: int | None, before: int | None, page_size: int,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """One page of items: file, status, reason, the call and its evaluation with the batch's scorecard
    version (score, passed), and whether it can be tried again (:func:`qa_service.ingest.retry_failed`);
    and where the page is (see :func:`progress`)."""
    query = (
        select(BatchItem, CallRecord.call_id, EvaluationRecord.id, EvaluationRecord.score, EvaluationRecord.passed)
        .outerjoin(CallRecord, CallRecord.id == BatchItem.call_id)
        .outerjoin(EvaluationRecord, and_(EvaluationRecord.call_id == BatchItem.call_id,
                                          EvaluationRecord.scorecard_version_id == batch.scorecard_version_id))
        .where(BatchItem.batch_id == batch.id)
    )
    backwards = before is not None and after is None
    if backwards:
        query = query.where(BatchItem.id < before).order_by(BatchItem.id.desc())
    else:
        if after is not None:
            query = query.where(BatchItem.id > after)
        query = query.order_by(BatchItem.id)
    rows = session.execute(query.limit(page_size + 1)).all()
    more = len(rows) > page_size  # another page beyond this one, in the direction read
    rows = rows[:page_size]
    if backwards:
        rows.reverse()
    if backwards and not rows:  # before the first item: the first page
        return _items(session, batch, after=None, before=None, page_size=page_size)
    first_id, last_id = (rows[0][0].id, rows[-1][0].id) if rows else (None, None)
    earlier = 0 if first_id is None else session.scalar(
        select(func.count()).select_from(BatchItem).where(BatchItem.batch_id == batch.id, BatchItem.id < first_id))
    has_prev = bool(earlier)
    has_next = more if not backwards else (last_id is not None and session.scalar(
        select(BatchItem.id).where(BatchItem.batch_id == batch.id, BatchItem.id > last_id).limit(1)) is not None)
    page = {
        "first": earlier + 1 if rows else 0,
        "last": earlier + len(rows),
        "total": batch.total,
        "size": page_size,
        "next_after": last_id if has_next else None,
        "prev_before": first_id if has_prev else None,
    }
    out = []
    for item, call_id, evaluation_id, score, passed in rows:
        shown = _failure(item) if item.status in ("failed", "skipped") else {"file": _name(item), "reason": ""}
        out.append({
            "id": item.id, "file": shown["file"], "status": item.status, "reason": shown["reason"],
            "call": item.call_id, "call_id": call_id, "evaluation": evaluation_id,
            "score": None if score is None else round(float(score), 1), "passed": passed,
            "retry": item.status == "failed" and item.call_id is not None,
        })
    return out, page


def _name(item: BatchItem) -> str:
    return Path(item.source).name if item.source else (item.call.call_id if item.call else f"item #{item.id}")


def _failure(item: BatchItem) -> dict[str, str]:
    name = _name(item)
    reason = item.error or ("failed" if item.status == "failed" else "")
    # reasons usually start with the file's path or name; the list shows the name already
    for prefix in (item.source, name):
        if prefix and reason.startswith(prefix + ": "):
            reason = reason[len(prefix) + 2:]
            break
    return {"file": name, "reason": reason}
