"""``commdesk events list|show|new|invite|submit|approve|send|rsvp|checkin``: media events (MD-2)
from the command line: the same services, role checks and review as the window, each refusal one
line. ``rsvp --reply FILE.eml`` reads an answer from a saved reply, as the mail intake does."""

from __future__ import annotations

from commdesk.core.i18n import translate

ANSWERS = ("accepted", "declined", "tentative", "no_answer", "invited")


def register(sub) -> None:
    p = sub.add_parser(
        "events",
        help=translate(
            "CLI",
            "media events: list, show, new, invite, submit, approve, send, rsvp, checkin",
        ),
    )
    ps = p.add_subparsers(dest="events_command", metavar="ACTION", required=True)

    ls = ps.add_parser("list", help=translate("CLI", "list media events, the latest first"))
    ls.add_argument("--upcoming", action="store_true", help=translate("CLI", "only events not yet over"))
    ls.add_argument(
        "--search", default="", metavar="TEXT", help=translate("CLI", "title, place or reference")
    )
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_events)

    show = ps.add_parser("show", help=translate("CLI", "one event with its review, invitees and attendance"))
    show.add_argument("event", metavar="EVENT", help=translate("CLI", "id or reference such as EV-2026-001"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=show_event)

    new = ps.add_parser("new", help=translate("CLI", "plan a media event (officers)"))
    new.add_argument("--title", required=True)
    new.add_argument(
        "--start",
        required=True,
        metavar="'YYYY-MM-DD HH:MM'",
        help=translate("CLI", "the clock time where the event takes place (the zone goes in --tz)"),
    )
    new.add_argument(
        "--end", metavar="'YYYY-MM-DD HH:MM'", help=translate("CLI", "default: two hours after the start")
    )
    new.add_argument(
        "--tz",
        metavar="ZONE",
        help=translate("CLI", "the event's time zone, e.g. Asia/Shanghai (default: the organisation's)"),
    )
    new.add_argument("--place", default="")
    new.add_argument("--agenda", default="", help=translate("CLI", "the agenda; \\n starts a new line"))
    new.add_argument("--subject", default="", help=translate("CLI", "the invitation's subject"))
    new.add_argument(
        "--body", default="", help=translate("CLI", "the invitation's text; \\n starts a new line")
    )
    new.add_argument(
        "--release", metavar="REF", help=translate("CLI", "the press release the event accompanies")
    )
    new.add_argument("--json", action="store_true")
    new.set_defaults(func=new_event)

    inv = ps.add_parser(
        "invite",
        help=translate(
            "CLI",
            "put the members of contact lists on the invitation list (who may not be mailed is left out)",
        ),
    )
    inv.add_argument("event", metavar="EVENT")
    inv.add_argument(
        "--list",
        dest="lists",
        action="append",
        required=True,
        metavar="NAME",
        help=translate("CLI", "a distribution list by name or id (may be repeated)"),
    )
    inv.add_argument("--json", action="store_true")
    inv.set_defaults(func=invite)

    for name, text, func in (
        ("submit", translate("CLI", "submit the invitation for review"), submit),
        ("approve", translate("CLI", "approve the invitation (reviewers; not its author)"), approve),
    ):
        step = ps.add_parser(name, help=text)
        step.add_argument("event", metavar="EVENT")
        step.add_argument("--note", default="")
        step.add_argument("--json", action="store_true")
        step.set_defaults(func=func)

    send = ps.add_parser(
        "send", help=translate("CLI", "queue the approved invitation to everyone not yet invited")
    )
    send.add_argument("event", metavar="EVENT")
    send.add_argument(
        "--again",
        action="store_true",
        help=translate("CLI", "send it to those invited before too (an update)"),
    )
    send.add_argument(
        "--override", metavar="REASON", help=translate("CLI", "send despite warnings, for this reason")
    )
    send.add_argument("--json", action="store_true")
    send.set_defaults(func=send_invitations)

    rsvp = ps.add_parser(
        "rsvp", help=translate("CLI", "record an answer by hand, or read one from a saved reply (--reply)")
    )
    rsvp.add_argument("event", metavar="EVENT", nargs="?")
    rsvp.add_argument(
        "who", metavar="NAME", nargs="?", help=translate("CLI", "the invitee: name, pinyin or initials")
    )
    rsvp.add_argument("--answer", choices=ANSWERS)
    rsvp.add_argument("--plus", type=int, metavar="N", help=translate("CLI", "how many people they bring"))
    rsvp.add_argument("--note", default="")
    rsvp.add_argument(
        "--reply", metavar="FILE.eml", help=translate("CLI", "a reply to an invitation, saved as .eml")
    )
    rsvp.add_argument("--json", action="store_true")
    rsvp.set_defaults(func=record_rsvp)

    check = ps.add_parser("checkin", help=translate("CLI", "check an invitee in at the door"))
    check.add_argument("event", metavar="EVENT")
    check.add_argument("who", metavar="NAME", help=translate("CLI", "name, pinyin, initials or outlet"))
    check.add_argument(
        "--undo", action="store_true", help=translate("CLI", "take back a check-in made by mistake")
    )
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=checkin)


