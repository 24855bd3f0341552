"""What the review page shows about one call: the transcript with each
criterion's evidence marked, the reviewed evaluation, the speakers' overlaps
as they were scored, the call's metrics, notes, disputes and the phrases the
detectors suggest instead. Reads only; the actions are in
:mod:`qa_service.reviews`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from qa_service.db.models import CallRecord, CoachingNote, Dispute, EvaluationRecord
from qa_service.evaluation_view import ReviewedEvaluation, reviewed
from scorecards import coaching

__all__ = ["ReviewData", "clock", "clock_times", "criterion_label", "mark_segments", "review_data", "suggestion_of"]

# a moment of the call written in seconds in a detector's words ("at 38.3 s", "from 18.6 s")
_MOMENT = re.compile(r"\b(at|from|until|to) (\d+(?:\.\d+)?) ?s\b")
# "try: ..." notes on evidence carry a suggested alternative phrase
_TRY = re.compile(r"^\s*try:\s*", re.IGNORECASE)


def clock(seconds: float) -> str:
    """Seconds as the page's one time format: m:ss, h:mm:ss from an hour (the coaching tips' too)."""
    return coaching.clock(seconds)


def clock_times(text: str | None) -> str:
    """``text`` (a detector's explanation or evidence note) with the moments it gives in seconds ("first at
    38.3 s", "hold from 18.6 s") written as m:ss, like every other time on the page; lengths ("25 s hold",
    "1.5 s of overlap") stay in seconds."""
    return _MOMENT.sub(lambda m: f"{m.group(1)} {clock(float(m.group(2)))}", text or "")


def suggestion_of(note: str | None) -> str | None:
    """The suggested alternative in an evidence note ("try: ..."), else None."""
    if not note or not _TRY.match(note):
        return None
    return _TRY.sub("", note).strip().strip('"').strip()


def criterion_label(evaluation: EvaluationRecord, criterion_id: str) -> str:
    """The label criterion ``criterion_id`` has in ``evaluation`` (its id when the evaluation has no such
    criterion), for messages and lists that name a criterion."""
    for c in (evaluation.result or {}).get("criteria") or ():
        if c.get("id") == criterion_id:
            return str(c.get("label") or criterion_id)
    return criterion_id


def mark_segments(text: str, phrases: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """``text`` cut into plain and marked pieces; ``phrases`` are (phrase, criterion id) to mark.

    Phrases are found case-insensitively; overlapping marks merge, keeping every criterion id.
    """
    spans: list[tuple[int, int, str]] = []
    low = text.lower()
    for phrase, criterion in phrases:
        needle = phrase.strip().lower()
        if not needle:
            continue
        at = low.find(needle)
        if at >= 0:
            spans.append((at, at + len(needle), criterion))
    spans.sort()
    merged: list[list[Any]] = []
    for s, e, c in spans:
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
            if c not in merged[-1][2]:
                merged[-1][2].append(c)
        else:
            merged.append([s, e, [c]])
    out: list[dict[str, Any]] = []
    pos = 0
    for s, e, cs in merged:
        if s > pos:
            out.append({"text": text[pos:s], "criteria": []})
        out.append({"text": text[s:e], "criteria": cs})
        pos = e
    if pos < len(text):
        out.append({"text": text[pos:], "criteria": []})
    return out


@dataclass
class ReviewData:
    """Everything the review page shows about one call and one of its evaluations."""

    record: CallRecord
    evaluation: EvaluationRecord | None
    view: ReviewedEvaluation | None
    # every evaluation of the call, oldest first (the version switcher)
    history: list[EvaluationRecord]
    # transcript utterances with index, speaker, times, text pieces (marked evidence) and criteria
    utterances: list[dict[str, Any]]
    duration: float
    metrics: dict[str, Any]
    # the overlaps the interruptions detector found when it scored the call
    interruptions: list[dict[str, Any]]
    notes: list[CoachingNote]
    disputes: list[Dispute]
    # (criterion label, phrase said, suggested alternative) from "try:" evidence notes
    suggestions: list[tuple[str, str, str]] = field(default_factory=list)
    acknowledged_by: list[str] = field(default_factory=list)

    def disputes_of(self, criterion_id: str) -> list[Dispute]:
        """The disputes about one criterion, oldest first (shown on that criterion)."""
        return [d for d in self.disputes if d.criterion_id == criterion_id]

    @property
    def outcome_counts(self) -> dict[str, int]:
        """How many criteria ended pass, fail and N/A after review (the review summary's line)."""
        counts = {"pass": 0, "fail": 0, "na": 0}
        for c in self.view.criteria if self.view is not None else ():
            counts[c.outcome] = counts.get(c.outcome, 0) + 1
        return counts


def review_data(session: Session, record: CallRecord, evaluation: EvaluationRecord | None) -> ReviewData:
    """The transcript with evidence marked, the evaluation, metrics, notes and disputes of one call."""
    data = record.transcript.data if record.transcript is not None else {"utterances": []}
    view = reviewed(evaluation) if evaluation is not None else None
    marks: dict[int, list[tuple[str, str]]] = {}
    suggestions: list[tuple[str, str, str]] = []
    for criterion in view.criteria if view is not None else ():
        for ev in criterion.result.evidence:
            if ev.utterance >= 0:
                marks.setdefault(ev.utterance, []).append((ev.text, criterion.id))
            tip = suggestion_of(ev.note)
            if tip:
                suggestions.append((criterion.label, ev.text, tip))
    utterances = []
    for i, u in enumerate(data.get("utterances", [])):
        text = u.get("text", "")
        phrases = marks.get(i, [])
        # evidence that is (nearly) the whole line marks the line, not its words, so the
        # phrases other criteria flagged inside it stay distinct
        whole = len(text.strip()) * 0.9
        parts = [(p, c) for p, c in phrases if len(p.strip()) < whole]
        utterances.append({
            "index": i,
            "speaker": u.get("speaker", "unknown"),
            "start": float(u.get("start", 0.0)),
            "end": float(u.get("end", 0.0)),
            "segments": mark_segments(text, parts),
            "criteria": sorted({c for _, c in phrases}),
            "line_criteria": sorted({c for p, c in phrases if len(p.strip()) >= whole}),
        })
    metrics = dict(view.metrics) if view is not None else {}
    duration = float(metrics.get("duration") or record.duration or (utterances[-1]["end"] if utterances else 0.0))
    # notes of this evaluation, and the ones pinned to the call without one
    notes_of = CoachingNote.evaluation_id.is_(None)
    if evaluation is not None:
        notes_of = or_(notes_of, CoachingNote.evaluation_id == evaluation.id)
    notes = list(session.scalars(
        select(CoachingNote).where(CoachingNote.call_id == record.id, notes_of)
        .options(selectinload(CoachingNote.author)).order_by(CoachingNote.time_seconds, CoachingNote.id)
    ))
    return ReviewData(
        record=record, evaluation=evaluation, view=view, history=list(record.evaluations), utterances=utterances,
        duration=duration, metrics=metrics, interruptions=view.overlap_events if view is not None else [],
        notes=notes, disputes=list(evaluation.disputes) if evaluation is not None else [],
        suggestions=suggestions,
        acknowledged_by=[a.user.username for a in evaluation.acknowledgements] if evaluation is not None else [],
    )
