"""``commdesk calendar list|export``: the one publishing calendar (releases and embargo ends, social
posts, sent announcements, media events, meetings) from the command line. Days are the
organisation's; the default period is the current quarter."""

from __future__ import annotations

from commdesk.core.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "calendar",
        help=translate(
            "CLI", "the publishing calendar of every kind of item: list, export (PDF or .ics feed)"
        ),
    )
    ps = p.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)

    def period_and_filters(parser) -> None:
        parser.add_argument(
            "--from",
            dest="first",
            metavar="DATE",
            help=translate("CLI", "from this day (YYYY-MM-DD; default: the quarter's first)"),
        )
        parser.add_argument(
            "--to",
            dest="last",
            metavar="DATE",
            help=translate("CLI", "up to this day, included (default: the quarter's last)"),
        )
        parser.add_argument(
            "--kind",
            action="append",
            default=[],
            metavar="KIND",
            help=translate(
                "CLI",
                "only this kind (release, embargo, post, announcement, event, meeting); may be repeated",
            ),
        )
        parser.add_argument(
            "--channel",
            action="append",
            default=[],
            metavar="CHANNEL",
            help=translate(
                "CLI",
                "only this channel: a social account (Weibo · 华信科技), a subscription list, a "
                "release's channel; part of its name is enough; may be repeated",
            ),
        )
        parser.add_argument(
            "--campaign",
            default="",
            metavar="NAME",
            help=translate("CLI", "only this campaign or topic (part of its name is enough)"),
        )
        parser.add_argument(
            "--owner",
            default="",
            metavar="NAME",
            help=translate(
                "CLI", "only what this person owns or wrote (part of the name is enough, e.g. Emma)"
            ),
        )

    ls = ps.add_parser("list", help=translate("CLI", "list the calendar's entries by time"))
    period_and_filters(ls)
    ls.add_argument(
        "--json", action="store_true", help=translate("CLI", "print JSON (times as UTC instants)")
    )
    ls.set_defaults(func=list_entries)

    ex = ps.add_parser(
        "export", help=translate("CLI", "write the calendar to a PDF (month grids and list) or an .ics feed")
    )
    ex.add_argument("file", metavar="FILE")
    ex.add_argument(
        "--format",
        dest="fmt",
        choices=("pdf", "ics"),
        help=translate("CLI", "pdf or ics (default: from the file's name, .pdf or .ics)"),
    )
    ex.add_argument(
        "--list",
        dest="as_list",
        action="store_true",
        help=translate("CLI", "the PDF as a list only, without month grids"),
    )
    period_and_filters(ex)
    ex.add_argument("--json", action="store_true", help=translate("CLI", "print what was written as JSON"))
    ex.set_defaults(func=export_calendar)


def _day(text: str, option: str):
    from datetime import date

    from commdesk.core.errors import CommdeskError

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CommdeskError(
            translate("CLI", "{option} needs a date like 2027-01-04, not '{value}'.").format(
                option=option, value=text
            )
        ) from None


def _query(args, cli):
    """(service, first, last, filter) from the options; the current quarter by default."""
    from commdesk.core import timezones as tz
    from commdesk.core.calendar import layout
    from commdesk.core.calendar.entries import Filter, parse_kind
    from commdesk.core.errors import CommdeskError
    from commdesk.services.calendar import CalendarService

    service = cli.ctx.service(CalendarService)
    today = tz.today_in(service.zone(), cli.ctx.clock)
    q_first, q_last = layout.quarter_bounds(today)
    first = _day(args.first, "--from") if args.first else q_first
    last = _day(args.last, "--to") if args.last else (q_last if not args.first else max(first, q_last))
    if last < first:
        raise CommdeskError(
            translate("CLI", "--to ({last}) is before --from ({first}); give the earlier day first.").format(
                first=first.isoformat(), last=last.isoformat()
            )
        )
    try:
        kinds = frozenset(parse_kind(k) for k in args.kind)
    except ValueError as exc:
        raise CommdeskError(str(exc)) from None
    wanted = Filter(kinds)
    if args.channel or args.campaign.strip() or args.owner.strip():
        # a name is matched against what the period holds, so that a misspelt or partial name is
        # not an empty calendar written without a word
        offered = service.view(first, last, wanted)
        wanted = Filter(
            kinds,
            frozenset(_one_of(c, offered.channels, "--channel") for c in args.channel),
            _one_of(args.campaign, offered.campaigns, "--campaign"),
            _one_of(args.owner, offered.owners, "--owner"),
        )
    return service, first, last, wanted


