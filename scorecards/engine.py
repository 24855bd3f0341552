"""The scoring engine: run each criterion's detector on a call and add up the
points.

Each criterion ends ``pass``, ``fail`` or ``na``. A pass earns the
criterion's weight; N/A criteria leave the denominator; an auto-fail
criterion that fails makes the call fail with score 0 whatever the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from nlp.context import CallContext
from scorecards.coaching import coaching_for
from nlp.metrics import call_metrics
from nlp.registry import get_registry
from nlp.result import Evidence
from scorecards.schema import Scorecard
from transcription.call import Call
from transcription.errors import DetectorError, QAError


@dataclass(frozen=True)
class CriterionResult:
    id: str
    label: str
    section: str
    outcome: str  # "pass", "fail" or "na"
    points: float
    max_points: float  # the weight, or 0 when N/A
    auto_fail: bool
    explanation: str
    evidence: tuple[Evidence, ...] = ()
    coaching: str = ""  # the coaching tip in the call's own words (scorecards.coaching), on failed criteria only
    detector: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "section": self.section,
            "detector": self.detector,
            "outcome": self.outcome,
            "points": self.points,
            "max_points": self.max_points,
            "auto_fail": self.auto_fail,
            "evidence": [e.to_dict() for e in self.evidence],
            "explanation": self.explanation,
            "coaching": self.coaching,
            "details": self.details,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "CriterionResult":
        """The inverse of :meth:`to_dict` (a stored evaluation's criterion)."""
        return cls(
            id=data["id"], label=data.get("label", data["id"]), section=data.get("section", ""),
            outcome=data["outcome"], points=float(data["points"]), max_points=float(data["max_points"]),
            auto_fail=bool(data.get("auto_fail", False)), explanation=data.get("explanation", ""),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence") or ()),
            coaching=data.get("coaching", ""), detector=data.get("detector", ""),
            details=dict(data.get("details") or {}),
        )


@dataclass(frozen=True)
class SectionResult:
    id: str
    label: str
    points: float
    max_points: float
    score: float | None  # 0-100, None when every criterion was N/A

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "points": self.points,
                "max_points": self.max_points, "score": self.score}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SectionResult":
        """The inverse of :meth:`to_dict`."""
        return cls(data["id"], data.get("label", data["id"]), float(data["points"]), float(data["max_points"]),
                   None if data.get("score") is None else float(data["score"]))


@dataclass(frozen=True)
class Evaluation:
    call_id: str
    scorecard: dict[str, Any]  # {"id", "version", "hash"}
    score: float  # 0-100
    passed: bool
    auto_failed: bool
    sections: tuple[SectionResult, ...]
    criteria: tuple[CriterionResult, ...]
    metrics: dict[str, Any]
    # which spaCy pipeline and which embedding model scored the call: {"spacy": "blank:en", "embeddings": "none"}
    models: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "call_id": self.call_id,
            "scorecard": dict(self.scorecard),
            "score": self.score,
            "passed": self.passed,
            "auto_failed": self.auto_failed,
            "sections": [s.to_dict() for s in self.sections],
            "criteria": [c.to_dict() for c in self.criteria],
            "metrics": self.metrics,
            "models": dict(self.models),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Evaluation":
        """The inverse of :meth:`to_dict`: a stored evaluation as the engine's typed object.

        Evaluations stored before a field existed get its empty value (``models``: ``{}``).
        """
        return cls(
            call_id=data["call_id"], scorecard=dict(data.get("scorecard") or {}), score=float(data["score"]),
            passed=bool(data["passed"]), auto_failed=bool(data.get("auto_failed", False)),
            sections=tuple(SectionResult.from_dict(s) for s in data.get("sections") or ()),
            criteria=tuple(CriterionResult.from_dict(c) for c in data.get("criteria") or ()),
            metrics=dict(data.get("metrics") or {}), models=dict(data.get("models") or {}),
        )


def _points(outcome: str, weight: float) -> tuple[float, float]:
    if outcome == "pass":
        return weight, weight
    if outcome == "fail":
        return 0.0, weight
    return 0.0, 0.0


