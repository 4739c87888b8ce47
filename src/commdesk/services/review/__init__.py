"""The review engine: one workflow for everything that speaks for the organisation (issue 17).

Contract for the areas that plug in (posts, announcements, event invitations)
================================================================================

A kind keeps its records in its own tables; the engine keeps their review in ``review_items`` and
friends (migration ``0061_review``, branch "publishing": a migration whose tables refer to these
says ``depends_on = ("0061_review",)``). Kinds: ``core.review.kinds.Kind`` — ``POST``,
``ANNOUNCEMENT``, ``EVENT_INVITATION`` (releases keep their own workflow and tables, and leave by the
same gate rule).

States (``core.review.workflow.State``): ``draft`` → ``in_review`` → ``returned`` | ``approved`` →
``sent`` (announcement, invitation) | ``published`` (post); ``withdrawn`` from any state before
published (``reopen`` makes it a draft again).

1. **Saving content** — in the kind's own unit of work, every time the item's content is saved
   (also the first time)::

       revision = ctx.service(ReviewService).record_edit_in(
           uow.session, Kind.POST, post_id, {"text": ..., "platform": ..., ...}, ctx.current())

   ``content`` is ``{field: text}``: everything that must not change unseen after approval (put
   the planned time, audience, etc. in as text). The first call opens the review (the actor is the
   author). A call that changes the content hash keeps a new revision, makes the actor the last
   editor, voids every approval (approved or sent → in review) and holds the outbox messages built
   from the old text that have not left yet. What was published or withdrawn cannot be edited
   (``ValidationError``).
   Register the people's names of the fields once: ``core.review.kinds.register_fields(kind,
   lambda: {"text": translate(...), ...}, body="text")`` (the body is diffed paragraph by paragraph).

2. **The workflow** — one service call each (one transaction), ``expected_version`` is
   ``ReviewStatus.version`` as the window read it (a stale one raises ``ConflictError``)::

       svc = ctx.service(ReviewService)
       svc.state_of(kind, item_id) -> ReviewStatus | None     # state, approvers, allowed actions, version
       svc.states_of(kind, [ids]) -> {id: State}              # for a list
       svc.submit(kind, item_id, expected_version)             # officer/administrator
       svc.approve(kind, item_id, expected_version, note="")  # reviewer, not author/last editor
       svc.return_(kind, item_id, expected_version, comment)   # reviewer, comment required
       svc.withdraw(kind, item_id, expected_version) / svc.reopen(...)
       svc.comments(kind, item_id) / svc.add_comment(kind, item_id, text)
       svc.steps(kind, item_id)                                # the history of the review
       svc.diff_against_approved(kind, item_id) -> ContentDiff # core.releases.diff types
       svc.content(kind, item_id, revision=None) -> {field: text}
       svc.reviewers_needed(kind) / svc.set_reviewers_needed(kind, 1 | 2)  # setting review.reviewers.<kind>

   Four eyes: the approver is neither the author nor the last editor; with two reviewers needed,
   two different people approve the same text. Approvers hold the reviewer role
   (``services.approvals.Approval.PUBLISHING``: a passphrase on a shared desk). On a team database
   the server enforces the same (``persistence/server_security.py``).

3. **Leaving** — the one gate (``core.review.gate``; ``services.review.gate.ReviewGate``)::

       ReviewGate(ctx).check(kind, item_id, Path.COPY | Path.MAIL | Path.EML ..., reference, content_hash)
       # inside a unit of work, when the item goes out:
       svc.finish_in(uow.session, kind, item_id, content_hash, ctx.current())  # -> sent / published

   ``finish_in`` refuses unless the item is approved at exactly ``content_hash`` (the text you are
   sending or publishing: ``core.review.content.content_hash(content)``).

4. **Mail** — queue each message with ``related_entity=kind.entity`` (``"announcements"``,
   ``"event_invitations"``), ``related_id=item_id`` and ``source_revision=content_hash``. The outbox
   then holds it (never sends it) unless the item is still approved at that hash, when it claims
   the message, right before the hand-over and on ``.eml`` export (``services.mail.assembly``
   registers ``ReviewGate.hold_check`` for every kind: do not register another check for these
   entities).
"""

from commdesk.services.review.service import ReviewComment, ReviewService, ReviewStatus, ReviewStep

__all__ = ["ReviewComment", "ReviewService", "ReviewStatus", "ReviewStep"]
