"""The releases and mail dialogs: Esc closes each one, no Alt key is used twice in
one, and each fits 1280x800 in both languages."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from tests.ui.releases_keys import mnemonics

from commdesk.services.releases.templates import ReleaseTemplateService


def _dialogs(app_services):
    from commdesk.ui.mail.dialogs import AccountDialog, ComposeDialog
    from commdesk.ui.releases.coverage import CoverageDialog, CoverageReportDialog
    from commdesk.ui.releases.dialogs import NewReleaseDialog, TemplateEditorDialog

    templates = app_services.get(ReleaseTemplateService)
    return [
        NewReleaseDialog(templates.list()),
        TemplateEditorDialog(templates, templates.get("standard", "zh")),
        CoverageDialog(1, None),
        CoverageReportDialog(date(2026, 3, 1), date(2026, 3, 31)),
        AccountDialog(app_services),
        ComposeDialog(app_services),
    ]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_each_dialog_closes_on_esc_has_unique_alt_keys_and_fits(qtbot, app_services, people, lang):
    from commdesk.translations import install

    install(lang)
    try:
        for dlg in _dialogs(app_services):
            qtbot.addWidget(dlg)
            dlg.show()
            qtbot.waitExposed(dlg)
            clashes = {k: v for k, v in mnemonics(dlg).items() if len(v) > 1}
            assert clashes == {}, (type(dlg).__name__, clashes)
            size = dlg.size().expandedTo(dlg.minimumSizeHint())
            assert size.width() <= 1280 and size.height() <= 800 - 40, (type(dlg).__name__, size)
            for b in dlg.findChildren(QAbstractButton):  # every visible button inside the dialog
                if b.isVisible():
                    corner = b.mapTo(dlg, b.rect().bottomRight())
                    assert dlg.rect().contains(corner), (type(dlg).__name__, b.text())
            dlg.activateWindow()
            qtbot.keyClick(dlg, Qt.Key.Key_Escape)
            assert not dlg.isVisible(), type(dlg).__name__
    finally:
        install("en")
