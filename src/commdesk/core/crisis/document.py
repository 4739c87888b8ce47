"""The crisis timeline as a document of the document layer: the crisis's facts, its checklist,
the timeline (its times in the organisation's zone, named), the notes and the post-crisis review (EV-7)."""

from __future__ import annotations

from typing import Any

from commdesk.core.crisis import playbooks
from commdesk.core.documents.spec import (
    Block,
    BulletList,
    Document,
    Heading,
    KeyValue,
    Letterhead,
    Paragraph,
    Table,
)
from commdesk.core.i18n import translate
from commdesk.core.timezones import format_instant, zone_label


def timeline_document(
    timeline: Any, language: str = "zh-CN", letterhead: Letterhead | None = None, author: str = ""
) -> tuple[Document, list[Block]]:
    """``timeline`` (a ``services.crisis.Timeline``) as ``(Document, blocks)``."""
    crisis, zone = timeline.crisis, timeline.zone
    drill = translate("Crisis", "Drill") if crisis.drill else ""
    doc = Document(
        title=translate("Crisis", "Crisis timeline: {title}").format(title=crisis.title),
        subtitle=playbooks.kind_label(crisis.kind),
        reference=translate("Crisis", "Crisis {id}").format(id=crisis.id),
        status=drill or (translate("Crisis", "Closed") if crisis.closed_at else translate("Crisis", "Open")),
        language="en" if language == "en" else "zh-CN",
        author=author,
        subject=translate("Crisis", "Issue and crisis log"),
        keywords=(translate("Crisis", "crisis"), translate("Crisis", "timeline")),
        created=timeline.made_at,
        zone=zone,
        watermark=translate("Crisis", "DRILL") if crisis.drill else "",
        letterhead=letterhead,
    )
    facts = [
        (translate("Crisis", "Kind"), playbooks.kind_label(crisis.kind)),
        (translate("Crisis", "Severity"), playbooks.severity_label(crisis.severity)),
        (translate("Crisis", "Owner"), crisis.owner),
        (translate("Crisis", "Opened"), format_instant(crisis.opened_at, zone)),
        (
            translate("Crisis", "Closed"),
            format_instant(crisis.closed_at, zone) or translate("Crisis", "still open"),
        ),
    ]
    if crisis.drill:
        facts.append(
            (translate("Crisis", "Drill"), translate("Crisis", "yes: an exercise, not a real crisis"))
        )
    blocks: list[Block] = [KeyValue(facts)]
    if crisis.summary:
        blocks.append(Paragraph(crisis.summary))
    blocks.append(Heading(translate("Crisis", "Timeline")))
    if timeline.entries:
        # the zone is named once, in the column's header, when every entry has the same offset (the
        # zone repeated on each row took three lines a row); across a DST change each row keeps it
        labels = {zone_label(e.instant, zone) for e in timeline.entries}
        when = translate("Crisis", "When")
        rows = [[e.when, e.source, e.reference, e.what] for e in timeline.entries]
        if len(labels) == 1:
            (label,) = labels
            when = translate("Crisis", "When ({zone})").format(zone=label)
            rows = [[r[0].removesuffix(f" ({label})"), *r[1:]] for r in rows]
        blocks.append(
            Table(
                header=[
                    when,
                    translate("Crisis", "Record"),
                    translate("Crisis", "Reference"),
                    translate("Crisis", "What happened"),
                ],
                rows=rows,
                widths=(2.2, 1.1, 1.7, 4) if len(labels) > 1 else (2.3, 1.0, 1.6, 4.1),
            )
        )
    else:
        blocks.append(Paragraph(translate("Crisis", "Nothing has happened yet.")))
    blocks.append(Heading(translate("Crisis", "Playbook checklist")))
    done = translate("Crisis", "done {when} · {who}")
    blocks.append(
        BulletList(
            [
                translate("Crisis", "{box} {text} ({rule})").format(
                    box="☑" if i.done_at else "☐", text=i.text, rule=i.rule
                )
                + (
                    " — " + done.format(when=format_instant(i.done_at, zone), who=i.done_by)
                    if i.done_at
                    else ""
                )
                for i in crisis.checklist
            ]
        )
    )
    blocks.append(Heading(translate("Crisis", "Post-crisis review")))
    if crisis.review:
        blocks.append(Paragraph(crisis.review))
        blocks.append(
            Paragraph(
                translate("Crisis", "Recorded by {who}, {when}").format(
                    who=crisis.reviewed_by, when=format_instant(crisis.reviewed_at, zone)
                )
            )
        )
    else:
        blocks.append(Paragraph(translate("Crisis", "Not held yet (EV-7).")))
    return doc, blocks
