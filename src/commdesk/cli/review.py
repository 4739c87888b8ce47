"""``commdesk review reviewers``: how many reviewers each kind that speaks for the organisation
needs (social posts, announcements, event invitations, procedure versions: one or two;
administrators set it)."""

from __future__ import annotations

from commdesk.core.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "review",
        help=translate(
            "CLI", "the review of posts, announcements, invitations and procedure versions: reviewers"
        ),
    )
    ps = p.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    r = ps.add_parser(
        "reviewers",
        help=translate(
            "CLI", "show how many reviewers each kind needs, or set it for one kind (administrators)"
        ),
    )
    from commdesk.core.review.kinds import Kind

    r.add_argument("kind", nargs="?", choices=[k.value for k in Kind], metavar="KIND")
    r.add_argument("count", nargs="?", type=int, choices=[1, 2], metavar="1|2")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=reviewers)


def reviewers(args, cli) -> int:
    from commdesk.core.errors import CommdeskError
    from commdesk.core.review.kinds import Kind
    from commdesk.services.review import ReviewService

    svc = cli.ctx.service(ReviewService)
    if args.count is not None:
        svc.set_reviewers_needed(args.kind, args.count)
    elif args.kind is not None:
        raise CommdeskError(translate("CLI", "Give the number of reviewers too: 1 or 2."))
    needed = {k.value: svc.reviewers_needed(k) for k in Kind}
    if args.json:
        cli.print_json(needed)
        return 0
    for k in Kind:
        cli.print(f"{k.label}: {needed[k.value]}")
    return 0
