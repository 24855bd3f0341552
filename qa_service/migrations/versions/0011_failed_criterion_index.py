"""failed criterion index: the call list filtered by a failed criterion counts from an index

* ``ix_criterion_results_criterion_outcome_evaluation``: criterion outcomes by
  criterion, outcome and evaluation, replacing ``ix_criterion_results_criterion_id_outcome``
  (its first two columns): the evaluations where a criterion failed read from
  the index alone, without visiting a table row for each (the list's count
  read thousands of them).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

from typing import Sequence, Union

from alembic import op

revision: str = "0011"
down_revision: Union[str, None] = "0010"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(
        "ix_criterion_results_criterion_outcome_evaluation", "criterion_results",
        ["criterion_id", "outcome", "evaluation_id"], unique=False,
    )
    op.drop_index("ix_criterion_results_criterion_id_outcome", table_name="criterion_results")


def downgrade() -> None:
    op.create_index("ix_criterion_results_criterion_id_outcome", "criterion_results", ["criterion_id", "outcome"],
                    unique=False)
    op.drop_index("ix_criterion_results_criterion_outcome_evaluation", table_name="criterion_results")
