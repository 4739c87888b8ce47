"""Demo people and organisation settings."""

from __future__ import annotations

from datetime import timedelta

from commdesk.core.domain.people import Person, Role
from commdesk.services.people import PeopleService
from commdesk.services.settings import OrgSettings, SettingsService

ORDER = 0

#: Everyone in the demo signs in with this passphrase (``commdesk demo`` says so): the demo shows
#: the sign-in as it is at a real desk, where each person has their own.
PASSPHRASE = "demo"

PEOPLE = [
    ("陈静", "chen.jing@example.org", "品牌传播部", {Role.ADMINISTRATOR, Role.OFFICER}),
    ("李明", "li.ming@example.org", "品牌传播部", {Role.OFFICER}),
    ("王芳", "wang.fang@example.org", "总经理办公室", {Role.REVIEWER}),
    (
        "Emma Schmidt",
        "emma.schmidt@example.org",
        "International Communications",
        {Role.OFFICER, Role.REVIEWER},
    ),
    ("赵磊", "zhao.lei@example.org", "行政部", {Role.ADMINISTRATOR}),
]


def seed(ctx, rng, now) -> dict[str, int]:
    people = ctx.service(PeopleService)
    first = people.create_first_profile(*PEOPLE[0][:3], roles=PEOPLE[0][3], passphrase=PASSPHRASE)
    ctx.current = lambda: first
    for name, email, dept, roles in PEOPLE[1:]:
        people.create(name, email, dept, roles, passphrase=PASSPHRASE)
    ctx.service(SettingsService).save_organisation(
        OrgSettings(
            name="华信科技有限公司 Huaxin Technology Co., Ltd.",
            departments=("品牌传播部", "总经理办公室", "行政部", "International Communications", "产品部"),
            default_country="CN",
            time_zone="Asia/Shanghai",  # a Shanghai office, whatever the zone of the computer showing it
            procedure_owner="品牌传播部",
            next_review=(now.date() + timedelta(days=200)),
            boilerplate=(
                "华信科技有限公司成立于2008年，总部位于上海，专注于工业物联网与智能制造解决方案，"
                "服务全球30多个国家和地区的2000余家客户。"
            ),
            media_contact="媒体联络：陈静 电话 +86 21 5555 0100 邮箱 press@example.org",
        )
    )
    return {"people": len(PEOPLE)}


def demo_person(ctx, name: str) -> Person:
    """A demo person by name, for other seeders acting as them."""
    return ctx.service(PeopleService).find(name)
