"""The words people read for stored names: tables, fields and coded values in history views.

The audit log stores column names (``body_markdown``), table names (``releases``) and coded values
(``in_review``, ``true``). History views must show them with the same translated labels as the forms.
Each area's ``core/<area>/labels.py`` registers its labels through ``register_labels(register)``; the
areas are listed in ``AREA_LABELS`` and registered on first use (``load_area_labels``):

    register("releases", field_labels=releases_field_labels, value_text=releases_value_text,
             entity_label=lambda: translate("Releases", "Press release"))

An area with several tables names each table's kind of record in ``entity_labels()`` and registers
them all at once with ``core.table_labels.register_tables`` (the one way; see there). The area
modules never import this one (it imports them), so the dependency runs one way. Names of
the records a stored value points at (people, releases) come from the database: the caller passes a
``NameLookup`` (``services.names.name_lookup``) to ``value_label``.

``field_labels`` is a mapping or a function returning one (called at lookup time, so the current
language is used); ``value_labels`` is ``{field: {value: label}}`` or a function returning it;
``value_text(field, value) -> str`` is a function for what a mapping cannot say. What nobody
registered is prettified (``body_markdown`` -> "Body markdown") and never shown as snake_case.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from types import ModuleType

import commdesk.core.mail.labels as mail_labels
from commdesk.core.cases import labels as case_labels
from commdesk.core.contacts import labels as contact_labels
from commdesk.core.crisis import labels as crisis_labels
from commdesk.core.documents.releases import channel_label
from commdesk.core.domain.people import Role
from commdesk.core.evaluation import labels as evaluation_labels
from commdesk.core.events import labels as event_labels
from commdesk.core.i18n import translate
from commdesk.core.meetings import model as meeting_model
from commdesk.core.publishing import labels as social_labels
from commdesk.core.releases import labels as release_labels
from commdesk.core.releases.records import CHANNELS
from commdesk.core.releases.workflow import Action, State
from commdesk.core.review import labels as review_labels
from commdesk.core.staff import labels as staff_labels
from commdesk.core.table_labels import PERSON, RELEASE, RELEASE_TEMPLATE, register_tables
from commdesk.core.timezones import format_instant, system_zone_name

log = logging.getLogger(__name__)

LabelMap = Mapping[str, str]


@dataclass
class _Entry:
    field_labels: object = None
    value_labels: object = None
    value_text: Callable[[str, str], str] | None = None
    entity_label: Callable[[], str] | None = None
    references: Mapping[str, str] | None = None


_registry: dict[str, list[_Entry]] = {}

NameLookup = Callable[[str, str], "str | None"]


def register(
    entities: str | Iterable[str],
    field_labels=None,
    value_labels=None,
    value_text: Callable[[str, str], str] | None = None,
    entity_label: Callable[[], str] | None = None,
    references: Mapping[str, str] | None = None,
) -> None:
    """Labels for one table or several (their audit ``entity`` names). Later registrations for the
    same table are asked first. ``references`` names the fields whose value is the id or key of
    another record (``{"owner_id": labels.PERSON}``): history views show that record's name."""
    for entity in [entities] if isinstance(entities, str) else list(entities):
        _registry.setdefault(entity, []).insert(
            0, _Entry(field_labels, value_labels, value_text, entity_label, references)
        )


def unregister(entity: str) -> None:
    _registry.pop(entity, None)


def _resolve(source) -> Mapping:
    if source is None:
        return {}
    try:
        return source() if callable(source) else source
    except Exception:
        log.exception("labels could not be computed")
        return {}


_SNAKE = re.compile(r"[_\s]+")


def prettify(name: str) -> str:
    """``body_markdown`` -> "Body markdown", ``owner_id`` -> "Owner", ``in_review`` -> "In review"."""
    text = str(name or "")
    if text.endswith("_id") and len(text) > 3:
        text = text[:-3]
    words = _SNAKE.sub(" ", text).strip()
    return words[:1].upper() + words[1:] if words else ""


