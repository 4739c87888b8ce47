"""Why a held message is held, in words that name what it belongs to and what to do.

A held copy said "The item was changed after this message was made": not which item, nor how to
have it sent. The outbox knows the record a message belongs to only by its table and id
(``related_entity``, ``related_id``); how people know that record (a release's PR-2026-014, an
event's EV-2026-001, an announcement's number and subject) is read by a namer each area's record
registers here (``register_record_name``, done in ``services.mail.assembly``), inside the outbox's
own transaction. The words themselves: ``core.review.gate.held_words`` for reviewed kinds, the
release codes with the outbox's own buttons and commands here, anything else ``core.mail.labels``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from commdesk.core.i18n import translate
from commdesk.core.mail.labels import hold_text
from commdesk.core.review import gate as review_gate
from commdesk.core.review.kinds import Kind

#: ``name(session, related_id) -> how people know the record, or None``
RecordName = Callable[[Session, str], str | None]

_names: dict[str, RecordName] = {}
_KINDS = {kind.entity: kind for kind in Kind}


def register_record_name(related_entity: str, name: RecordName) -> None:
    """How the records of ``related_entity`` are named in a held message's reason (idempotent)."""
    _names[related_entity] = name


def record_name(session: Session, related_entity: str | None, related_id: str | None) -> str:
    """The record a message belongs to as people know it, "" when no namer knows it."""
    name = _names.get(related_entity or "")
    if name is None or related_id is None:
        return ""
    try:
        return name(session, related_id) or ""
    except ValueError:  # an id that is not a number: nothing to name
        return ""


def _release(code: str, about: str, message_id: int) -> str | None:
    from commdesk.core.releases import gate

    if code not in (
        gate.HOLD_CHANGED,
        gate.HOLD_NOT_APPROVED,
        gate.HOLD_UNVERSIONED,
        gate.HOLD_WITHDRAWN,
        gate.HOLD_ARCHIVED,
        gate.HOLD_GONE,
    ):
        return None
    reason = gate.hold_text(code)
    if about:
        reason = translate("Mail", "Press release {reference}: {reason}").format(
            reference=about, reason=reason
        )
    if code in (gate.HOLD_CHANGED, gate.HOLD_NOT_APPROVED, gate.HOLD_UNVERSIONED):
        then = translate(
            "Mail",
            "Once the release is approved: “Rebuild” in the Outbox, or commdesk outbox rebuild {message}; "
            "to drop it: “Cancel message”, or commdesk outbox cancel {message}.",
        )
    else:
        then = translate("Mail", "“Cancel message” in the Outbox, or commdesk outbox cancel {message}.")
    return translate("Mail", "{reason} {then}").format(reason=reason, then=then.format(message=message_id))


def explain(
    code: str | None, related_entity: str | None, related_id: str | None, message_id: int, about: str = ""
) -> str:
    """Why message ``message_id`` is held (``code``), naming the record it belongs to (``about``,
    else its number) and what to do; the plain reason when nothing more is known."""
    if not code:
        return ""
    kind = _KINDS.get(related_entity or "")
    if kind is not None and related_id is not None:
        # the number its commands take; an event's reference (EV-2026-001) is taken as well
        handle = about if kind is Kind.EVENT_INVITATION and about else related_id
        said = review_gate.held_words(code, kind.value, about or related_id, handle, message_id)
        if said:
            return said
    if related_entity == "releases":
        said = _release(code, about, message_id)
        if said:
            return said
    return hold_text(code)
