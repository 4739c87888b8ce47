"""What a team's PostgreSQL server enforces by itself, whoever connects and with whatever tool.

On a team database every person connects with their own login (``people.login``). The login that
ran ``commdesk team init`` owns the schema: it runs the migrations and is the only one that may
ALTER, DROP or TRUNCATE anything. Everyone else gets their privileges from the office's group
roles, one per commdesk role, made per database (``TeamGroups``)::

    <base>_member         CONNECT, USAGE on the schema, SELECT on every table (what the app reads)
    <base>_officer        member + writing drafts, meetings, contacts, the outbox
    <base>_reviewer       member + approving and commenting releases, do-not-contact
    <base>_administrator  member + people, settings, lists, templates, merges and erasure

A person's login is a member of the groups of their roles (``people.roles``); triggers on
``people`` keep the memberships in step with the roles and ``active`` (an inactive person's login
cannot log in). On top of the table privileges, triggers check what privileges cannot say:

- ``audit_log`` is insert-only: an entry's actor is the connected person, whatever the client
  sent; the only change an entry ever sees is its seal (its place in the hash chain, checked here
  against the same SHA-256 the application computes) and an administrator blanking its text when
  a person's data is erased. No group may delete or truncate it.
- ``release_approvals``: an approval is written in the name of the connected person, who must be
  an active reviewer chosen for the release, neither its author nor the editor of its latest
  revision, and approve the current version; approvals are voided, never changed or deleted.
- ``review_approvals``, ``review_items`` (posts, announcements, event invitations): the same four
  eyes as releases: an approval is written in the name of the connected reviewer, who is neither
  the item's author nor its last editor, approves its current version once, and is voided, never
  changed; whoever changes an item's content hash is its last editor; an item is approved, sent or
  published only with as many distinct valid approvals of its current text as the setting
  ``review.reviewers.<kind>`` asks (1 or 2), checked at the commit; revisions, steps and comments
  are written in the connected person's name and never changed.
- ``releases``: a release reaches a state in which it may leave (approved, scheduled, published)
  only with valid approvals of its current text, and keeps them (checked at the commit).
- ``releases``, ``release_revisions``, ``release_steps``: the author never changes; a content change
  comes with a new hash and makes the connected person the last editor (checked at the commit);
  revisions and steps are written in the connected person's name and never changed.
  (The four-eyes rules of releases and of the review engine are one parametrised builder,
  ``server_four_eyes``; only the release's content-with-hash check is its own.)
- ``meeting_minutes``: the sign-off names the connected person, an officer or administrator who did
  not write that version nor is its named note-taker (unless the organisation allows
  self-approval); who wrote a version is never removed from it, and whoever changes its text joins
  them (checked at the commit).
- media contacts (and their e-mails, phones, beats, outlets): officers correct only the contacts
  they own and keep them, unless the organisation lets officers edit all (as the window does).
- ``people``: only administrators add people or change roles; everyone else edits their own row's
  name, e-mail, department and passphrase; a login is attached only by
  ``commdesk_team_attach_login`` (which creates it) and never changed afterwards.
- ``procedure_acknowledgements``: each person acknowledges in their own name (the connected
  person, whatever the client wrote); an acknowledgement is never changed or removed.
- ``settings``: only administrators; everyone may record the audit log's head (``audit.head``),
  but only as the log really ends.

``commdesk_session_person()`` gives the person of ``session_user`` (NULL: none, or inactive): the
one mapping from a connection to a person, for the application too.

The schema owner (and a superuser) is exempt: it runs upgrades, copies and restores, and could
switch any trigger off anyway. ``apply`` is idempotent and is run again after every upgrade of a
team database (``schema.upgrade``), so new tables get their grants.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

from commdesk.core.domain.people import Role
from commdesk.persistence.server_four_eyes import KINDS as FOUR_EYES
from commdesk.persistence.server_sql import AT_COMMIT as _AT_COMMIT
from commdesk.persistence.server_sql import BEFORE as _BEFORE
from commdesk.persistence.server_sql import GUARD as _GUARD
from commdesk.persistence.server_sql import MAINTAINER_PASSES, ME, trigger_function

#: What a login may be called: lower-case letters, digits, ``_ . -``; at most 63 characters.
LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")

#: The function whose presence marks a team database (it names the database's group roles).
MARKER = "commdesk_team_groups"

#: The server rules' own bookkeeping (no group may read or write it): which versions of the
#: minutes a transaction made, so that copying a version on re-opening needs no writer.
INTERNAL_MINUTES = "commdesk_minutes_made"
#: Tables of the server rules themselves: never granted to any group.
INTERNAL_PREFIX = "commdesk_"

# ------------------------------------------------------------------------------------ privileges
_DML = ("INSERT", "UPDATE", "DELETE")

#: Tables only administrators write (templates, merges of contacts). Officers and administrators
#: write every other table no rule below names: releases and their history, meetings and minutes,
#: contacts, lists, the outbox, and a new area's tables until they are named here.
ADMIN_ONLY = frozenset(
    {
        "contact_merges",
        "release_templates",
        # the cases desk: categories and their routing, SLA policies, the knowledge base
        "case_categories",
        "case_sla_policies",
        "kb_entries",
        "kb_entry_versions",
        # the desk's acknowledgement templates, canned responses and intake rules
        "case_reply_templates",
        "case_intake_rules",
        # the staff directory and its subscription lists (AN-1, AN-3): administrators keep them
        "staff_members",
        "staff_lists",
        "staff_subscriptions",
        "staff_token_keys",
        # the social platforms and how each counts a post (AccountService.save_platform)
        "social_platforms",
    }
)

#: What officers write of a table only administrators keep: the mailbox intake (an officer's work)
#: records an unsubscribe, a confirmation or a bounce on a subscription, nothing else of it.
OFFICER_PRIVILEGES: dict[str, tuple[str, ...]] = {
    "staff_subscriptions": ("UPDATE (status, changed_at, how, token_nonce, version, updated_at)",),
}

#: What reviewers write beyond reading: the review itself and do-not-contact marks (anyone may).
REVIEWER_PRIVILEGES: dict[str, tuple[str, ...]] = {
    "releases": ("UPDATE",),  # the state a review step moves the release to
    "release_steps": ("INSERT",),
    "release_comments": ("INSERT", "UPDATE"),
    "release_approvals": ("INSERT", "UPDATE (voided_at, voided_reason)"),
    # the review engine (posts, announcements, invitations): approving, returning, commenting
    "review_items": ("UPDATE (state, approved_revision, version, updated_at)",),
    "review_approvals": ("INSERT", "UPDATE (voided_at, voided_reason)"),
    "review_steps": ("INSERT",),
    "review_comments": ("INSERT",),
    "contact_consents": ("INSERT", "UPDATE"),  # do-not-contact, with its reason
    # not contact_interactions: media inquiries (their history entries) are logged and answered by
    # the media liaison, an officer (MD-5); CaseService.may_answer_inquiries refuses reviewers alike
    # approving a knowledge-base entry's version
    "kb_entries": ("UPDATE (approved_number, approved_by_id, approved_at, version, updated_at)",),
    "kb_entry_versions": ("UPDATE (approved_by_id, approved_at)",),
    # reviewers work cases too: they decide grade 2 complaints (HL-4, core.cases.workflow)
    **dict.fromkeys(
        (
            "cases",
            "case_entries",
            "case_status_history",
            "case_clocks",
            "case_customers",
            "case_reference_counters",
        ),
        ("INSERT", "UPDATE"),
    ),
}

#: Columns everyone may change in their own ``people`` row (the trigger keeps it to their own).
PEOPLE_OWN_COLUMNS = ("name", "email", "department", "passphrase_hash", "version", "updated_at")


def table_privileges(table: str) -> dict[str, tuple[str, ...]]:
    """The privileges of each group (``officer``, ``reviewer``, ``administrator``, ``member``) on
    ``table``, beyond the SELECT every member has. A table not named anywhere here (a new area's)
    is written by officers and administrators."""
    grants: dict[str, tuple[str, ...]] = {}
    if table == "audit_log":
        grants["member"] = ("INSERT", "UPDATE (seq, digest, chain)")  # writing and sealing
        grants["administrator"] = ("UPDATE (old, new, note)",)  # erasing a person's data
    elif table in ("release_approvals", "review_approvals"):
        grants["officer"] = ("UPDATE (voided_at, voided_reason)",)  # an edit voids them
        grants["administrator"] = ("UPDATE (voided_at, voided_reason)",)
    elif table == "people":
        grants["member"] = (f"UPDATE ({', '.join(PEOPLE_OWN_COLUMNS)})",)
        grants["administrator"] = ("INSERT", "UPDATE")
    elif table == "settings":
        grants["member"] = ("INSERT", "UPDATE")  # the audit log's head; the trigger checks the rest
        grants["administrator"] = ("DELETE",)
    elif table == "procedure_acknowledgements":
        grants["member"] = ("INSERT",)  # AP-3: everyone acknowledges the procedure; never changed
    elif table == "alembic_version":
        pass
    elif table in ADMIN_ONLY:
        grants["administrator"] = _DML
    else:
        grants["officer"] = grants["administrator"] = _DML
    if table in OFFICER_PRIVILEGES:
        grants["officer"] = OFFICER_PRIVILEGES[table]
    if table in REVIEWER_PRIVILEGES:
        grants["reviewer"] = REVIEWER_PRIVILEGES[table]
    return grants


# ------------------------------------------------------------------------------------ group roles
_KINDS = ("member", Role.OFFICER.value, Role.REVIEWER.value, Role.ADMINISTRATOR.value)


@dataclass(frozen=True)
class TeamGroups:
    """The group roles of one team database."""

    member: str
    officer: str
    reviewer: str
    administrator: str

    def of(self, kind: str) -> str:
        return {
            "member": self.member,
            "officer": self.officer,
            "reviewer": self.reviewer,
            "administrator": self.administrator,
        }[kind]

    def all(self) -> tuple[str, ...]:
        return (self.member, self.officer, self.reviewer, self.administrator)

    @classmethod
    def for_database(cls, database: str) -> TeamGroups:
        """Names made from the database's name (``commdesk_<db>_officer``), or from its hash when
        that would pass PostgreSQL's 63 characters."""
        clean = re.sub(r"[^a-z0-9_]", "_", database.lower())
        base = f"commdesk_{clean}"
        if len(base) + len("_administrator") > 63:
            base = "commdesk_" + hashlib.sha1(database.encode("utf-8")).hexdigest()[:16]
        return cls(*(f"{base}_{kind}" for kind in _KINDS))


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def is_team_database(conn: Connection) -> bool:
    """Whether ``conn``'s database was made a team database (``apply`` ran on it)."""
    if conn.dialect.name != "postgresql":
        return False
    return bool(
        conn.execute(
            text("SELECT to_regproc(current_schema() || '.' || :f) IS NOT NULL"), {"f": MARKER}
        ).scalar()
    )


def recorded_groups(conn: Connection) -> TeamGroups | None:
    """The group roles ``apply`` recorded in this database (None: not a team database)."""
    if not is_team_database(conn):
        return None
    found = conn.execute(text(f"SELECT kind, rolname FROM {MARKER}()"))
    rows: dict[str, str] = {str(kind): str(name) for kind, name in found}
    return TeamGroups(*(rows[k] for k in _KINDS))


def session_login(conn: Connection) -> str:
    return str(conn.execute(text("SELECT session_user")).scalar())


@dataclass(frozen=True)
class OwnerCheck:
    owns_database: bool
    owns_tables: bool
    can_create_roles: bool


def owner_check(conn: Connection) -> OwnerCheck:
    """Whether the connected login can make this database a team database: it owns the database
    and every table of the schema, and may create roles."""
    row = conn.execute(
        text(
            "SELECT pg_get_userbyid(d.datdba) = current_user, "
            "NOT EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = current_schema() "
            "            AND t.tableowner <> current_user), "
            "r.rolcreaterole OR r.rolsuper "
            "FROM pg_database d, pg_roles r "
            "WHERE d.datname = current_database() AND r.rolname = current_user"
        )
    ).one()
    return OwnerCheck(bool(row[0]), bool(row[1]), bool(row[2]))


# ------------------------------------------------------------------------------------ the SQL
def _functions(schema: str, owner: str, groups: TeamGroups) -> list[str]:
    s = _ident(schema)
    path = f"SET search_path = {s}, pg_temp"
    values = ", ".join(f"({_literal(k)}, {_literal(groups.of(k))})" for k in _KINDS)
    return [
        # the group roles of this database, as team init named them
        f"""CREATE OR REPLACE FUNCTION {s}.{MARKER}() RETURNS TABLE (kind text, rolname text)
LANGUAGE sql IMMUTABLE {path} AS $$ VALUES {values} $$""",
        # who may do anything: the schema owner (also inside its SECURITY DEFINER functions), a superuser
        f"""CREATE OR REPLACE FUNCTION {s}.commdesk_team_maintainer() RETURNS boolean
LANGUAGE sql STABLE {path} AS $$
  SELECT current_user = {_literal(owner)}
      OR COALESCE((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user), false)
$$""",
        # the person of the connected login (NULL: no one, or someone inactive)
        f"""CREATE OR REPLACE FUNCTION {s}.commdesk_session_person() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT id FROM people WHERE login = session_user::text AND active
$$""",
        f"""CREATE OR REPLACE FUNCTION {s}.commdesk_session_has_role(role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT COALESCE((SELECT role = ANY (string_to_array(roles, ','))
                   FROM people WHERE login = session_user::text AND active), false)
$$""",
        # group memberships and LOGIN follow people.roles and people.active
        f"""CREATE OR REPLACE FUNCTION {s}.commdesk_team_sync_login(p_login text, p_roles text, p_active boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
DECLARE
  g record;
  wanted boolean;
  member boolean;
BEGIN
  IF p_login IS NULL OR p_login = {_literal(owner)} THEN
    RETURN;  -- the owner needs no group: it owns everything
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
    RETURN;
  END IF;
  IF (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'a superuser cannot be a login of this desk';
  END IF;
  FOR g IN SELECT kind, rolname FROM {MARKER}() WHERE kind <> 'member' LOOP
    wanted := p_active AND g.kind = ANY (string_to_array(COALESCE(p_roles, ''), ','));
    member := EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                          WHERE m.roleid = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = g.rolname)
                            AND m.member = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = p_login));
    IF wanted AND NOT member THEN
      EXECUTE format('GRANT %I TO %I', g.rolname, p_login);
    ELSIF member AND NOT wanted THEN
      EXECUTE format('REVOKE %I FROM %I', g.rolname, p_login);
    END IF;
  END LOOP;
  IF p_active THEN
    EXECUTE format('ALTER ROLE %I LOGIN', p_login);
  ELSE
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
  END IF;
END $$""",
        trigger_function(
            s,
            path,
            "commdesk_people_sync",
            """  IF TG_OP = 'UPDATE' AND NEW.login IS NOT DISTINCT FROM OLD.login
     AND NEW.roles IS NOT DISTINCT FROM OLD.roles AND NEW.active IS NOT DISTINCT FROM OLD.active THEN
    RETURN NULL;
  END IF;
  PERFORM commdesk_team_sync_login(NEW.login, NEW.roles, NEW.active);
  RETURN NULL;
""",
            definer=True,
        ),
        # a new login for a person: created here (the caller needs no CREATEROLE), never changed later
        f"""CREATE OR REPLACE FUNCTION {s}.commdesk_team_attach_login(p_person integer, p_login text, p_verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
DECLARE
  p people%ROWTYPE;
BEGIN
  IF session_user <> {_literal(owner)} AND NOT commdesk_session_has_role('administrator') THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'only an administrator adds logins';
  END IF;
  IF p_login IS NULL OR p_login !~ {_literal(LOGIN_PATTERN.pattern)} OR p_login LIKE 'pg\\_%' THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'not a valid login name';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
    RAISE EXCEPTION USING ERRCODE = '42710', MESSAGE = format('a role called %s exists already', p_login);
  END IF;
  SELECT * INTO p FROM people WHERE id = p_person FOR UPDATE;
  IF NOT FOUND OR p.login IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'that person does not exist or has a login already';
  END IF;
  IF p_verifier IS NULL THEN
    EXECUTE format('CREATE ROLE %I LOGIN', p_login);
  ELSIF p_verifier LIKE 'SCRAM-SHA-256$%' THEN
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
  ELSE
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'a password is given hashed (SCRAM-SHA-256), never in clear';
  END IF;
  UPDATE people SET login = p_login WHERE id = p_person;
END $$""",
        # ------------------------------------------------------------------ the audit log
        trigger_function(
            s,
            path,
            "commdesk_audit_guard",
            f"""{MAINTAINER_PASSES}  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'the audit log is insert-only: entries are never deleted';
  END IF;
  {ME}
  IF TG_OP = 'INSERT' THEN
    NEW.actor_id := me.id;  -- the connected person, whatever the client wrote
    NEW.actor_name := me.name;
    NEW.seq := NULL;
    NEW.digest := NULL;
    NEW.chain := NULL;
    RETURN NEW;
  END IF;
  IF (NEW.id, NEW.at, NEW.txn, NEW.actor_id, NEW.actor_name, NEW.entity, NEW.entity_id, NEW.action,
      NEW.field) IS DISTINCT FROM
     (OLD.id, OLD.at, OLD.txn, OLD.actor_id, OLD.actor_name, OLD.entity, OLD.entity_id, OLD.action,
      OLD.field) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'the audit log is insert-only: entries are never changed';
  END IF;
  IF OLD.seq IS NULL AND NEW.seq IS NOT NULL THEN  -- the seal: its place, digest and link, checked
    IF (NEW.old, NEW.new, NEW.note) IS DISTINCT FROM (OLD.old, OLD.new, OLD.note) THEN
      RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'sealing an entry does not change it';
    END IF;
    SELECT max(seq) INTO top FROM audit_log;
    IF NEW.seq <> COALESCE(top, 0) + 1 THEN
      RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'an entry is sealed at the end of the chain';
    END IF;
    prev := COALESCE((SELECT chain FROM audit_log WHERE seq = NEW.seq - 1), '');
    digest := encode(sha256(convert_to(
      '[' || COALESCE(to_json(NEW.old)::text, 'null') || ', ' || COALESCE(to_json(NEW.new)::text, 'null')
      || ', ' || COALESCE(to_json(NEW.note)::text, 'null') || ']', 'UTF8')), 'hex');
    link := encode(sha256(convert_to(
      '[' || to_json(prev)::text || ',' || NEW.seq || ',' || NEW.id || ','
      || to_json(to_char(NEW.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'))::text || ','
      || to_json(NEW.txn)::text || ',' || COALESCE(NEW.actor_id::text, 'null') || ','
      || to_json(NEW.actor_name)::text || ',' || to_json(NEW.entity)::text || ','
      || to_json(NEW.entity_id)::text || ',' || to_json(NEW.action)::text || ','
      || COALESCE(to_json(NEW.field)::text, 'null') || ',' || to_json(digest)::text || ']', 'UTF8')), 'hex');
    IF NEW.digest IS DISTINCT FROM digest OR NEW.chain IS DISTINCT FROM link THEN
      RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'the seal does not fit the entry and the chain';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW.seq, NEW.digest, NEW.chain) IS DISTINCT FROM (OLD.seq, OLD.digest, OLD.chain) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'a sealed entry keeps its place in the chain';
  END IF;
  IF NEW.old IS NULL AND NEW.new IS NULL AND NEW.note IS NULL
     AND 'administrator' = ANY (string_to_array(me.roles, ',')) THEN
    RETURN NEW;  -- erasing a person's data: the text goes, the digest stays
  END IF;
  RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'the audit log is insert-only: entries are never changed';
""",
            ("me people%ROWTYPE", "top integer", "prev text", "digest text", "link text"),
        ),
        # ------------------------------------------------------------------ AP-3 acknowledgements
        trigger_function(
            s,
            path,
            "commdesk_acknowledgement_guard",
            f"""{MAINTAINER_PASSES}  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = 'an acknowledgement of the procedure is never changed or removed';
  END IF;
  {ME}
  NEW.person_id := me.id;  -- each person acknowledges in their own name, whatever the client wrote
  NEW.person_name := me.name;
  RETURN NEW;
""",
            ("me people%ROWTYPE",),
        ),
        # ------------------------------------------------------------------ settings
        trigger_function(
            s,
            path,
            "commdesk_settings_guard",
            """  IF commdesk_team_maintainer() OR commdesk_session_has_role('administrator') THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.key = 'audit.head' AND (TG_OP = 'INSERT' OR OLD.key = 'audit.head') THEN
    SELECT seq, COALESCE(chain, '') AS chain INTO head FROM audit_log
      WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
    IF FOUND AND (NEW.value::jsonb ->> 'seq') = head.seq::text
       AND (NEW.value::jsonb ->> 'chain') = head.chain THEN
      RETURN NEW;  -- the log's head as it really is
    END IF;
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'the audit log''s head is recorded as the log ends';
  END IF;
  RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'only an administrator changes the settings';
""",
            ("head record",),
        ),
        # ------------------------------------------------------------------ people
        trigger_function(
            s,
            path,
            "commdesk_people_guard",
            f"""{MAINTAINER_PASSES}  {ME}
  admin := 'administrator' = ANY (string_to_array(me.roles, ','));
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'people are never deleted; make them inactive';
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NOT admin THEN
      RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'only an administrator adds people';
    END IF;
    IF NEW.login IS NOT NULL THEN
      RAISE EXCEPTION USING ERRCODE = '42501',
        MESSAGE = 'a login is given to a person by commdesk_team_attach_login (team add-person)';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.login IS DISTINCT FROM OLD.login THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'a person''s login is never changed';
  END IF;
  IF admin THEN
    RETURN NEW;
  END IF;
  IF OLD.id <> me.id OR NEW.id <> OLD.id THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'only an administrator edits other people';
  END IF;
  IF (NEW.roles, NEW.active) IS DISTINCT FROM (OLD.roles, OLD.active) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'only an administrator changes roles';
  END IF;
  RETURN NEW;
""",
            ("me people%ROWTYPE", "admin boolean"),
        ),
        # ------------------------------------------------------------------ four eyes, by kind
        # (releases; the review engine's posts, announcements, event invitations): server_four_eyes
        *(sql for kind in FOUR_EYES for sql in kind.functions(s, path)),
        # at the commit (the application saves a release in several statements): content that
        # changed came with a new hash (so approvals of the old one no longer count), and whoever
        # changed it is the last editor (so four eyes hold)
        trigger_function(
            s,
            path,
            "commdesk_release_content_check",
            """  IF commdesk_team_maintainer() THEN
    RETURN NULL;
  END IF;
  SELECT * INTO cur FROM releases WHERE id = NEW.id;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  IF (OLD.title, OLD.subtitle, OLD.body_markdown, OLD.quotes_json, OLD.boilerplate, OLD.media_contact,
      OLD.dateline_city, OLD.dateline_date, OLD.embargo) IS DISTINCT FROM
     (cur.title, cur.subtitle, cur.body_markdown, cur.quotes_json, cur.boilerplate, cur.media_contact,
      cur.dateline_city, cur.dateline_date, cur.embargo)
     AND OLD.content_hash IS NOT DISTINCT FROM cur.content_hash THEN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = 'the content of a release changes with its hash (which voids its approvals)';
  END IF;
  IF OLD.content_hash IS DISTINCT FROM cur.content_hash
     AND cur.last_editor_id IS DISTINCT FROM commdesk_session_person() THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'whoever changes a release''s content is its last editor';
  END IF;
  RETURN NULL;
""",
            ("cur releases%ROWTYPE",),
        ),
        # the versions of the minutes made by the current transaction (a table nobody else reads or writes)
        trigger_function(
            s,
            path,
            "commdesk_minutes_made",
            f"""  INSERT INTO {INTERNAL_MINUTES} (xact, minutes_id) VALUES (pg_current_xact_id(), NEW.id);
  RETURN NULL;
""",
            definer=True,
        ),
        f"""CREATE OR REPLACE FUNCTION {s}.commdesk_minutes_made_now(p_minutes integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT EXISTS (SELECT 1 FROM {INTERNAL_MINUTES} WHERE xact = pg_current_xact_id() AND minutes_id = p_minutes)
$$""",
        # at the commit: whoever changed the text of a version of the minutes is among its writers
        # (so they cannot approve it), except in a version made in this same transaction (a new
        # version, or approved minutes re-opened as a copy: its writers are those who change it later)
        trigger_function(
            s,
            path,
            "commdesk_minutes_writer_check",
            """  IF commdesk_team_maintainer() THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'meeting_minutes' THEN
    target := NEW.id;
  ELSIF TG_OP = 'DELETE' THEN
    target := OLD.minutes_id;
  ELSE
    target := NEW.minutes_id;
  END IF;
  SELECT * INTO m FROM meeting_minutes WHERE id = target;
  IF NOT FOUND THEN
    RETURN NULL;  -- deleted with its meeting
  END IF;
  IF commdesk_minutes_made_now(m.id) THEN
    RETURN NULL;
  END IF;
  me := commdesk_session_person();
  IF me IS NULL OR me::text NOT IN
     (SELECT json_array_elements_text(COALESCE(NULLIF(m.writer_ids, ''), '[]')::json)) THEN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = 'whoever changes the minutes is one of their writers (four eyes)';
  END IF;
  RETURN NULL;
""",
            ("m meeting_minutes%ROWTYPE", "target integer", "me integer"),
        ),
        # ------------------------------------------------------------------ contacts: who corrects what
        # administrators edit every contact; officers too when the organisation lets them
        # (contacts.officers_may_edit), otherwise only the contacts they own, without giving them away
        trigger_function(
            s,
            path,
            "commdesk_contact_guard",
            f"""{MAINTAINER_PASSES}  IF TG_TABLE_NAME = 'contacts' AND TG_OP = 'UPDATE'
     AND (to_jsonb(NEW) - 'last_contact_at' - 'updated_at') = (to_jsonb(OLD) - 'last_contact_at' - 'updated_at') THEN
    RETURN NEW;  -- when they were last in touch follows the history anyone logs
  END IF;
  {ME}
  IF 'administrator' = ANY (string_to_array(me.roles, ',')) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF NOT 'officer' = ANY (string_to_array(me.roles, ',')) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'only officers and administrators edit media contacts';
  END IF;
  SELECT COALESCE((SELECT value::jsonb = 'true'::jsonb FROM settings WHERE key = 'contacts.officers_may_edit'),
                  false) INTO all_ok;
  IF all_ok THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_TABLE_NAME = 'contacts' THEN
    IF TG_OP <> 'UPDATE' OR OLD.owner_id IS DISTINCT FROM me.id OR NEW.owner_id IS DISTINCT FROM OLD.owner_id THEN
      RAISE EXCEPTION USING ERRCODE = '42501',
        MESSAGE = 'an officer corrects only the media contacts they own, and keeps them';
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    contact := OLD.contact_id;
  ELSE
    contact := NEW.contact_id;
  END IF;
  SELECT owner_id INTO owner FROM contacts WHERE id = contact;
  IF owner IS DISTINCT FROM me.id OR (TG_OP = 'UPDATE' AND NEW.contact_id IS DISTINCT FROM OLD.contact_id) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'an officer corrects only the media contacts they own';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
""",
            ("me people%ROWTYPE", "contact integer", "owner integer", "all_ok boolean"),
        ),
        # ------------------------------------------------------------------ minutes sign-off
        trigger_function(
            s,
            path,
            "commdesk_minutes_guard",
            f"""{MAINTAINER_PASSES}  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.approved_by_id IS NOT NULL OR NEW.approved_at IS NOT NULL OR NEW.state = 'approved' THEN
      RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'new minutes are approved by a sign-off, not written approved';
    END IF;
    RETURN NEW;
  END IF;
  IF EXISTS (SELECT 1 FROM json_array_elements_text(COALESCE(NULLIF(OLD.writer_ids, ''), '[]')::json) w
             WHERE w NOT IN (SELECT json_array_elements_text(COALESCE(NULLIF(NEW.writer_ids, ''), '[]')::json))) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'who wrote a version of the minutes is never removed';
  END IF;
  IF (NEW.approved_by_id, NEW.approved_at, NEW.approved_by) IS NOT DISTINCT FROM
     (OLD.approved_by_id, OLD.approved_at, OLD.approved_by)
     AND NOT (NEW.state = 'approved' AND OLD.state IS DISTINCT FROM 'approved') THEN
    RETURN NEW;  -- not a sign-off
  END IF;
  {ME}
  IF OLD.state = 'approved' OR OLD.approved_by_id IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = 'approved minutes stay approved; re-open them as a new version';
  END IF;
  IF NEW.state IS DISTINCT FROM 'approved' OR NEW.approved_by_id IS DISTINCT FROM me.id THEN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = 'minutes are approved in the name of the person connected, never someone else''s';
  END IF;
  IF NOT (string_to_array(me.roles, ',') && ARRAY['officer', 'administrator']) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'only an officer or administrator approves minutes';
  END IF;
  SELECT COALESCE((SELECT value::jsonb = 'true'::jsonb FROM settings
                   WHERE key = 'org.minutes_self_approval'), false) INTO self_ok;
  IF NOT self_ok THEN
    SELECT btrim(note_taker) INTO taker FROM meetings WHERE id = NEW.meeting_id;
    IF me.id::text IN (SELECT json_array_elements_text(COALESCE(NULLIF(NEW.writer_ids, ''), '[]')::json))
       OR (taker <> '' AND taker = btrim(me.name)) THEN
      RAISE EXCEPTION USING ERRCODE = '42501',
        MESSAGE = 'who took the minutes does not approve them (four eyes)';
    END IF;
  END IF;
  NEW.approved_by := me.name;
  RETURN NEW;
""",
            ("me people%ROWTYPE", "taker text", "self_ok boolean"),
        ),
    ]


#: (trigger, table, events, function, deferred to the commit)
_TRIGGERS = (
    ("commdesk_audit_guard", "audit_log", _GUARD, "commdesk_audit_guard", _BEFORE),
    ("commdesk_settings_guard", "settings", _GUARD, "commdesk_settings_guard", _BEFORE),
    (
        "commdesk_acknowledgement_guard",
        "procedure_acknowledgements",
        _GUARD,
        "commdesk_acknowledgement_guard",
        _BEFORE,
    ),
    ("commdesk_people_guard", "people", _GUARD, "commdesk_people_guard", _BEFORE),
    ("commdesk_people_sync", "people", "AFTER INSERT OR UPDATE", "commdesk_people_sync", _BEFORE),
    ("commdesk_minutes_guard", "meeting_minutes", _GUARD, "commdesk_minutes_guard", _BEFORE),
    ("commdesk_minutes_made", "meeting_minutes", "AFTER INSERT", "commdesk_minutes_made", _BEFORE),
    (
        "commdesk_minutes_writer_check",
        "meeting_minutes",
        "AFTER UPDATE OF notes",
        "commdesk_minutes_writer_check",
        _AT_COMMIT,
    ),
    (
        "commdesk_minutes_writer_check",
        "meeting_minute_entries",
        "AFTER INSERT OR UPDATE OR DELETE",
        "commdesk_minutes_writer_check",
        _AT_COMMIT,
    ),
    *(
        ("commdesk_contact_guard", table, _GUARD, "commdesk_contact_guard", _BEFORE)
        for table in ("contacts", "contact_emails", "contact_phones", "contact_beats", "contact_outlets")
    ),
    (
        "commdesk_release_content_check",
        "releases",
        "AFTER UPDATE",
        "commdesk_release_content_check",
        _AT_COMMIT,
    ),
    *(trigger for kind in FOUR_EYES for trigger in kind.triggers()),
)

#: Functions a group may call directly (the rest are trigger functions or internal).
_CALLABLE = (
    ("commdesk_session_person()", "member"),
    ("commdesk_team_maintainer()", "member"),  # the guards (run as the caller) ask it
    ("commdesk_session_has_role(text)", "member"),
    ("commdesk_minutes_made_now(integer)", "member"),  # asked by a check run as the caller
    (f"{MARKER}()", "member"),
    ("commdesk_team_attach_login(integer, text, text)", "administrator"),
)


def _ensure_groups(conn: Connection, groups: TeamGroups) -> None:
    existing = set(
        conn.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"), {"names": list(groups.all())}
        )
        .scalars()
        .all()
    )
    for name in groups.all():
        if name not in existing:
            conn.exec_driver_sql(f"CREATE ROLE {_ident(name)} NOLOGIN")
    for kind in ("officer", "reviewer", "administrator"):
        member_of = conn.execute(
            text("SELECT pg_has_role(:g, :m, 'MEMBER')"), {"g": groups.of(kind), "m": groups.member}
        ).scalar()
        if not member_of:
            conn.exec_driver_sql(f"GRANT {_ident(groups.member)} TO {_ident(groups.of(kind))}")


