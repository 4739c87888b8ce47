"""The PDF layer: every export (releases, minutes, contact lists) is built from these blocks.

    from commdesk.core.documents import Document, Heading, Paragraph, Table, render
    render(Document(title="新闻稿"), [Heading("背景"), Paragraph("……")], "out.pdf")

Qt-free. Names are loaded on first use, so ``import commdesk.core.documents.fontbuild`` (the
font build step) does not pull in reportlab.
"""
from __future__ import annotations

import importlib

_SPEC = ("Document", "Letterhead", "Title", "Heading", "Paragraph", "Markdown", "BulletList",
         "NumberedList", "KeyValue", "Table", "Callout", "Signature", "SignatureBlock", "Image",
         "Spacer", "PageBreak", "Block")
_EXPORTS = {name: "spec" for name in _SPEC}
_EXPORTS.update(render="rendering", render_bytes="rendering", ExportCancelled="templates",
                find_font_files="fonts")

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
