"""``commdesk meetings list|add|edit|minutes|export`` and ``commdesk actions list``.

``add`` and ``edit`` save a meeting the way the planning dialog does: the procedure's findings (PC-1,
PC-2, PC-4, FM-1, FM-3) are printed as warnings; ``--invite`` also issues the invitation, and each
warning then needs a reason (``--override REASON``, or ``--override RULE=REASON`` for one rule),
which the service writes to the audit log. ``minutes`` writes, circulates and approves minutes
(four eyes: whoever saved them may not approve them).
"""

from __future__ import annotations

import re

from commdesk.core.files import write_atomically
from commdesk.core.i18n import translate
from commdesk.core.os_errors import os_problem

_CLEARABLE = (
    "participants",
    "agenda",
    "materials",
    "purpose",
    "room",
    "link",
    "dial_in",
    "host",
    "note_taker",
)


def register(sub) -> None:
    from commdesk.core.meetings.model import MeetingKind

    p = sub.add_parser(
        "meetings",
        help=translate("CLI", "meetings: list, add, edit, minutes, export (invitations, agendas, minutes)"),
    )
    ps = p.add_subparsers(dest="meetings_command", metavar="ACTION", required=True)
    ls = ps.add_parser("list", help=translate("CLI", "list meetings"))
    ls.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help=translate("CLI", "first day (YYYY-MM-DD), in the organisation's time zone"),
    )
    ls.add_argument(
        "--to",
        dest="date_to",
        metavar="DATE",
        help=translate("CLI", "last day (YYYY-MM-DD), included, in the organisation's time zone"),
    )
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_meetings)
    for name in ("add", "edit"):
        new = name == "add"
        ed = ps.add_parser(
            name,
            help=translate("CLI", "plan a meeting (officers and administrators)")
            if new
            else translate("CLI", "change a meeting; only the options given change"),
        )
        if not new:
            ed.add_argument("id", type=int)
        ed.add_argument("--title", required=new, metavar="TEXT", help=translate("CLI", "the meeting's topic"))
        ed.add_argument(
            "--kind",
            choices=[k.value for k in MeetingKind],
            required=new,
            help=translate("CLI", "conference (phone or video call) or in_person"),
        )
        ed.add_argument(
            "--start",
            required=new,
            metavar="'YYYY-MM-DD HH:MM'",
            help=translate("CLI", "the start as the clocks show it in the meeting's zone"),
        )
        ed.add_argument(
            "--tz",
            metavar="ZONE",
            help=translate("CLI", "the meeting's time zone, e.g. Asia/Shanghai (default: the organisation's)")
            if new
            else translate(
                "CLI",
                "the meeting's time zone; without --start the clock time stays and now "
                "means that time in the new zone",
            ),
        )
        ed.add_argument(
            "--minutes",
            dest="duration",
            type=int,
            metavar="N",
            default=60 if new else None,
            help=translate("CLI", "duration in minutes (default: 60)")
            if new
            else translate("CLI", "duration in minutes"),
        )
        ed.add_argument("--purpose", metavar="TEXT")
        ed.add_argument(
            "--participant",
            dest="participants",
            action="append",
            metavar="NAME",
            help=translate(
                "CLI", "a participant: a person in commdesk (name or e-mail), or 'Name <e-mail>'; repeatable"
            )
            if new
            else translate("CLI", "a participant (replaces the list; repeatable)"),
        )
        ed.add_argument(
            "--agenda",
            action="append",
            metavar="TITLE[|MINUTES[|PRESENTER]]",
            help=translate("CLI", "an agenda item with its time box and presenter if any; repeatable")
            if new
            else translate("CLI", "an agenda item (replaces the agenda; repeatable)"),
        )
        ed.add_argument(
            "--material",
            dest="materials",
            action="append",
            metavar="TEXT",
            help=translate("CLI", "material to bring (FM-1); repeatable"),
        )
        ed.add_argument("--link", metavar="URL")
        ed.add_argument("--dial-in", dest="dial_in", metavar="NUMBER")
        ed.add_argument("--room", metavar="TEXT", help=translate("CLI", "room or address"))
        ed.add_argument("--host", metavar="NAME")
        ed.add_argument("--note-taker", dest="note_taker", metavar="NAME")
        if not new:
            ed.add_argument(
                "--clear",
                action="append",
                default=[],
                choices=_CLEARABLE,
                metavar="FIELD",
                help=translate("CLI", "empty this field ({fields}); repeatable").format(
                    fields=", ".join(_CLEARABLE)
                ),
            )
            ed.add_argument(
                "--expect-version",
                type=int,
                metavar="N",
                help=translate(
                    "CLI", "the version you edited (from --json); refused if someone saved a newer one"
                ),
            )
        ed.add_argument(
            "--invite",
            action="store_true",
            help=translate("CLI", "also issue the invitation now (every procedure warning needs --override)"),
        )
        ed.add_argument(
            "--override",
            action="append",
            default=[],
            metavar="[RULE=]REASON",
            help=translate(
                "CLI",
                "why the invitation goes out despite a warning (kept in the audit log); RULE= for one rule only; "
                "repeatable",
            ),
        )
        ed.add_argument("--json", action="store_true")
        ed.set_defaults(func=add_meeting if new else edit_meeting)
    mi = ps.add_parser(
        "minutes",
        help=translate(
            "CLI", "show or write a meeting's minutes, circulate them or approve them (four eyes)"
        ),
    )
    mi.add_argument("id", type=int)
    mi.add_argument(
        "--notes-file",
        metavar="FILE",
        help=translate("CLI", "replace the notes with this UTF-8 text file (Markdown)"),
    )
    mi.add_argument(
        "--decision",
        dest="decisions",
        action="append",
        default=[],
        metavar="TEXT",
        help=translate("CLI", "add a decision; repeatable"),
    )
    mi.add_argument(
        "--action",
        dest="actions",
        action="append",
        default=[],
        metavar="TEXT|OWNER|YYYY-MM-DD",
        help=translate("CLI", "add an action item with its owner and deadline if any; repeatable"),
    )
    step = mi.add_mutually_exclusive_group()
    step.add_argument(
        "--circulate",
        action="store_true",
        help=translate("CLI", "send the draft round for comments (counts as distributed for PC-5)"),
    )
    step.add_argument(
        "--approve",
        action="store_true",
        help=translate("CLI", "approve and lock circulated minutes (not by whoever wrote them)"),
    )
    mi.add_argument("--json", action="store_true")
    mi.set_defaults(func=meeting_minutes)
    ex = ps.add_parser(
        "export",
        help=translate(
            "CLI", "write a meeting's invitation (.ics), agenda (.pdf) or, with --minutes, its minutes (.pdf)"
        ),
    )
    ex.add_argument("id", type=int)
    ex.add_argument("file")
    ex.add_argument("--minutes", action="store_true", help=translate("CLI", "the minutes PDF"))
    ex.set_defaults(func=export_meeting)
    a = sub.add_parser("actions", help=translate("CLI", "action items from all meetings: list"))
    acts = a.add_subparsers(dest="actions_command", metavar="ACTION", required=True)
    al = acts.add_parser("list", help=translate("CLI", "list action items"))
    al.add_argument("--overdue", action="store_true", help=translate("CLI", "only overdue ones"))
    al.add_argument(
        "--owner", metavar="NAME", default="", help=translate("CLI", "part of the owner's name or e-mail")
    )
    al.add_argument("--json", action="store_true")
    al.set_defaults(func=list_actions)


