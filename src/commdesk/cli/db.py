"""``commdesk db upgrade|check|repair|copy``."""

from __future__ import annotations

from commdesk.core.errors import CommdeskError
from commdesk.core.i18n import translate


def register(sub) -> None:
    db = sub.add_parser(
        "db", help=translate("CLI", "database schema and health: upgrade, check, repair; copy a database")
    )
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dbsub.add_parser("upgrade", help=translate("CLI", "bring the schema up to date (backup first)"))
    up.set_defaults(func=upgrade)
    check = dbsub.add_parser("check", help=translate("CLI", "integrity check and schema revision"))
    check.set_defaults(func=check_db)
    repair = dbsub.add_parser(
        "repair",
        help=translate("CLI", "rebuild what can be rebuilt: the contacts search index, indexes and triggers"),
    )
    repair.set_defaults(func=repair_db)
    copy = dbsub.add_parser(
        "copy",
        help=translate(
            "CLI",
            "copy a whole database into an empty one: a desk's file onto a server, or a server into a new file",
        ),
        description=translate(
            "CLI",
            "Copy every row of SOURCE into TARGET, all or nothing, and compare the rows of every table "
            "(the audit log row for row, its hash chain verified on TARGET). TARGET is an empty "
            "PostgreSQL database or a file that does not exist yet. Passwords: leave them out of the "
            "URLs; commdesk asks for them and keeps them in the keyring.",
        ),
    )
    copy.add_argument("source", metavar="SOURCE", help=translate("CLI", "database file or URL to copy"))
    copy.add_argument(
        "target", metavar="TARGET", help=translate("CLI", "empty server database URL, or a new file")
    )
    copy.set_defaults(func=copy_db)


def upgrade(args, cli) -> int:
    opened = cli.opened(migrate=True)
    res = opened.upgrade
    if res is not None and res.changed:
        cli.print(
            translate("CLI", "Upgraded {db} to revision {rev}.").format(
                db=opened.target.display, rev=", ".join(sorted(res.after))
            )
        )
        if res.backup:
            cli.print(translate("CLI", "Backup of the previous state: {path}").format(path=res.backup))
    else:
        cli.print(
            translate("CLI", "{db} is up to date (revision {rev}).").format(
                db=opened.target.display, rev=", ".join(sorted(res.after if res else []))
            )
        )
    return 0


def check_db(args, cli) -> int:
    from commdesk.persistence import health, schema

    opened = cli.opened(migrate=False)
    engine = opened.ctx.engine
    st = schema.status(engine)
    problems = schema.integrity_problems(engine)
    if not problems:
        problems = health.schema_problems(engine, st.current, st.up_to_date)
    if not problems and st.up_to_date:
        from commdesk.services.audit import check_seen_head, location
        from commdesk.services.settings import SettingsService

        problems = health.audit_problems(engine, opened.ctx.service(SettingsService).time_zone())
        with engine.connect() as conn:  # and against the last head this computer saw
            seen = check_seen_head(conn, location(opened.ctx), advance=not problems)
        if seen.problem:
            problems.append(
                translate(
                    "CLI",
                    "the audit log was tampered with: {problem}. Restore a backup made "
                    "before the change, or keep this database as evidence.",
                ).format(problem=seen.problem)
            )
    cli.print(translate("CLI", "Database: {db}").format(db=opened.target.display))
    cli.print(translate("CLI", "Schema revision: {rev}").format(rev=", ".join(sorted(st.current)) or "-"))
    if not st.up_to_date:
        cli.print(
            translate("CLI", "Schema is behind this commdesk ({heads}); run 'commdesk db upgrade'.").format(
                heads=", ".join(sorted(st.heads))
            )
        )
    for p in problems:
        cli.err.write(f"commdesk: {p}\n")
    if problems:
        cli.err.write(
            "commdesk: " + translate("CLI", "integrity check failed; see above for what to do.") + "\n"
        )
        return 1
    cli.print(translate("CLI", "Integrity check: ok"))
    return 0 if st.up_to_date else 1


