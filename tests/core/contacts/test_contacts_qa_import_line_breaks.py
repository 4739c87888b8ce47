"""Import: a line break inside a link refuses the row with the contact form's own message (it was
folded to a space and imported as another link), line breaks stay in notes and addresses, and the
columns no field takes are named in the dry run and the report."""

from __future__ import annotations

import csv

import pytest

from commdesk.core.contacts.importing.mapping import guess_mapping, row_to_record
from commdesk.core.contacts.importing.sources import read_table
from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.errors import ValidationError
from commdesk.services.contacts.importing import ContactImportService, counts_text
from commdesk.services.contacts.service import ContactQuery, ContactService

EVIL = "https://linkedin.example/in/x\r\nX-Evil: 1"


def _write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


@pytest.mark.parametrize(
    "field, header", [("linkedin", "linkedin"), ("wechat", "微信"), ("weibo", "weibo"), ("x", "twitter")]
)
def test_a_line_break_in_a_link_rejects_the_row_with_the_forms_message(ctx, people, tmp_path, field, header):
    path = _write(
        tmp_path / "crlf.csv",
        [
            ["name", "email", header],
            ["Evil Person", "evil.p@example.com", EVIL.replace("https://", "")],
            ["Good Person", "good.p@example.com", "plain"],
        ],
    )
    preview = ctx.service(ContactImportService).plan(path)
    assert [(r.row, r.column) for r in preview.plan.rejected] == [(2, header)]
    # the same words as the contact form's refusal
    with pytest.raises(ValidationError) as form:
        ctx.service(ContactService).create(
            ContactRecord(full_name="Evil Person", emails=[Email("", "e@example.com")], **{field: EVIL})
        )
    assert preview.plan.rejected[0].reason == form.value.errors[field]
    with pytest.raises(ValidationError, match="1 rows"):
        ctx.service(ContactImportService).apply(preview)
    result = ctx.service(ContactImportService).apply(preview, skip_invalid=True)
    assert result.created == 1 and result.rejected == 1
    stored = [
        ctx.service(ContactService).get(i).record for i in ctx.service(ContactService).ids(ContactQuery())
    ]
    assert [getattr(r, field) for r in stored] == ["plain"]


def test_line_breaks_stay_in_notes_and_addresses_and_fold_in_names(tmp_path):
    path = _write(
        tmp_path / "multi.csv",
        [
            ["name", "email", "notes", "address"],
            ["Li\r\nMing", "li@example.com", "first\r\nsecond", "1 Road\nBeijing"],
        ],
    )
    table = read_table(path)
    record, problems = row_to_record(table.rows[0], guess_mapping(table.headers))
    assert problems == []
    assert (
        record.notes == "first\nsecond"
        and record.address == "1 Road\nBeijing"
        and record.full_name == "Li Ming"
    )


def test_ignored_columns_are_named_in_the_dry_run_and_the_report(ctx, people, tmp_path):
    path = _write(
        tmp_path / "extra.csv",
        [["name", "email", "website", "owner"], ["王伟", "ww@example.com", "https://ww.example", "bob"]],
    )
    preview = ctx.service(ContactImportService).plan(path)
    assert preview.plan.ignored_columns == ["website", "owner"]
    planned = counts_text(preview.plan.counts(), planned=True)
    assert "1 to create" in planned and "columns not imported" in planned and "website, owner" in planned
    result = ctx.service(ContactImportService).apply(preview)
    assert result.created == 1 and "website, owner" in result.summary()


def test_nothing_ignored_says_nothing(ctx, people, tmp_path):
    path = _write(tmp_path / "plain.csv", [["name", "email"], ["王伟", "ww@example.com"]])
    preview = ctx.service(ContactImportService).plan(path)
    assert "not imported" not in counts_text(preview.plan.counts(), planned=True)


def test_a_vcard_value_of_control_characters_only_is_left_out():
    """Found by the vCard line-break property test: notes of one control character wrote "NOTE:"."""
    import vobject

    from commdesk.core.contacts.exporting import write_vcards

    text = write_vcards(
        [
            ContactRecord(
                full_name="x",
                notes="\x0e",
                title="\x01",
                pinyin="\x7f",
                emails=[Email("", "a@b.example.com", True)],
            )
        ]
    )
    card = vobject.readOne(text)
    assert not {"note", "title", "x-commdesk-pinyin"} & set(card.contents)
