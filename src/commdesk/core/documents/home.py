"""The one-page status report: the Home pane's lists and figures as a PDF (CR-5, EV-2)."""

from __future__ import annotations

from commdesk.core.documents.releases import charts_png
from commdesk.core.documents.spec import Document, Heading, Image, KeyValue, Letterhead, Paragraph, Table
from commdesk.core.i18n import translate
from commdesk.core.timezones import format_instant, system_zone_name, to_zone

_BLUE, _GREEN, _RED, _GREY = (31, 78, 121), (46, 139, 87), (200, 60, 50), (120, 130, 145)


def status_document(
    snapshot, org_name: str = "", logo: bytes | None = None, language: str = "en", zone: str = ""
):
    """(Document, blocks) for a ``HomeSnapshot`` (commdesk.services.home); its time is shown in
    ``zone`` (the organisation's: ``SettingsService.time_zone()``; "" = the computer's), named."""
    where = zone or system_zone_name()
    when = format_instant(snapshot.at, where)
    doc = Document(
        title=translate("Home", "Status report"),
        subtitle=when,
        zone=where,
        created=snapshot.at,
        reference=translate("Home", "Status {date}").format(date=to_zone(snapshot.at, where).date()),
        language="zh-CN" if language.startswith("zh") else "en",
        author=snapshot.person,
        subject=translate("Home", "The communications office's day at a glance"),
        letterhead=Letterhead(org_name, logo) if org_name or logo else None,
    )
    blocks: list = [KeyValue([(s.title, str(len(s.entries))) for s in snapshot.sections])]
    f = snapshot.figures
    panels = [
        (translate("Home", "Releases by state"), [(label, n, _BLUE) for label, n in f.releases_by_state]),
        (
            translate("Home", "Coverage by tone"),
            [(label, n, c) for (label, n), c in zip(f.coverage_by_tone, (_GREEN, _GREY, _RED), strict=False)],
        ),
    ]
    blocks.append(Image(charts_png(panels, width=1600, height=380), caption=""))
    weeks = [(w.strftime("%m-%d"), o + d + late, _BLUE) for w, o, d, late in f.actions_by_week]
    overdue = [(w.strftime("%m-%d"), late, _RED) for w, o, d, late in f.actions_by_week]
    blocks.append(
        Image(
            charts_png(
                [
                    (translate("Home", "Action items due per week"), weeks),
                    (translate("Home", "of which overdue"), overdue),
                ],
                width=1600,
                height=340,
            )
        )
    )
    if f.inquiry_hours:
        blocks.append(
            Paragraph(
                translate("Home", "Median hours to answer a media inquiry: {values}").format(
                    values=", ".join(f"{m}: {h:g} h" for m, h in f.inquiry_hours)
                )
            )
        )
    for section in snapshot.sections:
        if not section.entries:
            continue
        blocks.append(Heading(section.title, 2))
        blocks.append(
            Table(
                [translate("Home", "What"), translate("Home", "Details")],
                [[e.text, e.detail] for e in section.entries[:8]],
                widths=(3, 4),
            )
        )
        if len(section.entries) > 8:
            blocks.append(
                Paragraph(translate("Home", "… and {n} more in commdesk.").format(n=len(section.entries) - 8))
            )
    return doc, blocks
