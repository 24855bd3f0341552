"""Scorecard authoring: drafts, live preview, golden calls, publishing and diffs.

A *draft* is scorecard YAML (or the same data from the editor's form) that
is not stored yet. Everything here validates it with the same code as the
CLI (:func:`scorecards.schema.scorecard_from_dict`), so an author sees the
same :class:`ScorecardError` messages in the browser as in a terminal.

* :func:`parse_draft` turns YAML text or form data into a :class:`Scorecard`;
* :func:`preview` scores a draft on chosen stored calls and compares it,
  criterion by criterion, with what the published version said;
* :func:`golden_check` scores a draft on the golden calls (calls an author
  marked with the expected outcome of each criterion) and reports the
  agreement per criterion, like a rubric's regression tests;
* :func:`publish` stores the draft as a new immutable version, refusing it
  below the golden-call threshold unless an override reason is given
  (audited);
* :func:`diff_versions` compares any two versions (YAML unified diff and
  criterion-level changes);
* :func:`queue_rescore` queues stored calls to be scored with a version.
"""

from __future__ import annotations

import difflib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from qa_service import store
from qa_service.db.models import (
    CRITERION_OUTCOMES,
    Batch,
    CallRecord,
    Evaluation,
    GoldenCall,
    Scorecard as ScorecardRow,
    ScorecardVersion,
    Transcript,
    User,
)
from scorecards.schema import Scorecard, scorecard_from_dict, scorecard_from_yaml
from transcription.errors import QAError, ScorecardError

if TYPE_CHECKING:
    from qa_service.pipeline import Work

__all__ = [
    "DRAFT_SOURCE",
    "MAX_PREVIEW_CALLS",
    "CallPreview",
    "CriterionAgreement",
    "CriterionChange",
    "CriterionComparison",
    "GoldenReport",
    "Preview",
    "PublishBlocked",
    "VersionDiff",
    "delete_golden",
    "detector_catalogue",
    "diff_versions",
    "draft_to_yaml",
    "golden_check",
    "latest_version",
    "new_draft_yaml",
    "parse_draft",
    "preview",
    "publish",
    "queue_rescore",
    "scorecard_row",
]

# how drafts are named in error messages ("scorecard draft: criterion 'x': ...")
DRAFT_SOURCE = "scorecard draft"
# the most stored calls one preview scores (each takes a detector run)
MAX_PREVIEW_CALLS = 50


class PublishBlocked(QAError):
    """The draft disagrees with the golden calls more than the threshold allows."""

    def __init__(self, report: "GoldenReport", threshold: float) -> None:
        self.report = report
        self.threshold = threshold
        problems = []
        if report.agreement < threshold:
            problems.append(f"overall agreement {report.agreement:.0%}")
        weak = [f"{a.criterion} {a.agreement:.0%}" for a in report.criteria
                if a.agreement is not None and a.agreement < threshold]
        if weak:
            problems.append("criteria below it: " + ", ".join(weak))
        if report.errors:
            problems.append(f"{len(report.errors)} golden call(s) could not be scored")
        super().__init__(
            f"the draft does not pass the golden calls (at least {threshold:.0%} agreement overall and per "
            f"criterion; {report.matched} of {report.expected} expected outcomes match): {'; '.join(problems)}. "
            "Fix the criteria, correct the golden calls, or publish anyway with a reason (it is recorded in the "
            "audit log)"
        )


# --- drafts ---------------------------------------------------------------------------------


def parse_draft(*, yaml_text: str | None = None, data: Any = None, source: str = DRAFT_SOURCE) -> Scorecard:
    """Validate a draft given as YAML text or as data (the editor's form); returns the :class:`Scorecard`.

    Raises :class:`ScorecardError` with the same message the CLI prints for a file.
    """
    if yaml_text is not None:
        if not yaml_text.strip():
            raise ScorecardError(source, "is empty; write the scorecard YAML or use the form")
        return scorecard_from_yaml(yaml_text, source)
    if data is None:
        raise ScorecardError(source, "is empty; write the scorecard YAML or use the form")
    return scorecard_from_dict(data, source)


