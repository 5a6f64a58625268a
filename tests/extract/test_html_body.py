"""The HTML body selection and the segmenter it stands on, on small pages of fictional outlets.

The second opinion (trafilatura in the reader) is a parameter of `select_body`; here a recording
stand-in shows when it is asked and what part of the page it is given.
"""

from __future__ import annotations

from lxml import etree

from newsdesk.extract.html_body import BodyEvidence, _is_clear, _relevant_copy, select_body
from newsdesk.extract.html_containers import block_weights, element_gains, find_containers
from newsdesk.extract.html_dom import parse_html
from newsdesk.extract.html_segment import segment
from tests.extract.fictional import LIGHTHOUSE_STORY

STORY = LIGHTHOUSE_STORY[:3]
TEASERS = "".join(
    f'<li><a href="/story/{i}">Another story from the fictional Morrow Courier, number {i}</a></li>'
    for i in range(30)
)


class Recorder:
    """Stands in for trafilatura: remembers each region it is given and answers with its text."""

    def __init__(self) -> None:
        self.regions: list[etree._Element] = []

    def __call__(self, region: etree._Element) -> str:
        self.regions.append(region)
        return "\n".join(t.strip() for t in region.itertext() if t.strip())


def select(html: str, second_opinion: Recorder) -> list[str]:
    root = parse_html(html)
    assert root is not None
    tree = segment(root)
    return [b.text for b in select_body(tree, BodyEvidence(), second_opinion).blocks]


def page(article: str, aside: str = "") -> str:
    return (
        "<html><body><nav class='menu'><ul><li><a href='/'>Home</a></li></ul></nav>"
        f"<div class='page'><div class='story'>{article}</div>{aside}</div>"
        "<footer><p>The Morrow Courier, all rights reserved.</p></footer></body></html>"
    )


def test_a_clear_story_is_read_without_a_second_opinion() -> None:
    asked = Recorder()
    body = select(page("".join(f"<p>{p}</p>" for p in STORY)), asked)
    assert body == STORY
    assert asked.regions == []


def test_a_heading_inside_the_story_is_kept_by_our_own_reading() -> None:
    asked = Recorder()
    article = f"<p>{STORY[0]}</p><h2>A museum of lamps</h2><p>{STORY[1]}</p><p>{STORY[2]}</p>"
    body = select(page(article), asked)
    assert body == [STORY[0], "A museum of lamps", STORY[1], STORY[2]]
    assert asked.regions == []


def test_lines_at_stake_ask_the_second_opinion_about_them_only() -> None:
    asked = Recorder()
    article = (
        "<p>Photographs: Lena Varro</p><p>Listen to this story</p><p>Share on the harbour board</p>"
        + "".join(f"<p>{p}</p>" for p in STORY)
    )
    teasers = f"<div class='more'><ul>{TEASERS}</ul></div>"
    select(page(article, aside=teasers), asked)
    assert len(asked.regions) == 1
    region_text = " ".join(asked.regions[0].itertext())
    assert "Photographs: Lena Varro" in region_text  # the lines at stake are shown ...
    assert "Another story" not in region_text  # ... the teaser list, which cannot count, is not


def _clarity(html: str) -> bool:
    root = parse_html(html)
    assert root is not None
    tree = segment(root)
    gain = element_gains(tree, block_weights(tree))
    return _is_clear(gain, find_containers(gain)[0])


def test_a_rival_box_of_prose_elsewhere_makes_the_choice_unclear() -> None:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    rival = "".join(f"<p>{p.replace('keepers', 'pilots')}</p>" for p in STORY)
    short_rival = f"<p>{STORY[0].replace('keepers', 'pilots')}</p>"
    two = f"<html><body><div class='a'>{story}</div><div class='b'>{{}}</div></body></html>"
    assert not _clarity(two.format(rival))  # two equal boxes: trafilatura must be asked
    assert _clarity(two.format(short_rival))  # a third of the prose elsewhere: clear
    # The wrapper scores about as much as the story it wraps; an ancestor is no rival.
    assert _clarity(f"<html><body><div class='w'><div class='a'>{story}</div></div></body></html>")


