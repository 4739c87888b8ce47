"""Evaluation (EV-1..8): figures from every channel's records, and the evaluation report."""
