"""The sample captures shipped in newsdesk/samples: listed, readable, fictional, and consistent
with .expected.json, the record of what a careful reader writes down for each of them.

These tests guard the samples themselves (other tests read them as ground truth), so a typo in
.expected.json, an undeclared encoding or a real-world domain fails here first.
"""

from __future__ import annotations

import gzip
import html
import json
import re
from collections import Counter
from pathlib import Path

import lxml.html
import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "newsdesk" / "samples"
SEEDS = Path("/work/shared/seeds")
META_FILES = {"README.md", ".expected.json"}
# JSON-LD needs its vocabulary URL; it names no outlet, so it is the one non-.example host allowed.
VOCABULARY_HOSTS = {"schema.org"}
# Bare domain names (no scheme) under the commonest real top-level domains.
REAL_TLDS = "com|org|net|co|uk|de|fr|ru|io|info|gov|edu"

EXPECTED = json.loads((SAMPLES / ".expected.json").read_text(encoding="utf-8"))
SAMPLE_NAMES = sorted(p.name for p in SAMPLES.iterdir() if p.is_file() and p.name not in META_FILES)


def raw_bytes(name: str) -> bytes:
    data = (SAMPLES / name).read_bytes()
    return gzip.decompress(data) if name.endswith(".gz") else data


def declared_charset(data: bytes) -> str:
    match = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    return match.group(1).decode("ascii") if match else "utf-8"


def decoded(name: str) -> str:
    data = raw_bytes(name)
    charset = declared_charset(data) if ".htm" in name else "utf-8"
    return data.decode(charset)  # strict: an undeclared or wrong encoding raises


def visible_text(name: str) -> str:
    """What a reader sees, whitespace-normalised; HTML without scripts, styles and tags."""
    text = decoded(name)
    if ".htm" in name:
        root = lxml.html.document_fromstring(text)
        for node in root.xpath("//script|//style|//head"):
            node.drop_tree()
        text = root.text_content()
    return normalise(text)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def expected_strings(entry: dict) -> list[str]:
    """Every piece of page text that .expected.json claims is on the page."""
    found: list[str] = []
    main = entry.get("main") or {}
    keys = ("title", "standfirst", "first_sentence", "last_sentence", "credit", "published_text")
    for key in keys:
        if main.get(key):
            found.append(main[key])
    found += main.get("authors", []) + main.get("headings", []) + main.get("tags", [])
    found += [image["caption"] for image in main.get("images", [])]
    found += [link["title"] for link in entry.get("links", [])]
    found += [a for a in entry.get("ticker", {}).get("attributions", []) if a]
    for key in ("related", "digest_entries"):
        for item in entry.get(key, []):
            found += [item[k] for k in ("title", "first_sentence", "last_sentence", "outlet")]
    found += entry.get("timeline", [])
    return found


def test_every_sample_is_listed_in_readme_and_expected() -> None:
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    assert 10 <= len(SAMPLE_NAMES) <= 12
    for name in SAMPLE_NAMES:
        assert f"`{name}`" in readme, f"{name} is not described in samples/README.md"
    assert sorted(EXPECTED["files"]) == SAMPLE_NAMES


def test_mixed_formats() -> None:
    kinds = Counter(EXPECTED["files"][name]["format"] for name in SAMPLE_NAMES)
    assert kinds["text"] >= 5 and kinds["html"] >= 4
    assert any(name.endswith(".html.gz") for name in SAMPLE_NAMES)
    page_kinds = {entry["kind"] for entry in EXPECTED["files"].values()}
    assert page_kinds == {"article", "digest", "listing"}


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_decodes_with_its_declared_encoding(name: str) -> None:
    text = decoded(name)
    assert "\ufffd" not in text
    assert len(text) > 2000
    entry = EXPECTED["files"][name]
    if entry["format"] == "html":
        assert declared_charset(raw_bytes(name)).lower() == entry["encoding"]


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_is_fictional(name: str) -> None:
    text = decoded(name)
    hosts = set(re.findall(r"https?://([^/\"'\s<>]+)", text))
    hosts |= {h.rstrip("/") for h in re.findall(r"Continue reading at (\S+)", text)}
    hosts |= set(re.findall(rf"\b(?:[a-z0-9-]+\.)+(?:{REAL_TLDS})\b", text))
    outside = {h for h in hosts if not h.endswith(".example") and h not in VOCABULARY_HOSTS}
    assert not outside, f"{name} names real-world domains: {sorted(outside)}"
    email = re.search(r"[\w.+-]+@[\w-]+\.(?!example\b)\w+", text)
    assert not email, f"{name} has a real e-mail address: {email.group(0) if email else ''}"


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_expected_text_is_on_the_page(name: str) -> None:
    page = visible_text(name)
    missing = [s for s in expected_strings(EXPECTED["files"][name]) if normalise(s) not in page]
    assert not missing, f".expected.json for {name} quotes text the page does not hold: {missing}"


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_inserts_and_chrome_named_in_expected_are_on_the_page(name: str) -> None:
    entry = EXPECTED["files"][name]
    page = visible_text(name)
    for text in (entry.get("main") or {}).get("not_in_body", []) + entry.get("not_in_any_body", []):
        assert normalise(text) in page, f"{name}: {text!r} is not on the page"


def test_syndicated_copy_repeats_the_original_body() -> None:
    """The aggregator republishes Kestrel's article verbatim (a near-duplicate for dedup)."""
    copy_name = "05_daily-tern_prisoner-exchange.txt"
    original = visible_text(EXPECTED["files"][copy_name]["syndicated_from"])
    lines = decoded(copy_name).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Kestrel News Agency"))
    end = lines.index("Orange background")
    body = [line for line in lines[start + 1 : end] if not line.startswith("Read more:")]
    assert len(body) == 10
    assert all(normalise(line) in original for line in body)


def test_each_story_is_told_by_several_outlets() -> None:
    outlets: dict[str, set[str]] = {story: set() for story in EXPECTED["stories"]}
    for entry in EXPECTED["files"].values():
        if entry.get("main") and entry.get("story"):
            outlets[entry["story"]].add(entry["main"]["outlet"])
        for item in entry.get("related", []) + entry.get("digest_entries", []):
            outlets[item["story"]].add(item["outlet"])
    for story, names in outlets.items():
        assert len(names) >= 3, f"{story} is covered by only {sorted(names)}"


def _shingles(text: str, size: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_no_seed_text_is_copied() -> None:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        pytest.skip(f"seeds not found at {SEEDS}")
    seed_shingles: set[tuple[str, ...]] = set()
    for seed in seeds:
        seed_shingles |= _shingles(seed.read_text(encoding="utf-8", errors="replace"))
    for name in SAMPLE_NAMES:
        shared = _shingles(visible_text(name)) & seed_shingles
        assert not shared, f"{name} shares 8-word runs with the seeds: {sorted(shared)[:3]}"
