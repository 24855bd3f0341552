"""Evaluations out of the database as CSV and JSON Lines.

One implementation serves ``qa-service export``, the web UI's export buttons
and the JSON API. They build the ``SELECT`` (the CLI with
:func:`qa_service.call_list.evaluations_query`, the web with the call list's
filters, :func:`qa_service.call_list.list_query`) and hand it here. Two
shapes, one serialiser each: :func:`csv_row` (one flat row) and
:func:`record` (the row's columns with the whole evaluation,
:meth:`ReviewedEvaluation.to_dict`, and its overrides); :func:`iter_csv` / :func:`iter_jsonl` stream them
chunk by chunk so a large export never sits in memory.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterator

from sqlalchemy import Select, or_, select, true
from sqlalchemy.orm import Session, defer, selectinload

from qa_service.config import Settings
from qa_service.db.models import (
    Agent,
    CallRecord,
    CriterionResultRecord,
    EvaluationRecord,
    Override,
    ScorecardRecord,
    ScorecardVersion,
    Team,
    User,
)
from qa_service.db.session import session_scope
from qa_service.errors import Invalid
from qa_service.evaluation_view import iso, reviewed
from qa_service.visibility import visible_calls_clause

__all__ = [
    "CSV_COLUMNS",
    "EXPORT_FORMATS",
    "csv_row",
    "export_query",
    "iter_csv",
    "iter_export",
    "iter_jsonl",
    "record",
    "stream_export",
    "visible_to",
    "write_export",
]

# the formats of an export: one row per evaluation, or each evaluation in full
EXPORT_FORMATS: tuple[str, ...] = ("csv", "jsonl")
# CSV columns, in order
# (new columns go at the end, so that spreadsheets reading columns by position keep working)
CSV_COLUMNS: tuple[str, ...] = (
    "call_id", "started_at", "duration", "agent_id", "agent_name", "team", "scorecard", "version", "score",
    "auto_score", "passed", "auto_failed", "review_state", "failed_criteria", "overridden_criteria", "evaluated_at",
    "dated_at",
)
# rows fetched from the database at a time while streaming
_YIELD_PER = 500


def visible_to(query: Select, user: User) -> Select:
    """Narrow an evaluations query (joined to calls) to what ``user`` may see (the web UI's rule)."""
    return query.where(visible_calls_clause(user))


def export_query(query: Select) -> Select:
    """``query`` with everything an export reads loaded up front (no query per row)."""
    return query.options(
        selectinload(EvaluationRecord.call).selectinload(CallRecord.agent).selectinload(Agent.team),
        selectinload(EvaluationRecord.scorecard_version).selectinload(ScorecardVersion.scorecard),
        selectinload(EvaluationRecord.criteria),
        selectinload(EvaluationRecord.overrides).selectinload(Override.user),
    )


def csv_row(evaluation: EvaluationRecord) -> dict[str, Any]:
    """One evaluation as a flat CSV row (effective values, after overrides)."""
    call = evaluation.call
    agent = call.agent
    version = evaluation.scorecard_version
    return {
        "call_id": call.call_id,
        "started_at": iso(call.started_at) or "",
        "dated_at": iso(call.dated_at) or "",
        "duration": call.duration,
        "agent_id": agent.external_id if agent else "",
        "agent_name": (agent.name or "") if agent else "",
        "team": agent.team.name if agent and agent.team else "",
        "scorecard": version.scorecard.key,
        "version": version.version,
        "score": evaluation.score,
        "auto_score": evaluation.auto_score,
        "passed": evaluation.passed,
        "auto_failed": evaluation.auto_failed,
        "review_state": evaluation.review_state,
        "failed_criteria": " ".join(c.criterion_id for c in evaluation.criteria if c.outcome == "fail"),
        "overridden_criteria": " ".join(c.criterion_id for c in evaluation.criteria if c.overridden),
        "evaluated_at": iso(evaluation.created_at) or "",
    }


def record(evaluation: EvaluationRecord) -> dict[str, Any]:
    """One evaluation in full: its id and call, the CSV columns, the reviewed evaluation
    (:meth:`ReviewedEvaluation.to_dict`: criteria with evidence, metrics, models, the review) and the
    overrides. The shape of ``GET /api/v1/evaluations/{id}``, JSON Lines exports and the evaluation download."""
    view = reviewed(evaluation)
    return {
        "id": evaluation.id,
        "call": evaluation.call_id,
        **csv_row(evaluation),
        "evaluation": view.to_dict(),
        "overrides": [o.to_dict() for o in view.overrides],
    }


def _evaluations(session: Session, query: Select, *, with_result: bool = True) -> Iterator[EvaluationRecord]:
    query = export_query(query)
    if not with_result:
        # a CSV row needs no evidence: leave the large result JSON in the database
        query = query.options(defer(EvaluationRecord.result))
    yield from session.scalars(query.execution_options(yield_per=_YIELD_PER))


def _csv_rows(session: Session, query: Select) -> Iterator[list[dict[str, Any]]]:
    """:func:`csv_row` of each evaluation of ``query``, a batch at a time, from plain column rows: no
    ORM object per evaluation and criterion, and only the criteria that failed or were overridden."""
    agents = {
        pk: (external_id, name, team)
        for pk, external_id, name, team in session.execute(
            select(Agent.id, Agent.external_id, Agent.name, Team.name).outerjoin(Team, Agent.team_id == Team.id)
        )
    }
    versions = dict(
        (pk, (key, number)) for pk, key, number in session.execute(
            select(ScorecardVersion.id, ScorecardRecord.key, ScorecardVersion.version).join(ScorecardVersion.scorecard)
        )
    )
    columns = query.with_only_columns(
        EvaluationRecord.id, CallRecord.call_id, CallRecord.started_at, CallRecord.dated_at, CallRecord.duration,
        CallRecord.agent_id, EvaluationRecord.scorecard_version_id, EvaluationRecord.score,
        EvaluationRecord.auto_score, EvaluationRecord.passed, EvaluationRecord.auto_failed,
        EvaluationRecord.review_state, EvaluationRecord.created_at,
    )
    # a server-side cursor on PostgreSQL: rows arrive as they are written out
    for batch in session.execute(columns.execution_options(yield_per=_YIELD_PER)).partitions():
        failed: dict[int, list[str]] = {}
        overridden: dict[int, list[str]] = {}
        for evaluation_id, criterion, outcome, was_overridden in session.execute(
            select(CriterionResultRecord.evaluation_id, CriterionResultRecord.criterion_id,
                   CriterionResultRecord.outcome, CriterionResultRecord.overridden)
            .where(CriterionResultRecord.evaluation_id.in_([row[0] for row in batch]),
                   or_(CriterionResultRecord.outcome == "fail", CriterionResultRecord.overridden == true()))
            # the order of EvaluationRecord.criteria
            .order_by(CriterionResultRecord.evaluation_id, CriterionResultRecord.position)
        ):
            if outcome == "fail":
                failed.setdefault(evaluation_id, []).append(criterion)
            if was_overridden:
                overridden.setdefault(evaluation_id, []).append(criterion)
        out = []
        for (evaluation_id, call_id, started_at, dated_at, duration, agent_pk, version_id, score, auto_score, passed,
             auto_failed, review_state, created_at) in batch:
            external_id, agent_name, team = agents.get(agent_pk, ("", "", "")) if agent_pk is not None else ("", "", "")
            key, number = versions[version_id]
            out.append({
                "call_id": call_id,
                "started_at": iso(started_at) or "",
                "dated_at": iso(dated_at) or "",
                "duration": duration,
                "agent_id": external_id,
                "agent_name": agent_name or "",
                "team": team or "",
                "scorecard": key,
                "version": number,
                "score": score,
                "auto_score": auto_score,
                "passed": passed,
                "auto_failed": auto_failed,
                "review_state": review_state,
                "failed_criteria": " ".join(failed.get(evaluation_id, ())),
                "overridden_criteria": " ".join(overridden.get(evaluation_id, ())),
                "evaluated_at": iso(created_at) or "",
            })
        yield out


def iter_csv(session: Session, query: Select) -> Iterator[str]:
    """The evaluations of ``query`` as CSV text: the header, then one chunk per batch of rows (the rows
    :func:`csv_row` makes)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for rows in _csv_rows(session, query):
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        writer.writerows(rows)
    yield buffer.getvalue()


def iter_jsonl(session: Session, query: Select) -> Iterator[str]:
    """The evaluations of ``query`` as JSON Lines, one full record per line."""
    for evaluation in _evaluations(session, query):
        yield json.dumps(record(evaluation), ensure_ascii=False) + "\n"


def iter_export(session: Session, query: Select, fmt: str) -> Iterator[str]:
    """CSV or JSON Lines chunks of ``query``; ``fmt`` is one of :data:`EXPORT_FORMATS`."""
    if fmt not in EXPORT_FORMATS:
        raise Invalid(f"export format {fmt!r} is not one of {', '.join(EXPORT_FORMATS)}")
    return iter_csv(session, query) if fmt == "csv" else iter_jsonl(session, query)


def stream_export(settings: Settings, query: Select, fmt: str) -> Iterator[str]:
    """:func:`iter_export` in a session of its own, closed when the stream ends or is abandoned: for an
    HTTP response streamed after its request's session has closed. ``fmt`` is checked at once."""
    if fmt not in EXPORT_FORMATS:
        raise Invalid(f"export format {fmt!r} is not one of {', '.join(EXPORT_FORMATS)}")

    def chunks() -> Iterator[str]:
        with session_scope(settings) as session:
            yield from iter_export(session, query, fmt)

    return chunks()


def write_export(session: Session, query: Select, stream: io.TextIOBase | Any, fmt: str) -> int:
    """Write the evaluations of ``query`` to ``stream`` as ``fmt``; returns how many were written."""
    if fmt not in EXPORT_FORMATS:
        raise Invalid(f"export format {fmt!r} is not one of {', '.join(EXPORT_FORMATS)}")
    written = 0
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for rows in _csv_rows(session, query):
            writer.writerows(rows)
            written += len(rows)
        return written
    for line in iter_jsonl(session, query):
        stream.write(line)
        written += 1
    return written
