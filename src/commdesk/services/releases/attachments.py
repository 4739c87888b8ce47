"""Attachments of a release (photos, fact sheets): stored with a SHA-256 content hash, size-limited."""

from __future__ import annotations

import hashlib
import mimetypes

from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.releases.records import Attachment
from commdesk.persistence.models.releases import ReleaseAttachmentRow
from commdesk.persistence.repositories import releases as repo
from commdesk.services.context import ServiceContext

MAX_ATTACHMENT = 10 * 1024 * 1024


def _to(row: ReleaseAttachmentRow) -> Attachment:
    return Attachment(row.id, row.filename, row.media_type, row.size, row.sha256, row.added_by, row.at)


class ReleaseAttachmentService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def add(self, release_id: int, filename: str, data: bytes) -> Attachment:
        person = self.ctx.require(Role.OFFICER, action=translate("Releases", "attach files to releases"))
        name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
        if not name:
            raise ValidationError({"filename": translate("Releases", "The attachment needs a file name.")})
        if len(data) > MAX_ATTACHMENT:
            raise ValidationError(
                {
                    "data": translate(
                        "Releases",
                        "“{name}” is {size:.1f} MB; attachments may be at most 10 MB. Compress it or "
                        "share a link instead.",
                    ).format(name=name, size=len(data) / 1024 / 1024)
                }
            )
        with self.ctx.unit_of_work() as uow:
            if repo.get(uow.session, release_id) is None:
                raise NotFound(
                    translate("Releases", "There is no press release with id {id}.").format(id=release_id)
                )
            row = ReleaseAttachmentRow(
                release_id=release_id,
                filename=name,
                media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
                added_by=person.name,
                at=self.ctx.clock(),
            )
            return _to(repo.add(uow.session, row))

    def list(self, release_id: int) -> list[Attachment]:
        with self.ctx.unit_of_work() as uow:
            return [_to(r) for r in repo.attachments_of(uow.session, release_id)]

    def data(self, attachment_id: int) -> bytes:
        with self.ctx.unit_of_work() as uow:
            row = repo.attachment(uow.session, attachment_id)
            if row is None:
                raise NotFound(translate("Releases", "This attachment was deleted."))
            if hashlib.sha256(row.data).hexdigest() != row.sha256:
                raise ValidationError(
                    {
                        "data": translate(
                            "Releases", "The stored copy of “{name}” is damaged (its content hash differs)."
                        ).format(name=row.filename)
                    }
                )
            return bytes(row.data)