def test_relevant_copy_keeps_the_path_to_the_holders_and_the_loose_text() -> None:
    root = parse_html(
        "<html><body><div id='r'>intro <ul><li><a>menu</a></li></ul> tail text"
        "<section><p id='keep'>kept paragraph</p><p>dropped paragraph</p></section></div>"
        "</body></html>"
    )
    assert root is not None
    region = root.find(".//div")
    keep = root.find(".//p[@id='keep']")
    lean = _relevant_copy(region, {keep})
    text = " ".join(" ".join(lean.itertext()).split())
    assert text == "intro tail text kept paragraph"
    # The page itself is untouched.
    assert "dropped paragraph" in " ".join(region.itertext())


def test_segment_skips_hidden_elements_but_keeps_the_text_after_them() -> None:
    root = parse_html(
        "<html><body><p>Before <span style='display: none'>secret</span>after "
        "<span aria-hidden='true'>icon</span>end.</p>"
        "<p hidden>all hidden</p><p>Line one<br><br>Line two</p></body></html>"
    )
    assert root is not None
    texts = [b.text for b in segment(root).blocks]
    assert texts == ["Before after end.", "Line one", "Line two"]


def test_segment_counts_link_text_and_shares_the_lineage_of_a_block() -> None:
    root = parse_html(
        "<html><body><div class='share-bar'><p>Read <a href='/x'>the whole report</a> here</p>"
        "</div></body></html>"
    )
    assert root is not None
    (block,) = segment(root).blocks
    assert block.link_chars == len("the whole report")
    assert [el.tag for el in block.ancestors] == ["body", "div", "p"]
    assert [el.get("class") for el in block.chrome_marks] == ["share-bar"]


class ParagraphsOnly(Recorder):
    """A second opinion that reads the story's paragraphs and leaves its sub-headings out (as
    trafilatura's fast reading sometimes does)."""

    def __call__(self, region: etree._Element) -> str:
        self.regions.append(region)
        texts = (" ".join(p.itertext()) for p in region.iter("p"))
        return "\n".join(t for t in texts if "pilots" not in t)


def test_a_heading_inside_the_story_is_kept_when_the_second_opinion_leaves_it_out() -> None:
    asked = ParagraphsOnly()
    article = f"<p>{STORY[0]}</p><h2>A museum of lamps</h2><p>{STORY[1]}</p><p>{STORY[2]}</p>"
    rival = "".join(f"<p>{p.replace('keepers', 'pilots')}</p>" for p in STORY[:2])
    html = page(article).replace("<footer>", f"<div class='other'><div>{rival}</div></div><footer>")
    body = select(html, asked)
    assert asked.regions  # the rival box made the choice unclear: trafilatura was asked
    assert body == [STORY[0], "A museum of lamps", STORY[1], STORY[2]]


def test_a_short_code_block_inside_the_story_is_kept_when_the_second_opinion_leaves_it_out() -> (
    None
):
    asked = ParagraphsOnly()
    code = "lamp.turn(tower, 'north');"
    article = f"<p>{STORY[0]}</p><pre>{code}</pre><p>{STORY[1]}</p><p>{STORY[2]}</p>"
    rival = "".join(f"<p>{p.replace('keepers', 'pilots')}</p>" for p in STORY[:2])
    html = page(article).replace("<footer>", f"<div class='other'><div>{rival}</div></div><footer>")
    body = select(html, asked)
    assert asked.regions
    assert body == [STORY[0], code, STORY[1], STORY[2]]