def repair_db(args, cli) -> int:
    from commdesk.persistence import health, schema

    opened = cli.opened(migrate=True)
    engine = opened.ctx.engine
    problems = schema.integrity_problems(engine)
    if problems:  # damaged pages: rebuilding indexes on top of them would hide the damage
        for p in problems:
            cli.err.write(f"commdesk: {p}\n")
        cli.err.write(
            "commdesk: "
            + translate(
                "CLI",
                "the database file is damaged, which a repair cannot "
                "mend; restore the latest backup with 'commdesk restore FILE "
                "--force'.",
            )
            + "\n"
        )
        return 1
    st = schema.status(engine)
    result = health.repair(engine, st.current)
    for name in result.recreated:
        cli.print(translate("CLI", "Made again: {name}").format(name=name))
    for name in result.removed:
        cli.print(translate("CLI", "Removed (not part of commdesk): {name}").format(name=name))
    cli.print(translate("CLI", "Search index rebuilt for {n} contacts.").format(n=result.contacts_indexed))
    if result.cases_indexed:
        cli.print(translate("CLI", "Search index rebuilt for {n} cases.").format(n=result.cases_indexed))
    left = health.schema_problems(engine, st.current, st.up_to_date)
    for p in left:
        cli.err.write(f"commdesk: {p}\n")
    return 1 if left else 0


def copy_db(args, cli) -> int:
    from commdesk.persistence.db import set_busy_reporter
    from commdesk.services.db_copy import copy_database

    if args.db is not None:
        raise CommdeskError(
            translate(
                "CLI",
                "'db copy' takes the two databases as its arguments (SOURCE TARGET); leave out --db.",
            )
        )
    set_busy_reporter(lambda message: print(f"commdesk: {message}", file=cli.err, flush=True))
    report = copy_database(
        args.source, args.target, ask_password=cli._ask_password, progress=_CopyProgress(cli.err)
    )
    result = report.result
    cli.print(
        translate("CLI", "Copied {source} into {target}.").format(source=report.source, target=report.target)
    )
    width = max(len(c.table) for c in result.counts)
    table, source, target = (
        translate("CLI", "table"),
        translate("CLI", "source"),
        translate("CLI", "target"),
    )
    cli.print(f"  {table:<{width}}  {source:>10}  {target:>10}")
    equal, remade = translate("CLI", "equal"), translate("CLI", "made again for the target's search")
    for c in sorted(result.counts, key=lambda c: c.table):  # unequal counts undo the copy instead
        cli.print(f"  {c.table:<{width}}  {c.source:>10,}  {c.target:>10,}  {remade if c.derived else equal}")
    cli.print(
        translate("CLI", "Audit log: {n} entries copied; their hash chain verifies on the target.").format(
            n=f"{result.audit_entries:,}"
        )
    )
    cli.print(
        translate("CLI", "Search index made for {n} contacts. Schema revision: {rev}").format(
            n=f"{result.contacts_indexed:,}", rev=", ".join(sorted(result.revisions))
        )
    )
    return 0


class _CopyProgress:
    """How far the copy is, on stderr: a line when a table has been copying for a second since the
    last line, and one as each long step after the tables begins (a small database copies
    without a word)."""

    def __init__(self, err) -> None:
        import time

        self.err, self.clock = err, time.monotonic
        self.last = self.clock()

    def __call__(self, step: str, done: int, total: int) -> None:
        from commdesk.persistence.db_copy import BATCH, STEP_SEARCH, STEP_VERIFY

        now = self.clock()
        if step in (STEP_SEARCH, STEP_VERIFY):
            if done or total < BATCH:
                return
            if step == STEP_SEARCH:
                line = translate("CLI", "making the search index of {total} contacts…")
            else:
                line = translate("CLI", "verifying the hash chain of {total} audit entries…")
        elif now - self.last >= 1.0 and 0 < done < total:
            line = translate("CLI", "copying {table}: {done} of {total} rows")
        else:
            return
        self.last = now
        self.err.write("commdesk: " + line.format(table=step, done=f"{done:,}", total=f"{total:,}") + "\n")
        self.err.flush()
