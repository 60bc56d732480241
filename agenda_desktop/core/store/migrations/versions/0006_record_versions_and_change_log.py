"""record versions and change log

Every editable record gets a ``version`` (1 for what exists), and the change log table.
The columns are added with ALTER TABLE (never by recreating a table), so the triggers that
guard adjusted protocols (revision 0004) stay in place.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 21:00:06.691415
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

VERSIONED_TABLES = (
    "action",
    "agenda_item",
    "body",
    "commitment",
    "cycle_step",
    "dialogue_activity",
    "dialogue_comment",
    "financing_commitment",
    "financing_invoice",
    "focus_area",
    "follow_up",
    "glossary_term",
    "goal_assessment",
    "key_effort",
    "kpi",
    "kpi_target_value",
    "meeting",
    "membership",
    "network",
    "network_meeting",
    "objective",
    "objective_indicator",
    "org_unit",
    "organisation_profile",
    "person",
    "priority_goal",
    "steering_cycle",
    "target_assessment",
)


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_key", sa.String(length=64), nullable=False),
        sa.Column("parent_table", sa.String(length=64), nullable=True),
        sa.Column("parent_key", sa.String(length=64), nullable=True),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("record_label", sa.String(length=300), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "action IN ('skapad', 'andrad', 'borttagen')", name=op.f("ck_change_log_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index(op.f("ix_change_log_occurred_at"), "change_log", ["occurred_at"])
    op.create_index("ix_change_log_parent", "change_log", ["parent_table", "parent_key"])
    op.create_index("ix_change_log_record", "change_log", ["table_name", "record_key"])
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("version")
    op.drop_index("ix_change_log_record", table_name="change_log")
    op.drop_index("ix_change_log_parent", table_name="change_log")
    op.drop_index(op.f("ix_change_log_occurred_at"), table_name="change_log")
    op.drop_table("change_log")
