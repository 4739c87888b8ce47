"""A conflict raised inside the unit of work (a save that lost the version race) carries no
``mine``/``theirs``: the conflict dialog then offers only to reload, saying the record changed on
another desk, and its callers do not crash on the missing versions."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QTableWidget

from commdesk.core.errors import ConflictError
from commdesk.persistence.unit_of_work import saved_in_between
from commdesk.services.people import PeopleService
from commdesk.ui.common import conflict
from commdesk.ui.common.conflict import ConflictDialog


def _buttons(dlg):
    return [b for b in dlg.findChild(QDialogButtonBox).buttons() if isinstance(b, QPushButton)]


def test_a_lost_race_offers_only_reload(qtbot):
    dlg = ConflictDialog(saved_in_between())
    qtbot.addWidget(dlg)
    buttons = _buttons(dlg)
    assert [b.text().replace("&", "") for b in buttons] == ["Reload the stored version"]
    assert dlg.findChild(QTableWidget) is None
    assert any("another desk" in label.text() for label in dlg.findChildren(QLabel))
    buttons[0].click()
    assert dlg.choice == "theirs" and dlg.result() == dlg.DialogCode.Accepted


def test_a_stale_copy_still_offers_both_versions(qtbot):
    dlg = ConflictDialog(ConflictError("stale", mine={"name": "A"}, theirs={"name": "B"}))
    qtbot.addWidget(dlg)
    texts = [b.text().replace("&", "") for b in _buttons(dlg)]
    assert any(t.startswith("Keep mine") for t in texts) and any(t.startswith("Take theirs") for t in texts)
    assert dlg.findChild(QTableWidget).rowCount() == 1


def test_person_dialog_survives_a_conflict_without_versions(qtbot, app_services, people, monkeypatch):
    from commdesk.ui.admin.person_dialog import PersonDialog

    svc = app_services.get(PeopleService)
    target = people["officer"]
    dlg = PersonDialog(svc, svc.get(target.id))
    qtbot.addWidget(dlg)
    dlg.ui.nameEdit.setText(target.name + " X")

    def lose_the_race(*args, **kwargs):
        raise saved_in_between()

    monkeypatch.setattr(svc, "update", lose_the_race)
    asked = []
    for choice in ("mine", "cancel"):  # even a caller's "mine" must not reach for exc.theirs.version
        monkeypatch.setattr(
            conflict, "resolve_conflict", lambda parent, exc, c=choice: asked.append(exc) or c
        )
        dlg.save()
        assert dlg.result() != dlg.DialogCode.Accepted
    monkeypatch.setattr(conflict, "resolve_conflict", lambda parent, exc: asked.append(exc) or "theirs")
    dlg.save()
    assert dlg.result() == dlg.DialogCode.Rejected
    assert len(asked) == 3 and all(e.theirs is None and e.mine is None for e in asked)
