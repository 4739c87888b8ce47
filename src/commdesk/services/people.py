"""People and roles: first-run profile, administration, switching person (CR-2).

The person remembered on this computer: the window and the command line agree on who acts when
nobody says (``PeopleService.remembered``). Per OS account and per database, the person's id is
kept in the private data folder (``people-remembered.json``); their passphrase only when they ticked
"Remember on this computer", and then only in the OS keyring (``core.secrets``), never in a file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Iterable
from pathlib import Path

from commdesk.core.domain.people import Person, Role, format_roles, parse_roles
from commdesk.core.errors import NotFound, PermissionDenied, ValidationError
from commdesk.core.i18n import translate
from commdesk.persistence.models import PersonRow
from commdesk.persistence.repositories import people as repo
from commdesk.services.approvals import can_approve, in_words
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.passphrase import hash_passphrase, verify_passphrase

log = logging.getLogger(__name__)

REMEMBERED_FILE = "people-remembered.json"


def to_person(row: PersonRow) -> Person:
    return Person(
        id=row.id,
        name=row.name,
        email=row.email,
        department=row.department,
        roles=parse_roles(row.roles),
        has_passphrase=bool(row.passphrase_hash),
        active=row.active,
        version=row.version,
        login=row.login,
    )


def validate_person(name: str, email: str, roles) -> dict[str, str]:
    """A person's name, e-mail and roles checked: {field: what to fix} (empty when all is well)."""
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = translate("People", "Enter the person's name.")
    if email.strip():
        from email_validator import EmailNotValidError, validate_email

        try:
            validate_email(email.strip(), check_deliverability=False)
        except EmailNotValidError as exc:
            errors["email"] = translate("People", "The e-mail address is not valid: {reason}").format(
                reason=exc
            )
    if not roles:
        errors["roles"] = translate("People", "Give the person at least one role.")
    return errors


