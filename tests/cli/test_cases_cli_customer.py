"""``commdesk cases add`` with a customer as an officer types it: a phone number or an e-mail
address that is none is refused in one line naming the field and the fix, in English and Chinese;
a name alone logs the case under the customer record already of that name."""

from __future__ import annotations

import json

import pytest

from commdesk.services.cases.admin import CaseAdminService

OFFICER = ("--as", "李明 Li Ming")


@pytest.fixture
def desk(ctx, people, db_url):
    ctx.service(CaseAdminService).save_category("parking", "停车", "Parking")
    return db_url


def add(run_cli, db, *customer, lang=()):
    return run_cli(
        "--db", db, *lang, *OFFICER, "cases", "add", "--channel", "letter", "--category", "parking",
        "--summary", "停车场收费太贵", *customer, "--json",
    )  # fmt: skip


def test_a_phone_or_address_that_is_none_is_refused_in_words(run_cli, desk):
    code, out, err = add(run_cli, desk, "--customer", "王芳", "--phone", "abc")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "Phone number “abc”" in err and "country code" in err
    code, out, err = add(run_cli, desk, "--customer", "王芳", "--email", "not-an-email")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "E-mail address “not-an-email” is not valid" in err and "name@example.org" in err
    code, out, err = add(run_cli, desk, "--customer", "王芳", "--phone", "abc", lang=("--lang", "zh_CN"))
    assert code == 1 and "电话号码“abc”" in err and "No such file" not in err


def test_a_name_alone_is_the_customer_of_that_name(run_cli, desk):
    code, out, err = add(run_cli, desk, "--customer", "测试")
    assert code == 0, err
    first = json.loads(out)
    code, out, err = add(run_cli, desk, "--customer", "测试")
    assert code == 0, err
    assert json.loads(out)["customer_id"] == first["customer_id"]
