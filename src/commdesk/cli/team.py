"""``commdesk team init|add-person|remove-person|set-roles|list``: a team on a PostgreSQL server,
each person with a login of their own (``services.team.TeamService``)."""

from __future__ import annotations

import sys

from commdesk.core.i18n import translate

ROLE_NAMES = ("administrator", "officer", "reviewer")


def register(sub) -> None:
    p = sub.add_parser(
        "team",
        help=translate(
            "CLI", "a team on a server database: init, add-person, add-login, remove-person, set-roles, list"
        ),
    )
    ts = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)

    init = ts.add_parser(
        "init",
        help=translate(
            "CLI",
            "make an empty server database a team's: schema, group roles, privileges; the login "
            "connected becomes the first administrator",
        ),
    )
    init.add_argument("--name", help=translate("CLI", "the first administrator's name"))
    init.add_argument(
        "--existing",
        action="store_true",
        help=translate(
            "CLI",
            "the database has people already (copied from a single desk): the --as person, one of its "
            "administrators, connects with this login from now on",
        ),
    )
    init.add_argument("--email", default="")
    init.add_argument(
        "--role",
        action="append",
        default=[],
        metavar="ROLE[,ROLE]",
        help=translate("CLI", "further roles besides administrator (officer, reviewer)"),
    )
    init.set_defaults(func=init_team)

    add = ts.add_parser(
        "add-person",
        help=translate("CLI", "a new person with a login of their own (administrators)"),
    )
    add.add_argument("name")
    add.add_argument("--login", required=True, help=translate("CLI", "the server login to create"))
    add.add_argument(
        "--role",
        action="append",
        required=True,
        metavar="ROLE[,ROLE]",
        help=translate("CLI", "administrator, officer or reviewer; comma-separated or repeated"),
    )
    add.add_argument("--email", default="")
    add.add_argument("--department", default="")
    _password_options(add)
    add.set_defaults(func=add_person)

    al = ts.add_parser(
        "add-login",
        help=translate(
            "CLI", "a login for a person who has none (people copied from a single desk; administrators)"
        ),
    )
    al.add_argument("who", metavar="NAME")
    al.add_argument("--login", required=True, help=translate("CLI", "the server login to create"))
    _password_options(al)
    al.set_defaults(func=add_login)

    rm = ts.add_parser(
        "remove-person",
        help=translate("CLI", "make a person inactive and their login unable to log in (administrators)"),
    )
    rm.add_argument("who", metavar="LOGIN|NAME")
    rm.add_argument("--json", action="store_true")
    rm.set_defaults(func=remove_person)

    sr = ts.add_parser(
        "set-roles",
        help=translate("CLI", "change a person's roles; their login's groups follow (administrators)"),
    )
    sr.add_argument("who", metavar="LOGIN|NAME")
    sr.add_argument("--role", action="append", required=True, metavar="ROLE[,ROLE]")
    sr.add_argument("--json", action="store_true")
    sr.set_defaults(func=set_roles)

    ls = ts.add_parser("list", help=translate("CLI", "people, their logins and roles"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_team)


def _password_options(parser) -> None:
    how = parser.add_mutually_exclusive_group()
    how.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("CLI", "read the login's password from the first line of standard input"),
    )
    how.add_argument(
        "--no-password",
        action="store_true",
        help=translate("CLI", "create the login without a password (the server authenticates it otherwise)"),
    )
    parser.add_argument("--json", action="store_true")


def _roles(values) -> frozenset:
    from commdesk.core.domain.people import Role
    from commdesk.core.errors import CommdeskError

    names = [n.strip() for v in values for n in v.split(",") if n.strip()]
    unknown = [n for n in names if n not in ROLE_NAMES]
    if unknown:
        raise CommdeskError(
            translate(
                "CLI", "Unknown role {names}; the roles are administrator, officer and reviewer."
            ).format(names=", ".join(unknown))
        )
    return frozenset(Role(n) for n in names)


def _as_json(m) -> dict:
    return {
        "id": m.id,
        "name": m.name,
        "email": m.email,
        "login": m.login,
        "roles": sorted(r.value for r in m.roles),
        "active": m.active,
        "can_login": m.can_login,
    }


