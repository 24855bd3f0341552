"""scale: the dashboard's figures read from indexes

* ``evaluations``: the call-timing figures the dashboard averages
  (``agent_interruptions``, ``customer_interruptions``, ``silence_seconds``,
  ``long_silences``, ``longest_silence``, ``overlap_seconds``) as columns, filled
  from each stored result's metrics, so a trend does not parse every result's JSON;
* ``ix_evaluations_current_figures``: the current evaluations with every column the
  lists, counts and dashboards read (a covering partial index: SQLite keeps the
  large ``result`` JSON in overflow pages, and reading any column stored after it
  walked them for every row);
* ``ix_criterion_results_evaluation_outcomes``: criterion outcomes by evaluation
  (covering, for the per-criterion trends and agreement);
* ``ix_calls_dated_at_id``, ``ix_evaluations_current_score_id``: the call list's
  keyset pages by date and by score.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import json
import math
from typing import Any, Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = "0007"
down_revision: Union[str, None] = "0006"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TIMING_COLUMNS = (
    "agent_interruptions", "customer_interruptions", "silence_seconds", "long_silences", "longest_silence",
    "overlap_seconds",
)
# where each column's value sits in the result's "metrics" (as qa_service.evaluations.timing_columns reads it)
_PATHS = (
    ("interruptions", "agent"), ("interruptions", "customer"), ("silence", "total"), ("silence", "count"),
    ("silence", "longest", 2), ("overlap",),
)
_BATCH = 1000


def _number(metrics: Any, path: tuple[Any, ...]) -> float | None:
    value = metrics
    for step in path:
        try:
            value = value[step]
        except (KeyError, IndexError, TypeError):
            return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


def upgrade() -> None:
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        for name in TIMING_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Float(), nullable=True))

    # fill the new columns from the stored results, a batch at a time (the results are large)
    conn = op.get_bind()
    table = sa.table("evaluations", sa.column("id", sa.Integer), sa.column("result", sa.JSON),
                     *(sa.column(n, sa.Float) for n in TIMING_COLUMNS))
    last = 0
    while True:
        rows = conn.execute(
            sa.select(table.c.id, table.c.result).where(table.c.id > last).order_by(table.c.id).limit(_BATCH)
        ).all()
        if not rows:
            break
        updates = []
        for row_id, result in rows:
            if isinstance(result, str):
                result = json.loads(result)
            metrics = result.get("metrics") if isinstance(result, dict) else None
            updates.append({"row_id": row_id, **{n: _number(metrics, p) for n, p in zip(TIMING_COLUMNS, _PATHS)}})
        conn.execute(
            table.update().where(table.c.id == sa.bindparam("row_id")).values(
                **{n: sa.bindparam(n) for n in TIMING_COLUMNS}
            ),
            updates,
        )
        last = rows[-1][0]

    op.create_index(
        "ix_evaluations_current_figures", "evaluations",
        ["call_id", "score", "passed", "auto_failed", "review_state", "scorecard_version_id", "id", "is_current",
         *TIMING_COLUMNS],
        unique=False, sqlite_where=sa.text("is_current = 1"), postgresql_where=sa.text("is_current"),
    )
    op.create_index(
        "ix_criterion_results_evaluation_outcomes", "criterion_results",
        ["evaluation_id", "criterion_id", "outcome", "auto_outcome"], unique=False,
    )
    # the call list's keyset pages: (date, id) and (score, id) in index order (PostgreSQL compares row
    # values through a composite index only; SQLite's single-column indexes hold the rowid already)
    op.create_index("ix_calls_dated_at_id", "calls", ["dated_at", "id"], unique=False)
    op.create_index(
        "ix_evaluations_current_score_id", "evaluations", ["score", "id"], unique=False,
        sqlite_where=sa.text("is_current = 1"), postgresql_where=sa.text("is_current"),
    )


def downgrade() -> None:
    op.drop_index("ix_evaluations_current_score_id", table_name="evaluations")
    op.drop_index("ix_calls_dated_at_id", table_name="calls")
    op.drop_index("ix_criterion_results_evaluation_outcomes", table_name="criterion_results")
    op.drop_index("ix_evaluations_current_figures", table_name="evaluations")
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        for name in reversed(TIMING_COLUMNS):
            batch_op.drop_column(name)
