"""``commdesk kb list|show|add|edit|approve``: the cases desk's knowledge base from the command line.

Administrators write answers (every save is a new version); a reviewer who did not write a version
approves it, and only then does the hotline's call screen offer it. Times are shown in the
organisation's zone, named; ``--json`` gives instants in ISO 8601 (UTC).
"""

from __future__ import annotations

from commdesk.core.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "kb",
        help=translate(
            "CLI", "the knowledge base of answers the hotline gives: list, show, add, edit, approve"
        ),
    )
    ps = p.add_subparsers(dest="kb_command", metavar="ACTION", required=True)

    ls = ps.add_parser("list", help=translate("CLI", "list the entries (latest versions)"))
    ls.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help=translate("CLI", "only entries with these words or pinyin"),
    )
    ls.add_argument("--all", action="store_true", help=translate("CLI", "withdrawn entries too"))
    ls.add_argument(
        "--approved",
        action="store_true",
        help=translate("CLI", "only what the call screen offers: approved texts"),
    )
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_entries)

    sh = ps.add_parser("show", help=translate("CLI", "an entry with its versions"))
    sh.add_argument("id", type=int, metavar="ID")
    sh.add_argument(
        "--version",
        type=int,
        metavar="N",
        help=translate("CLI", "show this version's text (default: latest)"),
    )
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(func=show_entry)

    for name, helptext in (
        ("add", translate("CLI", "write a new entry (administrators); it waits for a reviewer's approval")),
        ("edit", translate("CLI", "save a new version of an entry (administrators)")),
    ):
        w = ps.add_parser(name, help=helptext)
        if name == "edit":
            w.add_argument("id", type=int, metavar="ID")
            w.add_argument(
                "--expect-version",
                type=int,
                metavar="N",
                help=translate(
                    "CLI", "the version you saw (from --json); refused if someone saved a newer one"
                ),
            )
        w.add_argument("--title", required=name == "add", metavar="TEXT")
        body = w.add_mutually_exclusive_group(required=name == "add")
        body.add_argument("--body", metavar="TEXT", help=translate("CLI", "the answer"))
        body.add_argument(
            "--body-file", metavar="FILE", help=translate("CLI", "the answer, a UTF-8 text file")
        )
        w.add_argument(
            "--category", metavar="CATEGORY", help=translate("CLI", "the case category's code or name")
        )
        if name == "add":
            w.add_argument("--lang", choices=("zh", "en"), default="zh")
        w.add_argument("--json", action="store_true")
        w.set_defaults(func=add_entry if name == "add" else edit_entry)

    ap = ps.add_parser(
        "approve",
        help=translate("CLI", "approve an entry's latest version (a reviewer who did not write it)"),
    )
    ap.add_argument("id", type=int, metavar="ID")
    ap.add_argument("--version", type=int, metavar="N", help=translate("CLI", "approve this version instead"))
    ap.add_argument("--json", action="store_true")
    ap.set_defaults(func=approve_entry)


# ------------------------------------------------------------------------------ helpers
def _service(cli):
    from commdesk.services.cases.knowledge import KnowledgeService

    return cli.ctx.service(KnowledgeService)


def _zone(cli) -> str:
    from commdesk.services.settings import SettingsService

    return cli.ctx.service(SettingsService).time_zone()


def _iso(value) -> str | None:
    from datetime import UTC

    return value.astimezone(UTC).isoformat() if value is not None else None


def _state(e) -> str:
    if not e.active:
        return translate("CLI", "withdrawn")
    if e.approved_number is None:
        return translate("CLI", "waiting for approval")
    if e.waiting:
        return translate("CLI", "version {approved} approved, {latest} waiting").format(
            approved=e.approved_number, latest=e.number
        )
    return translate("CLI", "approved")


def _entry_json(e) -> dict:
    return {
        "id": e.id,
        "title": e.title,
        "body": e.body,
        "category": e.category,
        "language": e.language,
        "number": e.number,
        "approved_number": e.approved_number,
        "approved_at": _iso(e.approved_at),
        "written_by": e.written_by,
        "active": e.active,
        "version": e.version,
    }


def _version_json(v) -> dict:
    return {
        "number": v.number,
        "title": v.title,
        "body": v.body,
        "written_by": v.written_by,
        "written_at": _iso(v.written_at),
        "approved": v.approved_at is not None,
        "approved_at": _iso(v.approved_at),
    }


