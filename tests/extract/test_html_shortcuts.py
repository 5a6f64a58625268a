"""The HTML reader's speed shortcuts answer as the plain ways of asking do.

Each shortcut (the tag index, positions in the segmentation's order, the hidden-element XPaths,
one-pass rival judging, the UTF-8 parse) is checked against the straightforward computation it
replaced: on crafted pages of fictional outlets, and on the bench pages when they are present.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from newsdesk.extract.html_containers import common_ancestor
from newsdesk.extract.html_dom import (
    _PARSER,
    SKIP_TAGS,
    TagIndex,
    element_text,
    hidden_elements,
    is_hidden,
    parse_html,
)
from newsdesk.extract.html_lists import _heading_before, _inside, _titled_lists
from newsdesk.extract.html_meta import first_time_element
from newsdesk.extract.html_segment import CELL_TAGS, CUT_TAGS, segment
from newsdesk.extract.html_votes import Ballot, keepable, mark_chrome, standing_votes

BENCH = Path(__file__).resolve().parents[2].parent / "shared" / "bench"

CRAFTED = """<!DOCTYPE html><html lang="en"><head><title>Harbour news | The Morrow Courier</title>
<link rel="stylesheet" href="/a.css"><link rel="canonical" href="https://courier.example/h">
<meta property="og:title" content="Harbour reopens"><script type="application/ld+json">{}</script>
</head><body><header class="masthead"><h1>Harbour reopens</h1><time datetime="2031-04-02">
2 April</time></header><div class="story" itemscope itemtype="https://schema.org/NewsArticle">
<p>The harbour at Cape Morrow reopened on Tuesday after a winter of repairs to the old pier,
the harbour master said, and the first ferry of the season left at noon.</p>
<p style="display: none">Hidden note for the printers.</p><p hidden>Also hidden.</p>
<div aria-hidden="true"><p>Screen readers skip this.</p></div>
<div aria-hidden="false" style="color: red"><p>A visible aside.</p>Loose text after it.</div>
<h2>Related</h2><ul><li><a href="/1">One story of the fictional courier</a></li>
<li><a href="/2">Another story of the fictional courier</a></li></ul>
<ol><li>First</li><li>Second</li></ol><h3>More</h3><h4>Even more</h4>
<article><h2>A second article</h2><p>Its text, in a box of its own.</p></article>
</div><footer><time>3 April</time><div class="share">Share this</div></footer></body></html>"""


def bench_pages(limit: int = 40) -> Iterator[str]:
    """Up to ``limit`` bench HTML pages per set, decoded (none when the bench is absent)."""
    from newsdesk.extract.decode import decode

    for name in ("aeb", "dates"):
        folder = BENCH / name / "html"
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir())[:limit]:
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            yield decode(data, "text/html")[0]


def pages() -> list[str]:
    return [CRAFTED, *bench_pages()]


@pytest.mark.parametrize("tags", [("h1",), ("ul", "ol"), ("h2", "h3", "h4"), ("time",), ("meta",)])
def test_tag_index_lists_what_root_iter_finds(tags: tuple[str, ...]) -> None:
    for html in pages():
        root = parse_html(html)
        assert root is not None
        assert TagIndex(root).iter(*tags) == list(root.iter(*tags))


def test_tag_index_finds_head_children_and_itemtypes_as_element_path_does() -> None:
    for html in pages():
        root = parse_html(html)
        assert root is not None
        index = TagIndex(root)
        assert index.head_child("title") is root.find(".//head/title")
        assert index.head_child("link", rel="canonical") is root.find(
            ".//head/link[@rel='canonical']"
        )
        typed = [el for el in root.iter(etree.Element) if el.get("itemtype") is not None]
        assert index.itemtypes == [(el.get("itemtype"), el) for el in typed]


def test_hidden_elements_are_those_is_hidden_finds() -> None:
    for html in pages():
        root = parse_html(html)
        assert root is not None
        assert hidden_elements(root) == {el for el in root.iter(etree.Element) if is_hidden(el)}
    root = parse_html(CRAFTED)
    assert root is not None
    hidden_texts = {" ".join(el.itertext()).strip() for el in hidden_elements(root)}
    assert hidden_texts == {
        "Hidden note for the printers.",
        "Also hidden.",
        "Screen readers skip this.",
    }


def _first_time_walking(root: etree._Element, scope: etree._Element | None) -> tuple:
    """The first <time> with a stamp or text in scope, else in the page, by walking both."""
    for where in (scope, root):
        for el in where.iter("time") if where is not None else ():
            stamp, text = el.get("datetime") or el.get("content"), element_text(el)
            if stamp or text:
                return stamp, text or None
    return None, None


def test_first_time_element_from_the_index_is_the_one_a_walk_finds() -> None:
    for html in pages():
        root = parse_html(html)
        assert root is not None
        times = TagIndex(root).iter("time")
        elements = list(root.iter(etree.Element))
        scopes = [None, *elements[:: max(1, len(elements) // 30)], *times]
        scopes += [t.getparent() for t in times]
        for scope in scopes:
            expected = _first_time_walking(root, scope)
            assert first_time_element(root, scope, times) == expected
            assert first_time_element(root, scope) == expected


# A titled list of one item beside other children, an untitled one, one title of three.
_LISTS = """<html><body><h3>Picks</h3><ul><li><a href="/a">The one pick of the fictional
week here</a></li><div>An advert</div></ul><ul><li>One</li><li>Two</li></ul><div><h2>Most
read</h2><ol><li>A</li><li>B</li><li>C</li></ol></div></body></html>"""


def test_titled_lists_are_those_the_plain_order_of_questions_finds() -> None:
    for html in [_LISTS, *pages()]:
        root = parse_html(html)
        assert root is not None
        index = TagIndex(root)
        bodies = root.findall(".//article") + root.findall(".//p")[:3]
        for skip in (set(), set(bodies)):
            expected = []
            for lst in root.iter("ul", "ol"):
                if _inside(lst, skip):
                    continue
                items = list(lst.iterchildren("li"))
                if len(items) >= 2 and (name := _heading_before(lst)):
                    expected.append((name, items))
            assert list(_titled_lists(index, skip)) == expected


def test_positions_in_order_give_each_element_its_blocks() -> None:
    for html in pages():
        root = parse_html(html)
        assert root is not None
        tree = segment(root)
        walked = set(tree.order)
        for i in range(0, len(tree.order), max(1, len(tree.order) // 40)):
            el = tree.order[i]
            enclosing = next((a for a in el.iterancestors() if a in walked), None)
            assert tree.parent[i] == (-1 if enclosing is None else tree.order.index(enclosing))
            assert tree.blocks_within(el) == [b for b in tree.blocks if el in b.ancestors]
            inside = set(tree.order[i : tree.end[i]])
            assert inside == {e for e in tree.order if e is el or el in e.iterancestors()}
        for block in tree.blocks:
            assert block.slot == -1 or tree.order[block.slot] is block.element
            # Read off the parent positions: the walked block elements around it, outermost
            # first, the holder last.
            lineage = [*reversed(list(block.element.iterancestors())), block.element]
            expected = tuple(el for el in lineage if el in walked) if block.slot >= 0 else ()
            assert block.ancestors == expected


def test_rival_judging_keeps_what_a_ballot_keeps() -> None:
    for html in pages():
        root = parse_html(html)
        assert root is not None
        tree = segment(root)
        standing = standing_votes(tree.blocks, None, None)
        for el in tree.order[:: max(1, len(tree.order) // 25)]:
            containers = [el]
            mark_chrome(tree.blocks, containers)
            expected = [b.element for b in Ballot(tree, containers, standing).kept(True)]
            assert list(keepable(tree, containers, standing)) == expected


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><meta charset='windows-1251'></head><body><p>Привет, мир</p></body></html>",
        "<p>nul\x00 inside</p><p>after</p>",
        "<p>a lone \ud800 surrogate</p>",
        "\ufeff<html><body><p>a byte order mark</p></body></html>",
        "<?xml version='1.0' encoding='iso-8859-1'?><html><body><p>café</p></body></html>",
        "<p>&amp; &eacute; &#x1F600; &nbsp; 中文 😀</p>",
    ],
)
def test_utf8_parse_builds_the_tree_the_str_parse_built(html: str) -> None:
    root = parse_html(html)
    assert root is not None
    # The str the parse was handed before, read by libxml2 as lxml converts it.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", html.lstrip("\ufeff"), count=1)
    assert etree.tostring(root) == etree.tostring(etree.fromstring(text, parser=_PARSER))


def test_common_ancestor_is_the_deepest_element_holding_them_all() -> None:
    def plain(elements: list[etree._Element]) -> etree._Element | None:
        common = [elements[0], *elements[0].iterancestors()]
        for el in elements[1:]:
            lineage = {el, *el.iterancestors()}
            common = [c for c in common if c in lineage]
        return common[0] if common else None

    for html in pages():
        root = parse_html(html)
        assert root is not None
        blocks = segment(root).blocks
        for step in (1, 3, 7):
            for start in range(0, len(blocks), max(1, len(blocks) // 10)):
                elements = [b.element for b in blocks[start : start + 12 * step : step]]
                assert common_ancestor(elements) is plain(elements)
    other = parse_html("<p>elsewhere</p>")
    assert other is not None
    assert common_ancestor([root, other]) is None


def test_blocks_carry_their_holder_tag_and_the_kinds_of_their_enclosing_blocks() -> None:
    # The walk reads these from its own bookkeeping (the tags it met, a table by its context
    # flags); plainly they are the holder's tag and tags among the enclosing block elements.
    kinds = {
        "in_list": {"li", "dd", "dt"},
        "in_caption": {"figcaption", "caption"},
        "in_quote": {"blockquote"},
        "in_table": {"tr"},
    }
    seen = dict.fromkeys(kinds, False)
    html = CRAFTED.replace(
        "<ol>",
        "<blockquote><table><caption>Tide <b>table</b></caption><tr><td>4 m</td></tr>"
        "</table><dl><dt>Pier</dt><dd>Old</dd></dl></blockquote><ol>",
    )
    for page in [html, *bench_pages()]:
        root = parse_html(page)
        assert root is not None
        for block in segment(root).blocks:
            assert block.tag == block.element.tag
            assert 0 <= block.link_chars <= len(block.text)
            tags = {el.tag for el in block.ancestors}
            for name, marks in kinds.items():
                assert getattr(block, name) == bool(tags & marks), (name, block.text)
                seen[name] = seen[name] or getattr(block, name)
    assert all(seen.values())


def test_walk_sorts_children_as_the_tag_sets_and_skips_comments() -> None:
    from newsdesk.extract.html_segment import _CELL, _CUT, _INLINE, _KIND, _LINE_BREAK

    def plain(tag: object) -> int:
        if tag.__class__ is not str or tag in SKIP_TAGS:
            return 0
        if tag in CUT_TAGS:
            return _CUT
        return _LINE_BREAK if tag == "br" else _CELL if tag in CELL_TAGS else _INLINE

    tags = [*SKIP_TAGS, *CUT_TAGS, *CELL_TAGS, "br", "a", "span", "b", "marquee", "x-widget"]
    tags += [etree.Comment, etree.ProcessingInstruction, etree.Entity]
    for tag in tags:
        assert _KIND.get(tag, _INLINE) == plain(tag), tag
    # A tree from a parser that keeps comments and processing instructions: neither is text.
    root = etree.fromstring(
        "<html><body><p>Tide <!-- a note --><?pi x?>at <b>4<br/>m</b> <i>and</i></p></body></html>",
        etree.HTMLParser(remove_comments=False, remove_pis=False),
    )
    assert [b.text for b in segment(root).blocks] == ["Tide at 4 m and"]


def test_header_scan_finds_what_asking_every_piece_finds() -> None:
    from newsdesk.extract import bylines, facts
    from newsdesk.extract.html_article import (
        _INLINE_FACT_TAGS,
        _SEPARATORS,
        HeaderFacts,
        scan_header,
    )
    from newsdesk.extract.html_dom import BLOCK_TAGS, element_text

    def pieces(el: etree._Element) -> Iterator[etree._Element]:
        for child in el.iterchildren(etree.Element):
            if child.tag in _INLINE_FACT_TAGS:
                yield child
            if child.tag not in BLOCK_TAGS:
                yield from pieces(child)

    def plain(blocks: list, first: int, last: int) -> HeaderFacts:
        found = HeaderFacts()
        for block in blocks[max(0, first - 40) : min(len(blocks), last + 1)]:
            if len(block.text) > 200:
                continue
            parts = [block.text, *(p.strip() for p in _SEPARATORS.split(block.text) if p.strip())]
            parts += [t for el in pieces(block.element) if (t := element_text(el)) != block.text]
            for text in filter(None, parts):
                hit = True
                if found.byline is None and (names := bylines.byline(text)) is not None:
                    found.byline = names
                elif found.credit is None and (credit := facts.credit(text)) is not None:
                    found.credit = credit
                elif found.reading_minutes is None and (n := facts.reading_minutes(text)):
                    found.reading_minutes = n
                elif found.shares is None and (count := facts.shares(text)) is not None:
                    found.shares = count
                else:
                    hit = False
                if hit:
                    found.blocks.add(block.index)
        return found

    header = (
        "<div class='meta'><span>By Ada Quill</span> | <span>Source: Morrow Wire</span> | "
        "<span>4 min read</span></div><p>By Ada Quill</p><p>Source: Morrow Wire</p>"
        "<p>12 shares</p><p>4 min read</p><div>Loose <b>line</b><p>Credit: Tom Reed</p></div>"
    )
    crafted = CRAFTED.replace('<div class="story"', header + '<div class="story"')
    seen = HeaderFacts()
    # A text that tells two facts tells the second when asked again (as the block's one piece).
    twice = CRAFTED.replace('<div class="story"', "<p>By Ada Quill 4 min read</p><div>")
    for html in [crafted, twice, *bench_pages()]:
        root = parse_html(html)
        assert root is not None
        blocks = segment(root).blocks
        for first in range(0, len(blocks), max(1, len(blocks) // 8)):
            expected = plain(blocks, first, first + 8)
            assert scan_header(blocks, first, first + 8) == expected
            seen.byline = seen.byline or expected.byline
            seen.credit = seen.credit or expected.credit
            seen.shares = seen.shares or expected.shares
            seen.reading_minutes = seen.reading_minutes or expected.reading_minutes
    assert seen.byline and seen.credit and seen.shares and seen.reading_minutes


def test_prose_and_text_weight_answer_as_the_regex_searches_do() -> None:
    from newsdesk.extract.html_blocks import prose_and_words, text_weight

    cjk = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
    sentence_end = re.compile(r"[.!?…:;\"”’)。！？」]\s*$")

    def plain_prose(text: str, link_chars: int, tag: str) -> bool:
        if (text and link_chars / len(text) > 0.35) or tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            return False
        words = len(re.findall(r"\w+", text))
        if words < 12:
            words += len(cjk.findall(text)) // 2
        return words >= 12 or (words >= 6 and bool(sentence_end.search(text)))

    texts = [
        "Six words end here with a stop.",
        "Six words end here with no stop",
        "Six words end here with a quote”  ",
        "Six words end here, then a line break:\n",
        "Six words end here with\u00a0a no-break space.\u00a0",
        "港口周二重新开放了。渡轮中午出发",
        "港口周二重新开放了渡轮中午出发",
        "Café owners on the pier said they were glad",
        "Ünïcode words: a b c d e f g h i j k l",
        "",
    ]
    for text in texts:
        for link_chars, tag in ((0, "p"), (len(text) // 3, "li"), (len(text) // 2, "p"), (0, "h4")):
            prose, words = prose_and_words(text, link_chars, tag)
            assert prose == plain_prose(text, link_chars, tag), text
            assert words is None or words == re.findall(r"\w+", text)
        assert text_weight(text) == len(text) + 2 * len(cjk.findall(text)), text
    # The walk judges each block as it cuts it, and hands on the words it counted.
    for html in pages():
        root = parse_html(html)
        assert root is not None
        for block in segment(root).blocks:
            assert block.prose == plain_prose(block.text, block.link_chars, block.tag)
            assert block.words == re.findall(r"\w+", block.text)


def test_word_tokens_are_what_the_word_regex_finds() -> None:
    from newsdesk.extract.html_blocks import _TRANSLATE_FROM, word_tokens

    every_ascii = "".join(chr(c) for c in range(128))
    texts = [
        every_ascii,
        every_ascii[::-1] + "tail_word",
        "The Harbour Gazette's 3rd-floor desk (est. 1921) said: ferries_run at 10:30, daily! " * 2,
        "\x1c\x1dfile\x1eseparators\x1fare not words, nor is DEL\x7for a tab\tbetween them all",
        "Café owners on the pier said they were glad the ferries run again this week, all of them",
        "short one: a_b-c",
        "",
    ]
    for text in texts:
        assert word_tokens(text) == re.findall(r"\w+", text), text
    assert len(texts[0]) >= _TRANSLATE_FROM  # the translated path is the one checked


def test_words_only_is_the_text_with_non_word_runs_made_spaces() -> None:
    from newsdesk.extract.html_blocks import words_only

    texts = [
        "  «Ο ΦΎΛΑΚΑΣ», said the keeper — twice!  ",
        "İSTANBUL_NEWS: 12,5 % of the Café's 3rd-floor stairs…",
        "港口周二重新开放了。渡轮中午出发",
        "\u00a0Tabs\tand\nbreaks\u2028too ",
        "...",
        "",
    ]
    for html in [*(f"<html><body><p>{t}</p></body></html>" for t in texts), *pages()]:
        root = parse_html(html)
        assert root is not None
        for block in segment(root).blocks:
            plain = re.sub(r"\W+", " ", block.text).strip().casefold()
            assert words_only(block) == plain
            block._words = None  # counted again from the text
            assert words_only(block) == plain


def test_word_patterns_find_what_the_plain_alternation_of_their_words_finds() -> None:
    from newsdesk.extract import html_article, html_cleanup, html_lists, html_segment
    from newsdesk.extract.html_dom import NameWords, name_runs, word_pattern

    word_sets = [
        html_segment._CHROME_WORDS,
        frozenset({"ticker", "breaking", "marquee", "urgent", "newsticker", "livebar"}),
        html_lists._SECTION_WORDS,
        frozenset({"title", "heading", "header", "label", "hed", "hd", "head"}),
        frozenset({"caption", "figcaption", "imagecaption"}),
        frozenset({"read-also", "readalso", "also-read", "alsoread", "see-also", "seealso"}),
    ]
    # The modules' word sets are built from these sets (their regexes by word_pattern).
    assert (
        html_segment._CHROME_NAME.pattern.pattern
        == word_pattern(html_segment._CHROME_WORDS).pattern
    )
    assert html_segment._TICKER_NAME.pattern.pattern == word_pattern(word_sets[1]).pattern
    assert html_lists._SECTION_NAME.pattern.pattern == word_pattern(word_sets[2]).pattern
    assert html_lists._TITLE_NAME.pattern.pattern == word_pattern(word_sets[3]).pattern
    assert html_article._CAPTION_NAME.pattern.pattern == word_pattern(word_sets[4]).pattern
    assert html_cleanup._READ_ALSO_NAME.pattern.pattern == word_pattern(word_sets[5]).pattern
    names = [
        "most-read box",
        "mostread",
        "xnav",
        "nav2",
        "nav_bar",
        "é-nav",
        "ad",
        "adslot-top",
        "read-also-box",
        "head",
        "heade",
        "hd-x",
        "figcaption",
        "breaking-news",
        "x most-read",
        "most-reader",
        "almost-read",
        "nav\tmenu",
        "ad\u00a0box",
        "ünav",
        "navé",
        "",
    ]
    for html in pages():
        root = parse_html(html)
        assert root is not None
        for el in root.iter(etree.Element):
            names.append(f"{el.get('class') or ''} {el.get('id') or ''}".lower())
    for words in word_sets:
        plain = re.compile(
            r"(?<![a-z0-9])(?:"
            + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
            + r")(?![a-z0-9])"
        )
        grouped = word_pattern(words)
        by_runs = NameWords(words)
        for name in names:
            expected = plain.search(name) is not None
            assert (grouped.search(name) is not None) == expected, name
            assert by_runs.found(name, name_runs(name)) == expected, name


def test_visible_tags_are_those_the_plain_reading_of_rel_and_boxes_finds() -> None:
    from newsdesk.extract.html_article import _TAGS_NAME, visible_tags
    from newsdesk.extract.html_dom import element_text, names_match

    def plain(scope: etree._Element) -> list[str]:
        tags: list[str] = []
        for el in scope.iter("a"):
            rel = (el.get("rel") or "").lower().split()
            tagged = "tag" in rel and "category" not in rel
            if not tagged:
                for depth, anc in enumerate(el.iterancestors()):
                    named = names_match(anc, _TAGS_NAME)
                    if named or anc is scope or depth == 4:
                        tagged = named
                        break
            text = element_text(el).lstrip("#")
            if tagged and text and len(text) <= 60 and text not in tags:
                tags.append(text)
        return tags

    crafted = """<html><body><article><p>Story <a href="/x">inline</a>.</p>
    <a rel="Tag" href="/t/1">#harbour</a><a rel="nofollow tag" href="/t/2">ferries</a>
    <a rel="tag category" href="/c">Region</a><a rel="" href="/e">empty rel</a>
    <div class="post-tags"><span><a href="/t/3">lighthouse</a></span></div>
    <div id="topics"><ul><li><b><i><span><a href="/t/4">too deep</a></span></i></b></li></ul></div>
    <div class="tags"><div><div><div><a href="/t/5">four down</a></div></div></div></div>
    </article></body></html>"""
    for html in [crafted, *pages()]:
        root = parse_html(html)
        assert root is not None
        for scope in [root, *root.iter("article", "main", "div")][:40]:
            assert visible_tags(scope) == plain(scope)
    root = parse_html(crafted)
    assert root is not None
    assert visible_tags(root) == ["harbour", "ferries", "lighthouse", "four down"]


def test_lean_copy_is_the_region_with_the_subtrees_holding_no_holder_dropped() -> None:
    from copy import deepcopy

    from newsdesk.extract.html_body import _relevant_copy

    def plain(region: etree._Element, holders: set[etree._Element]) -> etree._Element:
        copy = deepcopy(region)
        twins = dict(zip(region.iter(), copy.iter(), strict=True))
        kept = {twins[el] for h in holders for el in (*h.iter(), *h.iterancestors()) if el in twins}
        for el in [e for e in copy.iter() if e not in kept and e.getparent() in kept]:
            el.drop_tree()  # its tail stays, as loose text of what came before it
        return copy

    checked = 0
    for html in pages():
        root = parse_html(html)
        assert root is not None
        tree = segment(root)
        regions = [el for el in tree.order if len(tree.blocks_within(el)) >= 6]
        for region in regions[:: max(1, len(regions) // 4)]:
            blocks = tree.blocks_within(region)
            for step in (2, 5):
                holders = {b.element for b in blocks[::step] if b.element is not region}
                lean = _relevant_copy(region, holders)
                assert etree.tostring(lean) == etree.tostring(plain(region, holders))
                checked += 1
    assert checked > 50


def test_ballot_keeps_the_blocks_whose_votes_add_up() -> None:
    import random

    from newsdesk.extract.html_blocks import Block, Segmentation
    from newsdesk.extract.html_votes import (
        _CHROME_PROSE_CHARS,
        _within,
        is_linky,
        near_container,
        reads_as_sentences,
    )

    def plain(
        tree: Segmentation,
        containers: list[etree._Element],
        standing: list[int | None],
        endorsed: list[bool],
    ) -> list[Block]:
        inside, near = _within(tree, containers), near_container(tree, containers)
        kept = []
        for block, vote, end in zip(tree.blocks, standing, endorsed, strict=True):
            if vote is None:
                continue
            in_container = block.slot >= 0 and inside[block.slot]
            votes = vote + in_container + end
            boxed = block.chrome and (is_linky(block) or len(block.text) < _CHROME_PROSE_CHARS)
            prose = block.prose or reads_as_sentences(block)
            lenient = prose and not block.chrome and (in_container or near(block))
            if (votes >= 2 and not boxed) or (votes == 1 and lenient):
                kept.append(block)
        return kept

    draw = random.Random(7)
    for html in pages():
        root = parse_html(html)
        assert root is not None
        tree = segment(root)
        standing = [draw.choice((None, -1, 0, 0, 1)) for _ in tree.blocks]
        for el in tree.order[:: max(1, len(tree.order) // 12)]:
            mark_chrome(tree.blocks, [el])
            ballot = Ballot(tree, [el], standing)
            for endorsed in (
                [False] * len(tree.blocks),
                [True] * len(tree.blocks),
                [draw.random() < 0.5 for _ in tree.blocks],
            ):
                expected = plain(tree, [el], standing, endorsed)
                assert ballot.kept(endorsed) == expected
                if all(endorsed) or not any(endorsed):
                    assert ballot.kept(endorsed[0] if endorsed else False) == expected


def test_gains_by_position_answer_as_a_dict_of_scores_does() -> None:
    from newsdesk.extract.html_containers import block_weights, element_gains

    checked = 0
    for html in pages():
        root = parse_html(html)
        assert root is not None
        tree = segment(root)
        weights = block_weights(tree)
        for endorsed in (None, [b.prose for b in tree.blocks]):
            gain = element_gains(tree, weights, endorsed)
            # As the scores were once handed on: children before parents.
            plain = dict(zip(reversed(tree.order), reversed(gain.values), strict=True))
            if not plain:
                assert gain.best() is None
                continue
            best = max(plain, key=plain.__getitem__)
            assert tree.order[gain.best()] is best
            for share in (1.0, 0.5, 0.3, 0.0):
                threshold = share * plain[best]
                assert gain.at_least(threshold) == [e for e, g in plain.items() if g >= threshold]
            spans = list(root.iter("span", "a"))[:5]  # not block elements: looked up one by one
            for region in [*tree.order[:: max(1, len(tree.order) // 6)], *spans]:
                for tag in ("div", "p", "li", "section"):
                    expected = [el for el in region.iter(tag) if plain.get(el, 0.0) > 0]
                    assert gain.scoring_within(region, tag) == expected
                    checked += 1
            for el in [*tree.order[::7], *spans, root]:
                assert gain.of(el) == plain.get(el, 0.0)
    assert checked > 100


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><meta charset='windows-1251'></head><body><p>Привет, мир</p></body></html>",
        "\ufeff<html><body><p>a byte order mark</p></body></html>",
        "\u00a0 <?xml version='1.0' encoding='iso-8859-1'?><html><body><p>café</p></body></html>",
        "<?xml version='1.0'?>\n<html><body><p>&amp; 中文 😀</p></body></html>",
        "<p>nul\x00 inside</p><p>after</p>",
    ],
)
def test_parse_of_the_captures_utf8_bytes_builds_the_tree_of_the_text(html: str) -> None:
    """Handed the capture's own UTF-8 bytes, the parse cuts what it cuts off the text (a byte
    order mark, an XML declaration after any whitespace) off the bytes, and builds the same tree."""
    from_text = parse_html(html)
    from_bytes = parse_html(html, html.encode("utf-8"))
    assert from_text is not None and from_bytes is not None
    assert etree.tostring(from_bytes) == etree.tostring(from_text)


def test_only_an_exact_utf8_decode_is_named_utf8() -> None:
    """core hands the parser the capture's bytes when decode names the text plain "utf-8": that
    name must mean the bytes are the text's UTF-8 form."""
    from newsdesk.extract.decode import decode

    assert decode("<p>café 中文</p>".encode()) == ("<p>café 中文</p>", "utf-8")
    broken = b"<html><body><p>caf\xc3 au lait \xff\xfe</p></body></html>" * 3
    text, encoding = decode(broken)
    assert encoding != "utf-8"
    assert text.encode("utf-8", "surrogatepass") != broken