def _common_fields() -> dict[str, str]:
    """Fields many tables share, and the foundation's own tables (people, settings)."""
    return {
        "id": translate("Labels", "Number"),
        "name": translate("Labels", "Name"),
        "title": translate("Labels", "Title"),
        "email": translate("Labels", "E-mail"),
        "department": translate("Labels", "Department"),
        "roles": translate("Labels", "Roles"),
        "active": translate("Labels", "Active"),
        "passphrase_hash": translate("Labels", "Passphrase"),
        "state": translate("Labels", "State"),
        "status": translate("Labels", "Status"),
        "notes": translate("Labels", "Notes"),
        "note": translate("Labels", "Note"),
        "language": translate("Labels", "Language"),
        "created_at": translate("Labels", "Created"),
        "updated_at": translate("Labels", "Last changed"),
        "created_by": translate("Labels", "Created by"),
        "version": translate("Labels", "Version"),
        "key": translate("Labels", "Setting"),
        "value": translate("Labels", "Value"),
        "value_json": translate("Labels", "Value"),
    }


def _common_value(field: str, value: str) -> str | None:
    if value in ("true", "True"):
        return translate("Labels", "yes")
    if value in ("false", "False"):
        return translate("Labels", "no")
    if value == "(changed)":  # persistence.audit.REDACTED: a secret's value is never stored
        return translate("Labels", "(changed)")
    if m := re.fullmatch(r"\((\d+) bytes\)", value):
        n = int(m.group(1))
        return translate("Labels", "(%n bytes)", "", n)
    if field == "roles":
        try:
            return translate("Labels", ", ").join(Role(r).label for r in value.split(",") if r)
        except ValueError:
            return None
    return None


_loaded = False


def _entities_of(entity: str) -> list[_Entry]:
    global _loaded
    if not _loaded:
        _loaded = True
        _register_builtin()
        load_area_labels()
    return _registry.get(entity, [])


def field_label(entity: str, field: str | None) -> str:
    """The label of ``field`` of table ``entity``, as the forms name it."""
    if not field:
        return ""
    for name in (field, field[:-3]) if field.endswith("_id") and len(field) > 3 else (field,):
        for entry in _entities_of(entity):  # set_by_id is labelled as set_by when only that is known
            label = _resolve(entry.field_labels).get(name)
            if label:
                return label
        if label := _common_fields().get(name):
            return label
    return prettify(field)


_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)$")


def _plain(value: str, zone: str | None) -> str | None:
    """A JSON-encoded text or list (settings, lists of names) and an ISO instant, as people read
    them; None when ``value`` is neither."""
    if _INSTANT.match(value):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return format_instant(moment, zone or system_zone_name(), with_zone=False)
    if value[:1] in ('"', "["):
        try:
            data = json.loads(value)
        except ValueError:
            return None
        if isinstance(data, str):
            return data
        if isinstance(data, list) and all(isinstance(v, (str, int, float)) for v in data):
            return translate("Labels", ", ").join(str(v) for v in data)
    return None


def reference_kind(entity: str, field: str | None) -> str | None:
    """What kind of record ``field`` of ``entity`` points at (``PERSON`` ...), if it was declared."""
    for entry in _entities_of(entity):
        kind = (entry.references or {}).get(field or "")
        if kind:
            return kind
    return None


def _short_hash(value: str) -> str | None:
    """A content hash (64 hex digits) is shortened as version control tools do."""
    return value[:10] if re.fullmatch(r"[0-9a-f]{40,}", value) else None


def _item_text(item) -> str | None:
    """One element of a stored JSON list: a scalar, or a checklist item ``{"text", "done"}``."""
    if isinstance(item, (str, int, float)):
        return str(item)
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        return item["text"] + (" \u2713" if item.get("done") else "")
    return None


def value_label(
    entity: str,
    field: str | None,
    value: str | None,
    zone: str | None = None,
    names: NameLookup | None = None,
) -> str:
    """A stored value (as the audit log keeps it: text) as people read it: codes in words, instants in
    ``zone`` (default: the computer's), JSON text and lists unwrapped (each element in words), the id
    of a person (or another declared reference) as its name through ``names``."""
    if value is None or value == "":
        return ""
    if names is not None and (kind := reference_kind(entity, field)) is not None:
        try:
            name = names(kind, value)
        except Exception:  # noqa: BLE001 - a name that cannot be looked up shows the raw value
            name = None
        if name:
            return name
    if value[:1] == "[":
        try:
            data = json.loads(value)
        except ValueError:
            data = None
        if isinstance(data, list):
            items = [_item_text(v) for v in data]
            texts = [i for i in items if i is not None]
            if len(texts) == len(items):
                return translate("Labels", ", ").join(_one_value(entity, field, i, zone) for i in texts)
    return _one_value(entity, field, value, zone)


