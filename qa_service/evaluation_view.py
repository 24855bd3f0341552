"""A stored evaluation as one typed object: the engine's
:class:`scorecards.engine.Evaluation` (rebuilt with ``from_dict``) with the
human layer on top, the effective outcome of each criterion, its overrides
and where they were carried from.

Every reader of an evaluation (the review page, exports, the API, the
evaluation download) builds a :class:`ReviewedEvaluation` with
:func:`reviewed` and serialises it with :meth:`ReviewedEvaluation.to_dict`,
the one JSON shape of a whole evaluation; the CSV row is
:func:`qa_service.exports.csv_row`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from qa_service.db.models import EvaluationRecord, Override
from qa_service.scorecard_versions import scorecard_for_version
from scorecards.engine import CriterionResult, Evaluation, SectionResult, totals
from transcription.errors import QAError

__all__ = ["OverrideView", "ReviewedCriterion", "ReviewedEvaluation", "iso", "reviewed"]


def iso(value: datetime | None) -> str | None:
    """An aware ISO-8601 text (SQLite hands timestamps back without their zone; they are stored as UTC)."""
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).isoformat()


@dataclass(frozen=True)
class OverrideView:
    """One human change of a criterion's outcome."""

    criterion: str
    old_outcome: str
    new_outcome: str
    reason: str
    by: str | None  # username
    at: datetime
    carried_from_version: int | None  # the version whose review this override repeats
    by_name: str | None = None  # the person's display name (else their username), for pages

    def to_dict(self) -> dict[str, Any]:
        return {"criterion": self.criterion, "old_outcome": self.old_outcome, "new_outcome": self.new_outcome,
                "reason": self.reason, "by": self.by, "at": iso(self.at),
                "carried_from_version": self.carried_from_version}


@dataclass(frozen=True)
class ReviewedCriterion:
    """One criterion: what the engine said (``result``) and what holds after review."""

    result: CriterionResult
    outcome: str  # effective
    points: float
    max_points: float
    overridden: bool  # a person set an outcome other than the engine's
    carried_from_version: int | None  # the human outcome came from the review of this version
    needs_review: bool  # re-scored after review: the definition changed since a trainer looked
    overrides: tuple[OverrideView, ...]

    @property
    def id(self) -> str:
        return self.result.id

    @property
    def label(self) -> str:
        return self.result.label

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.result.to_dict(),
            "outcome": self.outcome, "points": self.points, "max_points": self.max_points,
            "auto_outcome": self.result.outcome, "auto_points": self.result.points,
            "overridden": self.overridden, "carried_from_version": self.carried_from_version,
            "needs_review": self.needs_review,
        }


