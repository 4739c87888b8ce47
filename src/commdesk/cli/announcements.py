"""``commdesk announcements list|show|new|submit|approve|return|send``: internal announcements
(AN-1..4) from the command line, through the same review as the window: ``send`` is refused unless
a reviewer approved exactly the text that would go out."""

from __future__ import annotations

from commdesk.core.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "announcements",
        help=translate(
            "CLI",
            "internal announcements to the staff subscription lists, reviewed before they are sent: list, "
            "show, new, submit, approve, return, send",
        ),
    )
    ps = p.add_subparsers(dest="announcements_command", metavar="ACTION", required=True)

    ls = ps.add_parser("list", help=translate("CLI", "list announcements, newest first, with their state"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_announcements)

    sh = ps.add_parser(
        "show", help=translate("CLI", "show an announcement: text, audience, review, comments, changes")
    )
    sh.add_argument("id", type=int, metavar="ID")
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(func=show)

    new = ps.add_parser("new", help=translate("CLI", "write a new announcement (a draft; officers)"))
    new.add_argument("--subject", required=True, metavar="TEXT", help=translate("CLI", "what it is about"))
    text = new.add_mutually_exclusive_group(required=True)
    text.add_argument("--text", metavar="TEXT", help=translate("CLI", "the announcement's text"))
    text.add_argument("--text-file", metavar="FILE", help=translate("CLI", "read the text from a UTF-8 file"))
    new.add_argument(
        "--list",
        action="append",
        required=True,
        metavar="NAME",
        help=translate("CLI", "a subscription list it goes to (name or id; may be repeated)"),
    )
    new.add_argument(
        "--important",
        action="store_true",
        help=translate("CLI", "an important notice: the subject starts with 【重要通知】"),
    )
    new.add_argument(
        "--planned",
        metavar="'YYYY-MM-DD HH:MM'",
        help=translate(
            "CLI", "when it is meant to go out, in the organisation's time zone (shown on the calendar)"
        ),
    )
    new.add_argument("--json", action="store_true")
    new.set_defaults(func=new_announcement)

    for name, helptext, func in (
        ("submit", translate("CLI", "submit an announcement for review"), submit),
        ("approve", translate("CLI", "approve an announcement's current text (reviewers)"), approve),
    ):
        a = ps.add_parser(name, help=helptext)
        a.add_argument("id", type=int, metavar="ID")
        a.add_argument("--note", default="", metavar="TEXT")
        a.add_argument("--json", action="store_true")
        a.set_defaults(func=func)

    r = ps.add_parser(
        "return", help=translate("CLI", "return an announcement to its author with a comment (reviewers)")
    )
    r.add_argument("id", type=int, metavar="ID")
    r.add_argument("--comment", required=True, metavar="TEXT", help=translate("CLI", "what should change"))
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=return_)

    s = ps.add_parser(
        "send",
        help=translate(
            "CLI", "queue an approved announcement in the outbox: one copy per subscribed member (officers)"
        ),
    )
    s.add_argument("id", type=int, metavar="ID")
    s.add_argument(
        "--override",
        metavar="REASON",
        help=translate("CLI", "send despite the mail checks' warnings, with why"),
    )
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=send)


def _service(cli):
    from commdesk.services.announcements import AnnouncementService

    return cli.ctx.service(AnnouncementService)


def _row(a) -> dict:
    review = a.review
    return {
        "id": a.id,
        "subject": a.subject,
        "priority": a.priority.value,
        "owner": a.owner_name,
        "lists": list(a.list_ids),
        "audience": a.audience,
        "state": a.state.value,
        "state_label": a.state.label,
        "approved_by": list(review.approvers) if review else [],
        "reviewers_needed": review.needed if review else 1,
        "planned_at": a.planned_at.isoformat() if a.planned_at else None,
        "sent_at": a.sent_at.isoformat() if a.sent_at else None,
    }


def list_announcements(args, cli) -> int:
    found = _service(cli).list()
    if args.json:
        cli.print_json([_row(a) for a in found])
        return 0
    if not found:
        cli.print(translate("CLI", "No announcements yet."))
    for a in found:
        cli.print(f"{a.id:>5}  {a.state.label:<8}  {a.subject}  [{a.audience}]  {a.owner_name}")
    return 0


