"""Where a page's story sits: every block element scored by the prose it holds (its own blocks'
weights, its children's halving at each level), the element that holds the prose most tightly,
and (html_chunks.py) the chunks of a story cut into copies of its box. html_body.py weighs the
blocks inside and around what is found here against a second opinion.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from lxml import etree

from newsdesk.extract.html_blocks import Segmentation
from newsdesk.extract.html_chunks import common_ancestor, containers_from, marks_in


def find_containers(gain: Gains) -> list[etree._Element]:
    """The element that most tightly holds the page's prose, and its repeated chunks.

    Every block scores its own element and its ancestors, halving at each level above the
    parent (``element_gains``): prose adds its length, link lists and short fragments subtract. The
    halving favours the element that holds the paragraphs directly over teaser grids and comment
    threads, where each piece of prose sits in its own small box. Prose in a region named like
    chrome counts for less, prose another extractor also chose for more; both only shift
    weights, so a chrome-named wrapper around the whole page changes nothing.
    """
    best = gain.best()
    if best is None or gain.values[best] <= 0:
        return []
    return containers_from(_around_list(gain.tree.order[best], gain), gain)


_LIST_TAGS: Final = frozenset(["ul", "ol", "li"])
# How far above a list its story's box may sit (list > its box > a section > ... > the story).
_LIST_REACH: Final = 5


def _around_list(best: etree._Element, gain: Gains) -> etree._Element:
    """The story around a list that won: the nearest box above its outermost list holding
    twice the list's prose. A list of long items (tips, an agenda, steps) holds its prose
    most tightly, each item a block of its own at the first level, while the story's
    paragraphs around it sit in boxes a level or two down and halve: the list alone was the
    body. A list nested in another list's item is part of that list."""
    if best.tag not in _LIST_TAGS:
        return best
    tree = gain.tree
    # A list nested in another's item is part of that list: the outermost one is the story's.
    outer = best.getparent()
    while outer is not None and outer.tag in _LIST_TAGS and tree.span(outer):
        if outer.tag != "li":
            best = outer
        outer = outer.getparent()
    marks = marks_in(tree, best)
    own = _plain_prose(tree, best, marks)
    el = best
    for _ in range(_LIST_REACH):
        parent = el.getparent()
        if parent is None or parent.tag == "body" or not tree.span(parent):
            break
        el = parent
        if el.tag not in _LIST_TAGS and _plain_prose(tree, el, marks) >= 2 * own:
            return el
    return best


def _plain_prose(tree: Segmentation, el: etree._Element, marks: tuple) -> int:
    """The characters of prose inside ``el`` under no chrome-named box but ``marks``."""
    return sum(
        len(b.text)
        for b in tree.blocks_within(el)
        if b.prose and not b.in_caption and set(b.chrome_marks) <= set(marks)
    )


def candidate_region(gain: Gains) -> etree._Element | None:
    """The smallest element holding every strong container candidate, by structure alone.

    The second opinion (trafilatura) only needs to look here: outside this region no element
    comes near the best one, and reading less of the page is what keeps the pair fast.
    """
    if not gain.values:
        return None
    top = max(gain.values)
    if top <= 0:
        return None
    strong = gain.at_least(0.3 * top)
    region = common_ancestor(strong)
    # One level up, so the extractor sees the region's own header and neighbours too.
    parent = region.getparent() if region is not None else None
    return parent if parent is not None else region


# Regions no story is set in: prose there (a site's "about us" blurb and copyright lines in the
# footer, a menu's promo) is no evidence for any container. Regions merely named like chrome
# keep a quarter of it: a name is noisier than a tag.
_NO_STORY_TAGS: Final = frozenset(["footer", "nav", "menu"])


