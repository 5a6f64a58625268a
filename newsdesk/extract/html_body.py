"""Find the article body among a page's blocks.

Two independent readings of the page vote on every block:

* our own structural analysis: the container element that most tightly holds the page's prose
  (long, punctuated, un-linked text) against link-heavy or boilerplate text, found by scoring
  every block element with its subtree's text density;
* trafilatura's main-text extraction of the candidate region, mapped back onto the blocks by
  shingle overlap.

Where the two agree the block is kept or dropped. Where they disagree the block's own evidence
decides: how prose-like it is, how much of it is link text, whether it sits in a region the page
marks as boilerplate, whether it sits beside the chosen container, and (when the page carries
one) whether it overlaps the JSON-LD ``articleBody``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lxml import etree

from newsdesk.eval.metrics import SHINGLE_SIZE, shingles, tokens
from newsdesk.extract.html_dom import Block, Segmentation


def is_prose(block: Block) -> bool:
    """Reads like running text: several words, mostly not links."""
    return block.prose


def is_linky(block: Block) -> bool:
    return block.link_density > 0.5


def main_containers(
    tree: Segmentation, endorsed: Sequence[bool] | None = None
) -> list[etree._Element]:
    """The element that most tightly holds the page's prose, and its repeated chunks.

    Every block scores its own element and its ancestors, halving at each level above the
    parent: prose adds its length, link lists and short fragments subtract. The halving favours
    the element that holds the paragraphs directly over teaser grids and comment threads, where
    each piece of prose sits in its own small box. Prose in a region named like chrome counts for
    less, prose another extractor also chose (``endorsed``) for more; both only shift weights, so
    a chrome-named wrapper around the whole page changes nothing.
    """
    gain = _gains(tree, endorsed)
    if not gain:
        return []
    best = max(gain, key=lambda el: gain[el])
    if gain[best] <= 0:
        return []
    return [best, *_repeated_chunks(best, gain)]


def candidate_region(tree: Segmentation) -> etree._Element | None:
    """The smallest element holding every strong container candidate, by structure alone.

    The second opinion (trafilatura) only needs to look here: outside this region no element
    comes near the best one, and reading less of the page is what keeps the pair fast.
    """
    gain = _gains(tree, None)
    if not gain:
        return None
    top = max(gain.values())
    if top <= 0:
        return None
    strong = [el for el, g in gain.items() if g >= 0.3 * top]
    region = common_ancestor(strong)
    # One level up, so the extractor sees the region's own header and neighbours too.
    parent = region.getparent() if region is not None else None
    return parent if parent is not None else region


def common_ancestor(elements: Sequence[etree._Element]) -> etree._Element | None:
    if not elements:
        return None
    common = [elements[0], *elements[0].iterancestors()]
    for el in elements[1:]:
        lineage = {el, *el.iterancestors()}
        common = [c for c in common if c in lineage]
    return common[0] if common else None


_CHROME_PROSE_CHARS = 150


def _gains(tree: Segmentation, endorsed: Sequence[bool] | None) -> dict[etree._Element, float]:
    """Every block element's score: its own blocks' weights, plus its children's subtrees with
    the weight halving at each level below the children (one pass, children before parents)."""
    direct: dict[etree._Element, float] = {}
    for i, block in enumerate(tree.blocks):
        size = len(block.text)
        if block.prose and not block.in_caption:
            weight = float(size)
            if block.chrome_marks:
                weight *= 0.25
            if endorsed is not None and endorsed[i]:
                weight *= 2.0
        elif block.link_chars * 2 > size:
            weight = -0.6 * size
        else:
            weight = -0.15 * size
        direct[block.element] = direct.get(block.element, 0.0) + weight
    below: dict[etree._Element, float] = {}  # sum of the children's decayed subtree scores
    gain: dict[etree._Element, float] = {}
    for el in reversed(tree.order):
        own = direct.get(el, 0.0)
        from_children = below.get(el, 0.0)
        gain[el] = own + from_children
        parent = tree.parent.get(el)
        if parent is not None:
            below[parent] = below.get(parent, 0.0) + own + 0.5 * from_children
    return gain


def _repeated_chunks(
    best: etree._Element, gain: dict[etree._Element, float]
) -> list[etree._Element]:
    """Other elements shaped like the container (same tag and class) near it, holding prose.

    Long articles are often cut into chunks, each in its own copy of the body container, with
    ads or asides between them; the best single element is then only the largest chunk.
    """
    signature = set((best.get("class") or "").split())
    if not signature:
        return []
    region = best
    for _ in range(3):
        parent = region.getparent()
        if parent is None or parent.tag == "body":
            break
        region = parent
    chunks = []
    for el in region.iter(best.tag):
        if el is best or gain.get(el, 0.0) <= 0:
            continue
        classes = set((el.get("class") or "").split())
        # The same box, perhaps with a modifier class ("block-text block-text_first").
        if classes and (classes >= signature or classes <= signature):
            chunks.append(el)
    return chunks


def mark_chrome(blocks: Sequence[Block], containers: Sequence[etree._Element]) -> None:
    """A block is chrome when a chrome-like region encloses it but not the main container."""
    lineage = set(containers)
    for container in containers:
        lineage.update(container.iterancestors())
    for block in blocks:
        block.chrome = any(el not in lineage for el in block.chrome_marks)


@dataclass
class BodySelection:
    blocks: list[Block]
    containers: list[etree._Element]  # the main container and its repeated chunks


@dataclass
class BodyEvidence:
    """What the page says beyond its blocks: the metadata to drop, the JSON-LD body."""

    title: str | None = None
    standfirst: str | None = None
    ld_body: str | None = None


def _coverage(words: list[str], reference: set[tuple[str, ...]], short_ref: set[str]) -> float:
    """Share of a block's 4-token shingles found in the reference text."""
    if not words:
        return 0.0
    if len(words) < SHINGLE_SIZE:
        return 1.0 if " ".join(words) in short_ref else 0.0
    total = len(words) - SHINGLE_SIZE + 1
    hit = sum(1 for i in range(total) if tuple(words[i : i + SHINGLE_SIZE]) in reference)
    return hit / total


