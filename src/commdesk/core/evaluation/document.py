"""The evaluation report as a document of the document layer (EV-8, CR-5): the key figures with the
previous period, the change and the trend, a chart per group, the organisation's coverage by outlet
kind and its outlets, the share of voice, the decisions with their action items, and what each
figure counts.

Pure: it is handed the counted report (``services.evaluation.report.EvaluationReport``, read by its
attributes only) and what only the database knows (letterhead, author).
"""

from __future__ import annotations

from typing import Any

from commdesk.core.documents.cases_report import fitted_widths
from commdesk.core.documents.charts import charts_png
from commdesk.core.documents.spec import (
    Block,
    Document,
    Heading,
    Image,
    KeyValue,
    Letterhead,
    Paragraph,
    Table,
)
from commdesk.core.evaluation.catalogue import Group, Trend, Unit, format_change, format_value
from commdesk.core.i18n import translate
from commdesk.core.timezones import format_instant, zone_label

_THIS = (31, 78, 121)
_BEFORE = (150, 170, 190)
_CHART_WIDTH = 1400
_ARROWS = {Trend.BETTER: "\u25b2 ", Trend.WORSE: "\u25bc ", Trend.UP: "\u2191 ", Trend.DOWN: "\u2193 "}


def kpi_rows(evaluation: Any) -> list[list[str]]:
    """The key figures' lines, as the PDF and the window show them."""
    return [
        [
            f.kpi.rule,
            f.kpi.name,
            format_value(f.kpi, f.value),
            format_value(f.kpi, f.previous),
            format_change(f.kpi, f.change),
            _ARROWS.get(f.trend, "") + f.trend.label,
        ]
        for f in evaluation.figures
    ]


def _group_chart(evaluation: Any, group: Group) -> tuple[str, list]:
    """A group's shares (%), this period against the previous one; a figure without records draws none."""
    bars = []
    this, before = evaluation.period.code, evaluation.previous_period.code
    for f in evaluation.figures:
        if f.kpi.group is not group or f.kpi.unit is not Unit.PERCENT:
            continue
        if f.value is not None:
            bars.append((f"{f.kpi.name} {this}", round(f.value * 100), _THIS))
        if f.previous is not None:
            bars.append((f"{f.kpi.name} {before}", round(f.previous * 100), _BEFORE))
    return translate("Evaluation", "{group} (%)").format(group=group.label), bars


