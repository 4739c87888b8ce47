"""``commdesk db upgrade|check|repair``."""

from __future__ import annotations

from commdesk.core.i18n import translate


def register(sub) -> None:
    db = sub.add_parser("db", help=translate("CLI", "database schema and health: upgrade, check, repair"))
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
    left = health.schema_problems(engine, st.current, st.up_to_date)
    for p in left:
        cli.err.write(f"commdesk: {p}\n")
    return 1 if left else 0
