"""The cases desk's tables, fields and codes as people read them in history views, the audit pane
and its PDF (``register_labels`` hands them to ``core.labels``). Plain dicts, translated when called.

Names the same words the case screens use: a channel, a status, a priority, a clock, an entry's kind
and what became of a message taken in.
"""

from __future__ import annotations

from collections.abc import Callable

from commdesk.core.cases.clocks import ClockKind
from commdesk.core.cases.workflow import COMPLAINT_GRADES, CaseStatus, Channel, Priority
from commdesk.core.i18n import translate
from commdesk.core.table_labels import PERSON, register_tables

# Fields holding a person's id: shown as the person's name.
PERSON_FIELDS = (
    "owner_id",
    "grade_decided_by_id",
    "created_by_id",
    "updated_by_id",
    "author_id",
    "by_id",
    "escalated_to_id",
    "approved_by_id",
    "written_by_id",
    "taken_by_id",
)


def entity_labels() -> dict[str, str]:
    """Each table's kind of record, in words."""
    return {
        "cases": translate("CaseLabels", "Case"),
        "case_entries": translate("CaseLabels", "Case entry"),
        "case_status_history": translate("CaseLabels", "Case status change"),
        "case_clocks": translate("CaseLabels", "Case clock"),
        "case_categories": translate("CaseLabels", "Case category"),
        "case_sla_policies": translate("CaseLabels", "Clock target"),
        "case_customers": translate("CaseLabels", "Customer record"),
        "case_reference_counters": translate("CaseLabels", "Case reference counter"),
        "case_mailbox_cursors": translate("CaseLabels", "Feedback mailbox position"),
        "case_reply_templates": translate("CaseLabels", "Reply template"),
        "case_intake_rules": translate("CaseLabels", "Intake rule"),
        "case_intake_messages": translate("CaseLabels", "Message taken in"),
        "kb_entries": translate("CaseLabels", "Knowledge base entry"),
        "kb_entry_versions": translate("CaseLabels", "Knowledge base version"),
    }


#: Every table of the cases desk (their audit ``entity`` names).
CASE_TABLES = tuple(entity_labels())


