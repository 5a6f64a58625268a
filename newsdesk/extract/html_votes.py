"""Every block's votes on whether it is body, but the second opinion's: what the block's own
evidence says (prose, link text, a chrome-named region around it that does not enclose the main
container), whether it sits inside or beside the chosen container, and whether the page's
JSON-LD ``articleBody`` says it. `Ballot` adds them up for one choice of container; html_body.py
adds trafilatura's vote (or our own endorsement) and keeps the blocks with enough votes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Final

from lxml import etree

from newsdesk.extract.html_blocks import Block, Segmentation
from newsdesk.extract.html_containers import Gains, candidate_region
from newsdesk.extract.html_reference import ReferenceText


def is_prose(block: Block) -> bool:
    """Reads like running text: several words, mostly not links."""
    return block.prose


def is_linky(block: Block) -> bool:
    return block.link_density > 0.5


# A heading that is really prose: two sentences or more, the last closed by a full stop (a pull
# quote or closing lines set as <h4>). Sub-headings are a phrase, or one question.
_SENTENCE_HEADING_MIN_WORDS: Final = 8
_INNER_SENTENCE_ENDS: Final = (". ", "! ", "? ", "… ")


def reads_as_sentences(block: Block) -> bool:
    """Whether a heading block reads as running sentences rather than as a title."""
    text = block.text.rstrip()
    if not block.is_heading or text[-1:] not in ".!…" or block.link_density > 0.35:
        return False
    if not any(end in text for end in _INNER_SENTENCE_ENDS):
        return False
    return len(block.words) >= _SENTENCE_HEADING_MIN_WORDS


# Inside a chrome-named box a block stays body only as prose of this many characters or more.
_CHROME_PROSE_CHARS: Final = 150


def mark_chrome(blocks: Sequence[Block], containers: Sequence[etree._Element]) -> None:
    """A block is chrome when a chrome-like region encloses it but not the main container."""
    lineage = set(containers)
    for container in containers:
        lineage.update(container.iterancestors())
    for block in blocks:
        marks = block.chrome_marks
        block.chrome = bool(marks) and not lineage.issuperset(marks)


def standing_votes(
    blocks: Sequence[Block], ld: ReferenceText | None, title_words: list[str] | None
) -> list[int | None]:
    """Each block's votes whatever the container: None for a caption or the title (never
    body), else the JSON-LD body's vote when the page has one (+1 covered, -1 not), else 0."""
    standing: list[int | None] = []
    for block in blocks:
        if block.in_caption or (title_words and _same_words(block, title_words)):
            standing.append(None)
        elif ld is not None:
            standing.append(1 if ld.covers(block.words) else -1)
        else:
            standing.append(0)
    return standing


def _same_words(block: Block, title_words: list[str]) -> bool:
    """Whether the block says exactly the title (its words, whatever the punctuation)."""
    # Both end words must appear in the text before the block is worth tokenizing.
    if title_words[0] not in block.text or title_words[-1] not in block.text:
        return False
    return block.words == title_words


def declared_near(tree: Segmentation, gain: Gains, standing: Sequence[int | None]) -> list[bool]:
    """For each block, whether the page's JSON-LD body says it (``standing`` +1) and it lies in
    the region of the strong container candidates: there it counts as beside the container,
    wherever the chosen one is. A story cut into chunks far apart in the tree (each chunk deep
    in a grid cell of its own) otherwise kept its first chunk only; the declared body vouches
    for the rest. Empty when no region stands out."""
    region = candidate_region(gain)
    if region is None:
        return [False] * len(tree.blocks)
    span = tree.span(region)
    return [
        vote is not None and vote > 0 and block.slot in span
        for block, vote in zip(tree.blocks, standing, strict=True)
    ]


def _within(tree: Segmentation, containers: Sequence[etree._Element]) -> list[bool]:
    """For each block element (by position in ``order``), whether it is inside the containers
    (themselves included): a container's block elements follow it in ``order``, up to its
    ``end``."""
    inside = [False] * len(tree.order)
    for container in containers:
        start = tree.order.index(container)
        stop = tree.end[start]
        inside[start:stop] = [True] * (stop - start)
    return inside


