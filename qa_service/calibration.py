"""Calibration sessions: do the graders agree with each other, and with the machine?

A lead (a trainer or an admin) picks calls, one scorecard version and at least
two evaluators. Each evaluator scores every call blind: the criteria of that
version, pass / fail / N/A and a comment each, without the machine's outcomes,
explanations or evidence and without the other evaluators' answers. The
results then show, per criterion,

* the agreement between evaluators: Fleiss' kappa (chance-corrected; 1 is
  perfect, 0 is what chance gives, below 0 worse than chance) and the percent
  agreement (the share of evaluator pairs that gave the same answer), over the
  calls every evaluator scored;
* the consensus of each call: the answer of a strict majority of the
  evaluators (none when they split evenly);
* each evaluator against the consensus, and the machine (the detector's
  automatic outcome in the call's evaluation with that version) against it;
* the calls where they split.

Each evaluator's agreement with the consensus per session, over time, is
"grading the grader" (:func:`alignment_history`).

The only writer of :class:`CalibrationSession`, :class:`CalibrationEvaluator`,
:class:`CalibrationCall` and :class:`CalibrationAnswer` rows. Who may see which
call is :mod:`qa_service.visibility`'s rule: a lead picks only calls they may
see, and every evaluator must be able to see every call.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable, Mapping

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from qa_service import audit, visibility
from qa_service.db.models import (
    CRITERION_OUTCOMES,
    CalibrationAnswer,
    CallRecord,
    CalibrationCall,
    CalibrationEvaluator,
    CalibrationSession,
    CriterionResultRecord,
    EvaluationRecord,
    ScorecardVersion,
    User,
    utcnow,
)
from qa_service.errors import Forbidden, Invalid, NotFound
from qa_service.scorecard_versions import scorecard_for_version

__all__ = [
    "EVALUATOR_ROLES",
    "LEAD_ROLES",
    "BlindCall",
    "CalibrationResults",
    "CriterionAgreement",
    "EvaluatorAgreement",
    "Split",
    "alignment_history",
    "all_sessions",
    "blind_call",
    "close_session",
    "create_session",
    "criteria_of",
    "export_csv",
    "fleiss_kappa",
    "form_choices",
    "get_session",
    "may_see_results",
    "agreement_of_table",
    "kappa_of_table",
    "percent_agreement",
    "progress",
    "results",
    "scored_call_ids",
    "session_by_id",
    "sessions_for",
    "submit_answers",
]

# roles that lead a session (pick calls and evaluators, close it)
LEAD_ROLES: tuple[str, ...] = ("admin", "trainer")
# roles that may score in a session
EVALUATOR_ROLES: tuple[str, ...] = ("admin", "author", "trainer")
# a comment is kept, not a transcript: this many characters at most
MAX_COMMENT = 2000


# --- the statistics ------------------------------------------------------------------------------


def _table(ratings: Iterable[Iterable[str]]) -> list[list[int]]:
    """Per item (call), how many raters chose each outcome (the columns of CRITERION_OUTCOMES)."""
    return [[Counter(item)[o] for o in CRITERION_OUTCOMES] for item in ratings]


def kappa_of_table(table: list[list[int]]) -> float | None:
    """Fleiss' kappa of a count table (a row per item, a column per category, every row summing to the
    same number of raters, at least two); None when it is undefined: no items, or every rating in one
    category (chance agreement is then 1 and kappa 0/0). Computed by statsmodels."""
    if not table:
        return None
    raters = {sum(row) for row in table}
    if len(raters) != 1 or raters.pop() < 2:
        raise Invalid("Fleiss' kappa needs every call rated by the same number of evaluators, at least two")
    totals = [sum(col) for col in zip(*table)]
    if max(totals) == sum(totals):
        return None
    from statsmodels.stats.inter_rater import fleiss_kappa as _statsmodels_kappa

    return float(_statsmodels_kappa(table, method="fleiss"))


def agreement_of_table(table: list[list[int]]) -> float | None:
    """The share of rater pairs, over all items, that chose the same category (Fleiss' P-bar); None
    without items rated twice or more."""
    shares = []
    for row in table:
        n = sum(row)
        if n < 2:
            continue
        shares.append((sum(c * c for c in row) - n) / (n * (n - 1)))
    return sum(shares) / len(shares) if shares else None


def fleiss_kappa(ratings: Iterable[Iterable[str]]) -> float | None:
    """Fleiss' kappa of ``ratings``: one list of outcomes (pass, fail, na) per call, each from every
    evaluator (see :func:`kappa_of_table`)."""
    return kappa_of_table(_table(ratings))


def percent_agreement(ratings: Iterable[Iterable[str]]) -> float | None:
    """The share of evaluator pairs that gave the same outcome, over the calls of ``ratings``."""
    return agreement_of_table(_table(ratings))


def consensus_of(outcomes: Iterable[str]) -> str | None:
    """The outcome a strict majority chose; None when nobody has one (an even split, or no answers)."""
    counts = Counter(outcomes)
    n = sum(counts.values())
    if not n:
        return None
    outcome, top = counts.most_common(1)[0]
    return outcome if top * 2 > n else None


# --- sessions ------------------------------------------------------------------------------------


def _label(user: User | None) -> str:
    if user is None:
        return "(deleted user)"
    return user.display_name or user.username


def _require_not_agent(user: User) -> None:
    if not user.is_active or user.role not in EVALUATOR_ROLES:
        raise Forbidden(f"role {user.role!r} has no calibration sessions; roles that take part: "
                        f"{', '.join(EVALUATOR_ROLES)}")


def _is_evaluator(cal: CalibrationSession, user: User) -> bool:
    return any(e.id == user.id for e in cal.evaluators)


def _may_manage(cal: CalibrationSession, user: User) -> bool:
    return user.is_active and (user.role == "admin" or (cal.lead_id == user.id and user.role in LEAD_ROLES))


def create_session(
    session: Session,
    *,
    lead: User,
    title: str,
    version: ScorecardVersion,
    call_ids: Iterable[int],
    evaluator_ids: Iterable[int],
) -> CalibrationSession:
    """A new open session: ``call_ids`` (calls' primary keys, each scored with ``version``, each visible
    to ``lead`` and to every evaluator) scored blind by the users ``evaluator_ids`` (two or more)."""
    if not lead.is_active or lead.role not in LEAD_ROLES:
        raise Forbidden(f"role {lead.role!r} cannot lead a calibration session; roles that can: {', '.join(LEAD_ROLES)}")
    title = (title or "").strip()
    if not title:
        raise Invalid("a calibration session needs a title, e.g. 'Empathy, week 48'")
    if len(title) > 200:
        raise Invalid(f"the title is {len(title)} characters long; use 200 at most")
    calls_wanted = list(dict.fromkeys(int(c) for c in call_ids))
    if not calls_wanted:
        raise Invalid("pick at least one call for the session")
    wanted = list(dict.fromkeys(int(e) for e in evaluator_ids))
    if len(wanted) < 2:
        raise Invalid(f"pick at least two evaluators (got {len(wanted)}): agreement needs two people or more")
    evaluators = []
    for user_id in wanted:
        user = session.get(User, user_id)
        if user is None:
            raise Invalid(f"there is no user #{user_id} to be an evaluator")
        if not user.is_active or user.role not in EVALUATOR_ROLES:
            raise Invalid(f"user {user.username!r} ({user.role}) cannot evaluate; evaluators must be active "
                          f"{', '.join(EVALUATOR_ROLES)} users")
        evaluators.append(user)
    picked = []
    for call_pk in calls_wanted:
        record = visibility.visible_call(session, lead, call_pk)
        evaluation = session.scalar(select(EvaluationRecord).where(
            EvaluationRecord.call_id == record.id, EvaluationRecord.scorecard_version_id == version.id))
        if evaluation is None:
            raise Invalid(f"call {record.call_id!r} was not scored with {version.scorecard.key} v{version.version}; "
                          "re-score it with that version (qa-service rescore) or pick another call or version")
        for user in evaluators:
            if not visibility.can_see_call(session, user, record):
                raise Invalid(f"evaluator {user.username!r} may not see call {record.call_id!r} (not in the "
                              "agent's team); pick calls every evaluator may see, or other evaluators")
        picked.append((record, evaluation))
    cal = CalibrationSession(title=title, scorecard_version_id=version.id, lead_id=lead.id, status="open")
    session.add(cal)
    session.flush()
    for position, (record, evaluation) in enumerate(picked):
        session.add(CalibrationCall(session_id=cal.id, call_id=record.id, evaluation_id=evaluation.id,
                                    position=position))
    for user in evaluators:
        session.add(CalibrationEvaluator(session_id=cal.id, user_id=user.id))
    session.flush()
    session.refresh(cal)
    audit.record(session, "calibration.create", user=lead, target=cal,
                 details={"calls": len(calls_wanted), "evaluators": [u.username for u in evaluators],
                          "scorecard": version.scorecard.key, "version": version.version})
    return cal


@dataclass(frozen=True)
class FormChoices:
    """What the "new session" form offers ``user``."""

    versions: list[ScorecardVersion]  # versions stored calls were scored with, newest first
    version: ScorecardVersion | None  # the one picked (default: the first)
    calls: list[CallRecord]  # calls scored with it that the lead may see, newest first
    evaluators: list[User]  # active users who may evaluate


def form_choices(session: Session, user: User, version_id: int | None = None, *, limit: int = 200) -> FormChoices:
    """The scorecard versions, calls (scored with the chosen version, visible to ``user``) and evaluators a
    lead picks from."""
    if not user.is_active or user.role not in LEAD_ROLES:
        raise Forbidden(f"role {user.role!r} cannot lead a calibration session; roles that can: {', '.join(LEAD_ROLES)}")
    used = select(EvaluationRecord.scorecard_version_id).distinct()
    versions = list(session.scalars(select(ScorecardVersion).where(ScorecardVersion.id.in_(used))
                                    .order_by(ScorecardVersion.created_at.desc(), ScorecardVersion.id.desc())))
    version = next((v for v in versions if v.id == version_id), versions[0] if versions else None)
    if version_id is not None and (version is None or version.id != version_id):
        raise Invalid(f"no stored call was scored with scorecard version #{version_id}; pick one of the list")
    calls: list[CallRecord] = []
    if version is not None:
        calls = list(session.scalars(
            select(CallRecord).join(EvaluationRecord, EvaluationRecord.call_id == CallRecord.id)
            .where(EvaluationRecord.scorecard_version_id == version.id, visibility.visible_calls_clause(user))
            .order_by(CallRecord.dated_at.desc(), CallRecord.id.desc()).limit(limit)))
    evaluators = list(session.scalars(select(User).where(User.is_active.is_(True), User.role.in_(EVALUATOR_ROLES))
                                      .order_by(User.username)))
    return FormChoices(versions, version, calls, evaluators)


def sessions_for(session: Session, user: User) -> list[CalibrationSession]:
    """The sessions ``user`` leads or evaluates in (an admin: all), newest first."""
    _require_not_agent(user)
    stmt = select(CalibrationSession).order_by(CalibrationSession.created_at.desc(), CalibrationSession.id.desc())
    if user.role != "admin":
        mine = select(CalibrationEvaluator.session_id).where(CalibrationEvaluator.user_id == user.id)
        stmt = stmt.where(or_(CalibrationSession.lead_id == user.id, CalibrationSession.id.in_(mine)))
    return list(session.scalars(stmt))


def all_sessions(session: Session) -> list[CalibrationSession]:
    """Every session, newest first (the command line, which runs as the operator)."""
    return list(session.scalars(select(CalibrationSession)
                                .order_by(CalibrationSession.created_at.desc(), CalibrationSession.id.desc())))


def session_by_id(session: Session, session_id: int) -> CalibrationSession:
    """Session ``session_id`` for the operator; :class:`NotFound` when there is none."""
    cal = session.get(CalibrationSession, session_id)
    if cal is None:
        raise NotFound(f"there is no calibration session #{session_id}; `qa-service calibration list` shows them")
    return cal


def get_session(session: Session, user: User, session_id: int) -> CalibrationSession:
    """Session ``session_id`` when ``user`` leads it, evaluates in it or is an admin; :class:`NotFound`
    otherwise (a session someone does not take part in does not exist for them)."""
    _require_not_agent(user)
    cal = session.get(CalibrationSession, session_id)
    if cal is None or not (_may_manage(cal, user) or _is_evaluator(cal, user)):
        raise NotFound(f"there is no calibration session #{session_id} among yours")
    return cal


@dataclass(frozen=True)
class CriterionInfo:
    """A criterion as the blind form shows it: what to judge, nothing of what the machine said."""

    id: str
    label: str
    section: str
    description: str


def criteria_of(cal: CalibrationSession) -> list[CriterionInfo]:
    """The criteria of the session's scorecard version, in scorecard order."""
    card = scorecard_for_version(cal.scorecard_version)
    sections = {s.id: s.label for s in card.sections}
    return [CriterionInfo(c.id, c.label, sections.get(c.section, c.section), c.description) for c in card.criteria]


def _calibration_call(cal: CalibrationSession, calibration_call_id: int) -> CalibrationCall:
    for cc in cal.calls:
        if cc.id == calibration_call_id:
            return cc
    raise NotFound(f"calibration session #{cal.id} has no call #{calibration_call_id}")


@dataclass(frozen=True)
class BlindCall:
    """What an evaluator sees of one call: the words, the criteria and their own answers only."""

    calibration_call: CalibrationCall
    position: int  # 1-based
    total: int
    utterances: list[dict[str, Any]]  # speaker, start, end, text
    criteria: list[CriterionInfo]
    answers: dict[str, tuple[str, str]]  # criterion id -> (outcome, comment): this evaluator's own
    has_audio: bool


def _own_answers(session: Session, cc: CalibrationCall, user: User) -> dict[str, tuple[str, str]]:
    rows = session.scalars(select(CalibrationAnswer).where(
        CalibrationAnswer.calibration_call_id == cc.id, CalibrationAnswer.evaluator_id == user.id))
    return {a.criterion_id: (a.outcome, a.comment or "") for a in rows}


def blind_call(session: Session, cal: CalibrationSession, calibration_call_id: int, user: User) -> BlindCall:
    """Call ``calibration_call_id`` of ``cal`` as evaluator ``user`` scores it (only evaluators)."""
    if not _is_evaluator(cal, user):
        raise Forbidden(f"you are not an evaluator of calibration session #{cal.id}; its lead sees the results")
    cc = _calibration_call(cal, calibration_call_id)
    visibility.visible_call(session, user, cc.call_id)
    data = cc.call.transcript.data if cc.call.transcript is not None else {}
    utterances = [{"speaker": u.get("speaker", ""), "start": float(u.get("start") or 0.0),
                   "end": float(u.get("end") or 0.0), "text": u.get("text", "")}
                  for u in data.get("utterances", [])]
    return BlindCall(cc, cal.calls.index(cc) + 1, len(cal.calls), utterances, criteria_of(cal),
                     _own_answers(session, cc, user), bool(cc.call.audio_path))


def submit_answers(
    session: Session,
    cal: CalibrationSession,
    calibration_call_id: int,
    user: User,
    answers: Mapping[str, tuple[str, str]],
) -> list[CalibrationAnswer]:
    """Store ``user``'s answers for one call: ``{criterion id: (outcome, comment)}``, every criterion of the
    session's scorecard version answered. Sending them again replaces them while the session is open."""
    if cal.status != "open":
        raise Forbidden(f"calibration session #{cal.id} is closed; its answers can no longer change")
    if not _is_evaluator(cal, user):
        raise Forbidden(f"you are not an evaluator of calibration session #{cal.id}")
    cc = _calibration_call(cal, calibration_call_id)
    criteria = criteria_of(cal)
    known = {c.id for c in criteria}
    unknown = sorted(set(answers) - known)
    if unknown:
        raise Invalid(f"criteria {', '.join(unknown)} are not in {cal.scorecard_version.scorecard.key} "
                      f"v{cal.scorecard_version.version}")
    missing = [c.label for c in criteria if c.id not in answers or not answers[c.id][0]]
    if missing:
        raise Invalid(f"answer every criterion (pass, fail or N/A); missing: {', '.join(missing)}")
    for criterion, (outcome, comment) in answers.items():
        if outcome not in CRITERION_OUTCOMES:
            raise Invalid(f"outcome {outcome!r} for {criterion!r} is not one of {', '.join(CRITERION_OUTCOMES)}")
        if comment and len(comment) > MAX_COMMENT:
            raise Invalid(f"the comment on {criterion!r} is {len(comment)} characters; use {MAX_COMMENT} at most")
    existing = {a.criterion_id: a for a in session.scalars(select(CalibrationAnswer).where(
        CalibrationAnswer.calibration_call_id == cc.id, CalibrationAnswer.evaluator_id == user.id))}
    rows = []
    for c in criteria:
        outcome, comment = answers[c.id]
        row = existing.get(c.id)
        if row is None:
            row = CalibrationAnswer(calibration_call_id=cc.id, evaluator_id=user.id, criterion_id=c.id)
            session.add(row)
        row.outcome = outcome
        row.comment = (comment or "").strip() or None
        rows.append(row)
    session.flush()
    audit.record(session, "calibration.answer", user=user, target=cal,
                 details={"call": cc.call.call_id, "again": bool(existing)})
    return rows


def close_session(session: Session, cal: CalibrationSession, user: User) -> None:
    """End scoring: answers are final and every evaluator sees the results (the lead or an admin)."""
    if not _may_manage(cal, user):
        raise Forbidden(f"only the lead of calibration session #{cal.id} or an admin can close it")
    if cal.status == "closed":
        return
    cal.status = "closed"
    cal.closed_at = utcnow()
    session.flush()
    audit.record(session, "calibration.close", user=user, target=cal)


def _answers(session: Session, cal: CalibrationSession) -> list[CalibrationAnswer]:
    return list(session.scalars(
        select(CalibrationAnswer).join(CalibrationCall, CalibrationAnswer.calibration_call_id == CalibrationCall.id)
        .where(CalibrationCall.session_id == cal.id)
    ))


@dataclass(frozen=True)
class EvaluatorProgress:
    user: User
    done: int  # calls scored
    total: int


def progress(session: Session, cal: CalibrationSession) -> list[EvaluatorProgress]:
    """Per evaluator, how many of the session's calls they have scored."""
    n_criteria = len(criteria_of(cal))
    per: dict[int, Counter] = defaultdict(Counter)
    for a in _answers(session, cal):
        per[a.evaluator_id][a.calibration_call_id] += 1
    return [EvaluatorProgress(u, sum(1 for n in per[u.id].values() if n >= n_criteria), len(cal.calls))
            for u in cal.evaluators]


def scored_call_ids(session: Session, cal: CalibrationSession, user: User) -> set[int]:
    """The calibration calls of ``cal`` that ``user`` has answered every criterion of."""
    n_criteria = len(criteria_of(cal))
    counts = Counter(a.calibration_call_id for a in _answers(session, cal) if a.evaluator_id == user.id)
    return {cc_id for cc_id, n in counts.items() if n >= n_criteria}


def may_see_results(session: Session, cal: CalibrationSession, user: User) -> tuple[bool, str]:
    """Whether ``user`` may see the results now, and why not: evaluators once the session is closed; the
    lead and admins at any time, except that one who also evaluates waits until they scored every call
    (so their own answers stay blind)."""
    if cal.status == "closed":
        return True, ""
    if not _may_manage(cal, user):
        return False, "The results show once the lead closes the session."
    if _is_evaluator(cal, user):
        mine = next(p for p in progress(session, cal) if p.user.id == user.id)
        if mine.done < mine.total:
            return False, (f"You are an evaluator too: the results show once you have scored all {mine.total} "
                           f"calls ({mine.done} done), so your own answers stay blind.")
    return True, ""


# --- results -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Split:
    """One call x criterion where the evaluators did not all agree, or the machine missed the consensus."""

    call_pk: int
    call_id: str
    criterion: str
    answers: dict[str, tuple[str, str]]  # evaluator label -> (outcome, comment)
    consensus: str | None
    ai: str | None


@dataclass(frozen=True)
class CriterionAgreement:
    criterion: str
    label: str
    calls: int  # calls every evaluator scored (what kappa and percent agreement use)
    unanimous: int  # of those, calls where every evaluator gave the same answer
    kappa: float | None  # Fleiss' kappa; None when undefined (see fleiss_kappa)
    percent: float | None  # share of evaluator pairs that agreed
    ai_agreed: int  # calls with a consensus where the machine's automatic outcome equals it
    ai_compared: int  # calls with a consensus and a machine outcome

    @property
    def ai_agreement(self) -> float | None:
        return self.ai_agreed / self.ai_compared if self.ai_compared else None


@dataclass(frozen=True)
class EvaluatorAgreement:
    user_id: int
    name: str
    agreed: int  # call x criterion answers equal to the consensus
    compared: int  # call x criterion with a consensus that this evaluator answered
    per_criterion: dict[str, tuple[int, int]]  # criterion id -> (agreed, compared)

    @property
    def agreement(self) -> float | None:
        return self.agreed / self.compared if self.compared else None


@dataclass(frozen=True)
class CalibrationResults:
    session_id: int
    title: str
    scorecard: str
    version: int
    status: str
    created_at: datetime
    evaluators: list[str]
    calls: int
    criteria: list[CriterionAgreement]
    evaluator_agreement: list[EvaluatorAgreement]
    ai_agreed: int
    ai_compared: int
    splits: list[Split]
    # every answer: (call id, criterion id, evaluator label, outcome, comment, consensus, machine outcome)
    rows: list[tuple[str, str, str, str, str, str | None, str | None]] = field(repr=False)

    @property
    def ai_agreement(self) -> float | None:
        return self.ai_agreed / self.ai_compared if self.ai_compared else None

    def to_dict(self) -> dict[str, Any]:
        """The results as plain JSON data (the JSON export)."""
        return {
            "session": {"id": self.session_id, "title": self.title, "scorecard": self.scorecard,
                        "version": self.version, "status": self.status, "created_at": self.created_at.isoformat(),
                        "evaluators": self.evaluators, "calls": self.calls},
            "criteria": [{"criterion": c.criterion, "label": c.label, "calls": c.calls, "unanimous": c.unanimous,
                          "fleiss_kappa": c.kappa, "percent_agreement": c.percent,
                          "ai_agreement": c.ai_agreement, "ai_compared": c.ai_compared} for c in self.criteria],
            "evaluators": [{"name": e.name, "agreement_with_consensus": e.agreement, "agreed": e.agreed,
                            "compared": e.compared,
                            "per_criterion": {k: {"agreed": a, "compared": n} for k, (a, n) in e.per_criterion.items()}}
                           for e in self.evaluator_agreement],
            "ai": {"agreement_with_consensus": self.ai_agreement, "agreed": self.ai_agreed,
                   "compared": self.ai_compared},
            "splits": [{"call": s.call_id, "criterion": s.criterion, "consensus": s.consensus, "ai": s.ai,
                        "answers": {name: {"outcome": o, "comment": c} for name, (o, c) in s.answers.items()}}
                       for s in self.splits],
            "answers": [{"call": r[0], "criterion": r[1], "evaluator": r[2], "outcome": r[3], "comment": r[4],
                         "consensus": r[5], "ai": r[6]} for r in self.rows],
        }


def results(session: Session, cal: CalibrationSession) -> CalibrationResults:
    """The agreement figures of ``cal`` from the answers given so far."""
    criteria = criteria_of(cal)
    evaluators = list(cal.evaluators)
    names = {u.id: _label(u) for u in evaluators}
    # (calibration call, criterion) -> evaluator id -> (outcome, comment)
    given: dict[tuple[int, str], dict[int, tuple[str, str]]] = defaultdict(dict)
    for a in _answers(session, cal):
        given[(a.calibration_call_id, a.criterion_id)][a.evaluator_id] = (a.outcome, a.comment or "")
    evaluation_ids = [cc.evaluation_id for cc in cal.calls if cc.evaluation_id is not None]
    ai: dict[tuple[int, str], str] = {}
    if evaluation_ids:
        for evaluation_id, criterion, auto in session.execute(
            select(CriterionResultRecord.evaluation_id, CriterionResultRecord.criterion_id,
                   CriterionResultRecord.auto_outcome).where(CriterionResultRecord.evaluation_id.in_(evaluation_ids))
        ):
            ai[(evaluation_id, criterion)] = auto
    per_eval: dict[int, dict[str, list[int]]] = {u.id: defaultdict(lambda: [0, 0]) for u in evaluators}
    stats, splits, rows = [], [], []
    ai_agreed = ai_compared = 0
    for c in criteria:
        complete, unanimous, c_ai_agreed, c_ai_compared = [], 0, 0, 0
        for cc in cal.calls:
            answers = given.get((cc.id, c.id), {})
            machine = ai.get((cc.evaluation_id, c.id)) if cc.evaluation_id is not None else None
            consensus = consensus_of(o for o, _ in answers.values())
            for user_id, (outcome, comment) in answers.items():
                rows.append((cc.call.call_id, c.id, names.get(user_id, str(user_id)), outcome, comment, consensus,
                             machine))
                if consensus is not None and user_id in per_eval:
                    tally = per_eval[user_id][c.id]
                    tally[0] += outcome == consensus
                    tally[1] += 1
            if len(answers) == len(evaluators):
                outcomes = [o for o, _ in answers.values()]
                complete.append(outcomes)
                unanimous += len(set(outcomes)) == 1
            if consensus is not None and machine is not None:
                c_ai_compared += 1
                c_ai_agreed += machine == consensus
            if answers and (len({o for o, _ in answers.values()}) > 1 or
                            (consensus is not None and machine is not None and machine != consensus)):
                splits.append(Split(cc.call_id, cc.call.call_id, c.label,
                                    {names.get(u, str(u)): v for u, v in sorted(answers.items(),
                                                                                key=lambda kv: names.get(kv[0], ""))},
                                    consensus, machine))
        stats.append(CriterionAgreement(c.id, c.label, len(complete), unanimous,
                                        fleiss_kappa(complete) if complete else None,
                                        percent_agreement(complete), c_ai_agreed, c_ai_compared))
        ai_agreed += c_ai_agreed
        ai_compared += c_ai_compared
    evaluator_stats = []
    for u in evaluators:
        per = {k: (v[0], v[1]) for k, v in per_eval[u.id].items()}
        evaluator_stats.append(EvaluatorAgreement(u.id, names[u.id], sum(a for a, _ in per.values()),
                                                  sum(n for _, n in per.values()), per))
    version = cal.scorecard_version
    return CalibrationResults(cal.id, cal.title, version.scorecard.key, version.version, cal.status, cal.created_at,
                              [names[u.id] for u in evaluators], len(cal.calls), stats, evaluator_stats,
                              ai_agreed, ai_compared, splits, rows)


# the CSV export's columns, one row per answer
CSV_COLUMNS: tuple[str, ...] = ("session", "call", "criterion", "evaluator", "outcome", "comment", "consensus",
                                "ai_outcome")


def export_csv(res: CalibrationResults) -> str:
    """Every answer of the session as CSV (one row per call x criterion x evaluator), with the consensus
    and the machine's outcome beside it."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for call_id, criterion, evaluator, outcome, comment, consensus, machine in res.rows:
        writer.writerow([res.session_id, call_id, criterion, evaluator, outcome, comment, consensus or "",
                         machine or ""])
    return out.getvalue()


# --- grading the grader -------------------------------------------------------------------------


@dataclass(frozen=True)
class AlignmentPoint:
    session_id: int
    title: str
    when: datetime
    agreement: float | None  # the evaluator's agreement with the consensus in that session
    compared: int


@dataclass(frozen=True)
class Alignment:
    """One evaluator's agreement with the consensus, session by session (oldest first)."""

    user_id: int
    name: str
    points: list[AlignmentPoint]

    @property
    def mean(self) -> float | None:
        agreed = sum((p.agreement or 0.0) * p.compared for p in self.points)
        compared = sum(p.compared for p in self.points)
        return agreed / compared if compared else None


def alignment_history(session: Session, user: User | None) -> tuple[list[CalibrationSession], list[Alignment]]:
    """The sessions whose results ``user`` may see (oldest first; every session when ``user`` is None: the
    operator at the command line) and, per evaluator in them, their agreement with the consensus in each."""
    if user is None:
        shown = list(reversed(all_sessions(session)))
    else:
        shown = [cal for cal in reversed(sessions_for(session, user)) if may_see_results(session, cal, user)[0]]
    lines: dict[int, Alignment] = {}
    for cal in shown:
        res = results(session, cal)
        for e in res.evaluator_agreement:
            line = lines.setdefault(e.user_id, Alignment(e.user_id, e.name, []))
            line.points.append(AlignmentPoint(cal.id, cal.title, cal.created_at, e.agreement, e.compared))
    return shown, sorted(lines.values(), key=lambda a: a.name.lower())
