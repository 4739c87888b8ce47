"""Whatever people type (topic, agenda titles, points, decisions, actions), the minutes PDF and the
invitation PDF come out and a PDF reader can read their text."""

from __future__ import annotations

import io
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from commdesk.core.documents.meetings import agenda_pdf, minutes_pdf
from commdesk.core.meetings.minutes import MinutesDraft
from commdesk.core.meetings.model import ActionItem, AgendaItem, Decision, Point
from meetings.factories import make_conference

# Any text a keyboard, a paste or an import can produce: every script, emoji, control characters,
# markup-looking strings; surrogates cannot be in a Python str that came from a UTF-8 source.
TEXT = st.text(max_size=120)
LINE = st.text(min_size=1, max_size=80)


def _readable(data: bytes) -> str:
    assert data.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 1
    return "".join(page.extract_text() or "" for page in reader.pages)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    topic=LINE,
    titles=st.lists(LINE, min_size=1, max_size=4),
    points=st.lists(TEXT, max_size=4),
    decisions=st.lists(TEXT, max_size=3),
    actions=st.lists(st.tuples(LINE, TEXT), max_size=3),
    notes=TEXT,
)
def test_any_text_gives_readable_minutes_and_invitation(topic, titles, points, decisions, actions, notes):
    meeting = make_conference(id=7, topic=topic, agenda=[AgendaItem(t, "王芳", 10) for t in titles])
    n = len(titles)
    draft = MinutesDraft(
        meeting_id=7,
        notes=notes,
        points=[Point(p, i % (n + 1) if i % (n + 1) < n else None) for i, p in enumerate(points)],
        decisions=[Decision(d, i % n) for i, d in enumerate(decisions)],
        actions=[
            ActionItem(desc, owner, deadline=date(2025, 3, 27), agenda_index=i % n)
            for i, (desc, owner) in enumerate(actions)
        ],
        attendance={0: True, 1: False},
    )
    minutes_text = _readable(minutes_pdf(meeting, draft, author="李雷"))
    invitation_text = _readable(agenda_pdf(meeting, author="李雷"))
    # the fixed parts of each document are there whatever the user typed
    assert "王芳" in minutes_text and "王芳" in invitation_text