def field_labels() -> dict[str, str]:
    """Every column of the cases desk's tables (one vocabulary: the same column means the same in
    each of them), and the clocks an escalation names in its field."""
    return {
        # cases
        "reference": translate("CaseLabels", "Reference"),
        "channel": translate("CaseLabels", "Channel"),
        "contact_id": translate("CaseLabels", "Contact"),
        "customer_id": translate("CaseLabels", "Customer record"),
        "category_id": translate("CaseLabels", "Category"),
        "subcategory_id": translate("CaseLabels", "Sub-category"),
        "department": translate("CaseLabels", "Department"),
        "owner_id": translate("CaseLabels", "Owner"),
        "priority": translate("CaseLabels", "Priority"),
        "complaint": translate("CaseLabels", "Complaint"),
        "complaint_grade": translate("CaseLabels", "Complaint grade"),
        "grade_decided_by_id": translate("CaseLabels", "Grade decided by"),
        "grade_decided_at": translate("CaseLabels", "Grade decided"),
        "status": translate("CaseLabels", "Status"),
        "summary": translate("CaseLabels", "Summary"),
        "outcome": translate("CaseLabels", "Outcome"),
        "received_at": translate("CaseLabels", "Received"),
        "acknowledged_at": translate("CaseLabels", "Acknowledged"),
        "first_response_at": translate("CaseLabels", "First response given"),
        "resolved_at": translate("CaseLabels", "Resolved"),
        "closed_at": translate("CaseLabels", "Closed"),
        "first_contact_resolution": translate("CaseLabels", "Resolved on first contact"),
        "csat": translate("CaseLabels", "Satisfaction (1-5)"),
        "interaction_id": translate("CaseLabels", "Contact's history entry"),
        "next_due_at": translate("CaseLabels", "Next due"),
        "created_by_id": translate("CaseLabels", "Created by"),
        "updated_by_id": translate("CaseLabels", "Last changed by"),
        # the conversation
        "case_id": translate("CaseLabels", "Case"),
        "kind": translate("CaseLabels", "Kind"),
        "at": translate("CaseLabels", "When"),
        "author_id": translate("CaseLabels", "Written by"),
        "author_name": translate("CaseLabels", "Written by"),
        "body": translate("CaseLabels", "Text"),
        "call_started_at": translate("CaseLabels", "Call started"),
        "call_ended_at": translate("CaseLabels", "Call ended"),
        "message_id": translate("CaseLabels", "Message ID"),
        "in_reply_to": translate("CaseLabels", "In reply to"),
        "thread_refs": translate("CaseLabels", "Earlier messages of the thread"),
        "from_address": translate("CaseLabels", "From"),
        "to_addresses": translate("CaseLabels", "To"),
        "subject": translate("CaseLabels", "Subject"),
        "attachments_json": translate("CaseLabels", "Attachments"),
        "outbox_id": translate("CaseLabels", "Outbox message"),
        # status history
        "from_status": translate("CaseLabels", "From status"),
        "to_status": translate("CaseLabels", "To status"),
        "by_id": translate("CaseLabels", "Changed by"),
        "by_name": translate("CaseLabels", "Changed by"),
        "note": translate("CaseLabels", "Note"),
        # clocks and their targets
        "started_at": translate("CaseLabels", "Started"),
        "target_minutes": translate("CaseLabels", "Target (working minutes)"),
        "minutes": translate("CaseLabels", "Target (working minutes)"),
        "due_at": translate("CaseLabels", "Due"),
        "stopped_at": translate("CaseLabels", "Stopped"),
        "met": translate("CaseLabels", "Met"),
        "breached_at": translate("CaseLabels", "Ran out"),
        "escalated_at": translate("CaseLabels", "Escalated"),
        "escalated_to_id": translate("CaseLabels", "Escalated to"),
        ClockKind.FIRST_RESPONSE.value: ClockKind.FIRST_RESPONSE.label,
        ClockKind.NEXT_UPDATE.value: ClockKind.NEXT_UPDATE.label,
        ClockKind.RESOLUTION.value: ClockKind.RESOLUTION.label,
        # categories
        "parent_id": translate("CaseLabels", "Top-level category"),
        "code": translate("CaseLabels", "Code"),
        "name_zh": translate("CaseLabels", "Chinese name"),
        "name_en": translate("CaseLabels", "English name"),
        "active": translate("CaseLabels", "In use"),
        "position": translate("CaseLabels", "Position"),
        # customers
        "name": translate("CaseLabels", "Name"),
        "phone": translate("CaseLabels", "Phone"),
        "email": translate("CaseLabels", "E-mail"),
        "email_key": translate("CaseLabels", "E-mail (for finding)"),
        # reference counters and mailbox positions
        "year": translate("CaseLabels", "Year"),
        "last": translate("CaseLabels", "Last number given"),
        "account_key": translate("CaseLabels", "Mailbox"),
        "uidvalidity": translate("CaseLabels", "Folder identity"),
        "last_uid": translate("CaseLabels", "Last message fetched"),
        # reply templates and intake rules
        "language": translate("CaseLabels", "Language"),
        "title": translate("CaseLabels", "Title"),
        "field": translate("CaseLabels", "Looks at"),
        "contains": translate("CaseLabels", "Contains"),
        # messages taken in
        "fingerprint": translate("CaseLabels", "Message fingerprint"),
        "source": translate("CaseLabels", "Came from"),
        "origin": translate("CaseLabels", "Where it was found"),
        "sender": translate("CaseLabels", "Sender"),
        "reason": translate("CaseLabels", "Why"),
        "problems": translate("CaseLabels", "What was repaired"),
        "raw": translate("CaseLabels", "Message as it arrived"),
        "acknowledgement_id": translate("CaseLabels", "Acknowledgement sent"),
        "taken_at": translate("CaseLabels", "Taken in"),
        "taken_by_id": translate("CaseLabels", "Taken in by"),
        "looked_at": translate("CaseLabels", "Looked at"),
        # knowledge base
        "number": translate("CaseLabels", "Version"),
        "approved_number": translate("CaseLabels", "Approved version"),
        "approved_by_id": translate("CaseLabels", "Approved by"),
        "approved_at": translate("CaseLabels", "Approved"),
        "entry_id": translate("CaseLabels", "Knowledge base entry"),
        "written_by_id": translate("CaseLabels", "Written by"),
        "written_by_name": translate("CaseLabels", "Written by"),
        "written_at": translate("CaseLabels", "Written"),
    }


def entry_kind_labels() -> dict[str, str]:
    """A conversation entry's kind, as the case view names it."""
    return {
        "call": translate("CaseLabels", "Call"),
        "message_in": translate("CaseLabels", "Their message"),
        "message_out": translate("CaseLabels", "Our answer"),
        "note": translate("CaseLabels", "Internal note"),
    }


def template_kind_labels() -> dict[str, str]:
    return {
        "acknowledgement": translate("CaseLabels", "Acknowledgement"),
        "canned": translate("CaseLabels", "Canned response"),
    }


def language_labels() -> dict[str, str]:
    """The languages the desk answers and keeps knowledge in, by their stored codes."""
    return {"zh_CN": "中文", "zh": "中文", "en": "English"}