def _day(text: str | None, option: str):
    from datetime import date

    from commdesk.core.errors import CommdeskError

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommdeskError(
            translate("CLI", "{option} needs a date like 2026-12-01, not '{value}'.").format(
                option=option, value=text
            )
        ) from None


def list_meetings(args, cli) -> int:
    from datetime import time, timedelta

    from commdesk.core import timezones as tz
    from commdesk.services.meetings.service import MeetingService
    from commdesk.services.settings import SettingsService

    # --from/--to are days of the organisation's zone; each meeting is shown in its own zone.
    first, last = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    zone = cli.ctx.service(SettingsService).time_zone()
    start = tz.wall_clock(first, time(0), zone) if first else None
    end = tz.wall_clock(last + timedelta(days=1), time(0), zone) if last else None
    rows = cli.ctx.service(MeetingService).list(start, end)
    if args.json:
        cli.print_json(
            [
                {
                    "id": m.id,
                    "topic": m.topic,
                    "kind": m.kind,
                    "start": m.start.isoformat() if m.start else None,
                    "end": m.end.isoformat() if m.end else None,
                    "tz": m.tz,
                    "place": m.place,
                    "organiser": m.organiser,
                    "cancelled": m.cancelled,
                    "series_id": m.series_id,
                    "invitation_sent": m.invitation_sent,
                    "minutes_state": m.minutes_state,
                    "minutes_due": m.minutes_due.value,
                    "version": m.version,
                }
                for m in rows
            ]
        )
        return 0
    if (first or last) and rows:
        # The days asked for are the office's; a meeting in another zone may show another date.
        cli.print(
            translate(
                "CLI",
                "Days in {zone} (the organisation's time zone); each meeting at its own "
                "time, with the organisation's beside it when they differ.",
            ).format(zone=zone)
        )
    for m in rows:
        when = tz.format_instant(m.start, m.tz) if m.start else "—"
        if m.start and tz.to_zone(m.start, m.tz).utcoffset() != tz.to_zone(m.start, zone).utcoffset():
            when += " = " + tz.format_instant(m.start, zone)
        flags = []
        if m.cancelled:
            flags.append(translate("CLI", "cancelled"))
        if m.minutes_due.value in ("due", "late"):
            flags.append(m.minutes_due.label)
        cli.print(f"{m.id:>4}  {when}  {m.topic}  {m.place}" + (f"  [{', '.join(flags)}]" if flags else ""))
    return 0


