"""``commdesk staff import|list|lists|add-list|unsubscribe|hygiene``: the staff directory and its
subscription lists (internal announcements) from the command line."""

from __future__ import annotations

from commdesk.core.i18n import translate

_STATUSES = ("subscribed", "pending", "unsubscribed", "bounced")


def register(sub) -> None:
    p = sub.add_parser(
        "staff",
        help=translate(
            "CLI",
            "the staff directory and its subscription lists (announcements): import, list, lists, add-list, "
            "unsubscribe, hygiene",
        ),
    )
    ps = p.add_subparsers(dest="staff_command", metavar="ACTION", required=True)

    imp = ps.add_parser(
        "import",
        help=translate(
            "CLI",
            "import staff members from a CSV (UTF-8 or GB18030) or .xlsx file: columns name, email, "
            "department, phone, lists (administrators)",
        ),
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--list",
        action="append",
        default=[],
        metavar="NAME",
        help=translate("CLI", "subscribe every row to this list too (may be repeated)"),
    )
    imp.add_argument(
        "--partial",
        action="store_true",
        help=translate("CLI", "save the good rows even when others are rejected (default: all or nothing)"),
    )
    imp.add_argument(
        "--encoding", metavar="NAME", help=translate("CLI", "the CSV file's encoding, if not detected")
    )
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=import_staff)

    ls = ps.add_parser("list", help=translate("CLI", "list staff members, by name"))
    ls.add_argument("--list", metavar="NAME", help=translate("CLI", "only members of this list"))
    ls.add_argument(
        "--status", choices=_STATUSES, help=translate("CLI", "only members in this status on the list")
    )
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_staff)

    lists = ps.add_parser("lists", help=translate("CLI", "the subscription lists with their subscribers"))
    lists.add_argument("--json", action="store_true")
    lists.set_defaults(func=list_lists)

    add = ps.add_parser("add-list", help=translate("CLI", "add a subscription list (administrators)"))
    add.add_argument("name_zh", metavar="NAME", help=translate("CLI", "the list's Chinese name"))
    add.add_argument("--en", default="", metavar="NAME", help=translate("CLI", "the list's English name"))
    add.add_argument("--description", default="", metavar="TEXT")
    add.add_argument(
        "--double-opt-in",
        action="store_true",
        help=translate("CLI", "members confirm by mail before they receive anything"),
    )
    add.add_argument(
        "--cap",
        type=int,
        metavar="N",
        help=translate("CLI", "at most N mails from the list per period and member"),
    )
    add.add_argument(
        "--cap-days",
        type=int,
        default=7,
        metavar="DAYS",
        help=translate("CLI", "the cap's period (default 7 days)"),
    )
    add.set_defaults(func=add_list)

    un = ps.add_parser("unsubscribe", help=translate("CLI", "take a member off a list (administrators)"))
    un.add_argument("email", metavar="EMAIL")
    un.add_argument("--list", required=True, metavar="NAME")
    un.set_defaults(func=unsubscribe)

    hy = ps.add_parser(
        "hygiene",
        help=translate("CLI", "the list-hygiene report: bounced and long-inactive addresses (AN-3)"),
    )
    hy.add_argument("--csv", metavar="FILE", help=translate("CLI", "write the report as CSV to FILE"))
    hy.add_argument(
        "--gb18030", action="store_true", help=translate("CLI", "write the CSV in GB18030 (older Excel)")
    )
    hy.add_argument("--json", action="store_true")
    hy.set_defaults(func=hygiene)


def _service(cli):
    from commdesk.services.staff.service import StaffService

    return cli.ctx.service(StaffService)


def import_staff(args, cli) -> int:
    from commdesk.services.staff.importing import StaffImportService

    report = cli.ctx.service(StaffImportService).import_file(
        args.file, list_names=tuple(args.list), partial=args.partial, encoding=args.encoding
    )
    counts = report.counts()
    if args.json:
        cli.print_json(
            {
                "file": report.file,
                "written": report.written,
                "counts": counts,
                "confirmations_queued": report.confirmations,
                "rows": [
                    {
                        "row": r.number,
                        "outcome": r.outcome.value,
                        "email": r.email,
                        "notes": r.notes,
                        "kept_unsubscribed": list(r.kept_ended),
                    }
                    for r in report.rows
                ],
            }
        )
    else:
        for r in report.rows:
            notes = f"  {r.notes}" if r.notes else ""
            cli.print(f"{r.number:>6}  {r.outcome.label}  {r.email}{notes}")
        cli.print(
            translate(
                "CLI", "{file}: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected."
            ).format(file=report.file, **counts)
        )
        if report.kept_unsubscribed:
            cli.print(
                translate(
                    "CLI",
                    "%n person(s) who had unsubscribed or whose mail bounced not subscribed again.",
                    None,
                    len(report.kept_unsubscribed),
                )
            )
        if report.confirmations:
            cli.print(
                translate(
                    "CLI",
                    "%n confirmation mail(s) in the outbox (double opt-in).",
                    None,
                    report.confirmations,
                )
            )
        if not report.written:
            cli.print(
                translate(
                    "CLI",
                    "Nothing was saved because rows were rejected: correct them and import again, or "
                    "import the good rows with --partial.",
                )
            )
    return 0 if report.written else 1