def rule_field_labels() -> dict[str, str]:
    return {
        "sender": translate("CaseLabels", "Sender"),
        "subject": translate("CaseLabels", "Subject"),
        "text": translate("CaseLabels", "Text"),
    }


def intake_labels() -> dict[str, dict[str, str]]:
    """What became of a message taken in, where it came from and what it was."""
    return {
        "outcome": {
            "pending": translate("CaseLabels", "Being taken in"),
            "new": translate("CaseLabels", "New case"),
            "joined": translate("CaseLabels", "Joined its case"),
            "duplicate": translate("CaseLabels", "Duplicate, skipped"),
            "set_aside": translate("CaseLabels", "Set aside"),
        },
        "source": {
            "mail": translate("CaseLabels", "Mail"),
            "web_form": translate("CaseLabels", "Web form"),
        },
        "kind": {
            "normal": translate("CaseLabels", "Message"),
            "auto_reply": translate("CaseLabels", "Automatic reply"),
            "bounce": translate("CaseLabels", "Bounce"),
        },
    }


def value_labels() -> dict[str, dict[str, str]]:
    """{field: {stored value: words}} for the cases desk's codes. ``kind`` differs between tables:
    the per-table maps are ``table_value_labels``."""
    statuses = {s.value: s.label for s in CaseStatus}
    return {
        "channel": {c.value: c.label for c in Channel},
        "status": statuses,
        "from_status": statuses,
        "to_status": statuses,
        "priority": {p.value: p.label for p in Priority},
        "complaint_grade": {str(g): info.label for g, info in COMPLAINT_GRADES.items()},
        "language": language_labels(),
        "field": rule_field_labels(),
    }


def table_value_labels() -> dict[str, dict[str, dict[str, str]]]:
    """The codes whose meaning depends on the table (``kind`` is an entry's, a clock's, a template's
    or a message's kind)."""
    clock_kinds = {k.value: k.label for k in ClockKind}
    intake = intake_labels()
    return {
        "case_entries": {"kind": entry_kind_labels()},
        "case_clocks": {"kind": clock_kinds},
        "case_sla_policies": {"kind": clock_kinds},
        "case_reply_templates": {"kind": template_kind_labels()},
        "case_intake_messages": intake,
    }


def setting_labels() -> dict[str, str]:
    """The cases desk's settings (``settings`` rows, by key) as its administrators' screens name them."""
    return {
        "cases.managers": translate("CaseLabels", "Cases desk: managers"),
        "cases.reply_language": translate("CaseLabels", "Cases desk: default reply language"),
        "mailbox.host": translate("CaseLabels", "Feedback mailbox: server"),
        "mailbox.port": translate("CaseLabels", "Feedback mailbox: port"),
        "mailbox.security": translate("CaseLabels", "Feedback mailbox: security"),
        "mailbox.user": translate("CaseLabels", "Feedback mailbox: user name"),
        "mailbox.folder": translate("CaseLabels", "Feedback mailbox: folder"),
        "mailbox.after_fetch": translate("CaseLabels", "Feedback mailbox: after a message is taken in"),
    }


def setting_value(key: str, text: str) -> str | None:
    """A cases-desk setting's stored value in words where the key says how (None: as any other)."""
    if key == "mailbox.security":
        return {
            "ssl": translate("CaseLabels", "SSL/TLS"),
            "starttls": translate("CaseLabels", "STARTTLS"),
            "none": translate("CaseLabels", "none (unencrypted)"),
        }.get(text)
    if key == "mailbox.after_fetch":
        return {
            "leave": translate("CaseLabels", "leave it on the server"),
            "mark_seen": translate("CaseLabels", "mark it as read"),
            "delete": translate("CaseLabels", "delete it from the server"),
        }.get(text)
    if key == "cases.reply_language":
        return language_labels().get(text)
    return None


def action_labels() -> dict[str, str]:
    """The cases desk's named audit events in words."""
    return {
        "escalate": translate("CaseLabels", "escalated"),
        "grade": translate("CaseLabels", "complaint graded"),
        "version": translate("CaseLabels", "new version written"),
    }


def register_labels(register) -> None:
    """Called by ``core.labels.load_area_labels``: every table with the desk's words, and the codes
    whose meaning depends on the table asked first."""
    references = dict.fromkeys(PERSON_FIELDS, PERSON)
    register_tables(
        register, entity_labels, field_labels=field_labels, value_labels=value_labels, references=references
    )
    for table in table_value_labels():
        register(table, value_labels=_values_of(table))


def _values_of(table: str) -> Callable[[], dict[str, dict[str, str]]]:
    """The codes of one table, computed when looked up (in the language then in force)."""
    return lambda: table_value_labels()[table]
