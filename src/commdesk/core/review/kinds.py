"""What goes through the review engine, and how each kind is named, finished and mailed.

A kind's own service (posts, announcements, events) keeps its records in its own tables and tells
the engine its content as ``{field: text}`` (``ReviewService.record_edit_in``). ``register_fields``
gives the engine the people's names of those fields for the reviewer's diff.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping

from commdesk.core.i18n import translate


class Kind(str, enum.Enum):
    POST = "post"
    ANNOUNCEMENT = "announcement"
    EVENT_INVITATION = "event_invitation"
    PROCEDURE = "procedure"  # a new version of the communication procedure (AP-1)

    @property
    def label(self) -> str:
        return {
            Kind.POST: lambda: translate("Publishing", "social post"),
            Kind.ANNOUNCEMENT: lambda: translate("Publishing", "announcement"),
            Kind.EVENT_INVITATION: lambda: translate("Publishing", "event invitation"),
            Kind.PROCEDURE: lambda: translate("Publishing", "procedure version"),
        }[self]()

    @property
    def review_action(self) -> str:
        """What a reviewer does to an item of this kind, as a refusal names it: "You cannot review a
        social post" (approve it or return it with comments)."""
        return _REVIEW_ACTIONS[self]()

    @property
    def comment_action(self) -> str:
        """Commenting on an item of this kind in review, as a refusal names it."""
        return _COMMENT_ACTIONS[self]()

    @property
    def finished_state(self) -> str:
        """The state an approved item ends in once it went out: "published" for a post (copied to
        its platform), "sent" for what goes through the outbox."""
        return "published" if self is Kind.POST else "sent"

    @property
    def entity(self) -> str:
        """The ``related_entity`` of the outbox messages built from an item of this kind (their
        ``related_id`` is the item's id, their ``source_revision`` the content hash they carry): the
        outbox holds such a message unless its item is approved at exactly that hash."""
        return _ENTITIES[self]


_ENTITIES = {
    Kind.POST: "social_posts",
    Kind.ANNOUNCEMENT: "announcements",
    Kind.EVENT_INVITATION: "event_invitations",
    Kind.PROCEDURE: "procedure_versions",
}

#: kind -> its reviewer's step in words (approve or return), one line a kind
_REVIEW_ACTIONS: dict[Kind, Callable[[], str]] = {
    Kind.POST: lambda: translate("Publishing", "review a social post"),
    Kind.ANNOUNCEMENT: lambda: translate("Publishing", "review an announcement"),
    Kind.EVENT_INVITATION: lambda: translate("Publishing", "review an event invitation"),
    Kind.PROCEDURE: lambda: translate("Publishing", "review a procedure version"),
}
#: kind -> commenting on it in review, in words
_COMMENT_ACTIONS: dict[Kind, Callable[[], str]] = {
    Kind.POST: lambda: translate("Publishing", "comment on a social post in review"),
    Kind.ANNOUNCEMENT: lambda: translate("Publishing", "comment on an announcement in review"),
    Kind.EVENT_INVITATION: lambda: translate("Publishing", "comment on an event invitation in review"),
    Kind.PROCEDURE: lambda: translate("Publishing", "comment on a procedure version in review"),
}

#: kind -> () -> {field: label}, in display order (registered by the kind's own module)
_FIELDS: dict[Kind, Callable[[], Mapping[str, str]]] = {}
#: kind -> the field diffed paragraph by paragraph (a body), if any
_BODY: dict[Kind, str] = {}


def register_fields(
    kind: Kind | str, labels: Callable[[], Mapping[str, str]], body: str | None = None
) -> None:
    """The people's names of a kind's content fields (called when translated, so the language in
    force is used) and which one is a body of paragraphs; registering again replaces them."""
    kind = Kind(kind)
    _FIELDS[kind] = labels
    if body:
        _BODY[kind] = body
    else:
        _BODY.pop(kind, None)


def field_labels(kind: Kind | str) -> Mapping[str, str]:
    labels = _FIELDS.get(Kind(kind))
    return dict(labels()) if labels else {}


def body_field(kind: Kind | str) -> str | None:
    return _BODY.get(Kind(kind))


def announcement_fields() -> Mapping[str, str]:
    return {
        "subject": translate("Publishing", "Subject"),
        "priority": translate("Publishing", "Priority"),
        "audience": translate("Publishing", "Audience"),
        "body": translate("Publishing", "Text"),
    }


register_fields(Kind.ANNOUNCEMENT, announcement_fields, body="body")
