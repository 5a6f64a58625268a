"""Seed articles built at test time from ../shared/seeds (never copied into the project)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.enrich import enrich_page
from newsdesk.records import Article, Page

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def seed_text(prefix: str) -> str:
    files = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not files:
        pytest.skip(f"seed {prefix} not found under {SEEDS}")
    return files[0].read_text(encoding="utf-8")


def seed_article(prefix: str, first: str, stop: str, published: str | None = None) -> Article:
    """The body of one article of a seed: from the line starting ``first`` up to ``stop``."""
    text = seed_text(prefix)
    start = text.index(first)
    end = text.index(stop, start)
    body = text[start:end].strip()
    page = Page(source=f"seed {prefix}", format="text", kind="article")
    page.articles.append(Article(role="main", title="", body=body, published=published))
    return enrich_page(page).articles[0]


@pytest.fixture(scope="session")
def sweida() -> Article:
    return seed_article("003", "The death toll from violence in Sweida", "DOWNLOAD THE APP")


@pytest.fixture(scope="session")
def austin() -> Article:
    return seed_article("000", "According to Israeli media", "  • Pentagon", "2024-12-12T05:45:00")


@pytest.fixture(scope="session")
def bases() -> Article:
    return seed_article("002", "Russia has established direct", "  • Russia", "2024-12-12T23:53:00")


@pytest.fixture(scope="session")
def newarab() -> Article:
    return seed_article(
        "004", "Syria could be the next target of Israel", "Continue reading at www.newarab"
    )


@pytest.fixture(scope="session")
def talks() -> Article:
    return seed_article(
        "001", "Turkish Foreign Minister Hakan Fidan", "  • Iraq", "2024-12-01T17:37:00"
    )
