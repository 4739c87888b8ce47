"""``commdesk people list|add``: who uses commdesk and their roles."""

from __future__ import annotations

from commdesk.core.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("people", help=translate("CLI", "people who use commdesk and their roles: list, add"))
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
    add.set_defaults(func=add_person)


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
    from commdesk.services.people import PeopleService

    svc = cli.ctx.service(PeopleService)
    roles = {Role(r) for r in args.role}
    person = (
        svc.create_first_profile(args.name, args.email, args.department, roles)
        if svc.count() == 0
        else svc.create(args.name, args.email, args.department, roles)
    )
    cli.print(translate("CLI", "Added {name} (id {id}).").format(name=person.name, id=person.id))
    return 0
