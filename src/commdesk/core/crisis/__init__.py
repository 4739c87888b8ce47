"""The issue and crisis log (SM-5, EV-7): playbooks per kind, severity, the assembled timeline."""