def draft_to_yaml(data: Any) -> str:
    """Draft data as YAML text, in the field order authors write (not validated).

    Text with line breaks (coaching tips, descriptions) is written as a
    ``|`` block, as people write it, not as a quoted string.
    """
    import yaml

    class _Dumper(yaml.SafeDumper):
        pass

    def text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        if "\n" in value:
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
        return dumper.represent_scalar("tag:yaml.org,2002:str", value)

    _Dumper.add_representer(str, text)
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def load_draft_yaml(text: str, source: str = DRAFT_SOURCE) -> Any:
    """YAML text as data without validating it as a scorecard (the editor's form view of the YAML)."""
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1} column {mark.column + 1}" if mark else ""
        raise ScorecardError(source, f"is not valid YAML{where}: {getattr(e, 'problem', e)}") from e


def detector_catalogue() -> list[dict[str, Any]]:
    """Every registered detector for the editor: name, label, description and parameters.

    Each parameter carries its JSON-schema ``type``, ``default``,
    ``description`` and, for lists of fixed choices, ``choices``.
    """
    from nlp.registry import get_registry

    out = []
    for spec in get_registry().specs():
        params = []
        for name, schema in spec.params.items():
            items = schema.get("items") or {}
            params.append({
                "name": name,
                "type": schema.get("type", "string"),
                "item_type": items.get("type"),
                "choices": items.get("enum") or schema.get("enum"),
                "default": schema.get("default"),
                "description": schema.get("description", ""),
                "minimum": schema.get("minimum"),
                "maximum": schema.get("maximum"),
                "required": name in spec.required,
            })
        out.append({"name": spec.name, "label": spec.label, "description": spec.description, "params": params})
    return out


def scorecard_row(session: Session, key: str) -> ScorecardRow:
    """The stored scorecard with id ``key``; a :class:`QAError` lists the stored ones when unknown."""
    row = session.scalar(select(ScorecardRow).where(ScorecardRow.key == key))
    if row is None:
        known = ", ".join(session.scalars(select(ScorecardRow.key).order_by(ScorecardRow.key))) or "(none yet)"
        raise QAError(f"no stored scorecard {key!r}; stored scorecards: {known}")
    return row


def latest_version(session: Session, key: str) -> ScorecardVersion | None:
    """The newest stored (published) version of scorecard ``key``, or None when it has none."""
    return session.scalar(
        select(ScorecardVersion)
        .join(ScorecardRow)
        .where(ScorecardRow.key == key)
        .order_by(ScorecardVersion.version.desc())
        .limit(1)
    )


def new_draft_yaml(session: Session, key: str | None = None) -> str:
    """YAML to start editing from: the latest version of ``key`` with its version raised, or a new scorecard."""
    if key is not None:
        version = latest_version(session, key)
        if version is not None:
            data = load_draft_yaml(version.yaml_text)
            data["version"] = _next_version(session, key)
            return draft_to_yaml(data)
    from nlp.registry import get_registry

    first = get_registry().specs()[0]
    return draft_to_yaml({
        "id": key or "new-scorecard",
        "name": "New scorecard",
        "version": 1,
        "description": "",
        "pass_mark": 80,
        "sections": [{
            "id": "opening",
            "label": "Opening",
            "criteria": [{
                "id": first.base_name.replace(".", "_"),
                "label": first.label,
                "detector": first.name,
                "params": {},
                "weight": 10,
                "auto_fail": False,
                "coaching": "",
            }],
        }],
    })


def _next_version(session: Session, key: str) -> int:
    latest = latest_version(session, key)
    return latest.version + 1 if latest is not None else 1