def test_a_heading_after_short_opening_lines_the_second_opinion_keeps_is_kept() -> None:
    asked = ParagraphsOnly()
    article = (
        "<p>Harbour Court of Cape Morrow</p><p>Case 12/31</p><h3>The court's findings:</h3>"
        + "".join(f"<p>{p}</p>" for p in STORY)
    )
    rival = "".join(f"<p>{p.replace('keepers', 'pilots')}</p>" for p in STORY[:2])
    html = page(article).replace("<footer>", f"<div class='other'><div>{rival}</div></div><footer>")
    body = select(html, asked)
    assert body[:3] == ["Harbour Court of Cape Morrow", "Case 12/31", "The court's findings:"]


def test_a_headings_anchor_id_is_not_read_as_a_chrome_name() -> None:
    # "what-comes-next" is the heading's own words: "next" in it names no pager.
    article = (
        f"<p>{STORY[0]}</p><h2 id='what-comes-next'>What comes next?</h2><p>{STORY[1]}</p>"
        f"<h2 id='comments'>Comments</h2><p>{STORY[2]}</p>"
    )
    root = parse_html(page(article))
    assert root is not None
    marked = {b.text: bool(b.chrome_marks) for b in segment(root).blocks}
    assert marked["What comes next?"] is False
    assert marked["Comments"] is True  # a one-word id is a region's name as much as an anchor
    body = select(page(article), Recorder())
    assert "What comes next?" in body


def test_the_lede_in_its_own_box_above_the_story_is_kept() -> None:
    lede = (
        "The keepers of Cape Morrow open their tower again after three winters. "
        "How did the repairs go, and who paid for them?"
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    html = page(f"<div class='intro'>{lede}</div><div class='text'>{paragraphs}</div>")
    # The second opinion reads the paragraphs only, as trafilatura's fast reading often does.
    assert select(html, ParagraphsOnly()) == [lede, *STORY]
    # Inside the story's own container a paragraph the votes left out stays out, and a
    # paragraph in a chrome-named box above the story is no lede.
    boxed = page(f"<div class='promo'>{lede}</div><div class='text'>{paragraphs}</div>")
    assert select(boxed, ParagraphsOnly()) == STORY
    # A dateline in a box of its own is no lede, however many words it has.
    dateline = "Morrow Courier staff - harbour desk - Cape Morrow, Friday 14 March 2031 - 9:40am"
    dated = page(f"<div class='intro'>{dateline}</div><div class='text'>{paragraphs}</div>")
    assert select(dated, ParagraphsOnly()) == STORY


def test_a_heading_over_a_box_of_links_inside_the_story_is_not_brought_back() -> None:
    asked = ParagraphsOnly()
    links = "".join(f"<li><a href='/s/{i}'>Harbour story number {i}</a></li>" for i in range(4))
    article = (
        f"<p>{STORY[0]}</p><h3>More on the harbour</h3><ul>{links}</ul>"
        f"<h3>A museum of lamps</h3><p>{STORY[1]}</p><p>{STORY[2]}</p>"
    )
    rival = "".join(f"<p>{p.replace('keepers', 'pilots')}</p>" for p in STORY[:2])
    html = page(article).replace("<footer>", f"<div class='other'><div>{rival}</div></div><footer>")
    assert select(html, asked) == [STORY[0], "A museum of lamps", STORY[1], STORY[2]]


def test_reference_covers_decides_as_the_full_count_does() -> None:
    """`covers` stops once half the block's shingles are found or more than half are missing,
    and knows a shingle by its words' numbers: its verdict is the full count of shingles as
    joined strings (hit / total >= 0.5) for every split of found and missing, odd and even
    totals, ties included; a reference shorter than a shingle covers no block of four words."""
    from newsdesk.extract.html_reference import ReferenceText

    def grams(words: list[str]) -> list[str]:
        return [" ".join(words[i : i + 4]) for i in range(len(words) - 3)]

    reference = ReferenceText(
        "The ferry to Gull Rock sails twice a day from the fictional harbour of Wrenmouth\n"
        "Tickets cost four tokens"
    )
    said = "The ferry to Gull Rock sails twice a day from the fictional harbour of".split()  # noqa: SIM905
    other = "A quiet lane runs past the old mill and on to the chapel by the sea".split()  # noqa: SIM905
    said_grams = set(grams([*said, "Wrenmouth", "Tickets", "cost", "four", "tokens"]))
    for found in range(len(said) + 1):
        for missing in range(0, 12):
            words = said[:found] + other[:missing]
            if len(words) < 4:
                continue
            shingles = grams(words)
            hit = sum(gram in said_grams for gram in shingles)
            assert reference.covers(words) is (hit / len(shingles) >= 0.5), (found, missing)
    assert reference.covers(["Tickets", "cost", "four", "tokens"])
    assert not reference.covers(["Tickets", "cost", "five", "tokens"])
    short = ReferenceText("Gull Rock")
    assert short.covers(["Gull", "Rock"]) and not short.covers(["Gull", "Rock", "is", "far"])


def test_a_layout_tables_story_cell_holds_the_story_not_its_row() -> None:
    """A page of the 2000s sets its menu, story and teasers in the cells of one row: the
    story's cell is the container, so the menu's links and the teasers beside it stay out."""
    menu = "".join(f"<a href='/{w}'>{w}</a><br>" for w in ("Home", "Harbour", "Weather", "Letters"))
    teasers = "".join(
        f"<p><a href='/t{i}'>Another short teaser from the Morrow Courier, {i}</a></p>"
        for i in range(3)
    )
    story = "<h1>Lighthouse to open again</h1>" + "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><body><table><tr>"
        f"<td valign='top'>{menu}</td><td valign='top'>{story}</td><td>{teasers}</td>"
        "</tr></table></body></html>"
    )
    body = select(html, Recorder())
    assert body[-3:] == STORY
    assert not any("Home" in text or "teaser" in text for text in body)


