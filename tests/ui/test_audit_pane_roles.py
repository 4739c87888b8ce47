"""The audit pane's Verify and PDF export follow who may read the log (administrators and reviewers),
as the service does: an officer sees them disabled with the reason, at once after a switch."""

from __future__ import annotations

from commdesk.ui.admin.audit_pane import AuditPane


def test_verify_and_export_follow_the_person(qtbot, app_services, people):
    pane = AuditPane(app_services)
    qtbot.addWidget(pane)
    assert pane.verify_button.isEnabled() and pane.can_export_pdf()  # the administrator
    app_services.set_person(people["officer"])
    pane.apply_person(people["officer"])
    assert not pane.verify_button.isEnabled() and not pane.can_export_pdf()
    assert "audit log" in pane.verify_button.toolTip()
    app_services.set_person(people["reviewer"])
    pane.apply_person(people["reviewer"])
    assert pane.verify_button.isEnabled() and pane.can_export_pdf()