def export_meeting(args, cli) -> int:
    from pathlib import Path

    from commdesk.core.errors import CommdeskError
    from commdesk.services.meetings.minutes import MeetingMinutesService
    from commdesk.services.meetings.service import MeetingService

    path = Path(args.file)
    suffix = path.suffix.lower()
    if args.minutes:
        if suffix != ".pdf":
            raise CommdeskError(
                translate("CLI", "Minutes are exported as PDF; give a file name ending in .pdf.")
            )
        data = cli.ctx.service(MeetingMinutesService).minutes_pdf(args.id)
    elif suffix in (".ics", ".pdf"):
        files = cli.ctx.service(MeetingService).invitation_files(args.id)
        data = files.ics if suffix == ".ics" else files.pdf
        svc = cli.ctx.service(MeetingService)
        meeting = svc.get(args.id)
        if meeting.start is None or meeting.start > cli.ctx.clock():
            # The invitation rules judge an invitation still to go out; a past meeting's copy is a record.
            for f in svc.check(meeting):
                print(
                    translate("CLI", "warning: {rule}: {message}").format(rule=f.rule, message=f.message),
                    file=cli.err,
                )
    else:
        raise CommdeskError(
            translate(
                "CLI",
                "Give a file name ending in .ics (invitation) or .pdf (agenda; with --minutes the minutes).",
            )
        )
    if not path.parent.exists():
        raise CommdeskError(
            translate("CLI", "The folder {folder} does not exist.").format(folder=path.parent)
        )
    write_atomically(path, data)
    cli.print(translate("CLI", "Wrote {file}.").format(file=path))
    return 0


def list_actions(args, cli) -> int:
    from commdesk.services.actions import ActionFilter, ActionService

    views = cli.ctx.service(ActionService).list(ActionFilter(overdue=args.overdue, owner=args.owner))
    if args.json:
        cli.print_json(
            [
                {
                    "id": v.id,
                    "description": v.action.description,
                    "owner": v.action.owner_name,
                    "owner_email": v.action.owner_email,
                    "deadline": v.action.deadline.isoformat() if v.action.deadline else None,
                    "status": v.action.status.value,
                    "note": v.action.note,
                    "overdue": v.overdue,
                    "meeting_id": v.action.meeting_id,
                    "meeting": v.meeting_topic,
                }
                for v in views
            ]
        )
        return 0
    for v in views:
        due = v.action.deadline.isoformat() if v.action.deadline else "—"
        mark = "  " + translate("CLI", "OVERDUE") if v.overdue else ""
        cli.print(
            f"{v.id:>4}  {due}  {v.action.status.label}  {v.action.owner_name or '—'}  "
            f"{v.action.description}  ({v.meeting_topic}){mark}"
        )
    return 0