def test_a_data_tables_cells_stay_one_row() -> None:
    """Cells holding inline text only are a data table's: its row reads as one line."""
    rows = "".join(
        f"<tr><td>Cape Morrow</td><td>{n} visitors</td><td>open</td></tr>" for n in (12, 24, 36)
    )
    root = parse_html(f"<html><body><p>{STORY[0]}</p><table>{rows}</table></body></html>")
    assert root is not None
    texts = [b.text for b in segment(root).blocks]
    assert "Cape Morrow 12 visitors open" in texts


def test_an_anchor_without_an_address_is_no_link() -> None:
    """Paragraphs set inside named anchors ("<a name=p1>", an older page's places to jump to)
    are the page's own text, not link text: the story is read, not dropped as a link list."""
    paragraphs = "".join(f"<p><a name='p{i}'>{p}</a></p>" for i, p in enumerate(STORY))
    linked = "".join(f"<p><a href='/p{i}'>{p}</a></p>" for i, p in enumerate(STORY))
    root = parse_html(f"<html><body><div>{paragraphs}{linked}</div></body></html>")
    assert root is not None
    blocks = segment(root).blocks
    assert [b.link_chars for b in blocks[:3]] == [0, 0, 0]
    assert all(b.link_chars == len(b.text) for b in blocks[3:])
    assert select(page(paragraphs, aside=f"<ul>{TEASERS}</ul>"), Recorder()) == STORY


class ProseOnly(Recorder):
    """A second opinion that reads the paragraphs and list items of prose only: the items that
    are mostly a handle or an address are left out (as trafilatura's precise reading does)."""

    def __call__(self, region: etree._Element) -> str:
        self.regions.append(region)
        texts = (" ".join(el.itertext()) for el in region.iter("p", "li"))
        return "\n".join(t for t in texts if "pilots" not in t and len(t.split()) >= 10)


def _ask_the_second_opinion(article: str) -> str:
    # A rival box of prose makes the choice unclear: the second opinion is asked.
    rival = "".join(f"<p>{p.replace('keepers', 'pilots')}</p>" for p in STORY[:2])
    return page(article).replace("<footer>", f"<div class='other'><div>{rival}</div></div><footer>")


