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
one) whether it overlaps the JSON-LD ``articleBody``. The container and the region the second
opinion reads are found in html_containers.py, every vote but trafilatura's is html_votes.py's,
and a reference text is matched against the blocks by html_reference.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from copy import deepcopy
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from lxml import etree

from newsdesk.eval.metrics import tokens
from newsdesk.extract.html_blocks import Block, Segmentation
from newsdesk.extract.html_containers import (
    Gains,
    block_weights,
    candidate_region,
    containers_from,
    element_gains,
    find_containers,
)
from newsdesk.extract.html_reference import ReferenceText
from newsdesk.extract.html_segment import CELL_TAGS, CUT_TAGS
from newsdesk.extract.html_votes import (
    Ballot,
    declared_near,
    is_linky,
    keepable,
    mark_chrome,
    near_container,
    standing_votes,
)

# One mail or web address: a name and a domain of two parts or more, a path after it.
_ADDRESS: Final = re.compile(
    r"(?:[\w.+-]+@|(?:https?://)?)[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?:/\S*)?"
)
# How a lede ends: a sentence, a question, perhaps a closing quote (not a date or a name).
_LEDE_ENDS: Final = frozenset('.!?…"”’»«。！？')


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


# Our own reading is final, and trafilatura not consulted, when no rival element elsewhere on
# the page comes near the chosen container (another extractor's endorsement at most doubles a
# rival's prose) and its vote could change the fate of no more than this share of the body (in
# characters). An ancestor is no rival: one that overtook the container would only widen it
# over blocks beside it, where prose already stands with one vote.
_CLEAR_RIVAL_SHARE: Final = 0.5
_CLEAR_MAX_STAKE: Final = 0.01
# Judging a rival's blocks costs ~0.15 ms; trafilatura reading a whole page of boxes instead of
# those blocks costs 20-70 ms (a front page of 55 equal boxes on the bench: 63 -> 17 ms).
_MAX_RIVALS_JUDGED: Final = 64


def _is_clear(gain: Gains, best: etree._Element) -> bool:
    """Whether the container wins by a margin no endorsement could overturn."""
    top = gain.of(best)
    ancestors = set(best.iterancestors())
    for el in gain.at_least(_CLEAR_RIVAL_SHARE * top):
        if el is best or el in ancestors:
            continue
        if best not in el.iterancestors():  # a rival elsewhere on the page, not inside best
            return False
    return True