def apply(conn: Connection, groups: TeamGroups | None = None) -> TeamGroups:
    """Make (or bring up to date) the server's own rules on ``conn``'s database, inside the caller's
    transaction: the group roles, privileges per table, the functions and the triggers. Run by the
    schema owner; ``groups`` defaults to those recorded by an earlier run, else those named after
    the database."""
    schema = str(conn.execute(text("SELECT current_schema()")).scalar())
    owner = str(conn.execute(text("SELECT current_user")).scalar())
    database = str(conn.execute(text("SELECT current_database()")).scalar())
    groups = groups or recorded_groups(conn) or TeamGroups.for_database(database)
    _ensure_groups(conn, groups)
    s = _ident(schema)
    everyone = ", ".join(["PUBLIC", *(_ident(g) for g in groups.all())])
    member = _ident(groups.member)

    def run(sql: str) -> None:  # the driver reads '%' as its placeholders: plain SQL doubles them
        conn.exec_driver_sql(sql.replace("%", "%%"))

    # the database and the schema: only the office's people connect, nobody creates anything
    run(f"REVOKE ALL ON DATABASE {_ident(database)} FROM PUBLIC")
    run(f"GRANT CONNECT ON DATABASE {_ident(database)} TO {member}")
    run(f"REVOKE ALL ON SCHEMA {s} FROM {everyone}")
    run(f"GRANT USAGE ON SCHEMA {s} TO {member}")
    run(
        f"CREATE TABLE IF NOT EXISTS {s}.{INTERNAL_MINUTES} (xact xid8 NOT NULL, minutes_id integer NOT NULL)"
    )
    run(f"TRUNCATE {s}.{INTERNAL_MINUTES}")  # what earlier transactions made is of no use any more
    for sql in _functions(schema, owner, groups):
        run(sql)
    run(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {s} FROM {everyone}")
    for signature, kind in _CALLABLE:
        run(f"GRANT EXECUTE ON FUNCTION {s}.{signature} TO {_ident(groups.of(kind))}")
    tables = conn.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = :s ORDER BY tablename"), {"s": schema}
    ).scalars()
    for table in list(tables):
        t = f"{s}.{_ident(table)}"
        run(f"REVOKE ALL ON {t} FROM {everyone}")
        if table.startswith(INTERNAL_PREFIX):
            continue
        run(f"GRANT SELECT ON {t} TO {member}")
        for kind, privileges in table_privileges(table).items():
            for privilege in privileges:
                run(f"GRANT {privilege} ON {t} TO {_ident(groups.of(kind))}")
    run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {everyone}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {member}")
    for name, table, when, function, at_commit in _TRIGGERS:
        run(f"DROP TRIGGER IF EXISTS {_ident(name)} ON {s}.{_ident(table)}")
        kind, deferred = ("CONSTRAINT ", " DEFERRABLE INITIALLY DEFERRED") if at_commit else ("", "")
        run(
            f"CREATE {kind}TRIGGER {_ident(name)} {when} ON {s}.{_ident(table)}{deferred} "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.{function}()"
        )
    return groups