class PeopleService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def count(self) -> int:
        with self.ctx.unit_of_work() as uow:
            return repo.count(uow.session)

    def list(self, include_inactive: bool = False) -> list[Person]:
        with self.ctx.unit_of_work() as uow:
            rows = [to_person(r) for r in repo.rows(uow.session, include_inactive)]
        from commdesk.core.contacts.names import sort_key

        return sorted(rows, key=lambda p: sort_key(p.name))  # Chinese names by pinyin, with Latin ones

    def get(self, person_id: int) -> Person:
        with self.ctx.unit_of_work() as uow:
            row = uow.session.get(PersonRow, person_id)
            if row is None:
                raise NotFound(translate("People", "There is no person with id {id}.").format(id=person_id))
            return to_person(row)

    def find(self, name_or_email: str) -> Person:
        """An active person by exact name or e-mail (case-insensitive), for ``--as``."""
        key = name_or_email.strip().lower()
        with self.ctx.unit_of_work() as uow:  # unsorted: sorting by pinyin would load pypinyin for one name
            everyone = [to_person(r) for r in repo.rows(uow.session, include_inactive=True)]
        matches = [p for p in everyone if p.name.lower() == key or (p.email and p.email.lower() == key)]
        if not matches:  # a demo name such as 王芳 for "王芳 Wang Fang": the name's first word
            matches = [p for p in everyone if p.name.lower().split(" ")[0] == key]
        active = [p for p in matches if p.active]
        if len(active) == 1:
            return active[0]
        if len(active) > 1:
            raise NotFound(
                translate(
                    "People", "Several people are called '{name}'; use their e-mail address instead."
                ).format(name=name_or_email)
            )
        if matches:
            raise PermissionDenied(
                translate(
                    "People",
                    "{name} is inactive and cannot sign in; an "
                    "administrator can make them active again under People and "
                    "roles.",
                ).format(name=matches[0].name)
            )
        raise NotFound(
            translate("People", "No one is called '{name}'; 'commdesk people list' shows who exists.").format(
                name=name_or_email
            )
        )

    # ------------------------------------------------------------ the person of a server login
    def connected(self) -> Person | None:
        """On a team database (people connect with their own server logins): the person of the
        login this connection uses, who is then the only one who can act here; None on a file or a
        server database shared through one login. A login that is no one's, or someone's who was
        removed, is refused: nobody acts in its name."""
        with self.ctx.unit_of_work() as uow:
            login = repo.connected_login(uow.session)
            if login is None or not repo.has_logins(uow.session):
                return None
            row = repo.by_login(uow.session, login)
            person = to_person(row) if row is not None else None
        if person is None:
            raise PermissionDenied(
                translate(
                    "People",
                    "The server login {login} belongs to no one in this office's commdesk; an "
                    "administrator adds you with 'commdesk team add-person NAME --login {login}'.",
                ).format(login=login)
            )
        if not person.active:
            raise PermissionDenied(
                translate(
                    "People",
                    "{name} (server login {login}) no longer works with commdesk here; an administrator "
                    "can make them active again.",
                ).format(name=person.name, login=login)
            )
        return person

    def _bound_refusal(self, wanted: Person) -> None:
        """On a team database nobody acts as anyone but the person of their login."""
        bound = self.ctx.bound_person
        if bound is not None and wanted.id != bound.id:
            raise PermissionDenied(
                translate(
                    "People",
                    "On this server database you act as {name}, the person of your login {login}; "
                    "to act as {other}, connect with their login.",
                ).format(name=bound.name, login=bound.login or "?", other=wanted.name)
            )

    def sign_in(self, name_or_email: str, passphrase: str | None) -> Person:
        """``--as NAME``: the active person so named, their passphrase checked when they have one.
        On a team database only the person of the connected login, whose login proved who they are."""
        person = self.find(name_or_email)
        if self.ctx.bound_person is not None:
            self._bound_refusal(person)
            return self.ctx.bound_person
        if person.has_passphrase and passphrase is None:
            raise PermissionDenied(
                translate(
                    "People",
                    "{name} has a passphrase; type it when asked (or give it with --passphrase-stdin).",
                ).format(name=person.name)
            )
        return self.authenticate(person.id, passphrase)

    def create_first_profile(
        self,
        name: str,
        email: str = "",
        department: str = "",
        roles=frozenset(Role),
        passphrase: str | None = None,
    ) -> Person:
        """First run: the first person may create themselves (and should be an administrator)."""
        if self.count() > 0:
            raise PermissionDenied(
                translate("People", "A profile exists already; an administrator adds further people.")
            )
        roles = frozenset(roles) | {Role.ADMINISTRATOR}
        return self._create(name, email, department, roles, passphrase)

    def create(
        self,
        name: str,
        email: str = "",
        department: str = "",
        roles=frozenset(),
        passphrase: str | None = None,
    ) -> Person:
        roles = frozenset(roles)
        self.ctx.require(Role.ADMINISTRATOR, action=translate("People", "add people"))
        errors = validate_person(name, email, roles)  # every field's problem at once, passphrase too
        refusal = self.why_not_add(roles, has_passphrase=bool(passphrase), name=name)
        if refusal:
            errors["passphrase"] = refusal
        if errors:
            raise ValidationError(errors)
        return self._create(name, email, department, roles, passphrase)

    def check_may_add(self, roles=frozenset(), *, has_passphrase: bool = True, name: str = "") -> None:
        """What ``create`` refuses before anything is written or asked: adding people needs an
        administrator, and on a shared desk the passphrases of everyone who can approve."""
        self.ctx.require(Role.ADMINISTRATOR, action=translate("People", "add people"))
        refusal = self.why_not_add(roles, has_passphrase=has_passphrase, name=name)
        if refusal:
            raise ValidationError({"passphrase": refusal})

    # ------------------------------------------------------------ passphrases on a shared desk
    # A desk several people share (a file, or a server reached through one login) tells them apart
    # only by their passphrases: everyone who can approve anything (services.approvals) must have
    # one as soon as a second person uses the desk, or anyone at the computer could approve in
    # their name. The first person alone needs none. A team database needs none: each login proves
    # who connects.

    def missing_passphrases(self) -> tuple[Person, ...]:
        """The active people who can approve something and have no passphrase yet (none on a team
        database, where logins tell people apart; none on a read-only file)."""
        if self._passphrases_told_apart():
            return ()
        with self.ctx.unit_of_work() as uow:  # by name, unsorted by pinyin (a command needs no pypinyin)
            rows = repo.rows(uow.session)
        return tuple(
            to_person(r) for r in rows if can_approve(parse_roles(r.roles)) and not r.passphrase_hash
        )

    def why_not_add(self, roles=frozenset(), *, has_passphrase: bool = True, name: str = "") -> str:
        """ "" when a person with ``roles`` (and a passphrase, or not) may be added now as far as
        passphrases go, else why not in the words ``create`` refuses with (the window shows them
        before anything is typed, too). Without roles: whether anyone can be added now."""
        if self._passphrases_told_apart() or self.count() == 0:
            return ""  # a team database; a read-only file (no write gets that far); the first person
        missing = self.missing_passphrases()
        if missing:
            return translate(
                "People",
                "Before anyone else is added, everyone who can approve needs a passphrase, so that no one "
                "approves in their name at this computer. No passphrase yet: {names}. Set one under People "
                "and roles (Edit…) or with 'commdesk people passphrase NAME', then add the new person.",
            ).format(names=_approvers(missing))
        if not has_passphrase and can_approve(roles):
            return _needs_passphrase(name, roles)
        return ""

    def needs_passphrase(self, roles, person_id: int | None = None) -> bool:
        """Whether someone holding ``roles`` must have a passphrase here: they can approve something
        and someone else uses this desk (for a new person, ``person_id`` None: anyone at all; for
        ``person_id``: another active person). Never on a team database or a read-only file."""
        if self._passphrases_told_apart() or not can_approve(roles):
            return False
        with self.ctx.unit_of_work() as uow:
            rows = repo.rows(uow.session)
        return any(r.id != person_id for r in rows) if person_id is not None else self.count() > 0

    def _passphrases_told_apart(self) -> bool:
        """Whether this desk needs no passphrases for the rule: a team database (each login proves
        who connects) or a read-only file (nothing can be saved there, and that is what is said)."""
        return self.ctx.bound_person is not None or self.ctx.read_only

    @staticmethod
    def _unprotected(rows) -> dict[int, PersonRow]:
        """Of ``rows`` (everyone, as they are now): the active approvers without a passphrase,
        when more than one person is active (the desk is shared); else none."""
        active = [r for r in rows if r.active]
        if len(active) < 2:
            return {}
        return {r.id: r for r in active if can_approve(parse_roles(r.roles)) and not r.passphrase_hash}

    def _create(self, name, email, department, roles, passphrase) -> Person:
        errors = validate_person(name, email, roles)
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as uow:
            row = PersonRow(
                name=name.strip(),
                email=email.strip(),
                department=department.strip(),
                roles=format_roles(roles),
                passphrase_hash=hash_passphrase(passphrase) if passphrase else None,
            )
            uow.session.add(row)
            uow.session.flush()
            return to_person(row)

    def update(self, person: Person, passphrase: str | None = None, clear_passphrase: bool = False) -> Person:
        """Save an edited person. Administrators edit anyone; everyone may edit their own
        name, e-mail, department and passphrase (not their roles)."""
        me = self.ctx.current()
        is_admin = me.has(Role.ADMINISTRATOR)
        if not is_admin and me.id != person.id:
            self.ctx.require(Role.ADMINISTRATOR, action=translate("People", "edit other people"))
        errors = validate_person(person.name, person.email, person.roles)
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as uow:
            row = uow.session.get(PersonRow, person.id)
            if row is None:
                raise NotFound(translate("People", "There is no person with id {id}.").format(id=person.id))
            check_version(
                translate("People", "person"), row.version, person.version, mine=person, theirs=to_person(row)
            )
            if not is_admin and parse_roles(row.roles) != person.roles:
                raise PermissionDenied(translate("People", "Only an administrator can change roles."))
            if Role.ADMINISTRATOR not in person.roles or not person.active:
                self._keep_one_admin(uow.session, row.id)
            # everyone, loaded once: the same objects show the edit below (no second read, no flush)
            everyone = [] if self._passphrases_told_apart() else repo.rows(uow.session, include_inactive=True)
            before = self._unprotected(everyone)
            row.name, row.email, row.department = person.name.strip(), person.email.strip(), person.department
            row.roles = format_roles(person.roles)
            row.active = person.active
            if passphrase:
                row.passphrase_hash = hash_passphrase(passphrase)
            elif clear_passphrase:
                row.passphrase_hash = None
            self._refuse_unprotected(before, self._unprotected(everyone), row, clear_passphrase)
            uow.session.flush()
            return to_person(row)

    @staticmethod
    def _refuse_unprotected(
        before: dict[int, PersonRow], after: dict[int, PersonRow], edited: PersonRow, cleared: bool
    ) -> None:
        """An edit may not leave someone who can approve without a passphrase on a shared desk who
        was not so before: by removing their passphrase, giving them a role that approves, making
        them active again, or making a second person active while an approver has none. (A desk
        that was already so is not refused for unrelated edits; adding a person is.)"""
        newly = [r for pid, r in after.items() if pid not in before]
        if not newly:
            return
        if [r.id for r in newly] == [edited.id]:
            roles = parse_roles(edited.roles)
            if cleared:
                message = translate(
                    "People",
                    "{name} can approve {what}, and while others use this computer everyone who can "
                    "approve keeps a passphrase, so that no one approves in their name. Change it instead "
                    "of removing it.",
                ).format(name=edited.name, what=in_words(roles))
            else:
                message = _needs_passphrase(edited.name, roles)
        else:
            message = translate(
                "People",
                "With a second person at this computer, everyone who can approve needs a passphrase, so "
                "that no one approves in their name. No passphrase yet: {names}. Set one under People "
                "and roles (Edit…) or with 'commdesk people passphrase NAME' first.",
            ).format(names=_approvers([to_person(r) for r in newly]))
        raise ValidationError({"passphrase": message})

    def _keep_one_admin(self, session, changing_id: int) -> None:
        others = repo.other_active_administrators(session, changing_id, Role.ADMINISTRATOR.value)
        if not others:
            raise ValidationError(
                {
                    "roles": translate(
                        "People",
                        "commdesk needs at least one active administrator; make someone else an "
                        "administrator first.",
                    )
                }
            )

    def authenticate(self, person_id: int | None, passphrase: str | None) -> Person:
        """Switch person: checks the passphrase when the person has one (a person never saved,
        without an id, is no one who can sign in)."""
        bound = self.ctx.bound_person
        if bound is not None:
            if person_id != bound.id:
                self._bound_refusal(self.get(person_id) if person_id is not None else Person(None, "?"))
            return bound
        with self.ctx.unit_of_work() as uow:
            row = uow.session.get(PersonRow, person_id) if person_id is not None else None
            if row is None or not row.active:
                raise NotFound(translate("People", "That person no longer exists or is inactive."))
            if row.passphrase_hash and not verify_passphrase(passphrase or "", row.passphrase_hash):
                raise PermissionDenied(
                    translate("People", "The passphrase for {name} is not correct.").format(name=row.name)
                )
            return to_person(row)

    # ------------------------------------------------------------ remembered on this computer
    def remembered(self) -> Person | None:
        """The person remembered on this computer for this database (the last one signed in to the
        window here), if they still exist and are active; else None. On a team database: the
        person of the connected login, whoever was remembered."""
        if self.ctx.bound_person is not None:
            return self.ctx.bound_person
        entry = _load_remembered().get(_database_key(self.ctx))
        person_id = entry.get("person") if isinstance(entry, dict) else None
        if not isinstance(person_id, int):
            return None
        try:
            person = self.get(person_id)
        except NotFound:
            return None
        return person if person.active else None

    def remember(self, person: Person) -> None:
        """Remember ``person`` as the one who uses commdesk on this computer for this database.
        Only their id is written (to the private data folder); a folder that cannot be written
        means nobody is remembered, which is said in the log and nothing more."""
        if person.id is None:
            return
        data = _load_remembered()
        key = _database_key(self.ctx)
        if data.get(key) == {"person": person.id}:
            return
        data[key] = {"person": person.id}
        _store_remembered(data)

    def forget(self) -> Person | None:
        """Remember no one on this computer for this database any more, nor the passphrase of the
        one remembered; returns who was forgotten (None: no one was remembered)."""
        person = self.remembered()
        data = _load_remembered()
        if data.pop(_database_key(self.ctx), None) is not None:
            _store_remembered(data)
        if person is not None:
            from commdesk.core.secrets import KeyringUnavailable

            with contextlib.suppress(KeyringUnavailable):  # no keyring: nothing was kept there
                self.keep_passphrase(person, None)
        return person

    def keep_passphrase(self, person: Person, passphrase: str | None) -> None:
        """Keep ``person``'s passphrase in the OS keyring for this database ("Remember on this
        computer"), or forget a kept one with None. KeyringUnavailable when there is no keyring."""
        from commdesk.core import secrets

        key = _passphrase_key(self.ctx, person)
        if passphrase:
            secrets.set_secret(key, passphrase)
        else:
            secrets.delete_secret(key)

    def kept_passphrase(self, person: Person) -> str | None:
        """The passphrase ``person`` asked this computer to remember for this database, or None
        (none kept, or no keyring)."""
        from commdesk.core import secrets

        try:
            return secrets.get_secret(_passphrase_key(self.ctx, person))
        except secrets.KeyringUnavailable:
            return None


