"""``commdesk posts list|show|new|edit|submit|approve|return|publish|accounts|metrics-import|report``:
social posts of the publishing calendar from the command line. Times are read and shown in the
organisation's zone. An edit of the text, title or files after approval voids it (as in the window):
``edit`` says so, and the post is published only once a reviewer approved it again."""

from __future__ import annotations

from commdesk.core.i18n import translate

_KINDS = ("post", "topic", "poll", "qa")


def register(sub) -> None:
    p = sub.add_parser(
        "posts",
        help=translate(
            "CLI",
            "social media posts on the publishing calendar: list, show, new, edit, submit, approve, "
            "return, publish, accounts, metrics-import, report",
        ),
    )
    ps = p.add_subparsers(dest="posts_command", metavar="ACTION", required=True)

    ls = ps.add_parser("list", help=translate("CLI", "list posts planned or published, by time"))
    ls.add_argument(
        "--from", dest="start", metavar="DATE", help=translate("CLI", "from this day (YYYY-MM-DD)")
    )
    ls.add_argument("--to", dest="end", metavar="DATE", help=translate("CLI", "up to this day, included"))
    ls.add_argument(
        "--account", metavar="ACCOUNT", help=translate("CLI", "only this account (id, name or platform/name)")
    )
    ls.add_argument("--json", action="store_true", help=_json_help())
    ls.set_defaults(func=list_posts)

    show = ps.add_parser("show", help=translate("CLI", "one post with its review and length check"))
    show.add_argument("post_id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true", help=_json_help())
    show.set_defaults(func=show_post)

    new = ps.add_parser("new", help=translate("CLI", "plan a new post (officers)"))
    new.add_argument(
        "--account", required=True, metavar="ACCOUNT", help=translate("CLI", "id, name or platform/name")
    )
    new.add_argument(
        "--at", required=True, metavar="WHEN", help=translate("CLI", "planned time, YYYY-MM-DD HH:MM")
    )
    new.add_argument("--text", metavar="TEXT", help=translate("CLI", "the post's text"))
    new.add_argument(
        "--text-file",
        metavar="FILE",
        help=translate("CLI", "read the text from this file (UTF-8 or GB18030)"),
    )
    new.add_argument(
        "--title", default="", metavar="TITLE", help=translate("CLI", "where the platform has titles")
    )
    new.add_argument("--campaign", default="", metavar="NAME", help=translate("CLI", "campaign or topic"))
    new.add_argument("--kind", choices=_KINDS, default="post", help=translate("CLI", "default: post"))
    new.add_argument("--json", action="store_true", help=_json_help())
    new.set_defaults(func=new_post)

    ed = ps.add_parser(
        "edit",
        help=translate(
            "CLI",
            "change a post's text, title, planned time or campaign (officers); a change of its text "
            "or title after approval voids the approval",
        ),
    )
    ed.add_argument("post_id", type=int, metavar="ID")
    ed.add_argument("--text", metavar="TEXT", help=translate("CLI", "the post's new text"))
    ed.add_argument(
        "--text-file",
        metavar="FILE",
        help=translate("CLI", "read the new text from this file (UTF-8 or GB18030)"),
    )
    ed.add_argument(
        "--title", metavar="TITLE", help=translate("CLI", "the new title (an empty one removes it)")
    )
    ed.add_argument(
        "--planned",
        "--at",
        dest="planned",
        metavar="WHEN",
        help=translate("CLI", "the new planned time, YYYY-MM-DD HH:MM"),
    )
    ed.add_argument(
        "--campaign",
        metavar="NAME",
        help=translate("CLI", "the new campaign or topic (an empty one removes it)"),
    )
    ed.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help=translate("CLI", "the version you saw (from --json); refused if someone saved a newer one"),
    )
    ed.add_argument("--json", action="store_true", help=_json_help())
    ed.set_defaults(func=edit_post)

    for name, helptext, handler in (
        ("submit", translate("CLI", "submit a post for review"), submit_post),
        ("approve", translate("CLI", "approve a post in review (reviewers, four eyes)"), approve_post),
    ):
        step = ps.add_parser(name, help=helptext)
        step.add_argument("post_id", type=int, metavar="ID")
        step.add_argument(
            "--note", default="", metavar="TEXT", help=translate("CLI", "a note for the review")
        )
        step.add_argument("--json", action="store_true", help=_json_help())
        step.set_defaults(func=handler)

    ret = ps.add_parser(
        "return",
        help=translate(
            "CLI", "send a post back to its author with a note on what should change (reviewers, four eyes)"
        ),
    )
    ret.add_argument("post_id", type=int, metavar="ID")
    ret.add_argument(
        "--note",
        "--comment",
        dest="note",
        required=True,
        metavar="TEXT",
        help=translate("CLI", "what should change"),
    )
    ret.add_argument("--json", action="store_true", help=_json_help())
    ret.set_defaults(func=return_post)

    pub = ps.add_parser(
        "publish",
        help=translate(
            "CLI",
            "print an approved post's final text to paste on its platform and record where it was "
            "published (refused unless approved in its current version)",
        ),
    )
    pub.add_argument("post_id", type=int, metavar="ID")
    pub.add_argument(
        "--url", required=True, metavar="URL", help=translate("CLI", "the post's address on the platform")
    )
    pub.add_argument(
        "--at", metavar="WHEN", help=translate("CLI", "when it went out (default now), YYYY-MM-DD HH:MM")
    )
    pub.add_argument("--json", action="store_true", help=_json_help())
    pub.set_defaults(func=publish_post)

    acc = ps.add_parser(
        "accounts", help=translate("CLI", "the accounts with their weekly target and SM-1 check")
    )
    acc.add_argument("--json", action="store_true", help=_json_help())
    acc.set_defaults(func=list_accounts)

    mi = ps.add_parser(
        "metrics-import",
        help=translate(
            "CLI",
            "import an account's monthly figures from the platform's CSV export (UTF-8 or GB18030; all or nothing)",
        ),
    )
    mi.add_argument("file", metavar="FILE")
    mi.add_argument(
        "--account", required=True, metavar="ACCOUNT", help=translate("CLI", "id, name or platform/name")
    )
    mi.add_argument("--json", action="store_true", help=_json_help())
    mi.set_defaults(func=metrics_import)

    rep = ps.add_parser(
        "report",
        help=translate(
            "CLI",
            "the month's report per account (SM-6): followers, growth, engagement, posts, weeks off "
            "target, comments open",
        ),
    )
    rep.add_argument("--month", required=True, metavar="YYYY-MM", help=translate("CLI", "the month reported"))
    rep.add_argument(
        "--csv", metavar="FILE", help=translate("CLI", "also save it as CSV (UTF-8 for Excel) to FILE")
    )
    rep.add_argument("--json", action="store_true", help=_json_help())
    rep.set_defaults(func=month_report)