def show(args, cli) -> int:
    from commdesk.core.releases.diff import diff_summary
    from commdesk.core.review.kinds import Kind
    from commdesk.services.review import ReviewService

    svc = _service(cli)
    a = svc.get(args.id)
    review = cli.ctx.service(ReviewService)
    comments = review.comments(Kind.ANNOUNCEMENT, a.id)
    changes = diff_summary(review.diff_against_approved(Kind.ANNOUNCEMENT, a.id))
    if args.json:
        cli.print_json(
            _row(a)
            | {
                "text": a.body,
                "comments": [{"by": c.author_name, "at": c.at.isoformat(), "text": c.text} for c in comments],
                "changes_since_approval": changes,
                "allowed": [x.value for x in (a.review.allowed if a.review else ())],
            }
        )
        return 0
    cli.print(f"{a.reference}  ({a.state.label}; {a.priority.label})")
    cli.print(
        translate("CLI", "Owner: {name}  Audience: {lists}").format(name=a.owner_name, lists=a.audience)
    )
    if a.planned_at and not a.sent_at:
        from commdesk.core import timezones as tz
        from commdesk.services.settings import SettingsService

        zone = cli.ctx.service(SettingsService).time_zone()
        cli.print(translate("CLI", "Planned for: {when}").format(when=tz.format_instant(a.planned_at, zone)))
    if a.review and a.review.approvers:
        cli.print(translate("CLI", "Approved by: {names}").format(names=", ".join(a.review.approvers)))
    cli.print("")
    cli.print(a.body)
    cli.print("")
    cli.print(translate("CLI", "Since the last approved version: {changes}").format(changes=changes))
    for c in comments:
        cli.print(f"  {c.author_name}: {c.text}")
    return 0


def _planned(cli, text: str):
    """'YYYY-MM-DD HH:MM' on the organisation's clock, as an aware time."""
    from commdesk.cli.args import clock_time
    from commdesk.core import timezones as tz
    from commdesk.core.errors import ValidationError
    from commdesk.services.settings import SettingsService

    zone = cli.ctx.service(SettingsService).time_zone()
    typed = clock_time(text)
    if typed is None:
        raise ValidationError(
            {
                "planned": translate(
                    "CLI",
                    "--planned needs a day and a time on the organisation's clock ({zone}), like "
                    "'2027-01-08 09:00', not \u201c{value}\u201d.",
                ).format(zone=zone, value=text)
            }
        )
    return tz.wall_clock(*typed, zone)


def new_announcement(args, cli) -> int:
    from pathlib import Path

    from commdesk.services.staff.service import StaffService

    body = args.text if args.text is not None else Path(args.text_file).read_text(encoding="utf-8")
    staff = cli.ctx.service(StaffService)
    list_ids = [staff.find_list(int(n) if n.isdigit() else n).id for n in args.list]
    planned = _planned(cli, args.planned) if args.planned else None
    made = _service(cli).create(
        args.subject, body, "important" if args.important else "normal", list_ids, planned_at=planned
    )
    if args.json:
        cli.print_json(_row(made))
    else:
        cli.print(translate("CLI", "Announcement {id} saved as a draft.").format(id=made.id))
    return 0


def _status(args, cli, status) -> int:
    if args.json:
        cli.print_json(_row(_service(cli).get(args.id)))
    else:
        cli.print(
            translate("CLI", "Announcement {id} is now {state}.").format(
                id=args.id, state=status.state.in_sentence
            )
        )
    return 0


def submit(args, cli) -> int:
    return _status(args, cli, _service(cli).submit(args.id))


def approve(args, cli) -> int:
    return _status(args, cli, _service(cli).approve(args.id, None, args.note))


def return_(args, cli) -> int:
    return _status(args, cli, _service(cli).return_(args.id, None, args.comment))


def send(args, cli) -> int:
    from commdesk.services.mail.outbox import NeedsOverride

    svc = _service(cli)
    try:
        outcome = svc.send(args.id, override=args.override)
    except NeedsOverride as exc:
        from commdesk.core.errors import CommdeskError

        raise CommdeskError(
            " ".join(f"{f.rule}: {f.message}" for f in exc.findings)
            + " "
            + translate("CLI", "Give --override REASON to send anyway.")
        ) from None
    if args.json:
        cli.print_json(
            {
                "queued": outcome.queued,
                "capped": outcome.capped,
                "messages": list(outcome.message_ids),
                "cancelled_earlier": outcome.cancelled,
                "already_queued": outcome.already_queued,
            }
        )
        return 0
    if outcome.already_queued:
        cli.print(translate("CLI", "The copies of this text were in the outbox already; nothing was added."))
    else:
        cli.print(
            translate(
                "CLI",
                "%n copy(ies) queued in the outbox; send them with commdesk outbox send.",
                None,
                outcome.queued,
            )
        )
    if outcome.capped:
        cli.print(translate("CLI", "%n member(s) held back by a list's frequency cap.", None, outcome.capped))
    return 0
