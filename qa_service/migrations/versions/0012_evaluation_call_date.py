"""evaluation call date: the call list's offset pages by date walk an index of current evaluations alone

* ``evaluations.call_dated_at``: the call's date (``calls.dated_at``), copied
  onto each of its evaluations, filled here from the calls; kept equal by
  :mod:`qa_service.evaluations` (storing an evaluation) and
  :mod:`qa_service.calls` (a call's date changing).
* ``ix_evaluations_current_call_dated_at``: current evaluations by (call
  date, call). ``/calls?page=1000`` at 100,000 calls walked 50,000 entries of
  the calls' date index, each probed for a current evaluation (170 ms on
  PostgreSQL); the walk now reads this index alone.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: Union[str, None] = "0011"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("call_dated_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE evaluations SET call_dated_at = (SELECT calls.dated_at FROM calls "
               "WHERE calls.id = evaluations.call_id)")
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.alter_column("call_dated_at", existing_type=sa.DateTime(timezone=True), nullable=False)
    op.create_index(
        "ix_evaluations_current_call_dated_at", "evaluations", ["call_dated_at", "call_id", "is_current"], unique=False,
        sqlite_where=sa.text("is_current = 1"), postgresql_where=sa.text("is_current"),
    )


def downgrade() -> None:
    op.drop_index("ix_evaluations_current_call_dated_at", table_name="evaluations")
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.drop_column("call_dated_at")
