"""The PDF layer: every export (releases, minutes, contact lists) is built from these blocks.

    from commdesk.core.documents.rendering import render
    from commdesk.core.documents.spec import Document, Heading, Paragraph

    render(Document(title="新闻稿"), [Heading("背景"), Paragraph("……")], "out.pdf")

Qt-free. The blocks live in ``spec`` (no reportlab), drawing in ``rendering``; the package itself
imports nothing, so ``import commdesk.core.documents.fontbuild`` (the font build step) does not pull
in reportlab.
"""
