"""``commdesk contacts import|export|list|duplicates|add|edit|dnc|merge|undo-merge`` for administrators and scripts.

``add``, ``edit`` and ``dnc`` are thin shells over ``ContactService`` (its validation, CR-1, and role checks).

``contacts list --json`` prints an array of objects with ``id, name, pinyin, outlet, title, emails,
phones`` (E.164), ``beats, lists, owner, do_not_contact`` (channels), ``tier, status, version`` (for ``edit --expect-version``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from commdesk.core.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "contacts",
        help=translate(
            "CLI", "media contacts: import, export, list, duplicates, add, edit, dnc, merge, undo-merge"
        ),
    )
    ps = p.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    im = ps.add_parser(
        "import",
        help=translate(
            "CLI", "import contacts from CSV, Excel (.xlsx) or vCard; all or nothing unless --skip-invalid"
        ),
    )
    from commdesk.core.contacts.records import CONTACT_FIELDS, MERGE_CHOICES

    im.add_argument("file")
    im.add_argument("--dry-run", action="store_true", help=translate("CLI", "report only; write nothing"))
    im.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate("CLI", "import the valid rows and leave out the rejected ones"),
    )
    im.add_argument("--encoding", metavar="ENC", help=translate("CLI", "text encoding (default: detected)"))
    im.add_argument(
        "--map",
        dest="mapping",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=translate(
            "CLI",
            "map a column to a contact field (e.g. 手机=phone:mobile, Remarks=notes, Fax=ignore); repeatable",
        ),
    )
    im.add_argument(
        "--list",
        dest="list_name",
        metavar="NAME",
        help=translate("CLI", "also put the imported contacts on this static list (made if missing)"),
    )
    im.add_argument(
        "--keep-existing",
        action="append",
        default=[],
        metavar="FIELD",
        choices=(*CONTACT_FIELDS, "all"),
        help=translate(
            "CLI",
            "keep the stored value of this field of existing contacts (e.g. title; 'all' for every field); "
            "repeatable; --dry-run shows each change",
        ),
    )
    im.add_argument(
        "--replace-notes",
        action="store_true",
        help=translate(
            "CLI",
            "replace the notes of existing contacts with the file's (default: the file's notes are appended)",
        ),
    )
    im.set_defaults(func=import_contacts)
    ex = ps.add_parser(
        "export", help=translate("CLI", "export contacts (format from the file name if not given)")
    )
    ex.add_argument("file")
    ex.add_argument("--format", choices=["csv", "xlsx", "vcf", "pdf"])
    ex.add_argument(
        "--list",
        dest="list_name",
        metavar="NAME",
        help=translate("CLI", "only this distribution list (a mailing export: do-not-contact left out)"),
    )
    ex.add_argument(
        "--search", metavar="TEXT", default="", help=translate("CLI", "only contacts matching TEXT")
    )
    ex.add_argument(
        "--encoding",
        default="utf-8-sig",
        help=translate("CLI", "CSV encoding: utf-8-sig (default, for Excel) or gb18030"),
    )
    ex.set_defaults(func=export_contacts)
    ls = ps.add_parser("list", help=translate("CLI", "list contacts"))
    ls.add_argument(
        "--search",
        metavar="TEXT",
        default="",
        help=translate("CLI", "name, pinyin or initials, outlet, beat, e-mail, phone or notes"),
    )
    ls.add_argument(
        "--list", dest="list_name", metavar="NAME", help=translate("CLI", "only this distribution list")
    )
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_contacts)
    du = ps.add_parser("duplicates", help=translate("CLI", "groups of likely duplicate contacts (CR-4)"))
    du.add_argument("--json", action="store_true")
    du.set_defaults(func=duplicates)
    from commdesk.core.contacts.records import Status, Tier

    for name in ("add", "edit"):
        new = name == "add"
        ed = ps.add_parser(
            name,
            help=translate("CLI", "add a media contact")
            if new
            else translate(
                "CLI",
                "change a contact; only the options given change (--email and --phone replace the list)",
            ),
        )
        if new:
            ed.add_argument(
                "name", metavar="NAME", help=translate("CLI", "full name, e.g. 王伟 or Anna Berg")
            )
        else:
            ed.add_argument("id", type=int)
            ed.add_argument("--name", metavar="NAME", help=translate("CLI", "full name"))
        ed.add_argument(
            "--email",
            dest="emails",
            action="append",
            metavar="[LABEL:]ADDRESS",
            help=translate(
                "CLI", "e-mail address, e.g. work:wang@example.cn; the first is the primary one; repeatable"
            ),
        )
        ed.add_argument(
            "--phone",
            dest="phones",
            action="append",
            metavar="[LABEL:]NUMBER",
            help=translate(
                "CLI", "phone number, e.g. mobile:13800138000; the first is the primary one; repeatable"
            ),
        )
        ed.add_argument("--outlet", metavar="NAME")
        ed.add_argument("--title", metavar="TEXT")
        ed.add_argument(
            "--beat",
            dest="beats",
            action="append",
            metavar="BEAT",
            help=translate("CLI", "a beat (topic covered); repeatable"),
        )
        ed.add_argument(
            "--owner", metavar="NAME", help=translate("CLI", "the person in commdesk who looks after them")
        )
        ed.add_argument("--tier", choices=[t.value for t in Tier])
        ed.add_argument("--status", choices=[s.value for s in Status])
        ed.add_argument("--notes", metavar="TEXT")
        ed.add_argument(
            "--list",
            dest="lists",
            action="append",
            default=[],
            metavar="LIST",
            help=translate("CLI", "also put the contact on this static distribution list; repeatable"),
        )
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
        ed.add_argument("--json", action="store_true")
        ed.set_defaults(func=add_contact if new else edit_contact)
    dn = ps.add_parser(
        "dnc",
        help=translate(
            "CLI",
            "mark a contact do-not-contact on a channel (anyone), or lift it with --off (administrators)",
        ),
    )
    dn.add_argument("id", type=int)
    dn.add_argument("--channel", required=True, choices=["email", "phone", "mail"])
    dn.add_argument(
        "--reason",
        default="",
        metavar="TEXT",
        help=translate("CLI", "why (required to mark), e.g. asked by phone on 3 May"),
    )
    dn.add_argument(
        "--expires", metavar="DATE", help=translate("CLI", "until this day (YYYY-MM-DD); default: for good")
    )
    dn.add_argument(
        "--off", action="store_true", help=translate("CLI", "lift the do-not-contact on this channel")
    )
    dn.add_argument("--json", action="store_true")
    dn.set_defaults(func=do_not_contact)
    me = ps.add_parser(
        "merge",
        help=translate(
            "CLI",
            "merge OTHER into KEEP (administrators): KEEP's values unless a field is taken from OTHER; "
            "lists combined; --dry-run shows the result",
        ),
    )
    me.add_argument("keep_id", type=int, metavar="KEEP")
    me.add_argument("other_id", type=int, metavar="OTHER")
    me.add_argument(
        "--keep",
        dest="keep_fields",
        action="append",
        default=[],
        metavar="FIELD[=left|right]",
        help=translate(
            "CLI",
            "take this field from KEEP (left, the default) or from OTHER (right); lists: only that "
            "side's; repeatable. Fields: {fields}",
        ).format(fields=", ".join(MERGE_CHOICES)),
    )
    me.add_argument(
        "--other",
        dest="other_fields",
        action="append",
        default=[],
        choices=MERGE_CHOICES,
        metavar="FIELD",
        help=translate("CLI", "take this field from OTHER (as --keep FIELD=right); repeatable"),
    )
    me.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CLI", "show the merged contact, each change as field: old → new; write nothing"),
    )
    me.add_argument("--json", action="store_true")
    me.set_defaults(func=merge_contacts)
    um = ps.add_parser("undo-merge", help=translate("CLI", "undo a merge (its id as printed by merge)"))
    um.add_argument("merge_id", type=int, metavar="MERGE")
    um.add_argument(
        "--discard-changes",
        action="store_true",
        help=translate(
            "CLI", "undo even though the kept contact was edited after the merge (those edits are lost)"
        ),
    )
    um.add_argument("--json", action="store_true")
    um.set_defaults(func=undo_merge)


def _list_id(cli, name):
    if not name:
        return None
    from commdesk.services.contacts.lists import ContactListService

    return cli.ctx.service(ContactListService).find(name).id


def import_contacts(args, cli) -> int:
    from commdesk.core.contacts.importing.plan import KEEP, NEW, REPLACE, resolve_choices
    from commdesk.core.contacts.labels import value_text
    from commdesk.core.contacts.records import field_label
    from commdesk.services.contacts.importing import ContactImportService, counts_text

    svc = cli.ctx.service(ContactImportService)
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
        cli.print(
            translate("CLI", "{file}:{row}: the same person as row {first}; merged into row {first}").format(
                file=file, row=row, first=first
            )
        )
    if args.dry_run:
        for p in plan.update:
            rows = ", ".join(str(n) for _, n in p.sources)
            cli.print(
                translate("CLI", "update #{id} {name} (rows {rows}):").format(
                    id=p.key, name=p.before.display_name, rows=rows
                )
            )
            for c in p.changes():
                old = value_text(c.field, c.old).replace("\n", " | ") or translate("CLI", "(empty)")
                new = value_text(c.field, c.new).replace("\n", " | ") or translate("CLI", "(empty)")
                cli.print(f"  {field_label(c.field)}: {old} → {new}")
    counts = plan.counts()
    rejected = counts.rejected
    if rejected and not args.skip_invalid:
        cli.print(
            counts_text(counts, planned=True)
            + translate("CLI", "; nothing was imported (fix the rows above, or use --skip-invalid)")
        )
        return 1
    if args.dry_run:
        cli.print(counts_text(counts, planned=True) + translate("CLI", " (dry run: nothing was written)"))
        return 0
    result = svc.apply(
        preview, skip_invalid=args.skip_invalid, list_name=args.list_name, choices=choices, default=default
    )
    cli.print(result.summary())
    return 0


def export_contacts(args, cli) -> int:
    from commdesk.services.contacts.export import ContactExportService
    from commdesk.services.contacts.service import ContactQuery

    q = ContactQuery(text=args.search) if args.search else None
    n = cli.ctx.service(ContactExportService).export(
        args.file, args.format, q=q, list_id=_list_id(cli, args.list_name), encoding=args.encoding
    )
    cli.print(translate("CLI", "{n} contacts written to {file}").format(n=n, file=args.file))
    return 0


def listing(cli, text: str, list_id: int | None) -> list[dict]:
    from commdesk.services.contacts.service import ContactQuery, ContactService

    svc = cli.ctx.service(ContactService)
    ids = svc.ids(ContactQuery(text=text, list_id=list_id))
    summaries = {s.id: s for s in svc.summaries(ids)}
    records = svc.records(ids)
    lists = svc.memberships(ids)
    out = []
    for i in ids:
        s, r = summaries[i], records[i]
        out.append(
            {
                "id": i,
                "name": s.name,
                "pinyin": s.pinyin,
                "outlet": s.outlet,
                "title": s.title,
                "emails": [e.address for e in sorted(r.emails, key=lambda e: not e.primary)],
                "phones": [p.number for p in sorted(r.phones, key=lambda p: not p.primary)],
                "beats": list(s.beats),
                "lists": [n for _, n in lists.get(i, [])],
                "owner": s.owner,
                "do_not_contact": list(s.do_not_contact),
                "tier": s.tier,
                "status": s.status,
                "version": s.version,
            }
        )
    return out


def list_contacts(args, cli) -> int:
    rows = listing(cli, args.search, _list_id(cli, args.list_name))
    if args.json:
        cli.print_json(rows)
        return 0
    from commdesk.core.contacts.labels import channel_label

    for r in rows:
        dnc = (
            translate("CLI", "  [do not contact: {channels}]").format(
                channels=", ".join(channel_label(c) for c in r["do_not_contact"])
            )
            if r["do_not_contact"]
            else ""
        )
        cli.print(
            f"{r['id']:>6}  {r['name']}  {r['outlet']}  {r['title']}  "
            f"{(r['emails'] or [''])[0]}  {(r['phones'] or [''])[0]}{dnc}".rstrip()
        )
    cli.print(translate("CLI", "{n} contacts").format(n=len(rows)))
    return 0


def duplicates(args, cli) -> int:
    from commdesk.services.contacts.service import ContactService

    svc = cli.ctx.service(ContactService)
    groups = svc.duplicate_groups()
    names = {s.id: s for s in svc.summaries([i for ids, _ in groups for i in ids])}
    if args.json:
        cli.print_json(
            [
                {
                    "ids": list(ids),
                    "reason": why,
                    "contacts": [
                        {
                            "id": i,
                            "name": names[i].name,
                            "outlet": names[i].outlet,
                            "email": names[i].email,
                            "phone": names[i].phone,
                        }
                        for i in ids
                    ],
                }
                for ids, why in groups
            ]
        )
        return 0
    for ids, why in groups:
        cli.print(f"{why}:")
        for i in ids:
            s = names[i]
            cli.print(f"  {i:>6}  {s.name}  {s.outlet}  {s.email}  {s.phone}".rstrip())
    cli.print(translate("CLI", "{n} groups of likely duplicates").format(n=len(groups)))
    return 0


def _merge_choices(keep_fields: list[str], other_fields: list[str]) -> dict[str, str]:
    """``--keep FIELD[=left|right]`` and ``--other FIELD`` as the service's choices (field -> "keep" or
    "other"); a field chosen twice, an unknown field or side is refused naming it."""
    from commdesk.core.contacts.records import MERGE_CHOICES
    from commdesk.core.errors import ValidationError

    chosen: list[tuple[str, str]] = []
    for item in keep_fields:
        field, _, side = item.partition("=")
        field, side = field.strip(), side.strip().lower() or "left"
        if field not in MERGE_CHOICES:
            raise ValidationError(
                {
                    "choices": translate(
                        "CLI", "--keep {item}: no contact field is called '{field}'; the fields are {fields}."
                    ).format(item=item, field=field, fields=", ".join(MERGE_CHOICES))
                }
            )
        if side not in ("left", "right"):
            raise ValidationError(
                {
                    "choices": translate(
                        "CLI", "--keep {item}: say left (KEEP's value) or right (OTHER's), e.g. title=right."
                    ).format(item=item)
                }
            )
        chosen.append((field, "keep" if side == "left" else "other"))
    chosen += [(field, "other") for field in other_fields]
    choices: dict[str, str] = {}
    twice: set[str] = set()
    for field, side in chosen:
        if choices.get(field, side) != side:
            twice.add(field)
        choices[field] = side
    if twice:
        raise ValidationError(
            {
                "choices": translate(
                    "CLI", "Choose each field once, from KEEP or from OTHER; both given: {fields}."
                ).format(fields=", ".join(sorted(twice)))
            }
        )
    return choices


def merge_contacts(args, cli) -> int:
    from commdesk.services.contacts.service import ContactService

    choices = _merge_choices(args.keep_fields, args.other_fields)
    svc = cli.ctx.service(ContactService)
    if args.dry_run:
        return _merge_preview(args, cli, svc, choices)
    merge_id = svc.merge(args.keep_id, args.other_id, choices)
    if args.json:
        cli.print_json(
            {
                "merge": merge_id,
                "keep": args.keep_id,
                "other": args.other_id,
                "contact": _contact_json(svc.get(args.keep_id)),
            }
        )
        return 0
    cli.print(
        translate(
            "CLI",
            "Contact {other} merged into {keep} (merge {id}; undo with: commdesk contacts undo-merge {id})",
        ).format(other=args.other_id, keep=args.keep_id, id=merge_id)
    )
    return 0


def _merge_preview(args, cli, svc, choices: dict[str, str]) -> int:
    """What ``merge`` would make of KEEP, refused as the merge itself would be; nothing is written."""
    from commdesk.core.contacts.labels import value_text
    from commdesk.core.contacts.records import CONTACT_FIELDS, field_label
    from commdesk.core.errors import ValidationError
    from commdesk.services.contacts.merge import merged_record

    svc.require_admin(translate("Contacts", "merge media contacts"))
    if args.keep_id == args.other_id:
        raise ValidationError({"other": translate("Contacts", "A contact cannot be merged with itself.")})
    keep, other = svc.get(args.keep_id), svc.get(args.other_id)
    if keep.deleted or other.deleted:
        raise ValidationError(
            {"other": translate("Contacts", "Restore the contact from the trash before merging it.")}
        )
    merged = svc.normalise(merged_record(keep.record, other.record, choices))
    changes = [
        (f, getattr(keep.record, f), getattr(merged, f))
        for f in CONTACT_FIELDS
        if getattr(keep.record, f) != getattr(merged, f)
    ]
    # the row's owner as the merge takes it: KEEP's unless OTHER's is chosen or KEEP has none
    theirs = choices.get("owner") == "other" or (
        "owner" not in choices and keep.owner_id is None and other.owner_id is not None
    )
    owner = other.owner if theirs else keep.owner
    if owner != keep.owner:
        changes.append(("owner", keep.owner, owner))
    if args.json:
        merged_detail = replace(
            keep,
            record=merged,
            owner=owner,
            lists=tuple(dict.fromkeys(keep.lists + other.lists)),
            consents=keep.consents + other.consents,
        )
        preview = _contact_json(merged_detail)
        del preview["version"]
        cli.print_json(
            {
                "dry_run": True,
                "keep": args.keep_id,
                "other": args.other_id,
                "contact": preview,
                "changes": [
                    {"field": f, "old": value_text(f, old), "new": value_text(f, new)}
                    for f, old, new in changes
                ],
            }
        )
        return 0
    cli.print(
        translate("CLI", "merge #{other} {other_name} into #{keep} {keep_name}:").format(
            other=args.other_id,
            other_name=other.record.display_name,
            keep=args.keep_id,
            keep_name=keep.record.display_name,
        )
    )
    for f, old, new in changes:
        before = value_text(f, old).replace("\n", " | ") or translate("CLI", "(empty)")
        after = value_text(f, new).replace("\n", " | ") or translate("CLI", "(empty)")
        cli.print(f"  {field_label(f)}: {before} → {after}")
    if not changes:
        cli.print("  " + translate("CLI", "(no field of KEEP changes)"))
    cli.print(
        translate(
            "CLI",
            "Dry run: nothing was written. The merge also moves OTHER's history, do-not-contact entries "
            "and list memberships to KEEP.",
        )
    )
    return 0


def undo_merge(args, cli) -> int:
    from commdesk.services.contacts.service import ContactService

    cli.ctx.service(ContactService).undo_merge(args.merge_id, discard_changes=args.discard_changes)
    if args.json:
        cli.print_json({"merge": args.merge_id, "undone": True})
        return 0
    cli.print(translate("CLI", "Merge {id} undone").format(id=args.merge_id))
    return 0


# ------------------------------------------------------------------------------------ writing
_CLEARABLE = ("title", "outlet", "beats", "emails", "phones", "owner", "tier", "notes")
_LABELLED = re.compile(r"^\s*([^:：@+\d]{1,30})[:：]\s*(.+)$")


def _entries(values: list[str], kind):
    """'work:a@b.org' -> kind('work', 'a@b.org', primary), as the contact dialog reads its lines."""
    from commdesk.core.contacts.labels import entry_code

    out = []
    for value in values:
        m = _LABELLED.match(value)
        if m and not m[1].strip().lower().startswith(("mailto", "tel")):
            label, text = entry_code(m[1].strip()), m[2].strip()
        else:
            label, text = "", value.strip()
        if text:
            out.append(kind(label, text, not out))
    return out


def _owner_id(cli, name: str) -> int:
    from commdesk.services.people import PeopleService

    return cli.ctx.service(PeopleService).find(name).id


def _lists(cli, names: list[str]):
    """The static lists named by --list, looked up before anything is written."""
    from commdesk.core.errors import ValidationError
    from commdesk.services.contacts.lists import ContactListService

    found = [cli.ctx.service(ContactListService).find(n) for n in dict.fromkeys(names)]
    for d in found:
        if d.smart:
            raise ValidationError(
                {
                    "list": translate(
                        "CLI",
                        "--list: {name} is a smart list (a saved search); its members follow the search.",
                    ).format(name=d.name)
                }
            )
    return found


def _record(cli, args, record):
    """``record`` with the options' changes."""
    from commdesk.core.contacts.records import Email, Phone, Status, Tier

    changes: dict = {}
    for f in getattr(args, "clear", []):
        if f in ("beats", "emails", "phones"):
            changes[f] = []
        elif f == "tier":
            changes[f] = None
        elif f != "owner":
            changes[f] = ""
    name = getattr(args, "name", None)
    if name is not None:  # the name as typed; the service splits it into family and given name
        changes.update(full_name=name, family_name="", given_name="", pinyin="")
    for option in ("outlet", "title", "notes"):
        if getattr(args, option) is not None:
            changes[option] = getattr(args, option)
    if "outlet" in changes:
        changes["outlets"] = [o for o in record.outlets if o != changes["outlet"]]
    if args.beats is not None:
        changes["beats"] = args.beats
    if args.emails is not None:
        changes["emails"] = _entries(args.emails, Email)
    if args.phones is not None:
        changes["phones"] = _entries(args.phones, Phone)
    if args.tier is not None:
        changes["tier"] = Tier(args.tier)
    if args.status is not None:
        changes["status"] = Status(args.status)
    return record.copy(**changes)


