"""The media contact database without Qt or a database: records, names, validation, import, export
and duplicate detection as plain functions over dataclasses."""
