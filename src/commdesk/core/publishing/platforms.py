"""The platforms an office usually keeps (SM-2), as administrators get them with one click or the
demo fills them in: each with how it counts a post (``lengths.RULES``), its limits and what it is for
(the procedure: the WeChat official account for depth, Weibo for quick interaction).

Limits are those the platforms' editors enforce for an ordinary account; administrators change them
when a platform does."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlatformDefaults:
    code: str
    name_zh: str
    name_en: str
    counting: str
    text_limit: int
    title_limit: int | None
    purpose_zh: str
    purpose_en: str


STANDARD: tuple[PlatformDefaults, ...] = (
    PlatformDefaults(
        "wechat",
        "微信公众号",
        "WeChat official account",
        "plain",
        20000,
        64,
        "深度内容：政策解读、活动回顾、长图文。",
        "In-depth content: explaining policies, event reports, long articles.",
    ),
    PlatformDefaults(
        "weibo",
        "微博",
        "Weibo",
        "weibo",
        2000,
        None,
        "即时互动：快讯、话题、投票、问答，及时回复评论。",
        "Quick interaction: news flashes, topics, polls, Q&A; comments answered promptly.",
    ),
    PlatformDefaults(
        "douyin",
        "抖音",
        "Douyin",
        "plain",
        1000,
        55,
        "短视频：活动现场、幕后花絮。",
        "Short video: events as they happen, behind the scenes.",
    ),
    PlatformDefaults(
        "xiaohongshu",
        "小红书",
        "Xiaohongshu",
        "plain",
        1000,
        20,
        "图文笔记：经验分享、服务指南。",
        "Illustrated notes: tips, service guides.",
    ),
    PlatformDefaults(
        "linkedin",
        "领英",
        "LinkedIn",
        "plain",
        3000,
        None,
        "面向行业与合作伙伴的动态（英文为主）。",
        "News for the sector and partners (mostly in English).",
    ),
    PlatformDefaults(
        "x",
        "X（推特）",
        "X",
        "twitter",
        280,
        None,
        "面向海外受众的简短动态（英文）。",
        "Short news for readers abroad (in English).",
    ),
)