# --- preview -----------------------------------------------------------------------------------


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
    query = select(CallRecord).join(Transcript).options(selectinload(CallRecord.transcript), selectinload(CallRecord.agent))
    if call_ids:
        records = session.scalars(query.where(CallRecord.id.in_(list(call_ids)))).all()
        found = {r.id for r in records}
        missing = [str(i) for i in call_ids if i not in found]
        if missing:
            raise QAError(f"call(s) #{', #'.join(missing)} are not stored or have no transcript yet; pick stored calls")
        order = {cid: i for i, cid in enumerate(call_ids)}
        return sorted(records, key=lambda r: order[r.id])
    n = last or 10
    if n < 1 or n > MAX_PREVIEW_CALLS:
        raise QAError(f"the number of calls to preview must be between 1 and {MAX_PREVIEW_CALLS}, not {n}")
    return list(session.scalars(query.order_by(CallRecord.created_at.desc(), CallRecord.id.desc()).limit(n)))


def _published_outcomes(
    session: Session, record: CallRecord, version: ScorecardVersion | None
) -> tuple[dict[str, Any] | None, str]:
    """What the published version said about ``record``: the stored evaluation's automatic
    outcomes, or (not stored yet) a fresh score with that version."""
    if version is None:
        return None, "none"
    evaluation = session.scalar(
        select(Evaluation)
        .where(Evaluation.call_id == record.id, Evaluation.scorecard_version_id == version.id)
        .options(selectinload(Evaluation.criteria))
    )
    if evaluation is not None:
        # the machine's outcomes: a draft is compared with the detectors, not with human overrides
        return {
            "score": evaluation.auto_score,
            "passed": evaluation.auto_passed,
            "criteria": {c.criterion_id: (c.auto_outcome, c.auto_points) for c in evaluation.criteria},
            "explanations": {c["id"]: c.get("explanation", "") for c in evaluation.result.get("criteria", [])},
        }, "stored"
    from scorecards.engine import score_call

    result = score_call(store.load_call(record), store.scorecard_for_version(version)).to_dict()
    return {
        "score": result["score"],
        "passed": result["passed"],
        "criteria": {c["id"]: (c["outcome"], c["points"]) for c in result["criteria"]},
        "explanations": {c["id"]: c["explanation"] for c in result["criteria"]},
    }, "scored"


def preview(
    session: Session,
    draft: Scorecard,
    *,
    call_ids: Sequence[int] = (),
    last: int | None = None,
) -> Preview:
    """Score ``draft`` on stored calls and compare it, criterion by criterion, with the published version.

    The published version is the newest stored version of the draft's
    scorecard id; its stored evaluation of each call is used (the automatic
    outcomes, before human overrides), or the call is scored with it now when
    none is stored. A call that cannot be scored is listed in ``errors``.
    """
    from scorecards.engine import score_call

    published = latest_version(session, draft.id)
    records = preview_calls(session, call_ids=call_ids, last=last)
    old_labels: dict[str, str] = {}
    if published is not None:
        old_labels = {c.id: c.label for c in store.scorecard_for_version(published).criteria}
    calls: list[CallPreview] = []
    errors: list[str] = []
    for record in records:
        try:
            new = score_call(store.load_call(record), draft).to_dict()
            old, old_source = _published_outcomes(session, record, published)
        except QAError as e:
            errors.append(f"call {record.call_id} (#{record.id}): {e}")
            continue
        comparisons = []
        for c in new["criteria"]:
            before = old["criteria"].get(c["id"]) if old else None
            comparisons.append(CriterionComparison(
                criterion=c["id"], label=c["label"],
                old_outcome=before[0] if before else None, new_outcome=c["outcome"],
                old_points=before[1] if before else None, new_points=c["points"],
                explanation=c["explanation"],
            ))
        if old:
            new_ids = {c["id"] for c in new["criteria"]}
            for cid, (outcome, points) in old["criteria"].items():
                if cid not in new_ids:
                    comparisons.append(CriterionComparison(
                        criterion=cid, label=old_labels.get(cid, cid), old_outcome=outcome, new_outcome=None,
                        old_points=points, new_points=None, explanation=old["explanations"].get(cid, ""),
                    ))
        calls.append(CallPreview(
            call=record.id, call_id=record.call_id, agent=record.agent.external_id if record.agent else None,
            old_score=old["score"] if old else None, new_score=new["score"],
            old_passed=old["passed"] if old else None, new_passed=new["passed"],
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


# --- golden calls ------------------------------------------------------------------------------


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
        .join(ScorecardRow)
        .where(ScorecardRow.key == key)
        .options(selectinload(GoldenCall.call).selectinload(CallRecord.transcript))
        .order_by(GoldenCall.created_at)
    ))


