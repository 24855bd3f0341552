"""Evaluations out of the database as CSV and JSON Lines.

One implementation serves ``qa-service export``, the web UI's export buttons
and the JSON API. They build the ``SELECT`` (the CLI with
:func:`qa_service.store.evaluations_query`, the web with the call list's
filters, :func:`qa_service.review.list_query`) and hand it here:

* :func:`visible_to` narrows a query to what a user may see (the UI's rule,
  so the API shows exactly what the UI shows: an agent sees only their own
  calls);
* :func:`evaluation_row` (one flat CSV row) and :func:`evaluation_record`
  (the whole evaluation with evidence and overrides) are the two shapes;
* :func:`iter_csv` / :func:`iter_jsonl` stream them text chunk by text chunk
  so a large export never sits in memory.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timezone
from typing import Any, Iterator

from sqlalchemy import Select
from sqlalchemy.orm import Session, defer, selectinload

from qa_service.db.models import (
    Agent,
    CallRecord,
    Evaluation,
    ScorecardVersion,
    User,
)
from qa_service.store import evaluation_view
from transcription.errors import QAError

__all__ = [
    "CSV_COLUMNS",
    "EXPORT_FORMATS",
    "evaluation_record",
    "evaluation_row",
    "export_query",
    "iter_csv",
    "iter_export",
    "iter_jsonl",
    "visible_to",
    "write_export",
]

# the formats of an export: one row per evaluation, or each evaluation in full
EXPORT_FORMATS: tuple[str, ...] = ("csv", "jsonl")
# CSV columns, in order
CSV_COLUMNS: tuple[str, ...] = (
    "call_id", "started_at", "duration", "agent_id", "agent_name", "team", "scorecard", "version", "score",
    "auto_score", "passed", "auto_failed", "review_state", "failed_criteria", "overridden_criteria", "evaluated_at",
)
# rows fetched from the database at a time while streaming
_YIELD_PER = 500


def _iso(value: datetime | None) -> str:
    if value is None:
        return ""
    # SQLite hands timestamps back without their zone; they are stored as UTC
    return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).isoformat()


def visible_to(query: Select, user: User) -> Select:
    """Narrow an evaluations query (joined to calls) to what ``user`` may see.

    The rule is the web UI's (:func:`qa_service.review.visible_calls_clause`):
    admins and authors see every call, a trainer the calls of their teams'
    agents, an agent only their own calls.
    """
    from qa_service.review import visible_calls_clause

    return query.where(visible_calls_clause(user))


def export_query(query: Select) -> Select:
    """``query`` with everything an export reads loaded up front (no query per row)."""
    return query.options(
        selectinload(Evaluation.call).selectinload(CallRecord.agent).selectinload(Agent.team),
        selectinload(Evaluation.scorecard_version).selectinload(ScorecardVersion.scorecard),
        selectinload(Evaluation.criteria),
        selectinload(Evaluation.overrides),
    )


def evaluation_row(evaluation: Evaluation) -> dict[str, Any]:
    """One evaluation as a flat CSV row (effective values, after overrides)."""
    call = evaluation.call
    agent = call.agent
    version = evaluation.scorecard_version
    return {
        "call_id": call.call_id,
        "started_at": _iso(call.started_at),
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
        "evaluated_at": _iso(evaluation.created_at),
    }


def evaluation_record(evaluation: Evaluation) -> dict[str, Any]:
    """One evaluation in full: the CSV columns, its id, the evaluation with evidence, and the overrides."""
    return {
        "id": evaluation.id,
        "call": evaluation.call_id,
        **evaluation_row(evaluation),
        "evaluation": evaluation_view(evaluation),
        "overrides": [
            {
                "criterion": o.criterion_id,
                "old_outcome": o.old_outcome,
                "new_outcome": o.new_outcome,
                "reason": o.reason,
                "at": _iso(o.created_at),
            }
            for o in evaluation.overrides
        ],
    }


def _evaluations(session: Session, query: Select, *, with_result: bool = True) -> Iterator[Evaluation]:
    query = export_query(query)
    if not with_result:
        # a CSV row needs no evidence: leave the large result JSON in the database
        query = query.options(defer(Evaluation.result))
    yield from session.scalars(query.execution_options(yield_per=_YIELD_PER))


def iter_csv(session: Session, query: Select) -> Iterator[str]:
    """The evaluations of ``query`` as CSV text: the header, then one chunk per row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for evaluation in _evaluations(session, query, with_result=False):
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(evaluation_row(evaluation))
    yield buffer.getvalue()


def iter_jsonl(session: Session, query: Select) -> Iterator[str]:
    """The evaluations of ``query`` as JSON Lines, one full record per line."""
    import json

    for evaluation in _evaluations(session, query):
        yield json.dumps(evaluation_record(evaluation), ensure_ascii=False, default=str) + "\n"


def iter_export(session: Session, query: Select, fmt: str) -> Iterator[str]:
    """CSV or JSON Lines chunks of ``query``; ``fmt`` is one of :data:`EXPORT_FORMATS`."""
    if fmt not in EXPORT_FORMATS:
        raise QAError(f"export format {fmt!r} is not one of {', '.join(EXPORT_FORMATS)}")
    return iter_csv(session, query) if fmt == "csv" else iter_jsonl(session, query)


def write_export(session: Session, query: Select, stream: io.TextIOBase | Any, fmt: str) -> int:
    """Write the evaluations of ``query`` to ``stream`` as ``fmt``; returns how many were written."""
    chunks = 0
    for chunk in iter_export(session, query, fmt):
        stream.write(chunk)
        chunks += 1
    # CSV: every chunk but the last ends where a row starts, the first holds the header
    return chunks - 1 if fmt == "csv" else chunks
