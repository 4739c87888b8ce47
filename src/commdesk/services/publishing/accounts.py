"""The social platforms administrators keep and the office's accounts on them: each account's weekly
target (SM-2, default 3-5 posts) and its SM-1 checklist (name, avatar and profile consistent with the
brand, who checked it and when)."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import language, translate
from commdesk.core.publishing import cadence as cad
from commdesk.core.publishing.lengths import RULES, LengthCheck, check_length
from commdesk.core.publishing.platforms import STANDARD
from commdesk.persistence.models.social import SocialAccountRow, SocialPlatformRow
from commdesk.persistence.repositories import social as repo
from commdesk.services.context import ServiceContext, check_version

WRITERS = (Role.OFFICER, Role.ADMINISTRATOR)
READERS = (Role.OFFICER, Role.ADMINISTRATOR, Role.REVIEWER)


def _write_action() -> str:
    return translate("SocialPosts", "plan and write social media posts")


def read_action() -> str:
    return translate("SocialPosts", "read the publishing calendar")


def _keep_action() -> str:
    return translate("SocialPosts", "keep the list of social platforms")


@dataclass(frozen=True)
class Platform:
    id: int
    code: str
    name_zh: str
    name_en: str
    counting: str
    text_limit: int
    title_limit: int | None
    purpose_zh: str
    purpose_en: str
    active: bool
    version: int

    def name(self, lang: str | None = None) -> str:
        zh = (lang or language()).startswith("zh")
        return (self.name_zh if zh else self.name_en) or self.name_zh or self.name_en

    def check(self, text: str, title: str = "") -> LengthCheck:
        return check_length(text, title, self.counting, self.text_limit, self.title_limit)


@dataclass(frozen=True)
class Account:
    id: int
    platform: Platform
    name: str
    handle: str
    target_min: int
    target_max: int
    active: bool
    name_consistent: bool
    avatar_consistent: bool
    profile_consistent: bool
    checked_by: int | None
    checked_at: datetime | None
    check_note: str
    version: int

    @property
    def consistent(self) -> bool:
        """SM-1: name, avatar and profile checked consistent with the brand."""
        return self.name_consistent and self.avatar_consistent and self.profile_consistent

    def label(self, lang: str | None = None) -> str:
        return f"{self.platform.name(lang)} · {self.name}"

    def sm1_status(self) -> str:
        """SM-1 in words: not checked yet, consistent, or which of name, avatar, profile is not."""
        if self.checked_at is None:
            return translate("SocialAccounts", "not checked yet")
        if self.consistent:
            return translate("SocialAccounts", "consistent")
        off = [
            word
            for ok, word in (
                (self.name_consistent, translate("SocialAccounts", "name")),
                (self.avatar_consistent, translate("SocialAccounts", "avatar")),
                (self.profile_consistent, translate("SocialAccounts", "profile")),
            )
            if not ok
        ]
        return translate("SocialAccounts", "to fix: {what}").format(
            what=translate("SocialAccounts", ", ").join(off)
        )


def platform_of(row: SocialPlatformRow) -> Platform:
    return Platform(
        row.id,
        row.code,
        row.name_zh,
        row.name_en,
        row.counting,
        row.text_limit,
        row.title_limit,
        row.purpose_zh,
        row.purpose_en,
        row.active,
        row.version,
    )


def account_of(row: SocialAccountRow, platform: SocialPlatformRow) -> Account:
    return Account(
        row.id,
        platform_of(platform),
        row.name,
        row.handle,
        row.target_min,
        row.target_max,
        row.active,
        row.name_consistent,
        row.avatar_consistent,
        row.profile_consistent,
        row.checked_by,
        row.checked_at,
        row.check_note,
        row.version,
    )


class AccountService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def may_write(self) -> str:
        """ "" when the acting person may add and check accounts now, else why not."""
        return self.ctx.refusal(*WRITERS, action=_write_action())

    def may_keep_platforms(self) -> str:
        return self.ctx.refusal(Role.ADMINISTRATOR, action=_keep_action())

    # ------------------------------------------------------------------------------ platforms
    def platforms(self, include_inactive: bool = False) -> builtins.list[Platform]:
        self.ctx.require(*READERS, action=read_action())
        with self.ctx.unit_of_work() as uow:
            return [platform_of(r) for r in repo.platforms(uow.session, include_inactive)]

    def add_standard_platforms(self) -> builtins.list[Platform]:
        """Administrators: add the usual platforms (WeChat official account, Weibo, Douyin,
        Xiaohongshu, LinkedIn, X) that are not in the list yet; returns those added."""
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        with self.ctx.unit_of_work() as uow:
            known = {r.code for r in repo.platforms(uow.session)}
            position = len(known)
            added = []
            for d in STANDARD:
                if d.code in known:
                    continue
                row = SocialPlatformRow(
                    code=d.code,
                    name_zh=d.name_zh,
                    name_en=d.name_en,
                    counting=d.counting,
                    text_limit=d.text_limit,
                    title_limit=d.title_limit,
                    purpose_zh=d.purpose_zh,
                    purpose_en=d.purpose_en,
                    active=True,
                    position=position,
                )
                position += 1
                repo.add(uow.session, row)
                added.append(platform_of(row))
            return added

    def save_platform(
        self,
        code: str,
        name_zh: str,
        name_en: str,
        *,
        counting: str = "plain",
        text_limit: int,
        title_limit: int | None = None,
        purpose_zh: str = "",
        purpose_en: str = "",
        active: bool = True,
        platform_id: int | None = None,
        expected_version: int | None = None,
    ) -> Platform:
        """Administrators: add a platform (``platform_id`` None) or change one."""
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        code, name_zh, name_en = code.strip().lower(), name_zh.strip(), name_en.strip()
        errors: dict[str, str] = {}
        if not code or not code.replace("_", "").replace("-", "").isalnum():
            errors["code"] = translate("SocialPosts", "Give the platform a short code of letters and digits.")
        if not (name_zh or name_en):
            errors["name_zh"] = translate("SocialPosts", "Give the platform a name, in Chinese or English.")
        if counting not in RULES:
            errors["counting"] = translate("SocialPosts", "Choose how the platform counts a post's length.")
        if text_limit < 1 or (title_limit is not None and title_limit < 1):
            errors["text_limit"] = translate("SocialPosts", "A length limit is at least 1.")
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as uow:
            other = repo.platform_by_code(uow.session, code)
            if other is not None and other.id != platform_id:
                raise ValidationError(
                    translate("SocialPosts", "A platform with the code {code} exists already.").format(
                        code=code
                    ),
                    "code",
                )
            if platform_id is None:
                row = SocialPlatformRow(position=len(repo.platforms(uow.session)))
                uow.session.add(row)
            else:
                found = repo.platform(uow.session, platform_id)
                if found is None:
                    raise NotFound(translate("SocialPosts", "That platform is no longer in the list."))
                row = found
                check_version(
                    "social_platforms", row.version, expected_version, mine=code, theirs=platform_of(row)
                )
            row.code, row.name_zh, row.name_en, row.counting = code, name_zh, name_en, counting
            row.text_limit, row.title_limit = text_limit, title_limit
            row.purpose_zh, row.purpose_en, row.active = purpose_zh.strip(), purpose_en.strip(), active
            uow.session.flush()
            return platform_of(row)

    # ------------------------------------------------------------------------------ accounts
    def accounts(self, include_inactive: bool = False) -> builtins.list[Account]:
        self.ctx.require(*READERS, action=read_action())
        with self.ctx.unit_of_work() as uow:
            plats = {p.id: p for p in repo.platforms(uow.session)}
            return [account_of(r, plats[r.platform_id]) for r in repo.accounts(uow.session, include_inactive)]

    def account(self, account_id: int) -> Account:
        self.ctx.require(*READERS, action=read_action())
        with self.ctx.unit_of_work() as uow:
            row = self._account_row(uow.session, account_id)
            return account_of(row, repo.platform(uow.session, row.platform_id))  # type: ignore[arg-type]

    @staticmethod
    def _account_row(session: Session, account_id: int) -> SocialAccountRow:
        row = repo.account(session, account_id)
        if row is None:
            raise NotFound(translate("SocialPosts", "There is no account {id}.").format(id=account_id))
        return row

    def find_account(self, key: str) -> Account:
        """An account by id, by its name, or "platform code/name" (for the command line)."""
        accounts = self.accounts(include_inactive=True)
        key = key.strip()
        for a in accounts:
            if key == str(a.id) or key.casefold() in (
                a.name.casefold(),
                f"{a.platform.code}/{a.name}".casefold(),
            ):
                return a
        names = ", ".join(f"{a.platform.code}/{a.name}" for a in accounts)
        raise NotFound(
            translate("SocialPosts", "There is no account '{key}'; the accounts are: {names}.").format(
                key=key, names=names or translate("SocialPosts", "(none yet)")
            )
        )

    def save_account(
        self,
        platform_id: int,
        name: str,
        *,
        handle: str = "",
        target_min: int = cad.DEFAULT_TARGET[0],
        target_max: int = cad.DEFAULT_TARGET[1],
        active: bool = True,
        account_id: int | None = None,
        expected_version: int | None = None,
    ) -> Account:
        """Add an account on a platform (``account_id`` None) or change one; its weekly target is
        SM-2's 3-5 posts unless the office sets another."""
        self.ctx.require(*WRITERS, action=_write_action())
        name = name.strip()
        errors: dict[str, str] = {}
        if not name:
            errors["name"] = translate("SocialPosts", "Give the account's name as the platform shows it.")
        if target_min < 0 or target_max < target_min:
            errors["target"] = translate(
                "SocialPosts",
                "The weekly target runs from a lower number of posts to a higher one (e.g. 3-5).",
            )
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as uow:
            plat = repo.platform(uow.session, platform_id)
            if plat is None:
                raise ValidationError(translate("SocialPosts", "Choose the account's platform."), "platform")
            other = repo.account_named(uow.session, platform_id, name)
            if other is not None and other.id != account_id:
                raise ValidationError(
                    translate("SocialPosts", "{platform} has an account named {name} already.").format(
                        platform=platform_of(plat).name(), name=name
                    ),
                    "name",
                )
            if account_id is None:
                row = SocialAccountRow()
                uow.session.add(row)
            else:
                row = self._account_row(uow.session, account_id)
                check_version("social_accounts", row.version, expected_version, mine=name, theirs=None)
            row.platform_id, row.name, row.handle = platform_id, name, handle.strip()
            row.target_min, row.target_max, row.active = target_min, target_max, active
            uow.session.flush()
            return account_of(row, plat)

    def check_identity(
        self,
        account_id: int,
        *,
        name: bool,
        avatar: bool,
        profile: bool,
        note: str = "",
        expected_version: int | None = None,
    ) -> Account:
        """SM-1's checklist of an account: name, avatar and profile consistent with the brand,
        recorded with who checked it and when."""
        me = self.ctx.require(*WRITERS, action=_write_action())
        with self.ctx.unit_of_work() as uow:
            row = self._account_row(uow.session, account_id)
            check_version("social_accounts", row.version, expected_version, mine=None, theirs=None)
            row.name_consistent, row.avatar_consistent, row.profile_consistent = name, avatar, profile
            row.check_note, row.checked_by, row.checked_at = note.strip(), me.id, self.ctx.clock()
            uow.session.flush()
            return account_of(row, repo.platform(uow.session, row.platform_id))  # type: ignore[arg-type]

    # ------------------------------------------------------------------------------ posts