# ------------------------------------------------------------------------------------ planning
def _zone(text: str):
    from commdesk.core import timezones as tz
    from commdesk.core.errors import ValidationError

    if not tz.is_valid_zone(text):
        raise ValidationError(
            {
                "tz": translate(
                    "CLI",
                    "--tz: '{zone}' is not a time zone; give an IANA name such as Asia/Shanghai or "
                    "Europe/Berlin.",
                ).format(zone=text)
            }
        )
    return text


def _start(text: str, zone: str):
    from commdesk.cli.args import clock_time
    from commdesk.core import timezones as tz
    from commdesk.core.errors import ValidationError

    typed = clock_time(text)
    if typed is None:
        raise ValidationError(
            {
                "start": translate(
                    "CLI",
                    "--start needs the clock time in the meeting's zone like '2026-12-10 14:30', not '{value}' "
                    "(the zone goes in --tz).",
                ).format(value=text)
            }
        )
    return tz.wall_clock(*typed, zone)


def _who(cli, text: str) -> tuple[str, str, int | None]:
    """(name, e-mail, person id) of a person in commdesk named by name or e-mail, else of
    'Name <e-mail>', a bare e-mail address or a bare name."""
    from email.utils import parseaddr

    from commdesk.core.errors import CommdeskError
    from commdesk.services.people import PeopleService

    text = text.strip()
    try:
        person = cli.ctx.service(PeopleService).find(text)
        return person.name, person.email or "", person.id
    except CommdeskError:
        pass
    name, address = parseaddr(text)
    if address and "@" in address and ("<" in text or address == text):
        return name.strip(), address.strip(), None
    return text, "", None


def _participants(cli, values: list[str]):
    from commdesk.core.meetings.model import Participant

    out = []
    for value in values:
        name, email, person_id = _who(cli, value)
        out.append(Participant(name, email, person_id=person_id))
    return out


def _agenda(values: list[str]):
    from commdesk.core.errors import ValidationError
    from commdesk.core.meetings.model import AgendaItem

    items = []
    for value in values:
        parts = [p.strip() for p in value.split("|")]
        if len(parts) > 3:
            raise ValidationError(
                {
                    "agenda": translate(
                        "CLI",
                        "--agenda takes TITLE, TITLE|MINUTES or TITLE|MINUTES|PRESENTER, not '{value}'.",
                    ).format(value=value)
                }
            )
        minutes = None
        if len(parts) > 1 and parts[1]:
            try:
                minutes = int(parts[1])
            except ValueError:
                raise ValidationError(
                    {
                        "agenda": translate(
                            "CLI",
                            "--agenda: the time box of '{title}' must be a whole number of minutes, not '{value}'.",
                        ).format(title=parts[0], value=parts[1])
                    }
                ) from None
        items.append(AgendaItem(parts[0], presenter=parts[2] if len(parts) > 2 else "", minutes=minutes))
    return items


def _changes(cli, args, meeting) -> dict:
    """The fields of ``meeting`` the options change, as ``dataclasses.replace`` keywords."""
    from commdesk.core.meetings.model import MeetingKind

    changes: dict = {
        f: [] if f in ("participants", "agenda", "materials") else "" for f in getattr(args, "clear", [])
    }
    if args.title is not None:
        changes["topic"] = args.title
    if args.kind is not None:
        changes["kind"] = MeetingKind(args.kind)
    zone = _zone(args.tz) if args.tz else meeting.tz
    if args.start is not None:
        changes["start"] = _start(args.start, zone)
    elif args.tz and meeting.start is not None:  # the wall-clock time stays, as in the planning dialog
        local = meeting.local_start
        changes["start"] = _start(local.strftime("%Y-%m-%d %H:%M"), zone)
    changes["tz"] = zone
    if args.duration is not None:
        changes["duration"] = args.duration
    for option in ("purpose", "link", "dial_in", "room", "host", "note_taker"):
        if getattr(args, option) is not None:
            changes[option] = getattr(args, option)
    if args.participants is not None:
        changes["participants"] = _participants(cli, args.participants)
    if args.agenda is not None:
        changes["agenda"] = _agenda(args.agenda)
    if args.materials is not None:
        changes["materials"] = [m.strip() for m in args.materials if m.strip()]
    return changes