@dataclass(frozen=True)
class ReviewedEvaluation:
    """A stored evaluation with its effective (human-reviewed) values."""

    id: int
    call_pk: int  # calls.id
    scorecard: str  # scorecard id
    version: int
    is_current: bool
    engine: Evaluation  # what the engine said, unchanged
    score: float
    passed: bool
    auto_failed: bool
    sections: tuple[SectionResult, ...]  # effective subtotals
    criteria: tuple[ReviewedCriterion, ...]
    review_state: str
    review_note: str | None  # what re-scoring did to the review
    created_at: datetime
    shared_at: datetime | None
    review_summary: str | None = None  # the trainer's overall summary of the review

    @property
    def auto_score(self) -> float:
        return self.engine.score

    @property
    def auto_passed(self) -> bool:
        return self.engine.passed

    @property
    def metrics(self) -> dict[str, Any]:
        return self.engine.metrics

    @property
    def models(self) -> dict[str, str]:
        """Which spaCy pipeline and embedding model scored the call."""
        return self.engine.models

    @property
    def labels(self) -> dict[str, str]:
        """Criterion id -> label, for naming criteria in notes, disputes and chips."""
        return {c.id: c.label for c in self.criteria}

    @property
    def overrides(self) -> tuple[OverrideView, ...]:
        return tuple(sorted((o for c in self.criteria for o in c.overrides), key=lambda o: o.at))

    @property
    def overlap_events(self) -> list[dict[str, Any]]:
        """The speakers' overlaps as the interruptions detector found them when it scored the call
        (with the scorecard's own settings); empty when the scorecard has no interruptions criterion."""
        for c in self.engine.criteria:
            events = c.details.get("events")
            if c.detector.startswith("interruptions") and isinstance(events, list):
                return events
        return []

    def criterion(self, criterion_id: str) -> ReviewedCriterion:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise QAError(f"evaluation #{self.id} has no criterion {criterion_id!r}")

    def to_dict(self) -> dict[str, Any]:
        """The whole evaluation as JSON data: the engine's fields (``models`` included) with the effective
        values, the automatic ones beside them, and the review (its overrides are
        :attr:`overrides`, serialised by :meth:`OverrideView.to_dict`)."""
        return {
            **self.engine.to_dict(),
            "id": self.id, "version": self.version, "is_current": self.is_current,
            "score": self.score, "passed": self.passed, "auto_failed": self.auto_failed,
            "auto_score": self.auto_score, "auto_passed": self.auto_passed,
            "sections": [s.to_dict() for s in self.sections],
            "criteria": [c.to_dict() for c in self.criteria],
            "review_state": self.review_state,
            # the trainer's summary once it was given to the agent (a draft stays on the review page)
            "review": {"state": self.review_state, "note": self.review_note, "shared_at": iso(self.shared_at),
                       "summary": self.review_summary if self.review_state == "shared" else None},
            "evaluated_at": iso(self.created_at),
        }


def _override(o: Override) -> OverrideView:
    carried = o.carried_from.evaluation.scorecard_version.version if o.carried_from is not None else None
    return OverrideView(o.criterion_id, o.old_outcome, o.new_outcome, o.reason,
                        o.user.username if o.user is not None else None, o.created_at, carried,
                        by_name=(o.user.display_name or o.user.username) if o.user is not None else None)


def reviewed(record: EvaluationRecord) -> ReviewedEvaluation:
    """The typed, reviewed view of a stored evaluation."""
    engine = Evaluation.from_dict(record.result)
    rows = {c.criterion_id: c for c in record.criteria}
    by_criterion: dict[str, list[OverrideView]] = {}
    for o in record.overrides:
        by_criterion.setdefault(o.criterion_id, []).append(_override(o))
    criteria = []
    for c in engine.criteria:
        row = rows.get(c.id)
        carried = row.carried_from.scorecard_version.version if row is not None and row.carried_from else None
        criteria.append(ReviewedCriterion(
            result=c,
            outcome=row.outcome if row is not None else c.outcome,
            points=row.points if row is not None else c.points,
            max_points=row.max_points if row is not None else c.max_points,
            overridden=bool(row.overridden) if row is not None else False,
            carried_from_version=carried,
            needs_review=bool(row.needs_review) if row is not None else False,
            overrides=tuple(by_criterion.get(c.id, ())),
        ))
    sections = engine.sections
    if any(c.outcome != c.result.outcome for c in criteria):
        try:
            sections = totals(scorecard_for_version(record.scorecard_version),
                              {c.id: c.outcome for c in criteria})["sections"]
        except QAError:
            # a version the current schema cannot read keeps the engine's subtotals
            pass
    version = record.scorecard_version
    return ReviewedEvaluation(
        id=record.id, call_pk=record.call_id, scorecard=version.scorecard.key, version=version.version,
        is_current=bool(record.is_current), engine=engine, score=record.score, passed=record.passed,
        auto_failed=record.auto_failed, sections=tuple(sections), criteria=tuple(criteria),
        review_state=record.review_state, review_note=record.review_note, created_at=record.created_at,
        shared_at=record.shared_at, review_summary=record.review_summary,
    )
