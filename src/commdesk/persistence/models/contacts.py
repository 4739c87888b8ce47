"""Tables of the media contact database: outlets, contacts and what hangs off them.

A contact's e-mails, phones, beats and outlets have their own tables (searched, matched on
import, filtered on) and are mirrored as text on the contact row (``emails_text`` ...), which is
what the audit log records, so a contact's history shows every change in one place.

Derived columns filled at write time make search portable and fast on SQLite and PostgreSQL:
``search_text`` (lower case: name, pinyin without spaces, initials, outlets, beats, e-mails,
phones, title, social handles, notes) is searched with LIKE; ``sort_key`` sorts Chinese names by
pinyin among Latin ones; ``pinyin_key`` and ``outlet_key`` block the duplicate search.

Search (revision 0011): terms of three characters or more match anywhere in ``search_text``
through a trigram index (SQLite: the FTS5 table ``contact_fts``, kept in step by triggers; on
PostgreSQL a LIKE); shorter terms match word starts through their keys (see
``core.contacts.names.short_keys``), written by the contacts repository whenever ``search_text``
changes. On SQLite (revision 0012) the keys of a contact are one document of the FTS5 table
``contact_fts_short``, each key spelled as the hex of its UTF-8 so the tokenizer keeps it whole;
a prefix query finds the keys that begin with a character. On PostgreSQL they are rows of
``contact_search_keys`` (empty on SQLite). One document per contact instead of one B-tree row per
key made an import of 100,000 contacts (1.7 million keys) 6 s faster.

Deleting moves a contact to the trash (``deleted``); a merge marks the merged-away contact deleted
with ``merged_into``; erasing blanks every personal column and sets ``erased`` (the row stays as a
stub so releases and meetings that refer to the id still resolve).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import DDL, Boolean, Date, ForeignKey, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from commdesk.persistence.models.base import Base, Timestamps, Versioned, utcnow

_DERIVED = frozenset(
    {
        "search_text",
        "sort_key",
        "pinyin_key",
        "outlet_key",
        "primary_email",
        "primary_phone",
        "last_contact_at",
    }
)


class OutletRow(Versioned, Timestamps, Base):
    __tablename__ = "outlets"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), unique=True)  # casefolded, spaces removed
    kind: Mapped[str] = mapped_column(String(20), default="other")
    region: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(50), default="")
    reach: Mapped[int | None] = mapped_column(Integer, nullable=True)
    website: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ContactRow(Versioned, Timestamps, Base):
    __tablename__ = "contacts"
    __audited__ = True
    __audit_ignore__ = Base.__audit_ignore__ | _DERIVED

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(300), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")
    given_name: Mapped[str] = mapped_column(String(200), default="")
    pinyin: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    outlet: Mapped[str] = mapped_column(String(300), default="")  # primary outlet's name
    outlets_text: Mapped[str] = mapped_column(Text, default="")  # further outlets, one a line
    beats_text: Mapped[str] = mapped_column(Text, default="")  # one a line
    emails_text: Mapped[str] = mapped_column(Text, default="")  # "label: address", primary first
    phones_text: Mapped[str] = mapped_column(Text, default="")  # "label: +E164", primary first
    wechat: Mapped[str] = mapped_column(String(200), default="")
    weibo: Mapped[str] = mapped_column(String(200), default="")
    linkedin: Mapped[str] = mapped_column(String(300), default="")
    x: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    preferred_channel: Mapped[str] = mapped_column(String(50), default="")
    language: Mapped[str] = mapped_column(String(50), default="")
    contact_time: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    tier: Mapped[str | None] = mapped_column(String(1), nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="active")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    source: Mapped[str] = mapped_column(String(300), default="")
    source_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[datetime | None] = mapped_column(nullable=True)
    merged_into: Mapped[int | None] = mapped_column(Integer, nullable=True)
    erased: Mapped[bool] = mapped_column(Boolean, default=False)
    # derived at write time (see module doc)
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(400), default="")
    pinyin_key: Mapped[str] = mapped_column(String(300), default="", index=True)
    outlet_key: Mapped[str] = mapped_column(String(300), default="", index=True)
    primary_email: Mapped[str] = mapped_column(String(320), default="")
    primary_phone: Mapped[str] = mapped_column(String(40), default="")
    last_contact_at: Mapped[datetime | None] = mapped_column(nullable=True)

    __table_args__ = (
        Index("ix_contacts_deleted_sort", "deleted", "sort_key"),
        # search: where the ids the search index returns sort, without reading their rows
        Index("ix_contacts_id_sort", "id", "deleted", "sort_key"),
    )


#: SQLite only: the trigram index of ``contacts.search_text`` and the triggers that keep it in step
#: (the same statements as migration 0011; here for databases made by ``create_all``, e.g. backups).
FTS_TABLE = "contact_fts"
SQLITE_FTS_DDL = (
    (
        "CREATE VIRTUAL TABLE contact_fts USING fts5(text, content='', columnsize=0, "
        "tokenize='trigram case_sensitive 1')"
    ),
    (
        "CREATE TRIGGER contact_fts_ai AFTER INSERT ON contacts BEGIN "
        "INSERT INTO contact_fts(rowid, text) VALUES (new.id, new.search_text); END"
    ),
    (
        "CREATE TRIGGER contact_fts_ad AFTER DELETE ON contacts BEGIN "
        "INSERT INTO contact_fts(contact_fts, rowid, text) VALUES ('delete', old.id, old.search_text); END"
    ),
    (
        "CREATE TRIGGER contact_fts_au AFTER UPDATE OF search_text ON contacts "
        "WHEN old.search_text IS NOT new.search_text BEGIN "
        "INSERT INTO contact_fts(contact_fts, rowid, text) VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO contact_fts(rowid, text) VALUES (new.id, new.search_text); END"
    ),
)
#: SQLite only: the short-term keys (revision 0012), one document of hex-spelled keys per contact.
SHORT_FTS_TABLE = "contact_fts_short"
SQLITE_SHORT_DDL = (
    "CREATE VIRTUAL TABLE contact_fts_short USING fts5(keys, columnsize=0, detail=none, tokenize='ascii')",
    (
        "CREATE TRIGGER contact_fts_short_ad AFTER DELETE ON contacts BEGIN "
        "DELETE FROM contact_fts_short WHERE rowid = old.id; END"
    ),
)
for _stmt in SQLITE_FTS_DDL + SQLITE_SHORT_DDL:
    event.listen(ContactRow.__table__, "after_create", DDL(_stmt).execute_if(dialect="sqlite"))


class ContactSearchKeyRow(Base):
    """Short-term search keys of a contact (``names.short_keys`` of its ``search_text``); PostgreSQL
    only (SQLite keeps them in ``contact_fts_short``)."""

    __tablename__ = "contact_search_keys"

    key: Mapped[str] = mapped_column(String(8), primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    __table_args__ = {"sqlite_with_rowid": False}


class ContactOutletRow(Base):
    __tablename__ = "contact_outlets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    outlet_id: Mapped[int] = mapped_column(ForeignKey("outlets.id", ondelete="RESTRICT"), index=True)
    primary: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ContactEmailRow(Base):
    __tablename__ = "contact_emails"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(320))
    address_key: Mapped[str] = mapped_column(String(320), index=True)  # validation.email_key
    label: Mapped[str] = mapped_column(String(50), default="")
    primary: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ContactPhoneRow(Base):
    __tablename__ = "contact_phones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(40), index=True)  # E.164
    label: Mapped[str] = mapped_column(String(50), default="")
    primary: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ContactBeatRow(Base):
    __tablename__ = "contact_beats"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    beat: Mapped[str] = mapped_column(String(100))
    beat_key: Mapped[str] = mapped_column(String(100))  # casefolded
    position: Mapped[int] = mapped_column(Integer, default=0)

    # the beats filter's choices, and the filter by beat_key (revision 0012 dropped the index of
    # beat_key alone, which this one covers)
    __table_args__ = (Index("ix_contact_beats_key_beat", "beat_key", "beat"),)


class ContactConsentRow(Timestamps, Base):
    """Do-not-contact for one channel (email, phone, mail): who set it, why, until when; lifting
    keeps the row (``lifted_at``) so the record of consent stays provable."""

    __tablename__ = "contact_consents"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(10))
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    set_by: Mapped[str] = mapped_column(String(200), default="")
    set_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)
    set_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires: Mapped[date | None] = mapped_column(Date, nullable=True)
    lifted_at: Mapped[datetime | None] = mapped_column(nullable=True)
    lifted_by: Mapped[str] = mapped_column(String(200), default="")


class InteractionRow(Timestamps, Base):
    """Cooperation history: a pitch, interview, media inquiry (MD-5: deadline, liaison, answered) ..."""

    __tablename__ = "contact_interactions"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(index=True)
    channel: Mapped[str] = mapped_column(String(30), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    logged_by: Mapped[str] = mapped_column(String(200), default="")
    logged_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    release_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)  # releases.id
    meeting_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)  # meetings.id
    deadline: Mapped[datetime | None] = mapped_column(nullable=True)
    liaison: Mapped[str] = mapped_column(String(200), default="")
    answered_at: Mapped[datetime | None] = mapped_column(nullable=True)


class ContactListRow(Versioned, Timestamps, Base):
    """A distribution list: static (members) or smart (a saved search, ``query_json``)."""

    __tablename__ = "contact_lists"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    smart: Mapped[bool] = mapped_column(Boolean, default=False)
    query_json: Mapped[str | None] = mapped_column(Text, nullable=True)


class ContactListMemberRow(Base):
    __tablename__ = "contact_list_members"
    __audited__ = True

    list_id: Mapped[int] = mapped_column(ForeignKey("contact_lists.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class ContactMergeRow(Base):
    """One merge and what undoing it needs (both records before, what moved)."""

    __tablename__ = "contact_merges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    keep_id: Mapped[int] = mapped_column(Integer, index=True)
    other_id: Mapped[int] = mapped_column(Integer, index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    by: Mapped[str] = mapped_column(String(200), default="")
    undo_json: Mapped[str] = mapped_column(Text)
    undone_at: Mapped[datetime | None] = mapped_column(nullable=True)
