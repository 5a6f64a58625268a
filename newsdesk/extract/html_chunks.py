"""The chunks of a story cut into copies of its box (the container found in html_containers.py
is then only its largest chunk), and its opening paragraphs printed bare above the box holding
the rest: the containers html_body.py reads a story from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from lxml import etree

from newsdesk.extract.html_blocks import Block, Segmentation

if TYPE_CHECKING:  # (html_containers.py asks this module for the chunks)
    from newsdesk.extract.html_containers import Gains


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
    marks = set(marks_in(tree, best))
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


def _plain_paragraph(tree: Segmentation, el: etree._Element, marks: set[etree._Element]) -> bool:
    blocks = tree.blocks_within(el)
    return bool(blocks) and all(_paragraph(b) and _plain(b, marks) for b in blocks)


def marks_in(tree: Segmentation, el: etree._Element) -> tuple[etree._Element, ...]:
    inside = tree.blocks_within(el)
    return inside[0].chrome_marks if inside else ()


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


def _paragraph(b: Block) -> bool:
    """A paragraph of running text: prose of twelve words or more (not a one-line notice,
    "Commenting is disabled in your region.")."""
    return b.prose and len(b.words) >= _PARAGRAPH_WORDS


def _plain(b: Block, marks: set[etree._Element]) -> bool:
    """A block under no chrome name but `marks` (the container's own), and not mostly link."""
    return set(b.chrome_marks) <= marks and b.link_chars * 2 <= len(b.text)


def _holds_prose(tree: Segmentation, el: etree._Element) -> bool:
    """Whether a paragraph of running text is the element's own child or text."""
    return any(
        _paragraph(b) and (b.element is el or b.element.getparent() is el)
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
    best_marks = set(marks_in(tree, best))
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
    plain = [_plain(b, marks) for b in inside]
    if all(plain):
        return True
    if any(b.is_heading and b.link_chars * 2 > len(b.text) for b in inside):
        return False  # a linked headline: teasers
    own = [
        b
        for b, clean in zip(inside, plain, strict=True)
        if clean and _paragraph(b) and (b.element is el or b.element.getparent() is el)
    ]
    total = sum(len(b.text) for b in inside)
    return (
        len(own) >= _CHUNK_PARAGRAPHS
        and plain.count(False) < len(own)  # not a linked line over each blurb
        and sum(len(b.text) for b in own) >= _CHUNK_PROSE_SHARE * total
    )
