"""Media events' tables, fields and codes as people read them in history views, the audit pane and
its PDF (``register_labels`` hands them to ``core.labels``)."""

from __future__ import annotations

from commdesk.core.events.records import ResponseVia, RsvpStatus
from commdesk.core.i18n import translate
from commdesk.core.table_labels import PERSON, RELEASE, register_tables


def entity_labels() -> dict[str, str]:
    return {
        "events": translate("EventLabels", "Media event"),
        "event_invitees": translate("EventLabels", "Event invitee"),
    }


def field_labels() -> dict[str, str]:
    return {
        "reference": translate("EventLabels", "Reference"),
        "title": translate("EventLabels", "Title"),
        "starts_at": translate("EventLabels", "Starts"),
        "ends_at": translate("EventLabels", "Ends"),
        "zone": translate("EventLabels", "Time zone"),
        "place": translate("EventLabels", "Place"),
        "agenda": translate("EventLabels", "Agenda"),
        "owner_id": translate("EventLabels", "Owner"),
        "invitation_subject": translate("EventLabels", "Invitation subject"),
        "invitation_body": translate("EventLabels", "Invitation text"),
        "release_id": translate("EventLabels", "Press release"),
        "follow_up": translate("EventLabels", "Follow-up"),
        "event_id": translate("EventLabels", "Media event"),
        "contact_id": translate("EventLabels", "Contact"),
        "status": translate("EventLabels", "Answer"),
        "plus_ones": translate("EventLabels", "Bringing"),
        "responded_at": translate("EventLabels", "Answered"),
        "response_via": translate("EventLabels", "Answer came"),
        "rsvp_token": translate("EventLabels", "RSVP reference"),
        "invited_at": translate("EventLabels", "Invitation queued"),
        "checked_in_at": translate("EventLabels", "Checked in"),
        "checked_in_by": translate("EventLabels", "Checked in by"),
        "note": translate("EventLabels", "Note"),
    }


def value_labels() -> dict[str, dict[str, str]]:
    return {
        "status": {s.value: s.label for s in RsvpStatus},
        "response_via": {v.value: v.label for v in ResponseVia},
    }


def register_labels(register) -> None:
    """Called by ``core.labels.load_area_labels``."""
    register_tables(
        register,
        entity_labels,
        field_labels=field_labels,
        value_labels=value_labels,
        references={"owner_id": PERSON, "release_id": RELEASE},
    )