def test_a_list_inside_the_story_is_read_whole_when_one_of_its_items_is_kept() -> None:
    items = [
        "Harbour board (the notices and the tide tables, posted weekly): morrow-harbour.example",
        "Tower bell: @morrowbell",
        "Guild letters, answered by the chair: letters.example",
    ]
    pairs = (text.split(": ") for text in items)
    listed = "".join(f"<li>{label}: <a href='/to/{label}'>{to}</a></li>" for label, to in pairs)
    article = f"<p>{STORY[0]}</p><ul>{listed}</ul><p>{STORY[1]}</p><p>{STORY[2]}</p>"
    body = select(_ask_the_second_opinion(article), ProseOnly())
    assert body == [STORY[0], *items, STORY[1], STORY[2]]
    # The same list closing the story, one item of prose among short ones, is left as voted:
    # there it reads as a promo box.
    closing = f"<p>{STORY[0]}</p><p>{STORY[1]}</p><p>{STORY[2]}</p><ul>{listed}</ul>"
    body = select(_ask_the_second_opinion(closing), ProseOnly())
    assert body == [*STORY, items[0]]


class LinksLeftOut(Recorder):
    """A second opinion that reads the paragraphs holding no link (as trafilatura's precise
    reading leaves out a paragraph that is all link)."""

    def __call__(self, region: etree._Element) -> str:
        self.regions.append(region)
        return "\n".join(" ".join(p.itertext()) for p in region.iter("p") if p.find(".//a") is None)


def test_an_address_set_as_a_paragraph_inside_the_story_is_kept() -> None:
    announce = "The guild has opened a mailbox for the visitors' questions about the climb:"
    address = "tower.questions@morrow-keepers.example"
    article = (
        f"<p>{STORY[0]}</p><p>{announce}</p>"
        f"<p><a href='mailto:{address}'>{address}</a></p><p>{STORY[1]}</p><p>{STORY[2]}</p>"
    )
    # Whether the second opinion is asked (a rival box) or not, the address stays.
    read = [STORY[0], announce, address, STORY[1], STORY[2]]
    assert select(page(article), LinksLeftOut()) == read
    assert select(_ask_the_second_opinion(article), LinksLeftOut()) == read
    # Sources cited one a paragraph, two in a row, stay too.
    sources = ["https://archive.morrow-keepers.example/1931/storm", "www.harbour-levy.example"]
    cited = "".join(f"<p><a href='{s}'>{s}</a></p>" for s in sources)
    article = f"<p>{STORY[0]}</p>{cited}<p>{STORY[1]}</p><p>{STORY[2]}</p>"
    assert select(_ask_the_second_opinion(article), LinksLeftOut()) == [
        STORY[0],
        *sources,
        *STORY[1:],
    ]
    # A linked line that is no address ("Harbour stories") is not brought back.
    teaser = article.replace(f">{sources[0]}<", ">Harbour stories<")
    assert "Harbour stories" not in select(_ask_the_second_opinion(teaser), LinksLeftOut())


def test_a_box_shown_on_hover_inside_a_paragraph_is_left_out() -> None:
    """A person's card the page shows when the pointer rests on their name (a picture, links to
    their stories) sits inside the paragraph, hidden by the style sheet: the name is read, the
    card is not, and its links do not make the paragraph a link list."""
    card = (
        "<span class='rollover-card'><img src='x.jpg' alt=''>"
        + "".join(
            f"<a href='/s/{i}'>Another story about the harbour, number {i}</a>" for i in range(4)
        )
        + "</span>"
    )
    paragraph = (
        f"<p>The harbour master <span class='rollover'><a href='/people/ann'>Ann Example</a>{card}"
        "</span> said the ferry would run again from Monday, after three weeks of repairs to the"
        " old pier and the landing stage at Cape Morrow.</p>"
    )
    root = parse_html(f"<html><body><div>{paragraph}</div></body></html>")
    assert root is not None
    (block,) = segment(root).blocks
    assert "Ann Example said the ferry" in block.text
    assert "Another story" not in block.text
    assert block.prose