def remembered_file() -> Path:
    from commdesk.paths import data_dir

    return data_dir() / REMEMBERED_FILE


def _load_remembered() -> dict:
    try:
        data = json.loads(remembered_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _store_remembered(data: dict) -> None:
    from commdesk.core.files import private_folder, write_atomically

    path = remembered_file()
    try:
        private_folder(path.parent)
        write_atomically(path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
    except OSError as exc:
        log.warning("could not remember who signed in on this computer: %s", exc)


def _database_key(ctx: ServiceContext) -> str:
    """This database as this computer names it, hashed: where it is (never a password)."""
    where = ctx.database_label or ctx.engine.url.render_as_string(hide_password=True)
    return hashlib.sha1(where.encode("utf-8")).hexdigest()[:16]


def _passphrase_key(ctx: ServiceContext, person: Person) -> str:
    return f"passphrase:{_database_key(ctx)}:{person.id}"


def _approvers(people: Iterable[Person]) -> str:
    """ "陈静 (approves minutes), 王芳 (approves press releases)": who, and what they approve."""
    return translate("People", ", ").join(
        translate("People", "{name} (approves {what})").format(name=p.name, what=in_words(p.roles))
        for p in people
    )


def _needs_passphrase(name: str, roles) -> str:
    return translate(
        "People",
        "{name} can approve {what}, and on a computer others use everyone who can approve needs a "
        "passphrase, so that no one approves in their name. Give one with this change (they can change "
        "it later).",
    ).format(name=name.strip() or translate("People", "The new person"), what=in_words(roles))