def evaluation_document(
    report: Any, language: str = "zh-CN", letterhead: Letterhead | None = None, author: str = ""
) -> tuple[Document, list[Block]]:
    ev = report.evaluation
    zone = ev.zone
    doc = Document(
        title=translate("Evaluation", "Evaluation report"),
        subtitle=ev.period.label(),
        reference=translate("Evaluation", "Evaluation {period}").format(period=ev.period.code),
        status=translate("Evaluation", "Report"),
        language="en" if language == "en" else "zh-CN",
        author=author,
        subject=translate("Evaluation", "Communication figures from the records"),
        keywords=(translate("Evaluation", "evaluation"), "EV-8"),
        created=ev.made_at,
        zone=zone,
        letterhead=letterhead,
    )
    start, _end = ev.period.bounds(zone)
    blocks: list[Block] = [
        KeyValue(
            [
                (translate("Evaluation", "Period"), ev.period.label()),
                (translate("Evaluation", "Compared with"), ev.previous_period.label()),
                (translate("Evaluation", "Time zone"), zone_label(start, zone)),
                (translate("Evaluation", "Counted at"), format_instant(ev.made_at, zone)),
            ]
        ),
        Paragraph(
            translate(
                "Evaluation",
                "Every figure is counted from commdesk's records of the period; 'no records' means its "
                "source holds nothing for the period, which is not the same as 0.",
            )
        ),
        Heading(translate("Evaluation", "Key figures"), 1),
    ]
    header = [
        translate("Evaluation", "Rule"),
        translate("Evaluation", "Figure"),
        translate("Evaluation", "This period"),
        translate("Evaluation", "Previous period"),
        translate("Evaluation", "Change"),
        translate("Evaluation", "Trend"),
    ]
    rows = kpi_rows(ev)
    blocks.append(Table(header, rows, widths=fitted_widths(header, rows, whole=(0, 2, 3, 4, 5))))

    charts = [c for c in (_group_chart(ev, g) for g in Group) if c[1]]
    if ev.by_outlet_kind:
        charts.append(
            (
                translate("Evaluation", "Stories by outlet kind"),
                [(_kind_label(line.outlet_kind), line.stories, _THIS) for line in ev.by_outlet_kind],
            )
        )
    if charts:
        blocks.append(Heading(translate("Evaluation", "Charts"), 1))
        for i in range(0, len(charts), 2):
            blocks.append(Image(charts_png(charts[i : i + 2], width=_CHART_WIDTH, height=320)))

    blocks.append(Heading(translate("Evaluation", "Coverage by outlet kind (MD-6, EV-7)"), 2))
    if ev.by_outlet_kind:
        kinds_header = [
            translate("Evaluation", "Outlet kind"),
            translate("Evaluation", "Stories"),
            translate("Evaluation", "Reach"),
            translate("Evaluation", "Positive"),
            translate("Evaluation", "Neutral"),
            translate("Evaluation", "Negative"),
        ]
        kinds = [
            [
                _kind_label(k.outlet_kind),
                str(k.stories),
                f"{k.reach:,}",
                str(k.positive),
                str(k.neutral),
                str(k.negative),
            ]
            for k in ev.by_outlet_kind
        ]
        blocks.append(
            Table(kinds_header, kinds, widths=fitted_widths(kinds_header, kinds, whole=(1, 2, 3, 4, 5)))
        )
        outlets_header = [
            translate("Evaluation", "Outlet"),
            translate("Evaluation", "Stories"),
            translate("Evaluation", "Reach"),
            translate("Evaluation", "Positive"),
        ]
        outlets = [[o, str(n), f"{r:,}", str(p)] for o, n, r, p in ev.top_outlets]
        blocks.append(Heading(translate("Evaluation", "Outlets with the most stories"), 2))
        blocks.append(
            Table(outlets_header, outlets, widths=fitted_widths(outlets_header, outlets, whole=(1, 2, 3)))
        )
    else:
        blocks.append(Paragraph(translate("Evaluation", "No story about the organisation in the period.")))
    blocks.append(Heading(translate("Evaluation", "Share of voice (EV-6)"), 2))
    if any(subject for subject, _n in ev.share_of_voice):
        total = sum(n for _s, n in ev.share_of_voice)
        voice_header = [
            translate("Evaluation", "About"),
            translate("Evaluation", "Stories"),
            translate("Evaluation", "Share"),
        ]
        voices = [
            [subject or translate("Evaluation", "Our organisation"), str(n), f"{n / total * 100:.1f} %"]
            for subject, n in ev.share_of_voice
        ]
        blocks.append(Table(voice_header, voices, widths=fitted_widths(voice_header, voices, whole=(1, 2))))
    else:
        blocks.append(
            Paragraph(
                translate(
                    "Evaluation",
                    "No story about a named competitor was logged in the period: no share of voice.",
                )
            )
        )

    blocks.extend(_said_blocks(ev.voices))
    blocks.extend(_crisis_blocks(getattr(report, "crises", ())))

    blocks.append(Heading(translate("Evaluation", "Decisions (EV-8)"), 1))
    # every decision of the period: this report's and those recorded with an earlier report of it
    decisions = getattr(report, "all_decisions", report.decisions)
    if decisions:
        one_meeting = report.meeting_topic and all(
            getattr(d, "meeting_id", None) in (None, report.meeting_id) for d in decisions
        )
        blocks.append(
            Paragraph(
                translate(
                    "Evaluation",
                    "Each decision is an action item of the meeting '{topic}' in the action tracker.",
                ).format(topic=report.meeting_topic)
                if one_meeting
                else translate("Evaluation", "Each decision is an action item in the action tracker.")
            )
        )
        decisions_header = [
            translate("Evaluation", "Action"),
            translate("Evaluation", "Decision"),
            translate("Evaluation", "Owner"),
            translate("Evaluation", "Deadline"),
        ]
        decided = [
            [f"#{d.action_id}", d.decision.text, d.owner, d.decision.deadline.isoformat()] for d in decisions
        ]
        blocks.append(
            Table(decisions_header, decided, widths=fitted_widths(decisions_header, decided, whole=(0, 3)))
        )
    else:
        blocks.append(Paragraph(translate("Evaluation", "No decision was recorded with this report.")))

    blocks.append(Heading(translate("Evaluation", "What each figure counts"), 1))
    definitions_header = [
        translate("Evaluation", "Rule"),
        translate("Evaluation", "Figure"),
        translate("Evaluation", "Definition"),
        translate("Evaluation", "Source"),
        translate("Evaluation", "Unit"),
    ]
    definitions = [
        [f.kpi.rule, f.kpi.name, f.kpi.definition, f.kpi.source, f.kpi.unit.label] for f in ev.figures
    ]
    blocks.append(
        Table(
            definitions_header,
            definitions,
            widths=fitted_widths(definitions_header, definitions, whole=(0, 4)),
        )
    )
    return doc, blocks