def select_body(
    tree: Segmentation,
    evidence: BodyEvidence,
    second_opinion: Callable[[etree._Element], str],
) -> BodySelection:
    """The blocks of the main article body, in document order, and the containers found.

    ``second_opinion`` is another extractor's main text for a region of the page (trafilatura).
    It is asked only when our own reading is not clear: when another container comes close to
    the chosen one, or when its vote would decide the fate of more than a sliver of the body
    (headings, short paragraphs, lines beside the container).
    """
    blocks = tree.blocks
    weights = block_weights(tree)
    gain = element_gains(tree, weights)
    ld = ReferenceText(evidence.ld_body) if evidence.ld_body else None
    title_words = tokens(evidence.title) if evidence.title else None
    standing = standing_votes(blocks, ld, title_words)
    declared = declared_near(tree, gain, standing) if ld is not None else None
    containers = find_containers(gain)
    holders: set[etree._Element] | None = None  # the elements of the blocks to judge
    ballot: Ballot | None = None  # our own container's, with the chrome marked for it
    if containers and _is_clear(gain, containers[0]):
        mark_chrome(blocks, containers)
        ballot = Ballot(tree, containers, standing, declared)
        alone = ballot.kept(_story_structure(blocks, ballot.kept(False)))
        # Votes only add up, so what trafilatura could add is what endorsing everything adds.
        backed = ballot.kept(True)
        own_chars = sum(len(b.text) for b in alone)
        at_stake = sum(len(b.text) for b in backed) - own_chars
        if at_stake <= _CLEAR_MAX_STAKE * own_chars:
            alone = _with_addresses(tree, containers, alone)
            alone = _with_sign_off(tree, _with_lede(tree, containers, standing, alone))
            return BodySelection(blocks=alone, containers=containers)
        holders = {b.element for b in backed}
    elif containers:
        # Whichever of the close rivals wins, only the blocks it could keep are to judge (an
        # outermost rival keeps what the rivals inside it would). Past many rivals (a grid of
        # equal boxes) trafilatura reads the whole region.
        top = gain.of(containers[0])
        rivals = set(gain.at_least(_CLEAR_RIVAL_SHARE * top))
        outer = [el for el in rivals if rivals.isdisjoint(el.iterancestors())]
        if len(outer) <= _MAX_RIVALS_JUDGED:
            holders = set()
            for el in outer:
                holders.update(keepable(tree, containers_from(el, gain), standing, declared))

    region = candidate_region(gain)
    read = region
    if region is not None and holders is not None:
        # trafilatura only has to judge the blocks at stake, so it reads the region without
        # the subtrees that hold no block it could add (a fifth to a third of the elements
        # are left on the bench pages).
        read = _relevant_copy(region, holders)
    other = second_opinion(read) if read is not None else ""
    by_trafilatura = [False] * len(blocks)
    if other:
        traf = ReferenceText(other)
        # Only blocks inside the region it read can have trafilatura's vote.
        scoped = region is not None and (region.tag in CUT_TAGS or region.tag in CELL_TAGS)
        inside = _in_region(tree, region) if scoped else [True] * len(blocks)
        by_trafilatura = [
            held and traf.covers(block.words) for block, held in zip(blocks, inside, strict=True)
        ]
    chosen = find_containers(element_gains(tree, weights, by_trafilatura))
    if ballot is None or chosen != ballot.containers:  # else its votes stand as they are
        mark_chrome(blocks, chosen)
        ballot = Ballot(tree, chosen, standing, declared)
    kept = ballot.kept(by_trafilatura)
    # The story's sub-headings are ours to endorse whichever way the container was found:
    # trafilatura's fast reading often leaves out a sub-heading between two blocks it keeps.
    # Only headings, and code blocks (<pre>: a tutorial's short snippets between its
    # paragraphs): the short lines it leaves out there are mostly photo credits, embeds'
    # fallbacks and promos, which our own endorsement would bring back.
    structure = _story_structure(blocks, kept, prose_only=False)
    if any(ours and not theirs for ours, theirs in zip(structure, by_trafilatura, strict=True)):
        # A heading that heads kept text: not one over a box of links inside the story
        # ("More on the outbreak") or a paywall's offer, whose lines are left out. So does a
        # one-word label ("Zubereitung:" over a recipe's steps), set as a paragraph.
        heads = {b.index - 1 for b in kept}
        # A list inside the story is the story's whole or not at all: where one of its items
        # is kept and the story goes on after it, so are the others (trafilatura's precise
        # reading drops the items that are mostly a handle or an address: "Twitter: @agency",
        # "Archived at example.org/old"). A list closing the story is left as voted: there
        # one item of prose among links is a promo box ("More stories").
        lists = _lists_inside(kept)
        either = [
            theirs
            or (ours and block.tag == "pre")
            or (ours and (block.is_heading or _is_label(block)) and block.index in heads)
            or (ours and block.tag == "li" and _top_list(block.element) in lists)
            for block, ours, theirs in zip(blocks, structure, by_trafilatura, strict=True)
        ]
        kept = ballot.kept(either)
    kept = _with_addresses(tree, chosen, kept)
    kept = _with_sign_off(tree, _with_lede(tree, chosen, standing, kept))
    return BodySelection(blocks=kept, containers=chosen)


def _with_lede(
    tree: Segmentation,
    containers: Sequence[etree._Element],
    standing: Sequence[int | None],
    kept: list[Block],
) -> list[Block]:
    """The body with its lede: the paragraph of prose just before the first kept block, beside
    the container (in its parent, outside it), which no vote kept. Pages set the lede apart in
    a box of its own above the text ("intro", "teaser", "vorspann"); trafilatura's fast reading
    often leaves it out, and with nothing else to vote for it the story lost its opening."""
    if not kept or not containers or kept[0].index == 0:
        return kept
    block = tree.blocks[kept[0].index - 1]
    vote = standing[block.index]  # None: a caption or the title; -1: not in the JSON-LD body
    if not block.prose or block.chrome or block.in_list or vote is None or vote < 0:
        return kept
    if block.text.rstrip()[-1:] not in _LEDE_ENDS:  # a dateline or byline ("... - 12:00am")
        return kept
    if any(block.slot in tree.span(container) for container in containers):
        return kept  # inside the container: the votes left it out
    return [block, *kept] if near_container(tree, containers)(block) else kept