def _contact_json(d) -> dict:
    r = d.record
    return {
        "id": d.id,
        "version": d.version,
        "name": r.display_name,
        "pinyin": r.pinyin,
        "outlet": r.outlet,
        "title": r.title,
        "emails": [e.address for e in sorted(r.emails, key=lambda e: not e.primary)],
        "phones": [p.number for p in sorted(r.phones, key=lambda p: not p.primary)],
        "beats": list(r.beats),
        "lists": [n for _, n in d.lists],
        "owner": d.owner,
        "tier": r.tier.value if r.tier else None,
        "status": r.status.value if r.status else None,
        "notes": r.notes,
        "do_not_contact": [
            {
                "channel": c.channel,
                "reason": c.reason,
                "set_by": c.set_by,
                "expires": c.expires.isoformat() if c.expires else None,
            }
            for c in d.consents
        ],
    }


def _show(args, cli, detail, message: str) -> int:
    if args.json:
        cli.print_json(_contact_json(detail))
    else:
        cli.print(message)
    return 0


def _add_to_lists(cli, contact_id: int, lists) -> None:
    from commdesk.services.contacts.lists import ContactListService

    for d in lists:
        cli.ctx.service(ContactListService).add(d.id, [contact_id])


def add_contact(args, cli) -> int:
    from commdesk.core.contacts.records import ContactRecord
    from commdesk.services.contacts.service import ContactService

    svc = cli.ctx.service(ContactService)
    owner = _owner_id(cli, args.owner) if args.owner else None
    lists = _lists(cli, args.lists)
    detail = svc.create(_record(cli, args, ContactRecord(full_name=args.name)), owner_id=owner)
    if lists:
        _add_to_lists(cli, detail.id, lists)
        detail = svc.get(detail.id)
    for d in svc.likely_duplicates(detail.record, exclude_id=detail.id)[:5]:
        print(
            translate(
                "CLI",
                "warning: possibly the same person as contact {id} {name} ({outlet}); "
                "see: commdesk contacts duplicates",
            ).format(id=d.id, name=d.name, outlet=d.outlet or "—"),
            file=cli.err,
        )
    return _show(
        args,
        cli,
        detail,
        translate("CLI", "Contact {id} added: {name}").format(id=detail.id, name=detail.record.display_name),
    )


