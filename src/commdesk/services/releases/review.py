"""Reviewers' comments on a release (whole release or one paragraph), answers, resolving; the diffs
a reviewer reads; and the review record (P-7)."""

from __future__ import annotations

from collections.abc import Sequence

from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, PermissionDenied, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.releases.content import locate, paragraphs
from commdesk.core.releases.diff import ContentDiff, diff_contents
from commdesk.core.releases.records import Comment, Release, ReviewRecord, Revision
from commdesk.persistence.models.releases import ReleaseCommentRow
from commdesk.persistence.repositories import releases as repo
from commdesk.persistence.repositories.releases import approval_info, facts_of
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.releases.service import ENTITY, ReleaseService, release_row

MAX_COMMENT = 10_000


class ReleaseReviewService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def releases(self) -> ReleaseService:
        return self.ctx.service(ReleaseService)

    def comments(self, release: int | Release) -> list[Comment]:
        """Every comment, oldest first; ``outdated`` when the paragraph it was made on changed
        (given the release as just read, its text is that one's, not read again)."""
        release_id = release.id if isinstance(release, Release) else release
        with self.ctx.unit_of_work() as uow:
            body = (
                release.content.body_markdown
                if isinstance(release, Release)
                else release_row(uow.session, release_id).body_markdown
            )
            current = paragraphs(body)
            rows = repo.comments_of(uow.session, release_id)
            return [self._comment(c, current) for c in rows]

    @staticmethod
    def _comment(c: ReleaseCommentRow, current) -> Comment:
        outdated = bool(c.paragraph_id) and locate(c.paragraph_id, current) is None
        return Comment(
            c.id,
            c.parent_id,
            c.author_id,
            c.author_name,
            c.paragraph_id,
            c.paragraph_text,
            c.revision,
            c.text,
            c.at,
            c.resolved_at,
            c.resolved_by,
            outdated,
            c.version,
        )

    def add_comment(
        self, release_id: int, text: str, paragraph_id: str = "", parent_id: int | None = None
    ) -> Comment:
        """A reviewer's comment, or anyone's answer (``parent_id``) on the release they work on."""
        person = self.ctx.current()
        text = text.strip()
        if not text:
            raise ValidationError({"text": translate("Releases", "Write the comment first.")})
        if len(text) > MAX_COMMENT:
            raise ValidationError(
                {"text": translate("Releases", "The comment is longer than 10,000 characters; shorten it.")}
            )
        now = self.ctx.clock()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = release_row(s, release_id)
            facts = facts_of(row, s)
            involved = person.id in facts.reviewer_ids or person.id in (
                row.author_id,
                row.last_editor_id,
                row.owner_id,
            )
            if not (involved or person.has(Role.REVIEWER) or person.has(Role.OFFICER)):
                raise PermissionDenied(
                    translate(
                        "Releases", "Only the release's reviewers, its author and officers can comment on it."
                    )
                )
            paragraph_text = ""
            if parent_id is not None:
                parent = repo.comment(s, parent_id)
                if parent is None or parent.release_id != release_id:
                    raise NotFound(translate("Releases", "The comment you answer does not exist any more."))
                paragraph_id, paragraph_text = parent.paragraph_id, parent.paragraph_text
            elif paragraph_id:
                found = locate(paragraph_id, paragraphs(row.body_markdown))
                if found is None:
                    raise ValidationError(
                        {
                            "paragraph_id": translate(
                                "Releases",
                                "That paragraph has changed since; reload the release and comment again.",
                            )
                        }
                    )
                paragraph_id, paragraph_text = found.id, found.text
            c = ReleaseCommentRow(
                release_id=release_id,
                parent_id=parent_id,
                author_id=person.id,
                author_name=person.name,
                paragraph_id=paragraph_id,
                paragraph_text=paragraph_text,
                revision=row.revision,
                text=text,
                at=now,
            )
            repo.add(s, c)
            return self._comment(c, paragraphs(row.body_markdown))

    def resolve(self, comment_id: int, resolved: bool = True, expected_version: int | None = None) -> Comment:
        person = self.ctx.current()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            c = repo.comment(s, comment_id)
            if c is None:
                raise NotFound(
                    translate("Releases", "There is no comment with id {id}.").format(id=comment_id)
                )
            row = release_row(s, c.release_id)
            if (
                person.id != c.author_id
                and person.id not in (row.author_id, row.owner_id)
                and not person.has(Role.REVIEWER)
            ):
                raise PermissionDenied(
                    translate(
                        "Releases", "Only the commenter, the author or a reviewer can resolve a comment."
                    )
                )
            check_version(
                translate("Releases", "comment"),
                c.version,
                expected_version,
                mine=None,
                theirs=self._comment(c, []),
            )
            if resolved:
                c.resolved_at, c.resolved_by = self.ctx.clock(), person.name
            else:
                c.resolved_at, c.resolved_by = None, ""
            uow.event(ENTITY, row.id, "resolve_comment" if resolved else "reopen_comment", note=str(c.id))
            s.flush()
            return self._comment(c, paragraphs(row.body_markdown))

    def diff_against_approved(self, release_id: int) -> ContentDiff | None:
        approved = self.releases.last_approved(release_id)
        if approved is None:
            return None
        return diff_contents(approved.content, self.releases.get(release_id).content)

    def diff_against_previous(self, release_id: int) -> ContentDiff | None:
        release = self.releases.get(release_id)
        if release.revision <= 1:
            return None
        previous = self.releases.revision(release_id, release.revision - 1)
        return diff_contents(previous.content, release.content)

    @staticmethod
    def diff_in_view(release: Release, revisions: Sequence[Revision], mode: int | str) -> ContentDiff | None:
        """What the review shows for ``mode`` (an earlier revision's number: that one against the
        current text, None when equal; "approved": the last approved revision against it;
        otherwise the previous revision against it), from the release and its revisions as read
        (``diff_against_approved`` and ``diff_against_previous`` read them again)."""
        by_number = {r.number: r for r in revisions}

        def version(n: int) -> Revision:
            if n not in by_number:
                raise NotFound(translate("Releases", "This release has no version {n}.").format(n=n))
            return by_number[n]

        if isinstance(mode, int):
            diff = diff_contents(version(mode).content, release.content)
            return diff if diff.changed else None
        if mode == "approved":
            number = max((a.revision for a in release.approvals), default=0)
            return diff_contents(version(number).content, release.content) if number else None
        if release.revision <= 1:
            return None
        return diff_contents(version(release.revision - 1).content, release.content)

    def review_record(self, release_id: int) -> ReviewRecord:
        svc = self.releases
        release = svc.get(release_id)
        with self.ctx.unit_of_work() as uow:
            approvals = tuple(approval_info(a) for a in repo.approvals_of(uow.session, release_id))
        return ReviewRecord(
            release,
            tuple(svc.revisions(release_id)),
            tuple(self.comments(release_id)),
            approvals,
            tuple(svc.steps(release_id)),
            tuple(svc.publications(release_id)),
        )
