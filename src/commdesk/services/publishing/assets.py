"""The asset library of the social posts (SM-2): images and videos kept in the private data folder
under their SHA-256 fingerprint (one copy however often a file is added), with tags, usage rights and
an expiry, and the warnings a post's author sees when attaching one whose rights are unknown or end
before the post goes out.

The files live in ``assets/<database key>/store/<first two hex digits>/<fingerprint><ext>`` beside
the database's other private files (``paths.recovery_dir``'s key: one folder per database); the
database holds their records. A library on a server database is kept on the desk that added a file:
``copy_out`` names the missing file and the desk it came from cannot be told, so it says to add the
file again there.
"""

from __future__ import annotations

import builtins
import hashlib
import mimetypes
import os
import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from commdesk import paths
from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.files import private_folder
from commdesk.core.i18n import translate
from commdesk.persistence.models.social import SocialAssetRow
from commdesk.persistence.repositories import social as repo
from commdesk.services.context import ServiceContext, check_version

WRITERS = (Role.OFFICER, Role.ADMINISTRATOR)
READERS = (Role.OFFICER, Role.ADMINISTRATOR, Role.REVIEWER)
#: rights that end within this many days of a post's planned time are worth a warning
EXPIRY_MARGIN_DAYS = 14
CHUNK = 1 << 20


def assets_folder(ctx: ServiceContext) -> Path:
    """The asset library's folder for the database ``ctx`` is on (private, one per database)."""
    return paths.data_dir() / "assets" / paths.recovery_dir(ctx, "assets").name


def _write_action() -> str:
    return translate("SocialAssets", "add to and keep the asset library")


def _read_action() -> str:
    return translate("SocialAssets", "read the asset library")


@dataclass(frozen=True)
class Asset:
    id: int
    sha256: str
    file_name: str
    media_type: str
    size: int
    tags: tuple[str, ...]
    rights: str
    expires_on: date | None
    version: int
    uses: int = 0


@dataclass(frozen=True)
class Added:
    asset: Asset
    duplicate: bool  # the same file (by fingerprint) was in the library already


def _tags(text: str) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for part in text.replace("，", ",").replace(";", ",").split(","):
        tag = part.strip()
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


def _asset(row: SocialAssetRow, uses: int = 0) -> Asset:
    return Asset(
        row.id,
        row.sha256,
        row.file_name,
        row.media_type,
        row.size,
        _tags(row.tags),
        row.rights,
        row.expires_on,
        row.version,
        uses,
    )