def _reasons(args, findings) -> dict[str, str]:
    """Reasons by rule from --override: 'RULE=REASON' for that rule, a plain reason for every other.
    A reason for a rule that does not fire is not used (the service names any rule still open)."""
    rules = {f.rule for f in findings}
    specific, general = {}, ""
    for value in args.override:
        m = re.match(r"^\s*([A-Za-z]{2,}-\d+)\s*=\s*(.*)$", value, re.DOTALL)
        if m:
            specific[m.group(1).upper()] = m.group(2).strip()
        elif value.strip():
            general = value.strip()
    return {rule: specific.get(rule) or general for rule in rules if specific.get(rule) or general}


def _finding_json(f) -> dict:
    return {"rule": f.rule, "level": f.level.value, "message": f.message}


def _meeting_json(m, findings) -> dict:
    return {
        "id": m.id,
        "topic": m.topic,
        "kind": m.kind.value,
        "purpose": m.purpose,
        "start": m.local_start.isoformat() if m.start else None,
        "end": m.end.isoformat() if m.end else None,
        "tz": m.tz,
        "duration": m.duration,
        "room": m.room,
        "link": m.link,
        "dial_in": m.dial_in,
        "organiser": m.organiser.name if m.organiser else "",
        "host": m.host,
        "note_taker": m.note_taker,
        "participants": [
            {"name": p.name, "email": p.email, "person_id": p.person_id} for p in m.participants
        ],
        "agenda": [{"title": a.title, "minutes": a.minutes, "presenter": a.presenter} for a in m.agenda],
        "materials": list(m.materials),
        "series_id": m.series_id,
        "cancelled": m.cancelled,
        "invitation_sent_at": m.invitation_sent_at.isoformat() if m.invitation_sent_at else None,
        "sequence": m.sequence,
        "version": m.version,
        "findings": [_finding_json(f) for f in findings],
    }


def _save_and_report(args, cli, meeting) -> int:
    from commdesk.core import timezones as tz
    from commdesk.core.errors import CommdeskError, ConflictError
    from commdesk.services.meetings.service import MeetingService, OverrideNeeded

    if args.override and not args.invite:
        raise CommdeskError(
            translate(
                "CLI",
                "--override gives the reason for issuing the invitation despite a warning; add --invite.",
            )
        )
    svc = cli.ctx.service(MeetingService)
    try:
        saved = svc.save(meeting)
    except ConflictError as exc:
        theirs = getattr(exc.theirs, "version", None)
        raise CommdeskError(
            str(exc)
            + " "
            + translate(
                "CLI",
                "Nothing was saved; look at the stored meeting (commdesk meetings list --json) and edit again "
                "with --expect-version {version}.",
            ).format(version=theirs)
        ) from None
    findings = svc.check(saved)
    reasons = _reasons(args, findings) if args.invite else {}
    if args.invite:
        try:
            saved = svc.issue_invitation(saved.id, reasons)
        except OverrideNeeded as exc:
            items = " ".join(f"{f.rule}: {f.message}" for f in exc.findings)
            hint = (
                translate("CLI", "fix it with 'commdesk meetings edit {id}'").format(id=saved.id)
                if any(f.blocking for f in exc.findings)
                else translate(
                    "CLI",
                    "give the reason with --override REASON (or RULE=REASON) and run 'commdesk meetings edit {id} "
                    "--invite'",
                ).format(id=saved.id)
            )
            raise CommdeskError(
                translate(
                    "CLI", "Meeting {id} was saved but its invitation was not issued: {findings} — {hint}."
                ).format(id=saved.id, findings=items, hint=hint)
            ) from None
    if args.json:
        cli.print_json(_meeting_json(saved, findings) | {"overrides": reasons})
        return 0
    if args.invite:  # issued: every finding had its reason
        for rule, reason in sorted(reasons.items()):
            cli.print(translate("CLI", "override: {rule}: {reason}").format(rule=rule, reason=reason))
    else:
        for f in findings:
            print(
                translate("CLI", "warning: {rule}: {message}").format(rule=f.rule, message=f.message),
                file=cli.err,
            )
    when = tz.format_instant(saved.start, saved.tz) if saved.start else "—"
    cli.print(
        translate("CLI", "Meeting {id} saved: {topic}, {when}.").format(
            id=saved.id, topic=saved.topic, when=when
        )
    )
    if args.invite:
        cli.print(
            translate(
                "CLI", "Invitation issued; write it with: commdesk meetings export {id} FILE.ics"
            ).format(id=saved.id)
        )
    return 0


