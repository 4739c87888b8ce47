"""Press releases without Qt and without a database (MD-3, MD-4, P-6, P-7, AN-4).

Small modules, each one job:

* ``actor``       who acts (person id, name, roles)
* ``workflow``    the four-eyes review state machine
* ``content``     a release's content, its hash, paragraph ids for comments
* ``diff``        what changed between two versions, per field and word/character
* ``templates``   sandboxed Jinja2 release templates, checks and previews
* ``library``     the built-in templates shipped in ``resources/templates/releases``
* ``export_text`` plain text and HTML for pasting into a newsroom
"""