def _one_value(entity: str, field: str | None, value: str, zone: str | None) -> str:
    plain = _plain(value, zone)
    if plain is not None:
        value = plain
        if not value:
            return ""
    for entry in _entities_of(entity):
        table = _resolve(entry.value_labels).get(field or "", {})
        if value in table:
            return table[value]
        if entry.value_text is not None and field:
            try:
                text = entry.value_text(field, value)
            except Exception:  # noqa: BLE001 - an area's formatter failing shows the raw value
                text = None
            if text is not None and str(text) != value:
                return str(text)
    common = _common_value(field or "", value)
    if common is not None:
        return common
    if (short := _short_hash(value)) is not None:
        return short
    if re.fullmatch(r"[a-z]+(_[a-z]+)+", value):  # a code nobody registered: never raw snake_case
        return prettify(value).lower()
    return value


def entity_label(entity: str) -> str:
    """The kind of record a table holds, in words (``releases`` -> "Press release")."""
    for entry in _entities_of(entity):
        if entry.entity_label is not None:
            return entry.entity_label()
    return prettify(entity)


def action_label(action: str) -> str:
    """What happened in an audit entry (``create``, ``override``, a named event) in words."""
    known = {
        "create": lambda: translate("Labels", "created"),
        "update": lambda: translate("Labels", "changed"),
        "delete": lambda: translate("Labels", "deleted"),
        "override": lambda: translate("Labels", "warning overridden"),
        "approve": lambda: translate("Labels", "approved"),
        "submit": lambda: translate("Labels", "submitted for review"),
        "request_changes": lambda: translate("Labels", "changes requested"),
        "cancel": lambda: translate("Labels", "cancelled"),
        "confirm_delivered": lambda: translate("Labels", "delivery confirmed"),
        "erase": lambda: translate("Labels", "erased for good"),
        "follow_up": lambda: translate("Labels", "follow-up"),
        "follow_up_confirmed": lambda: translate("Labels", "follow-up confirmed"),
        "hold": lambda: translate("Labels", "held"),
        "import": lambda: translate("Labels", "imported"),
        "merge": lambda: translate("Labels", "merged"),
        "undo_merge": lambda: translate("Labels", "merge undone"),
        "publication": lambda: translate("Labels", "published"),
        "rebuild": lambda: translate("Labels", "rebuilt"),
        "reopen": lambda: translate("Labels", "reopened"),
        "resolve_comment": lambda: translate("Labels", "comment resolved"),
        "retry": lambda: translate("Labels", "sent again"),
        "void_approvals": lambda: translate("Labels", "approvals voided"),
        "restore": lambda: translate("Labels", "restored from a backup"),
        "offline": lambda: translate("Labels", "written offline"),
        "offline_dropped": lambda: translate("Labels", "offline change dropped"),
    }
    if action in known:
        return known[action]()
    if (area := case_labels.action_labels().get(action)) is not None:
        return area
    if action in ("return", "finish", "reopen", "edit"):  # the review engine's own steps
        return review_labels.action_labels()[action]
    try:
        return Action(action).label
    except ValueError:
        return prettify(action).lower()


#: Each area's labels module: ``register_labels(register)`` hands its tables' words to the registry.
AREA_LABELS: tuple[ModuleType, ...] = (
    contact_labels,
    release_labels,
    mail_labels,
    case_labels,
    staff_labels,
    review_labels,
    social_labels,
    event_labels,
    crisis_labels,
    evaluation_labels,
)


def load_area_labels(modules: Iterable[ModuleType] = AREA_LABELS) -> list[str]:
    """Let each area register its labels (once per module); returns the modules' names."""
    done = []
    for module in modules:
        if module.__name__ not in _registered_areas:
            module.register_labels(register)
            _registered_areas.add(module.__name__)
        done.append(module.__name__)
    return done


_registered_areas: set[str] = set()


# ------------------------------------------------------------------------------------------------
# Fallbacks asked after the areas' own labels, so a column an area did not name still reads well.

CONTACT_TABLES = contact_labels.CONTACT_TABLES
RELEASE_TABLES = release_labels.RELEASE_TABLES
MEETING_TABLES = (
    "meeting_series",
    "meetings",
    "meeting_participants",
    "meeting_agenda_items",
    "meeting_minutes",
    "meeting_minute_entries",
    "meeting_actions",
    "meeting_action_reviews",
)


