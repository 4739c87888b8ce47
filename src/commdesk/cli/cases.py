"""``commdesk cases list|show|add|grade|route|status|resolve|reply|escalate``: the cases desk from the command line.

Times are typed and shown as clock time in the organisation's zone, every shown time names its
zone; ``--json`` gives instants in ISO 8601 with their offset. Each clock is shown with its due time
and state (time left, paused, overdue, met).
"""

from __future__ import annotations

from commdesk.cli.args import positive_int
from commdesk.core.cases.clocks import coverage_warning
from commdesk.core.cases.workflow import CaseStatus, Channel, Priority
from commdesk.core.i18n import translate

# the choices are the desk's own lists: a channel, status or priority added there is offered here
_CHANNELS = tuple(c.value for c in Channel)
_STATUSES = tuple(s.value for s in CaseStatus)
_PRIORITIES = tuple(p.value for p in Priority)


def register(sub) -> None:
    p = sub.add_parser(
        "cases",
        help=translate(
            "CLI",
            "the cases desk (hotline, feedback, complaints, media inquiries): "
            "list, show, add, grade, route, status, reply, resolve, escalate, intake, report",
        ),
    )
    ps = p.add_subparsers(dest="cases_command", metavar="ACTION", required=True)

    ls = ps.add_parser("list", help=translate("CLI", "list cases, soonest due first"))
    ls.add_argument("--status", choices=_STATUSES, help=translate("CLI", "only cases in this status"))
    ls.add_argument(
        "--overdue",
        action="store_true",
        help=translate("CLI", "only open cases with a clock past its due time"),
    )
    ls.add_argument("--mine", action="store_true", help=translate("CLI", "only the cases you own"))
    ls.add_argument(
        "--limit",
        type=positive_int,
        default=200,
        metavar="N",
        help=translate("CLI", "at most N cases (default 200)"),
    )
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_cases)

    sh = ps.add_parser("show", help=translate("CLI", "a case with its clocks, conversation and history"))
    sh.add_argument(
        "id", metavar="ID", help=translate("CLI", "the case's number or reference (CD-2026-000123)")
    )
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(func=show_case)

    add = ps.add_parser("add", help=translate("CLI", "log a case (officers and reviewers)"))
    add.add_argument("--channel", required=True, choices=_CHANNELS)
    add.add_argument(
        "--category", required=True, metavar="CATEGORY", help=translate("CLI", "the category's code or name")
    )
    add.add_argument("--subcategory", metavar="CATEGORY", help=translate("CLI", "a sub-category of it"))
    add.add_argument(
        "--contact", metavar="NAME", help=translate("CLI", "the media contact who raised it (name or number)")
    )
    add.add_argument(
        "--customer", metavar="NAME", help=translate("CLI", "a customer's name (not a media contact)")
    )
    add.add_argument("--phone", metavar="NUMBER", help=translate("CLI", "the customer's phone number"))
    add.add_argument("--email", metavar="ADDRESS", help=translate("CLI", "the customer's e-mail address"))
    add.add_argument("--summary", required=True, metavar="TEXT")
    add.add_argument("--priority", choices=_PRIORITIES)
    add.add_argument(
        "--at",
        metavar="'YYYY-MM-DD HH:MM'",
        help=translate(
            "CLI",
            "when it was received, as clock time in the organisation's zone (letters and calls logged later)",
        ),
    )
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=add_case)

    rs = ps.add_parser("resolve", help=translate("CLI", "resolve a case with its outcome"))
    rs.add_argument("id", metavar="ID")
    rs.add_argument(
        "--outcome", default="", metavar="TEXT", help=translate("CLI", "what was done or answered")
    )
    rs.add_argument("--fcr", choices=("yes", "no"), help=translate("CLI", "resolved on first contact"))
    rs.add_argument("--csat", type=int, metavar="N", help=translate("CLI", "their satisfaction, 1 to 5"))
    rs.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help=translate("CLI", "the version you saw (from --json); refused if someone saved a newer one"),
    )
    rs.add_argument("--json", action="store_true")
    rs.set_defaults(func=resolve_case)

    rp = ps.add_parser("reply", help=translate("CLI", "answer them by mail through the outbox"))
    rp.add_argument("id", metavar="ID")
    rp.add_argument(
        "--body-file", required=True, metavar="FILE", help=translate("CLI", "the answer, a UTF-8 text file")
    )
    rp.add_argument(
        "--subject", default="", metavar="TEXT", help=translate("CLI", "default: the case's summary")
    )
    rp.add_argument(
        "--override",
        metavar="REASON",
        help=translate("CLI", "send despite the mail rules' warnings, for this reason"),
    )
    rp.add_argument("--json", action="store_true")
    rp.set_defaults(func=reply_case)

    es = ps.add_parser(
        "escalate",
        help=translate("CLI", "tell the owners' managers about clocks that ran out (once per clock)"),
    )
    es.add_argument("--json", action="store_true")
    es.set_defaults(func=escalate_cases)

    from commdesk.cli import cases_actions

    cases_actions.add_actions(
        ps, _case_json
    )  # cases grade|route|status: the window's Route… and status steps

    from commdesk.cli import cases_intake

    cases_intake.register(ps)  # cases intake: the feedback mailbox, .eml files, a web form's CSV

    from commdesk.cli import cases_report

    cases_report.register(ps)  # cases report: a period's figures with the period before, as PDF


