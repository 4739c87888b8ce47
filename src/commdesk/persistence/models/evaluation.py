"""Tables of what people say (EV-1, EV-3, EV-4), revision 0091_evaluation_voices.

- ``survey_mappings``: how one survey tool's export maps its columns to questions, stored once per
  kind ("问卷星", "Microsoft Forms", ...) so the next export of the same tool maps itself.
- ``surveys``: one imported survey: title, the period it asked about, whether it was anonymous, the
  tool it came from and the file.
- ``survey_questions``: its questions in the file's order; ``kind`` is "scale" (numbers, or the usual
  satisfaction words) or "text"; ``scale_max`` the top of the scale (5 or 10).
- ``survey_responses``: one answered questionnaire; the respondent's name and e-mail are kept only
  when the survey was not anonymous (for an anonymous survey they stay empty, and the import drops
  every identifying column: name, e-mail, phone, IP, ...).
- ``survey_answers``: one answer: a number for a scale, the words for a text question.
- ``interviews``: a managers' interview (EV-3): the day, the interviewee's role (not necessarily a
  name), its themes as tags, notes and follow-ups.
- ``training_sessions`` and ``training_attendance`` (EV-4): a session's day, topic and trainer; the
  people expected and whether each came.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commdesk.persistence.models.base import Base, Timestamps, Versioned


class SurveyMappingRow(Versioned, Timestamps, Base):
    __tablename__ = "survey_mappings"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(100), unique=True)
    mapping_json: Mapped[str] = mapped_column(Text, default="{}")  # {header: question or "-"}


class SurveyRow(Versioned, Timestamps, Base):
    __tablename__ = "surveys"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    period: Mapped[str] = mapped_column(String(10))  # 2026H2, 2026Q4, 2026-11, 2026
    closes_on: Mapped[date] = mapped_column(Date, index=True)  # the period's last day
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    kind: Mapped[str] = mapped_column(String(100), default="")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    created_by: Mapped[str] = mapped_column(String(200), default="")


class SurveyQuestionRow(Base):
    __tablename__ = "survey_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(10), default="scale")  # scale | text
    scale_max: Mapped[int] = mapped_column(Integer, default=5)

    __table_args__ = (UniqueConstraint("survey_id", "position"),)


class SurveyResponseRow(Base):
    __tablename__ = "survey_responses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"), index=True)
    line: Mapped[int] = mapped_column(Integer)  # the row of the file it came from
    respondent_name: Mapped[str] = mapped_column(String(200), default="")  # empty when anonymous
    respondent_email: Mapped[str] = mapped_column(String(320), default="")  # empty when anonymous


class SurveyAnswerRow(Base):
    __tablename__ = "survey_answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("survey_responses.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("survey_questions.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[float | None] = mapped_column(Float, nullable=True)  # a scale's number
    text: Mapped[str] = mapped_column(Text, default="")  # a text question's words


class InterviewRow(Versioned, Timestamps, Base):
    __tablename__ = "interviews"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    interviewee_role: Mapped[str] = mapped_column(String(200))
    themes: Mapped[str] = mapped_column(String(1000), default="")  # tags, one per line
    notes: Mapped[str] = mapped_column(Text, default="")
    follow_ups: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(200), default="")


class TrainingSessionRow(Versioned, Timestamps, Base):
    __tablename__ = "training_sessions"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    topic: Mapped[str] = mapped_column(String(300))
    trainer: Mapped[str] = mapped_column(String(200), default="")


class TrainingAttendanceRow(Versioned, Timestamps, Base):
    __tablename__ = "training_attendance"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_sessions.id", ondelete="CASCADE"), index=True
    )
    person: Mapped[str] = mapped_column(String(200))
    present: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (UniqueConstraint("session_id", "person"),)
