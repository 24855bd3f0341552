"""Golden calls: stored calls an author marked with the outcome each criterion should have, so
that a scorecard draft can be checked against them like a rubric's regression tests.

The only writer of :class:`GoldenCall` rows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from qa_service import audit
from qa_service.calls import load_call
from qa_service.db.models import CRITERION_OUTCOMES, CallRecord, GoldenCall, ScorecardRecord, User
from qa_service.errors import Invalid, NotFound
from qa_service.scorecard_versions import latest_version, scorecard_for_version, scorecard_record
from scorecards.engine import score_call
from scorecards.schema import Scorecard
from transcription.errors import QAError

__all__ = [
    "CriterionAgreement",
    "GoldenReport",
    "delete_golden",
    "get_golden",
    "golden_calls",
    "golden_check",
    "mark_golden",
    "percent",
]

# how outcomes read in sentences
OUTCOME_WORDS: dict[str, str] = {"pass": "Pass", "fail": "Fail", "na": "N/A"}


def percent(share: float) -> str:
    """A share (0-1) as a percentage rounded down to a tenth, so that just below a threshold never
    reads as the threshold itself (0.8996 is "89.9%", not "90%"); whole numbers without decimals."""
    tenths = math.floor(share * 1000 + 1e-9) / 10
    return f"{tenths:.1f}".removesuffix(".0") + "%"


@dataclass(frozen=True)
class CriterionAgreement:
    """How often the draft's outcome of one criterion matches the golden calls' expected outcome."""

    criterion: str
    label: str
    expected: int  # golden calls that state an outcome for this criterion
    matched: int
    # (call id, expected, got) for each mismatch
    mismatches: tuple[tuple[str, str, str], ...] = ()

    @property
    def agreement(self) -> float | None:
        return self.matched / self.expected if self.expected else None


@dataclass(frozen=True)
class GoldenReport:
    """The result of :func:`golden_check`."""

    scorecard: str
    calls: int  # golden calls checked
    criteria: tuple[CriterionAgreement, ...]
    errors: tuple[str, ...] = ()  # golden calls that could not be scored
    # expectations naming criteria the draft does not have (criterion -> golden calls)
    unknown: dict[str, int] = field(default_factory=dict)

    @property
    def expected(self) -> int:
        return sum(c.expected for c in self.criteria)

    @property
    def matched(self) -> int:
        return sum(c.matched for c in self.criteria)

    @property
    def agreement(self) -> float:
        """Share of all expected outcomes the draft matches; 1.0 when there is nothing to check."""
        return self.matched / self.expected if self.expected else 1.0

    def passes(self, threshold: float) -> bool:
        """True when the overall agreement and that of every criterion reach ``threshold`` and all calls scored."""
        return not self.errors and all(
            c.agreement is None or c.agreement >= threshold for c in self.criteria
        ) and self.agreement >= threshold

    def below(self, threshold: float) -> tuple[CriterionAgreement, ...]:
        """The criteria whose agreement is below ``threshold``."""
        return tuple(c for c in self.criteria if c.agreement is not None and c.agreement < threshold)

    def shortfalls(self, threshold: float) -> list[str]:
        """Why the draft does not pass, one sentence each: the overall agreement, each criterion below
        ``threshold`` with the golden calls it disagrees with, each golden call that could not be scored.
        Empty when it passes."""
        out = []
        if self.agreement < threshold:
            out.append(f"Overall: {self.matched} of {self.expected} expected outcomes agree ({percent(self.agreement)}), "
                       f"below the {percent(threshold)} threshold.")
        for c in self.below(threshold):
            calls = "; ".join(
                f"golden call {call_id} expects {OUTCOME_WORDS.get(want, want)}, the draft gives "
                f"{OUTCOME_WORDS.get(got, got)}" for call_id, want, got in c.mismatches
            )
            out.append(f"{c.label}: {c.matched} of {c.expected} golden call(s) agree ({percent(c.agreement or 0.0)}, "
                       f"below {percent(threshold)}): {calls}.")
        out.extend(f"Not scored: {e}" for e in self.errors)
        return out

    def verdict(self, threshold: float) -> str:
        """The badge beside the agreement: "passes" or what fell short, in a few words."""
        if self.passes(threshold):
            return f"passes the {percent(threshold)} threshold"
        parts = []
        weak = self.below(threshold)
        if weak:
            parts.append(", ".join(c.label for c in weak) + f" below {percent(threshold)}")
        elif self.agreement < threshold:
            parts.append(f"below {percent(threshold)} overall")
        if self.errors:
            parts.append(f"{len(self.errors)} golden call(s) not scored")
        return "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "scorecard": self.scorecard, "calls": self.calls, "expected": self.expected, "matched": self.matched,
            "agreement": self.agreement, "errors": list(self.errors), "unknown": dict(self.unknown),
            "criteria": [
                {"criterion": c.criterion, "label": c.label, "expected": c.expected, "matched": c.matched,
                 "agreement": c.agreement,
                 "mismatches": [{"call_id": m[0], "expected": m[1], "got": m[2]} for m in c.mismatches]}
                for c in self.criteria
            ],
        }


def golden_calls(session: Session, key: str) -> list[GoldenCall]:
    """The golden calls of scorecard ``key`` (none when the scorecard is not stored yet)."""
    return list(session.scalars(
        select(GoldenCall)
        .join(ScorecardRecord)
        .where(ScorecardRecord.key == key)
        .options(selectinload(GoldenCall.call).selectinload(CallRecord.transcript))
        .order_by(GoldenCall.created_at)
    ))


def get_golden(session: Session, key: str, golden_id: int) -> GoldenCall:
    """Golden call ``golden_id`` of scorecard ``key``; :class:`NotFound` when it is another scorecard's."""
    golden = session.get(GoldenCall, golden_id)
    if golden is None or golden.scorecard.key != key:
        raise NotFound(f"scorecard {key!r} has no golden call #{golden_id}")
    return golden


