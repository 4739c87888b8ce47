"""The staff directory's tables, fields and codes as people read them in history views, the audit
pane and its PDF (``register_labels`` hands them to ``core.labels``)."""

from __future__ import annotations

from commdesk.core.i18n import translate
from commdesk.core.staff.records import SubscriptionHow, SubscriptionStatus
from commdesk.core.table_labels import register_tables


def entity_labels() -> dict[str, str]:
    return {
        "staff_members": translate("StaffLabels", "Staff member"),
        "staff_lists": translate("StaffLabels", "Subscription list"),
        "staff_subscriptions": translate("StaffLabels", "Subscription"),
        "staff_token_keys": translate("StaffLabels", "Unsubscribe token key"),
        "staff_activity": translate("StaffLabels", "Staff member's last activity"),
        "staff_deliveries": translate("StaffLabels", "Mail from a list"),
    }


def field_labels() -> dict[str, str]:
    return {
        "name": translate("StaffLabels", "Name"),
        "email": translate("StaffLabels", "E-mail"),
        "email_key": translate("StaffLabels", "E-mail (for matching)"),
        "department": translate("StaffLabels", "Department"),
        "phone": translate("StaffLabels", "Phone"),
        "active": translate("StaffLabels", "Active"),
        "source": translate("StaffLabels", "Source"),
        "import_batch": translate("StaffLabels", "Import"),
        "name_zh": translate("StaffLabels", "Name (Chinese)"),
        "name_en": translate("StaffLabels", "Name (English)"),
        "description": translate("StaffLabels", "Description"),
        "double_opt_in": translate("StaffLabels", "Double opt-in"),
        "cap_count": translate("StaffLabels", "Most mails per period"),
        "cap_days": translate("StaffLabels", "Period (days)"),
        "member_id": translate("StaffLabels", "Staff member"),
        "list_id": translate("StaffLabels", "Subscription list"),
        "status": translate("StaffLabels", "Status"),
        "changed_at": translate("StaffLabels", "Changed"),
        "how": translate("StaffLabels", "How"),
        "token_nonce": translate("StaffLabels", "Token"),
        "last_active_at": translate("StaffLabels", "Last activity"),
        "what": translate("StaffLabels", "Activity"),
        "sent_at": translate("StaffLabels", "Sent"),
        "reference": translate("StaffLabels", "What was sent"),
    }


def value_labels() -> dict[str, dict[str, str]]:
    return {
        "status": {s.value: s.label for s in SubscriptionStatus},
        "how": {h.value: h.label for h in SubscriptionHow},
    }


def register_labels(register) -> None:
    """Called by ``core.labels.load_area_labels``."""
    register_tables(register, entity_labels, field_labels=field_labels, value_labels=value_labels)
