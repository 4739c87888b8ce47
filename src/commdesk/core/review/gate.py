"""The one rule that decides whether something that speaks for the organisation may leave it
(P-6, AN-4): a press release, a social post, an announcement, an event invitation.

* **Leaving** paths (``Path``: mail through the outbox, ``.eml`` files, plain text and HTML for a
  newsroom, the text copied to a social platform) are open only while the item is in a state
  after the four-eyes review of exactly its current text (``leaving_states``): a release approved,
  scheduled or published; any other kind approved, sent or published.
* **Internal** paths (a PDF for internal review, the review record, the coverage report) stay open
  in every state.
* A message queued in the outbox carries the content hash it was built from; at send time it may go
  only if :func:`hold_code` finds nothing: the item is still in a leaving state *and* its current
  (approved) hash is the one the message carries. Otherwise the message is **held**, never sent.

``core.releases.gate`` words this rule for releases (its messages and hold codes stay those
releases always had) and asks :func:`refusal` / :func:`hold_reason` for the decision itself.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from commdesk.core.i18n import translate

RELEASE = "release"  # press releases: their own tables and workflow, the same gate

#: kind -> the states in which it passed the four-eyes review of its current text
_LEAVING: dict[str, frozenset[str]] = {RELEASE: frozenset({"approved", "scheduled", "published"})}
_REVIEWED_LEAVING = frozenset({"approved", "sent", "published"})
#: states after which an item never leaves again
_CLOSED = frozenset({"withdrawn", "archived"})


def leaving_states(kind: str) -> frozenset[str]:
    return _LEAVING.get(str(getattr(kind, "value", kind)), _REVIEWED_LEAVING)


class Path(str, enum.Enum):
    MAIL = "mail"  # the outbox (sending, and each message again at send time)
    EML = "eml"  # .eml files for a mail program
    TEXT = "txt"  # plain text for a newsroom
    HTML = "html"  # HTML for a newsroom's site
    COPY = "copy"  # a post's text copied for its platform
    PDF = "pdf"  # a PDF: watermarked until published
    REVIEW = "review"  # the review record PDF
    COVERAGE = "coverage"  # the coverage report

    @property
    def leaves(self) -> bool:
        return self in LEAVING_PATHS


LEAVING_PATHS = frozenset({Path.MAIL, Path.EML, Path.TEXT, Path.HTML, Path.COPY})


class Refusal(str, enum.Enum):
    WITHDRAWN = "withdrawn"
    ARCHIVED = "archived"
    NOT_APPROVED = "not_approved"


def refusal(kind: str, state: str, path: Path | str) -> Refusal | None:
    """The rule: None when an item of ``kind`` in ``state`` may go out by ``path``."""
    state, path = str(getattr(state, "value", state)), Path(path)
    if not path.leaves or state in leaving_states(kind):
        return None
    if state == "withdrawn":
        return Refusal.WITHDRAWN
    if state == "archived":
        return Refusal.ARCHIVED
    return Refusal.NOT_APPROVED


#: kind -> its own wording of the rule (``core.releases.gate`` registers releases')
_WORDING: dict[str, Callable[[str, Path | str, str], str | None]] = {}


def register_wording(kind: str, why_not: Callable[[str, Path | str, str], str | None]) -> None:
    """A kind whose refusals keep words of their own (releases): ``why_not`` must decide by
    :func:`refusal`, only its sentences differ."""
    _WORDING[kind] = why_not


def why_not_leave(kind: str, state: str, path: Path | str, reference: str) -> str | None:
    """``None`` when an item of ``kind`` in ``state`` may go out by ``path``; else the sentence that
    says why not and what to do (a release's in the words releases always used)."""
    kind = str(getattr(kind, "value", kind))
    worded = _WORDING.get(kind)
    if worded is not None:
        return worded(state, path, reference)
    found = refusal(kind, state, path)
    if found is None:
        return None
    if found is Refusal.WITHDRAWN:
        return translate("Publishing", "{ref} is withdrawn: it cannot leave the organisation.").format(
            ref=reference
        )
    from commdesk.core.review.workflow import State

    label = State(state).in_sentence if state in State._value2member_map_ else state
    if state == State.IN_REVIEW.value:  # submitted already: only the approval is missing
        return translate(
            "Publishing",
            "{ref} is {state}: only what was reviewed and approved in its current version may leave the "
            "organisation. It can leave once a reviewer has approved it.",
        ).format(ref=reference, state=label)
    return translate(
        "Publishing",
        "{ref} is {state}: only what was reviewed and approved in its current version may leave the "
        "organisation. Submit it for review and have it approved first.",
    ).format(ref=reference, state=label)


# -- queued messages --------------------------------------------------------------------------------
class Hold(str, enum.Enum):
    CHANGED = "changed"  # the text was edited after the message was built
    WITHDRAWN = "withdrawn"
    NOT_APPROVED = "not_approved"  # same text, but the approval was taken back
    GONE = "gone"
    ARCHIVED = "archived"
    UNVERSIONED = "version_unknown"  # the message does not say which text it carries
    UNREVIEWED = "unreviewed"  # it speaks for the organisation (【重要通知】) but no review stands behind it


def hold_reason(
    kind: str, state: str | None, current_hash: str | None, message_hash: str | None
) -> Hold | None:
    """Why a queued message built from ``message_hash`` must not be sent now, or None. A message that
    names no version is never taken for the approved one (fail closed)."""
    if state is None:
        return Hold.GONE
    state = str(getattr(state, "value", state))
    if state == "withdrawn":
        return Hold.WITHDRAWN
    if state == "archived":
        return Hold.ARCHIVED
    if not message_hash:
        return Hold.UNVERSIONED
    if current_hash != message_hash:
        return Hold.CHANGED
    if state not in leaving_states(kind):
        return Hold.NOT_APPROVED
    return None


#: the outbox's held_reason of a reviewed kind's message: "review_<reason>"
HOLD_PREFIX = "review_"


def hold_code(kind: str, state: str | None, current_hash: str | None, message_hash: str | None) -> str | None:
    """The outbox's code for :func:`hold_reason` of a reviewed kind's message (releases keep their
    own codes, ``core.releases.gate.hold_code``)."""
    found = hold_reason(kind, state, current_hash, message_hash)
    return None if found is None else HOLD_PREFIX + found.value


def hold_codes() -> tuple[str, ...]:
    return tuple(HOLD_PREFIX + h.value for h in Hold)


def _reason(code: str | None) -> Hold | None:
    """The ``Hold`` an outbox code names, None for a code that is not the review engine's."""
    if not code or not code.startswith(HOLD_PREFIX):
        return None
    try:
        return Hold(code[len(HOLD_PREFIX) :])
    except ValueError:
        return None


def hold_text(code: str | None) -> str | None:
    """The reason of a held message of a reviewed kind, in words; None for another code."""
    reason = _reason(code)
    if reason is None:
        return None
    return {
        Hold.CHANGED: lambda: translate(
            "Publishing",
            "The item was changed after this message was made; the message holds a version that is no "
            "longer approved. Have the new version approved, then send it again (and cancel this one).",
        ),
        Hold.WITHDRAWN: lambda: translate("Publishing", "The item was withdrawn; cancel this message."),
        Hold.NOT_APPROVED: lambda: translate(
            "Publishing",
            "The item is no longer approved (it was returned). Have it approved again, then send it again "
            "(and cancel this message).",
        ),
        Hold.ARCHIVED: lambda: translate("Publishing", "The item was archived; cancel this message."),
        Hold.GONE: lambda: translate("Publishing", "The item no longer exists; cancel this message."),
        Hold.UNREVIEWED: lambda: translate(
            "Publishing",
            "An important notice (【重要通知】) goes out only as an announcement approved by a reviewer. "
            "Cancel this message and write it in Announcements.",
        ),
        Hold.UNVERSIONED: lambda: translate(
            "Publishing",
            "This message does not record which version of the item it carries, so it cannot be checked "
            "against the approved one. Cancel it and send the approved version again.",
        ),
    }[reason]()


def _what(kind: str, about: str) -> str:
    """The item a held copy belongs to, inside a sentence ("announcement 5 “Annual party”")."""
    from commdesk.core.review.kinds import Kind

    words = {
        Kind.POST: lambda: translate("Publishing", "social post {about}"),
        Kind.ANNOUNCEMENT: lambda: translate("Publishing", "announcement {about}"),
        Kind.EVENT_INVITATION: lambda: translate("Publishing", "the invitation to event {about}"),
        Kind.PROCEDURE: lambda: translate("Publishing", "procedure version {about}"),
    }
    return words[Kind(kind)]().format(about=about)


def _redo(kind: str, item_id: str, message_id: int) -> str:
    """What to do with a copy held because its item moved on: the buttons and the commands."""
    from commdesk.core.review.kinds import Kind

    if kind == Kind.ANNOUNCEMENT:
        return translate(
            "Publishing",
            "Have it approved again (Submit for review, then a reviewer approves), then send it again: "
            "“Send to the lists…” in Announcements, or commdesk announcements send {item}; that "
            "cancels the held copies. To drop them instead: “Cancel message” in the Outbox, or "
            "commdesk outbox cancel {message}.",
        ).format(item=item_id, message=message_id)
    if kind == Kind.EVENT_INVITATION:
        return translate(
            "Publishing",
            "Have it approved again (Submit for review, then a reviewer approves), then send it again: "
            "“Send invitations…” in Media events, or commdesk events send {item} --again; and cancel "
            "the held copies: “Cancel message” in the Outbox, or commdesk outbox cancel {message}.",
        ).format(item=item_id, message=message_id)
    return translate(
        "Publishing",
        "Have it approved again and send it again from its own window; cancel this copy: “Cancel "
        "message” in the Outbox, or commdesk outbox cancel {message}.",
    ).format(message=message_id)


def _drop(message_id: int) -> str:
    return translate(
        "Publishing", "Cancel it: “Cancel message” in the Outbox, or commdesk outbox cancel {message}."
    ).format(message=message_id)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def held_words(code: str | None, kind: str, about: str, item_id: str, message_id: int) -> str | None:
    """Why a copy of a reviewed item is held, naming the item (``about``: its reference, or its
    number and title) and what to do, by the buttons and the commands that do it; None for a code
    that is not the review engine's. ``item_id`` is the number the item's commands take."""
    reason = _reason(code)
    if reason is None:
        return None
    if reason is Hold.UNREVIEWED:
        return hold_text(code)
    what = _what(kind, about)
    said = {
        Hold.CHANGED: lambda: translate(
            "Publishing",
            "{what} was changed after this copy was made: the copy carries a version that is no longer "
            "approved, so it is held and never sent.",
        ),
        Hold.NOT_APPROVED: lambda: translate(
            "Publishing",
            "{what} is no longer approved (it was returned or reopened), so this copy is held and never sent.",
        ),
        Hold.UNVERSIONED: lambda: translate(
            "Publishing",
            "This copy does not record which version of {what} it carries, so it cannot be checked "
            "against the approved one and is held.",
        ),
        Hold.WITHDRAWN: lambda: translate("Publishing", "{what} was withdrawn; this copy is never sent."),
        Hold.ARCHIVED: lambda: translate("Publishing", "{what} was archived; this copy is never sent."),
        Hold.GONE: lambda: translate("Publishing", "{what} no longer exists; this copy is never sent."),
    }[reason]().format(what=what)
    closed = reason in (Hold.WITHDRAWN, Hold.ARCHIVED, Hold.GONE)
    then = _drop(message_id) if closed else _redo(kind, item_id, message_id)
    return translate("Publishing", "{said} {then}").format(said=_capital(said), then=then)
