"""The press-release PDFs, built with the document layer: the release itself, its review record, and
a coverage report with charts (MD-4, P-7).

* The release follows the *release's* language (a Chinese release stays Chinese whoever exports it,
  as in ``core.releases.export_text``): letterhead, ``DRAFT`` watermark until approved, the embargo
  banner until published, ``PR-2026-014 v3`` and the state in every footer.
* The review record and the coverage report are internal papers in the user's language.
* Charts are drawn with Pillow into images (the layer prints images); the numbers they show are
  always in a table next to them, so nothing is only in a picture.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from commdesk.core.documents.charts import (
    charts_png,  # bar charts, labels wrapped or slanted, never cut (shared with Home)
)
from commdesk.core.documents.spec import (
    BulletList,
    Callout,
    Document,
    Heading,
    Image,
    KeyValue,
    Letterhead,
    Markdown,
    Paragraph,
    Signature,
    SignatureBlock,
    Spacer,
    Table,
)
from commdesk.core.i18n import translate
from commdesk.core.releases.embargo import embargo_text
from commdesk.core.releases.escape import escape_markdown
from commdesk.core.releases.export_text import DOCUMENT_LABELS, _body_with_dateline, embargo_notice
from commdesk.core.releases.records import Release, ReviewRecord
from commdesk.core.releases.workflow import State, format_moment

#: States in which a copy must say it is not the approved text.
UNAPPROVED = frozenset({State.DRAFT, State.IN_REVIEW, State.CHANGES_REQUESTED, State.WITHDRAWN})

_STATUS = {
    "zh": {
        State.DRAFT: "草稿",
        State.IN_REVIEW: "审核中",
        State.CHANGES_REQUESTED: "待修改",
        State.APPROVED: "已批准",
        State.SCHEDULED: "已排期",
        State.PUBLISHED: "已发布",
        State.ARCHIVED: "已归档",
        State.WITHDRAWN: "已撤回",
    },
    "en": {
        State.DRAFT: "Draft",
        State.IN_REVIEW: "In review",
        State.CHANGES_REQUESTED: "Changes requested",
        State.APPROVED: "Approved",
        State.SCHEDULED: "Scheduled",
        State.PUBLISHED: "Published",
        State.ARCHIVED: "Archived",
        State.WITHDRAWN: "Withdrawn",
    },
}
_WATERMARK = {"zh": "草稿 DRAFT", "en": "DRAFT"}


@dataclass(frozen=True)
class Org:
    name: str = ""
    logo_png: bytes | None = None
    zone: tzinfo | None = None  # the organisation's zone for review times (None: the computer's)


def _zone_name(org: Org) -> str:
    """The IANA name of the organisation's zone, for ``Document(zone=...)`` ("" = the computer's, by name)."""
    return getattr(org.zone, "key", None) or ""


def _letterhead(org: Org) -> Letterhead | None:
    return Letterhead(org.name, org.logo_png) if org.name or org.logo_png else None


def when(moment: datetime | None, zone: tzinfo | None = None) -> str:
    """A recorded time in the organisation's zone (never the process's by accident), naming the offset."""
    from commdesk.core import timezones as tz

    return format_moment(tz.to_zone(moment, zone or tz.system_zone_name())) if moment else ""


def release_document(release: Release, org: Org, author: str = "") -> tuple[Document, list]:
    c = release.content
    lang = c.language
    labels = DOCUMENT_LABELS[lang]
    published = release.state in (State.PUBLISHED, State.ARCHIVED)
    doc = Document(
        title=c.title,
        subtitle=c.subtitle,
        reference=release.label,
        status=_STATUS[lang][release.state],
        language="zh-CN" if lang == "zh" else "en",
        author=author,
        subject=release.reference,
        keywords=(release.reference,),
        watermark=_WATERMARK[lang] if release.state in UNAPPROVED else "",
        banner=embargo_notice(c, published),
        letterhead=_letterhead(org),
        zone=_zone_name(org),
    )
    blocks: list = []
    body = _body_with_dateline(c)
    if body:
        blocks.append(Markdown(body))
    for q in c.quotes:
        blocks.append(
            Markdown(
                f"> {escape_markdown(labels['open'] + q.text.strip() + labels['close'])}\n>\n"
                f"> {escape_markdown(labels['by'] + q.attribution.strip())}"
            )
        )
    if c.boilerplate.strip():
        blocks += [Heading(labels["about"], 2), Paragraph(c.boilerplate.strip())]
    if c.media_contact.strip():
        blocks += [Heading(labels["contact"], 2), Paragraph(c.media_contact.strip())]
    blocks += [Spacer(4), Paragraph(labels["end"])]
    return doc, blocks


def _snippet(markdown: str, limit: int = 80) -> str:
    from commdesk.core.releases.export_text import markdown_to_text

    text = " ".join(markdown_to_text(markdown).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _short(h: str) -> str:
    return h[:16] if h else ""


def review_document(record: ReviewRecord, org: Org, author: str = "") -> tuple[Document, list]:
    r = record.release
    doc = Document(
        title=translate("Releases", "Review record: {title}").format(title=r.content.title),
        reference=r.label,
        status=r.state.label,
        author=author,
        subject=r.reference,
        keywords=(r.reference, translate("Releases", "review record")),
        letterhead=_letterhead(org),
        language="zh-CN" if r.content.language == "zh" else "en",
        zone=_zone_name(org),
    )
    rule = (
        translate("Releases", "any one reviewer")
        if r.review_rule == "any"
        else translate("Releases", "every reviewer")
    )
    blocks: list = [
        KeyValue(
            [
                (translate("Releases", "Reference"), r.label),
                (translate("Releases", "State"), r.state.label),
                (translate("Releases", "Author"), r.author_name),
                (translate("Releases", "Last editor"), r.last_editor_name),
                (translate("Releases", "Reviewers"), ", ".join(r.reviewer_names) or "—"),
                (translate("Releases", "Review rule"), rule),
                (
                    translate("Releases", "Embargo"),
                    embargo_text(r.content.embargo, r.embargo_tz, _zone_name(org))
                    if r.content.embargo
                    else "—",
                ),
            ]
        ),
        Paragraph(
            translate("Releases", "Current content hash (SHA-256): {hash}").format(hash=r.content_hash)
        ),
    ]
    if r.submit_note:
        blocks.append(Callout("note", r.submit_note, translate("Releases", "Note for reviewers")))
    blocks.append(Heading(translate("Releases", "Approvals"), 1))
    if record.approvals:
        rows = []
        for a in record.approvals:
            status = (
                translate("Releases", "valid")
                if a.valid
                else translate("Releases", "void: {reason}").format(reason=a.voided_because)
            )
            rows.append(
                [a.reviewer_name, when(a.at, org.zone), f"v{a.revision}", _short(a.content_hash), status]
            )
        blocks.append(
            Table(
                [
                    translate("Releases", "Reviewer"),
                    translate("Releases", "Time"),
                    translate("Releases", "Version"),
                    translate("Releases", "Content hash approved"),
                    translate("Releases", "Status"),
                ],
                rows,
                widths=(2, 2.4, 1.3, 2.6, 3),
            )
        )
        # The full hashes in running text, so they can be copied and compared whole.
        blocks.append(
            BulletList(
                [f"v{a.revision} \u00b7 {a.reviewer_name}: {a.content_hash}" for a in record.approvals]
            )
        )
        valid = [a for a in record.approvals if a.valid]
        if valid:
            blocks.append(
                SignatureBlock(
                    [
                        Signature(
                            translate("Releases", "Approved by"),
                            a.reviewer_name,
                            when(a.at, org.zone),
                            _short(a.content_hash),
                        )
                        for a in valid
                    ]
                )
            )
    else:
        blocks.append(Paragraph(translate("Releases", "No approvals yet.")))
    blocks.append(Heading(translate("Releases", "Workflow"), 1))
    steps = [
        [
            when(s.at, org.zone),
            s.actor_name,
            f"{s.from_state.label} \u2192 {s.to_state.label}",
            f"v{s.revision}",
            s.note,
        ]
        for s in record.steps
    ]
    blocks.append(
        Table(
            [
                translate("Releases", "Time"),
                translate("Releases", "Who"),
                translate("Releases", "Step"),
                translate("Releases", "Version"),
                translate("Releases", "Note"),
            ],
            steps,
            widths=(2.4, 2, 3, 1.3, 3.5),
        )
        if steps
        else Paragraph(translate("Releases", "Not submitted yet."))
    )
    blocks.append(Heading(translate("Releases", "Revisions"), 1))
    blocks.append(
        Table(
            [
                translate("Releases", "Version"),
                translate("Releases", "Time"),
                translate("Releases", "Edited by"),
                translate("Releases", "Content hash"),
                translate("Releases", "Note"),
            ],
            [
                [f"v{v.number}", when(v.at, org.zone), v.editor_name, _short(v.content_hash), v.note]
                for v in record.revisions
            ],
            widths=(1.3, 2.4, 2, 2.6, 3.7),
        )
    )
    blocks.append(Heading(translate("Releases", "Comments"), 1))
    if record.comments:
        rows = []
        for c in record.comments:
            where = (
                translate("Releases", "answer")
                if c.parent_id
                else (
                    _snippet(c.paragraph_text) if c.paragraph_id else translate("Releases", "whole release")
                )
            )
            status = (
                translate("Releases", "resolved by {name}").format(name=c.resolved_by)
                if c.resolved
                else translate("Releases", "open")
            )
            rows.append([when(c.at, org.zone), c.author_name, f"v{c.revision}", where, c.text, status])
        blocks.append(
            Table(
                [
                    translate("Releases", "Time"),
                    translate("Releases", "Who"),
                    translate("Releases", "Version"),
                    translate("Releases", "On"),
                    translate("Releases", "Comment"),
                    translate("Releases", "Status"),
                ],
                rows,
                widths=(2.2, 1.8, 1.3, 2.6, 3.6, 1.6),
            )
        )
    else:
        blocks.append(Paragraph(translate("Releases", "No comments.")))
    if record.publications:
        blocks.append(Heading(translate("Releases", "Publication"), 1))
        blocks.append(
            Table(
                [
                    translate("Releases", "Channel"),
                    translate("Releases", "Time"),
                    translate("Releases", "Link"),
                    translate("Releases", "Recorded by"),
                ],
                [
                    [channel_label(p.channel), when(p.at, org.zone), p.url, p.recorded_by]
                    for p in record.publications
                ],
                widths=(1.5, 2.4, 4.5, 1.8),
            )
        )
    return doc, blocks


def channel_label(channel: str) -> str:
    return {
        "newsroom": translate("Releases", "Newsroom"),
        "wire": translate("Releases", "Wire service"),
        "wechat": translate("Releases", "WeChat"),
        "weibo": translate("Releases", "Weibo"),
        "mailing": translate("Releases", "Mailing to lists"),
    }.get(channel, channel)


def tone_label(tone: str) -> str:
    return {
        "positive": translate("Releases", "positive"),
        "neutral": translate("Releases", "neutral"),
        "negative": translate("Releases", "negative"),
    }.get(tone, tone)


def kind_label(kind: str) -> str:
    return {
        "newspaper": translate("Releases", "newspaper"),
        "online": translate("Releases", "online"),
        "tv": translate("Releases", "TV"),
        "radio": translate("Releases", "radio"),
        "agency": translate("Releases", "news agency"),
        "magazine": translate("Releases", "magazine"),
        "social": translate("Releases", "social media"),
    }.get(kind, kind)


# -- charts ---------------------------------------------------------------------------------------
_TONE_COLOURS = {"positive": (46, 139, 87), "neutral": (120, 130, 145), "negative": (200, 60, 50)}
_BAR = (31, 78, 121)


def coverage_document(
    summary,
    org: Org,
    title: str,
    reference: str = "",
    author: str = "",
    period: tuple[date | None, date | None] | None = None,
) -> tuple[Document, list]:
    doc = Document(
        title=translate("Releases", "Coverage report: {title}").format(title=title),
        reference=reference,
        status=translate("Releases", "Coverage"),
        author=author,
        letterhead=_letterhead(org),
        keywords=(translate("Releases", "coverage"),),
        zone=_zone_name(org),
    )
    pairs = []
    if period and any(period):
        start, end = period
        pairs.append((translate("Releases", "Period"), f"{start or '…'} \u2013 {end or '…'}"))
    pairs += [
        (translate("Releases", "Pick-ups"), str(len(summary.items))),
        (translate("Releases", "Total reach"), f"{summary.total_reach:,}"),
        (translate("Releases", "Original / reprint"), f"{summary.originals} / {summary.reprints}"),
    ]
    blocks: list = [KeyValue(pairs)]
    if summary.items:
        tone_bars = [(tone_label(t), n, _TONE_COLOURS[t]) for t, n in summary.by_tone.items()]
        kind_bars = [(kind_label(k), n, _BAR) for k, n in summary.by_kind.items()]
        day_bars = [(d.strftime("%m-%d"), n, _BAR) for d, n in summary.by_day.items()]
        blocks.append(
            Image(
                charts_png(
                    [
                        (translate("Releases", "Tone"), tone_bars),
                        (translate("Releases", "Kind of outlet"), kind_bars),
                    ]
                )
            )
        )
        blocks.append(
            Image(charts_png([(translate("Releases", "Pick-ups over time"), day_bars[-20:])], height=360))
        )
        blocks.append(Heading(translate("Releases", "Pick-ups"), 1))
        several = not reference and any(c.release_reference for c in summary.items)
        rows = [
            [
                c.day.isoformat(),
                c.outlet,
                kind_label(c.outlet_kind),
                c.journalist_name,
                (f"{c.release_reference} \u00b7 " if several else "")
                + c.headline
                + (f"\n{c.url}" if c.url else ""),
                f"{c.reach:,}",
                tone_label(c.tone),
                translate("Releases", "original") if c.original else translate("Releases", "reprint"),
            ]
            for c in summary.items
        ]
        header = [
            translate("Releases", "Date"),
            translate("Releases", "Outlet"),
            translate("Releases", "Kind"),
            translate("Releases", "Journalist"),
            translate("Releases", "Release, headline and link")
            if several
            else translate("Releases", "Headline and link"),
            translate("Releases", "Reach"),
            translate("Releases", "Tone"),
            translate("Releases", "Type"),
        ]
        widths = [2.2, 1.7, 1.5, 1.6, 3.6, 1.6, 1.6, 1.6]
        blocks.append(Table(header, rows, widths=widths))
    else:
        blocks.append(Paragraph(translate("Releases", "No coverage has been logged.")))
    return doc, blocks
