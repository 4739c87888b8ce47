<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Documents</name>
    <message>
        <source>Decision</source>
        <extracomment>Rows per table chunk: a few pages&apos; worth. Only that many rows&apos; paragraphs wait in memory; a chunk split at a page end measures its cells once (``CellParagraph``, and split parts keep the row heights measured), so the size costs little time either way.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash: {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be read ({error}); use a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF fonts could not be built ({error}). Run ./dev build, or reinstall commdesk, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF fonts are missing (NotoSansCJKsc-Regular.ttf). Run ./dev build, or reinstall commdesk, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the document does not fit on a page ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people, {active} active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has no entries for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <comment>what was done to a record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old → New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>&quot;Open&quot; and &quot;Show in folder&quot; in the question after saving (tests answer with these).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the PDF “{title}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “{title}” as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path} ({error}). Choose another folder, or close the file if another program has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preview is not available in this installation. Save the PDF and open it in your PDF viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