def _body(args, required: bool) -> str | None:
    from pathlib import Path

    from commdesk.core.errors import CommdeskError
    from commdesk.core.os_errors import os_problem

    if args.body_file:
        try:
            return Path(args.body_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommdeskError(
                translate("CLI", "The answer could not be read from {file}: {reason}").format(
                    file=args.body_file, reason=os_problem(exc)
                )
            ) from None
    if args.body is not None:
        return args.body
    return "" if required else None


def _category_id(cli, key: str | None) -> int | None:
    from commdesk.services.cases.admin import CaseAdminService

    return cli.ctx.service(CaseAdminService).category(key).id if key else None


def _print_entry(cli, e) -> None:
    category = f"  [{e.category}]" if e.category else ""
    cli.print(f"{e.id:>4}  {e.title}{category}  — {_state(e)}")


# ------------------------------------------------------------------------------ commands
def list_entries(args, cli) -> int:
    service = _service(cli)
    if args.approved:
        answers = service.search(args.search, limit=10_000)
        if args.json:
            cli.print_json(
                [
                    {
                        "id": a.entry_id,
                        "number": a.number,
                        "title": a.title,
                        "body": a.body,
                        "category": a.category,
                    }
                    for a in answers
                ]
            )
        else:
            for a in answers:
                cli.print(f"{a.entry_id:>4}  {a.title}  (v{a.number})")
        return 0
    entries = service.list(args.search, include_inactive=args.all)
    if args.json:
        cli.print_json([_entry_json(e) for e in entries])
    else:
        for e in entries:
            _print_entry(cli, e)
    return 0


def show_entry(args, cli) -> int:
    from commdesk.core import timezones as tz

    service = _service(cli)
    entry = service.get(args.id)
    versions = service.versions(args.id)
    shown = service.version(args.id, args.version) if args.version else versions[-1]
    if args.json:
        data = _entry_json(entry)
        data["versions"] = [_version_json(v) for v in versions]
        data["shown"] = _version_json(shown)
        cli.print_json(data)
        return 0
    zone = _zone(cli)
    _print_entry(cli, entry)
    for v in versions:
        approved = (
            translate("CLI", ", approved {when}").format(when=tz.format_instant(v.approved_at, zone))
            if v.approved_at
            else ""
        )
        cli.print(
            translate("CLI", "  version {n}: {who}, {when}{approved}").format(
                n=v.number, who=v.written_by, when=tz.format_instant(v.written_at, zone), approved=approved
            )
        )
    cli.print("")
    cli.print(translate("CLI", "Version {n}: {title}").format(n=shown.number, title=shown.title))
    cli.print(shown.body)
    return 0


def add_entry(args, cli) -> int:
    entry = _service(cli).add(
        args.title, _body(args, True) or "", category_id=_category_id(cli, args.category), language=args.lang
    )
    if args.json:
        cli.print_json(_entry_json(entry))
    else:
        cli.print(
            translate(
                "CLI", "Wrote knowledge-base entry {id}; a reviewer approves it before the hotline sees it."
            ).format(id=entry.id)
        )
    return 0


def edit_entry(args, cli) -> int:
    service = _service(cli)
    current = service.get(args.id)
    body = _body(args, False)
    entry = service.edit(
        args.id,
        args.title if args.title is not None else current.title,
        body if body is not None else current.body,
        category_id=_category_id(cli, args.category),
        expected_version=args.expect_version,
    )
    if args.json:
        cli.print_json(_entry_json(entry))
    elif entry.number == current.number:
        cli.print(
            translate("CLI", "Nothing changed; entry {id} stays at version {n}.").format(
                id=entry.id, n=entry.number
            )
        )
    else:
        cli.print(
            translate("CLI", "Saved version {n} of entry {id}; it waits for a reviewer's approval.").format(
                n=entry.number, id=entry.id
            )
        )
    return 0


def approve_entry(args, cli) -> int:
    entry = _service(cli).approve(args.id, args.version)
    if args.json:
        cli.print_json(_entry_json(entry))
    else:
        cli.print(
            translate("CLI", "Approved version {n} of entry {id}: the hotline offers it now.").format(
                n=entry.approved_number, id=entry.id
            )
        )
    return 0
