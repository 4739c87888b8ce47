"""The crisis log's tables, fields and codes as people read them in history views, the audit pane
and its PDF (``register_labels`` hands them to ``core.labels``)."""

from __future__ import annotations

from commdesk.core.crisis import playbooks
from commdesk.core.i18n import translate
from commdesk.core.table_labels import PERSON, register_tables


def entity_labels() -> dict[str, str]:
    return {
        "crises": translate("CrisisLabels", "Crisis"),
        "crisis_checklist_items": translate("CrisisLabels", "Crisis checklist step"),
        "crisis_links": translate("CrisisLabels", "Record linked to a crisis"),
        "crisis_notes": translate("CrisisLabels", "Crisis log note"),
    }


def field_labels() -> dict[str, str]:
    return {
        "title": translate("CrisisLabels", "Title"),
        "kind": translate("CrisisLabels", "Kind"),
        "severity": translate("CrisisLabels", "Severity"),
        "owner_id": translate("CrisisLabels", "Owner"),
        "owner_name": translate("CrisisLabels", "Owner"),
        "opened_at": translate("CrisisLabels", "Opened"),
        "closed_at": translate("CrisisLabels", "Closed"),
        "drill": translate("CrisisLabels", "Drill"),
        "summary": translate("CrisisLabels", "Summary"),
        "review": translate("CrisisLabels", "Post-crisis review"),
        "reviewed_by_name": translate("CrisisLabels", "Review recorded by"),
        "reviewed_at": translate("CrisisLabels", "Review recorded"),
        "crisis_id": translate("CrisisLabels", "Crisis"),
        "position": translate("CrisisLabels", "Position"),
        "step": translate("CrisisLabels", "Step"),
        "done_at": translate("CrisisLabels", "Done"),
        "done_by_name": translate("CrisisLabels", "Done by"),
        "item_id": translate("CrisisLabels", "Record number"),
        "linked_at": translate("CrisisLabels", "Linked"),
        "linked_by_name": translate("CrisisLabels", "Linked by"),
        "at": translate("CrisisLabels", "When"),
        "text": translate("CrisisLabels", "Note"),
        "author_name": translate("CrisisLabels", "Written by"),
    }


def value_text(field: str, value: str) -> str | None:
    if field == "severity" and str(value).isdigit():
        return playbooks.severity_label(int(value))
    if field == "step":
        return playbooks.step_text(str(value))
    if field == "kind":
        return playbooks.kind_label(str(value))
    return None  # the common wording


def register_labels(register) -> None:
    """Called by ``core.labels.load_area_labels``."""
    register_tables(
        register,
        entity_labels,
        field_labels=field_labels,
        value_text=value_text,
        references={"owner_id": PERSON},
    )
