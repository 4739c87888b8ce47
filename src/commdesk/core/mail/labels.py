"""Field, value and action names of the outbox as people read them, for history views (registered
with ``core.labels`` by ``register_labels``). Plain dicts, translated when called."""
from __future__ import annotations

from ..i18n import translate


def field_labels() -> dict[str, str]:
    return {
        "status": translate("Mail", "Status"), "subject": translate("Mail", "Subject"),
        "sender": translate("Mail", "From"), "recipients": translate("Mail", "To"),
        "kind": translate("Mail", "Kind"), "attempts": translate("Mail", "Attempts"),
        "next_attempt_at": translate("Mail", "Next try"), "uncertain": translate("Mail", "May have arrived"),
        "last_error": translate("Mail", "Problem"), "server_reply": translate("Mail", "Server's answer"),
        "queued_by": translate("Mail", "Queued by"), "sent_at": translate("Mail", "Sent"),
        "follow_up_by": translate("Mail", "Follow-up by"), "follow_up_done_at": translate("Mail", "Follow-up done"),
        "held_reason": translate("Mail", "Why held"), "source_revision": translate("Mail", "Release version"),
        "related_entity": translate("Mail", "Belongs to"),
    }


def value_labels() -> dict[str, dict[str, str]]:
    """{field: {stored value: words}}: a message's status and why it is held."""
    from ..releases.gate import (HOLD_CHANGED, HOLD_GONE, HOLD_NOT_APPROVED, HOLD_UNVERSIONED, HOLD_WITHDRAWN,
                                 hold_text)

    statuses = {"queued": translate("Mail", "queued"), "sending": translate("Mail", "sending"),
                "sent": translate("Mail", "sent"), "failed": translate("Mail", "failed"),
                "cancelled": translate("Mail", "cancelled"), "held": translate("Mail", "held")}
    held = {c: hold_text(c) for c in (HOLD_CHANGED, HOLD_WITHDRAWN, HOLD_NOT_APPROVED, HOLD_GONE, HOLD_UNVERSIONED)}
    return {"status": statuses, "held_reason": held}


def action_labels() -> dict[str, str]:
    """The outbox's audit actions in words."""
    return {
        "hold": translate("Mail", "Held"), "rebuild": translate("Mail", "Rebuilt"),
        "cancel": translate("Mail", "Cancelled"), "retry": translate("Mail", "Queued again"),
        "confirm_delivered": translate("Mail", "Confirmed delivered"), "override": translate("Mail", "Override"),
        "follow_up": translate("Mail", "Follow-up set"), "follow_up_confirmed": translate("Mail", "Follow-up done"),
    }


def register_labels(register) -> None:
    """Called by ``core.labels.load_area_labels``."""
    register("mail_outbox", field_labels=field_labels, value_labels=value_labels)