def fingerprint(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


class AssetService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def may_write(self) -> str:
        return self.ctx.refusal(*WRITERS, action=_write_action())

    def folder(self) -> Path:
        return assets_folder(self.ctx)

    def _stored(self, sha256: str, file_name: str) -> Path:
        ext = Path(file_name).suffix.lower()
        return self.folder() / "store" / sha256[:2] / f"{sha256}{ext}"

    def list(self, search: str = "") -> builtins.list[Asset]:
        """The library by file name; ``search`` matches names and tags."""
        self.ctx.require(*READERS, action=_read_action())
        needle = search.strip().casefold()
        with self.ctx.unit_of_work() as uow:
            uses = repo.asset_use_counts(uow.session)
            out = [_asset(r, uses.get(r.id, 0)) for r in repo.assets(uow.session)]
        if needle:
            out = [
                a
                for a in out
                if needle in a.file_name.casefold() or any(needle in t.casefold() for t in a.tags)
            ]
        return out

    def get(self, asset_id: int) -> Asset:
        self.ctx.require(*READERS, action=_read_action())
        with self.ctx.unit_of_work() as uow:
            row = repo.asset(uow.session, asset_id)
            if row is None:
                raise NotFound(translate("SocialAssets", "That file is no longer in the asset library."))
            return _asset(row, repo.asset_use_counts(uow.session).get(row.id, 0))

    def add(
        self,
        path: str | os.PathLike,
        *,
        tags: str = "",
        rights: str = "",
        expires_on: date | None = None,
    ) -> Added:
        """Copy a file into the library under its fingerprint. The same file added again (under any
        name) is not copied twice: the one already there is returned with ``duplicate`` True."""
        me = self.ctx.require(*WRITERS, action=_write_action())
        source = Path(path)
        try:
            if source.is_dir():
                raise IsADirectoryError(source)
            sha256, size = fingerprint(source)
        except OSError as exc:
            from commdesk.services.publishing.files import unreadable

            raise ValidationError(unreadable(source, exc), "file") from None
        with self.ctx.unit_of_work() as uow:
            found = repo.asset_by_hash(uow.session, sha256)
            if found is not None:
                return Added(_asset(found, repo.asset_use_counts(uow.session).get(found.id, 0)), True)
            target = self._stored(sha256, source.name)
            private_folder(target.parent)
            if not target.exists():
                part = target.with_name(target.name + ".part")
                shutil.copyfile(source, part)
                os.chmod(part, 0o600)
                if fingerprint(part)[0] != sha256:  # the file changed while it was copied
                    part.unlink()
                    raise ValidationError(
                        translate("SocialAssets", "{name} changed while it was copied; add it again.").format(
                            name=source.name
                        ),
                        "file",
                    )
                os.replace(part, target)
            row = SocialAssetRow(
                sha256=sha256,
                file_name=source.name[:300],
                media_type=mimetypes.guess_type(source.name)[0] or "",
                size=size,
                tags=", ".join(_tags(tags)),
                rights=rights.strip(),
                expires_on=expires_on,
                added_by=me.id,
            )
            repo.add(uow.session, row)
            return Added(_asset(row), False)

    def update(
        self,
        asset_id: int,
        *,
        tags: str,
        rights: str,
        expires_on: date | None,
        expected_version: int | None = None,
    ) -> Asset:
        self.ctx.require(*WRITERS, action=_write_action())
        with self.ctx.unit_of_work() as uow:
            row = repo.asset(uow.session, asset_id)
            if row is None:
                raise NotFound(translate("SocialAssets", "That file is no longer in the asset library."))
            check_version("social_assets", row.version, expected_version, mine=tags, theirs=_asset(row))
            row.tags, row.rights, row.expires_on = ", ".join(_tags(tags)), rights.strip(), expires_on
            uow.session.flush()
            return _asset(row, repo.asset_use_counts(uow.session).get(row.id, 0))

    def path_of(self, asset: Asset) -> Path:
        return self._stored(asset.sha256, asset.file_name)

    def copy_out(self, sha256: str, file_name: str, target: Path) -> Path:
        """A copy of a stored file at ``target`` (owner-only)."""
        stored = self._stored(sha256, file_name)
        if not stored.is_file():
            raise NotFound(
                translate(
                    "SocialAssets",
                    "The file {name} is not in this computer's asset library (it was added on another "
                    "desk, or removed from the data folder); add it again here.",
                ).format(name=file_name)
            )
        shutil.copyfile(stored, target)
        os.chmod(target, 0o600)
        return target

    def warnings(
        self, asset_ids: builtins.list[int], planned_at: datetime | None, zone: str
    ) -> builtins.list[str]:
        """What the author should know before attaching these files to a post planned at
        ``planned_at``: rights unknown, expired, or ending before or soon after the post."""
        from commdesk.core import timezones as tz

        self.ctx.require(*READERS, action=_read_action())
        today = tz.today_in(zone, self.ctx.clock)
        day = tz.to_zone(planned_at, zone).date() if planned_at is not None else today
        with self.ctx.unit_of_work() as uow:
            rows = repo.assets(uow.session, asset_ids)
        out = []
        for a in rows:
            if not a.rights.strip():
                out.append(
                    translate(
                        "SocialAssets",
                        "{name}: its usage rights are not recorded; check them before using it.",
                    ).format(name=a.file_name)
                )
            if a.expires_on is not None and a.expires_on < day:
                out.append(
                    translate(
                        "SocialAssets", "{name}: its usage rights end on {day}, before the post goes out."
                    ).format(name=a.file_name, day=a.expires_on.isoformat())
                )
            elif a.expires_on is not None and a.expires_on <= day + timedelta(days=EXPIRY_MARGIN_DAYS):
                out.append(
                    translate(
                        "SocialAssets",
                        "{name}: its usage rights end on {day}, soon after the post; the post may have to "
                        "come down then.",
                    ).format(name=a.file_name, day=a.expires_on.isoformat())
                )
        return out
