from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "contacts"


@pytest.fixture
def fixture_path():
    return lambda name: FIXTURES / name
