"""Social posts on the publishing calendar (SM-1, SM-2, SM-4, P-6): platforms, accounts, posts, the
weekly cadence, publishing and the reminder of what is due.

A post's review is the review engine's (kind "post", ``ReviewService``): every save tells it the
post's content (account, title, text, assets) inside the same unit of work (``record_edit_in``), so
an edit voids an approval; "publish" is a copy-and-record step (commdesk calls no platform API):
``final_copy`` hands out the text only when the gate lets it leave (approved at exactly the current
text, ``core.review.gate``), and ``record_published`` records when and where, marking the review
published in the same transaction.
"""

from __future__ import annotations

import builtins
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from commdesk.core import timezones as tz
from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, PermissionDenied, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.publishing import cadence as cad
from commdesk.core.publishing.lengths import LengthCheck
from commdesk.core.review import content as review_content
from commdesk.core.review import gate
from commdesk.core.review.kinds import Kind, register_fields
from commdesk.core.review.workflow import State
from commdesk.persistence.models.social import SocialPostRow
from commdesk.persistence.repositories import review as review_repo
from commdesk.persistence.repositories import social as repo
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.publishing.accounts import Platform, account_of, platform_of, read_action
from commdesk.services.publishing.assets import AssetService, assets_folder
from commdesk.services.review.gate import ReviewGate
from commdesk.services.review.service import ReviewService, ReviewStatus
from commdesk.services.settings import SettingsService

WRITERS = (Role.OFFICER, Role.ADMINISTRATOR)
READERS = (Role.OFFICER, Role.ADMINISTRATOR, Role.REVIEWER)
#: SM-4's calendar entry types
POST_KINDS = ("post", "topic", "poll", "qa")
MAX_URL = 2000


def post_fields() -> dict[str, str]:
    """The people's names of a post's reviewed fields (the reviewer's diff)."""
    return {
        "account": translate("SocialPosts", "Account"),
        "title": translate("SocialPosts", "Title"),
        "text": translate("SocialPosts", "Text"),
        "assets": translate("SocialPosts", "Images and videos"),
    }


register_fields(Kind.POST, post_fields, body="text")


def kind_label(kind: str) -> str:
    return {
        "post": translate("SocialPosts", "Post"),
        "topic": translate("SocialPosts", "Topic"),
        "poll": translate("SocialPosts", "Poll"),
        "qa": translate("SocialPosts", "Q&A"),
    }.get(kind, kind)


def _write_action() -> str:
    return translate("SocialPosts", "plan and write social media posts")


@dataclass(frozen=True)
class PostSummary:
    id: int
    account_id: int
    account: str  # "platform · account"
    kind: str
    title: str
    text: str
    planned_at: datetime
    published_at: datetime | None
    published_url: str
    campaign: str
    cancelled: bool
    state: State | None  # the review's; None before the first save reached the engine
    version: int
    author_id: int | None  # who wrote it (None: a person since removed)
    author_name: str  # "" when unknown

    @property
    def when(self) -> datetime:
        return self.published_at or self.planned_at

    def headline(self, limit: int = 40) -> str:
        first = (self.title or self.text).strip().splitlines()
        line = first[0] if first else ""
        return line if len(line) <= limit else line[: limit - 1] + "…"


@dataclass(frozen=True)
class Post(PostSummary):
    release_id: int | None = None
    asset_ids: tuple[int, ...] = ()
    length: LengthCheck | None = None
    review: ReviewStatus | None = None
    platform: Platform | None = None

    def as_edit(self) -> PostEdit:
        """What is stored, as an edit (what a conflict compares with what was typed)."""
        return PostEdit(
            self.account_id,
            self.text,
            self.planned_at,
            self.title,
            self.kind,
            self.campaign,
            self.release_id,
            self.asset_ids,
        )


@dataclass(frozen=True)
class PostEdit:
    account_id: int
    text: str
    planned_at: datetime
    title: str = ""
    kind: str = "post"
    campaign: str = ""
    release_id: int | None = None
    asset_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class FinalCopy:
    """What "publish" hands over: the text to paste, and the folder holding the post's files under
    their own names (to upload)."""

    post_id: int
    title: str
    text: str
    folder: Path | None
    files: tuple[Path, ...]

    @property
    def clipboard(self) -> str:
        return f"{self.title}\n\n{self.text}" if self.title else self.text


