"""Deleting calls and keeping data only as long as the retention policy says.

:func:`delete_call` removes one call and everything about it (recording file, transcript,
evaluations with their criterion results, overrides, acknowledgements and disputes, coaching
notes, batch items, golden-call expectations) and writes an audit entry that keeps no content:
the call's id, who, when and how many rows of each kind went.

:func:`run_retention` applies the policy (days per kind of data, ``QA_RETENTION_*_DAYS``; 0 keeps
that kind for ever), measured from the call's date (``dated_at``: when it started, else when it
arrived):

* recordings: the audio file is deleted (when it lies in ``data_dir``; a file elsewhere, such as
  the folder a batch was read from, is only forgotten) and the call keeps its transcript;
* transcripts: the transcript row is deleted (evaluations keep their evidence quotes until
  they expire themselves);
* evaluations: the evaluations with their reviews, and the call's coaching notes, are deleted.

A call left with none of the three is deleted. The Celery task ``qa.retention`` runs it
periodically (a worker started with ``--beat``); ``qa-service retention run [--dry-run]`` runs
it once. This module is the only place calls are deleted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from qa_service import audit, calls, weekly_summary
from qa_service.config import Settings
from qa_service.db.models import (
    Acknowledgement,
    BatchItem,
    CallRecord,
    CoachingNote,
    CriterionResultRecord,
    Dispute,
    EvaluationRecord,
    GoldenCall,
    Override,
    Transcript,
    User,
    utcnow,
)
from qa_service.errors import Invalid

__all__ = ["RetentionResult", "delete_call", "deletion_counts", "run_retention"]

log = logging.getLogger(__name__)

# calls handled per transaction step of a retention run
CHUNK = 500
KINDS: tuple[str, ...] = ("recordings", "transcripts", "evaluations")


def _owned_file(settings: Settings, path: str | None) -> Path | None:
    """``path`` when it is a file inside ``data_dir`` (this service stored it), else None."""
    if not path:
        return None
    p = Path(path)
    try:
        return p if settings.data_path.resolve() in p.resolve().parents and p.is_file() else None
    except OSError:
        return None


def _remove_recording(settings: Settings, record: CallRecord) -> bool:
    """Delete the call's audio file when this service stored it; returns whether a file was deleted."""
    owned = _owned_file(settings, record.audio_path)
    if owned is None:
        return False
    try:
        owned.unlink()
        return True
    except OSError as e:
        log.warning("recording of call #%s could not be deleted (%s): %s", record.id, owned, e)
        return False


