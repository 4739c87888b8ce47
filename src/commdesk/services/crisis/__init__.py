"""The issue and crisis log (SM-5, EV-7): ``CrisisService``."""

from commdesk.services.crisis.service import Crisis, CrisisService, CrisisSummary

__all__ = ["Crisis", "CrisisService", "CrisisSummary"]