def test_blocks_within_is_the_run_of_blocks_held_inside() -> None:
    """blocks_within reads a run of the blocks off their slots' running maximum: the same
    blocks as testing every block's slot, for every block element and for elements the walk
    did not cut at."""
    for html in pages():
        root = parse_html(html)
        assert root is not None
        tree = segment(root)
        for el in [*tree.order, *root.iter("a", "span", "html")]:
            span = tree.span(el)
            assert tree.blocks_within(el) == [b for b in tree.blocks if b.slot in span]


def test_blocks_are_plain_objects_with_their_fields() -> None:
    """A Block is a plain class (compiled, its __init__ is native; the dataclass's was written
    at run time in Python): it keeps every field it is given, blocks compare by identity
    (hashable, as no dataclass with field equality is), and the segmenter fills them as before."""
    root = parse_html(CRAFTED)
    assert root is not None
    blocks = segment(root).blocks
    assert len({*blocks}) == len(blocks)
    assert all(b == b and (b != c or b is c) for b in blocks for c in blocks)
    assert [b.index for b in blocks] == list(range(len(blocks)))
    first = next(b for b in blocks if b.text.startswith("The harbour at Cape Morrow"))
    assert (first.tag, first.prose, first.chrome, first.in_list) == ("p", True, False, False)
    assert first.words[:4] == ["The", "harbour", "at", "Cape"]
    assert first.element.tag == "p" and first.ancestors[-1] is first.element
    assert "Cape Morrow" in repr(first)
