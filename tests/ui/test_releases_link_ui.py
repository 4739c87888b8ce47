"""Linking the zh and en versions of one release in the editor, and opening the linked one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.releases.pane import ReleasesPane


def test_link_the_other_language_version_and_open_it(qtbot, ctx, app_services, people):
    ctx.current = lambda: people["officer"]
    svc = ctx.service(ReleaseService)
    zh = svc.create(ReleaseEdit(ReleaseContent(title="华信发布新平台", language="zh")))
    zh2 = svc.create(ReleaseEdit(ReleaseContent(title="另一篇中文稿", language="zh")))
    en = svc.create(ReleaseEdit(ReleaseContent(title="Huaxin launches a platform", language="en")))
    app_services.ctx.current = app_services.person
    app_services.set_person(people["officer"])
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    pane.select(zh.id)
    combo = pane.editor.ui.linkCombo
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == [None, en.id], "only releases in the other language"
    assert not pane.editor.ui.openLinkedButton.isEnabled()
    combo.setCurrentIndex(combo.findData(en.id))
    assert pane.dirty and en.reference in combo.currentText()
    assert pane.save()
    assert svc.get(zh.id).linked_id == en.id and svc.get(en.id).linked_id == zh.id

    qtbot.mouseClick(pane.editor.ui.openLinkedButton, Qt.MouseButton.LeftButton)
    assert pane.release.id == en.id
    assert pane.editor.ui.linkCombo.currentData() == zh.id
    offered = {combo.itemData(i) for i in range(combo.count())}
    assert offered == {None, zh.id, zh2.id}

    pane.editor.ui.languageCombo.setCurrentIndex(pane.editor.ui.languageCombo.findData("zh"))
    assert pane.editor.ui.linkCombo.currentData() == zh.id  # kept, though now the same language
    assert not pane.save() and zh.reference in pane.editor.ui.errorLabel.text()
    pane.editor.ui.languageCombo.setCurrentIndex(pane.editor.ui.languageCombo.findData("en"))
    pane.editor.ui.linkCombo.setCurrentIndex(0)  # unlink
    assert pane.save()
    assert svc.get(en.id).linked_id is None and svc.get(zh.id).linked_id is None


def test_a_read_only_release_still_opens_its_linked_version(qtbot, ctx, app_services, people):
    ctx.current = lambda: people["officer"]
    svc = ctx.service(ReleaseService)
    zh = svc.create(ReleaseEdit(ReleaseContent(title="华信发布", language="zh")))
    en = svc.create(ReleaseEdit(ReleaseContent(title="Huaxin", language="en"), linked_id=zh.id))
    app_services.ctx.current = app_services.person
    app_services.set_person(people["reviewer"])
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    pane.select(zh.id)
    assert not pane.editor.ui.linkCombo.isEnabled() and pane.editor.ui.linkCombo.currentData() == en.id
    pane.editor.ui.openLinkedButton.click()
    assert pane.release.id == en.id
