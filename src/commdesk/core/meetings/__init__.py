"""Meetings without Qt or a database: the model, working-hours and series arithmetic, ``.ics`` invitations.

Modules: ``model`` (dataclasses and enums), ``schedule`` (minutes due, series dates, action due
state), ``ics`` (RFC 5545 invitations and cancellations). The procedure checks for meetings live in
``commdesk.core.rules.meetings``.
"""
