"""Field, value and action names of the outbox as people read them, for history views (registered
with ``core.labels`` by ``register_labels``). Plain dicts, translated when called."""

from __future__ import annotations

from commdesk.core.i18n import translate

# why a meeting invitation or minutes mail is held (release codes: core.releases.gate)
HOLD_MEETING_CHANGED = "meeting_changed"
HOLD_MINUTES_CHANGED = "minutes_changed"
HOLD_MEETING_GONE = "meeting_gone"
# a message about a record whose area never told the outbox how to check it: held, never sent unchecked
HOLD_UNCHECKED = "unchecked"


def hold_text(code: str | None) -> str:
    """Why a message is held, in words: meeting and minutes codes here, a release's from the gate."""
    from commdesk.core.releases import gate

    words = {
        HOLD_MEETING_CHANGED: lambda: translate(
            "Mail",
            "The meeting changed after this invitation was made (time, place, agenda or participants). "
            "Cancel it and send the invitation again from the meeting.",
        ),
        HOLD_MINUTES_CHANGED: lambda: translate(
            "Mail", "The minutes changed after this message was made. Cancel it and send the minutes again."
        ),
        HOLD_MEETING_GONE: lambda: translate("Mail", "The meeting no longer exists; cancel this message."),
        HOLD_UNCHECKED: lambda: translate(
            "Mail",
            "This message could not be checked against the record it carries, so it was not sent. "
            "Close commdesk, open it again and send it; if it is held again, report it to your administrator.",
        ),
    }.get(code or "")
    return words() if words else gate.hold_text(code)


def hold_codes() -> tuple[str, ...]:
    from commdesk.core.releases import gate
    from commdesk.core.review import gate as review_gate

    return (
        *review_gate.hold_codes(),
        gate.HOLD_CHANGED,
        gate.HOLD_WITHDRAWN,
        gate.HOLD_NOT_APPROVED,
        gate.HOLD_GONE,
        gate.HOLD_UNVERSIONED,
        gate.HOLD_ARCHIVED,
        HOLD_MEETING_CHANGED,
        HOLD_MINUTES_CHANGED,
        HOLD_MEETING_GONE,
        HOLD_UNCHECKED,
    )


def field_labels() -> dict[str, str]:
    return {
        "status": translate("Mail", "Status"),
        "subject": translate("Mail", "Subject"),
        "sender": translate("Mail", "From"),
        "recipients": translate("Mail", "To"),
        "kind": translate("Mail", "Kind"),
        "attempts": translate("Mail", "Attempts"),
        "next_attempt_at": translate("Mail", "Next try"),
        "uncertain": translate("Mail", "May have arrived"),
        "last_error": translate("Mail", "Problem"),
        "server_reply": translate("Mail", "Server's answer"),
        "queued_by": translate("Mail", "Queued by"),
        "sent_at": translate("Mail", "Sent"),
        "follow_up_by": translate("Mail", "Follow-up by"),
        "follow_up_done_at": translate("Mail", "Follow-up done"),
        "held_reason": translate("Mail", "Why held"),
        "source_revision": translate("Mail", "Version carried"),
        "related_entity": translate("Mail", "Belongs to"),
    }


def status_labels() -> dict[str, str]:
    """A message's status in words: the outbox pane, the CLI, Home and history views all use these."""
    return {
        "queued": translate("Mail", "queued"),
        "sending": translate("Mail", "sending"),
        "sent": translate("Mail", "sent"),
        "failed": translate("Mail", "failed"),
        "cancelled": translate("Mail", "cancelled"),
        "held": translate("Mail", "held"),
    }


def state_text(status: str, uncertain: bool = False, retrying: bool = False) -> str:
    """A message's state as the outbox says it: a failure that may have been delivered, or that the
    back-off will try again, says so; otherwise the status in words."""
    if status == "failed" and uncertain:
        return translate("Mail", "interrupted: may have been delivered")
    if retrying:
        return translate("Mail", "failed, retrying")
    return status_labels().get(status, status)


def value_labels() -> dict[str, dict[str, str]]:
    """{field: {stored value: words}}: a message's status and why it is held."""
    return {"status": status_labels(), "held_reason": {c: hold_text(c) for c in hold_codes()}}


def action_labels() -> dict[str, str]:
    """The outbox's audit actions in words."""
    return {
        "hold": translate("Mail", "Held"),
        "rebuild": translate("Mail", "Rebuilt"),
        "cancel": translate("Mail", "Cancelled"),
        "retry": translate("Mail", "Queued again"),
        "confirm_delivered": translate("Mail", "Confirmed delivered"),
        "override": translate("Mail", "Override"),
        "follow_up": translate("Mail", "Follow-up set"),
        "follow_up_confirmed": translate("Mail", "Follow-up done"),
    }


def register_labels(register) -> None:
    """Called by ``core.labels.load_area_labels``."""
    register("mail_outbox", field_labels=field_labels, value_labels=value_labels)