def add_meeting(args, cli) -> int:
    from dataclasses import replace

    from commdesk.core.meetings.model import Meeting, MeetingKind
    from commdesk.services.settings import SettingsService

    zone = args.tz or cli.ctx.service(SettingsService).time_zone()
    blank = Meeting(kind=MeetingKind(args.kind), tz=_zone(zone))
    args.tz = zone
    return _save_and_report(args, cli, replace(blank, **_changes(cli, args, blank)))


def edit_meeting(args, cli) -> int:
    from dataclasses import replace

    from commdesk.services.meetings.service import MeetingService

    meeting = cli.ctx.service(MeetingService).get(args.id)
    if args.expect_version is not None:
        meeting = replace(meeting, version=args.expect_version)
    return _save_and_report(args, cli, replace(meeting, **_changes(cli, args, meeting)))


# ------------------------------------------------------------------------------------ minutes
def _action(cli, value: str):
    from commdesk.core.errors import ValidationError
    from commdesk.core.meetings.model import ActionItem

    parts = [p.strip() for p in value.split("|")]
    if len(parts) > 3 or not parts[0]:
        raise ValidationError(
            {
                "actions": translate(
                    "CLI", "--action takes TEXT, TEXT|OWNER or TEXT|OWNER|YYYY-MM-DD, not '{value}'."
                ).format(value=value)
            }
        )
    name, email, person_id = _who(cli, parts[1]) if len(parts) > 1 and parts[1] else ("", "", None)
    deadline = _day(parts[2], "--action") if len(parts) > 2 else None
    return ActionItem(
        parts[0], owner_name=name, owner_email=email, owner_person_id=person_id, deadline=deadline
    )


def _minutes_json(d) -> dict:
    written = d.minutes_id is not None  # None: no minutes yet (the draft is only the meeting's actions)
    return {
        "meeting_id": d.meeting_id,
        "number": d.number if written else None,
        "state": d.state.value if written else None,
        "version": d.version,
        "notes": d.notes,
        "points": [p.text for p in d.points],
        "decisions": [x.text for x in d.decisions],
        "actions": [
            {
                "id": a.id,
                "description": a.description,
                "owner": a.owner_name,
                "owner_email": a.owner_email,
                "deadline": a.deadline.isoformat() if a.deadline else None,
                "status": a.status.value,
            }
            for a in d.actions
        ],
        "approved_by": d.approved_by,
        "approved_at": d.approved_at.isoformat() if d.approved_at else None,
    }


def meeting_minutes(args, cli) -> int:
    from pathlib import Path

    from commdesk.core.errors import CommdeskError
    from commdesk.core.meetings.model import Decision
    from commdesk.services.meetings.minutes import MeetingMinutesService

    svc = cli.ctx.service(MeetingMinutesService)
    notes = None
    if args.notes_file:
        try:
            notes = Path(args.notes_file).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommdeskError(
                translate("CLI", "--notes-file: cannot read {file} as UTF-8 text ({error}).").format(
                    file=args.notes_file, error=os_problem(exc)
                )
            ) from None
    actions = [_action(cli, v) for v in args.actions]
    draft = svc.draft(args.id)
    if notes is not None or args.decisions or actions:
        if notes is not None:
            draft.notes = notes
        draft.decisions += [Decision(t.strip()) for t in args.decisions if t.strip()]
        draft.actions += actions
        draft = svc.save(draft)
    if args.circulate:
        draft = svc.circulate(args.id)
    elif args.approve:
        draft = svc.approve(args.id)
    if args.json:
        cli.print_json(_minutes_json(draft))
        return 0
    if draft.minutes_id is None:
        cli.print(translate("CLI", "Meeting {id} has no minutes yet.").format(id=args.id))
        return 0
    cli.print(
        translate("CLI", "Minutes of meeting {id}, version {number}: {state}").format(
            id=args.id, number=draft.number, state=draft.state.label
        )
        + (f" ({draft.approved_by})" if draft.approved_by else "")
    )
    for d in draft.decisions:
        cli.print("  " + translate("CLI", "decision: {text}").format(text=d.text))
    for a in draft.actions:
        due = a.deadline.isoformat() if a.deadline else "—"
        cli.print(
            "  "
            + translate("CLI", "action: {text} ({owner}, {due}, {status})").format(
                text=a.description, owner=a.owner_name or "—", due=due, status=a.status.label
            )
        )
    return 0