def golden_check(session: Session, draft: Scorecard) -> GoldenReport:
    """Score ``draft`` on every golden call of its scorecard and compare with the expected outcomes."""
    labels = {c.id: c.label for c in draft.criteria}
    expected = {cid: 0 for cid in labels}
    matched = {cid: 0 for cid in labels}
    mismatches: dict[str, list[tuple[str, str, str]]] = {cid: [] for cid in labels}
    unknown: dict[str, int] = {}
    errors: list[str] = []
    goldens = golden_calls(session, draft.id)
    for golden in goldens:
        record = golden.call
        try:
            result = score_call(load_call(record), draft)
        except QAError as e:
            errors.append(f"golden call {record.call_id} (#{record.id}): {e}")
            continue
        got = {c.id: c.outcome for c in result.criteria}
        for cid, want in (golden.expected or {}).items():
            if cid not in got:
                unknown[cid] = unknown.get(cid, 0) + 1
                continue
            expected[cid] += 1
            if got[cid] == want:
                matched[cid] += 1
            else:
                mismatches[cid].append((record.call_id, want, got[cid]))
    criteria = tuple(
        CriterionAgreement(cid, labels[cid], expected[cid], matched[cid], tuple(mismatches[cid])) for cid in labels
    )
    return GoldenReport(draft.id, len(goldens), criteria, tuple(errors), unknown)


def mark_golden(
    session: Session,
    record: CallRecord,
    key: str,
    expected: Mapping[str, str],
    *,
    author: User | None = None,
    note: str | None = None,
) -> GoldenCall:
    """Make ``record`` a golden call of scorecard ``key``; ``expected`` maps criterion ids to outcomes.

    Criteria left out (or given as empty) are not checked. The criterion ids
    must exist in the latest version. Marking a call again replaces its expectations.
    """
    row = scorecard_record(session, key)
    latest = latest_version(session, key)
    known = {c.id for c in scorecard_for_version(latest).criteria} if latest is not None else set()
    cleaned = {cid: outcome for cid, outcome in expected.items() if outcome}
    unknown = sorted(set(cleaned) - known)
    if unknown:
        raise Invalid(
            f"scorecard {key!r} v{latest.version if latest else '?'} has no criteria {', '.join(unknown)}; "
            f"criteria: {', '.join(sorted(known))}"
        )
    bad = {cid: o for cid, o in cleaned.items() if o not in CRITERION_OUTCOMES}
    if bad:
        raise Invalid(f"expected outcomes must be one of {', '.join(CRITERION_OUTCOMES)}; wrong: {bad}")
    if not cleaned:
        raise Invalid(f"give the expected outcome of at least one criterion of {key!r} for call {record.call_id}")
    if record.transcript is None:
        raise Invalid(f"call {record.call_id!r} has no transcript yet; only transcribed calls can be golden calls")
    golden = session.scalar(
        select(GoldenCall).where(GoldenCall.call_id == record.id, GoldenCall.scorecard_id == row.id)
    )
    if golden is None:
        golden = GoldenCall(call_id=record.id, scorecard_id=row.id, expected=dict(cleaned))
        session.add(golden)
    else:
        golden.expected = dict(cleaned)
    golden.author_id = author.id if author is not None else None
    golden.note = note
    session.flush()
    audit.record(session, "golden.set", user=author, target=golden, details={"expected": cleaned})
    return golden


def delete_golden(session: Session, golden: GoldenCall, *, user: User | None = None) -> None:
    """Stop using a golden call (audited)."""
    audit.record(session, "golden.delete", user=user, target=golden,
                 details={"call": golden.call.call_id, "expected": golden.expected})
    session.delete(golden)
    session.flush()
