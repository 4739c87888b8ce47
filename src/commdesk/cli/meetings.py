"""``commdesk meetings list|export`` and ``commdesk actions list``."""
from __future__ import annotations

from ..core.files import write_atomically
from ..core.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("meetings", help=translate("CLI", "meetings: list them, export invitations and minutes"))
    ps = p.add_subparsers(dest="meetings_command", metavar="ACTION", required=True)
    ls = ps.add_parser("list", help=translate("CLI", "list meetings"))
    ls.add_argument("--from", dest="date_from", metavar="DATE", help=translate("CLI", "first day (YYYY-MM-DD)"))
    ls.add_argument("--to", dest="date_to", metavar="DATE", help=translate("CLI", "last day (YYYY-MM-DD), included"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_meetings)
    ex = ps.add_parser("export", help=translate(
        "CLI", "write a meeting's invitation (.ics), agenda (.pdf) or, with --minutes, its minutes (.pdf)"))
    ex.add_argument("id", type=int)
    ex.add_argument("file")
    ex.add_argument("--minutes", action="store_true", help=translate("CLI", "the minutes PDF"))
    ex.set_defaults(func=export_meeting)
    a = sub.add_parser("actions", help=translate("CLI", "action items from all meetings"))
    acts = a.add_subparsers(dest="actions_command", metavar="ACTION", required=True)
    al = acts.add_parser("list", help=translate("CLI", "list action items"))
    al.add_argument("--overdue", action="store_true", help=translate("CLI", "only overdue ones"))
    al.add_argument("--owner", metavar="NAME", default="", help=translate("CLI", "part of the owner's name or e-mail"))
    al.add_argument("--json", action="store_true")
    al.set_defaults(func=list_actions)


def _day(text: str | None, option: str):
    from datetime import date

    from ..core.errors import CommdeskError

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommdeskError(translate("CLI", "{option} needs a date like 2026-12-01, not '{value}'.").format(
            option=option, value=text)) from None


def list_meetings(args, cli) -> int:
    from datetime import time, timedelta

    from ..core import timezones as tz
    from ..core.services.meetings import MeetingService
    from ..core.services.settings import SettingsService

    # --from/--to are days of the organisation's zone; each meeting is shown in its own zone.
    first, last = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    zone = cli.ctx.service(SettingsService).time_zone()
    start = tz.wall_clock(first, time(0), zone) if first else None
    end = tz.wall_clock(last + timedelta(days=1), time(0), zone) if last else None
    rows = cli.ctx.service(MeetingService).list(start, end)
    if args.json:
        cli.print_json([{"id": m.id, "topic": m.topic, "kind": m.kind, "start": m.start.isoformat() if m.start else None,
                         "end": m.end.isoformat() if m.end else None, "tz": m.tz, "place": m.place,
                         "organiser": m.organiser, "cancelled": m.cancelled, "series_id": m.series_id,
                         "invitation_sent": m.invitation_sent, "minutes_state": m.minutes_state,
                         "minutes_due": m.minutes_due.value} for m in rows])
        return 0
    for m in rows:
        when = tz.format_instant(m.start, m.tz) if m.start else "—"
        flags = []
        if m.cancelled:
            flags.append(translate("CLI", "cancelled"))
        if m.minutes_due.value in ("due", "late"):
            flags.append(m.minutes_due.label)
        cli.print(f"{m.id:>4}  {when}  {m.topic}  {m.place}" + (f"  [{', '.join(flags)}]" if flags else ""))
    return 0


def export_meeting(args, cli) -> int:
    from pathlib import Path

    from ..core.errors import CommdeskError
    from ..core.services.meetings import MeetingService
    from ..core.services.meetings_minutes import MinutesService

    path = Path(args.file)
    suffix = path.suffix.lower()
    if args.minutes:
        if suffix != ".pdf":
            raise CommdeskError(translate("CLI", "Minutes are exported as PDF; give a file name ending in .pdf."))
        data = cli.ctx.service(MinutesService).minutes_pdf(args.id)
    elif suffix in (".ics", ".pdf"):
        files = cli.ctx.service(MeetingService).invitation_files(args.id)
        data = files.ics if suffix == ".ics" else files.pdf
        for f in cli.ctx.service(MeetingService).check(cli.ctx.service(MeetingService).get(args.id)):
            print(translate("CLI", "warning: {rule}: {message}").format(rule=f.rule, message=f.message), file=cli.err)
    else:
        raise CommdeskError(translate(
            "CLI", "Give a file name ending in .ics (invitation) or .pdf (agenda; with --minutes the minutes)."))
    if not path.parent.exists():
        raise CommdeskError(translate("CLI", "The folder {folder} does not exist.").format(folder=path.parent))
    write_atomically(path, data)
    cli.print(translate("CLI", "Wrote {file}.").format(file=path))
    return 0


def list_actions(args, cli) -> int:
    from ..core.services.actions import ActionFilter, ActionService

    views = cli.ctx.service(ActionService).list(ActionFilter(overdue=args.overdue, owner=args.owner))
    if args.json:
        cli.print_json([{"id": v.id, "description": v.action.description, "owner": v.action.owner_name,
                         "owner_email": v.action.owner_email,
                         "deadline": v.action.deadline.isoformat() if v.action.deadline else None,
                         "status": v.action.status.value, "note": v.action.note, "overdue": v.overdue,
                         "meeting_id": v.action.meeting_id, "meeting": v.meeting_topic} for v in views])
        return 0
    for v in views:
        due = v.action.deadline.isoformat() if v.action.deadline else "—"
        mark = "  " + translate("CLI", "OVERDUE") if v.overdue else ""
        cli.print(f"{v.id:>4}  {due}  {v.action.status.label}  {v.action.owner_name or '—'}  "
                  f"{v.action.description}  ({v.meeting_topic}){mark}")
    return 0
