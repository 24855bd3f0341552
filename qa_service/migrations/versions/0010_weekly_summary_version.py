"""weekly summary version: web processes keep the dashboards they computed until it changes

* ``weekly_summary_version``: one row (``id`` 1) holding a random token that
  every transaction changing what a dashboard shows replaces (the weekly
  summary, agents, teams, team members, review queues, scorecards), written by
  ``qa_service.weekly_summary``; a web process keys the dashboards it keeps on
  it, so one out of date is never shown.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import secrets
from datetime import datetime, timezone
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: Union[str, None] = "0009"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    table = op.create_table(
        "weekly_summary_version",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weekly_summary_version")),
    )
    op.bulk_insert(table, [{"id": 1, "version": secrets.token_hex(16), "changed_at": datetime.now(timezone.utc)}])


def downgrade() -> None:
    op.drop_table("weekly_summary_version")
