"""``commdesk contacts import|export|list|duplicates|merge|undo-merge`` for administrators and scripts.

``contacts list --json`` prints an array of objects with ``id, name, pinyin, outlet, title, emails,
phones`` (E.164), ``beats, lists, owner, do_not_contact`` (channels), ``tier, status``.
"""
from __future__ import annotations

from ..core.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("contacts", help=translate("CLI", "media contacts: import, export, list, duplicates"))
    ps = p.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    im = ps.add_parser("import", help=translate(
        "CLI", "import contacts from CSV, Excel (.xlsx) or vCard; all or nothing unless --skip-invalid"))
    from ..core.contacts.records import CONTACT_FIELDS, MERGE_CHOICES

    im.add_argument("file")
    im.add_argument("--dry-run", action="store_true", help=translate("CLI", "report only; write nothing"))
    im.add_argument("--skip-invalid", action="store_true", help=translate(
        "CLI", "import the valid rows and leave out the rejected ones"))
    im.add_argument("--encoding", metavar="ENC", help=translate("CLI", "text encoding (default: detected)"))
    im.add_argument("--map", dest="mapping", action="append", default=[], metavar="COLUMN=FIELD", help=translate(
        "CLI", "map a column to a contact field (e.g. 手机=phone:mobile, Remarks=notes, Fax=ignore); repeatable"))
    im.add_argument("--list", dest="list_name", metavar="NAME", help=translate(
        "CLI", "also put the imported contacts on this static list (made if missing)"))
    im.add_argument("--keep-existing", action="append", default=[], metavar="FIELD",
                    choices=(*CONTACT_FIELDS, "all"), help=translate(
        "CLI", "keep the stored value of this field of existing contacts (e.g. title; 'all' for every field); "
               "repeatable; --dry-run shows each change"))
    im.add_argument("--replace-notes", action="store_true", help=translate(
        "CLI", "replace the notes of existing contacts with the file's (default: the file's notes are appended)"))
    im.set_defaults(func=import_contacts)
    ex = ps.add_parser("export", help=translate("CLI", "export contacts (format from the file name if not given)"))
    ex.add_argument("file")
    ex.add_argument("--format", choices=["csv", "xlsx", "vcf", "pdf"])
    ex.add_argument("--list", dest="list_name", metavar="NAME", help=translate(
        "CLI", "only this distribution list (a mailing export: do-not-contact left out)"))
    ex.add_argument("--search", metavar="TEXT", default="", help=translate("CLI", "only contacts matching TEXT"))
    ex.add_argument("--encoding", default="utf-8-sig", help=translate(
        "CLI", "CSV encoding: utf-8-sig (default, for Excel) or gb18030"))
    ex.set_defaults(func=export_contacts)
    ls = ps.add_parser("list", help=translate("CLI", "list contacts"))
    ls.add_argument("--search", metavar="TEXT", default="", help=translate(
        "CLI", "name, pinyin or initials, outlet, beat, e-mail, phone or notes"))
    ls.add_argument("--list", dest="list_name", metavar="NAME", help=translate("CLI", "only this distribution list"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_contacts)
    du = ps.add_parser("duplicates", help=translate("CLI", "groups of likely duplicate contacts (CR-4)"))
    du.add_argument("--json", action="store_true")
    du.set_defaults(func=duplicates)
    me = ps.add_parser("merge", help=translate(
        "CLI", "merge OTHER into KEEP: KEEP's values unless --other names the field; lists combined"))
    me.add_argument("keep_id", type=int, metavar="KEEP")
    me.add_argument("other_id", type=int, metavar="OTHER")
    me.add_argument("--keep", dest="keep_fields", action="append", default=[], choices=MERGE_CHOICES,
                    metavar="FIELD", help=translate("CLI", "take this field from KEEP (lists: only KEEP's); repeatable"))
    me.add_argument("--other", dest="other_fields", action="append", default=[], choices=MERGE_CHOICES,
                    metavar="FIELD", help=translate("CLI", "take this field from OTHER; repeatable"))
    me.set_defaults(func=merge_contacts)
    um = ps.add_parser("undo-merge", help=translate("CLI", "undo a merge (its id as printed by merge)"))
    um.add_argument("merge_id", type=int, metavar="MERGE")
    um.add_argument("--discard-changes", action="store_true", help=translate(
        "CLI", "undo even though the kept contact was edited after the merge (those edits are lost)"))
    um.set_defaults(func=undo_merge)


def _list_id(cli, name):
    if not name:
        return None
    from ..core.services.contacts_lists import ListService

    return cli.ctx.service(ListService).find(name).id


def import_contacts(args, cli) -> int:
    from ..core.contacts.importing.plan import KEEP, NEW, REPLACE, resolve_choices
    from ..core.contacts.labels import value_text
    from ..core.contacts.records import field_label
    from ..core.services.contacts_import import ImportService, counts_text

    svc = cli.ctx.service(ImportService)
    preview = svc.plan(args.file, encoding=args.encoding, mapping_overrides=args.mapping)
    keep = set(args.keep_existing)
    default = KEEP if "all" in keep else NEW
    choices = {}
    for p in preview.plan.update:
        mine = {f: KEEP for f in p.changed if f in keep}
        if args.replace_notes and "notes" in p.changed and "notes" not in keep:
            mine["notes"] = REPLACE
        if mine:
            choices[p.key] = mine
    plan = resolve_choices(preview.plan, choices, default) if choices or default != NEW else preview.plan
    for r in plan.rejected:
        cli.print(str(r))
    for file, row, first in plan.merged_rows():
        cli.print(translate("CLI", "{file}:{row}: the same person as row {first}; merged into row {first}").format(
            file=file, row=row, first=first))
    if args.dry_run:
        for p in plan.update:
            rows = ", ".join(str(n) for _, n in p.sources)
            cli.print(translate("CLI", "update #{id} {name} (rows {rows}):").format(
                id=p.key, name=p.before.display_name, rows=rows))
            for c in p.changes():
                old = value_text(c.field, c.old).replace("\n", " | ") or translate("CLI", "(empty)")
                new = value_text(c.field, c.new).replace("\n", " | ") or translate("CLI", "(empty)")
                cli.print(f"  {field_label(c.field)}: {old} → {new}")
    counts = plan.counts()
    rejected = counts.rejected
    if rejected and not args.skip_invalid:
        cli.print(counts_text(counts, planned=True) + translate(
            "CLI", "; nothing was imported (fix the rows above, or use --skip-invalid)"))
        return 1
    if args.dry_run:
        cli.print(counts_text(counts, planned=True) + translate("CLI", " (dry run: nothing was written)"))
        return 0
    result = svc.apply(preview, skip_invalid=args.skip_invalid, list_name=args.list_name, choices=choices,
                       default=default)
    cli.print(result.summary())
    return 0


def export_contacts(args, cli) -> int:
    from ..core.services.contacts import ContactQuery
    from ..core.services.contacts_export import ExportService

    q = ContactQuery(text=args.search) if args.search else None
    n = cli.ctx.service(ExportService).export(args.file, args.format, q=q, list_id=_list_id(cli, args.list_name),
                                              encoding=args.encoding)
    cli.print(translate("CLI", "{n} contacts written to {file}").format(n=n, file=args.file))
    return 0


def listing(cli, text: str, list_id: int | None) -> list[dict]:
    from ..core.services.contacts import ContactQuery, ContactService

    svc = cli.ctx.service(ContactService)
    ids = svc.ids(ContactQuery(text=text, list_id=list_id))
    summaries = {s.id: s for s in svc.summaries(ids)}
    records = svc.records(ids)
    lists = svc.memberships(ids)
    out = []
    for i in ids:
        s, r = summaries[i], records[i]
        out.append({"id": i, "name": s.name, "pinyin": s.pinyin, "outlet": s.outlet, "title": s.title,
                    "emails": [e.address for e in sorted(r.emails, key=lambda e: not e.primary)],
                    "phones": [p.number for p in sorted(r.phones, key=lambda p: not p.primary)],
                    "beats": list(s.beats), "lists": [n for _, n in lists.get(i, [])], "owner": s.owner,
                    "do_not_contact": list(s.do_not_contact), "tier": s.tier, "status": s.status})
    return out


def list_contacts(args, cli) -> int:
    rows = listing(cli, args.search, _list_id(cli, args.list_name))
    if args.json:
        cli.print_json(rows)
        return 0
    from ..core.contacts.labels import channel_label

    for r in rows:
        dnc = translate("CLI", "  [do not contact: {channels}]").format(
            channels=", ".join(channel_label(c) for c in r["do_not_contact"])) if r["do_not_contact"] else ""
        cli.print(f"{r['id']:>6}  {r['name']}  {r['outlet']}  {r['title']}  "
                  f"{(r['emails'] or [''])[0]}  {(r['phones'] or [''])[0]}{dnc}".rstrip())
    cli.print(translate("CLI", "{n} contacts").format(n=len(rows)))
    return 0


def duplicates(args, cli) -> int:
    from ..core.services.contacts import ContactService

    svc = cli.ctx.service(ContactService)
    groups = svc.duplicate_groups()
    names = {s.id: s for s in svc.summaries([i for ids, _ in groups for i in ids])}
    if args.json:
        cli.print_json([{"ids": list(ids), "reason": why,
                         "contacts": [{"id": i, "name": names[i].name, "outlet": names[i].outlet,
                                       "email": names[i].email, "phone": names[i].phone} for i in ids]}
                        for ids, why in groups])
        return 0
    for ids, why in groups:
        cli.print(f"{why}:")
        for i in ids:
            s = names[i]
            cli.print(f"  {i:>6}  {s.name}  {s.outlet}  {s.email}  {s.phone}".rstrip())
    cli.print(translate("CLI", "{n} groups of likely duplicates").format(n=len(groups)))
    return 0


def merge_contacts(args, cli) -> int:
    from ..core.errors import ValidationError
    from ..core.services.contacts import ContactService

    both = sorted(set(args.keep_fields) & set(args.other_fields))
    if both:
        raise ValidationError({"choices": translate(
            "CLI", "Choose each field once, with --keep or --other; both given: {fields}.").format(
            fields=", ".join(both))})
    choices = {f: "keep" for f in args.keep_fields} | {f: "other" for f in args.other_fields}
    merge_id = cli.ctx.service(ContactService).merge(args.keep_id, args.other_id, choices)
    cli.print(translate("CLI", "Contact {other} merged into {keep} (merge {id}; undo with: commdesk contacts "
                               "undo-merge {id})").format(other=args.other_id, keep=args.keep_id, id=merge_id))
    return 0


def undo_merge(args, cli) -> int:
    from ..core.services.contacts import ContactService

    cli.ctx.service(ContactService).undo_merge(args.merge_id, discard_changes=args.discard_changes)
    cli.print(translate("CLI", "Merge {id} undone").format(id=args.merge_id))
    return 0