def totals(scorecard: Scorecard, outcomes: Mapping[str, str]) -> dict[str, Any]:
    """Score, pass/fail, auto-fail and section subtotals from each criterion's outcome.

    ``outcomes`` maps criterion id -> "pass" | "fail" | "na". Used by the
    engine and again whenever a human overrides an outcome.
    """
    sections = []
    earned = possible = 0.0
    auto_failed = False
    for s in scorecard.sections:
        s_earned = s_possible = 0.0
        for c in s.criteria:
            outcome = outcomes.get(c.id, "na")
            if outcome not in ("pass", "fail", "na"):
                raise QAError(f"criterion {c.id!r}: outcome must be pass, fail or na, got {outcome!r}")
            pts, mx = _points(outcome, c.weight)
            s_earned += pts
            s_possible += mx
            auto_failed |= c.auto_fail and outcome == "fail"
        sections.append(SectionResult(s.id, s.label, round(s_earned, 4), round(s_possible, 4),
                                      round(100 * s_earned / s_possible, 2) if s_possible else None))
        earned += s_earned
        possible += s_possible
    score = 0.0 if auto_failed else (round(100 * earned / possible, 2) if possible else 100.0)
    return {
        "score": score,
        "passed": (not auto_failed) and score >= scorecard.pass_mark,
        "auto_failed": auto_failed,
        "sections": tuple(sections),
    }


def rescore_outcomes(scorecard: Scorecard, criteria: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Recompute an evaluation's totals after outcomes changed (overrides, accepted disputes).

    ``criteria`` are criterion dicts with at least ``id`` and ``outcome``; returns
    ``{"score", "passed", "auto_failed", "sections": [...], "criteria": [...]}`` with
    each criterion's points and max_points updated.
    """
    crits = [dict(c) for c in criteria]
    weights = {c.id: c.weight for c in scorecard.criteria}
    for c in crits:
        if c["id"] in weights:
            c["points"], c["max_points"] = _points(c["outcome"], weights[c["id"]])
    t = totals(scorecard, {c["id"]: c["outcome"] for c in crits})
    return {"score": t["score"], "passed": t["passed"], "auto_failed": t["auto_failed"],
            "sections": [s.to_dict() for s in t["sections"]], "criteria": crits}


def score_call(call: Call, scorecard: Scorecard, *, ctx: CallContext | None = None) -> Evaluation:
    """Score ``call`` against ``scorecard``: every criterion with its outcome, points,
    evidence and explanation, the totals, and the call's metrics."""
    ctx = ctx or CallContext(call)
    registry = get_registry()
    results = []
    metrics: dict[str, Any] = call_metrics(ctx)
    for c in scorecard.criteria:
        spec = registry.resolve(c.detector)
        try:
            r = spec.func(ctx, c.resolved_params)
        except QAError:
            raise
        except Exception as e:  # a detector bug must name itself, not take the batch down silently
            raise DetectorError(
                f"detector {spec.name} failed on call {call.call_id!r} (criterion {c.id!r}): "
                f"{type(e).__name__}: {e}; please report this with the call file"
            ) from e
        pts, mx = _points(r.outcome, c.weight)
        metrics.update(r.metrics)
        results.append(CriterionResult(
            id=c.id, label=c.label, section=c.section, outcome=r.outcome, points=pts, max_points=mx,
            auto_fail=c.auto_fail, explanation=r.explanation, evidence=r.evidence,
            coaching=coaching_for(c.coaching, r.evidence, r.details, call) if r.outcome == "fail" else "",
            detector=spec.name, details=r.details,
        ))
    t = totals(scorecard, {r.id: r.outcome for r in results})
    return Evaluation(
        call_id=call.call_id, scorecard=scorecard.ref(), score=t["score"], passed=t["passed"],
        auto_failed=t["auto_failed"], sections=t["sections"], criteria=tuple(results), metrics=metrics,
        models=ctx.models(),
    )
