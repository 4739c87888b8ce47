"""``commdesk people list|add|passphrase|whoami|remember|forget``: who uses commdesk and their roles,
their passphrases, and who is remembered on this computer (``PeopleService.remembered``: the acting
person when no --as is given)."""

from __future__ import annotations

from commdesk.core.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "people",
        help=translate(
            "CLI", "people who use commdesk and their roles: list, add, passphrase, whoami, remember, forget"
        ),
    )
    ps = p.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    ls = ps.add_parser("list", help=translate("CLI", "list people"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_people)
    add = ps.add_parser("add", help=translate("CLI", "add a person (administrators)"))
    add.add_argument("name")
    add.add_argument("--email", default="")
    add.add_argument("--department", default="")
    add.add_argument(
        "--role",
        action="append",
        choices=["administrator", "officer", "reviewer"],
        required=True,
        help=translate("CLI", "a role; repeat for several"),
    )
    add.add_argument(
        "--new-passphrase-stdin",
        action="store_true",
        help=translate(
            "CLI",
            "read the new person's passphrase from standard input (after the acting person's, when "
            "--passphrase-stdin is given too); in a terminal it is asked without echo. On a computer "
            "others use, everyone who can approve anything needs one.",
        ),
    )
    add.set_defaults(func=add_person)
    pw = ps.add_parser(
        "passphrase",
        help=translate(
            "CLI",
            "set or change the passphrase of the acting person, or of NAME (administrators), which "
            "switching person asks for",
        ),
    )
    pw.add_argument(
        "name", nargs="?", help=translate("CLI", "whose passphrase (name or e-mail); yours if left out")
    )
    how = pw.add_mutually_exclusive_group()
    how.add_argument(
        "--new-passphrase-stdin",
        action="store_true",
        help=translate(
            "CLI",
            "read the new passphrase from standard input (after the acting person's, when "
            "--passphrase-stdin is given too); in a terminal it is asked twice without echo",
        ),
    )
    how.add_argument(
        "--clear",
        action="store_true",
        help=translate(
            "CLI",
            "remove the passphrase (refused for someone who can approve while others use this computer)",
        ),
    )
    pw.set_defaults(func=set_passphrase)
    rm = ps.add_parser(
        "remember",
        help=translate(
            "CLI",
            "remember the --as person on this computer for this database: commands without --as act "
            "as them (as after signing in to the window)",
        ),
    )
    rm.add_argument(
        "--keep-passphrase",
        action="store_true",
        help=translate(
            "CLI",
            "also keep their passphrase in the operating system's keyring, so it is not asked on this "
            "computer (as 'Remember on this computer' in the window); without it, a kept one is forgotten",
        ),
    )
    rm.set_defaults(func=remember_person)
    who = ps.add_parser(
        "whoami",
        help=translate(
            "CLI", "who commands act as here: the --as person, the remembered one, or your server login's"
        ),
    )
    who.set_defaults(func=who_am_i)
    fg = ps.add_parser(
        "forget",
        help=translate("CLI", "remember no one on this computer for this database, nor a kept passphrase"),
    )
    fg.set_defaults(func=forget_person)


def list_people(args, cli) -> int:
    from commdesk.services.people import PeopleService

    people = cli.ctx.service(PeopleService).list(include_inactive=True)
    if args.json:
        cli.print_json(
            [
                {
                    "id": p.id,
                    "name": p.name,
                    "email": p.email,
                    "department": p.department,
                    "roles": sorted(r.value for r in p.roles),
                    "active": p.active,
                }
                for p in people
            ]
        )
        return 0
    for p in people:
        cli.print(
            f"{p.id:>4}  {p.name}  <{p.email}>  {p.department}  [{p.roles_label}]"
            + ("" if p.active else "  " + translate("CLI", "(inactive)"))
        )
    return 0


def add_person(args, cli) -> int:
    from commdesk.core.domain.people import Role
    from commdesk.services.approvals import in_words
    from commdesk.services.people import PeopleService

    svc = cli.ctx.service(PeopleService)
    roles = {Role(r) for r in args.role}
    first = svc.count() == 0
    if not first:  # who may add, and who still needs a passphrase, before the new one is asked
        svc.check_may_add(roles)
    passphrase = _new_passphrase(
        args,
        cli,
        args.name,
        needed=svc.needs_passphrase(roles),
        why=translate(
            "CLI",
            "{name} can approve {what}, and on a computer others use everyone who can approve needs a "
            "passphrase: give it on standard input with --new-passphrase-stdin (or run the command in a "
            "terminal to be asked).",
        ).format(name=args.name, what=in_words(roles)),
    )
    person = (
        svc.create_first_profile(args.name, args.email, args.department, roles, passphrase)
        if first
        else svc.create(args.name, args.email, args.department, roles, passphrase)
    )
    cli.print(translate("CLI", "Added {name} (id {id}).").format(name=person.name, id=person.id))
    return 0


def set_passphrase(args, cli) -> int:
    """Set, change or remove the passphrase of the acting person or of NAME (administrators)."""
    from commdesk.core.errors import CommdeskError
    from commdesk.services.people import PeopleService

    svc = cli.ctx.service(PeopleService)
    me = cli.ctx.current()
    if args.name:
        person = svc.find(args.name)
    elif me.id is not None:
        person = me
    else:
        raise CommdeskError(cli.who_message or translate("CLI", "say who you are with --as NAME."))
    if args.clear:
        svc.update(svc.get(person.id), clear_passphrase=True)
        cli.print(translate("CLI", "{name} has no passphrase any more.").format(name=person.name))
        return 0
    passphrase = _new_passphrase(
        args,
        cli,
        person.name,
        needed=True,
        why=translate(
            "CLI",
            "give the new passphrase on standard input with --new-passphrase-stdin (or run the command in "
            "a terminal to be asked).",
        ),
    )
    if not passphrase:
        from commdesk.core.errors import ValidationError

        raise ValidationError(
            {"passphrase": translate("CLI", "The passphrase is empty; nothing was changed.")}
        )
    svc.update(svc.get(person.id), passphrase=passphrase)
    cli.print(translate("CLI", "The passphrase of {name} is set.").format(name=person.name))
    return 0


def remember_person(args, cli) -> int:
    from commdesk.core.errors import CommdeskError
    from commdesk.core.secrets import KeyringUnavailable
    from commdesk.services.people import PeopleService

    if args.as_person is None:
        raise CommdeskError(
            translate("CLI", "say whom to remember with --as NAME (their passphrase is checked first).")
        )
    person = cli.ctx.current()
    svc = cli.ctx.service(PeopleService)
    svc.remember(person)
    cli.print(
        translate(
            "CLI",
            "{name} is remembered on this computer for this database; commands without --as act as them.",
        ).format(name=person.name)
    )
    if person.has_passphrase:
        try:
            svc.keep_passphrase(person, cli.passphrase if args.keep_passphrase else None)
        except KeyringUnavailable as exc:
            raise CommdeskError(
                translate(
                    "CLI",
                    "this computer has no keyring to keep the passphrase in; it is asked each time.",
                )
            ) from exc
        if args.keep_passphrase:
            cli.print(translate("CLI", "Their passphrase is kept in this computer's keyring."))
    return 0


def forget_person(args, cli) -> int:
    from commdesk.services.people import PeopleService

    cli.act_as_no_one()
    person = cli.ctx.service(PeopleService).forget()
    if person is None:
        cli.print(translate("CLI", "No one was remembered on this computer for this database."))
    else:
        cli.print(
            translate("CLI", "{name} is no longer remembered on this computer.").format(name=person.name)
        )
    return 0


def who_am_i(args, cli) -> int:
    """The acting person and why it is them; no one (exit 1) when nobody said who they are."""
    from commdesk.core.errors import CommdeskError

    person = cli.ctx.current()
    if person.id is None:
        raise CommdeskError(cli.who_message or translate("CLI", "no one: say who you are with --as NAME"))
    line = f"{person.name}  [{person.roles_label}]"
    if cli.ctx.bound_person is not None:
        line += "  " + translate("CLI", "(server login {login})").format(login=person.login or "")
    cli.print(line)
    return 0


def _new_passphrase(args, cli, name: str, needed: bool, why: str) -> str | None:
    """A new passphrase for ``name``: a line of standard input with --new-passphrase-stdin; asked
    twice without echo in a terminal when one is needed; else None. Needed, with no way to read
    it: refused with ``why``."""
    import sys

    from commdesk.core.errors import ValidationError

    if args.new_passphrase_stdin:
        cli.ctx.current()  # the acting person's passphrase (--passphrase-stdin) is read first
        line = sys.stdin.readline() if sys.stdin else ""
        return line.rstrip("\r\n") or None
    if not needed:
        return None
    if not sys.stdin or not sys.stdin.isatty():
        raise ValidationError({"passphrase": why})
    import getpass

    first = getpass.getpass(translate("CLI", "Passphrase for {name}: ").format(name=name))
    if getpass.getpass(translate("CLI", "The same passphrase again: ")) != first:
        raise ValidationError(
            {"passphrase": translate("CLI", "The two passphrases differ; nothing was changed.")}
        )
    return first or None