def _release_fields() -> dict[str, str]:
    out = {"quotes": translate("Labels", "Quotes")}
    out.update(
        {
            "headline": translate("Labels", "Headline"),
            "body_markdown": translate("Labels", "Body text"),
            "quotes_json": out.get("quotes", translate("Labels", "Quotes")),
            "embargo_tz": translate("Labels", "Embargo time zone"),
            "reference": translate("Labels", "Reference"),
            "template_key": translate("Labels", "Template"),
            "author_id": translate("Labels", "Author"),
            "author_name": translate("Labels", "Author"),
            "owner_id": translate("Labels", "Owner"),
            "reviewer_id": translate("Labels", "Reviewer"),
            "reviewer_name": translate("Labels", "Reviewer"),
            "review_rule": translate("Labels", "Review rule"),
            "submit_note": translate("Labels", "Note for the reviewer"),
            "published_at": translate("Labels", "Published"),
            "content_hash": translate("Labels", "Approved version"),
            "content_json": translate("Labels", "Content"),
            "revision": translate("Labels", "Revision"),
            "from_state": translate("Labels", "From state"),
            "to_state": translate("Labels", "To state"),
            "action": translate("Labels", "Action"),
            "text": translate("Labels", "Text"),
            "paragraph_text": translate("Labels", "Paragraph"),
            "resolved_at": translate("Labels", "Resolved"),
            "resolved_by": translate("Labels", "Resolved by"),
            "voided_at": translate("Labels", "Voided"),
            "voided_reason": translate("Labels", "Why voided"),
            "outlet": translate("Labels", "Outlet"),
            "url": translate("Labels", "Link"),
            "journalist_name": translate("Labels", "Journalist"),
            "tone": translate("Labels", "Tone"),
            "reach": translate("Labels", "Reach"),
            "media_type": translate("Labels", "Media type"),
            "filename": translate("Labels", "File"),
            "size": translate("Labels", "Size"),
            "lists_json": translate("Labels", "Mailing lists"),
            "channels_json": translate("Labels", "Channels"),
            "channel": translate("Labels", "Channel"),
        }
    )
    return out


def _release_values() -> dict[str, dict[str, str]]:
    states = {s.value: s.label for s in State}
    channels = {c: channel_label(c) for c in CHANNELS}
    return {
        "state": states,
        "from_state": states,
        "to_state": states,
        "action": {a.value: a.label for a in Action},
        "language": {"zh": "中文", "en": "English"},  # as the release form names them
        "review_rule": {
            "any": translate("Labels", "any one chosen reviewer approves"),
            "all": translate("Labels", "every chosen reviewer approves"),
        },
        "channels_json": channels,
        "channel": channels,
    }


# Fields holding a person's id (``people.id``), per group of tables: shown as the person's name.
RELEASE_REFERENCES = {
    "author_id": PERSON,
    "last_editor_id": PERSON,
    "owner_id": PERSON,
    "person_id": PERSON,
    "editor_id": PERSON,
    "reviewer_id": PERSON,
    "actor_id": PERSON,
    "template_key": RELEASE_TEMPLATE,
    "linked_id": RELEASE,
}
MEETING_REFERENCES = {
    "organiser_id": PERSON,
    "person_id": PERSON,
    "approved_by_id": PERSON,
    "owner_person_id": PERSON,
}
CONTACT_REFERENCES = {"owner_id": PERSON, "set_by_id": PERSON, "logged_by_id": PERSON, "lifted_by_id": PERSON}


# ------------------------------------------------------------------------------------------------
# Notes the system wrote into the audit log (not what people typed), in the reader's language. They
# were stored as text in the writer's language; each is recognised by its action and shape.


def _version_words(note: str) -> str:
    """``v1 f491ed27…`` (a revision and its content hash) -> "version 1"; other text unchanged."""
    return re.sub(
        r"\bv(\d+) [0-9a-f]{16,}\b", lambda m: translate("Labels", "version {n}").format(n=m.group(1)), note
    )


def _first_number(note: str) -> int | None:
    m = re.search(r"\d+", note)
    return int(m.group()) if m else None