def near_container(
    tree: Segmentation, containers: Sequence[etree._Element]
) -> Callable[[Block], bool]:
    """Whether a block sits beside the main container, in the container's parent (any block
    does when there is no parent); by position in ``order`` when the parent is one of the
    segmentation's elements."""
    parent = containers[0].getparent() if containers else None
    if parent is None:
        return lambda block: True
    span = tree.span(parent)
    return lambda block: block.slot in span


class Ballot:
    """Every block's votes but trafilatura's, for one choice of container: inside the
    container, covered by the JSON-LD body (when the page has one); then ``kept`` adds
    trafilatura's (or our own) endorsement and keeps the blocks with enough votes."""

    def __init__(
        self,
        tree: Segmentation,
        containers: Sequence[etree._Element],
        standing: Sequence[int | None],
        declared: Sequence[bool] | None = None,
    ) -> None:
        # The block elements inside the containers: a block is in a container when its own
        # element is one of them (a lookup by position, not a walk up its ancestors).
        inside = _within(tree, containers)
        blocks = tree.blocks
        # Text trafilatura keeps outside our container counts only next to it (the container's
        # parent region), not in a teaser card elsewhere on the page.
        near = near_container(tree, containers)
        self.containers = list(containers)
        self.blocks = blocks
        # Whether each block is kept on these votes alone, and with one vote more: ``kept``
        # is asked several times a ballot, with and without trafilatura's or our own votes.
        self.alone: list[bool] = []
        self.backed: list[bool] = []
        for block, vote in zip(blocks, standing, strict=True):
            if vote is None:  # never body (a caption, the title)
                self.alone.append(False)
                self.backed.append(False)
                continue
            in_container = block.slot >= 0 and inside[block.slot]
            votes = vote + in_container
            # Inside a chrome-named box (caption, share bar, "more" box) only long prose
            # survives: two votes are not enough.
            boxed = block.chrome and (is_linky(block) or len(block.text) < _CHROME_PROSE_CHARS)
            # Prose beside the container: one vote is enough.
            lenient = (
                (block.prose or reads_as_sentences(block))
                and not block.chrome
                and (
                    in_container or near(block) or (declared is not None and declared[block.index])
                )
            )
            self.alone.append((votes >= 2 and not boxed) or (votes == 1 and lenient))
            self.backed.append((votes >= 1 and not boxed) or (votes == 0 and lenient))

    def kept(self, endorsed: Sequence[bool] | bool) -> list[Block]:
        """The blocks kept with ``endorsed`` (per block, or the same for all) as one more vote."""
        if isinstance(endorsed, bool):
            verdicts = self.backed if endorsed else self.alone
            return [block for block, keep in zip(self.blocks, verdicts, strict=True) if keep]
        return [
            block
            for block, alone, backed, end in zip(
                self.blocks, self.alone, self.backed, endorsed, strict=True
            )
            if (backed if end else alone)
        ]


def keepable(
    tree: Segmentation,
    containers: Sequence[etree._Element],
    standing: Sequence[int | None],
    declared: Sequence[bool] | None = None,
) -> Iterator[etree._Element]:
    """The elements of the blocks kept for ``containers`` with every block endorsed: what
    ``mark_chrome`` and ``Ballot(...).kept(True)`` give, in one pass that leaves the blocks'
    chrome marks alone (a rival's ballot is judged only for what trafilatura must read)."""
    lineage = set(containers)
    for container in containers:
        lineage.update(container.iterancestors())
    inside = _within(tree, containers)
    near = near_container(tree, containers)
    for block, vote in zip(tree.blocks, standing, strict=True):
        if vote is None:
            continue
        marks = block.chrome_marks
        chrome = bool(marks) and not lineage.issuperset(marks)
        in_container = block.slot >= 0 and inside[block.slot]
        votes = vote + in_container + 1  # + 1: endorsed
        if votes >= 2:
            if not (chrome and (is_linky(block) or len(block.text) < _CHROME_PROSE_CHARS)):
                yield block.element
        elif (
            votes == 1
            and (block.prose or reads_as_sentences(block))
            and not chrome
            and (in_container or near(block) or (declared is not None and declared[block.index]))
        ):
            yield block.element