def _json_help() -> str:
    return translate("CLI", "print JSON (times as UTC instants, planned_local in the organisation's zone)")


def _zone(cli) -> str:
    from commdesk.services.settings import SettingsService

    return cli.ctx.service(SettingsService).time_zone()


def _when(text: str, cli, what: str):
    """``YYYY-MM-DD HH:MM`` (or a day alone: 00:00) in the organisation's zone, as an instant."""
    from datetime import date, time

    from commdesk.core import timezones as tz
    from commdesk.core.errors import CommdeskError

    day, _sep, clock = text.strip().replace("T", " ").partition(" ")
    try:
        return tz.wall_clock(date.fromisoformat(day), time.fromisoformat(clock or "00:00"), _zone(cli))
    except ValueError:
        pass
    raise CommdeskError(
        translate("CLI", "{what} '{text}' is not a time; write YYYY-MM-DD HH:MM.").format(
            what=what, text=text
        )
    )


def _day(text: str, what: str):
    """A day written YYYY-MM-DD (--from, --to)."""
    from datetime import date

    from commdesk.core.errors import CommdeskError

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    raise CommdeskError(
        translate("CLI", "{what} '{text}' is not a day; write YYYY-MM-DD.").format(what=what, text=text)
    )


def _read_text(path: str) -> str:
    """A text file as editors save it: UTF-8 (with or without a byte-order mark) or GB18030."""
    from pathlib import Path

    from commdesk.core.errors import CommdeskError

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CommdeskError(
            translate("CLI", "{file} cannot be read ({reason}); check the file's name.").format(
                file=path, reason=exc.strerror or type(exc).__name__
            )
        ) from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CommdeskError(
        translate("CLI", "{file} is neither UTF-8 nor GB18030 text; save it as UTF-8 text.").format(file=path)
    )