def _line(m) -> str:
    login = m.login or translate("CLI", "(no login)")
    can = translate("CLI", "can log in") if m.can_login else translate("CLI", "cannot log in")
    state = "" if m.active else "  " + translate("CLI", "(inactive)")
    return f"{m.id:>4}  {m.name}  {login}  [{m.roles_label}]  {can}{state}"


def _password(args, login: str) -> str | None:
    """The new login's password: from standard input, typed twice without echo, or none."""
    from commdesk.core.errors import CommdeskError

    if args.no_password:
        return None
    if args.password_stdin:
        line = sys.stdin.readline() if sys.stdin else ""
        password = line.rstrip("\r\n")
        if not password:
            raise CommdeskError(
                translate("CLI", "No password on standard input; give one, or use --no-password.")
            )
        return password
    if not sys.stdin or not sys.stdin.isatty():
        raise CommdeskError(
            translate(
                "CLI",
                "Give the password of {login} with --password-stdin, or --no-password when the "
                "server authenticates it otherwise; it is never given on the command line.",
            ).format(login=login)
        )
    import getpass

    first = getpass.getpass(translate("CLI", "Password for the login {login}: ").format(login=login))
    again = getpass.getpass(translate("CLI", "The same password again: "))
    if first != again:
        raise CommdeskError(translate("CLI", "The two passwords differ; nothing was created."))
    if not first:
        raise CommdeskError(translate("CLI", "An empty password is no password; use --no-password for that."))
    return first


def init_team(args, cli) -> int:
    from commdesk.core.errors import CommdeskError
    from commdesk.services.team import TeamService

    svc = cli.ctx.service(TeamService)
    if args.existing:
        member = svc.init_existing()
    elif not (args.name or "").strip():
        raise CommdeskError(
            translate(
                "CLI",
                "Give the first administrator's name with --name (or --existing for a database "
                "that has people already).",
            )
        )
    else:
        member = svc.init(args.name, args.email, _roles(args.role))
    cli.print(
        translate(
            "CLI",
            "This database is now a team database. {name} (login {login}) is its first administrator; "
            "add the others with 'commdesk team add-person'.",
        ).format(name=member.name, login=member.login)
    )
    return 0


def add_person(args, cli) -> int:
    from commdesk.services.team import TeamService

    roles = _roles(args.role)
    svc = cli.ctx.service(TeamService)  # the database is opened (and who acts known) before the password
    password = _password(args, args.login.strip())
    member = svc.add_person(args.name, args.login, roles, args.email, args.department, password)
    if args.json:
        cli.print_json(_as_json(member))
    else:
        cli.print(
            translate("CLI", "Added {name} with the login {login} ({roles}).").format(
                name=member.name, login=member.login, roles=member.roles_label
            )
        )
    return 0


def add_login(args, cli) -> int:
    from commdesk.services.team import TeamService

    svc = cli.ctx.service(TeamService)
    password = _password(args, args.login.strip())
    member = svc.add_login(args.who, args.login, password)
    if args.json:
        cli.print_json(_as_json(member))
    else:
        cli.print(
            translate("CLI", "{name} connects with the login {login} from now on.").format(
                name=member.name, login=member.login
            )
        )
    return 0


def remove_person(args, cli) -> int:
    from commdesk.services.team import TeamService

    member = cli.ctx.service(TeamService).remove_person(args.who)
    if args.json:
        cli.print_json(_as_json(member))
    else:
        cli.print(
            translate(
                "CLI",
                "{name} is inactive and the login {login} can no longer log in; what they did stays in "
                "the audit log.",
            ).format(name=member.name, login=member.login or translate("CLI", "(no login)"))
        )
    return 0


def set_roles(args, cli) -> int:
    from commdesk.services.team import TeamService

    member = cli.ctx.service(TeamService).set_roles(args.who, _roles(args.role))
    if args.json:
        cli.print_json(_as_json(member))
    else:
        cli.print(_line(member))
    return 0


def list_team(args, cli) -> int:
    from commdesk.services.team import TeamService

    members = cli.ctx.service(TeamService).list()
    if args.json:
        cli.print_json([_as_json(m) for m in members])
        return 0
    for m in members:
        cli.print(_line(m))
    return 0
