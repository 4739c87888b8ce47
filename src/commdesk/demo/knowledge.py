"""Demo knowledge base: answers the hotline gives, written by the administrator and approved by the
reviewer (four eyes), one of them with a newer version still waiting, one not approved yet."""

from __future__ import annotations

from datetime import datetime

from commdesk.demo.foundation import demo_person

ORDER = 55  # after the cases desk's categories (cases: 50)

# (category code, title, answer)
ANSWERS = (
    ("opening_hours", "营业时间", "工作日 9:00–18:00 对外服务；法定节假日休息，调休上班日正常服务。"),
    (
        "service",
        "发票补开",
        "登录会员中心 → 我的订单 → 申请补开发票；纸质发票 5 个工作日内寄出，电子发票当日发送到邮箱。",
    ),
    ("service", "预约参观", "参观须提前 3 个工作日预约，请告知人数、日期和联系人电话；每批不超过 20 人。"),
    (
        "billing_complaint",
        "退款多久到账",
        "退款在审核通过后 3 个工作日内退回原支付账户；超过 5 个工作日未到账，请提供订单号，我们 1 个工作日内回电。",
    ),
    (
        "complaint",
        "投诉处理时限",
        "投诉在 1 个工作日内首次答复，5 个工作日内给出处理结果；重大投诉由部门负责人跟进。",
    ),
    (
        "product_use",
        "产品说明书下载",
        "说明书可在官网“服务支持 → 资料下载”中按型号查找，也可以请我们发到您的邮箱。",
    ),
    ("product", "保修期", "整机保修一年，主要部件保修三年，凭发票或电子订单享受保修。"),
)


def seed(ctx, rng, now: datetime) -> dict[str, int]:
    from commdesk.services.cases.admin import CaseAdminService
    from commdesk.services.cases.knowledge import KnowledgeService

    admin, reviewer = demo_person(ctx, "陈静"), demo_person(ctx, "王芳")
    categories = {c.code: c.id for c in ctx.service(CaseAdminService).categories()}
    kb = ctx.service(KnowledgeService)
    real = ctx.current
    try:
        ctx.current = lambda: admin
        made = [kb.add(title, body, category_id=categories.get(code)) for code, title, body in ANSWERS]
        ctx.current = lambda: reviewer
        for entry in made[:-1]:  # the last one waits for its approval
            kb.approve(entry.id)
        ctx.current = lambda: admin
        kb.edit(made[0].id, made[0].title, made[0].body + "春节期间另行通知。")  # version 2 waits
    finally:
        ctx.current = real
    return {"knowledge-base answers": len(made)}
