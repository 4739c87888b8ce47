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

The decision itself is the one rule of every kind that speaks for the organisation
(``core.review.gate``: ``refusal`` and ``hold_reason``); this module words it for releases and keeps
the hold codes releases' queued messages always had.
"""

from __future__ import annotations

from commdesk.core.i18n import translate
from commdesk.core.releases.workflow import State
from commdesk.core.review import gate as review_gate
from commdesk.core.review.gate import LEAVING_PATHS, Path

#: States in which a release has passed the four-eyes review of its current text.
LEAVING_STATES = frozenset(State(s) for s in review_gate.leaving_states(review_gate.RELEASE))


__all__ = ["LEAVING_PATHS", "LEAVING_STATES", "Path", "hold_code", "hold_text", "why_not_leave"]


def why_not_leave(state: State | str, path: Path | str, reference: str) -> str | None:
    """``None`` when a release in ``state`` may go out by ``path``; else the sentence that says why not
    and what to do."""
    state, path = State(state), Path(path)
    found = review_gate.refusal(review_gate.RELEASE, state.value, path)
    if found is None:
        return None
    if found is review_gate.Refusal.WITHDRAWN:
        return translate("Releases", "{ref} is withdrawn: it cannot leave the organisation.").format(
            ref=reference
        )
    if found is review_gate.Refusal.ARCHIVED:
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


review_gate.register_wording(review_gate.RELEASE, why_not_leave)


# -- queued messages --------------------------------------------------------------------------------
HOLD_CHANGED = "release_changed"  # the text was edited after the message was built
HOLD_WITHDRAWN = "release_withdrawn"
HOLD_NOT_APPROVED = "release_not_approved"  # same text, but the approval was taken back
HOLD_GONE = "release_gone"
HOLD_ARCHIVED = "release_archived"
HOLD_UNVERSIONED = "release_version_unknown"  # a release message that does not say which text it carries


_RELEASE_CODES = {
    review_gate.Hold.CHANGED: HOLD_CHANGED,
    review_gate.Hold.WITHDRAWN: HOLD_WITHDRAWN,
    review_gate.Hold.NOT_APPROVED: HOLD_NOT_APPROVED,
    review_gate.Hold.GONE: HOLD_GONE,
    review_gate.Hold.ARCHIVED: HOLD_ARCHIVED,
    review_gate.Hold.UNVERSIONED: HOLD_UNVERSIONED,
}


def hold_code(state: State | str | None, current_hash: str | None, message_hash: str | None) -> str | None:
    """Why a queued message built from ``message_hash`` must not be sent now (a code), or None. A
    message that names no version is never taken for the approved one (fail closed)."""
    found = review_gate.hold_reason(
        review_gate.RELEASE, None if state is None else State(state).value, current_hash, message_hash
    )
    return None if found is None else _RELEASE_CODES[found]


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
    }.get(code, lambda: review_gate.hold_text(code) or code)()
