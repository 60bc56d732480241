"""indicator values, history, goal links, target values

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 13:31:36.293264
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "column_mapping",
        sa.Column("header_signature", sa.String(length=64), nullable=False),
        sa.Column("headers", sa.Text(), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("header_signature", name=op.f("pk_column_mapping")),
    )
    op.create_table(
        "kpi_value_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.String(length=32), nullable=False),
        sa.Column("municipality_id", sa.String(length=4), nullable=False),
        sa.Column("period", sa.Integer(), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("old_value", sa.Float(), nullable=True),
        sa.Column("old_missing_reason", sa.String(length=16), nullable=True),
        sa.Column("new_value", sa.Float(), nullable=True),
        sa.Column("new_missing_reason", sa.String(length=16), nullable=True),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_value_change")),
    )
    with op.batch_alter_table("kpi_value_change", schema=None) as batch_op:
        batch_op.create_index(
            "ix_kpi_value_change_key",
            ["kpi_id", "municipality_id", "period", "gender"],
            unique=False,
        )

    op.create_table(
        "kpi_target_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.String(length=32), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("gender IN ('T', 'K', 'M')", name=op.f("ck_kpi_target_value_gender")),
        sa.ForeignKeyConstraint(
            ["kpi_id"], ["kpi.id"], name=op.f("fk_kpi_target_value_kpi_id_kpi"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_target_value")),
        sa.UniqueConstraint("kpi_id", "gender", "year", name=op.f("uq_kpi_target_value_kpi_id")),
    )
    with op.batch_alter_table("kpi_target_value", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpi_target_value_kpi_id"), ["kpi_id"], unique=False)

    op.create_table(
        "kpi_value",
        sa.Column("kpi_id", sa.String(length=32), nullable=False),
        sa.Column("municipality_id", sa.String(length=4), nullable=False),
        sa.Column("period", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("missing_reason", sa.String(length=16), nullable=True),
        sa.Column("count", sa.Float(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=True),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("gender IN ('T', 'K', 'M')", name=op.f("ck_kpi_value_gender")),
        sa.CheckConstraint(
            "(value IS NULL) = (missing_reason IS NOT NULL)",
            name=op.f("ck_kpi_value_value_or_missing_reason"),
        ),
        sa.ForeignKeyConstraint(["kpi_id"], ["kpi.id"], name=op.f("fk_kpi_value_kpi_id_kpi")),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_kpi_value_municipality_id_municipality"),
        ),
        sa.PrimaryKeyConstraint(
            "kpi_id", "municipality_id", "period", "gender", name=op.f("pk_kpi_value")
        ),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("kpi_value", schema=None) as batch_op:
        batch_op.create_index(
            "ix_kpi_value_municipality", ["municipality_id", "kpi_id", "period"], unique=False
        )

    op.create_table(
        "kpi_goal_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.String(length=32), nullable=False),
        sa.Column("goal_number", sa.Integer(), nullable=False),
        sa.Column("target_code", sa.String(length=8), nullable=True),
        sa.ForeignKeyConstraint(
            ["goal_number"], ["goal.number"], name=op.f("fk_kpi_goal_link_goal_number_goal")
        ),
        sa.ForeignKeyConstraint(
            ["kpi_id"], ["kpi.id"], name=op.f("fk_kpi_goal_link_kpi_id_kpi"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["target_code"], ["target.code"], name=op.f("fk_kpi_goal_link_target_code_target")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_goal_link")),
        sa.UniqueConstraint(
            "kpi_id", "goal_number", "target_code", name=op.f("uq_kpi_goal_link_kpi_id")
        ),
    )
    with op.batch_alter_table("kpi_goal_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_kpi_goal_link_goal_number"), ["goal_number"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_kpi_goal_link_kpi_id"), ["kpi_id"], unique=False)

    with op.batch_alter_table("kpi", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("unit", sa.String(length=60), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("source", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("higher_is_better", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("kpi", schema=None) as batch_op:
        batch_op.drop_column("higher_is_better")
        batch_op.drop_column("source")
        batch_op.drop_column("unit")

    with op.batch_alter_table("kpi_goal_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_goal_link_kpi_id"))
        batch_op.drop_index(batch_op.f("ix_kpi_goal_link_goal_number"))

    op.drop_table("kpi_goal_link")
    with op.batch_alter_table("kpi_value", schema=None) as batch_op:
        batch_op.drop_index("ix_kpi_value_municipality")

    op.drop_table("kpi_value")
    with op.batch_alter_table("kpi_target_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_target_value_kpi_id"))

    op.drop_table("kpi_target_value")
    with op.batch_alter_table("kpi_value_change", schema=None) as batch_op:
        batch_op.drop_index("ix_kpi_value_change_key")

    op.drop_table("kpi_value_change")
    op.drop_table("column_mapping")
