"""The audit-log PDF in the reader's words: a zh_CN ``commdesk audit --pdf`` of a
demo desk names records, fields and codes as the forms do (no ``body_markdown``, ``in_review``,
``mail.host``), references by what they are called, and prints its times in the organisation's
zone, named, whatever the process's zone. Read back with pdftotext and pypdf."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

ORG_ZONE = "Europe/Berlin"  # neither of the zones the tests run the process in


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory):
    """A demo desk without the contacts (a few thousand log entries render in seconds), whose
    organisation's zone is set in the settings (so the log also holds that change)."""
    from commdesk import demo
    from commdesk.bootstrap import open_database
    from commdesk.demo import foundation, mail, meetings, releases
    from commdesk.services.people import PeopleService
    from commdesk.services.settings import SettingsService

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    original = demo.seeders
    demo.seeders = lambda: [foundation, releases, meetings, mail]
    try:
        demo.create_demo(path)
    finally:
        demo.seeders = original
    opened = open_database(path)
    admin = opened.ctx.service(PeopleService).find("陈静")
    opened.ctx.current = lambda: admin
    opened.ctx.service(SettingsService).set_many({"org.time_zone": ORG_ZONE})
    opened.ctx.engine.dispose()
    return path


def _pdftotext(path) -> str:
    tool = shutil.which("pdftotext")
    if not tool:
        pytest.skip("pdftotext is not installed (Debian package poppler-utils)")
    return subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()


def _entries(path):
    from commdesk.bootstrap import open_database
    from commdesk.services.audit import AuditService
    from commdesk.services.people import PeopleService

    opened = open_database(path)
    try:
        admin = opened.ctx.service(PeopleService).find("陈静")
        opened.ctx.current = lambda: admin
        audit = opened.ctx.service(AuditService)
        entries = audit.entries()
        return entries, audit.titles(entries)
    finally:
        opened.ctx.engine.dispose()


def _developer_words() -> set[str]:
    """Column names with an underscore, coded states and setting keys: what must never be printed."""
    from commdesk.core.releases.workflow import State
    from commdesk.persistence.models import Base
    from commdesk.services.audit import setting_labels

    words = {c.name for t in Base.metadata.tables.values() for c in t.columns if "_" in c.name}
    words |= {s.value for s in State if "_" in s.value}
    words |= set(setting_labels())
    return words


@pytest.mark.timezones
def test_zh_audit_pdf_speaks_the_forms_language_in_the_organisations_zone(
    run_cli, small_demo, tmp_path, process_tz, remember_person
):
    from commdesk.core.timezones import format_instant

    remember_person(small_demo, "陈静", "demo")  # an administrator reads the log

    out = tmp_path / "audit.pdf"
    code, _out, err = run_cli("--lang", "zh_CN", "--db", small_demo, "audit", "--pdf", out)
    assert code == 0, err
    text = _pdftotext(out)
    flat = "".join(text.split())
    reader = PdfReader(out)
    by_pypdf = "".join(page.extract_text() or "" for page in reader.pages[:3])

    # no developer text: column names, state codes, setting keys, raw JSON
    leaked = sorted(w for w in _developer_words() if re.search(rf"(?<![\w.]){re.escape(w)}(?![\w])", text))
    assert not leaked, leaked
    for sample in ("body_markdown", "in_review", "mail.host", "org.time_zone"):
        assert sample not in text and sample not in by_pypdf
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text), re.findall(r"\b[a-z]+_[a-z_]+\b", text)[:10]

    # the zone is named, and it is the organisation's, not the process's
    assert re.search(rf"时区\s+{ORG_ZONE}, UTC\+01:00", text), text[:600]  # the summary's row
    # the time column's heading, 时间（UTC+01:00）: in a narrow column "（" starts its own line (no
    # line ends in an opening bracket), and the text is read with the next heading in between
    assert re.search(r"时间(操作人)?（UTC\+01:00）", flat), flat[:400]

    entries, titles = _entries(small_demo)
    newest = max(entries, key=lambda e: (e.at, e.id))
    shown = format_instant(newest.at, ORG_ZONE, with_zone=False, fmt="%Y-%m-%d%H:%M:%S")
    assert shown in flat  # the newest entry's time, in Berlin (the cell breaks between date and time)

    # the setting changed above: by its name and its value, not its key
    assert "设置：时区" in flat and f"Asia/Shanghai→{ORG_ZONE}" in flat  # the demo office's zone before

    # a reference by what it is called: an agenda item's meeting, "会议 #N <topic>"
    from commdesk.persistence.models import Base

    meeting_refs = [
        e
        for e in entries
        if e.entity in Base.metadata.tables
        and e.field
        and e.new
        and e.new.isdigit()
        and e.field in Base.metadata.tables[e.entity].c
        and any(
            fk.column.table.name == "meetings"
            for fk in Base.metadata.tables[e.entity].c[e.field].foreign_keys
        )
    ]
    assert meeting_refs
    ref = meeting_refs[0]
    title = titles[("meetings", ref.new)]
    assert "".join(f"会议 #{ref.new} {title}".split()) in flat
