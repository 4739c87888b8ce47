"""The issue and crisis log window (SM-5, EV-7)."""