# ------------------------------------------------------------------------------------------ helpers
def _events(cli):
    from commdesk.services.events.service import EventService

    return cli.ctx.service(EventService)


def _review(cli):
    from commdesk.services.events.review import EventReview

    return cli.ctx.service(EventReview)


def _iso(moment) -> str | None:
    return moment.isoformat() if moment is not None else None


def _invitee_json(i) -> dict:
    return {
        "id": i.id,
        "contact_id": i.contact_id,
        "name": i.name,
        "outlet": i.outlet,
        "status": i.status.value,
        "plus_ones": i.plus_ones,
        "responded_at": _iso(i.responded_at),
        "response_via": i.response_via,
        "rsvp_reference": f"RSVP-{i.rsvp_token}",
        "invited_at": _iso(i.invited_at),
        "checked_in_at": _iso(i.checked_in_at),
        "checked_in_by": i.checked_in_by,
        "note": i.note,
    }


def _event_json(cli, e) -> dict:
    status = _review(cli).status(e.id)
    return {
        "id": e.id,
        "reference": e.reference,
        "version": e.version,
        "title": e.title,
        "starts_at": _iso(e.starts_at),
        "ends_at": _iso(e.ends_at),
        "zone": e.zone,
        "when": e.when,
        "place": e.place,
        "agenda": e.agenda,
        "owner": e.owner,
        "invitation_subject": e.invitation_subject,
        "invitation_body": e.invitation_body,
        "release": e.release_reference or None,
        "follow_up": e.follow_up,
        "review": status.state.value if status else None,
    }


def _clock(text: str, zone: str, option: str):
    from commdesk.cli.args import clock_time
    from commdesk.core import timezones as tz
    from commdesk.core.errors import ValidationError

    typed = clock_time(text)
    if typed is None:
        raise ValidationError(
            {
                option: translate(
                    "CLI",
                    "{option} needs the clock time where the event takes place, like '2026-12-18 14:00', not "
                    "\u201c{value}\u201d (the zone goes in --tz).",
                ).format(option=option, value=text)
            }
        )
    return tz.wall_clock(*typed, zone)


def _one_invitee(cli, event_id: int, who: str):
    """The invitee ``who`` names: the only match, or a match on the whole name."""
    from commdesk.core.errors import CommdeskError

    found = _events(cli).find_at_door(event_id, who)
    exact = [i for i in found if i.name.casefold() == who.strip().casefold()]
    if len(exact) == 1 or len(found) == 1:
        return (exact or found)[0]
    if not found:
        raise CommdeskError(
            translate("CLI", "Nobody on the invitation list matches \u201c{text}\u201d.").format(text=who)
        )
    for i in found[:10]:
        cli.print(f"  {i.name}  {i.outlet}  [{i.status.label}]")
    raise CommdeskError(
        translate(
            "CLI", "{count} invitees match \u201c{text}\u201d (listed above); type more of the name."
        ).format(count=len(found), text=who)
    )