def _posts(cli):
    from commdesk.services.publishing.posts import PostService

    return cli.ctx.service(PostService)


def _accounts(cli):
    from commdesk.services.publishing.accounts import AccountService

    return cli.ctx.service(AccountService)


def _summary_json(p, zone: str) -> dict:
    from datetime import UTC

    from commdesk.core import timezones as tz

    return {
        "id": p.id,
        "account": p.account,
        "kind": p.kind,
        "title": p.title,
        "text": p.text,
        "planned_at": p.planned_at.astimezone(UTC).isoformat(),
        "planned_local": tz.format_instant(p.planned_at, zone, with_zone=False),
        "published_at": p.published_at.astimezone(UTC).isoformat() if p.published_at else None,
        "published_url": p.published_url,
        "campaign": p.campaign,
        "cancelled": p.cancelled,
        "state": p.state.value if p.state else None,
        "author": p.author_name,
        "version": p.version,  # what edit --expect-version takes
    }


def list_posts(args, cli) -> int:
    from datetime import time, timedelta

    from commdesk.core import timezones as tz

    zone = _zone(cli)
    start = tz.wall_clock(_day(args.start, "--from"), time(0, 0), zone) if args.start else None
    end = None
    if args.end:  # the next day's midnight in the organisation's zone (not 24 hours: DST nights)
        end = tz.wall_clock(_day(args.end, "--to") + timedelta(days=1), time(0, 0), zone)
    account = _accounts(cli).find_account(args.account).id if args.account else None
    rows = _posts(cli).list(start, end, account_id=account)
    if args.json:
        cli.print_json([_summary_json(p, zone) for p in rows])
        return 0
    for p in rows:
        state = p.state.label if p.state else "-"
        if p.cancelled:
            state = translate("CLI", "cancelled")
        when = tz.format_instant(p.when, zone, with_zone=False)
        cli.print(f"{p.id:>5}  {when}  {p.account}  [{state}]  {p.headline()}")
    cli.print(
        translate("CLI", "%n post(s); times in {zone}.", None, len(rows)).format(
            zone=tz.zone_label(cli.ctx.clock(), zone)
        )
    )
    return 0


def _post_json(post, zone: str) -> dict:
    data = _summary_json(post, zone)
    data.update(
        {
            "release_id": post.release_id,
            "asset_ids": list(post.asset_ids),
            "length": post.length.text_length if post.length else None,
            "limit": post.length.text_limit if post.length else None,
            "fits": post.length.fits if post.length else None,
            "review_version": post.review.version if post.review else None,
            "approved_by": list(post.review.approvers) if post.review else [],
        }
    )
    return data


def _print_post(post, cli, zone: str) -> None:
    from commdesk.core import timezones as tz

    cli.print(f"#{post.id}  {post.account}  [{post.state.label if post.state else '-'}]")
    if post.author_name:
        cli.print(translate("CLI", "Written by: {name}").format(name=post.author_name))
    cli.print(translate("CLI", "Planned: {when}").format(when=tz.format_instant(post.planned_at, zone)))
    if post.published_at:
        cli.print(
            translate("CLI", "Published: {when} {url}").format(
                when=tz.format_instant(post.published_at, zone), url=post.published_url
            )
        )
    if post.length:
        cli.print(
            translate("CLI", "Length: {length} of {limit}").format(
                length=post.length.text_length, limit=post.length.text_limit
            )
        )
    if post.title:
        cli.print(post.title)
    cli.print(post.text)


def show_post(args, cli) -> int:
    zone = _zone(cli)
    post = _posts(cli).get(args.post_id)
    if args.json:
        cli.print_json(_post_json(post, zone))
    else:
        _print_post(post, cli, zone)
    return 0


