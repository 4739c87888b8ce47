"""The one rule that decides whether a press release may leave the organisation (P-6, MD-3, MD-4).

Every path by which a release's text reaches someone outside calls :func:`why_not_leave` (through
``services.releases.gate.ReleaseGate``); nothing else decides it. The rule:

* **Leaving** paths — mail through the outbox (``Path.MAIL``), ``.eml`` files for a mail program
  (``Path.EML``: window Export and ``commdesk releases eml``), plain text and HTML for a newsroom
  (``Path.TEXT``, ``Path.HTML``) and the outbox's own ``.eml`` export of an unsent release message —
  are open only while the release is **approved, scheduled or published** (``LEAVING_STATES``), that
  is after the four-eyes review of exactly the current text.
* **Internal** paths stay open in every state: the release PDF (until approval it carries the DRAFT
  watermark and until publication the embargo banner, so a Draft can be printed for internal
  review), the review record PDF, the coverage report, and reading a release (the editor,
  ``commdesk releases show``, which prints the state beside the text).
* A message queued in the outbox remembers the content hash it was built from. At send time it may
  go only if :func:`hold_code` finds nothing: the release is still in a leaving state *and* its
  current (approved) content hash is the one the message carries. Otherwise the message is **held**
  with the code as its reason, never sent; re-approving offers to rebuild it from the new approved
  text or to cancel it.
"""

from __future__ import annotations

import enum

from commdesk.core.i18n import translate
from commdesk.core.releases.workflow import State

#: States in which a release has passed the four-eyes review of its current text.
LEAVING_STATES = frozenset({State.APPROVED, State.SCHEDULED, State.PUBLISHED})


class Path(str, enum.Enum):
    MAIL = "mail"  # the outbox (Send to lists, and each message again at send time)
    EML = "eml"  # .eml files for a mail program
    TEXT = "txt"  # plain text for a newsroom
    HTML = "html"  # HTML for a newsroom's site
    PDF = "pdf"  # the release PDF: watermarked until published
    REVIEW = "review"  # the review record PDF
    COVERAGE = "coverage"  # the coverage report

    @property
    def leaves(self) -> bool:
        return self in LEAVING_PATHS


LEAVING_PATHS = frozenset({Path.MAIL, Path.EML, Path.TEXT, Path.HTML})


def why_not_leave(state: State | str, path: Path | str, reference: str) -> str | None:
    """``None`` when a release in ``state`` may go out by ``path``; else the sentence that says why not
    and what to do."""
    state, path = State(state), Path(path)
    if not path.leaves or state in LEAVING_STATES:
        return None
    if state is State.WITHDRAWN:
        return translate("Releases", "{ref} is withdrawn: it cannot leave the organisation.").format(
            ref=reference
        )
    if state is State.ARCHIVED:
        return translate(
            "Releases",
            "{ref} is archived: it no longer leaves the organisation by mail, .eml, text "
            "or HTML; its PDF is still available.",
        ).format(ref=reference)
    return translate(
        "Releases",
        "{ref} is {state}: only approved, scheduled or published releases may leave the "
        "organisation (mail, .eml, text or HTML). Have it reviewed and approved first; a PDF for internal "
        "review is still possible.",
    ).format(ref=reference, state=state.label)


# -- queued messages --------------------------------------------------------------------------------
HOLD_CHANGED = "release_changed"  # the text was edited after the message was built
HOLD_WITHDRAWN = "release_withdrawn"
HOLD_NOT_APPROVED = "release_not_approved"  # same text, but the approval was taken back
HOLD_GONE = "release_gone"
HOLD_ARCHIVED = "release_archived"
HOLD_UNVERSIONED = "release_version_unknown"  # a release message that does not say which text it carries


def hold_code(state: State | str | None, current_hash: str | None, message_hash: str | None) -> str | None:
    """Why a queued message built from ``message_hash`` must not be sent now (a code), or None. A
    message that names no version is never taken for the approved one (fail closed)."""
    if state is None:
        return HOLD_GONE
    state = State(state)
    if state is State.WITHDRAWN:
        return HOLD_WITHDRAWN
    if state is State.ARCHIVED:
        return HOLD_ARCHIVED
    if not message_hash:
        return HOLD_UNVERSIONED
    if current_hash != message_hash:
        return HOLD_CHANGED
    if state not in LEAVING_STATES:
        return HOLD_NOT_APPROVED
    return None


def hold_text(code: str | None) -> str:
    """The reason of a held message, in words."""
    if not code:
        return ""
    return {
        HOLD_CHANGED: lambda: translate(
            "Releases",
            "The release was changed after this message was made; the message holds a version "
            "that is no longer approved. Approve the new version, then rebuild the message (or cancel it).",
        ),
        HOLD_WITHDRAWN: lambda: translate("Releases", "The release was withdrawn; cancel this message."),
        HOLD_NOT_APPROVED: lambda: translate(
            "Releases",
            "The release is no longer approved (changes were requested). Approve it again, then "
            "rebuild the message (or cancel it).",
        ),
        HOLD_ARCHIVED: lambda: translate("Releases", "The release was archived; cancel this message."),
        HOLD_GONE: lambda: translate("Releases", "The release no longer exists; cancel this message."),
        HOLD_UNVERSIONED: lambda: translate(
            "Releases",
            "This message does not record which version of the release it carries, so it cannot be "
            "checked against the approved one. Rebuild it from the approved version (or cancel it).",
        ),
    }.get(code, lambda: code)()
