"""Reply… in the case view: off, with the reason as its tooltip, for a case with no e-mail address
to answer; and an answer that is refused is offered again with its text (typing is never lost)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from commdesk.core.cases.workflow import Channel
from commdesk.core.errors import ValidationError
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.service import CaseService
from commdesk.services.settings import SettingsService
from commdesk.ui.cases.pane import CasesPane

NOW = datetime(2026, 12, 8, 6, 0, tzinfo=UTC)


@pytest.fixture
def cases(app_services):
    app_services.ctx.clock = lambda: NOW
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    service = app_services.get(CaseAdminService).save_category("service", "服务", "Service")
    svc = app_services.get(CaseService)
    return {
        "phone_only": svc.create(
            Channel.HOTLINE, "来电咨询", category=service.id, customer=("刘先生", "13912345678", "")
        ),
        "with_mail": svc.create(
            Channel.LETTER, "来信咨询", category=service.id, customer=("赵女士", "", "zhao@example.org")
        ),
    }


def make_pane(qtbot, app_services):
    pane = CasesPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1200, 760)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_reply_is_off_with_the_reason_when_there_is_no_address(qtbot, app_services, cases):
    pane = make_pane(qtbot, app_services)
    pane.show_case(cases["phone_only"].id)
    assert not pane.view.reply_button.isEnabled()
    assert "no e-mail address" in pane.view.reply_button.toolTip()
    assert pane.view.note_button.isEnabled()  # the rest of the work goes on
    pane.show_case(cases["with_mail"].id)
    assert pane.view.reply_button.isEnabled() and pane.view.reply_button.toolTip() == ""


def test_a_refused_answer_is_offered_again_with_its_text(qtbot, app_services, cases, monkeypatch, answer):
    from commdesk.ui.cases import pane as pane_mod

    pane = make_pane(qtbot, app_services)
    pane.show_case(cases["with_mail"].id)
    shown: list[tuple[str, str]] = []

    def type_or_give_up(dlg):
        shown.append((dlg.subject.text(), dlg.body.toPlainText()))
        if len(shown) == 1:
            dlg.subject.setText("关于您的来信")
            dlg.body.setPlainText("您好，已为您处理。")
            return 1
        return 0  # the second time the person closes it, having seen the text kept

    monkeypatch.setattr(pane_mod.CaseTextDialog, "exec", type_or_give_up)

    def refuse(*_args, **_kwargs):
        raise ValidationError({"to": "The outbox refused it."})

    monkeypatch.setattr(pane.svc, "reply", refuse)
    pane.view.reply_button.click()
    assert answer.asked and answer.asked[0][0] == "error"
    assert shown == [("", ""), ("关于您的来信", "您好，已为您处理。")]
