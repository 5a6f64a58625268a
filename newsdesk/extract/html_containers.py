"""Where a page's story sits: every block element scored by the prose it holds (its own blocks'
weights, its children's halving at each level), the element that holds the prose most tightly,
and the chunks of a story cut into copies of its box. html_body.py weighs the blocks inside and
around what is found here against a second opinion.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from lxml import etree

from newsdesk.extract.html_blocks import Segmentation


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
    marks = _marks_in(tree, best)
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


def _marks_in(tree: Segmentation, el: etree._Element) -> tuple[etree._Element, ...]:
    inside = tree.blocks_within(el)
    return inside[0].chrome_marks if inside else ()


def _plain_prose(tree: Segmentation, el: etree._Element, marks: tuple) -> int:
    """The characters of prose inside ``el`` under no chrome-named box but ``marks``."""
    return sum(
        len(b.text)
        for b in tree.blocks_within(el)
        if b.prose and not b.in_caption and set(b.chrome_marks) <= set(marks)
    )


def containers_from(best: etree._Element, gain: Gains) -> list[etree._Element]:
    chunks = _repeated_chunks(best, gain) or _wrapped_chunks(best, gain)
    return [best, *chunks, *_opening_above(best, gain, chunks)]


# How many boxes up from the container its story's opening paragraphs may stand, bare.
_OPENING_REACH: Final = 2
_OPENING_PARAGRAPHS: Final = 2


def _opening_above(
    best: etree._Element, gain: Gains, chunks: list[etree._Element]
) -> list[etree._Element]:
    """The story's opening paragraphs printed bare right above the box that holds the rest
    (a mobile page's first paragraphs, then a "Read more" box holding a link, an ad and the
    container): where the container's box (up to _OPENING_REACH levels) holds no other prose,
    the run of paragraph elements just before it, each prose of its own under no chrome name
    the container lacks and not mostly link, two or more (a lone one is a standfirst's or a
    teaser's), with nothing but empty boxes between."""
    if chunks:
        return []
    tree = gain.tree
    marks = set(_marks_in(tree, best))
    el = best
    for _ in range(_OPENING_REACH):
        parent = el.getparent()
        if parent is None or parent.tag in ("body", "article"):
            return []
        if any(
            child is not el and isinstance(child.tag, str) and _holds_prose(tree, child)
            for child in parent
        ):
            return []  # the box holds other prose: not the story's own wrapper
        el = parent
        found = []
        sibling = el.getprevious()
        while sibling is not None:
            if not isinstance(sibling.tag, str) or not "".join(sibling.itertext()).strip():
                sibling = sibling.getprevious()
                continue  # a comment, an empty box (an ad's slot)
            if sibling.tag != "p" or not _plain_paragraph(tree, sibling, marks):
                break
            found.append(sibling)
            sibling = sibling.getprevious()
        if len(found) >= _OPENING_PARAGRAPHS:
            return found[::-1]
    return []


def _plain_paragraph(tree: Segmentation, el: etree._Element, marks: set) -> bool:
    blocks = tree.blocks_within(el)
    return bool(blocks) and all(
        b.prose
        and len(b.words) >= _PARAGRAPH_WORDS
        and set(b.chrome_marks) <= marks
        and b.link_chars * 2 <= len(b.text)
        for b in blocks
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


def common_ancestor(elements: Sequence[etree._Element]) -> etree._Element | None:
    """The deepest element that is, or holds, every one of ``elements`` (None: none does)."""
    if not elements:
        return None
    first = elements[0]
    lineage = [first, *first.iterancestors()]  # deepest first
    depth_of = {el: i for i, el in enumerate(lineage)}
    deepest = 0  # the lineage from here up holds every element seen so far
    for el in elements[1:]:
        # Up from el to where it meets the first element's lineage (siblings: one step).
        node = el
        while node not in depth_of:
            node = node.getparent()
            if node is None:
                return None
        deepest = max(deepest, depth_of[node])
    return lineage[deepest]


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


def _repeated_chunks(best: etree._Element, gain: Gains) -> list[etree._Element]:
    """Other elements shaped like the container (same tag and class) near it, holding prose.

    Long articles are often cut into chunks, each in its own copy of the body container, with
    ads or asides between them; the best single element is then only the largest chunk.
    """
    box = _chunk_box(best)
    signature = set((box.get("class") or "").split())
    if not signature:
        return []
    region = box
    for _ in range(3):
        parent = region.getparent()
        if parent is None or parent.tag == "body":
            break
        region = parent
    region = _row_of_rows(region)
    chunks = []
    for el in gain.scoring_within(region, box.tag):
        if el is best or el is box:
            continue
        classes = set((el.get("class") or "").split())
        # The same box, perhaps with a modifier class ("block-text block-text_first"), but
        # not one named like chrome by its id (a theme's "left relative" box with the id
        # "author-box-wrap").
        if (
            classes
            and (classes >= signature or classes <= signature)
            and not _named_chrome(el, gain)
        ):
            chunks.append(el)
    if box is best or not chunks:
        return chunks
    return _cut_apart(box, chunks)


# How far above the chunk search's region a page builder's row may sit (row > column > inner).
_ROW_REACH: Final = 3


def _row_of_rows(region: etree._Element) -> etree._Element:
    """The grid holding the region when the region lies in one row of a page builder's grid
    (an element at most _ROW_REACH levels up with a sibling of the same tag and class beside
    it: WPBakery's "vc_row wpb_row"), so chunks in the next rows are near; else the region.
    Not past an <article>: rows of articles are a stream of stories."""
    row = region
    for _ in range(_ROW_REACH + 1):
        parent = row.getparent()
        if parent is None or parent.tag == "body" or row.tag == "article":
            return region
        name = row.get("class")
        if name and any(
            sibling is not row and sibling.tag == row.tag and sibling.get("class") == name
            for sibling in parent
        ):
            return parent
        row = parent
    return region


def _cut_apart(box: etree._Element, chunks: list[etree._Element]) -> list[etree._Element]:
    """The chunks of a story cut into classed boxes: each box is seen as the child of the
    boxes' common ancestor that holds it (its own wrapper). Something else may stand between
    two chunks (a photo, an embedded post, an ad) or nothing: a page that cuts its story into
    boxes in a row sets them side by side all along. One box standing right beside the
    story's last (or first) one, where no other two boxes stand side by side, is a section of
    its own ("About the company")."""
    ancestors = set(box.iterancestors())
    # Boxes nested in one another are one box, not two chunks side by side.
    chunks = [c for c in chunks if c not in ancestors and box not in c.iterancestors()]
    parent = common_ancestor([box, *chunks])
    if parent is None or parent is box or not chunks:
        return []
    slots = [el for el in parent if isinstance(el.tag, str)]
    place = {el: i for i, el in enumerate(slots)}

    def slot(el: etree._Element) -> int:
        while el.getparent() is not parent:
            el = el.getparent()
        return place[el]

    at = slot(box)
    where = [(slot(c), c) for c in chunks]
    placed = sorted({at, *(i for i, _ in where)})
    # The places of the boxes right after another one.
    beside = [placed[k] for k in range(1, len(placed)) if placed[k] == placed[k - 1] + 1]
    apart: set[int] = set()
    if len(beside) == 1:
        if beside[0] == placed[-1] != at:
            apart.add(placed[-1])  # right after the story's last box
        elif beside[0] == placed[1] and placed[0] != at:
            apart.add(placed[0])  # right before its first
    return [chunk for i, chunk in where if i != at and i not in apart]


# A paragraph of running text: as many words as a block needs to be prose whatever its end.
_PARAGRAPH_WORDS: Final = 12


def _holds_prose(tree: Segmentation, el: etree._Element) -> bool:
    """Whether a paragraph of running text (prose of twelve words or more: not a one-line
    notice, "Commenting is disabled in your region.") is the element's own child or text."""
    return any(
        b.prose
        and len(b.words) >= _PARAGRAPH_WORDS
        and (b.element is el or b.element.getparent() is el)
        for b in tree.blocks_within(el)
    )


def _named_chrome(el: etree._Element, gain: Gains) -> bool:
    """Whether the element is named like chrome (or is a chrome tag): its blocks carry it
    among their chrome marks."""
    inside = gain.tree.blocks_within(el)
    return bool(inside) and el in inside[0].chrome_marks


def _chunk_box(best: etree._Element) -> etree._Element:
    """The element whose shape a chunk of the story repeats: the container itself when it
    has a class, else the classed box it alone fills (a story cut into boxes that each wrap
    their paragraphs in a bare ``<div>``)."""
    if best.get("class"):
        return best
    parent = best.getparent()
    if parent is None or not parent.get("class") or parent.tag == "body":
        return best
    if any(child is not best and isinstance(child.tag, str) for child in parent):
        return best  # the box holds more than the container: not a chunk's own wrapper
    return parent


# How many wrappers holding the container alone the chunks' common box may sit above it, and
# how many more than the container a chunk may sit in.
_WRAPPER_REACH: Final = 3
_EXTRA_WRAPPERS: Final = 1
# Plain boxes: a chunk in a <section> repeats a container that is a <div> (and back).
_BOX_TAGS: Final = frozenset(("div", "section"))


def _only_child(el: etree._Element) -> etree._Element | None:
    """The element's one child element when it has no other and no text of its own."""
    children = [child for child in el if isinstance(child.tag, str)]
    if len(children) != 1 or (el.text and el.text.strip()):
        return None
    child = children[0]
    return child if not (child.tail and child.tail.strip()) else None


def _wrapped_chunks(best: etree._Element, gain: Gains) -> list[etree._Element]:
    """Boxes shaped like the container, whatever their class: where the container sits in
    wrappers that hold it alone, the elements of its tag among the common box's other
    children, each alone in its own wrappers (up to as many), holding paragraphs of prose
    at their own level (a story cut into chunks with an ad between them, each chunk's
    wrappers named apart: "part-1" > "inner", "part-2" > "inner-2"; its opening paragraphs
    in a box of their own above the rest). The halving per level gives the story's box a
    fraction of each chunk, so the largest chunk alone won. Not a box with a line named like
    chrome or mostly link (a teaser card), not past an <article> (rows of articles are a
    stream of stories), and not a box standing alone right after the story's last chunk
    (``_cut_apart``: "About the company")."""
    tree = gain.tree
    top = best
    depth = 0
    while depth < _WRAPPER_REACH:
        parent = top.getparent()
        if parent is None or parent.tag == "body" or top.tag == "article":
            return []
        if _only_child(parent) is not top:
            break
        top = parent
        depth += 1
    box = top.getparent()
    if depth == 0 or box is None or box.tag == "body" or top.tag == "article":
        return []
    best_marks = set(_marks_in(tree, best))
    chunks = []
    for child in box:
        if child is top or not isinstance(child.tag, str):
            continue
        # Down its wrappers to the box holding paragraphs of prose at its own level, as the
        # container holds its own (one wrapper more than the container's at most: the halves
        # of a story are not always wrapped alike).
        el: etree._Element | None = child
        for _ in range(depth + _EXTRA_WRAPPERS):
            if el is None or _holds_prose(tree, el):
                break
            el = _only_child(el)
        if el is None or gain.of(el) <= 0 or not _holds_prose(tree, el):
            continue
        if el.tag != best.tag and not (el.tag in _BOX_TAGS and best.tag in _BOX_TAGS):
            continue
        # None of its lines named like chrome or mostly link (a teaser card: its linked
        # headline over a blurb), or these few beside paragraphs of the story's own.
        if _plain_chunk(tree, el, best_marks):
            chunks.append(el)
    return _cut_apart(best, chunks) if chunks else []


# A chunk may hold a picture's caption, an ad's label or a linked line when at least this
# many paragraphs of running text at its own level hold this share of its text.
_CHUNK_PARAGRAPHS: Final = 2
_CHUNK_PROSE_SHARE: Final = 0.75


def _plain_chunk(tree: Segmentation, el: etree._Element, marks: set[etree._Element]) -> bool:
    """Whether a box shaped like the container reads as a chunk of the story: none of its
    lines named like chrome (beyond the container's own marks) or mostly link, or fewer such
    lines than paragraphs of running text of its own, two or more, which hold most of its
    text (a chunk with a photo and its caption, an ad's label, a "Read more" link between
    its paragraphs); not teasers, a linked headline (or line) over each blurb."""
    inside = tree.blocks_within(el)
    plain = [set(b.chrome_marks) <= marks and b.link_chars * 2 <= len(b.text) for b in inside]
    if all(plain):
        return True
    if any(b.is_heading and b.link_chars * 2 > len(b.text) for b in inside):
        return False  # a linked headline: teasers
    own = [
        b
        for b, clean in zip(inside, plain, strict=True)
        if clean
        and b.prose
        and len(b.words) >= _PARAGRAPH_WORDS
        and (b.element is el or b.element.getparent() is el)
    ]
    total = sum(len(b.text) for b in inside)
    return (
        len(own) >= _CHUNK_PARAGRAPHS
        and plain.count(False) < len(own)  # not a linked line over each blurb
        and sum(len(b.text) for b in own) >= _CHUNK_PROSE_SHARE * total
    )