def golden_check(session: Session, draft: Scorecard) -> GoldenReport:
    """Score ``draft`` on every golden call of its scorecard and compare with the expected outcomes."""
    from scorecards.engine import score_call

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
            result = score_call(store.load_call(record), draft).to_dict()
        except QAError as e:
            errors.append(f"golden call {record.call_id} (#{record.id}): {e}")
            continue
        got = {c["id"]: c["outcome"] for c in result["criteria"]}
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
    must exist in the latest version.
    """
    row = scorecard_row(session, key)
    latest = latest_version(session, key)
    known = {c.id for c in store.scorecard_for_version(latest).criteria} if latest is not None else set()
    cleaned = {cid: outcome for cid, outcome in expected.items() if outcome}
    unknown = sorted(set(cleaned) - known)
    if unknown:
        raise QAError(
            f"scorecard {key!r} v{latest.version if latest else '?'} has no criteria {', '.join(unknown)}; "
            f"criteria: {', '.join(sorted(known))}"
        )
    bad = {cid: o for cid, o in cleaned.items() if o not in CRITERION_OUTCOMES}
    if bad:
        raise QAError(f"expected outcomes must be one of {', '.join(CRITERION_OUTCOMES)}; wrong: {bad}")
    if not cleaned:
        raise QAError(f"give the expected outcome of at least one criterion of {key!r} for call {record.call_id}")
    if record.transcript is None:
        raise QAError(f"call {record.call_id!r} has no transcript yet; only transcribed calls can be golden calls")
    return store.set_golden(session, record, row, cleaned, author=author, note=note)


def delete_golden(session: Session, golden: GoldenCall, *, user: User | None = None) -> None:
    """Stop using a golden call (audited)."""
    store.audit(session, "golden.delete", user=user, target=golden,
                details={"call": golden.call.call_id, "expected": golden.expected})
    session.delete(golden)
    session.flush()


# --- publishing --------------------------------------------------------------------------------


def publish(
    session: Session,
    draft: Scorecard,
    *,
    user: User | None,
    threshold: float,
    override_reason: str | None = None,
) -> tuple[ScorecardVersion, GoldenReport]:
    """Store ``draft`` as a new immutable version of its scorecard; returns the version and the golden report.

    The version number must be higher than every stored one. The draft is
    checked against the golden calls first: below ``threshold`` (0-1) it is
    refused with :class:`PublishBlocked` unless ``override_reason`` says why
    it should go out anyway; the override is recorded in the audit log.
    """
    latest = latest_version(session, draft.id)
    if latest is not None:
        if latest.content_hash == draft.hash and latest.version == draft.version:
            raise ScorecardError(DRAFT_SOURCE, f"is identical to the published version {latest.version}; change something first")
        if draft.version <= latest.version:
            raise ScorecardError(
                DRAFT_SOURCE,
                f"version: {draft.version} is already taken (published: {latest.version}); versions are immutable: "
                f"set version to {latest.version + 1}",
            )
    report = golden_check(session, draft)
    passes = report.passes(threshold)
    reason = (override_reason or "").strip()
    if not passes and not reason:
        raise PublishBlocked(report, threshold)
    version = store.register_scorecard(session, draft, created_by=user)
    details = {
        "scorecard": draft.id, "version": draft.version, "hash": draft.hash,
        "golden_agreement": round(report.agreement, 4), "golden_calls": report.calls, "threshold": threshold,
        "previous_version": latest.version if latest is not None else None,
    }
    if not passes:
        details["override_reason"] = reason
        store.audit(session, "scorecard.publish_override", user=user, target=version, details=details)
    store.audit(session, "scorecard.publish", user=user, target=version, details=details)
    return version, report


# --- diffs ---------------------------------------------------------------------------------------

_MISSING = object()
# criterion fields compared by diff_versions, in display order
_CRITERION_FIELDS = ("label", "section", "detector", "params", "weight", "auto_fail", "description", "coaching")


@dataclass(frozen=True)
class VersionDiff:
    """What changed between two versions of a scorecard."""

    old: str  # "default v2"
    new: str
    unified: str  # unified diff of the YAML texts
    # scorecard-level fields that changed: field -> (old, new)
    scorecard: dict[str, tuple[Any, Any]]
    # [{"criterion", "label", "change": added|removed|changed, "fields": {field: [old, new]}}]
    criteria: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"old": self.old, "new": self.new, "unified": self.unified,
                "scorecard": {k: list(v) for k, v in self.scorecard.items()}, "criteria": self.criteria}


def _criteria_of(data: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for section in data.get("sections") or []:
        for c in section.get("criteria") or []:
            out[c["id"]] = {**c, "section": section["id"], "params": c.get("params") or {},
                            "weight": c.get("weight", 1), "auto_fail": bool(c.get("auto_fail", False))}
    return out


def diff_versions(old: ScorecardVersion | Scorecard, new: ScorecardVersion | Scorecard) -> VersionDiff:
    """Compare two versions (stored or draft): the YAML diff and the changes criterion by criterion."""

    def unpack(v: ScorecardVersion | Scorecard) -> tuple[str, str, dict[str, Any]]:
        if isinstance(v, ScorecardVersion):
            sc = store.scorecard_for_version(v)
            return f"{v.scorecard.key} v{v.version}", v.yaml_text, sc.to_dict()
        return f"{v.id} v{v.version}", v.to_yaml(), v.to_dict()

    old_name, old_yaml, old_data = unpack(old)
    new_name, new_yaml, new_data = unpack(new)
    unified = "".join(difflib.unified_diff(
        old_yaml.splitlines(keepends=True), new_yaml.splitlines(keepends=True), fromfile=old_name, tofile=new_name,
    ))
    top = {
        k: (old_data.get(k), new_data.get(k))
        for k in ("id", "name", "version", "description", "pass_mark")
        if old_data.get(k) != new_data.get(k)
    }
    before, after = _criteria_of(old_data), _criteria_of(new_data)
    changes: list[dict[str, Any]] = []
    for cid, c in after.items():
        if cid not in before:
            changes.append({"criterion": cid, "label": c["label"], "change": "added", "fields": {}})
            continue
        diff = {f: [before[cid].get(f), c.get(f)] for f in _CRITERION_FIELDS if before[cid].get(f) != c.get(f)}
        if diff.get("params"):
            old_p, new_p = diff["params"]
            # only the parameters that changed; one missing on a side means the detector's default
            changed = [k for k in sorted(set(old_p) | set(new_p)) if old_p.get(k, _MISSING) != new_p.get(k, _MISSING)]
            diff["params"] = [{k: old_p[k] for k in changed if k in old_p}, {k: new_p[k] for k in changed if k in new_p}]
        if diff:
            changes.append({"criterion": cid, "label": c["label"], "change": "changed", "fields": diff})
    for cid, c in before.items():
        if cid not in after:
            changes.append({"criterion": cid, "label": c["label"], "change": "removed", "fields": {}})
    return VersionDiff(old_name, new_name, unified, top, changes)


# --- re-scoring --------------------------------------------------------------------------------


def queue_rescore(
    session: Session,
    version: ScorecardVersion,
    *,
    user: User | None = None,
    since: datetime | None = None,
) -> tuple[Batch, list[Work]]:
    """A ``rescore`` batch of every stored call not yet scored with ``version`` (audited).

    Earlier evaluations are kept. Commit the session, then send the work with
    :func:`qa_service.pipeline.enqueue` so the workers find the rows; follow
    the batch like any other.
    """
    from qa_service import pipeline

    batch, work = pipeline.submit_stored(session, version, since=since, created_by=user)
    store.audit(session, "scorecard.rescore", user=user, target=version, details={"batch": batch.id, "calls": len(work)})
    return batch, work
