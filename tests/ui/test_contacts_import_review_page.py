"""The import wizard shows an update's field-level changes before anything is written and lets
the user keep the existing value per field or for all; the report's counts add up
to the rows read and name the rows merged into an earlier row."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from commdesk.core.contacts.importing.plan import KEEP, NEW, REPLACE
from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.services.contacts.service import ContactQuery, ContactService
from commdesk.ui.contacts.import_review import COL_CHOICE, COL_FIELD, COL_NEW, COL_OLD, ChangesModel
from commdesk.ui.contacts.import_wizard import ImportWizard


def _file(tmp_path):
    path = tmp_path / "update.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["姓名", "职位", "媒体", "邮箱", "备注"])
        w.writerow(["王伟", "主编", "人民日报", "wangwei@xinhua.example.com", "喜欢电话"])
        w.writerow(["王伟", "", "", "WANGWEI@xinhua.example.com", ""])
        w.writerow(["张敏", "记者", "澎湃新闻", "zhangmin@thepaper.example.cn", ""])
    return path


def _to_review(qtbot, app_services, tmp_path):
    svc = app_services.get(ContactService)
    wang = svc.create(
        ContactRecord(
            full_name="王伟",
            title="记者",
            outlet="新华社",
            notes="老朋友",
            emails=[Email("work", "wangwei@xinhua.example.com")],
        )
    )
    wiz = ImportWizard(app_services)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.file_page.path.setText(str(_file(tmp_path)))
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.mapping_page, timeout=60000)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.review_page, timeout=60000)
    return svc, wang, wiz


def _rows(model):
    return {model.index(r, COL_FIELD).data(): r for r in range(model.rowCount())}


def test_review_table_then_keep_one_field_and_import(qtbot, app_services, tmp_path):
    svc, wang, wiz = _to_review(qtbot, app_services, tmp_path)
    model = wiz.review_page.model
    rows = _rows(model)
    assert set(rows) == {"Title", "Outlet", "Other outlets", "Notes"}
    title = rows["Title"]
    assert (model.index(title, COL_OLD).data(), model.index(title, COL_NEW).data()) == ("记者", "主编")
    assert model.index(rows["Notes"], COL_NEW).data() == "老朋友 | 喜欢电话"  # appended
    assert all(model.index(r, 0).data() == f"王伟 (#{wang.id})" for r in rows.values())
    assert svc.get(wang.id).record.title == "记者"  # nothing written yet
    # choose "keep existing" for the title through the combo box a user opens in the "Use" column
    index = model.index(title, COL_CHOICE)
    wiz.review_page.table.edit(index)
    combo = wiz.review_page.table.indexWidget(index)
    assert isinstance(combo, QComboBox) and combo.count() == 2
    combo.setCurrentIndex(combo.findData(KEEP))
    combo.activated.emit(combo.currentIndex())
    assert model.index(title, COL_CHOICE).data() == "Keep existing"
    assert model.index(title, COL_OLD).data(Qt.ItemDataRole.FontRole).bold()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.report_page, timeout=60000)
    counts = wiz.report_page.counts.text()
    assert (
        "Of <b>3</b> rows read: will create <b>1</b>, update <b>1</b>" in counts
        and "merge <b>1</b>" in counts
    )
    merged = [wiz.report_page.rejects.item(r, 3).text() for r in range(wiz.report_page.rejects.rowCount())]
    assert merged == ["the same person as row 2: merged into row 2 of this file"]
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.result_page, timeout=60000)
    got = svc.get(wang.id).record
    assert (got.title, got.outlet, got.notes) == ("记者", "人民日报", "老朋友\n喜欢电话")
    assert svc.count(ContactQuery()) == 2
    assert "Rows read: 3; 1 created, 1 updated, 0 unchanged, 1 merged" in wiz.result_page.text.text()


def test_keep_existing_for_all_leaves_the_contact_unchanged(qtbot, app_services, tmp_path):
    svc, wang, wiz = _to_review(qtbot, app_services, tmp_path)
    before = svc.get(wang.id)
    wiz.review_page.keep_all.click()
    assert set(wiz.review_page.model.chosen) == {KEEP}
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.report_page, timeout=60000)
    assert "update <b>0</b>, leave <b>1</b> unchanged" in wiz.report_page.counts.text()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.result_page, timeout=60000)
    after = svc.get(wang.id)
    assert after.record == before.record and after.version == before.version


def test_changes_model(qtmodeltester, tmp_path):
    from commdesk.core.contacts.importing import DictLookup, Row, guess_mapping, plan_import

    stored = {
        7: ContactRecord(
            full_name="王伟", title="记者", notes="老朋友", emails=[Email("work", "a@x.example.com", True)]
        )
    }
    plan = plan_import(
        [Row("f.csv", 2, {"姓名": "王伟", "职位": "主编", "邮箱": "a@x.example.com", "备注": "新"})],
        guess_mapping(["姓名", "职位", "邮箱", "备注"]),
        DictLookup(stored),
        "CN",
    )
    model = ChangesModel()
    model.set_plan(plan)
    qtmodeltester.check(model)
    rows = _rows(model)
    notes = rows["Notes"]
    assert model.options(notes) == (KEEP, NEW, REPLACE) and model.options(rows["Title"]) == (KEEP, NEW)
    assert not model.setData(model.index(rows["Title"], COL_CHOICE), REPLACE)
    assert model.setData(model.index(notes, COL_CHOICE), REPLACE)
    assert model.index(notes, COL_NEW).data() == "新"
    assert model.choices() == {7: {"notes": REPLACE}}
    model.set_all(NEW)
    assert model.choices() == {}


def test_a_name_or_an_outlet_is_kept_with_what_derives_from_it(qtmodeltester):
    """Choosing "keep existing" on the outlet keeps the other outlets too (and the other way round);
    the same for a name and its pinyin: the rows of the group flip together, so what the table shows
    is what will be stored."""
    from commdesk.core.contacts.importing import DictLookup, Row, guess_mapping, plan_import
    from commdesk.core.contacts.importing.plan import resolve_choices

    stored = {
        7: ContactRecord(
            full_name="王伟",
            family_name="王",
            given_name="伟",
            pinyin="wang wei",
            title="记者",
            outlet="新华社",
            outlets=["人民日报"],
            emails=[Email("work", "a@x.example.com", True)],
        )
    }
    headers = ["姓名", "职位", "媒体", "邮箱"]
    plan = plan_import(
        [Row("f.csv", 2, dict(zip(headers, ["王小伟", "主编", "财新", "a@x.example.com"], strict=False)))],
        guess_mapping(headers),
        DictLookup(stored),
        "CN",
    )
    model = ChangesModel()
    model.set_plan(plan)
    qtmodeltester.check(model)
    rows = _rows(model)
    assert model.setData(model.index(rows["Other outlets"], COL_CHOICE), KEEP)
    assert model.index(rows["Outlet"], COL_CHOICE).data() == "Keep existing"
    assert model.setData(model.index(rows["Pinyin"], COL_CHOICE), KEEP)
    assert [
        model.index(rows[f], COL_CHOICE).data() for f in ("Full name", "Given name", "Pinyin", "Title")
    ] == ["Keep existing", "Keep existing", "Keep existing", "Take new"]
    got = resolve_choices(plan, model.choices()).update[0].record
    assert (got.full_name, got.pinyin, got.title, got.outlet, got.outlets) == (
        "王伟",
        "wang wei",
        "主编",
        "新华社",
        ["人民日报"],
    )
