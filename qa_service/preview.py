"""Preview: a scorecard draft scored on stored calls, next to the published version.

Reads only; nothing is stored. The published version's stored evaluation of
each call is used (its automatic outcomes, before human overrides: a draft
is compared with the detectors, not with trainers), or the call is scored
with that version now when none is stored.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from qa_service.calls import load_call
from qa_service.db.models import CallRecord, EvaluationRecord, ScorecardVersion, Transcript
from qa_service.errors import Invalid
from qa_service.scorecard_versions import latest_version, scorecard_for_version
from scorecards.engine import Evaluation, score_call
from scorecards.schema import Scorecard
from transcription.errors import QAError

__all__ = [
    "MAX_PREVIEW_CALLS",
    "CallPreview",
    "CriterionChange",
    "CriterionComparison",
    "Preview",
    "preview",
    "preview_calls",
]

# the most stored calls one preview scores (each takes a detector run)
MAX_PREVIEW_CALLS = 50


@dataclass(frozen=True)
class CriterionComparison:
    """One criterion on one call: what the published version said and what the draft says."""

    criterion: str  # criterion id
    label: str
    old_outcome: str | None  # None: the criterion is new in the draft
    new_outcome: str | None  # None: the draft removed the criterion
    old_points: float | None
    new_points: float | None
    explanation: str  # the draft's explanation (the published one's when removed)

    @property
    def status(self) -> str:
        """``same``, ``changed``, ``added`` or ``removed``."""
        if self.old_outcome is None:
            return "added"
        if self.new_outcome is None:
            return "removed"
        return "same" if self.old_outcome == self.new_outcome else "changed"


@dataclass(frozen=True)
class CallPreview:
    """The draft against the published version on one stored call."""

    call: int  # calls.id
    call_id: str  # the caller's id
    agent: str | None
    old_score: float | None  # None when there is no published version
    new_score: float
    old_passed: bool | None
    new_passed: bool
    criteria: tuple[CriterionComparison, ...]
    old_source: str  # "stored" (the stored evaluation), "scored" (scored now) or "none"

    @property
    def changed(self) -> int:
        return sum(1 for c in self.criteria if c.status != "same")


@dataclass(frozen=True)
class CriterionChange:
    """One criterion over all previewed calls: how often its outcome changes."""

    criterion: str
    label: str
    status: str  # "added", "removed" or "kept"
    calls: int  # calls compared
    changed: int  # calls where the outcome differs
    old_pass: int  # passes under the published version
    new_pass: int  # passes under the draft


@dataclass(frozen=True)
class Preview:
    """The result of :func:`preview`."""

    scorecard: str
    draft_version: int
    published_version: int | None
    calls: tuple[CallPreview, ...]
    criteria: tuple[CriterionChange, ...]
    errors: tuple[str, ...] = ()  # calls that could not be scored, with the reason

    def to_dict(self) -> dict[str, Any]:
        return {
            "scorecard": self.scorecard,
            "draft_version": self.draft_version,
            "published_version": self.published_version,
            "calls": [
                {
                    "call": c.call, "call_id": c.call_id, "agent": c.agent, "old_score": c.old_score,
                    "new_score": c.new_score, "old_passed": c.old_passed, "new_passed": c.new_passed,
                    "old_source": c.old_source, "changed": c.changed,
                    "criteria": [
                        {"criterion": x.criterion, "label": x.label, "status": x.status, "old_outcome": x.old_outcome,
                         "new_outcome": x.new_outcome, "old_points": x.old_points, "new_points": x.new_points,
                         "explanation": x.explanation}
                        for x in c.criteria
                    ],
                }
                for c in self.calls
            ],
            "criteria": [asdict(c) for c in self.criteria],
            "errors": list(self.errors),
        }


def preview_calls(session: Session, *, call_ids: Sequence[int] = (), last: int | None = None) -> list[CallRecord]:
    """The stored calls a preview runs on: the given ``calls.id`` values, or the ``last`` N with a transcript."""
    query = select(CallRecord).join(Transcript).options(selectinload(CallRecord.transcript),
                                                        selectinload(CallRecord.agent))
    if call_ids:
        records = session.scalars(query.where(CallRecord.id.in_(list(call_ids)))).all()
        found = {r.id for r in records}
        missing = [str(i) for i in call_ids if i not in found]
        if missing:
            raise Invalid(f"call(s) #{', #'.join(missing)} are not stored or have no transcript yet; pick stored calls")
        order = {cid: i for i, cid in enumerate(call_ids)}
        return sorted(records, key=lambda r: order[r.id])
    n = last or 10
    if n < 1 or n > MAX_PREVIEW_CALLS:
        raise Invalid(f"the number of calls to preview must be between 1 and {MAX_PREVIEW_CALLS}, not {n}")
    return list(session.scalars(query.order_by(CallRecord.created_at.desc(), CallRecord.id.desc()).limit(n)))


def _published(session: Session, record: CallRecord, version: ScorecardVersion | None) -> tuple[Evaluation | None, str]:
    """What the published version said about ``record`` (the engine's outcomes) and where that came from."""
    if version is None:
        return None, "none"
    stored = session.scalar(
        select(EvaluationRecord.result).where(
            EvaluationRecord.call_id == record.id, EvaluationRecord.scorecard_version_id == version.id
        )
    )
    if stored is not None:
        return Evaluation.from_dict(stored), "stored"
    return score_call(load_call(record), scorecard_for_version(version)), "scored"


def preview(
    session: Session,
    draft: Scorecard,
    *,
    call_ids: Sequence[int] = (),
    last: int | None = None,
) -> Preview:
    """Score ``draft`` on stored calls and compare it, criterion by criterion, with the published version
    (the newest stored version of the draft's scorecard id). A call that cannot be scored is listed in
    ``errors``."""
    published = latest_version(session, draft.id)
    records = preview_calls(session, call_ids=call_ids, last=last)
    calls: list[CallPreview] = []
    errors: list[str] = []
    for record in records:
        try:
            new = score_call(load_call(record), draft)
            old, old_source = _published(session, record, published)
        except QAError as e:
            errors.append(f"call {record.call_id} (#{record.id}): {e}")
            continue
        before = {c.id: c for c in old.criteria} if old is not None else {}
        comparisons = [
            CriterionComparison(
                criterion=c.id, label=c.label,
                old_outcome=before[c.id].outcome if c.id in before else None, new_outcome=c.outcome,
                old_points=before[c.id].points if c.id in before else None, new_points=c.points,
                explanation=c.explanation,
            )
            for c in new.criteria
        ]
        new_ids = {c.id for c in new.criteria}
        comparisons += [
            CriterionComparison(criterion=c.id, label=c.label, old_outcome=c.outcome, new_outcome=None,
                                old_points=c.points, new_points=None, explanation=c.explanation)
            for c in before.values() if c.id not in new_ids
        ]
        calls.append(CallPreview(
            call=record.id, call_id=record.call_id, agent=record.agent.external_id if record.agent else None,
            old_score=old.score if old is not None else None, new_score=new.score,
            old_passed=old.passed if old is not None else None, new_passed=new.passed,
            criteria=tuple(comparisons), old_source=old_source,
        ))
    return Preview(
        scorecard=draft.id, draft_version=draft.version,
        published_version=published.version if published is not None else None,
        calls=tuple(calls), criteria=tuple(_summarise(calls, draft)), errors=tuple(errors),
    )


def _summarise(calls: Iterable[CallPreview], draft: Scorecard) -> list[CriterionChange]:
    order: dict[str, int] = {c.id: i for i, c in enumerate(draft.criteria)}
    stats: dict[str, dict[str, Any]] = {}
    for call in calls:
        for c in call.criteria:
            s = stats.setdefault(c.criterion, {"label": c.label, "statuses": set(), "calls": 0, "changed": 0,
                                               "old_pass": 0, "new_pass": 0})
            s["statuses"].add(c.status)
            s["calls"] += 1
            s["changed"] += c.status != "same"
            s["old_pass"] += c.old_outcome == "pass"
            s["new_pass"] += c.new_outcome == "pass"
    out = []
    for cid, s in stats.items():
        status = "added" if s["statuses"] == {"added"} else "removed" if s["statuses"] == {"removed"} else "kept"
        out.append(CriterionChange(cid, s["label"], status, s["calls"], s["changed"], s["old_pass"], s["new_pass"]))
    return sorted(out, key=lambda c: (order.get(c.criterion, len(order)), c.criterion))
