"""Do-not-contact when an interaction is logged: reaching out on a channel the
person asked not to be contacted on warns (procedure CR-3: the process is built into the system).
The warning may be overridden with a reason (e.g. "they called us back"), which the service writes
to the audit log. Pure: the caller passes the contact's active do-not-contact entries."""

from __future__ import annotations

from collections.abc import Iterable

from commdesk.core.contacts.labels import channel_label, kind_label
from commdesk.core.i18n import translate
from commdesk.core.rules import Finding, Level

# interaction channels -> the do-not-contact channel they fall under
_CHANNEL_OF = {
    "email": "email",
    "e-mail": "email",
    "phone": "phone",
    "sms": "phone",
    "mail": "mail",
    "post": "mail",
}
# the channel an interaction of a kind goes through unless another is chosen (a call is by phone)
KIND_CHANNEL = {
    "call": "phone",
    "mailing": "email",
    "pitch": "email",
    "event_invitation": "email",
    "meeting": "in_person",
}
# kinds that are not us reaching out (they called, or a note for ourselves)
PASSIVE_KINDS = frozenset({"inquiry", "note", "coverage"})


def default_channel(kind: str) -> str | None:
    """The channel an interaction of ``kind`` goes through by default (None: the kind does not say)."""
    return KIND_CHANNEL.get(kind)


def dnc_channel(kind: str, channel: str) -> str | None:
    """The do-not-contact channel (email, phone, mail) an interaction uses, if any; with no channel
    given, the kind's own."""
    key = (channel or "").strip().casefold() or KIND_CHANNEL.get(kind, "")
    return _CHANNEL_OF.get(key)


def interaction_findings(name: str, kind: str, channel: str, consents: Iterable) -> list[Finding]:
    """A warning when logging ``kind`` on ``channel`` reaches ``name`` on a do-not-contact channel.

    ``consents``: the contact's active entries (objects with ``channel``, ``do_not_contact``, ``reason``)."""
    if kind in PASSIVE_KINDS:
        return []
    used = dnc_channel(kind, channel)
    if used is None:
        return []
    out = []
    for c in consents:
        if c.do_not_contact and str(getattr(c.channel, "value", c.channel)) == used:
            out.append(
                Finding(
                    "CR-3",
                    Level.WARN,
                    translate(
                        "Contacts",
                        "{name} asked not to be contacted by {channel} ({reason}), and this {kind} uses "
                        "that channel. Log it only with a reason (e.g. they called us).",
                    ).format(
                        name=name,
                        channel=channel_label(used),
                        reason=c.reason or translate("Contacts", "no reason given"),
                        kind=kind_label(kind).lower(),
                    ),
                )
            )
    return out