def list_staff(args, cli) -> int:
    from commdesk.core.staff.records import SubscriptionStatus

    staff = _service(cli)
    chosen = staff.find_list(args.list) if args.list else None
    status = SubscriptionStatus(args.status) if args.status else None
    if status is not None and chosen is None:
        from commdesk.core.errors import CommdeskError

        raise CommdeskError(translate("CLI", "--status needs --list: a status is a member's on one list."))
    members = staff.members(list_id=chosen.id if chosen else None, status=status)
    names = {lst.id: lst.name_zh or lst.name_en for lst in staff.lists()}
    if args.json:
        cli.print_json(
            [
                {
                    "id": m.id,
                    "name": m.name,
                    "email": m.email,
                    "department": m.department,
                    "phone": m.phone,
                    "active": m.active,
                    "subscriptions": [
                        {
                            "list": names.get(s.list_id, ""),
                            "status": s.status.value,
                            "how": s.how.value,
                            "changed_at": s.changed_at.isoformat(),
                        }
                        for s in m.subscriptions
                    ],
                }
                for m in members
            ]
        )
        return 0
    for m in members:
        subs = ", ".join(f"{names.get(s.list_id, '')}: {s.status.label}" for s in m.subscriptions)
        inactive = "  [" + translate("CLI", "inactive") + "]" if not m.active else ""
        cli.print(f"{m.id:>5}  {m.name}  <{m.email}>  {m.department}  {subs}{inactive}")
    return 0


def list_lists(args, cli) -> int:
    from commdesk.core.staff.records import SubscriptionStatus

    lists = _service(cli).lists()
    if args.json:
        cli.print_json(
            [
                {
                    "id": lst.id,
                    "name_zh": lst.name_zh,
                    "name_en": lst.name_en,
                    "description": lst.description,
                    "double_opt_in": lst.double_opt_in,
                    "cap_count": lst.cap_count,
                    "cap_days": lst.cap_days,
                    "active": lst.active,
                    "counts": dict(lst.counts),
                }
                for lst in lists
            ]
        )
        return 0
    for lst in lists:
        counts = ", ".join(f"{s.label} {lst.count(s)}" for s in SubscriptionStatus)
        cap = (
            translate("CLI", "at most {n} in {days} days").format(n=lst.cap_count, days=lst.cap_days)
            if lst.cap_count
            else translate("CLI", "no cap")
        )
        opt_in = "  " + translate("CLI", "double opt-in") if lst.double_opt_in else ""
        cli.print(f"{lst.id:>4}  {lst.name_zh}  {lst.name_en}  ({counts}; {cap}){opt_in}")
    return 0


def add_list(args, cli) -> int:
    made = _service(cli).save_list(
        args.name_zh,
        args.en,
        description=args.description,
        double_opt_in=args.double_opt_in,
        cap_count=args.cap,
        cap_days=args.cap_days,
    )
    cli.print(
        translate("CLI", "List {id} added: {name}").format(id=made.id, name=made.name_zh or made.name_en)
    )
    return 0


def unsubscribe(args, cli) -> int:
    staff = _service(cli)
    member = staff.member(args.email)
    chosen = staff.find_list(args.list)
    staff.unsubscribe(member.id, chosen.id)
    cli.print(
        translate("CLI", "{name} is unsubscribed from {list}.").format(
            name=member.name, list=chosen.name_zh or chosen.name_en
        )
    )
    return 0


def hygiene(args, cli) -> int:
    staff = _service(cli)
    if args.csv:
        staff.export_hygiene(args.csv, encoding="gb18030" if args.gb18030 else "utf-8-sig")
    report = staff.hygiene()
    if args.json:
        cli.print_json(
            {
                "as_of": report.as_of.isoformat(),
                "inactive_months": report.inactive_months,
                "lines": [
                    {
                        "problem": line.problem,
                        "name": line.name,
                        "email": line.email,
                        "department": line.department,
                        "lists": line.lists,
                        "since": line.since.isoformat(),
                    }
                    for line in report.lines
                ],
            }
        )
        return 0
    from commdesk.core import timezones as tz
    from commdesk.services.settings import SettingsService

    zone = cli.ctx.service(SettingsService).time_zone()
    cli.print(
        translate("CLI", "Bounced: {bounced}; inactive for {months} months or more: {inactive}.").format(
            bounced=len(report.bounced), months=report.inactive_months, inactive=len(report.inactive)
        )
    )
    for line in report.lines:
        what = translate("CLI", "bounced") if line.problem == "bounced" else translate("CLI", "long inactive")
        lists = f"  ({line.lists})" if line.lists else ""
        since = tz.format_instant(line.since, zone)
        cli.print(f"{what}  {line.name}  <{line.email}>  {since}{lists}")
    if args.csv:
        cli.print(translate("CLI", "Written to {file}.").format(file=args.csv))
    return 0
