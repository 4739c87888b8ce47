"""evaluation voices: surveys, managers' interviews and training (EV-1, EV-3, EV-4)

Revision ID: 0091_evaluation_voices
Revises: 0090_evaluation
Create Date: 2026-12-06

Surveys imported from any tool's export (its column mapping kept once per kind), their questions,
responses and answers (an anonymous survey's responses hold no name or e-mail); interviews with
themes; training sessions and who attended. The tables start empty.
"""

import sqlalchemy as sa
from alembic import op

from commdesk.persistence.models.base import UTCDateTime

revision = "0091_evaluation_voices"
down_revision = "0090_evaluation"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "survey_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=100), nullable=False),
        sa.Column("mapping_json", sa.Text(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_mappings")),
        sa.UniqueConstraint("kind", name=op.f("uq_survey_mappings_kind")),
    )
    op.create_table(
        "surveys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("closes_on", sa.Date(), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.String(length=100), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_surveys")),
    )
    op.create_index(op.f("ix_surveys_closes_on"), "surveys", ["closes_on"], unique=False)
    op.create_table(
        "survey_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("scale_max", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["survey_id"],
            ["surveys.id"],
            name=op.f("fk_survey_questions_survey_id_surveys"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_questions")),
        sa.UniqueConstraint("survey_id", "position", name=op.f("uq_survey_questions_survey_id")),
    )
    op.create_index(op.f("ix_survey_questions_survey_id"), "survey_questions", ["survey_id"], unique=False)
    op.create_table(
        "survey_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("respondent_name", sa.String(length=200), nullable=False),
        sa.Column("respondent_email", sa.String(length=320), nullable=False),
        sa.ForeignKeyConstraint(
            ["survey_id"],
            ["surveys.id"],
            name=op.f("fk_survey_responses_survey_id_surveys"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_responses")),
    )
    op.create_index(op.f("ix_survey_responses_survey_id"), "survey_responses", ["survey_id"], unique=False)
    op.create_table(
        "survey_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["survey_responses.id"],
            name=op.f("fk_survey_answers_response_id_survey_responses"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["survey_questions.id"],
            name=op.f("fk_survey_answers_question_id_survey_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answers")),
    )
    op.create_index(op.f("ix_survey_answers_response_id"), "survey_answers", ["response_id"], unique=False)
    op.create_index(op.f("ix_survey_answers_question_id"), "survey_answers", ["question_id"], unique=False)
    op.create_table(
        "interviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("interviewee_role", sa.String(length=200), nullable=False),
        sa.Column("themes", sa.String(length=1000), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("follow_ups", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviews")),
    )
    op.create_index(op.f("ix_interviews_day"), "interviews", ["day"], unique=False)
    op.create_table(
        "training_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("trainer", sa.String(length=200), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_sessions")),
    )
    op.create_index(op.f("ix_training_sessions_day"), "training_sessions", ["day"], unique=False)
    op.create_table(
        "training_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("person", sa.String(length=200), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_sessions.id"],
            name=op.f("fk_training_attendance_session_id_training_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_attendance")),
        sa.UniqueConstraint("session_id", "person", name=op.f("uq_training_attendance_session_id")),
    )
    op.create_index(
        op.f("ix_training_attendance_session_id"), "training_attendance", ["session_id"], unique=False
    )


def downgrade() -> None:
    for table in (
        "training_attendance",
        "training_sessions",
        "interviews",
        "survey_answers",
        "survey_responses",
        "survey_questions",
        "surveys",
        "survey_mappings",
    ):
        op.drop_table(table)
