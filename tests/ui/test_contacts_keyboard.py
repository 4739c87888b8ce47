"""Keyboard in the contacts dialogs, in English and in Chinese: no two mnemonics clash
inside one dialog or the import wizard, Esc closes each dialog, and the Chinese contact editor
shows no English field or value words."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWizard

from commdesk.core.contacts.records import ContactRecord, Email, Phone
from commdesk.services.contacts.service import ContactService

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(window) -> list[str]:
    found = []
    texts = [w.text() for w in window.findChildren(QAbstractButton)]
    texts += [w.text() for w in window.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.title() for w in window.findChildren(QGroupBox)]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    if isinstance(window, QWizard):
        for pid in window.pageIds():
            texts.append(window.page(pid).buttonText(QWizard.WizardButton.NextButton))
        texts = list(dict.fromkeys(texts))  # the same button text on every page counts once
    for t in texts:
        found += [m.lower() for m in MNEMONIC.findall(t.replace("&&", ""))]
    return found


def buddyless(window) -> list[str]:
    """Labels that show a mnemonic but have no buddy (the key would do nothing)."""
    return [
        w.text()
        for w in window.findChildren(QLabel)
        if w.buddy() is None and MNEMONIC.search(w.text().replace("&&", ""))
    ]


def clashes(window) -> dict[str, int]:
    return {k: n for k, n in Counter(mnemonics(window)).items() if n > 1}


@pytest.fixture(params=["en", "zh_CN"])
def lang(request, qapp):
    from commdesk.translations import install

    install(request.param)
    yield request.param
    install("en")


def _dialogs(app_services, people):
    from commdesk.ui.contacts.dialogs import ContactDialog, DoNotContactDialog, InteractionDialog
    from commdesk.ui.contacts.duplicates import DuplicatesDialog, MergeDialog
    from commdesk.ui.contacts.import_wizard import ImportWizard

    svc = app_services.get(ContactService)
    a = svc.create(
        ContactRecord(
            full_name="王伟",
            title="记者",
            emails=[Email("work", "ww@xinhua.example.com")],
            phones=[Phone("mobile", "13912345678")],
            language="zh",
            preferred_channel="wechat",
        )
    )
    b = svc.create(ContactRecord(full_name="王伟", title="主编", emails=[Email("", "w2@xinhua.example.com")]))
    return {
        "new contact": lambda: ContactDialog(app_services),
        "edit contact": lambda: ContactDialog(app_services, a.id),
        "read-only contact": lambda: ContactDialog(app_services, a.id, read_only=True),
        "log interaction": lambda: InteractionDialog(app_services, a.id, "王伟"),
        "do not contact": lambda: DoNotContactDialog(app_services, a.id, "王伟"),
        "merge": lambda: MergeDialog(app_services, a.id, b.id),
        "duplicates": lambda: DuplicatesDialog(app_services),
        "import wizard": lambda: ImportWizard(app_services),
    }, a


def test_no_mnemonic_clashes_and_esc_closes(qtbot, app_services, people, lang):
    makers, _ = _dialogs(app_services, people)
    for name, make in makers.items():
        dlg = make()
        qtbot.addWidget(dlg)
        dlg.show()
        assert clashes(dlg) == {}, (lang, name, clashes(dlg))
        assert buddyless(dlg) == [], (lang, name)
        assert mnemonics(dlg), (lang, name)  # the check looked at something
        dlg.activateWindow()
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)
        assert not dlg.isVisible(), (lang, name)


def test_chinese_contact_editor_shows_values_in_chinese(qtbot, app_services, people, lang):
    if lang != "zh_CN":
        pytest.skip("the Chinese interface")
    from commdesk.ui.contacts.dialogs import ContactDialog

    _, a = _dialogs(app_services, people)
    dlg = ContactDialog(app_services, a.id)
    qtbot.addWidget(dlg)
    ui = dlg.ui
    assert ui.languageCombo.currentText() == "中文" and ui.preferredChannelCombo.currentText() == "微信"
    assert ui.statusCombo.currentText() == "在职"
    labels = [w.text() for w in dlg.findChildren(QLabel) if w.buddy() is not None]
    assert labels and not [t for t in labels if re.search("[A-Za-z]{2,}", t.replace("&", ""))]
    assert ui.phonesEdit.toPlainText() == "手机: +8613912345678" and ui.emailsEdit.toPlainText().startswith(
        "工作: "
    )
    rec = dlg.record()  # codes stay codes
    assert (rec.language, rec.preferred_channel, rec.phones[0].label, rec.emails[0].label) == (
        "zh",
        "wechat",
        "mobile",
        "work",
    )


def test_the_contacts_pane_has_no_clashing_mnemonics(qtbot, app_services, people, lang):
    from commdesk.ui.contacts.pane import ContactsPane

    _dialogs(app_services, people)
    pane = ContactsPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1110, 700)
    pane.show()
    assert clashes(pane) == {}, (lang, clashes(pane))
    assert buddyless(pane) == []
    assert len(mnemonics(pane)) >= 10
