"""Attachments with clear names (EM-3): safe file names, MIME types, the "is it mentioned?" check."""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePath

from commdesk.core.i18n import translate
from commdesk.core.mail.subject import clean_line
from commdesk.core.rules import Finding, Level

# Stems that say nothing about the content: "附件1", "scan0001", "IMG_2041", "新建 Microsoft Word 文档".
_UNCLEAR = re.compile(
    r"^(?:附件|附档|文件|文档|资料|新建.*|未命名.*|无标题.*|截图|图片|照片|扫描件?|attachment|attach|"
    r"document|doc|file|untitled.*|new.*document|scan|scanned|image|img|dsc|dscn|dcim|photo|pic|"
    r"picture|screenshot|screen ?shot|copy|final|draft|temp|tmp)?[\s_\-.()（）\[\]#\d]*$",
    re.IGNORECASE,
)
_MENTION_WORDS = ("附件", "附上", "随附", "附有", "见附", "附文", "attach", "enclos")


def safe_filename(name: str) -> str:
    """A file name a mail program can save: no folders, control characters or leading dots."""
    text = clean_line(PurePath(str(name).replace("\\", "/")).name)
    text = re.sub(r'[<>:"/\\|?*]', "_", text).strip(" .")
    return text or "attachment"


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    mime_type: str | None = None  # guessed from the file name when not given

    @classmethod
    def from_path(cls, path: str | Path, filename: str | None = None) -> Attachment:
        path = Path(path)
        return cls(filename or path.name, path.read_bytes())

    @property
    def name(self) -> str:
        return safe_filename(self.filename)

    @property
    def content_type(self) -> tuple[str, str]:
        mime = (
            self.mime_type or mimetypes.guess_type(self.name, strict=False)[0] or "application/octet-stream"
        )
        maintype, _, subtype = mime.partition("/")
        return maintype, subtype or "octet-stream"


def is_unclear_name(filename: str) -> bool:
    stem = PurePath(safe_filename(filename)).stem
    return bool(_UNCLEAR.match(unicodedata.normalize("NFKC", stem)))


def check_attachments(body: str, attachments: list[Attachment]) -> list[Finding]:
    """EM-3: attachments are named clearly and the body mentions them."""
    findings: list[Finding] = []
    if not attachments:
        return findings
    unclear = [a.name for a in attachments if is_unclear_name(a.name)]
    if unclear:
        findings.append(
            Finding(
                "EM-3",
                Level.WARN,
                translate(
                    "Mail",
                    "Give these attachments names that say what they are (e.g. 新闻稿-新品发布-20231120.pdf): "
                    "{names}.",
                ).format(names=", ".join(unclear)),
            )
        )
    text = unicodedata.normalize("NFKC", body or "").casefold()
    mentioned = any(w in text for w in _MENTION_WORDS) or any(
        PurePath(a.name).stem.casefold() in text for a in attachments
    )
    if not mentioned:
        findings.append(
            Finding(
                "EM-3",
                Level.WARN,
                translate(
                    "Mail",
                    "The mail has %n attachment(s) that the text does not mention: say in the body what "
                    "is attached (e.g. '附件为新闻稿全文').",
                    None,
                    len(attachments),
                ),
            )
        )
    return findings