def _template_regex(template: str, numbers: bool) -> re.Pattern:
    parts = [p for p in re.split(r"(\{[a-z_]+\})", template) if p]
    return re.compile(
        "".join(
            (
                rf"(?P<{p[1:-1]}>\d+)"
                if numbers
                else f"(?P<{p[1:-1]}>.+)"
                if i == len(parts) - 1
                else f"(?P<{p[1:-1]}>.+?)"
            )
            if re.fullmatch(r"\{[a-z_]+\}", p)
            else re.escape(p)
            for i, p in enumerate(parts)
        )
    )


def _retranslate(note: str, templates, numbers: bool = False) -> str:
    """A note made from ``source`` (English) or from its translation, re-made in the reader's
    language: ``templates`` is [(source, translated)]; ``numbers``: every placeholder is a count."""
    for source, translated in templates:
        for pattern in dict.fromkeys((source, translated)):
            regex = _template_regex(pattern, numbers)
            if regex.pattern and (m := regex.search(note)) is not None and m.group() != "":
                return note[: m.start()] + translated.format(**m.groupdict()) + note[m.end() :]
    return note


def note_label(entity: str, action: str, note: str | None) -> str:
    """The note of an audit entry as the reader reads it: system-written notes (approvals voided, an
    approved version, a resend, a hold, a merge, an import's counts) in the interface's language;
    what people typed (reasons, override explanations) stays as typed."""
    if not note:
        return ""
    if action == "void_approvals" and (n := _first_number(note)) is not None:
        return translate("Labels", "%n approval(s) voided by an edit", "", n)
    if action == "retry":
        return translate("Labels", "sent again after an interrupted attempt")
    if action == "erase":
        return translate("Labels", "personal data erased")
    if action in ("resolve_comment", "reopen_comment") and note.isdigit():
        return translate("Labels", "comment #{n}").format(n=note)
    if action == "hold" and re.fullmatch(r"[a-z_]+", note):
        return mail_labels.hold_text(note)
    if action == "follow_up":
        return _plain(note, None) or note
    if action == "merge":
        return _retranslate(
            note, [("{other} merged into {keep}", translate("Contacts", "{other} merged into {keep}"))]
        )
    if action == "import":
        return _retranslate(
            note,
            [
                (
                    "{created} to create, {updated} to update, {unchanged} unchanged, {rejected} rows rejected",
                    translate(
                        "Contacts",
                        "{created} to create, {updated} to update, {unchanged} unchanged, "
                        "{rejected} rows rejected",
                    ),
                )
            ],
            numbers=True,
        )
    if action in ("approve", "rebuild"):
        return _version_words(note)
    return note


def _meeting_fields() -> dict[str, str]:
    return {
        "kind": translate("Labels", "Kind"),
        "start": translate("Labels", "Start"),
        "duration": translate("Labels", "Duration"),
        "tz": translate("Labels", "Time zone"),
        "room": translate("Labels", "Room"),
        "dial_in": translate("Labels", "Dial-in"),
        "link": translate("Labels", "Link"),
        "purpose": translate("Labels", "Purpose"),
        "organiser_id": translate("Labels", "Organiser"),
        "organiser_name": translate("Labels", "Organiser"),
        "organiser_email": translate("Labels", "Organiser's e-mail"),
        "note_taker": translate("Labels", "Note-taker"),
        "minutes": translate("Labels", "Minutes"),
        "topic": translate("Labels", "Topic"),
        "presenter": translate("Labels", "Presenter"),
        "description": translate("Labels", "Description"),
        "deadline": translate("Labels", "Deadline"),
        "owner_name": translate("Labels", "Owner"),
        "owner_person_id": translate("Labels", "Owner"),
        "owner_contact_id": translate("Labels", "Owner"),
        "owner_email": translate("Labels", "Owner's e-mail"),
        "response": translate("Labels", "Response"),
        "required": translate("Labels", "Required"),
        "attended": translate("Labels", "Attended"),
        "cancelled": translate("Labels", "Cancelled"),
        "approved_by": translate("Labels", "Approved by"),
        "approved_at": translate("Labels", "Approved"),
        "circulated_at": translate("Labels", "Circulated"),
        "distributed_at": translate("Labels", "Distributed"),
        "frequency": translate("Labels", "Frequency"),
        "outcome": translate("Labels", "Outcome"),
        "text": translate("Labels", "Text"),
        "preparation": translate("Labels", "Preparation"),
        "materials": translate("Labels", "Materials"),
        "equipment": translate("Labels", "Equipment"),
        "documents": translate("Labels", "Documents"),
        "has_password": translate("Labels", "Password protected"),
        "invitation_sent_at": translate("Labels", "Invitation sent"),
        "backlog": translate("Labels", "Backlog"),
        "reopen_reason": translate("Labels", "Why reopened"),
        "position": translate("Labels", "Position"),
        "agenda_index": translate("Labels", "Agenda item"),
        "sequence": translate("Labels", "Sequence"),
        "review_of_actions": translate("Labels", "Review of actions"),
        "uid": translate("Labels", "Calendar ID"),
        "number": translate("Labels", "Number"),
        "host": translate("Labels", "Host"),
        "series_id": translate("Labels", "Series"),
        "meeting_id": translate("Labels", "Meeting"),
        "person_id": translate("Labels", "Person"),
        "contact_id": translate("Labels", "Contact"),
        "action_id": translate("Labels", "Action item"),
        "minutes_id": translate("Labels", "Minutes"),
        "entry": translate("Labels", "Entry"),
    }