def deletion_counts(session: Session, record: CallRecord) -> dict[str, int]:
    """How many rows of each kind deleting ``record`` removes (what the confirm step shows)."""
    ev_ids = select(EvaluationRecord.id).where(EvaluationRecord.call_id == record.id)

    def count(model: Any, *where: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

    return {
        "recordings": 1 if record.audio_path else 0,
        "transcripts": 1 if record.transcript is not None else 0,
        "evaluations": count(EvaluationRecord, EvaluationRecord.call_id == record.id),
        "criterion_results": count(CriterionResultRecord, CriterionResultRecord.evaluation_id.in_(ev_ids)),
        "overrides": count(Override, Override.evaluation_id.in_(ev_ids)),
        "acknowledgements": count(Acknowledgement, Acknowledgement.evaluation_id.in_(ev_ids)),
        "disputes": count(Dispute, Dispute.evaluation_id.in_(ev_ids)),
        "notes": count(CoachingNote, CoachingNote.call_id == record.id),
    }


def delete_call(session: Session, record: CallRecord, *, settings: Settings, user: User | None = None,
                via: str = "web") -> dict[str, int]:
    """Delete ``record`` and everything about it; returns the counts recorded in the audit log.

    Only admins delete calls (the views and the CLI check the role; here ``user``, when given, must
    be one). The audit entry ``call.delete`` holds the call's database id, who, when and the
    counts: nothing said in the call, not even its file name.
    """
    if user is not None and user.role != "admin":
        raise Invalid(f"only admins delete calls; {user.username} is {user.role}")
    counts = deletion_counts(session, record)
    counts["recording_files"] = 1 if _remove_recording(settings, record) else 0
    call_pk = record.id
    _delete_rows(session, [call_pk])
    audit.record(session, "call.delete", user=user, details={"call": call_pk, "via": via, **counts})
    session.flush()
    log.info("call #%s deleted (%s)", call_pk, via)
    return counts


def _delete_rows(session: Session, call_pks: list[int]) -> None:
    """Delete calls and every row that hangs off them, in dependency order (no ORM cascade needed,
    so a retention run over thousands of calls does not load them)."""
    if not call_pks:
        return
    ev_ids = select(EvaluationRecord.id).where(EvaluationRecord.call_id.in_(call_pks))
    _delete_evaluations(session, ev_ids)
    session.execute(delete(CoachingNote).where(CoachingNote.call_id.in_(call_pks)))
    session.execute(delete(Transcript).where(Transcript.call_id.in_(call_pks)))
    session.execute(delete(BatchItem).where(BatchItem.call_id.in_(call_pks)))
    session.execute(delete(GoldenCall).where(GoldenCall.call_id.in_(call_pks)))
    session.execute(delete(CallRecord).where(CallRecord.id.in_(call_pks)))
    session.expire_all()


def _delete_evaluations(session: Session, ev_ids: Any) -> None:
    ids = list(session.scalars(ev_ids))
    if not ids:
        return
    weekly_summary.touch(session, evaluation_ids=ids)
    # rows that were carried from these (re-scoring) keep their own content: the database sets their
    # carried_from_id to NULL (ON DELETE SET NULL)
    session.execute(delete(CoachingNote).where(CoachingNote.evaluation_id.in_(ids)))
    for model in (CriterionResultRecord, Override, Acknowledgement, Dispute):
        session.execute(delete(model).where(model.evaluation_id.in_(ids)))
    session.execute(delete(EvaluationRecord).where(EvaluationRecord.id.in_(ids)))


@dataclass
class RetentionResult:
    dry_run: bool
    # cut-off per kind (None: kept for ever)
    cutoffs: dict[str, datetime | None]
    # calls whose data of each kind went (or would go)
    recordings: list[int] = field(default_factory=list)
    transcripts: list[int] = field(default_factory=list)
    evaluations: list[int] = field(default_factory=list)
    # calls deleted because nothing was left of them
    calls: list[int] = field(default_factory=list)
    recording_files: int = 0

    def counts(self) -> dict[str, int]:
        return {"recordings": len(self.recordings), "transcripts": len(self.transcripts),
                "evaluations": len(self.evaluations), "calls": len(self.calls),
                "recording_files": self.recording_files}

    def summary(self) -> str:
        verb = "would remove" if self.dry_run else "removed"
        kept = [k for k, c in self.cutoffs.items() if c is None]
        parts = [f"{len(getattr(self, k))} call(s)' {k}" for k in KINDS if self.cutoffs.get(k) is not None]
        text = f"retention {verb}: " + (", ".join(parts) if parts else "nothing (no retention days set)")
        if self.calls:
            text += f"; {len(self.calls)} call(s) with nothing left deleted" if not self.dry_run else \
                f"; {len(self.calls)} call(s) would be left with nothing and deleted"
        if kept:
            text += f" (kept for ever: {', '.join(kept)})"
        return text


def cutoffs(settings: Settings, now: datetime | None = None) -> dict[str, datetime | None]:
    """The date before which each kind of data goes (None: kept for ever)."""
    now = now or utcnow()
    out: dict[str, datetime | None] = {}
    for kind in KINDS:
        days = getattr(settings, f"retention_{kind}_days")
        if days < 0:
            raise Invalid(f"retention_{kind}_days (QA_RETENTION_{kind.upper()}_DAYS) is {days}; use 0 (keep for "
                          "ever) or a number of days")
        out[kind] = now - timedelta(days=days) if days else None
    return out


def run_retention(session: Session, settings: Settings, *, dry_run: bool = False,
                  now: datetime | None = None) -> RetentionResult:
    """Apply the retention policy once; with ``dry_run`` only list what would go. The caller commits."""
    result = RetentionResult(dry_run=dry_run, cutoffs=cutoffs(settings, now))
    cut = result.cutoffs
    if cut["recordings"] is not None:
        rows = session.execute(select(CallRecord.id, CallRecord.audio_path)
                               .where(CallRecord.audio_path.is_not(None), CallRecord.dated_at < cut["recordings"])
                               .order_by(CallRecord.id)).all()
        result.recordings = [r.id for r in rows]
        if not dry_run:
            for r in rows:
                owned = _owned_file(settings, r.audio_path)
                if owned is not None:
                    try:
                        owned.unlink()
                        result.recording_files += 1
                    except OSError as e:
                        log.warning("retention: recording of call #%s could not be deleted: %s", r.id, e)
            for i in range(0, len(rows), CHUNK):
                ids = [r.id for r in rows[i:i + CHUNK]]
                calls.forget_recordings(session, ids)
    if cut["transcripts"] is not None:
        result.transcripts = list(session.scalars(
            select(Transcript.call_id).join(CallRecord, CallRecord.id == Transcript.call_id)
            .where(CallRecord.dated_at < cut["transcripts"]).order_by(Transcript.call_id)))
        if not dry_run:
            for i in range(0, len(result.transcripts), CHUNK):
                session.execute(delete(Transcript).where(Transcript.call_id.in_(result.transcripts[i:i + CHUNK])))
    if cut["evaluations"] is not None:
        result.evaluations = list(session.scalars(
            select(CallRecord.id).where(CallRecord.dated_at < cut["evaluations"], or_(
                CallRecord.id.in_(select(EvaluationRecord.call_id)),
                CallRecord.id.in_(select(CoachingNote.call_id)))).order_by(CallRecord.id)))
        if not dry_run:
            for i in range(0, len(result.evaluations), CHUNK):
                ids = result.evaluations[i:i + CHUNK]
                _delete_evaluations(session, select(EvaluationRecord.id).where(EvaluationRecord.call_id.in_(ids)))
                session.execute(delete(CoachingNote).where(CoachingNote.call_id.in_(ids)))
    touched = sorted(set(result.recordings) | set(result.transcripts) | set(result.evaluations))
    result.calls = _emptied(session, touched, result) if touched else []
    if not dry_run:
        for i in range(0, len(result.calls), CHUNK):
            _delete_rows(session, result.calls[i:i + CHUNK])
        if touched:
            audit.record(session, "retention.run", details={
                **result.counts(), **{f"{k}_before": (c.isoformat() if c else None) for k, c in cut.items()}})
        session.flush()
        session.expire_all()
    return result


def _emptied(session: Session, ids: list[int], result: RetentionResult) -> list[int]:
    """Calls among ``ids`` left with no recording, transcript or evaluation (after ``result``)."""
    gone_audio, gone_text, gone_eval = set(result.recordings), set(result.transcripts), set(result.evaluations)
    out = []
    for i in range(0, len(ids), CHUNK):
        part = ids[i:i + CHUNK]
        rows = session.execute(select(CallRecord.id, CallRecord.audio_path).where(CallRecord.id.in_(part))).all()
        with_text = set(session.scalars(select(Transcript.call_id).where(Transcript.call_id.in_(part))))
        with_eval = set(session.scalars(select(EvaluationRecord.call_id).where(EvaluationRecord.call_id.in_(part))))
        for r in rows:
            has_audio = r.audio_path is not None and r.id not in gone_audio
            has_text = r.id in with_text and r.id not in gone_text
            has_eval = r.id in with_eval and r.id not in gone_eval
            if not (has_audio or has_text or has_eval):
                out.append(r.id)
    return out