def _with_addresses(
    tree: Segmentation, containers: Sequence[etree._Element], kept: list[Block]
) -> list[Block]:
    """The body with the addresses it gives: paragraphs that are each one mail or web address
    (mostly or wholly a link: a source, "write to the committee at:"), standing between two
    kept blocks inside the container with nothing else between. All link, they are no
    prose, and trafilatura's precise reading drops them."""
    if len(kept) < 2 or not containers:
        return kept
    spans = [tree.span(container) for container in containers]
    blocks = tree.blocks
    added: list[Block] = []
    for before, after in pairwise(kept):
        gap = blocks[before.index + 1 : after.index]
        if gap and all(
            _is_address(block.text)
            and not (block.chrome or block.in_list or block.in_caption or block.is_heading)
            and any(block.slot in span for span in spans)
            for block in gap
        ):
            added.extend(gap)
    if not added:
        return kept
    return sorted([*kept, *added], key=lambda b: b.index)


def _is_address(text: str) -> bool:
    """Whether a text is one mail or web address ("desk@example.org", "www.example.org/tips")."""
    return _ADDRESS.fullmatch(text.strip()) is not None


# A sign-off is a name or two: "Yours, the editors", "Love, Mara" (CJK: no spaces to count).
_SIGN_OFF_MAX_WORDS: Final = 5
_SIGN_OFF_MAX_CHARS: Final = 40


def _with_sign_off(tree: Segmentation, kept: list[Block]) -> list[Block]:
    """The body with its sign-off: a short plain paragraph right after the last kept paragraph
    of prose, its sibling and the last element of their box (a blog post's "Cheers, Tom").
    Not prose, so no vote kept it; a credit or a call to act is a link, a caption or named
    like chrome, a paywall's cut "That is why…" trails off."""
    if not kept or not kept[-1].prose:
        return kept
    last = kept[-1]
    blocks = tree.blocks
    if last.index + 1 >= len(blocks):
        return kept
    block = blocks[last.index + 1]
    element = block.element
    if (
        block.tag != "p"
        or last.tag != "p"
        or block.link_chars
        or block.chrome_marks != last.chrome_marks
        or block.in_list
        or block.in_caption
        or element.getparent() is not last.element.getparent()
        or element.getnext() is not None
        or len(block.words) > _SIGN_OFF_MAX_WORDS
        or len(block.text) > _SIGN_OFF_MAX_CHARS
        or not block.words
        or block.text.rstrip().endswith(("…", "..."))  # a teaser cut short, "Read more..."
    ):
        return kept
    return [*kept, block]


# What lxml will not set as an element's text (XML 1.0's characters only), though its HTML
# parser keeps it in a tree it parsed: the controls but tab and the line breaks (a form feed,
# a vertical tab), a lone surrogate, U+FFFE and U+FFFF.
_NOT_XML: Final = re.compile(
    # (the surrogates by chr: mypyc takes no string literal holding one)
    "[\x00-\x08\x0b\x0c\x0e-\x1f" + chr(0xD800) + "-" + chr(0xDFFF) + "\ufffe\uffff]"
)


def _relevant_copy(region: etree._Element, holders: set[etree._Element]) -> etree._Element:
    """A copy of the region without the subtrees that hold none of ``holders`` (the elements
    of the blocks to judge); the path down to each holder stays, with its loose text.

    Built from the parts kept (a fifth of the region's elements on the bench pages), not by
    copying the whole region and cutting the rest away; the same tree either way. A page whose
    copy lxml refuses (a tag name or a text XML does not allow, which its HTML parser let
    through: "<script²>", a form feed) is copied again without them (`safe`)."""
    try:
        return _copy_parts(region, holders, safe=False)
    except ValueError:
        return _copy_parts(region, holders, safe=True)


