"""Meetings a test can start from: complete, so each test removes or changes one thing."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from commdesk.core.meetings.model import AgendaItem, Meeting, MeetingKind, Organiser, Participant

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")


def people(n: int) -> list[Participant]:
    return [Participant(f"参会人{i}", f"p{i}@example.cn", required=i % 2 == 0) for i in range(n)]


def make_conference(**changes) -> Meeting:
    values = {
        "kind": MeetingKind.CONFERENCE,
        "topic": "新品发布媒体沟通会",
        "purpose": "确认发布会流程与分工",
        "start": datetime(2025, 3, 20, 10, 0, tzinfo=SHANGHAI),
        "duration": 60,
        "tz": "Asia/Shanghai",
        "organiser": Organiser("王芳", "wang.fang@example.cn"),
        "host": "王芳",
        "note_taker": "李雷",
        "participants": people(4),
        "link": "https://meet.example.cn/j/123",
        "dial_in": "+86 10 8888 0000",
        "agenda": [
            AgendaItem("开场与目标", "王芳", 5),
            AgendaItem("发布流程", "李雷", 40),
            AgendaItem("分工", "", 15),
        ],
    }
    values.update(changes)
    return Meeting(**values)


def make_in_person(**changes) -> Meeting:
    values = {
        "kind": MeetingKind.IN_PERSON,
        "topic": "季度传播复盘会",
        "purpose": "复盘第一季度媒体报道",
        "start": datetime(2025, 3, 20, 14, 0, tzinfo=SHANGHAI),
        "duration": 90,
        "tz": "Asia/Shanghai",
        "organiser": Organiser("王芳", "wang.fang@example.cn"),
        "participants": people(6),
        "room": "3楼 301会议室",
        "agenda": [AgendaItem("报道数据", "李雷", 30), AgendaItem("讨论", "", 60)],
        "materials": ["笔记本电脑", "季度报告"],
    }
    values.update(changes)
    return Meeting(**values)