def _crisis_blocks(crises: Any) -> list[Block]:
    """Issues, crises and drills of the period with their post-crisis reviews (EV-7)."""
    blocks: list[Block] = [Heading(translate("Evaluation", "Issues and crises (EV-7)"), 1)]
    if not crises:
        blocks.append(
            Paragraph(translate("Evaluation", "No issue or crisis was opened or closed in the period."))
        )
        return blocks
    header = [
        translate("Evaluation", "Opened"),
        translate("Evaluation", "Issue or crisis"),
        translate("Evaluation", "Kind"),
        translate("Evaluation", "Severity"),
        translate("Evaluation", "Closed"),
    ]
    drill = translate("Evaluation", "{title} (drill)")
    rows = [
        [
            c.opened.isoformat(),
            _drill_title(drill, c),
            c.kind,
            c.severity,
            c.closed.isoformat() if c.closed else translate("Evaluation", "open"),
        ]
        for c in crises
    ]
    blocks.append(Table(header, rows, widths=fitted_widths(header, rows, whole=(0, 4))))
    for c in crises:
        blocks.append(Heading(_drill_title(drill, c), 2))
        blocks.append(
            Paragraph(c.review or translate("Evaluation", "The post-crisis review is not recorded yet."))
        )
    return blocks


def _drill_title(drill: str, c: Any) -> str:
    """A drill's title marked as one, unless it says so itself."""
    from commdesk.core.crisis.playbooks import says_drill

    return drill.format(title=c.title) if c.drill and not says_drill(c.title) else c.title


def _said_blocks(voices: Any) -> list[Block]:
    """What people say (EV-1, EV-3, EV-4): each survey's questions, the interviews' themes, the training."""
    blocks: list[Block] = [Heading(translate("Evaluation", "What people say (EV-1, EV-3, EV-4)"), 1)]
    blocks.append(Heading(translate("Evaluation", "Staff surveys (EV-1)"), 2))
    if voices is None or not voices.surveys:
        blocks.append(Paragraph(translate("Evaluation", "No staff survey ends in the period.")))
    for survey in voices.surveys if voices is not None else ():
        blocks.append(
            Paragraph(
                translate("Evaluation", "{title} ({period}, {anonymous}): {count} responses.").format(
                    title=survey.title,
                    period=survey.period,
                    anonymous=translate("Evaluation", "anonymous")
                    if survey.anonymous
                    else translate("Evaluation", "named"),
                    count=survey.responses,
                )
            )
        )
        header = [
            translate("Evaluation", "Question"),
            translate("Evaluation", "Answers"),
            translate("Evaluation", "Average"),
            translate("Evaluation", "Satisfied"),
            translate("Evaluation", "Answers by score"),
        ]
        rows = [
            [
                q.text,
                str(q.answered),
                f"{q.mean:.2f} / {q.scale_max}" if q.mean is not None else "",
                f"{q.satisfied / q.answered * 100:.0f} %" if q.kind == "scale" and q.answered else "",
                "  ".join(f"{v}: {n}" for v, n in q.distribution)
                if q.kind == "scale"
                else translate("Evaluation", "text answers"),
            ]
            for q in survey.questions
        ]
        blocks.append(Table(header, rows, widths=fitted_widths(header, rows, whole=(1, 2, 3))))
    blocks.append(Heading(translate("Evaluation", "Managers' interviews: themes named (EV-3)"), 2))
    if voices is not None and voices.themes:
        header = [translate("Evaluation", "Theme"), translate("Evaluation", "Interviews")]
        rows = [[theme, str(n)] for theme, n in voices.themes]
        blocks.append(Table(header, rows, widths=fitted_widths(header, rows, whole=(1,))))
    else:
        blocks.append(Paragraph(translate("Evaluation", "No interview was recorded in the period.")))
    blocks.append(Heading(translate("Evaluation", "Training (EV-4)"), 2))
    if voices is not None and voices.trainings:
        header = [
            translate("Evaluation", "Day"),
            translate("Evaluation", "Topic"),
            translate("Evaluation", "Trainer"),
            translate("Evaluation", "Present / marked"),
        ]
        not_recorded = translate("Evaluation", "attendance not recorded")
        rows = [
            [
                t.day.isoformat(),
                t.topic,
                t.trainer,
                f"{t.present} / {t.expected}" if t.expected else not_recorded,
            ]
            for t in voices.trainings
        ]
        present = sum(t.present for t in voices.trainings)
        marked = sum(t.expected for t in voices.trainings)
        rows.append(
            [
                translate("Evaluation", "All sessions"),
                translate("Evaluation", "%n session(s)", None, len(voices.trainings)),
                "",
                f"{present} / {marked}" if marked else not_recorded,
            ]
        )
        blocks.append(Table(header, rows, widths=fitted_widths(header, rows, whole=(0, 3))))
    else:
        blocks.append(Paragraph(translate("Evaluation", "No training session was held in the period.")))
    return blocks


def _kind_label(kind: str) -> str:
    from commdesk.core.documents.releases import kind_label  # the coverage report's words

    return kind_label(kind)
