"""The Qt-free core of commdesk: domain, services, procedure rules and documents.

Nothing under this package may import PySide6 (tests/core/test_layering.py enforces it).
"""
