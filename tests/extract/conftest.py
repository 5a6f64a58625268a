from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "seeds"


def seed_path(prefix: str) -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed captures not found at {SEEDS}")
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip(f"seed {prefix} not found in {SEEDS}")
    return found[0]


@pytest.fixture
def seed_text():
    def read(prefix: str) -> str:
        return seed_path(prefix).read_text(encoding="utf-8")

    return read


@pytest.fixture
def seed_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed captures not found at {SEEDS}")
    return SEEDS