# ------------------------------------------------------------------------------ helpers
def _zone(cli) -> str:
    from commdesk.services.settings import SettingsService

    return cli.ctx.service(SettingsService).time_zone()


def _when(text: str, zone: str):
    """A clock time in ``zone`` ('2026-12-10 14:30'), or an ISO instant with its offset."""
    from datetime import datetime

    from commdesk.core import timezones as tz
    from commdesk.core.errors import ValidationError

    try:
        typed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            {
                "at": translate(
                    "CLI",
                    "--at needs the clock time in the organisation's zone like '2026-12-10 14:30', not '{value}'.",
                ).format(value=text)
            }
        ) from None
    if typed.tzinfo is not None:
        return typed
    return tz.wall_clock(typed.date(), typed.time().replace(second=0, microsecond=0), zone)


def _find(cli, key: str):
    from commdesk.services.cases.service import CaseService

    return cli.ctx.service(CaseService).find(key)


def _contact_id(cli, text: str) -> int:
    from commdesk.core.errors import CommdeskError
    from commdesk.services.cases.service import CaseService

    found = cli.ctx.service(CaseService).contacts_named(text)
    if len(found) == 1:
        return found[0][0]
    if not found:
        raise CommdeskError(
            translate(
                "CLI",
                "There is no media contact called '{name}'; give the exact name or the contact's number.",
            ).format(name=text)
        )
    raise CommdeskError(
        translate(
            "CLI", "Several media contacts are called '{name}' ({ids}); give the contact's number."
        ).format(name=text, ids=", ".join(str(i) for i, _ in found))
    )


def _instant(value, zone: str) -> str:
    from commdesk.core import timezones as tz

    return tz.format_instant(value, zone) if value is not None else "—"


def _iso(value) -> str | None:
    """An instant in ISO 8601, in UTC (what the database holds, whoever typed it in which zone)."""
    from datetime import UTC

    return value.astimezone(UTC).isoformat() if value is not None else None


def _summary_json(c) -> dict:
    return {
        "id": c.id,
        "reference": c.reference,
        "channel": c.channel.value,
        "status": c.status.value,
        "priority": c.priority.value,
        "summary": c.summary,
        "category": c.category,
        "owner": c.owner,
        "raised_by": c.raised_by,
        "received_at": _iso(c.received_at),
        "next_due_at": _iso(c.next_due_at),
        "overdue": c.overdue,
        "complaint": c.complaint,
        "complaint_grade": c.complaint_grade,
        "version": c.version,
    }


