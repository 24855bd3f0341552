"""evaluation lifecycle: one current evaluation per call, reviews carried forward, call dates

* ``calls.dated_at``: the date lists and dashboards use (the call's start, or
  when it was received); filled from ``started_at`` or ``created_at``;
* ``evaluations.is_current`` (at most one per call: a partial unique index),
  ``carried_from_id`` and ``review_note``; the current evaluation of every
  stored call is chosen as the service does (the newest scorecard version);
* ``carried_from_id`` on criterion results, overrides, notes and disputes, and
  ``criterion_results.needs_review`` (re-scored after review).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: Union[str, None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _current_ids(bind: sa.Connection) -> list[int]:
    """Per call, the evaluation with the newest scorecard version: the highest version of the
    scorecard registered last among those the call was scored with (the service's rule)."""
    rows = bind.execute(sa.text(
        "SELECT e.id, e.call_id, v.id, v.scorecard_id, v.version FROM evaluations e "
        "JOIN scorecard_versions v ON v.id = e.scorecard_version_id"
    )).all()
    best: dict[int, tuple[int, int, int, int]] = {}
    for evaluation_id, call_id, version_id, scorecard_id, version in rows:
        mine = (evaluation_id, version_id, scorecard_id, version)
        held = best.get(call_id)
        if held is None or _newer(mine, held):
            best[call_id] = mine
    return sorted(e for e, *_ in best.values())


def _newer(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    if a[2] == b[2]:
        return a[3] > b[3]
    return a[1] > b[1]


def upgrade() -> None:
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dated_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE calls SET dated_at = COALESCE(started_at, created_at)")
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.alter_column("dated_at", existing_type=sa.DateTime(timezone=True), nullable=False)
        batch_op.create_index(batch_op.f("ix_calls_dated_at"), ["dated_at"], unique=False)
        batch_op.create_index("ix_calls_agent_id_dated_at", ["agent_id", "dated_at"], unique=False)

    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("is_current", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("carried_from_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("review_note", sa.Text(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_evaluations_carried_from_id_evaluations"), "evaluations", ["carried_from_id"], ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(batch_op.f("ix_evaluations_carried_from_id"), ["carried_from_id"], unique=False)
    bind = op.get_bind()
    current = _current_ids(bind)
    for start in range(0, len(current), 500):
        bind.execute(
            sa.text("UPDATE evaluations SET is_current = :yes WHERE id IN :ids").bindparams(
                sa.bindparam("ids", expanding=True)
            ),
            {"yes": True, "ids": current[start:start + 500]},
        )
    op.create_index(
        "uq_evaluations_current_call_id", "evaluations", ["call_id"], unique=True,
        sqlite_where=sa.text("is_current = 1"), postgresql_where=sa.text("is_current"),
    )

    with op.batch_alter_table("criterion_results", schema=None) as batch_op:
        batch_op.add_column(sa.Column("carried_from_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("needs_review", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_foreign_key(
            batch_op.f("fk_criterion_results_carried_from_id_evaluations"), "evaluations", ["carried_from_id"],
            ["id"], ondelete="SET NULL",
        )
    for table in ("overrides", "coaching_notes", "disputes"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("carried_from_id", sa.Integer(), nullable=True))
            batch_op.create_foreign_key(
                batch_op.f(f"fk_{table}_carried_from_id_{table}"), table, ["carried_from_id"], ["id"],
                ondelete="SET NULL",
            )


def downgrade() -> None:
    for table in ("disputes", "coaching_notes", "overrides"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"fk_{table}_carried_from_id_{table}"), type_="foreignkey")
            batch_op.drop_column("carried_from_id")
    with op.batch_alter_table("criterion_results", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_criterion_results_carried_from_id_evaluations"), type_="foreignkey")
        batch_op.drop_column("needs_review")
        batch_op.drop_column("carried_from_id")
    op.drop_index("uq_evaluations_current_call_id", table_name="evaluations")
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluations_carried_from_id"))
        batch_op.drop_constraint(batch_op.f("fk_evaluations_carried_from_id_evaluations"), type_="foreignkey")
        batch_op.drop_column("review_note")
        batch_op.drop_column("carried_from_id")
        batch_op.drop_column("is_current")
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.drop_index("ix_calls_agent_id_dated_at")
        batch_op.drop_index(batch_op.f("ix_calls_dated_at"))
        batch_op.drop_column("dated_at")
