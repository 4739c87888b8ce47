"""Demo media contacts: Chinese and international outlets, a few hundred journalists with beats,
owners and tiers, distribution lists (static and smart), cooperation histories, open and answered
media inquiries, do-not-contact entries, and some duplicates to find and merge."""

from __future__ import annotations

from datetime import timedelta

from commdesk.core.contacts.records import ContactRecord, Email, OutletKind, OutletRecord, Phone, Status, Tier
from commdesk.core.contacts.validation import PhoneProblem, normalise_phone
from commdesk.demo.foundation import demo_person

ORDER = 10

# name, kind, region, language, reach, website, e-mail domain, beats typical for it
OUTLETS = [
    ("新华社", OutletKind.WIRE, "北京", "zh", 0, "xinhua.example.cn", ["时政", "财经", "科技"]),
    (
        "人民日报",
        OutletKind.NEWSPAPER,
        "北京",
        "zh",
        3_000_000,
        "people.example.cn",
        ["时政", "社会", "产业"],
    ),
    ("财新", OutletKind.MAGAZINE, "北京", "zh", 800_000, "caixin.example.cn", ["金融", "财经", "公司"]),
    ("第一财经", OutletKind.TV, "上海", "zh", 5_000_000, "yicai.example.cn", ["财经", "证券", "公司"]),
    ("36氪", OutletKind.ONLINE, "北京", "zh", 2_000_000, "36kr.example.cn", ["创投", "科技", "互联网"]),
    ("澎湃新闻", OutletKind.ONLINE, "上海", "zh", 4_000_000, "thepaper.example.cn", ["社会", "时政", "科技"]),
    ("南方周末", OutletKind.NEWSPAPER, "广州", "zh", 1_200_000, "infzm.example.cn", ["社会", "文化", "环境"]),
    ("经济观察报", OutletKind.NEWSPAPER, "北京", "zh", 600_000, "eeo.example.cn", ["财经", "产业"]),
    (
        "中国日报",
        OutletKind.NEWSPAPER,
        "北京",
        "en",
        900_000,
        "chinadaily.example.cn",
        ["Business", "Technology"],
    ),
    ("21世纪经济报道", OutletKind.NEWSPAPER, "广州", "zh", 700_000, "21jingji.example.cn", ["财经", "金融"]),
    ("界面新闻", OutletKind.ONLINE, "上海", "zh", 1_500_000, "jiemian.example.cn", ["公司", "科技", "消费"]),
    ("虎嗅", OutletKind.WECHAT, "北京", "zh", 1_000_000, "huxiu.example.cn", ["科技", "商业"]),
    ("上海广播电台", OutletKind.RADIO, "上海", "zh", 2_500_000, "smg.example.cn", ["城市", "交通", "财经"]),
    ("Reuters", OutletKind.WIRE, "London", "en", 0, "reuters.example.com", ["Energy", "Markets", "China"]),
    (
        "Bloomberg",
        OutletKind.WIRE,
        "New York",
        "en",
        0,
        "bloomberg.example.com",
        ["Markets", "Technology", "Asia"],
    ),
    (
        "Financial Times",
        OutletKind.NEWSPAPER,
        "London",
        "en",
        1_000_000,
        "ft.example.com",
        ["Companies", "China", "Industry"],
    ),
    (
        "Handelsblatt",
        OutletKind.NEWSPAPER,
        "Düsseldorf",
        "de",
        130_000,
        "handelsblatt.example.de",
        ["Industrie", "China", "Technologie"],
    ),
    (
        "The Wall Street Journal",
        OutletKind.NEWSPAPER,
        "New York",
        "en",
        3_000_000,
        "wsj.example.com",
        ["Markets", "Technology"],
    ),
    ("Nikkei Asia", OutletKind.MAGAZINE, "Tokyo", "en", 500_000, "nikkei.example.jp", ["Asia", "Industry"]),
    (
        "South China Morning Post",
        OutletKind.NEWSPAPER,
        "香港",
        "en",
        400_000,
        "scmp.example.hk",
        ["China", "Technology", "Business"],
    ),
    ("科技早知道", OutletKind.PODCAST, "上海", "zh", 300_000, "guiguzaozhidao.example.cn", ["科技", "创投"]),
]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = [
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "霞",
    "平",
    "刚",
    "桂英",
    "晓明",
    "志强",
    "海燕",
    "建华",
    "雪",
    "倩",
    "婷",
    "宇",
    "浩然",
    "子涵",
    "欣怡",
    "一鸣",
    "思远",
    "嘉怡",
    "晨",
    "昊",
    "佳",
    "梦琪",
    "文博",
    "雨桐",
    "俊杰",
    "若曦",
    "天佑",
    "诗涵",
]
WESTERN = {
    "en": (
        [
            "James",
            "Emily",
            "Michael",
            "Sarah",
            "David",
            "Laura",
            "Daniel",
            "Sophie",
            "Thomas",
            "Olivia",
            "Andrew",
            "Rachel",
            "Peter",
            "Hannah",
            "Mark",
            "Chloe",
        ],
        [
            "Smith",
            "Johnson",
            "Brown",
            "Taylor",
            "Wilson",
            "Clarke",
            "Walker",
            "Hughes",
            "Lee",
            "Wright",
            "Green",
            "Hall",
            "Evans",
            "Turner",
            "Baker",
            "Campbell",
        ],
    ),
    "de": (
        ["Anna", "Jonas", "Lena", "Felix", "Katharina", "Lukas", "Julia", "Maximilian"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker"],
    ),
}
TITLES_ZH = ["记者", "资深记者", "首席记者", "编辑", "主编", "副主编", "主笔", "专栏作者", "编导", "主持人"]
TITLES_EN = [
    "Correspondent",
    "Senior Correspondent",
    "Bureau Chief",
    "Editor",
    "Reporter",
    "Columnist",
    "Producer",
]
SUMMARIES = {
    "pitch": [
        "推介新品发布会",
        "推介年度可持续发展报告",
        "Pitched the Shanghai plant opening",
        "提供CEO专访机会",
    ],
    "interview": [
        "专访CEO，谈工业物联网战略",
        "Interview with the CTO on edge computing",
        "电话采访：供应链韧性",
    ],
    "call": ["电话沟通发布会细节", "Follow-up call about the results", "确认采访时间"],
    "meeting": ["媒体午餐会", "Background briefing at the Beijing office", "工厂参观"],
    "coverage": [
        "发表报道《华信的数字化转型》",
        "Article on Huaxin's expansion in Europe",
        "视频报道：智能工厂",
    ],
    "event_invitation": ["邀请参加年度媒体峰会", "Invited to the product launch in Shenzhen"],
    "note": ["喜欢微信沟通，不接受下午电话", "Prefers embargoed material two days ahead", "对ESG话题感兴趣"],
    "mailing": ["发送新闻稿：三季度业绩", "Sent the press kit for the launch"],
}
INQUIRIES = [
    "询问裁员传闻，需要官方回应",
    "Asks for comment on the data breach report",
    "询问新工厂投资金额",
    "Wants figures on the European market share",
    "核实高管变动消息",
    "询问产品召回情况",
]


def _phone(rng, kind: str, serial: int) -> str:
    if kind == "zh":
        return f"1{rng.choice('3589')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"
    if kind == "de":
        return f"+49 30 {rng.randint(2000000, 8999999)}"
    return f"+44 20 7946 {serial % 1000:04d}"  # Ofcom's range for drama: never a real line


def _valid_phone(number: str) -> str | None:
    try:
        return normalise_phone(number, "CN")
    except PhoneProblem:
        return None


def _person(rng, outlet):
    _name, _, _, lang, _, _domain, _beats = outlet
    if lang == "zh" or (lang == "en" and outlet[2] in ("北京", "香港") and rng.random() < 0.6):
        family, given = rng.choice(SURNAMES), rng.choice(GIVEN)
        full = family + given
        from commdesk.core.contacts.names import to_pinyin

        handle = to_pinyin(full, family).replace(" ", "") + (
            str(rng.randint(1, 99)) if rng.random() < 0.3 else ""
        )
        return full, handle, rng.choice(TITLES_ZH if lang == "zh" else TITLES_EN), "zh"
    firsts, lasts = WESTERN.get(lang, WESTERN["en"])
    first, last = rng.choice(firsts), rng.choice(lasts)
    from commdesk.core.contacts.names import fold_latin

    handle = fold_latin(f"{first}.{last}").replace("ü", "ue")
    return f"{first} {last}", handle, rng.choice(TITLES_EN), lang


def seed(ctx, rng, now) -> dict[str, int]:
    from commdesk.services.contacts.lists import ContactListService
    from commdesk.services.contacts.service import ContactQuery, ContactService

    admin = demo_person(ctx, "陈静")
    officers = [demo_person(ctx, "李明"), demo_person(ctx, "Emma Schmidt")]
    ctx.current = lambda: admin
    svc = ctx.service(ContactService)
    for name, kind, region, lang, reach, domain, _ in OUTLETS:
        svc.save_outlet(OutletRecord(name, kind, region, lang, reach or None, f"https://www.{domain}"))
    made: list[tuple[int, ContactRecord, tuple]] = []
    seen_emails: set[str] = set()
    pending: list[tuple[ContactRecord, int | None, tuple]] = []
    for i in range(300):
        outlet = OUTLETS[i % len(OUTLETS)] if i < 2 * len(OUTLETS) else rng.choice(OUTLETS)
        full, handle, title, lang = _person(rng, outlet)
        email = f"{handle}@{outlet[5]}"
        if email in seen_emails:
            email = f"{handle}{i}@{outlet[5]}"
        seen_emails.add(email)
        phones = []
        if rng.random() < 0.85:
            number = _valid_phone(_phone(rng, "zh" if lang == "zh" else lang, i))
            if number:
                phones.append(Phone("mobile" if lang == "zh" else "work", number))
        beats = rng.sample(outlet[6], k=rng.randint(1, min(2, len(outlet[6]))))
        rec = ContactRecord(
            full_name=full,
            title=title,
            outlet=outlet[0],
            beats=beats,
            emails=[Email("work", email)],
            phones=phones,
            wechat=handle + "_wx" if lang == "zh" and rng.random() < 0.5 else "",
            tier=rng.choice([Tier.A, Tier.B, Tier.B, Tier.C, Tier.C, None]),
            status=Status.BOUNCED
            if rng.random() < 0.02
            else (Status.LEFT if rng.random() < 0.03 else Status.ACTIVE),
            language=lang,
            preferred_channel=rng.choice(["email", "wechat", "phone", ""]),
            notes=rng.choice(
                ["", "", "", "喜欢数据类选题", "Only on background", "周五下午不方便", "关注ESG"]
            ),
            source=rng.choice(["2025媒体名录", "business card", "发布会签到", "referral"]),
        )
        pending.append((rec, rng.choice([admin.id] + [o.id for o in officers] + [None]), outlet))
    # one transaction for all of them (300 single creates took seconds)
    for d, (_, _, outlet) in zip(svc.create_many([(r, o) for r, o, _ in pending]), pending, strict=False):
        made.append((d.id, d.record, outlet))
    # duplicates to find: same person entered twice, as typed by different colleagues
    dups = 0
    for _cid, rec, outlet in rng.sample(made, 8):
        twin = ContactRecord(
            full_name=rec.full_name if rec.pinyin else rec.full_name.upper(),
            outlet=outlet[0],
            title=rec.title,
            emails=[Email("home", f"{rec.emails[0].address.split('@')[0]}.pers@mail.example.cn")],
            phones=list(rec.phones[:1]) if rng.random() < 0.5 else [],
            source="business card",
        )
        svc.create(twin)
        dups += 1
    # histories and media inquiries, logged by officers
    kinds = list(SUMMARIES)
    interactions = inquiries = 0
    for cid, _rec, _outlet in rng.sample(made, 160):
        officer = rng.choice(officers)
        ctx.current = lambda o=officer: o
        for _ in range(rng.randint(1, 4)):
            kind = rng.choice(kinds)
            when = now - timedelta(days=rng.randint(1, 420), hours=rng.randint(0, 10))
            svc.log_interaction(
                cid,
                kind,
                when,
                rng.choice(["email", "phone", "wechat", "in person"]),
                rng.choice(SUMMARIES[kind]),
            )
            interactions += 1
    for n, (cid, _rec, _outlet) in enumerate(rng.sample(made, 12)):
        officer = rng.choice(officers)
        ctx.current = lambda o=officer: o
        asked = now - timedelta(days=n * 3, hours=rng.randint(1, 6))
        answered = asked + timedelta(hours=rng.randint(1, 30)) if n >= 3 else None
        svc.log_interaction(
            cid,
            "inquiry",
            asked,
            rng.choice(["phone", "email"]),
            INQUIRIES[n % len(INQUIRIES)],
            deadline=asked + timedelta(hours=rng.choice([4, 8, 24])),
            liaison=rng.choice(["陈静", "李明", "Emma Schmidt"]),
            answered_at=answered,
        )
        inquiries += 1
    # do-not-contact, set by officers and administrators
    refused = rng.sample(made, 9)
    for cid, _rec, _outlet in refused:
        ctx.current = lambda: rng.choice([*officers, admin])
        svc.set_do_not_contact(
            cid,
            rng.choice(["email", "email", "phone"]),
            rng.choice(
                [
                    "本人电话要求不再发送新闻稿",
                    "Asked to be removed from the list",
                    "已离职，邮箱转给同事",
                    "Unsubscribed by reply",
                ]
            ),
            expires=(now + timedelta(days=180)).date() if rng.random() < 0.3 else None,
        )
    ctx.current = lambda: officers[0]
    lists = ctx.service(ContactListService)
    finance = lists.create_static("财经媒体核心名单")
    lists.add(finance.id, [cid for cid, rec, o in made if set(rec.beats) & {"财经", "金融", "证券"}][:40])
    intl = lists.create_static("International press")
    lists.add(intl.id, [cid for cid, rec, o in made if o[3] != "zh"][:35])
    launch = lists.create_static("新品发布会 2026")
    lists.add(launch.id, [cid for cid, *_ in rng.sample(made, 30)])
    lists.create_smart("科技口 A 级", ContactQuery(beat="科技", tier="A"))
    lists.create_smart("Wires", ContactQuery(outlet_kind=OutletKind.WIRE.value))
    ctx.current = lambda: admin
    return {
        "contacts": len(made) + dups,
        "outlets": len(OUTLETS),
        "interactions": interactions + inquiries,
        "contact lists": 5,
    }
