"""The evaluation's and the procedure's tables and fields as people read them in history views, the
audit pane and its PDF (``register_labels`` hands them to ``core.labels``)."""

from __future__ import annotations

from commdesk.core.i18n import translate
from commdesk.core.table_labels import PERSON, register_tables


def entity_labels() -> dict[str, str]:
    return {
        "procedure_versions": translate("EvaluationLabels", "Procedure version"),
        "procedure_department_rules": translate("EvaluationLabels", "Department implementation rules"),
        "procedure_acknowledgements": translate("EvaluationLabels", "Procedure acknowledgement"),
        "procedure_reviews": translate("EvaluationLabels", "Yearly procedure review"),
        "survey_mappings": translate("EvaluationLabels", "Survey column mapping"),
        "surveys": translate("EvaluationLabels", "Survey"),
        "survey_questions": translate("EvaluationLabels", "Survey question"),
        "survey_responses": translate("EvaluationLabels", "Survey response"),
        "survey_answers": translate("EvaluationLabels", "Survey answer"),
        "interviews": translate("EvaluationLabels", "Interview"),
        "training_sessions": translate("EvaluationLabels", "Training session"),
        "training_attendance": translate("EvaluationLabels", "Training attendance"),
    }


def field_labels() -> dict[str, str]:
    return {
        "number": translate("EvaluationLabels", "Number"),
        "text_zh": translate("EvaluationLabels", "Chinese text"),
        "text_en": translate("EvaluationLabels", "English text"),
        "owner_department": translate("EvaluationLabels", "Owner department"),
        "effective_on": translate("EvaluationLabels", "Effective on"),
        "state": translate("EvaluationLabels", "State"),
        "retired_ids": translate("EvaluationLabels", "Retired rules"),
        "change_note": translate("EvaluationLabels", "What changed"),
        "created_by_name": translate("EvaluationLabels", "Written by"),
        "version_id": translate("EvaluationLabels", "Procedure version"),
        "department": translate("EvaluationLabels", "Department"),
        "person_name": translate("EvaluationLabels", "Person"),
        "person_id": translate("EvaluationLabels", "Person"),
        "held_on": translate("EvaluationLabels", "Held on"),
        "findings": translate("EvaluationLabels", "Findings"),
        "decisions": translate("EvaluationLabels", "Decisions"),
        "recorded_by_name": translate("EvaluationLabels", "Recorded by"),
        "kind": translate("EvaluationLabels", "Kind"),
        "mapping_json": translate("EvaluationLabels", "Column mapping"),
        "title": translate("EvaluationLabels", "Title"),
        "period": translate("EvaluationLabels", "Period"),
        "anonymous": translate("EvaluationLabels", "Anonymous"),
        "file_name": translate("EvaluationLabels", "File"),
        "survey_id": translate("EvaluationLabels", "Survey"),
        "position": translate("EvaluationLabels", "Position"),
        "text": translate("EvaluationLabels", "Text"),
        "scale_max": translate("EvaluationLabels", "Top of the scale"),
        "line": translate("EvaluationLabels", "Line in the file"),
        "respondent_name": translate("EvaluationLabels", "Respondent"),
        "respondent_email": translate("EvaluationLabels", "Respondent's e-mail"),
        "response_id": translate("EvaluationLabels", "Response"),
        "question_id": translate("EvaluationLabels", "Question"),
        "value": translate("EvaluationLabels", "Answer"),
        "day": translate("EvaluationLabels", "Day"),
        "interviewee_role": translate("EvaluationLabels", "Interviewee's role"),
        "themes": translate("EvaluationLabels", "Themes"),
        "notes": translate("EvaluationLabels", "Notes"),
        "follow_ups": translate("EvaluationLabels", "Follow-ups"),
        "topic": translate("EvaluationLabels", "Topic"),
        "trainer": translate("EvaluationLabels", "Trainer"),
        "session_id": translate("EvaluationLabels", "Training session"),
        "person": translate("EvaluationLabels", "Person"),
        "present": translate("EvaluationLabels", "Present"),
        "closes_on": translate("EvaluationLabels", "Closes on"),
        "at": translate("EvaluationLabels", "When"),
    }


def register_labels(register) -> None:
    """Called by ``core.labels.load_area_labels``."""
    register_tables(register, entity_labels, field_labels=field_labels, references={"person_id": PERSON})
