"""Who can approve what: every kind of approval commdesk knows and the roles that may give it.

An approval is a person's word that lets someone else's work go on: a press release's review
(approve, or send it back with requested changes; four eyes) and the sign-off of minutes. The
services authorise these steps with the roles named here (the release workflow's reviewer role,
the minutes' writers), and the rule of a desk several people share asks :func:`can_approve` who
needs a passphrase so that no one approves in their name at that computer. A new kind of approval
added to :data:`APPROVERS` and checked with :func:`approver_roles` is covered by both at once.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping

from commdesk.core.domain.people import Role
from commdesk.core.i18n import translate
from commdesk.core.releases import workflow


class Approval(enum.Enum):
    RELEASE = "release"  # approve a press release, or request changes to it (ReleaseService.act)
    MINUTES = "minutes"  # sign off minutes (MinutesService.approve)
    KNOWLEDGE = "knowledge"  # approve a knowledge-base entry's version (KnowledgeService.approve)
    PUBLISHING = "publishing"  # approve or return a post, announcement, invitation or procedure version

    @property
    def label(self) -> str:
        """What is approved, in words: "press releases", "minutes"."""
        return {
            Approval.RELEASE: translate("People", "press releases"),
            Approval.MINUTES: translate("People", "minutes"),
            Approval.KNOWLEDGE: translate("People", "knowledge-base answers"),
            Approval.PUBLISHING: translate(
                "People", "posts, announcements, invitations and procedure versions"
            ),
        }[self]


def _release_reviewers() -> tuple[Role, ...]:
    """The roles the release workflow lets approve or request changes (core decides: it has no
    services to ask), as people's roles."""
    names = (
        workflow.TRANSITIONS[workflow.Action.APPROVE].roles
        | workflow.TRANSITIONS[workflow.Action.REQUEST_CHANGES].roles
    )
    return tuple(r for r in Role if r.value in names)


# Each kind of approval -> the roles of which the approver needs one (in the order refusals name them).
APPROVERS: Mapping[Approval, tuple[Role, ...]] = {
    Approval.RELEASE: _release_reviewers(),
    Approval.MINUTES: (Role.OFFICER, Role.ADMINISTRATOR),
    # what the hotline tells callers: a reviewer answers for it, never its author (four eyes)
    Approval.KNOWLEDGE: (Role.REVIEWER,),
    # social posts, announcements, event invitations (core.review.workflow): reviewers, four eyes
    Approval.PUBLISHING: (Role.REVIEWER,),
}


def approver_roles(kind: Approval) -> tuple[Role, ...]:
    """The roles that may give approvals of ``kind`` (for ``ctx.require`` / ``ctx.refusal``)."""
    return APPROVERS[kind]


def approvals_of(roles: Iterable[Role]) -> tuple[Approval, ...]:
    """The kinds of approval someone holding ``roles`` can give (none: they approve nothing)."""
    held = frozenset(roles)
    return tuple(kind for kind, needed in APPROVERS.items() if held & frozenset(needed))


def can_approve(roles: Iterable[Role]) -> bool:
    """Whether someone holding ``roles`` can approve anything."""
    return bool(approvals_of(roles))


def in_words(roles: Iterable[Role]) -> str:
    """What someone holding ``roles`` can approve, in words: "press releases, minutes"."""
    return translate("People", ", ").join(kind.label for kind in approvals_of(roles))
