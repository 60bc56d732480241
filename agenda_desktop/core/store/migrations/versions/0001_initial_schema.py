"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 13:23:17.196353
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )
    op.create_table(
        "goal",
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("short_sv", sa.String(length=120), nullable=False),
        sa.Column("short_en", sa.String(length=120), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_goal")),
    )
    op.create_table(
        "indicator_selection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("preset_key", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_selection")),
        sa.UniqueConstraint("name", name=op.f("uq_indicator_selection_name")),
        sa.UniqueConstraint("preset_key", name=op.f("uq_indicator_selection_preset_key")),
    )
    op.create_table(
        "kpi",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("gender_split", sa.Boolean(), nullable=False),
        sa.Column("municipality_type", sa.String(length=1), nullable=False),
        sa.Column("auspice", sa.String(length=8), nullable=False),
        sa.Column("operating_area", sa.Text(), nullable=False),
        sa.Column("perspective", sa.String(length=120), nullable=False),
        sa.Column("latest_period", sa.Integer(), nullable=True),
        sa.Column("publication_date", sa.String(length=10), nullable=True),
        sa.Column("has_ou_data", sa.Boolean(), nullable=False),
        sa.Column("is_local", sa.Boolean(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi")),
    )
    op.create_table(
        "municipality",
        sa.Column("id", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("county_code", sa.String(length=2), nullable=True),
        sa.Column("kommungrupp", sa.String(length=4), nullable=True),
        sa.Column("kommungrupp_title", sa.String(length=120), nullable=True),
        sa.Column("kolada_group_id", sa.String(length=16), nullable=True),
        sa.Column("is_fictional", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipality")),
    )
    with op.batch_alter_table("municipality", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_municipality_county_code"), ["county_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_municipality_kommungrupp"), ["kommungrupp"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_municipality_name"), ["name"], unique=False)

    op.create_table(
        "steering_cycle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("end_year", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_steering_cycle")),
    )
    op.create_table(
        "cycle_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("step BETWEEN 1 AND 5", name=op.f("ck_cycle_step_step_range")),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["steering_cycle.id"],
            name=op.f("fk_cycle_step_cycle_id_steering_cycle"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cycle_step")),
        sa.UniqueConstraint("cycle_id", "step", name=op.f("uq_cycle_step_cycle_id")),
    )
    with op.batch_alter_table("cycle_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cycle_step_cycle_id"), ["cycle_id"], unique=False)

    op.create_table(
        "indicator_selection_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("selection_id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.String(length=32), nullable=False),
        sa.Column("goal_number", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_number"],
            ["goal.number"],
            name=op.f("fk_indicator_selection_item_goal_number_goal"),
        ),
        sa.ForeignKeyConstraint(
            ["selection_id"],
            ["indicator_selection.id"],
            name=op.f("fk_indicator_selection_item_selection_id_indicator_selection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_selection_item")),
        sa.UniqueConstraint(
            "selection_id", "kpi_id", name=op.f("uq_indicator_selection_item_selection_id")
        ),
    )
    with op.batch_alter_table("indicator_selection_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indicator_selection_item_selection_id"), ["selection_id"], unique=False
        )

    op.create_table(
        "organisation_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.String(length=4), nullable=False),
        sa.Column("organisation_name", sa.String(length=200), nullable=False),
        sa.Column("diarie_prefix", sa.String(length=16), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_filename", sa.String(length=255), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_organisation_profile_municipality_id_municipality"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_profile")),
    )
    op.create_table(
        "target",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("goal_number", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("short_title_sv", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["goal_number"], ["goal.number"], name=op.f("fk_target_goal_number_goal")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_target")),
    )
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_target_goal_number"), ["goal_number"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_goal_number"))

    op.drop_table("target")
    op.drop_table("organisation_profile")
    with op.batch_alter_table("indicator_selection_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_selection_item_selection_id"))

    op.drop_table("indicator_selection_item")
    with op.batch_alter_table("cycle_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cycle_step_cycle_id"))

    op.drop_table("cycle_step")
    op.drop_table("steering_cycle")
    with op.batch_alter_table("municipality", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_municipality_name"))
        batch_op.drop_index(batch_op.f("ix_municipality_kommungrupp"))
        batch_op.drop_index(batch_op.f("ix_municipality_county_code"))

    op.drop_table("municipality")
    op.drop_table("kpi")
    op.drop_table("indicator_selection")
    op.drop_table("goal")
    op.drop_table("app_meta")
