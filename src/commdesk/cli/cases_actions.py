"""``commdesk cases grade|route|status``: what the window's Route… and status steps do, from the
command line (a complaint can be graded, routed and moved on without the window)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from commdesk.core.i18n import translate

_STATUSES = ("new", "acknowledged", "in_progress", "waiting", "resolved", "closed")
_PRIORITIES = ("low", "normal", "high", "urgent")


def add_actions(ps, case_json: Callable[..., dict]) -> None:
    """The three actions under ``commdesk cases`` (not named ``register``: the CLI would add a module
    with one as a command group of its own); ``case_json`` writes a case for --json as the
    group's other actions do (passed in: this module does not import the group's)."""
    version_help = translate("CLI", "the version you saw (from --json); refused if someone saved a newer one")
    case_help = translate("CLI", "the case's number or reference (CD-2026-000123)")

    gr = ps.add_parser("grade", help=translate("CLI", "grade a complaint 1 to 3, or none (not a complaint)"))
    gr.add_argument("id", metavar="ID", help=case_help)
    gr.add_argument(
        "grade", metavar="GRADE", help=translate("CLI", "1, 2 or 3 (3 the most serious), or none")
    )
    gr.add_argument("--expect-version", type=int, metavar="N", help=version_help)
    gr.add_argument("--json", action="store_true")
    gr.set_defaults(func=partial(grade_case, case_json=case_json))

    ro = ps.add_parser("route", help=translate("CLI", "give a case an owner, a category or a priority"))
    ro.add_argument("id", metavar="ID", help=case_help)
    ro.add_argument(
        "--owner", metavar="NAME", help=translate("CLI", "the person who owns it (name or e-mail)")
    )
    ro.add_argument("--category", metavar="CATEGORY", help=translate("CLI", "the category's code or name"))
    ro.add_argument("--subcategory", metavar="CATEGORY", help=translate("CLI", "a sub-category of it"))
    ro.add_argument("--priority", choices=_PRIORITIES)
    ro.add_argument("--expect-version", type=int, metavar="N", help=version_help)
    ro.add_argument("--json", action="store_true")
    ro.set_defaults(func=partial(route_case, case_json=case_json))

    st = ps.add_parser(
        "status", help=translate("CLI", "move a case on: acknowledged, in progress, waiting ...")
    )
    st.add_argument("id", metavar="ID", help=case_help)
    st.add_argument("status", choices=_STATUSES, metavar="STATUS", help=", ".join(_STATUSES))
    st.add_argument(
        "--note", default="", metavar="TEXT", help=translate("CLI", "why, for the case's history")
    )
    st.add_argument("--expect-version", type=int, metavar="N", help=version_help)
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=partial(status_case, case_json=case_json))


def _find(cli, key: str):
    from commdesk.services.cases.service import CaseService

    return cli.ctx.service(CaseService).find(key)


def _done(cli, args, case, message: str, case_json: Callable[..., dict]) -> int:
    if args.json:
        cli.print_json(case_json(case))
    else:
        cli.print(message.format(reference=case.reference))
    return 0


def grade_case(args, cli, case_json: Callable[..., dict]) -> int:
    from commdesk.core.errors import ValidationError
    from commdesk.services.cases.service import CaseService

    text = args.grade.strip().lower()
    if text in ("none", "0", "-"):
        grade = None
    elif text in ("1", "2", "3"):
        grade = int(text)
    else:
        raise ValidationError(
            {
                "grade": translate(
                    "CLI", "A complaint's grade is 1, 2 or 3, or none for not a complaint; not '{value}'."
                ).format(value=args.grade)
            }
        )
    found = _find(cli, args.id)
    case = cli.ctx.service(CaseService).set_grade(found.id, grade, expected_version=args.expect_version)
    if grade is None:
        return _done(
            cli, args, case, translate("CLI", "Case {reference} is not graded as a complaint."), case_json
        )
    return _done(
        cli,
        args,
        case,
        translate("CLI", "Case {reference} is graded {grade}.").replace("{grade}", str(grade)),
        case_json,
    )


def route_case(args, cli, case_json: Callable[..., dict]) -> int:
    from commdesk.core.cases.workflow import Priority
    from commdesk.core.errors import ValidationError
    from commdesk.services.cases.admin import CaseAdminService
    from commdesk.services.cases.service import CaseService
    from commdesk.services.people import PeopleService

    if not any((args.owner, args.category, args.subcategory, args.priority)):
        raise ValidationError(
            {
                "route": translate(
                    "CLI", "Say what to change: --owner, --category, --subcategory or --priority."
                )
            }
        )
    found = _find(cli, args.id)
    admin = cli.ctx.service(CaseAdminService)
    owner = cli.ctx.service(PeopleService).find(args.owner) if args.owner else None
    category = admin.category(args.category) if args.category else None
    sub = admin.category(args.subcategory) if args.subcategory else None
    case = cli.ctx.service(CaseService).assign(
        found.id,
        owner_id=owner.id if owner else None,
        category=category.id if category else None,
        subcategory=sub.id if sub else None,
        priority=Priority(args.priority) if args.priority else None,
        expected_version=args.expect_version,
    )
    return _done(cli, args, case, translate("CLI", "Case {reference} is routed."), case_json)


def status_case(args, cli, case_json: Callable[..., dict]) -> int:
    from commdesk.core.cases.workflow import CaseStatus
    from commdesk.services.cases.service import CaseService

    found = _find(cli, args.id)
    status = CaseStatus(args.status)
    case = cli.ctx.service(CaseService).set_status(
        found.id, status, expected_version=args.expect_version, note=args.note
    )
    return _done(
        cli,
        args,
        case,
        translate("CLI", "Case {reference} is now {status}.").replace("{status}", case.status.label),
        case_json,
    )