def select_body(
    tree: Segmentation,
    evidence: BodyEvidence,
    second_opinion: Callable[[etree._Element], str],
) -> BodySelection:
    """The blocks of the main article body, in document order, and the containers found.

    ``second_opinion`` is another extractor's main text for a region of the page (trafilatura).
    """
    blocks = tree.blocks
    region = candidate_region(tree)
    other = second_opinion(region) if region is not None else ""
    traf_grams = set(shingles(other))
    traf_short = {" ".join(tokens(line)) for line in other.splitlines()}
    words = [tokens(b.text) for b in blocks]
    by_trafilatura = [_coverage(w, traf_grams, traf_short) >= 0.5 for w in words]
    containers = main_containers(tree, by_trafilatura)
    mark_chrome(blocks, containers)
    container_set = set(containers)
    ld_grams = set(shingles(evidence.ld_body)) if evidence.ld_body else set()
    ld_short = {" ".join(tokens(line)) for line in (evidence.ld_body or "").splitlines()}

    # Text trafilatura keeps outside our container counts only next to it (the container's
    # parent region), not in a teaser card elsewhere on the page.
    near = containers[0].getparent() if containers else None
    title_words = tokens(evidence.title) if evidence.title else None
    kept: list[Block] = []
    for block, endorsed, block_words in zip(blocks, by_trafilatura, words, strict=True):
        if block_words == title_words:
            continue
        in_container = not container_set.isdisjoint(block.ancestors)
        votes = int(in_container) + int(endorsed)
        if ld_grams:
            votes += 1 if _coverage(block_words, ld_grams, ld_short) >= 0.5 else -1
        if block.in_caption:
            continue
        # Inside a chrome-named box (caption, share bar, "more" box) only long prose survives.
        chrome_box = block.chrome and (is_linky(block) or len(block.text) < _CHROME_PROSE_CHARS)
        if (votes >= 2 and not chrome_box) or (
            votes == 1
            and block.prose
            and not block.chrome
            and (in_container or near is None or near in block.ancestors)
        ):
            kept.append(block)
    return BodySelection(blocks=kept, containers=containers)