def _clock_json(k, zone: str, calendar=None) -> dict:
    from commdesk.core.cases.clocks import describe

    s = k.state
    return {
        "kind": k.kind.value,
        "started": _iso(s.started),
        "due": _iso(s.due),
        "due_local": _instant(s.due, zone) if s.due else None,
        "state": s.phase.value,
        "state_text": describe(s),
        "remaining_minutes": int(s.remaining.total_seconds() // 60),
        "breached_at": _iso(s.breached_at),
        "stopped": _iso(s.stopped),
        "escalated_at": _iso(k.escalated_at),
    } | ({"calendar_warning": coverage_warning(calendar, s)} if calendar is not None else {})


def _case_json(c, calendar=None) -> dict:
    return {
        "id": c.id,
        "reference": c.reference,
        "channel": c.channel.value,
        "status": c.status.value,
        "next_statuses": [s.value for s in c.next_statuses],
        "priority": c.priority.value,
        "summary": c.summary,
        "outcome": c.outcome,
        "category": c.category,
        "subcategory": c.subcategory,
        "department": c.department,
        "owner": c.owner,
        "contact_id": c.contact_id,
        "customer_id": c.customer_id,
        "raised_by": c.raised_by,
        "complaint": c.complaint,
        "complaint_grade": c.complaint_grade,
        "received_at": _iso(c.received_at),
        "acknowledged_at": _iso(c.acknowledged_at),
        "first_response_at": _iso(c.first_response_at),
        "resolved_at": _iso(c.resolved_at),
        "closed_at": _iso(c.closed_at),
        "first_contact_resolution": c.first_contact_resolution,
        "csat": c.csat,
        "zone": c.zone,
        "clocks": [_clock_json(k, c.zone, calendar) for k in c.clocks],
        "entries": [
            {
                "kind": e.kind,
                "at": _iso(e.at),
                "author": e.author,
                "body": e.body,
                "subject": e.subject,
                "call_started_at": _iso(e.call_started_at),
                "call_ended_at": _iso(e.call_ended_at),
                "outbox_id": e.outbox_id,
            }
            for e in c.entries
        ],
        "history": [
            {
                "at": _iso(h.at),
                "from": h.from_status.value if h.from_status else None,
                "to": h.to_status.value,
                "by": h.by,
                "note": h.note,
            }
            for h in c.history
        ],
        "version": c.version,
    }


def _print_case(cli, c) -> None:
    from commdesk.core.cases.clocks import clock_titles, describe
    from commdesk.services.cases.service import CaseService

    zone = c.zone
    calendar = cli.ctx.service(CaseService).calendar()
    cli.print(f"{c.reference}  {c.status.label}  {c.priority.label}  {c.channel.label}")
    cli.print(translate("CLI", "summary: {text}").format(text=c.summary))
    category = " / ".join(x for x in (c.category, c.subcategory) if x)
    if category:
        cli.print(translate("CLI", "category: {category}").format(category=category))
    if c.department:
        cli.print(translate("CLI", "department: {department}").format(department=c.department))
    cli.print(translate("CLI", "owner: {name}").format(name=c.owner or "—"))
    cli.print(translate("CLI", "raised by: {name}").format(name=c.raised_by or translate("CLI", "anonymous")))
    cli.print(translate("CLI", "received: {when}").format(when=_instant(c.received_at, zone)))
    if c.complaint:
        grade = str(c.complaint_grade) if c.complaint_grade else translate("CLI", "not graded yet")
        cli.print(translate("CLI", "complaint, grade: {grade}").format(grade=grade))
    for k, title in zip(c.clocks, clock_titles([k.state for k in c.clocks]), strict=True):
        due = _instant(k.state.due, zone) if k.state.due else translate("CLI", "no due time while paused")
        line = translate("CLI", "clock {kind}: due {due}; {state}").format(
            kind=title, due=due, state=describe(k.state, zone)
        )
        if k.escalated_at is not None:
            line += translate("CLI", " (escalated {when})").format(when=_instant(k.escalated_at, zone))
        cli.print(line)
        # counted into a year whose public holidays the calendar does not know: said under the clock
        warning = coverage_warning(calendar, k.state)
        if warning:
            cli.print("  ! " + warning)
    if c.resolved_at:
        cli.print(translate("CLI", "resolved: {when}").format(when=_instant(c.resolved_at, zone)))
        if c.outcome:
            cli.print(translate("CLI", "outcome: {text}").format(text=c.outcome))
        if c.first_contact_resolution is not None:
            cli.print(
                translate("CLI", "resolved on first contact: {answer}").format(
                    answer=translate("CLI", "yes") if c.first_contact_resolution else translate("CLI", "no")
                )
            )
        if c.csat is not None:
            cli.print(translate("CLI", "satisfaction: {score}/5").format(score=c.csat))
    kinds = {
        "call": translate("CLI", "call"),
        "message_in": translate("CLI", "message from them"),
        "message_out": translate("CLI", "our answer"),
        "note": translate("CLI", "internal note"),
    }
    for e in c.entries:
        said = translate("CLI", "{author}: {text}").format(author=e.author, text=e.body).rstrip()
        cli.print(f"  {_instant(e.at, zone)}  {kinds.get(e.kind, e.kind)}  {said}")


# ------------------------------------------------------------------------------ commands
def list_cases(args, cli) -> int:
    from commdesk.services.cases.service import CaseService

    cases = cli.ctx.service(CaseService).list(
        CaseStatus(args.status) if args.status else None,
        overdue=args.overdue,
        mine=args.mine,
        limit=args.limit,
    )
    if args.json:
        cli.print_json([_summary_json(c) for c in cases])
        return 0
    zone = _zone(cli)
    for c in cases:
        due = _instant(c.next_due_at, zone) if c.next_due_at else "—"
        flag = "  [" + translate("CLI", "overdue") + "]" if c.overdue else ""
        cli.print(f"{c.id:>5}  {c.reference}  {c.status.label}  {c.priority.label}  {due}  {c.summary}{flag}")
    return 0


def show_case(args, cli) -> int:
    from commdesk.services.cases.service import CaseService

    case = _find(cli, args.id)
    if args.json:
        cli.print_json(_case_json(case, cli.ctx.service(CaseService).calendar()))
    else:
        _print_case(cli, case)
    return 0


def add_case(args, cli) -> int:
    from commdesk.core.errors import CommdeskError
    from commdesk.services.cases.admin import CaseAdminService
    from commdesk.services.cases.service import CaseService

    admin = cli.ctx.service(CaseAdminService)
    category = admin.category(args.category)
    if category.parent_id is not None:
        raise CommdeskError(
            translate(
                "CLI",
                "'{name}' is a sub-category; give it with --subcategory and its category with --category.",
            ).format(name=args.category)
        )
    sub = admin.category(args.subcategory) if args.subcategory else None
    contact_id = _contact_id(cli, args.contact) if args.contact else None
    customer = None
    if args.customer or args.phone or args.email:
        customer = (args.customer or "", args.phone or "", args.email or "")
    received = _when(args.at, _zone(cli)) if args.at else None
    case = cli.ctx.service(CaseService).create(
        Channel(args.channel),
        args.summary,
        category=category.id,
        subcategory=sub.id if sub else None,
        contact_id=contact_id,
        customer=customer,
        priority=Priority(args.priority) if args.priority else None,
        received_at=received,
    )
    if args.json:
        cli.print_json(_case_json(case))
    else:
        cli.print(
            translate("CLI", "Logged case {reference} (number {id}).").format(
                reference=case.reference, id=case.id
            )
        )
        _print_case(cli, case)
    return 0


def resolve_case(args, cli) -> int:
    from commdesk.services.cases.service import CaseService

    found = _find(cli, args.id)
    case = cli.ctx.service(CaseService).resolve(
        found.id,
        args.outcome,
        first_contact_resolution=None if args.fcr is None else args.fcr == "yes",
        csat=args.csat,
        expected_version=args.expect_version,
    )
    if args.json:
        cli.print_json(_case_json(case))
    else:
        cli.print(translate("CLI", "Case {reference} is resolved.").format(reference=case.reference))
    return 0


def reply_case(args, cli) -> int:
    from pathlib import Path

    from commdesk.core.errors import CommdeskError
    from commdesk.core.os_errors import os_problem
    from commdesk.services.cases.service import CaseService

    path = Path(args.body_file)
    try:
        body = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommdeskError(
            translate("CLI", "The answer could not be read from {file}: {reason}").format(
                file=path, reason=os_problem(exc)
            )
        ) from None
    found = _find(cli, args.id)
    case, ids = cli.ctx.service(CaseService).reply(found.id, body, args.subject, override=args.override)
    if args.json:
        cli.print_json(_case_json(case) | {"outbox_ids": ids})
    else:
        cli.print(
            translate(
                "CLI",
                "The answer to {reference} waits in the outbox (message {ids}); 'outbox send' sends it.",
            ).format(reference=case.reference, ids=", ".join(str(i) for i in ids))
        )
    return 0


def escalate_cases(args, cli) -> int:
    from commdesk.services.cases.service import CaseService

    done = cli.ctx.service(CaseService).escalate_overdue()
    if args.json:
        cli.print_json(
            [
                {
                    "case_id": e.case_id,
                    "reference": e.reference,
                    "clock": e.clock.value,
                    "due": _iso(e.due),
                    "manager": e.manager or None,
                    "outbox_ids": list(e.outbox_ids),
                }
                for e in done
            ]
        )
        return 0
    zone = _zone(cli)
    for e in done:
        cli.print(
            translate("CLI", "{reference}: {clock} ran out at {due}; told {manager}").format(
                reference=e.reference,
                clock=e.clock.label,
                due=_instant(e.due, zone),
                manager=e.manager or translate("CLI", "nobody (no manager in the settings)"),
            )
        )
    if not done:
        cli.print(translate("CLI", "No clock ran out since the last escalation."))
    return 0
