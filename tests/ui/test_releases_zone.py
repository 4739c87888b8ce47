"""The embargo's time zone: every zone offered (the common ones first), a wrong name named at once
and refused on save."""

from __future__ import annotations

from datetime import date

import pytest

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.releases.editor import ZONES, ReleaseEditor
from commdesk.ui.releases.pane import ReleasesPane


def test_zone_combo_lists_common_zones_first_then_all(qtbot):
    editor = ReleaseEditor()
    qtbot.addWidget(editor)
    combo = editor.ui.zoneCombo
    assert combo.isEditable()
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert (
        texts[:9]
        == [
            "Asia/Shanghai",
            "Asia/Hong_Kong",
            "Asia/Taipei",
            "Asia/Singapore",
            "Asia/Tokyo",
            "Europe/London",
            "Europe/Berlin",
            "America/New_York",
            "UTC",
        ]
        == list(ZONES)
    )
    rest = [t for t in texts[9:] if t]
    assert "America/Los_Angeles" in rest and "Australia/Sydney" in rest and rest == sorted(rest)
    assert len(set(texts)) == len([t for t in texts if t]) + 1  # each once (plus the separator)


def _pane_on(qtbot, app_services, people, release_id: int) -> ReleasesPane:
    """The releases pane, shown to the officer at the desk, with the release selected."""
    app_services.ctx.current = app_services.person
    app_services.set_person(people["officer"])
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    pane.select(release_id)
    return pane


def test_wrong_zone_is_named_and_refused(qtbot, ctx, app_services, people):
    ctx.current = lambda: people["officer"]
    r = ctx.service(ReleaseService).create(
        ReleaseEdit(ReleaseContent(title="禁发时间", body_markdown="正文", dateline_date=date(2026, 3, 10)))
    )
    pane = _pane_on(qtbot, app_services, people, r.id)
    ui = pane.editor.ui
    ui.embargoCheck.setChecked(True)
    ui.zoneCombo.setEditText("Asia/Shangai")
    assert "Asia/Shangai" in ui.errorLabel.text() and ui.zoneCombo.property("invalid")
    assert not pane.save()
    assert "Asia/Shangai" in ui.errorLabel.text()
    assert ctx.service(ReleaseService).get(r.id).content.embargo is None
    ui.zoneCombo.setEditText("Asia/Tokyo")
    assert ui.errorLabel.text() == "" and not ui.zoneCombo.property("invalid")
    assert pane.save()
    saved = ctx.service(ReleaseService).get(r.id)
    assert saved.embargo_tz == "Asia/Tokyo" and saved.content.embargo.utcoffset().total_seconds() == 9 * 3600


@pytest.mark.timezones
def test_a_new_embargo_starts_in_the_organisations_zone_not_the_computers(
    qtbot, ctx, app_services, people, process_tz
):
    """The office in Berlin sets its zone; whatever the computer's zone, the embargo of a
    release that has none yet is offered in Europe/Berlin and saved there."""
    from commdesk.services.settings import OrgSettings, SettingsService

    ctx.current = lambda: people["admin"]
    ctx.service(SettingsService).save_organisation(OrgSettings(name="华信", time_zone="Europe/Berlin"))
    ctx.current = lambda: people["officer"]
    r = ctx.service(ReleaseService).create(
        ReleaseEdit(ReleaseContent(title="禁发时间", body_markdown="正文", dateline_date=date(2026, 3, 10)))
    )
    pane = _pane_on(qtbot, app_services, people, r.id)
    ui = pane.editor.ui
    assert ui.zoneCombo.currentText() == "Europe/Berlin"
    ui.embargoCheck.setChecked(True)
    assert pane.save()
    saved = ctx.service(ReleaseService).get(r.id)
    assert saved.embargo_tz == "Europe/Berlin" and saved.content.embargo.tzinfo.key == "Europe/Berlin"
