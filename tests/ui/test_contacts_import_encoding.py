"""A Big5 file in the import wizard: refused with the likely encoding named, then read
correctly once the user picks Big5; nothing imported as mojibake."""

from __future__ import annotations

from pathlib import Path

from commdesk.services.contacts.service import ContactQuery, ContactService
from commdesk.ui.contacts.import_wizard import ImportWizard

BIG5 = Path(__file__).resolve().parents[1] / "fixtures" / "contacts" / "big5_names.csv"


def test_big5_is_asked_about_then_read(qtbot, app_services):
    wiz = ImportWizard(app_services)
    qtbot.addWidget(wiz)
    wiz.show()
    page = wiz.file_page
    page.path.setText(str(BIG5))
    wiz.next()
    qtbot.waitUntil(lambda: "Big5" in page.error.text(), timeout=60000)
    assert wiz.currentPage() is page and wiz.preview is None
    page.encoding.setCurrentIndex(page.encoding.findData("big5"))
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.mapping_page, timeout=60000)
    assert [r.values["姓名"] for r in wiz.preview.sample_rows] == ["陳大文", "李小龍", "張學友", "黃秀英"]
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.report_page, timeout=60000)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.result_page, timeout=60000)
    svc = app_services.get(ContactService)
    assert sorted(s.name for s in svc.search(ContactQuery())) == sorted(
        ["陳大文", "李小龍", "張學友", "黃秀英"]
    )
