"""``ReleaseGate``: the single place every path asks before a release leaves the organisation.

The rule itself (which paths leave, which states may leave, when a queued message is held) is written
once in ``core.review.gate`` for every kind, worded for releases by ``core.releases.gate``; this service loads the release and applies it. Callers: the release
mailer (Send to lists, the outbox at send time, rebuilding held messages), the release exports
(``.eml``, text, HTML; the PDF is internal and watermarked until publication) and the outbox's
``.eml`` export of unsent release messages.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from commdesk.core.releases import gate
from commdesk.core.releases.records import Release
from commdesk.persistence.repositories import releases as repo
from commdesk.services.context import ServiceContext
from commdesk.services.releases.service import ReleaseService
from commdesk.services.review.gate import GateClosed

__all__ = ["GateClosed", "ReleaseGate"]


class ReleaseGate:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @staticmethod
    def check(release: Release, path: gate.Path | str) -> None:
        """Raise ``GateClosed`` unless ``release`` (a ``Release``) may leave by ``path``."""
        why = gate.why_not_leave(release.state, path, release.reference)
        if why:
            raise GateClosed(why)

    def check_id(self, release_id: int, path: gate.Path | str) -> Release:
        """Load the release, check it, and return it (one read)."""
        release = self.ctx.service(ReleaseService).get(release_id)
        self.check(release, path)
        return release

    @staticmethod
    def hold_code_in(
        session: Session, release_id: str | int | None, message_revision: str | None
    ) -> str | None:
        """Inside the caller's transaction: why a message built from ``message_revision`` of release
        ``release_id`` must be held now (a ``core.releases.gate`` code), or None if it may go. A
        message without a revision is held: every release message is queued with one."""
        try:
            rid = int(release_id) if release_id is not None else None
        except ValueError:
            rid = None
        found = repo.state_and_hash(session, rid) if rid is not None else None
        if found is None:
            return gate.hold_code(None, None, message_revision)
        state, approved_hash = found
        return gate.hold_code(state, approved_hash, message_revision)

    def hold_code(self, release_id: int, message_revision: str | None) -> str | None:
        with self.ctx.unit_of_work() as uow:
            return self.hold_code_in(uow.session, release_id, message_revision)