def reapply_if_team(conn: Connection) -> bool:
    """After an upgrade: a team database gets its rules again (grants for new tables, the current
    functions and triggers). Returns whether it was one."""
    if not is_team_database(conn):
        return False
    apply(conn)
    return True


def missing_rules(conn: Connection) -> list[tuple[str, str]]:
    """On a team database, the server's triggers that are not there (or switched off) as
    (trigger, table): someone with the owner's login dropped or disabled them. ``apply`` (run again
    by the owner, e.g. through an upgrade) puts them back. Empty elsewhere."""
    if not is_team_database(conn):
        return []
    present = {
        (str(name), str(table))
        for name, table in conn.execute(
            text(
                "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal "
                "AND t.tgenabled <> 'D'"
            )
        )
    }
    return [
        (name, table)
        for name, table, _when, _function, _deferred in _TRIGGERS
        if (name, table) not in present
    ]


# ------------------------------------------------------------------------------------ logins
def password_verifier(conn: Connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` for ``login``, computed here by libpq (as psql's
    \\password does): the password itself never reaches the server, its logs or its statistics."""
    raw = conn.connection.dbapi_connection
    pgconn = getattr(raw, "pgconn", None)
    if pgconn is None:  # pragma: no cover - commdesk talks to PostgreSQL through psycopg 3
        raise RuntimeError("hashing a password needs the psycopg driver")
    verifier = pgconn.encrypt_password(password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256")
    return bytes(verifier).decode("ascii")


def attach_login(conn: Connection, person_id: int, login: str, password: str | None) -> None:
    """Create the login ``login`` (with ``password``, or none when the server authenticates
    otherwise) for the person ``person_id``, in the groups of their roles."""
    verifier = password_verifier(conn, login, password) if password else None
    conn.execute(
        text("SELECT commdesk_team_attach_login(:p, :l, :v)"), {"p": person_id, "l": login, "v": verifier}
    )


def set_owner_login(conn: Connection, person_id: int, login: str) -> None:
    """The schema owner's own login for the first administrator (team init runs as the owner)."""
    conn.execute(text("UPDATE people SET login = :l WHERE id = :p"), {"l": login, "p": person_id})


def login_states(conn: Connection) -> dict[str, bool]:
    """Each login of this desk's people and whether it can log in now."""
    rows = conn.execute(
        text(
            "SELECT p.login, r.rolcanlogin FROM people p JOIN pg_roles r ON r.rolname = p.login "
            "WHERE p.login IS NOT NULL"
        )
    ).all()
    return {str(login): bool(can) for login, can in rows}


def login_exists(conn: Connection, login: str) -> bool:
    return bool(conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :l"), {"l": login}).first())


def owner_login(conn: Connection) -> str:
    """The login that owns the people table (the schema owner)."""
    return str(
        conn.execute(
            text(
                "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'people'"
            )
        ).scalar()
    )