def _copy_parts(region: etree._Element, holders: set[etree._Element], safe: bool) -> etree._Element:
    """_relevant_copy's copy; `safe`: each text without what XML does not allow, and an
    element lxml will not make with its tag or attributes made a bare span."""
    on_path: set[etree._Element] = set()
    for holder in holders:
        # Up from the holder until the path is known (or the region reached): one step for
        # most, as holders are siblings or cousins.
        el = holder
        while el is not None and el is not region and el not in on_path:
            on_path.add(el)
            el = el.getparent()
    # The root in a document of its own, as deepcopy(region) makes it (no DOCTYPE).
    lean = deepcopy(_make(region, region, safe))
    lean.tail = _xml_text(region.tail) if safe else region.tail
    pairs = [(region, lean)]  # an original element and its copy, children still to add
    while pairs:
        original, twin = pairs.pop()
        twin.text = _xml_text(original.text) if safe else original.text
        last = None  # the copy's last child so far
        for child in original:
            if child in holders:
                kept = deepcopy(child)  # its whole subtree is text to judge (and its tail)
            elif child in on_path:
                kept = _make(lean, child, safe)
                kept.tail = _xml_text(child.tail) if safe else child.tail
                pairs.append((child, kept))
            else:
                # Left out, its tail kept as the parent's text (as drop_tree does).
                if tail := child.tail:
                    # (a kept holder's tail is its own, as deepcopy took it: not yet made safe)
                    before = twin.text if last is None else last.tail
                    joined = (before or "") + tail
                    if safe:
                        joined = _xml_text(joined) or ""
                    if last is None:
                        twin.text = joined
                    else:
                        last.tail = joined
                continue
            twin.append(kept)
            last = kept
    return lean


def _make(lean: etree._Element, original: etree._Element, safe: bool) -> etree._Element:
    """A new element like `original` (its tag and attributes, no children nor text) in
    `lean`'s document; where `safe` and lxml refuses them, a span with what it accepts."""
    if not safe:
        return lean.makeelement(original.tag, original.attrib)
    try:
        return lean.makeelement(original.tag, original.attrib)
    except ValueError:
        pass
    tag = original.tag if isinstance(original.tag, str) else "span"
    attrib: dict[str, str] = {}
    for name, value in original.attrib.items():
        try:
            lean.makeelement("span", {name: value})
        except ValueError:
            continue
        attrib[name] = value
    try:
        return lean.makeelement(tag, attrib)
    except ValueError:
        return lean.makeelement("span", attrib)


def _xml_text(text: str | None) -> str | None:
    """The text without the characters lxml will not set (_NOT_XML)."""
    return _NOT_XML.sub("", text) if text else text


def _story_structure(
    blocks: Sequence[Block], kept: Sequence[Block], prose_only: bool = True
) -> list[bool]:
    """Our own endorsement of the story's inner structure: the sub-headings, short paragraphs
    and list items between its first and last kept paragraph of prose (``prose_only``; else
    its first and last kept block, which trafilatura's vote keeps only when it reads them as
    story: a court ruling's short opening lines), unless they are mostly links, sit in a
    chrome-named box (a gallery caption) or say less than two words ("Close"); a one-word
    label that announces what follows ("Method:", "Zubereitung:") is the story's own."""
    prose = [b.index for b in kept if b.prose or not prose_only]
    endorsed = [False] * len(blocks)
    if prose:
        for i in range(prose[0] + 1, prose[-1]):
            block = blocks[i]
            said = len(block.words) >= 2 or _is_label(block)
            endorsed[i] = not (is_linky(block) or block.chrome) and said
    return endorsed


_LIST_TAGS: Final = frozenset(("ul", "ol", "li"))


def _top_list(item: etree._Element) -> etree._Element | None:
    """The outermost list holding a list item, through the lists nested in its items (a
    nested list's items belong to the outer list's item over them); None for no list."""
    top = None
    el = item.getparent()
    while el is not None and el.tag in _LIST_TAGS:
        if el.tag != "li":
            top = el
        el = el.getparent()
    return top


def _lists_inside(kept: Sequence[Block]) -> set[etree._Element]:
    """The outermost lists with a kept item that a kept paragraph of prose outside every
    list follows: lists inside the story, not closing it."""
    last_prose = max((b.index for b in kept if b.prose and not b.in_list), default=-1)
    lists: set[etree._Element] = set()
    for block in kept:
        if block.tag == "li" and block.index < last_prose:
            top = _top_list(block.element)
            if top is not None:
                lists.add(top)
    return lists


def _is_label(block: Block) -> bool:
    """A one-word line that announces what follows it ("Method:", "Zubereitung:"); not a
    table's cell ("29." | "Juli:" | a name: one row of a register)."""
    return len(block.words) == 1 and block.text.endswith(":") and not block.in_table


def _in_region(tree: Segmentation, region: etree._Element) -> list[bool]:
    """For each block, whether it lies inside ``region`` (a block element): by position, as
    in Ballot, when the region is one of the segmentation's elements."""
    span = tree.span(region)
    return [block.slot in span for block in tree.blocks]