def edit_contact(args, cli) -> int:
    from commdesk.core.errors import CommdeskError, ConflictError
    from commdesk.services.contacts.service import ContactService

    svc = cli.ctx.service(ContactService)
    detail = svc.get(args.id)
    extra = {}
    if "owner" in args.clear:
        extra["owner_id"] = None
    elif args.owner:
        extra["owner_id"] = _owner_id(cli, args.owner)
    lists = _lists(cli, args.lists)
    version = detail.version if args.expect_version is None else args.expect_version
    try:
        detail = svc.update(args.id, _record(cli, args, detail.record), expected_version=version, **extra)
    except ConflictError as exc:
        theirs = getattr(exc.theirs, "version", None)
        raise CommdeskError(
            str(exc)
            + " "
            + translate(
                "CLI",
                "Nothing was saved; look at the stored contact (commdesk contacts list --json) and edit again "
                "with --expect-version {version}.",
            ).format(version=theirs)
        ) from None
    if lists:
        _add_to_lists(cli, detail.id, lists)
        detail = svc.get(detail.id)
    return _show(
        args,
        cli,
        detail,
        translate("CLI", "Contact {id} saved: {name}").format(id=detail.id, name=detail.record.display_name),
    )


def do_not_contact(args, cli) -> int:
    from commdesk.core.contacts.labels import channel_label
    from commdesk.services.contacts.service import ContactService

    svc = cli.ctx.service(ContactService)
    if args.off:
        svc.lift_do_not_contact(args.id, args.channel)
        message = translate("CLI", "Contact {id} may be contacted by {channel} again.")
    else:
        expires = _date(args.expires, "--expires")
        svc.set_do_not_contact(args.id, args.channel, args.reason, expires)
        message = translate("CLI", "Contact {id} is marked do-not-contact by {channel}.")
    return _show(args, cli, svc.get(args.id), message.format(id=args.id, channel=channel_label(args.channel)))


def _date(text: str | None, option: str):
    from datetime import date

    from commdesk.core.errors import ValidationError

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            {
                "expires": translate("CLI", "{option} needs a date like 2026-12-01, not '{value}'.").format(
                    option=option, value=text
                )
            }
        ) from None
