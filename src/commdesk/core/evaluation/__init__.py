"""Evaluation (EV-1..8) without Qt or a database: the KPI catalogue and its periods."""
