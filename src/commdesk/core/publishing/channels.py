"""The "which channel?" guide (P-4, IM-2): what the procedure says each channel is for, in Chinese
and in English, beside the new-post dialog, so a matter that belongs in a mail, a meeting or a press
release does not go out as a post.

The Chinese lines follow the procedure's own words (``resources/procedure/procedure.zh.txt``, 二、
沟通渠道的类型与适用范围); the English ones say the same. Both languages are shown together
whatever the interface language: the office writes in both.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChannelAdvice:
    key: str
    rules: str  # the procedure's rule IDs behind the advice
    name_zh: str
    name_en: str
    for_zh: str
    for_en: str


GUIDE: tuple[ChannelAdvice, ...] = (
    ChannelAdvice(
        "social",
        "SM-2, P-4",
        "社交媒体（微信公众号、微博等）",
        "Social media (WeChat official account, Weibo ...)",
        "品牌宣传、信息发布：公司动态、产品信息、行业资讯；与用户互动、回答问题、收集反馈。"
        "公众号偏深度内容，微博偏即时互动。",
        "Brand and public information: news of the organisation, products, the sector; talking with "
        "users, answering questions, collecting feedback. WeChat official account for depth, Weibo for "
        "quick interaction.",
    ),
    ChannelAdvice(
        "media",
        "MD-3, MD-4",
        "媒体沟通（新闻稿）",
        "Media (press release)",
        "新闻发布、行业合作：正式对外发布的消息先走新闻稿及其审核，社交帖子可链接到新闻稿。",
        "News releases and partnerships: official announcements go out as a reviewed press release "
        "first; a post may link to it.",
    ),
    ChannelAdvice(
        "mail",
        "IM-2, EM-1",
        "邮件",
        "E-mail",
        "正式通知、文件传输、跨部门协作；重要、复杂或需要记录的事项优先用邮件。",
        "Formal notices, documents, work across departments; important, complex or record-worthy "
        "matters go to mail.",
    ),
    ChannelAdvice(
        "meeting",
        "IM-2, PC-1, FM-1",
        "电话会议 / 面对面会议",
        "Conference call / meeting in person",
        "需要即时讨论、快速决策的议题用电话会议；复杂、敏感或需要深入探讨的问题当面开会，决定以书面确认。",
        "Quick discussion and decisions by conference call; complex or sensitive matters in person, "
        "decisions confirmed in writing.",
    ),
    ChannelAdvice(
        "announcement",
        "AN-1, AN-4",
        "内部公告 / 公告邮件列表",
        "Internal announcement / announcement list",
        "向全体或指定部门员工发布非紧急的、普适性的信息：公司新闻、活动通知、福利政策；发布前审核。",
        "Non-urgent news for all staff or some departments: company news, events, policies; reviewed "
        "before it goes out.",
    ),
    ChannelAdvice(
        "im",
        "IM-1, IM-2",
        "即时通讯（企业微信、钉钉）",
        "Instant messaging (WeCom, DingTalk)",
        "日常工作中的快速信息同步、简单确认；不用于对外发布。",
        "Quick day-to-day updates and confirmations between colleagues; never for the public.",
    ),
    ChannelAdvice(
        "hotline",
        "HL-1, FB-3",
        "客服热线 / 反馈邮箱",
        "Hotline / feedback mailbox",
        "客户咨询、投诉与建议：评论里的投诉转为个案处理，而不是在帖子下争论。",
        "Customers' questions, complaints and suggestions: a complaint in a comment becomes a case, "
        "not a thread under the post.",
    ),
)
