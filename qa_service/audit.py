"""The audit log: who did what to which row, and when. The only writer of
:class:`~qa_service.db.models.AuditEntry` rows; every service that changes
something a person is accountable for records it here."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from qa_service.db.models import AuditEntry, User

__all__ = ["record"]


def record(
    session: Session,
    action: str,
    *,
    user: User | None = None,
    target: Any = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append ``action`` ("evaluation.override") by ``user`` on ``target`` (a row) to the log."""
    entry = AuditEntry(
        user_id=user.id if user is not None else None,
        action=action,
        target_type=getattr(target, "__tablename__", None) if target is not None else None,
        target_id=str(target.id) if target is not None and getattr(target, "id", None) is not None else None,
        details=details or {},
    )
    session.add(entry)
    return entry