def _meeting_values() -> dict[str, dict[str, str]]:
    return {
        field: {m.value: m.label for m in kind}
        for field, kind in (
            ("kind", meeting_model.MeetingKind),
            ("response", meeting_model.Response),
            ("status", meeting_model.ActionStatus),
            ("state", meeting_model.MinutesState),
        )
    }


def _register_builtin() -> None:
    _register_last(
        CONTACT_TABLES,
        field_labels=contact_labels.field_labels,
        value_text=contact_labels.value_text,
        references=CONTACT_REFERENCES,
    )
    _register_last(
        RELEASE_TABLES,
        field_labels=_release_fields,
        value_labels=_release_values,
        references=RELEASE_REFERENCES,
    )
    _register_last(
        MEETING_TABLES,
        field_labels=_meeting_fields,
        value_labels=_meeting_values,
        references=MEETING_REFERENCES,
    )
    register_tables(_register_last, _builtin_entity_labels)


def _builtin_entity_labels() -> dict[str, str]:
    """The kind of record each table of the contacts, releases, meetings, the outbox and the
    foundation holds."""
    return {
        "contacts": translate("Labels", "Contact"),
        "outlets": translate("Labels", "Outlet"),
        "contact_outlets": translate("Labels", "Contact's outlet"),
        "contact_emails": translate("Labels", "Contact's e-mail"),
        "contact_phones": translate("Labels", "Contact's phone"),
        "contact_beats": translate("Labels", "Contact's beat"),
        "contact_consents": translate("Labels", "Do-not-contact entry"),
        "contact_interactions": translate("Labels", "Interaction"),
        "contact_lists": translate("Labels", "Contact list"),
        "contact_list_members": translate("Labels", "List member"),
        "contact_merges": translate("Labels", "Contact merge"),
        "releases": translate("Labels", "Press release"),
        "release_reviewers": translate("Labels", "Release reviewer"),
        "release_revisions": translate("Labels", "Release revision"),
        "release_approvals": translate("Labels", "Release approval"),
        "release_comments": translate("Labels", "Review comment"),
        "release_steps": translate("Labels", "Release step"),
        "release_publications": translate("Labels", "Publication"),
        "release_coverage": translate("Labels", "Coverage"),
        "release_attachments": translate("Labels", "Release attachment"),
        "release_templates": translate("Labels", "Release template"),
        "meetings": translate("Labels", "Meeting"),
        "meeting_series": translate("Labels", "Meeting series"),
        "meeting_participants": translate("Labels", "Participant"),
        "meeting_agenda_items": translate("Labels", "Agenda item"),
        "meeting_minutes": translate("Labels", "Minutes"),
        "meeting_minute_entries": translate("Labels", "Minutes entry"),
        "meeting_actions": translate("Labels", "Action item"),
        "meeting_action_reviews": translate("Labels", "Action item review"),
        "mail_outbox": translate("Labels", "Outbox message"),
        "people": translate("Labels", "Person"),
        "settings": translate("Labels", "Setting"),
        "audit_log": translate("Labels", "Audit log"),
    }


def _register_last(entities, **kw) -> None:
    """Like ``register`` but asked after everything registered so far (built-in fallbacks)."""
    for entity in [entities] if isinstance(entities, str) else list(entities):
        _registry.setdefault(entity, []).append(
            _Entry(
                kw.get("field_labels"),
                kw.get("value_labels"),
                kw.get("value_text"),
                kw.get("entity_label"),
                kw.get("references"),
            )
        )
