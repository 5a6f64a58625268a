"""Find the article body among a page's blocks.

Two independent readings of the page vote on every block:

* our own structural analysis: the container element whose subtree holds the most prose (long,
  punctuated, un-linked text) against the least link-heavy or boilerplate text, found by scoring
  every ancestor of every block (a maximum-subtree search over text density);
* trafilatura's main-text extraction, mapped back onto the blocks by shingle overlap.

Where the two agree the block is kept or dropped. Where they disagree the block's own evidence
decides: how prose-like it is, how much of it is link text, whether it sits in a region the page
marks as boilerplate, whether it continues a run of kept blocks, and (when the page carries one)
whether it overlaps the JSON-LD ``articleBody``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from newsdesk.eval.metrics import shingles, tokens
from newsdesk.extract.html_dom import Block

_SENTENCE_END = re.compile(r"[.!?…:;\"”’)]\s*$")
_WORD = re.compile(r"\w+")


def is_prose(block: Block) -> bool:
    """Reads like running text: several words, mostly not links."""
    if block.link_density > 0.35 or block.is_heading:
        return False
    words = len(_WORD.findall(block.text))
    return words >= 12 or (words >= 6 and bool(_SENTENCE_END.search(block.text)))


def is_linky(block: Block) -> bool:
    return block.link_density > 0.5


def main_containers(
    blocks: Sequence[Block], endorsed: Sequence[bool] | None = None
) -> list[etree._Element]:
    """The element that most tightly holds the page's prose, and its repeated chunks.

    Every block scores its own element and its ancestors, halving at each level above the
    parent: prose adds its length, link lists and short fragments subtract. The halving favours
    the element that holds the paragraphs directly over teaser grids and comment threads, where
    each piece of prose sits in its own small box. Prose in a region named like chrome counts for
    less, prose another extractor also chose (``endorsed``) for more; both only shift weights, so
    a chrome-named wrapper around the whole page changes nothing.
    """
    gain: dict[etree._Element, float] = {}
    for i, block in enumerate(blocks):
        size = len(block.text)
        if is_prose(block) and not block.in_caption:
            weight = float(size)
            if block.chrome_marks:
                weight *= 0.25
            if endorsed is not None and endorsed[i]:
                weight *= 2.0
        elif is_linky(block):
            weight = -0.6 * size
        else:
            weight = -0.15 * size
        factor = 1.0
        for level, anc in enumerate(reversed(block.ancestors)):
            gain[anc] = gain.get(anc, 0.0) + weight * factor
            if level >= 1:
                factor *= 0.5
    if not gain:
        return []
    best = max(gain, key=lambda el: gain[el])
    if gain[best] <= 0:
        return []
    return [best, *_repeated_chunks(best, gain)]


def _repeated_chunks(
    best: etree._Element, gain: dict[etree._Element, float]
) -> list[etree._Element]:
    """Other elements shaped like the container (same tag and class) near it, holding prose.

    Long articles are often cut into chunks, each in its own copy of the body container, with
    ads or asides between them; the best single element is then only the largest chunk.
    """
    signature = best.get("class")
    if not signature:
        return []
    region = best
    for _ in range(3):
        parent = region.getparent()
        if parent is None or parent.tag == "body":
            break
        region = parent
    return [
        el
        for el in region.iter(best.tag)
        if el is not best and el.get("class") == signature and gain.get(el, 0.0) > 0
    ]


def mark_chrome(blocks: Sequence[Block], containers: Sequence[etree._Element]) -> None:
    """A block is chrome when a chrome-like region encloses it but not the main container."""
    lineage = set(containers)
    for container in containers:
        lineage.update(container.iterancestors())
    for block in blocks:
        block.chrome = any(el not in lineage for el in block.chrome_marks)


@dataclass
class BodyEvidence:
    """What the page says beyond its blocks: trafilatura's text and the metadata to drop."""

    trafilatura_text: str
    title: str | None = None
    standfirst: str | None = None
    ld_body: str | None = None


def _coverage(block: Block, reference: set[tuple[str, ...]], short_ref: set[str]) -> float:
    grams = shingles(block.text)
    if not grams:
        return 0.0
    words = tokens(block.text)
    if len(words) < 4:
        return 1.0 if " ".join(words) in short_ref else 0.0
    hit = sum(n for g, n in grams.items() if g in reference)
    return hit / sum(grams.values())


def _same_text(a: str | None, b: str) -> bool:
    if not a:
        return False
    return tokens(a) == tokens(b)


def select_body(blocks: Sequence[Block], evidence: BodyEvidence) -> list[Block]:
    """The blocks of the main article body, in document order."""
    traf_grams = set(shingles(evidence.trafilatura_text))
    traf_short = {" ".join(tokens(line)) for line in evidence.trafilatura_text.splitlines()}
    by_trafilatura = [_coverage(b, traf_grams, traf_short) >= 0.5 for b in blocks]
    containers = main_containers(blocks, by_trafilatura)
    mark_chrome(blocks, containers)
    container_set = set(containers)
    ld_grams = set(shingles(evidence.ld_body)) if evidence.ld_body else set()
    ld_short = {" ".join(tokens(line)) for line in (evidence.ld_body or "").splitlines()}

    # Text trafilatura keeps outside our container counts only next to it (the container's
    # parent region), not in a teaser card elsewhere on the page.
    near = containers[0].getparent() if containers else None
    kept: list[Block] = []
    for block, endorsed in zip(blocks, by_trafilatura, strict=True):
        if _same_text(evidence.title, block.text) or _same_text(evidence.standfirst, block.text):
            continue
        in_container = not container_set.isdisjoint(block.ancestors)
        votes = int(in_container) + int(endorsed)
        if ld_grams:
            votes += 1 if _coverage(block, ld_grams, ld_short) >= 0.5 else -1
        if block.in_caption:
            continue
        if votes >= 2 and not (block.chrome and is_linky(block)):
            kept.append(block)
        elif votes == 1 and is_prose(block) and not block.chrome:
            if in_container or near is None or near in block.ancestors:
                kept.append(block)
    return kept


def body_text(blocks: Sequence[Block]) -> str:
    return "\n\n".join(b.text for b in blocks)