def block_weights(tree: Segmentation) -> list[float]:
    """Each block's weight as evidence for the element holding it: prose adds its length (a
    quarter of it inside a region named like chrome, none inside a footer or a menu), link lists
    and short fragments subtract."""
    blocks = tree.blocks
    # A footer or menu left open swallows the rest of the page: one that holds the page's
    # first and last block is no region of it.
    whole = set(blocks[0].chrome_marks) & set(blocks[-1].chrome_marks) if blocks else set()
    weights = []
    for block in blocks:
        size = len(block.text)
        if block.prose and not block.in_caption:
            marks = block.chrome_marks
            if not marks:
                weight = float(size)
            elif any(mark.tag in _NO_STORY_TAGS and mark not in whole for mark in marks):
                weight = 0.0
            else:
                weight = size * 0.25
        elif block.link_chars * 2 > size:
            weight = -0.6 * size
        else:
            weight = -0.15 * size
        weights.append(weight)
    return weights


class Gains:
    """Every block element's score, by its position in the segmentation's order (lists are
    cheaper than a dict keyed by element: most pages ask only for the best few)."""

    __slots__ = ("_best", "_by_element", "tree", "values")

    def __init__(self, tree: Segmentation, values: list[float]) -> None:
        self.tree = tree
        self.values = values
        self._best: int | None = None
        self._by_element: dict[etree._Element, float] | None = None

    def best(self) -> int | None:
        """The position of the top score; ties go to the later element of ``order`` (children
        before parents, as the scores were found)."""
        values = self.values
        if self._best is None and values:
            self._best = max(range(len(values) - 1, -1, -1), key=values.__getitem__)
        return self._best

    def at_least(self, threshold: float) -> list[etree._Element]:
        """The elements scoring ``threshold`` or more, children before parents."""
        order, values = self.tree.order, self.values
        return [order[i] for i in range(len(values) - 1, -1, -1) if values[i] >= threshold]

    def scoring_within(self, region: etree._Element, tag: str) -> list[etree._Element]:
        """The ``tag`` elements at or below ``region`` that score above 0, in document order:
        a run of ``order`` when the region is one of its elements (a block element's subtree
        is), else by looking each one up."""
        order, values = self.tree.order, self.values
        span = self.tree.span(region)
        if not span:  # not a block element: its subtree is no run of ``order``
            return [el for el in region.iter(tag) if self.of(el) > 0]
        return [order[i] for i in span if values[i] > 0 and order[i].tag == tag]

    def of(self, el: etree._Element) -> float:
        """The element's score (0: not one of the walk's block elements)."""
        best = self.best()
        if best is not None and self.tree.order[best] is el:  # the question most asked
            return self.values[best]
        if self._by_element is None:
            self._by_element = dict(zip(self.tree.order, self.values, strict=True))
        return self._by_element.get(el, 0.0)


def element_gains(
    tree: Segmentation, weights: Sequence[float], endorsed: Sequence[bool] | None = None
) -> Gains:
    """Every block element's score: its own blocks' weights, plus its children's subtrees with
    the weight halving at each level below the children (one pass, children before parents).
    Prose another extractor also chose (``endorsed``) weighs double."""
    # Lists by position in tree.order: cheaper than dicts keyed by element.
    order = tree.order
    direct = [0.0] * len(order)
    if endorsed is None:
        for block, weight in zip(tree.blocks, weights, strict=True):
            if block.slot >= 0:  # text outside every block element scores no element
                direct[block.slot] += weight
    else:
        for block, weight, chosen in zip(tree.blocks, weights, endorsed, strict=True):
            if chosen and weight > 0:
                weight *= 2.0
            if block.slot >= 0:
                direct[block.slot] += weight
    below = [0.0] * len(order)  # sum of the children's decayed subtree scores
    gains = [0.0] * len(order)
    parents = tree.parent
    for i in range(len(order) - 1, -1, -1):
        own = direct[i]
        from_children = below[i]
        gains[i] = own + from_children
        parent = parents[i]
        if parent >= 0:
            below[parent] = below[parent] + own + 0.5 * from_children
    return Gains(tree, gains)