def new_post(args, cli) -> int:

    from commdesk.core.errors import CommdeskError
    from commdesk.services.publishing.posts import PostEdit

    if (args.text is None) == (args.text_file is None):
        raise CommdeskError(
            translate("CLI", "Give the post's text with --text or --text-file (one of them).")
        )
    text = args.text if args.text is not None else _read_text(args.text_file)
    account = _accounts(cli).find_account(args.account)
    post = _posts(cli).save(
        PostEdit(
            account_id=account.id,
            text=text,
            planned_at=_when(args.at, cli, "--at"),
            title=args.title,
            kind=args.kind,
            campaign=args.campaign,
        )
    )
    zone = _zone(cli)
    if args.json:
        cli.print_json(_post_json(post, zone))
    else:
        cli.print(translate("CLI", "Post {id} planned.").format(id=post.id))
    return 0


def edit_post(args, cli) -> int:
    from dataclasses import replace

    from commdesk.core.errors import CommdeskError, ConflictError

    if args.text is not None and args.text_file is not None:
        raise CommdeskError(translate("CLI", "Give the new text with --text or --text-file, not both."))
    changes: dict = {}
    if args.text is not None or args.text_file is not None:
        changes["text"] = args.text if args.text is not None else _read_text(args.text_file)
    if args.title is not None:
        changes["title"] = args.title
    if args.campaign is not None:
        changes["campaign"] = args.campaign
    if args.planned is not None:
        changes["planned_at"] = _when(args.planned, cli, "--planned")
    if not changes:
        raise CommdeskError(
            translate("CLI", "Say what to change: --text, --text-file, --title, --planned or --campaign.")
        )
    posts = _posts(cli)
    before = posts.get(args.post_id)
    version = before.version if args.expect_version is None else args.expect_version
    try:
        post = posts.save(replace(before.as_edit(), **changes), args.post_id, version)
    except ConflictError as exc:
        raise CommdeskError(
            str(exc)
            + " "
            + translate(
                "CLI",
                "Nothing was saved; look at the stored post ('commdesk posts show {id}') and edit again "
                "with --expect-version {version}.",
            ).format(id=args.post_id, version=before.version)
        ) from None
    stood = before.review.approvers if before.review else ()
    voided = [name for name in stood if not post.review or name not in post.review.approvers]
    zone = _zone(cli)
    if args.json:
        data = _post_json(post, zone)
        data["approvals_voided"] = voided
        cli.print_json(data)
        return 0
    cli.print(
        translate("CLI", "Post {id} saved: {state}.").format(
            id=post.id, state=post.state.label if post.state else "-"
        )
    )
    if voided:
        cli.print(
            translate(
                "CLI",
                "The approval by {names} is void: the post changed after it. It is published only once "
                "a reviewer approved it again.",
            ).format(names=translate("CLI", ", ").join(voided))
        )
    return 0


def _step(args, cli, method: str) -> int:
    posts = _posts(cli)
    current = posts.get(args.post_id)
    version = current.review.version if current.review else None
    if method == "return_":
        status = posts.return_(args.post_id, args.note, version)
    else:
        status = getattr(posts, method)(args.post_id, version, args.note)
    if args.json:
        cli.print_json(
            {"id": args.post_id, "state": status.state.value, "approved_by": list(status.approvers)}
        )
    else:
        cli.print(translate("CLI", "Post {id}: {state}.").format(id=args.post_id, state=status.state.label))
    return 0


def submit_post(args, cli) -> int:
    return _step(args, cli, "submit")


def approve_post(args, cli) -> int:
    return _step(args, cli, "approve")


def return_post(args, cli) -> int:
    return _step(args, cli, "return_")


def publish_post(args, cli) -> int:
    posts = _posts(cli)
    copy = posts.final_copy(args.post_id)
    at = _when(args.at, cli, "--at") if args.at else None
    post = posts.record_published(args.post_id, args.url, at)
    zone = _zone(cli)
    if args.json:
        data = _post_json(post, zone)
        data["final_text"] = copy.clipboard
        data["files"] = [str(f) for f in copy.files]
        cli.print_json(data)
    else:
        cli.print(copy.clipboard)
        for f in copy.files:
            cli.print(translate("CLI", "File to upload: {path}").format(path=f))
        cli.print(
            translate("CLI", "Post {id} recorded as published at {url}.").format(
                id=post.id, url=post.published_url
            )
        )
    return 0