def _one_of(typed: str, offered, option: str) -> str:
    """The name of ``offered`` that ``typed`` means: the same name in any case, else the only one
    that contains it; "" for nothing typed. Refused in words when none or several match."""
    from commdesk.core.errors import CommdeskError

    typed = typed.strip()
    if not typed:
        return ""
    key = typed.casefold()
    exact = [o for o in offered if o.casefold() == key]
    found = exact or [o for o in offered if key in o.casefold()]
    if len(found) == 1:
        return found[0]
    if found:
        raise CommdeskError(
            translate("CLI", "{option} “{typed}” could be any of: {names}. Write more of the name.").format(
                option=option, typed=typed, names=", ".join(found)
            )
        )
    raise CommdeskError(
        translate(
            "CLI",
            "Nothing in this period matches {option} “{typed}”; the period has: {names}. Check the name "
            "or the period (--from, --to).",
        ).format(option=option, typed=typed, names=", ".join(offered) or "-")
    )


def _entry_json(e, zone: str) -> dict:
    from commdesk.core import timezones as tz

    return {
        "uid": e.key,
        "kind": e.kind.value,
        "id": e.id,
        "title": e.title,
        "start": e.start.isoformat(),
        "end": e.end.isoformat() if e.end else None,
        "local_start": tz.format_instant(e.start, zone, with_zone=False),
        "all_day": e.all_day,
        "channel": e.channel,
        "campaign": e.campaign,
        "owner": e.owner,
        "state": e.state,
        "reference": e.reference,
        "can_move": e.can_move,
        "why_fixed": e.movable,
    }


def list_entries(args, cli) -> int:
    from commdesk.core import timezones as tz

    service, first, last, wanted = _query(args, cli)
    view = service.view(first, last, wanted)
    # SM-2's warnings as far as the filter shows posts (none under --kind announcement)
    warnings = [w.explain() for w in view.warnings()]
    if args.json:
        cli.print_json(
            {
                "zone": view.zone,
                "from": first.isoformat(),
                "to": last.isoformat(),
                "entries": [_entry_json(e, view.zone) for e in view.entries],
                "cadence_warnings": warnings,
            }
        )
        return 0
    for e in view.entries:
        when = tz.format_instant(e.start, view.zone, with_zone=False)
        extra = "  ".join(x for x in (e.channel, e.owner, e.reference) if x)
        cli.print(f"{when}  {e.kind.label}  {e.title}  [{e.state}]  {extra}".rstrip())
    for line in warnings:
        cli.print(line)
    cli.print(
        translate(
            "CLI", "%n entry(ies) from {first} to {last}; times in {zone}.", None, len(view.entries)
        ).format(
            first=first.isoformat(),
            last=last.isoformat(),
            zone=tz.zone_label(cli.ctx.clock(), view.zone),
        )
    )
    return 0


def export_calendar(args, cli) -> int:
    from pathlib import Path

    from commdesk.core.errors import CommdeskError

    service, first, last, wanted = _query(args, cli)
    path = Path(args.file)
    named = {".pdf": "pdf", ".ics": "ics"}.get(path.suffix.lower())
    if args.fmt is None and named is None:
        raise CommdeskError(
            translate(
                "CLI",
                "Say which format “{name}” is to be: name the file .pdf or .ics, or add --format pdf or "
                "--format ics.",
            ).format(name=path.name)
        )
    if args.fmt is not None and named is not None and named != args.fmt:
        raise CommdeskError(
            translate(
                "CLI",
                "“{name}” is named as a .{named} file but --format says {format}: a calendar program "
                "would not open it. Change the file's name or the format.",
            ).format(name=path.name, named=named, format=args.fmt)
        )
    fmt = args.fmt or named
    written = service.export(path, first, last, wanted, fmt=fmt, kind="list" if args.as_list else "month")
    if args.json:
        cli.print_json(
            {"file": str(written), "format": fmt, "from": first.isoformat(), "to": last.isoformat()}
        )
    else:
        cli.print(translate("CLI", "Calendar written to {path}.").format(path=written))
    return 0