# ------------------------------------------------------------------------------------------ actions
def list_events(args, cli) -> int:
    rows = _events(cli).list(search=args.search, upcoming=args.upcoming)
    if args.json:
        cli.print_json(
            [
                {
                    "id": r.id,
                    "reference": r.reference,
                    "title": r.title,
                    "starts_at": _iso(r.starts_at),
                    "ends_at": _iso(r.ends_at),
                    "zone": r.zone,
                    "when": r.when,
                    "place": r.place,
                    "owner": r.owner,
                    "review": r.review_state or None,
                    "invited": r.invited,
                    "accepted": r.accepted,
                    "checked_in": r.checked_in,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        cli.print(translate("CLI", "No media events."))
    for r in rows:
        cli.print(f"{r.id:>4}  {r.reference}  {r.when}  {r.title}  ({r.invited}/{r.accepted}/{r.checked_in})")
    return 0


def show_event(args, cli) -> int:
    svc = _events(cli)
    e = svc.find(args.event)
    invitees = svc.invitees(e.id)
    a = svc.attendance(e.id)
    figures = {
        "invited": a.invited,
        "asked": a.asked,
        "accepted": a.accepted,
        "declined": a.declined,
        "tentative": a.tentative,
        "no_answer": a.no_answer,
        "expected": a.expected,
        "checked_in": a.checked_in,
        "walk_ins": a.walk_ins,
        "no_shows": a.no_shows,
    }
    if args.json:
        cli.print_json(
            _event_json(cli, e) | {"invitees": [_invitee_json(i) for i in invitees], "attendance": figures}
        )
        return 0
    data = _event_json(cli, e)
    cli.print(f"{e.reference}  {e.title}")
    cli.print(translate("CLI", "When: {when}").format(when=e.when))
    cli.print(translate("CLI", "Place: {place}").format(place=e.place))
    cli.print(translate("CLI", "Review: {state}").format(state=data["review"] or "-"))
    for i in invitees:
        came = translate("CLI", "checked in") if i.checked_in else ""
        # the guests an answer brings ("+1"): the invitation asks for them, the room is set for them
        plus = f" +{i.plus_ones}" if i.plus_ones else ""
        cli.print(f"  {i.name}  {i.outlet}  [{i.status.label}{plus}]  {came}".rstrip())
    cli.print(
        translate(
            "CLI",
            "{accepted} accepted, {checked} checked in of {invited} invited; {expected} people expected.",
        ).format(accepted=a.accepted, checked=a.checked_in, invited=a.invited, expected=a.expected)
    )
    return 0


def new_event(args, cli) -> int:
    from datetime import timedelta

    from commdesk.core.events.records import EventEdit
    from commdesk.services.settings import SettingsService

    zone = (args.tz or "").strip() or cli.ctx.service(SettingsService).time_zone()
    starts = _clock(args.start, zone, "--start")
    ends = _clock(args.end, zone, "--end") if args.end else starts + timedelta(hours=2)
    release_id = None
    if args.release:
        from commdesk.services.releases.service import ReleaseService

        svc = cli.ctx.service(ReleaseService)
        ref = args.release.strip()
        release_id = int(ref) if ref.isdigit() else svc.by_reference(ref).id
    e = _events(cli).create(
        EventEdit(
            title=args.title,
            starts_at=starts,
            ends_at=ends,
            zone=zone,
            place=args.place,
            agenda=args.agenda.replace("\\n", "\n"),
            invitation_subject=args.subject,
            invitation_body=args.body.replace("\\n", "\n"),
            release_id=release_id,
        )
    )
    if args.json:
        cli.print_json(_event_json(cli, e))
        return 0
    cli.print(
        translate("CLI", "Planned {ref}: {title}, {when}.").format(
            ref=e.reference, title=e.title, when=e.when
        )
    )
    return 0


def invite(args, cli) -> int:
    from commdesk.services.contacts.lists import ContactListService

    lists = cli.ctx.service(ContactListService)
    ids = [int(v) if v.strip().isdigit() else lists.find(v).id for v in args.lists]
    e = _events(cli).find(args.event)
    built = _events(cli).add_from_lists(e.id, ids)
    if args.json:
        cli.print_json(
            {
                "event": e.reference,
                "added": list(built.added),
                "already": built.already,
                "left_out": [{"name": n, "why": why} for n, why in built.left_out],
            }
        )
        return 0
    cli.print(
        translate("CLI", "{added} added, {already} on the list already.").format(
            added=len(built.added), already=built.already
        )
    )
    for name, why in built.left_out:
        cli.print(translate("CLI", "  left out: {name} ({why})").format(name=name, why=why))
    return 0


def _step(args, cli, do) -> int:
    e = _events(cli).find(args.event)
    status = do(e.id, None, args.note)
    if args.json:
        cli.print_json(
            {"event": e.reference, "review": status.state.value, "approvers": list(status.approvers)}
        )
        return 0
    cli.print(f"{e.reference}: {status.state.label}")
    return 0


def submit(args, cli) -> int:
    return _step(args, cli, _review(cli).submit)


def approve(args, cli) -> int:
    return _step(args, cli, _review(cli).approve)


def send_invitations(args, cli) -> int:
    from commdesk.services.events.invitations import EventInvitationMailer

    e = _events(cli).find(args.event)
    mailer = cli.ctx.service(EventInvitationMailer)
    preview = mailer.preview(e.id, again=args.again)
    ids = mailer.send(e.id, again=args.again, override=args.override)
    if args.json:
        cli.print_json(
            {
                "event": e.reference,
                "queued": list(ids),
                "left_out": [{"name": n, "why": why} for n, why in preview.left_out],
            }
        )
        return 0
    for name, why in preview.left_out:
        cli.print(translate("CLI", "  left out: {name} ({why})").format(name=name, why=why))
    cli.print(
        translate("CLI", "%n invitation(s) queued; send them with 'commdesk outbox send'.", None, len(ids))
    )
    return 0


def record_rsvp(args, cli) -> int:
    from pathlib import Path

    from commdesk.core.errors import CommdeskError

    if args.reply:
        from commdesk.services.events.replies import EventReplyService

        out = cli.ctx.service(EventReplyService).record_reply(Path(args.reply).read_bytes())
        if args.json:
            cli.print_json(
                {
                    "matched": out.matched,
                    "recorded": out.recorded,
                    "event_id": out.event_id,
                    "invitee_id": out.invitee_id,
                    "status": out.status.value if out.status else None,
                    "plus_ones": out.plus_ones,
                    "text": out.text,
                }
            )
        else:
            cli.print(out.text)
        return 0 if out.recorded else 1
    if not (args.event and args.who and args.answer):
        raise CommdeskError(
            translate("CLI", "Name the event, the invitee and --answer; or give a saved reply with --reply.")
        )
    e = _events(cli).find(args.event)
    who = _one_invitee(cli, e.id, args.who)
    i = _events(cli).record_answer(who.id, args.answer, plus_ones=args.plus, note=args.note)
    if args.json:
        cli.print_json(_invitee_json(i))
        return 0
    cli.print(f"{i.name}: {i.status.label}")
    return 0


def checkin(args, cli) -> int:
    from commdesk.core import timezones as tz

    e = _events(cli).find(args.event)
    who = _one_invitee(cli, e.id, args.who)
    svc = _events(cli)
    i = svc.undo_check_in(who.id) if args.undo else svc.check_in(who.id)
    if args.json:
        cli.print_json(_invitee_json(i))
        return 0
    if args.undo:
        cli.print(translate("CLI", "{name}: check-in taken back.").format(name=i.name))
    else:
        cli.print(
            translate("CLI", "{name} checked in at {time}.").format(
                name=i.name, time=tz.format_instant(i.checked_in_at, e.zone)
            )
        )
    return 0
