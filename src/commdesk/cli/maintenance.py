"""``commdesk backup FILE``, ``restore FILE [--force]``, ``audit``, ``demo FILE``."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate


def register(sub) -> None:
    b = sub.add_parser("backup", help=translate("CLI", "consistent online backup to FILE"))
    b.add_argument("file", type=Path)
    b.set_defaults(func=backup)
    r = sub.add_parser("restore", help=translate("CLI", "restore a backup (verified first)"))
    r.add_argument("file", type=Path)
    r.add_argument(
        "--force", action="store_true", help=translate("CLI", "replace the content of a non-empty database")
    )
    r.set_defaults(func=restore)
    a = sub.add_parser(
        "audit", help=translate("CLI", "show the audit log (--json, --pdf), or check it (--verify)")
    )
    a.add_argument("--since", metavar="DATE", help=translate("CLI", "from this date (YYYY-MM-DD) on"))
    a.add_argument("--json", action="store_true", help=translate("CLI", "machine-readable output"))
    a.add_argument("--pdf", metavar="FILE", type=Path, help=translate("CLI", "write the log as a PDF"))
    a.add_argument(
        "--verify",
        action="store_true",
        help=translate("CLI", "check that no entry was deleted, added or changed (the log's hash chain)"),
    )
    a.set_defaults(func=audit)
    d = sub.add_parser(
        "demo",
        help=translate(
            "CLI", "create a new database at FILE full of sample data (everyone's passphrase: demo)"
        ),
    )
    d.add_argument("file", type=Path)
    d.set_defaults(func=demo)


def backup(args, cli) -> int:
    from commdesk.services import backup as svc

    info = svc.backup(cli.ctx, args.file)
    cli.print(
        translate("CLI", "Backup written to {path} ({rows} rows).").format(path=info.path, rows=info.rows)
    )
    return 0


def restore(args, cli) -> int:
    from commdesk.persistence import schema
    from commdesk.services import backup as svc

    svc.verify(args.file)  # before the target database is even opened
    opened = cli.opened(migrate=False)  # a damaged target need not upgrade: the restore replaces it
    if schema.status(opened.ctx.engine).empty:
        schema.upgrade(opened.ctx.engine)  # a new file: the schema first, to know who is restoring
    info = svc.restore(opened.ctx, args.file, force=args.force)
    from commdesk.services.audit import forget_seen_head, location

    with opened.ctx.engine.connect() as conn:  # the log now continues the backup's, by this restore
        forget_seen_head(conn, location(opened.ctx))
    cli.print(
        translate("CLI", "Restored {path} into {db} ({rows} rows).").format(
            path=args.file, db=cli.opened().target.display, rows=info.rows
        )
    )
    return 0


def parse_date(value: str, option: str, zone: str) -> datetime:
    """The start of the day ``value`` (YYYY-MM-DD) in ``zone`` (the organisation's), as a UTC instant."""
    from commdesk.core.timezones import to_utc, wall_clock

    try:
        d = datetime.strptime(value, "%Y-%m-%d")  # noqa: DTZ007 - a calendar day; the zone is applied below
    except ValueError:
        raise ValidationError(
            {
                option: translate(
                    "CLI", "'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01."
                ).format(value=value)
            }
        ) from None
    return to_utc(wall_clock(d.date(), time(0), zone))


def audit(args, cli) -> int:
    from commdesk.services.audit import AuditService

    if args.verify:
        return verify_audit(cli)
    if args.since:  # a wrong date is said before the database is opened
        parse_date(args.since, "--since", "UTC")
    service = cli.ctx.service(AuditService)
    zone = service.zone()
    since = parse_date(args.since, "--since", zone) if args.since else None
    if args.pdf:  # read from the database page by page as it is drawn, in the listing's words and zone
        from commdesk.services.reports import audit_report

        path = audit_report(cli.ctx, args.pdf, since=since, zone=zone)
        cli.print(translate("CLI", "Audit log written to {path}.").format(path=path))
        return 0
    entries = service.entries(since=since)
    if args.json:
        cli.print_json([e.as_json() for e in entries])
        return 0
    from commdesk.core.labels import action_label, field_label
    from commdesk.core.timezones import format_instant, zone_label
    from commdesk.services.audit import entry_value, record_label
    from commdesk.services.names import name_lookup

    titles, names = service.titles(entries), name_lookup(cli.ctx)
    cli.print(translate("CLI", "Times in {zone}.").format(zone=zone_label(None, zone)))
    for e in reversed(entries):
        old, new = (
            " ↵ ".join((entry_value(e, v, zone, titles, names=names) or "∅").splitlines())
            for v in (e.old, e.new)
        )
        change = f"{field_label(e.entity, e.field)}: {old} -> {new}" if e.field else (e.note or "")
        cli.print(
            f"{format_instant(e.at, zone, with_zone=False, fmt='%Y-%m-%d %H:%M:%S')}  {e.actor:<16} "
            f"{action_label(e.action):<8} {record_label(e.entity, e.entity_id, titles)}  {change}"
        )
    return 0


def verify_audit(cli) -> int:
    from commdesk.services.audit import AuditService, describe

    service = cli.ctx.service(AuditService)
    check = service.verify()
    headline, lines = describe(check, service.zone())
    if not check.ok:  # the one line on stderr; what was checked against what on stdout
        for line in lines:
            cli.print(line)
        cli.err.write(
            "commdesk: "
            + translate(
                "CLI", "the audit log was tampered with: {problem}. The chain is intact up to entry {n}."
            ).format(problem=check.problem, n=check.entries)
            + "\n"
        )
        return 1
    cli.print(headline)
    for line in lines:
        cli.print("  " + line)
    return 0


def demo(args, cli) -> int:
    from commdesk.demo import create_demo
    from commdesk.demo.foundation import PASSPHRASE

    counts = create_demo(args.file)
    cli.print(translate("CLI", "Demo database created at {path}:").format(path=args.file.resolve()))
    for label, n in counts.items():
        cli.print(f"  {label}: {n}")
    cli.print(translate("CLI", "Everyone's passphrase is: {passphrase}").format(passphrase=PASSPHRASE))
    cli.print(translate("CLI", "Open it with: commdesk --db {path}").format(path=args.file.resolve()))
    return 0