def list_accounts(args, cli) -> int:
    from datetime import UTC

    from commdesk.core import timezones as tz
    from commdesk.services.people import PeopleService

    accounts = _accounts(cli).accounts(include_inactive=True)
    names = {p.id: p.name for p in cli.ctx.service(PeopleService).list(include_inactive=True)}
    zone = _zone(cli)
    if args.json:
        cli.print_json(
            [
                {
                    "id": a.id,
                    "platform": a.platform.code,
                    "name": a.name,
                    "handle": a.handle,
                    "target": [a.target_min, a.target_max],
                    "active": a.active,
                    "sm1_consistent": a.consistent,
                    "sm1": {
                        "name": a.name_consistent,
                        "avatar": a.avatar_consistent,
                        "profile": a.profile_consistent,
                    },
                    "checked_at": a.checked_at.astimezone(UTC).isoformat() if a.checked_at else None,
                    "checked_by": names.get(a.checked_by) if a.checked_by is not None else None,
                }
                for a in accounts
            ]
        )
        return 0
    for a in accounts:
        check = translate("CLI", "SM-1: {status}").format(status=a.sm1_status())
        if a.checked_at is not None:
            check += translate("CLI", " ({who}, {when})").format(
                who=names.get(a.checked_by, "-"), when=tz.format_instant(a.checked_at, zone)
            )
        cli.print(f"{a.id:>4}  {a.platform.code}/{a.name}  {a.target_min}-{a.target_max}  {check}")
    return 0


def metrics_import(args, cli) -> int:
    from commdesk.services.publishing.metrics import SocialMetricsService

    account = _accounts(cli).find_account(args.account)
    report = cli.ctx.service(SocialMetricsService).import_file(account.id, args.file)
    if args.json:
        cli.print_json(
            {
                "account": account.label(),
                "file": report.file_name,
                "encoding": report.encoding,
                "months": [m.isoformat()[:7] for m in report.months],
                "created": report.created,
                "updated": report.updated,
                "rows_used": report.rows_used,
                "rows_blank": report.rows_blank,
                "rows_totals": report.rows_totals,
            }
        )
    else:
        cli.print(
            translate(
                "CLI",
                "{file}: %n month(s) imported for {account} ({used} rows, {blank} blank).",
                None,
                len(report.months),
            ).format(
                file=report.file_name,
                account=account.label(),
                used=report.rows_used,
                blank=report.rows_blank,
            )
        )
        if report.totals_note:
            cli.print(report.totals_note)
    return 0


def month_report(args, cli) -> int:
    import csv
    from datetime import date

    from commdesk.core.errors import CommdeskError
    from commdesk.services.publishing.metrics import SocialMetricsService, report_table

    try:
        month = date.fromisoformat(f"{args.month.strip()}-01")
    except ValueError:
        raise CommdeskError(
            translate("CLI", "--month '{text}' is not a month; write YYYY-MM.").format(text=args.month)
        ) from None
    report = cli.ctx.service(SocialMetricsService).month_report(month)
    columns, rows = report_table(report)
    if args.csv:
        columns, cells = report_table(report, spreadsheet=True)
        try:
            with open(args.csv, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(columns)
                writer.writerows(cells)
        except OSError as exc:
            raise CommdeskError(
                translate("CLI", "{file} cannot be written ({reason}); choose another folder.").format(
                    file=args.csv, reason=exc.strerror or type(exc).__name__
                )
            ) from None
    if args.json:
        cli.print_json(
            {
                "month": month.isoformat()[:7],
                "accounts": [
                    {
                        "account": line.account,
                        "followers": line.figures.followers if line.figures else None,
                        "reach": line.figures.reach if line.figures else None,
                        "reads": line.figures.reads if line.figures else None,
                        "interactions": line.figures.interactions if line.figures else None,
                        "engagement": line.figures.engagement if line.figures else None,
                        "growth": line.growth,
                        "published": line.published,
                        "still_planned": line.planned,
                        "weeks_below": line.weeks_below,
                        "weeks_above": line.weeks_above,
                        "comments_open": line.open_messages,
                    }
                    for line in report.lines
                ],
            }
        )
        return 0
    cli.print(translate("CLI", "Social media, {month}").format(month=month.isoformat()[:7]))
    for line in rows:
        figures = "; ".join(f"{c} {v}" for c, v in zip(columns[1:], line[1:], strict=True) if v)
        cli.print(f"  {line[0]}: {figures}")
    if args.csv:
        cli.print(translate("CLI", "Saved as {file}.").format(file=args.csv))
    return 0