class PostService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def review(self) -> ReviewService:
        return self.ctx.service(ReviewService)

    def zone(self) -> str:
        return self.ctx.service(SettingsService).time_zone()

    # ------------------------------------------------------------------------------ permissions
    def may_read(self) -> str:
        """ "" when the acting person may read the calendar (any role; a read-only database too)."""
        try:
            self.ctx.require(*READERS, action=read_action())
        except PermissionDenied as exc:
            return str(exc)
        return ""

    def may_write(self) -> str:
        return self.ctx.refusal(*WRITERS, action=_write_action())

    def may_review(self) -> str:
        """ "" when the acting person has the role that approves or returns posts, else why not."""
        return self.ctx.refusal(Role.REVIEWER, action=Kind.POST.review_action)

    def _summaries(self, session: Session, rows: Sequence[SocialPostRow]) -> builtins.list[PostSummary]:
        plats = {p.id: p for p in repo.platforms(session)}
        accounts = {a.id: account_of(a, plats[a.platform_id]) for a in repo.accounts(session)}
        states = {
            i: State(r.state)
            for i, r in review_repo.items(session, Kind.POST.value, [r.id for r in rows]).items()
        }
        authors = repo.author_names(session, rows)
        return [
            PostSummary(
                r.id,
                r.account_id,
                accounts[r.account_id].label(),
                r.kind,
                r.title,
                r.text,
                r.planned_at,
                r.published_at,
                r.published_url,
                r.campaign,
                r.cancelled,
                states.get(r.id),
                r.version,
                r.author_id,
                authors.get(r.author_id, "") if r.author_id is not None else "",
            )
            for r in rows
        ]

    def list(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        *,
        account_id: int | None = None,
        campaign: str | None = None,
    ) -> builtins.list[PostSummary]:
        """Posts planned or published in [start, end), by time."""
        self.ctx.require(*READERS, action=read_action())
        with self.ctx.unit_of_work() as uow:
            return self._summaries(uow.session, repo.posts(uow.session, start, end, account_id, campaign))

    def campaigns(self) -> builtins.list[str]:
        self.ctx.require(*READERS, action=read_action())
        with self.ctx.unit_of_work() as uow:
            return repo.campaigns(uow.session)

    def get(self, post_id: int) -> Post:
        self.ctx.require(*READERS, action=read_action())
        with self.ctx.unit_of_work() as uow:
            return self._post(uow.session, self._row(uow.session, post_id))

    @staticmethod
    def _row(session: Session, post_id: int) -> SocialPostRow:
        row = repo.post(session, post_id)
        if row is None:
            raise NotFound(translate("SocialPosts", "There is no post {id}.").format(id=post_id))
        return row

    def _post(self, session: Session, row: SocialPostRow) -> Post:
        summary = self._summaries(session, [row])[0]
        account = repo.account(session, row.account_id)
        plat = platform_of(repo.platform(session, account.platform_id))  # type: ignore[arg-type,union-attr]
        return Post(
            **summary.__dict__,
            release_id=row.release_id,
            asset_ids=tuple(repo.asset_ids_of(session, [row.id])[row.id]),
            length=plat.check(row.text, row.title),
            review=self.review.status_in(session, Kind.POST, row.id),
            platform=plat,
        )

    def _content(self, session: Session, row: SocialPostRow, asset_ids: Iterable[int]) -> dict[str, str]:
        """What the reviewer approves: where it goes, its words and its files (by fingerprint)."""
        account = repo.account(session, row.account_id)
        plat = repo.platform(session, account.platform_id) if account else None
        files = [f"{a.file_name} ({a.sha256[:12]})" for a in repo.assets(session, list(asset_ids))]
        return {
            "account": f"{plat.code if plat else '?'}/{account.name if account else '?'}",
            "title": row.title,
            "text": row.text,
            "assets": "\n".join(sorted(files)),
        }

    def _check(self, edit: PostEdit) -> PostEdit:
        errors: dict[str, str] = {}
        text, title = edit.text.strip(), edit.title.strip()
        if not text:
            errors["text"] = translate("SocialPosts", "Write the post's text.")
        if edit.kind not in POST_KINDS:
            errors["kind"] = translate(
                "SocialPosts", "Choose what the entry is: a post, a topic, a poll or a Q&A."
            )
        if edit.planned_at.tzinfo is None:
            errors["planned_at"] = translate("SocialPosts", "Give the planned time with its time zone.")
        if errors:
            raise ValidationError(errors)
        return replace(edit, text=text, title=title, campaign=edit.campaign.strip())

    def save(self, edit: PostEdit, post_id: int | None = None, expected_version: int | None = None) -> Post:
        """Create a post (``post_id`` None) or save one; the review engine records the content in
        the same transaction (a change voids an approval). A text over the platform's limit is
        refused, naming by how much."""
        me = self.ctx.require(*WRITERS, action=_write_action())
        edit = self._check(edit)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            account = repo.account(s, edit.account_id)
            if account is None:
                raise ValidationError(
                    translate("SocialPosts", "Choose the account the post goes to."), "account"
                )
            plat = platform_of(repo.platform(s, account.platform_id))  # type: ignore[arg-type]
            self._check_length(plat, edit)
            missing = set(edit.asset_ids) - {a.id for a in repo.assets(s, edit.asset_ids)}
            if missing:
                raise ValidationError(
                    translate("SocialPosts", "An image or video chosen is no longer in the asset library."),
                    "assets",
                )
            if post_id is None:
                row = SocialPostRow(author_id=me.id)
                s.add(row)
            else:
                row = self._row(s, post_id)
                if expected_version is not None and expected_version != row.version:
                    stored = self._post(s, row).as_edit()
                    check_version(
                        translate("SocialPosts", "post"),
                        row.version,
                        expected_version,
                        mine=self._shown(s, edit),
                        theirs=self._shown(s, stored),
                    )
                if row.published_at is not None:
                    raise ValidationError(
                        translate(
                            "SocialPosts",
                            "This post was published; it is kept as it went out. Make a new one.",
                        ),
                        "state",
                    )
            row.account_id, row.kind, row.title, row.text = edit.account_id, edit.kind, edit.title, edit.text
            row.planned_at, row.campaign, row.release_id = edit.planned_at, edit.campaign, edit.release_id
            row.cancelled = False
            s.flush()
            repo.set_post_assets(s, row.id, edit.asset_ids)
            self.review.record_edit_in(s, Kind.POST, row.id, self._content(s, row, edit.asset_ids), me)
            s.flush()
            return self._post(s, row)

    def shown(self, edit: PostEdit) -> dict[str, str]:
        """A post's fields as people read them (labels in their language, the time in the
        organisation's zone, names rather than numbers): what a conflict shows side by side."""
        self.ctx.require(*READERS, action=read_action())
        with self.ctx.unit_of_work() as uow:
            return self._shown(uow.session, edit)

    def _shown(self, session: Session, edit: PostEdit) -> dict[str, str]:
        account = repo.account(session, edit.account_id)
        plat = repo.platform(session, account.platform_id) if account else None
        files = ", ".join(a.file_name for a in repo.assets(session, list(edit.asset_ids)))
        return {
            translate("SocialPosts", "Account"): (
                account_of(account, plat).label() if account is not None and plat is not None else "-"
            ),
            translate("SocialPosts", "Kind"): kind_label(edit.kind),
            translate("SocialPosts", "Planned"): tz.format_instant(edit.planned_at, self.zone()),
            translate("SocialPosts", "Campaign or topic"): edit.campaign.strip(),
            translate("SocialPosts", "Promotes release"): f"#{edit.release_id}" if edit.release_id else "",
            translate("SocialPosts", "Title"): edit.title.strip(),
            translate("SocialPosts", "Text"): edit.text.strip(),
            translate("SocialPosts", "Images and videos"): files,
        }

    @staticmethod
    def _check_length(plat: Platform, edit: PostEdit) -> None:
        check = plat.check(edit.text, edit.title)
        errors = {}
        if check.text_over:
            errors["text"] = translate(
                "SocialPosts",
                "The text is {length} long as {platform} counts it, {over} over its limit of {limit}; shorten it.",
            ).format(
                length=check.text_length, platform=plat.name(), over=check.text_over, limit=check.text_limit
            )
        if check.title_over:
            errors["title"] = translate(
                "SocialPosts",
                "The title is {length} long as {platform} counts it, {over} over its limit of {limit}; shorten it.",
            ).format(
                length=check.title_length,
                platform=plat.name(),
                over=check.title_over,
                limit=check.title_limit,
            )
        if errors:
            raise ValidationError(errors)

    def replan(self, post_id: int, planned_at: datetime, expected_version: int | None = None) -> Post:
        """Move a post to another time (what it says is unchanged, so its approval stands)."""
        self.ctx.require(*WRITERS, action=_write_action())
        if planned_at.tzinfo is None:
            raise ValidationError(
                translate("SocialPosts", "Give the planned time with its time zone."), "planned_at"
            )
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, post_id)
            check_version("social_posts", row.version, expected_version, mine=planned_at, theirs=None)
            if row.published_at is not None:
                raise ValidationError(
                    translate("SocialPosts", "This post was published; its time is the time it went out."),
                    "state",
                )
            row.planned_at = planned_at
            uow.session.flush()
            return self._post(uow.session, row)

    def cancel(self, post_id: int, expected_version: int | None = None) -> Post:
        """Take a post off the plan: it no longer counts for the cadence, no reminder names it, and it
        cannot be copied or published until it is saved again."""
        self.ctx.require(*WRITERS, action=_write_action())
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, post_id)
            check_version("social_posts", row.version, expected_version, mine=None, theirs=None)
            if row.published_at is not None:
                raise ValidationError(
                    translate("SocialPosts", "A published post cannot be cancelled."), "state"
                )
            row.cancelled = True
            uow.session.flush()
            uow.event(repo.POSTS_ENTITY, row.id, "cancel")
            return self._post(uow.session, row)

    # ------------------------------------------------------------------------------ review
    def submit(self, post_id: int, expected_version: int | None = None, note: str = "") -> ReviewStatus:
        return self.review.submit(Kind.POST, post_id, expected_version, note)

    def approve(self, post_id: int, expected_version: int | None = None, note: str = "") -> ReviewStatus:
        return self.review.approve(Kind.POST, post_id, expected_version, note)

    def return_(self, post_id: int, comment: str, expected_version: int | None = None) -> ReviewStatus:
        return self.review.return_(Kind.POST, post_id, expected_version, comment)

    # ------------------------------------------------------------------------------ publishing
    def _reference(self, row: SocialPostRow) -> str:
        return translate("SocialPosts", "Post {id}").format(id=row.id)

    def _may_leave(self, session: Session, row: SocialPostRow) -> tuple[str, builtins.list[int]]:
        """The hash of what would go out and the post's files, when it may go out now: not yet
        published, not cancelled, and approved at exactly this content (the gate, ``Path.COPY``)."""
        if row.published_at is not None:
            raise ValidationError(
                translate("SocialPosts", "This post was published already ({url}).").format(
                    url=row.published_url or "-"
                ),
                "state",
            )
        if row.cancelled:
            raise ValidationError(
                translate(
                    "SocialPosts", "This post was cancelled; save it again to plan it before publishing."
                ),
                "state",
            )
        asset_ids = repo.asset_ids_of(session, [row.id])[row.id]
        digest = review_content.content_hash(self._content(session, row, asset_ids))
        ReviewGate.check_row(
            review_repo.item(session, Kind.POST.value, row.id), digest, gate.Path.COPY, self._reference(row)
        )
        return digest, asset_ids

    def final_copy(self, post_id: int) -> FinalCopy:
        """The text to paste on the platform and a folder with the post's files under their own
        names; refused (``GateClosed``) unless the post is approved at exactly its current text."""
        self.ctx.require(*WRITERS, action=_write_action())
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, post_id)
            _digest, asset_ids = self._may_leave(s, row)
            assets = repo.assets(s, asset_ids)
            title, text = row.title, row.text
        folder, files = self._gather(post_id, assets) if assets else (None, ())
        return FinalCopy(post_id, title, text, folder, files)

    def _gather(self, post_id: int, assets) -> tuple[Path, tuple[Path, ...]]:
        """Copies of the post's files under their own names in a folder of their own (opened for
        uploading); the library keeps its files by fingerprint."""
        store = self.ctx.service(AssetService)
        folder = assets_folder(self.ctx) / "to-publish" / f"post-{post_id}"
        if folder.exists():
            shutil.rmtree(folder)
        from commdesk.core.files import private_folder

        private_folder(folder)
        files = []
        taken: set[str] = set()
        for a in assets:
            name = a.file_name
            stem, dot, ext = name.rpartition(".")
            n = 2
            while name.casefold() in taken:
                name = f"{stem or ext} ({n}){dot}{ext if stem else ''}"
                n += 1
            taken.add(name.casefold())
            files.append(store.copy_out(a.sha256, a.file_name, folder / name))
        return folder, tuple(files)

    def record_published(
        self, post_id: int, url: str, at: datetime | None = None, expected_version: int | None = None
    ) -> Post:
        """Record that the post went out, when and where (its address on the platform); the review
        is marked published in the same transaction, refused unless approved at the current text."""
        me = self.ctx.require(*WRITERS, action=_write_action())
        url = url.strip()
        if not url.lower().startswith(("http://", "https://")) or len(url) > MAX_URL or " " in url:
            raise ValidationError(
                translate("SocialPosts", "Give the post's address on the platform, starting with https://."),
                "url",
            )
        now = self.ctx.clock()
        when = at or now
        if when.tzinfo is None:
            raise ValidationError(
                translate("SocialPosts", "Give the time with its time zone."), "published_at"
            )
        if when > now + timedelta(minutes=5):
            raise ValidationError(
                translate(
                    "SocialPosts",
                    "A post cannot have been published in the future; give the time it went out.",
                ),
                "published_at",
            )
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, post_id)
            check_version("social_posts", row.version, expected_version, mine=url, theirs=None)
            digest, _asset_ids = self._may_leave(s, row)
            self.review.finish_in(s, Kind.POST, row.id, digest, me)
            row.published_at, row.published_url, row.published_by = when, url, me.id
            s.flush()
            return self._post(s, row)

    # ------------------------------------------------------------------------------ cadence, reminders
    def cadence(self, first: date, last: date) -> builtins.list[cad.WeekCadence]:
        """SM-2: each active account's posts per ISO week from ``first``'s week to ``last``'s
        (days in the organisation's zone) against its target, the weeks before the organisation's
        today marked as over (their sentence advises nothing). An account's weeks count from the
        week of its first post (planned or published): the weeks before it was used are no weeks
        "below target" with posts to plan; an account with no post yet has every week below."""
        zone = self.zone()
        start = tz.wall_clock(cad.monday_of(first), datetime.min.time(), zone)
        end = tz.wall_clock(cad.monday_of(last) + timedelta(weeks=1), datetime.min.time(), zone)
        self.ctx.require(*READERS, action=read_action())
        with self.ctx.unit_of_work() as uow:
            rows = repo.posts(uow.session, start, end)
            plats = {p.id: p for p in repo.platforms(uow.session)}
            targets = [
                cad.Target(a.id, account_of(a, plats[a.platform_id]).label(), a.target_min, a.target_max)
                for a in repo.accounts(uow.session, include_inactive=False)
            ]
            since = {
                a: cad.monday_of(tz.to_zone(at, zone).date())
                for a, at in repo.first_posts(uow.session).items()
            }
        dated = [cad.Dated(r.account_id, r.published_at or r.planned_at) for r in rows if not r.cancelled]
        weeks = cad.cadence(targets, dated, zone, first, last, tz.today_in(zone, self.ctx.clock))
        return [w for w in weeks if w.account_id not in since or w.monday >= since[w.account_id]]

    def due(self, since: datetime, until: datetime) -> builtins.list[PostSummary]:
        """Posts whose planned time fell in (since, until] and that are not published: what the
        reminder names."""
        self.ctx.require(*READERS, action=read_action())
        with self.ctx.unit_of_work() as uow:
            return self._summaries(uow.session, repo.due_unpublished(uow.session, since, until))
