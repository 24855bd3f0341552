"""calibration sessions and review queues

* ``calibration_sessions``, ``calibration_evaluators``, ``calibration_calls``,
  ``calibration_answers``: a lead has evaluators score the same calls blind with
  one scorecard version; their answers per criterion (qa_service.calibration);
* ``review_queues``, ``review_queue_trainers``, ``review_queue_items``: sampling
  rules per team, the trainers who work them and the calls picked per week,
  random picks flagged (qa_service.review_queues).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = "0006"
down_revision: Union[str, None] = "0005"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('review_queues',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=32), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("rule IN ('random', 'auto_fail', 'least_sure', 'sentiment_drop')", name=op.f('ck_review_queues_rule')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_review_queues_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_review_queues_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_queues')),
    sa.UniqueConstraint('team_id', 'name', name=op.f('uq_review_queues_team_id_name'))
    )
    with op.batch_alter_table('review_queues', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_queues_team_id'), ['team_id'], unique=False)

    op.create_table('calibration_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('scorecard_version_id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status IN ('open', 'closed')", name=op.f('ck_calibration_sessions_status')),
    sa.ForeignKeyConstraint(['lead_id'], ['users.id'], name=op.f('fk_calibration_sessions_lead_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['scorecard_version_id'], ['scorecard_versions.id'], name=op.f('fk_calibration_sessions_scorecard_version_id_scorecard_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calibration_sessions'))
    )
    with op.batch_alter_table('calibration_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calibration_sessions_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_calibration_sessions_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_calibration_sessions_scorecard_version_id'), ['scorecard_version_id'], unique=False)

    op.create_table('review_queue_trainers',
    sa.Column('queue_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['queue_id'], ['review_queues.id'], name=op.f('fk_review_queue_trainers_queue_id_review_queues'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_review_queue_trainers_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('queue_id', 'user_id', name=op.f('pk_review_queue_trainers'))
    )
    with op.batch_alter_table('review_queue_trainers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_queue_trainers_user_id'), ['user_id'], unique=False)

    op.create_table('calibration_calls',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('evaluation_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['calls.id'], name=op.f('fk_calibration_calls_call_id_calls'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluations.id'], name=op.f('fk_calibration_calls_evaluation_id_evaluations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['calibration_sessions.id'], name=op.f('fk_calibration_calls_session_id_calibration_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calibration_calls')),
    sa.UniqueConstraint('session_id', 'call_id', name=op.f('uq_calibration_calls_session_id_call_id'))
    )
    with op.batch_alter_table('calibration_calls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calibration_calls_call_id'), ['call_id'], unique=False)

    op.create_table('calibration_evaluators',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['calibration_sessions.id'], name=op.f('fk_calibration_evaluators_session_id_calibration_sessions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_calibration_evaluators_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'user_id', name=op.f('pk_calibration_evaluators'))
    )
    with op.batch_alter_table('calibration_evaluators', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calibration_evaluators_user_id'), ['user_id'], unique=False)

    op.create_table('review_queue_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('queue_id', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.DateTime(timezone=True), nullable=False),
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('evaluation_id', sa.Integer(), nullable=True),
    sa.Column('assigned_to_id', sa.Integer(), nullable=True),
    sa.Column('random', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['assigned_to_id'], ['users.id'], name=op.f('fk_review_queue_items_assigned_to_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['call_id'], ['calls.id'], name=op.f('fk_review_queue_items_call_id_calls'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluations.id'], name=op.f('fk_review_queue_items_evaluation_id_evaluations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['queue_id'], ['review_queues.id'], name=op.f('fk_review_queue_items_queue_id_review_queues'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_queue_items')),
    sa.UniqueConstraint('queue_id', 'period_start', 'call_id', name=op.f('uq_review_queue_items_queue_id_period_start_call_id'))
    )
    with op.batch_alter_table('review_queue_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_queue_items_assigned_to_id'), ['assigned_to_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_queue_items_call_id'), ['call_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_queue_items_period_start'), ['period_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_queue_items_random'), ['random'], unique=False)

    op.create_table('calibration_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('calibration_call_id', sa.Integer(), nullable=False),
    sa.Column('evaluator_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.String(length=200), nullable=False),
    sa.Column('outcome', sa.String(length=8), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("outcome IN ('pass', 'fail', 'na')", name=op.f('ck_calibration_answers_outcome')),
    sa.ForeignKeyConstraint(['calibration_call_id'], ['calibration_calls.id'], name=op.f('fk_calibration_answers_calibration_call_id_calibration_calls'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['evaluator_id'], ['users.id'], name=op.f('fk_calibration_answers_evaluator_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calibration_answers')),
    sa.UniqueConstraint('calibration_call_id', 'evaluator_id', 'criterion_id', name=op.f('uq_calibration_answers_calibration_call_id_evaluator_id_criterion_id'))
    )
    with op.batch_alter_table('calibration_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calibration_answers_evaluator_id'), ['evaluator_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('calibration_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calibration_answers_evaluator_id'))

    op.drop_table('calibration_answers')
    with op.batch_alter_table('review_queue_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_queue_items_random'))
        batch_op.drop_index(batch_op.f('ix_review_queue_items_period_start'))
        batch_op.drop_index(batch_op.f('ix_review_queue_items_call_id'))
        batch_op.drop_index(batch_op.f('ix_review_queue_items_assigned_to_id'))

    op.drop_table('review_queue_items')
    with op.batch_alter_table('calibration_evaluators', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calibration_evaluators_user_id'))

    op.drop_table('calibration_evaluators')
    with op.batch_alter_table('calibration_calls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calibration_calls_call_id'))

    op.drop_table('calibration_calls')
    with op.batch_alter_table('review_queue_trainers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_queue_trainers_user_id'))

    op.drop_table('review_queue_trainers')
    with op.batch_alter_table('calibration_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calibration_sessions_scorecard_version_id'))
        batch_op.drop_index(batch_op.f('ix_calibration_sessions_lead_id'))
        batch_op.drop_index(batch_op.f('ix_calibration_sessions_created_at'))

    op.drop_table('calibration_sessions')
    with op.batch_alter_table('review_queues', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_queues_team_id'))

    op.drop_table('review_queues')
