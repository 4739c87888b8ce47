"""Saving while the server cannot be reached loses nothing that was typed: the release editor says
so in one line (no SQL, nothing of the record), keeps the text on screen and in its recovery copy,
and saves it once the server is back."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.common.services import AppServices, Preferences
from commdesk.ui.releases.pane import ReleasesPane

pytestmark = pytest.mark.skipif(
    not os.environ.get("COMMDESK_TEST_DATABASE_URL"),
    reason="needs PostgreSQL: set COMMDESK_TEST_DATABASE_URL",
)


@pytest.fixture
def server_away(db_url):
    """``away()`` makes the test database unreachable (new connections refused, open ones cut);
    ``back()`` lets connections in again."""
    url = make_url(db_url)
    engine = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:

        def away() -> None:
            conn.execute(text(f'ALTER DATABASE "{url.database}" ALLOW_CONNECTIONS false'))
            conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d"),
                {"d": url.database},
            )

        def back() -> None:
            conn.execute(text(f'ALTER DATABASE "{url.database}" ALLOW_CONNECTIONS true'))

        yield away, back
        back()
    engine.dispose()


def test_a_release_saved_while_the_server_is_away_keeps_what_was_typed(
    qtbot, ctx, people, tmp_path, answer, server_away
):
    away, back = server_away
    ctx.current = lambda: people["officer"]
    release = ctx.service(ReleaseService).create(
        ReleaseEdit(ReleaseContent(title="华信发布新平台", body_markdown="第一段。"))
    )
    services = AppServices(ctx, Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)))
    services.set_person(people["officer"])
    pane = ReleasesPane(services)
    qtbot.addWidget(pane)
    pane.show()
    assert pane.select(release.id)
    QTest.keyClicks(pane.editor.ui.titleEdit, " (rev. 2)")
    pane.editor.ui.bodyEdit.setPlainText("第一段，断线时输入。")
    away()
    assert not pane.save()
    kind, _title, message = answer.asked[-1]
    assert kind == "error"
    assert "\n" not in message.strip() and "SELECT" not in message and "断线" not in message
    assert "nothing was saved" in message and "cannot be reached" in message, message
    # the text stays on screen, and on disk in the recovery copy (a crash now would lose nothing)
    assert pane.editor.ui.titleEdit.text() == "华信发布新平台 (rev. 2)"
    assert pane.editor.ui.bodyEdit.toPlainText() == "第一段，断线时输入。"
    assert pane.dirty
    kept = pane.store.load(release.id)
    assert kept is not None and kept.value.content.body_markdown == "第一段，断线时输入。"
    back()
    assert pane.save()  # the same text, once the server answers again
    stored = ctx.service(ReleaseService).get(release.id)
    assert stored.content.title == "华信发布新平台 (rev. 2)"
    assert stored.content.body_markdown == "第一段，断线时输入。"
    assert pane.store.load(release.id) is None  # saved: the recovery copy is gone
    services.runner.wait(10000)
