"""A team on a PostgreSQL server: making a database a team's, and the people who log in to it.

Each person connects with their own login (``people.login``); the server itself enforces what their
roles allow (``persistence.server_security``). Roles are checked here as everywhere (administrators
manage the team) and again by the database. Changing a person's roles or making them inactive goes
through ``PeopleService.update``; the database keeps the login's group memberships, and whether it
can log in, in step with the person (a trigger on ``people``).
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, replace

from commdesk.core.domain.people import Person, Role, format_roles, parse_roles
from commdesk.core.errors import CommdeskError, NotFound, PermissionDenied, ValidationError
from commdesk.core.i18n import translate
from commdesk.persistence import server_security
from commdesk.persistence.repositories import team as repo
from commdesk.services.context import ServiceContext
from commdesk.services.people import PeopleService, validate_person


@dataclass(frozen=True)
class TeamMember:
    """A person of a team database, with their login and whether it can log in now."""

    id: int
    name: str
    email: str
    roles: frozenset[Role]
    active: bool
    login: str | None
    can_login: bool

    @property
    def roles_label(self) -> str:
        return Person(id=self.id, name=self.name, roles=self.roles).roles_label


class TeamService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ------------------------------------------------------------------------------ checks
    def _require_server(self) -> None:
        if self.ctx.engine.dialect.name != "postgresql":
            raise CommdeskError(
                translate(
                    "Team",
                    "team commands need a server database: give a PostgreSQL database with --db "
                    "postgresql://LOGIN@HOST/DATABASE (a single-desk file has no logins).",
                )
            )

    def _require_team(self, session) -> None:
        if not repo.is_team_database(session):
            raise CommdeskError(
                translate(
                    "Team",
                    "This server database is not a team database yet: its owner runs "
                    "'commdesk team init --name NAME' first.",
                )
            )

    @staticmethod
    def _check_login(login: str) -> str:
        login = login.strip()
        if not server_security.LOGIN_PATTERN.match(login) or login.startswith("pg_"):
            raise ValidationError(
                {
                    "login": translate(
                        "Team",
                        "A login is 1 to 63 lower-case letters, digits, '_', '.' or '-', starting with a "
                        "letter or '_' (not 'pg_'); for example li.ming.",
                    )
                }
            )
        return login

    @staticmethod
    def _refuse_taken(session, login: str) -> None:
        if repo.login_exists(session, login):
            raise ValidationError(
                {
                    "login": translate(
                        "Team", "The server has a login called {login} already; choose another login name."
                    ).format(login=login)
                }
            )

    @staticmethod
    def _check_person(name: str, email: str, roles: frozenset[Role]) -> None:
        errors = validate_person(name, email, roles)
        if errors:
            raise ValidationError(errors)

    # ------------------------------------------------------------------------------ commands
    def init(self, name: str, email: str = "", roles: frozenset[Role] = frozenset()) -> TeamMember:
        """Make this (migrated, empty) server database a team's: the group roles, the privileges
        and the server's rules; the connected login becomes the first administrator, ``name``."""
        self._require_server()
        roles = frozenset(roles) | {Role.ADMINISTRATOR}
        self._check_person(name, email, roles)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            if repo.people_count(s) > 0:
                raise CommdeskError(
                    translate(
                        "Team",
                        "This database has people already, so it cannot be made a team database "
                        "afresh; 'commdesk team init' needs an empty database (a database copied from "
                        "a single desk is made a team's by one of its administrators with "
                        "'commdesk --as NAME team init --existing').",
                    )
                )
            login = self._secure(s)
            row = repo.add_person(s, name.strip(), email.strip(), "", format_roles(roles))
            repo.set_owner_login(s, row.id, login)
            uow.event("people", row.id, "team_init", new=login)
            return self._member(s, row.id)

    def init_existing(self) -> TeamMember:
        """Make a server database that has people already (copied from a single desk with ``db
        copy``) a team's: the acting person, one of its active administrators who said who they are
        (passphrase checked), connects with the connected login from now on."""
        self._require_server()
        me = self.ctx.require(Role.ADMINISTRATOR, action=translate("Team", "make this database a team's"))
        if me.id is None:
            raise PermissionDenied(
                translate(
                    "Team",
                    "Say which administrator of this database you are with --as NAME; that person "
                    "then connects with this login.",
                )
            )
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            if repo.is_team_database(s):
                raise CommdeskError(
                    translate(
                        "Team", "This database is a team database already; 'commdesk team list' shows it."
                    )
                )
            login = self._secure(s)
            repo.set_owner_login(s, me.id, login)
            uow.event("people", me.id, "team_init", new=login)
            return self._member(s, me.id)

    def _secure(self, session) -> str:
        """The server's rules on this database, by the login that owns it; returns that login."""
        check = repo.owner_check(session)
        login = repo.session_login(session)
        if not (check.owns_database and check.owns_tables):
            raise CommdeskError(
                translate(
                    "Team",
                    "The login {login} does not own this database and its tables; team init is run "
                    "by the login that owns them (it also runs the upgrades). Ask the server's "
                    "administrator to create the database with OWNER {login}.",
                ).format(login=login)
            )
        if not check.can_create_roles:
            raise CommdeskError(
                translate(
                    "Team",
                    "The login {login} may not create roles; team init makes the office's group "
                    "roles and later each person's login. Ask the server's administrator for "
                    "'ALTER ROLE {login} CREATEROLE'.",
                ).format(login=login)
            )
        repo.secure(session)
        return login

    def add_person(
        self,
        name: str,
        login: str,
        roles: frozenset[Role],
        email: str = "",
        department: str = "",
        password: str | None = None,
    ) -> TeamMember:
        """A new person with a new login of their own, in the groups of their roles (administrators).
        ``password`` None: the login has none (the server authenticates it otherwise)."""
        self._require_server()
        self.ctx.require(Role.ADMINISTRATOR, action=translate("Team", "add people to the team"))
        login = self._check_login(login)
        roles = frozenset(roles)
        self._check_person(name, email, roles)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            self._require_team(s)
            self._refuse_taken(s, login)
            row = repo.add_person(s, name.strip(), email.strip(), department.strip(), format_roles(roles))
            repo.attach_login(s, row.id, login, password)
            uow.event("people", row.id, "login", new=login)
            return self._member(s, row.id)

    def add_login(self, who: str, login: str, password: str | None = None) -> TeamMember:
        """A login for a person who has none yet (people copied from a single desk), in the groups
        of their roles (administrators)."""
        self._require_server()
        self.ctx.require(Role.ADMINISTRATOR, action=translate("Team", "give people a login"))
        login = self._check_login(login)
        member = self.find(who)
        if member.login is not None:
            raise ValidationError(
                {
                    "login": translate(
                        "Team", "{name} connects with the login {login} already; a login is never changed."
                    ).format(name=member.name, login=member.login)
                }
            )
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            self._require_team(s)
            self._refuse_taken(s, login)
            repo.attach_login(s, member.id, login, password)
            uow.event("people", member.id, "login", new=login)
            return self._member(s, member.id)

    def remove_person(self, who: str) -> TeamMember:
        """Disable a person and their login together (administrators): the person is inactive, the
        login can no longer log in and leaves every group; the audit log keeps what they did."""
        self._require_server()
        self.ctx.require(Role.ADMINISTRATOR, action=translate("Team", "remove people from the team"))
        member = self.find(who)
        with self.ctx.unit_of_work() as uow:
            if member.login is not None and member.login == repo.owner_login(uow.session):
                raise PermissionDenied(
                    translate(
                        "Team",
                        "{name} connects with the login that owns the database (it runs the upgrades); "
                        "that person cannot be removed while it owns it.",
                    ).format(name=member.name)
                )
        people = self.ctx.service(PeopleService)
        people.update(replace(people.get(member.id), active=False))
        return self.get(member.id)

    def set_roles(self, who: str, roles: frozenset[Role]) -> TeamMember:
        """Change a person's roles (administrators); their login's groups follow."""
        self._require_server()
        self.ctx.require(Role.ADMINISTRATOR, action=translate("Team", "change people's roles"))
        member = self.find(who)
        people = self.ctx.service(PeopleService)
        people.update(replace(people.get(member.id), roles=frozenset(roles)))
        return self.get(member.id)

    def list(self) -> builtins.list[TeamMember]:
        """Everyone, with their login and whether it can log in."""
        self._require_server()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            states = repo.login_states(s)
            members = [self._to_member(r, states) for r in repo.people(s)]
        from commdesk.core.contacts.names import sort_key

        return sorted(members, key=lambda m: sort_key(m.name))

    def get(self, person_id: int) -> TeamMember:
        with self.ctx.unit_of_work() as uow:
            return self._member(uow.session, person_id)

    def find(self, who: str) -> TeamMember:
        """A person by login, else an active person by name or e-mail (as ``--as`` finds them)."""
        key = who.strip()
        with self.ctx.unit_of_work() as uow:
            row = repo.person_by_login(uow.session, key) if key else None
            if row is not None:
                return self._member(uow.session, row.id)
        try:
            person = self.ctx.service(PeopleService).find(key)
        except NotFound:
            raise NotFound(
                translate(
                    "Team", "No login or person is called '{who}'; 'commdesk team list' shows the team."
                ).format(who=who)
            ) from None
        assert person.id is not None  # found in the database
        return self.get(person.id)

    # ------------------------------------------------------------------------------ rows
    def _member(self, session, person_id: int) -> TeamMember:
        row = repo.person(session, person_id)
        if row is None:
            raise NotFound(translate("Team", "There is no person with id {id}.").format(id=person_id))
        return self._to_member(row, repo.login_states(session))

    @staticmethod
    def _to_member(row, states: dict[str, bool]) -> TeamMember:
        return TeamMember(
            id=row.id,
            name=row.name,
            email=row.email,
            roles=parse_roles(row.roles),
            active=row.active,
            login=row.login,
            can_login=bool(row.login and states.get(row.login, False)),
        )
