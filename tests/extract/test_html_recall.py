"""The HTML body's recall on page shapes nobody wrote rules for: stories cut into boxes, on small
pages of fictional outlets. Each test fails without the rule it names."""

from __future__ import annotations

from lxml import etree

from newsdesk.eval.extraction import main_body
from newsdesk.extract.html import read_html
from newsdesk.extract.html_body import BodyEvidence, select_body
from newsdesk.extract.html_dom import parse_html
from newsdesk.extract.html_segment import segment
from tests.extract.fictional import LIGHTHOUSE_STORY

A, B, C, D = LIGHTHOUSE_STORY
ABOUT = (
    "The Morrow Courier is a fictional weekly of the northern coast, owned by its readers' "
    "cooperative since 1990 and printed in the old rope works by the harbour."
)


def no_opinion(region: etree._Element) -> str:
    """Stands in for trafilatura when it has nothing to add: our own reading decides."""
    del region
    return ""


def select(html: str) -> list[str]:
    root = parse_html(html)
    assert root is not None
    return [b.text for b in select_body(segment(root), BodyEvidence(), no_opinion).blocks]


def chunk(*paragraphs: str) -> str:
    """One box of the story: a classed box, its paragraphs in a bare <div>, in a bare wrapper."""
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<div><div class='para para-text'><div>{inner}</div></div></div>"


def page(*parts: str) -> str:
    return (
        "<html><body><nav class='menu'><ul><li><a href='/'>Home</a></li></ul></nav>"
        f"<article><div class='content'>{''.join(parts)}</div></article>"
        "<footer><p>The Morrow Courier, all rights reserved.</p></footer></body></html>"
    )


PHOTO = "<div><figure><img src='/a.jpg'><figcaption>Photo: M. Reed</figcaption></figure></div>"
EMBED = "<div><blockquote class='embed'><p>A post shared by @capemorrow</p></blockquote></div>"


def test_a_story_cut_at_a_photo_and_an_embed_is_read_whole() -> None:
    # The largest box wraps its paragraphs in a bare <div>: the chunks repeat its classed box.
    html = page(chunk(A), PHOTO, chunk(B, C), EMBED, chunk(D))
    assert select(html) == [A, B, C, D]


def test_a_box_right_after_the_story_with_nothing_between_is_not_a_chunk() -> None:
    # The same shape straight after the story's last box: a section of its own.
    html = page(chunk(A), PHOTO, chunk(B, C), chunk(ABOUT))
    assert select(html) == [A, B, C]


# Two more paragraphs of the lighthouse story, for a story cut into many boxes.
E = (
    "The tower's new lamp was made in a workshop up the coast and carried to the cape on a "
    "fishing boat, because the old road to the headland cannot take a lorry of that size."
)
F = (
    "Penhallow said the guild would keep a log of every visitor, as the keepers once kept a "
    "log of every ship, and that the first page had already been signed by the harbour master."
)
PROMO = "<div class='promo'><h2>Watch</h2><p><a href='/v/1'>Inside the lantern room</a></p></div>"


def test_a_story_cut_into_boxes_side_by_side_is_read_whole() -> None:
    # Most boxes stand right beside one another, a promo between two of them: boxes in a row
    # are the story's, the last one too (not every other one).
    html = page(chunk(A, B), chunk(C), chunk(D), PROMO, chunk(E), chunk(F))
    assert select(html) == [A, B, C, D, E, F]


def deep_chunk(*paragraphs: str, place: int = 1) -> str:
    """One chunk of the story, deep in a grid cell of its own (each grid named by its place:
    not a page builder's repeated rows)."""
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    cell = f"<div class='cell'><div class='wrap'><div class='body'>{inner}</div></div></div>"
    return f"<div class='grid grid-{place}'>{cell}</div>"


def test_chunks_far_apart_are_kept_where_the_declared_body_says_them() -> None:
    ad = "<div class='slot'><p>Advertisement</p></div>"
    # The second chunk two levels deeper than the first: no copy of its box (one level
    # deeper is: test_a_chunk_may_sit_one_wrapper_deeper_than_the_container).
    html = page(deep_chunk(A, B), ad, f"<div><div>{deep_chunk(C, D, place=2)}</div></div>")
    root = parse_html(html)
    assert root is not None
    declared = BodyEvidence(ld_body="\n".join(LIGHTHOUSE_STORY))
    body = select_body(segment(root), declared, no_opinion).blocks
    assert [b.text for b in body] == [A, B, C, D]
    # Without the declaration the second chunk is too far from the first to be kept.
    assert select(html) == [A, B]


def test_chunks_each_alone_in_wrappers_named_apart_are_read_whole() -> None:
    # The story cut at an ad into grid cells named by their place: each chunk alone in its
    # wrappers, as deep as the other, is a copy of the story's box whatever its class.
    ad = "<div class='slot'><p>Advertisement</p></div>"
    html = page(deep_chunk(A, B), ad, deep_chunk(C, D, place=2))
    assert select(html) == [A, B, C, D]
    # A teaser card of the same shape (its linked headline over a blurb) is no chunk.
    card = deep_chunk(ABOUT, place=3).replace(
        "<div class='body'>", "<div class='body'><h3><a href='/s/9'>The rope works at 100</a></h3>"
    )
    assert select(page(deep_chunk(A, B, C), ad, card)) == [A, B, C]
    # Nor is a one-line notice in a box of the same shape, past another ad.
    notice = deep_chunk("Comments are switched off for this story in your region.", place=4)
    assert select(page(deep_chunk(A, B), ad, deep_chunk(C, D, place=2), ad, notice)) == [A, B, C, D]
    # Nor is a box of the same shape right after the story's last chunk ("About us").
    assert select(
        page(deep_chunk(A, B), ad, deep_chunk(C, place=2), deep_chunk(ABOUT, place=3))
    ) == [A, B, C]


def test_a_box_of_the_same_class_named_like_chrome_by_its_id_is_no_chunk() -> None:
    # A theme gives every box the same classes; the writer's box under the story is named
    # by its id alone.
    def box(*paragraphs: str, ident: str = "") -> str:
        inner = "".join(f"<p>{p}</p>" for p in paragraphs)
        return f"<div class='left relative' id='{ident}'>{inner}</div>"

    bio = (
        "Senior writer at the Courier, on the harbour beat since the storm. Life-long "
        "swimmer. Write to her about the tides and the ferries."
    )
    html = page(box(A, B, C, ident="story-main"), PROMO, box(D), box(bio, ident="author-box-wrap"))
    assert select(html) == [A, B, C, D]


def test_the_opening_in_a_box_of_its_own_beside_a_wrapped_rest_is_a_chunk() -> None:
    # The story's opening paragraphs in a box of their own, an ad, the rest two wrappers
    # down (a box holding its paragraphs, as the container does, though less deep), and a
    # story cut at an ad into chunks as deep as each other but named apart.
    ad = "<div class='slot'>Advertisement</div>"
    rest = "".join(f"<p>{p}</p>" for p in (C, D, E, F))
    opening = f"<div class='lead-para'><p>{A}</p><p>{B}</p></div>"
    html = page(opening, ad, f"<div class='body-wrap'><div class='text'>{rest}</div></div>")
    assert select(html) == [A, B, C, D, E, F]
    first = f"<div class='a'><div class='b'><p>{A}</p><p>{B}</p></div></div>"
    second = f"<div class='c'><div class='d'><div class='e'>{rest}</div></div></div>"
    assert select(page(first, ad, second)) == [A, B, C, D, E, F]


def read_body(html: str) -> list[str]:
    """The paragraphs read_html gives as the article body (its clean-up included)."""
    found = read_html(html, source="t.html", url=None, captured_at=None, profile=None)
    return main_body(found).split("\n\n")


CLOSING = "The keeper came back at dawn. Nobody had told him the lamp was out."


def test_closing_lines_set_as_headings_stay_when_they_read_as_sentences() -> None:
    # Closing lines set as <h4> after the last paragraph: two full sentences, not a title.
    html = page(f"<p>{A}</p><p>{B}</p><h4>{CLOSING}</h4>")
    assert select(html) == [A, B, CLOSING]
    assert read_body(html)[-1] == CLOSING


def test_a_closing_heading_that_is_a_title_or_a_question_still_goes() -> None:
    for heading in ("More from the coast", "Who keeps the lamp lit now?"):
        html = page(f"<p>{A}</p><p>{B}</p><h4>{heading}</h4>")
        assert read_body(html)[-1] == B


def test_a_short_sign_off_closing_the_story_box_is_kept() -> None:
    html = page(f"<div><p>{A}</p><p>{B}</p><p>Until next week, Mara</p></div><p>{ABOUT}</p>")
    assert select(html)[:3] == [A, B, "Until next week, Mara"]


def test_a_short_line_that_is_not_the_box_s_last_or_trails_off_is_not_a_sign_off() -> None:
    # A short line with more of the box after it, and a paywall's cut line, stay out.
    followed = page(f"<div><p>{A}</p><p>{B}</p><p>Until next week, Mara</p><figure></figure></div>")
    assert "Until next week, Mara" not in select(followed)
    cut = page(f"<div><p>{A}</p><p>{B}</p><p>That is why the keeper…</p></div>")
    assert select(cut) == [A, B]


def builder_row(*boxes: str) -> str:
    """One row of a page builder's grid: row > column > inner > wrapper > the boxes."""
    inner = "".join(boxes)
    return (
        "<div class='pb-row row'><div class='pb-col col-12'><div class='pb-inner'>"
        f"<div class='pb-wrap'>{inner}</div></div></div></div>"
    )


def text_box(*paragraphs: str) -> str:
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<div class='pb-text'><div class='pb-wrap'>{inner}</div></div>"


def test_a_story_cut_into_a_page_builders_rows_is_read_whole() -> None:
    # The closing paragraph sits in a row of its own after a gallery row: its box repeats the
    # story's box, four levels above it (the chunk search's own reach is three).
    gallery = builder_row("<div class='slider'><img src='/1.jpg'><img src='/2.jpg'></div>")
    html = page(builder_row(text_box(A, B), text_box(C)), gallery, builder_row(text_box(D)))
    assert select(html) == [A, B, C, D]


def article_row(*boxes: str) -> str:
    """A page builder's row that is an <article> of its own."""
    inner = builder_row(*boxes).removeprefix("<div class='pb-row row'>").removesuffix("</div>")
    return f"<article class='pb-row row'>{inner}</article>"


def test_rows_of_articles_are_a_stream_of_stories_not_one_story() -> None:
    # The same rows, each an <article>: the next story's box is not a chunk of this one.
    gallery = article_row("<div class='slider'><img src='/1.jpg'><img src='/2.jpg'></div>")
    html = page(article_row(text_box(A, B), text_box(C)), gallery, article_row(text_box(D)))
    assert select(html) == [A, B, C]


TIPS = [
    "Walk up in daylight the first time, and count the landings on the way: there are nine, "
    "and the keepers' benches stand on the third and the seventh.",
    "Leave bags and umbrellas in the old oil store, where a volunteer keeps them until you "
    "come down, since the stairs are too narrow for anything larger than a coat.",
    "Children under eight climb with an adult holding their hand the whole way, and nobody "
    "may lean over the gallery rail, whatever the weather looks like from below.",
    "Bring a warm layer even in summer: the lantern room gathers the wind from the sea and "
    "it is often five degrees colder at the top than on the quay.",
]
TOWERS = [
    ("Cape Morrow light", 212, "good"),
    ("Gull Point beacon", 96, "fair"),
    ("Harbour east light", 140, "good"),
    ("Old pier lamp", 40, "poor"),
]
RESULTS = (
    "<table><tr><th>Tower</th><th>Steps</th><th>Mark</th></tr>"
    + "".join(
        f"<tr><td><a href='/t/{i}'>{name}</a></td><td>{steps}</td><td>{mark}</td></tr>"
        for i, (name, steps, mark) in enumerate(TOWERS)
    )
    + "</table>"
)


def tips_box(*tips: str) -> str:
    """A box of advice below the story, its list three boxes down."""
    items = "".join(f"<li>{t}</li>" for t in tips)
    return (
        "<div class='hint-box'><h2>Before you climb</h2><div class='hint-text'>"
        f"<div class='hint-inner'><ul class='plain-list'>{items}</ul></div></div></div>"
    )


def test_a_list_of_tips_below_a_story_cut_into_boxes_does_not_stand_for_the_story() -> None:
    # The story's boxes each hold a paragraph or two (one a table of results with linked
    # rows); the tips' list holds its long items at its first level and won alone.
    html = page(
        f"<div class='text-box'><p>{A}</p></div>",
        f"<div class='text-box'>{RESULTS}<p>{B}</p></div>",
        f"<div class='text-box'><div class='media-row'><div class='media-text'><p>{C}</p>"
        f"<p>{D}</p></div></div></div>",
        tips_box(*TIPS),
    )
    body = select(html)
    assert A in body and B in body and D in body
    assert body[-len(TIPS) :] == TIPS


def test_a_list_nested_in_an_agenda_item_stands_for_the_whole_agenda() -> None:
    # The agenda's items are short lines but one, whose nested list holds the longer ones.
    agenda = (
        "<ol><li>Two short talks by members (thirty minutes)</li><li>Stories from the tower "
        f"<ol>{''.join(f'<li>{t}</li>' for t in TIPS[:3])}</ol></li>"
        "<li>Tea in the oil store (fifteen minutes)</li></ol>"
    )
    html = page(f"<div class='entry'>{agenda}</div>")
    body = select(html)
    assert body[0] == "Two short talks by members (thirty minutes)"
    assert body[-1] == "Tea in the oil store (fifteen minutes)"


FOOTER_BLURB = (
    "The Morrow Courier is part of the Cape Morrow Readers' Trust, a not-for-profit body that "
    "helps the coast's towns keep a printed record of their harbours, councils and schools."
)
FOOTER_RIGHTS = (
    "©1990-2020 Cape Morrow Readers' Trust. All rights reserved. The Morrow Courier and its "
    "lighthouse mark are trade marks of the Trust, registered in the coastal counties."
)


def test_a_page_whose_only_prose_is_its_footer_is_no_article() -> None:
    # A page still loading its content: a menu, a spinner's line and the site's footer.
    html = (
        "<html><body><nav><ul><li><a href='/s'>Search</a></li><li><a href='/b'>Browse</a></li>"
        "</ul></nav><div id='app'><p>Loading…</p></div><footer><div class='row'><div class='col'>"
        f"<p>{FOOTER_BLURB}</p><p>{FOOTER_RIGHTS}</p></div></div></footer></body></html>"
    )
    found = read_html(html, source="t.html", url=None, captured_at=None, profile=None)
    assert found.kind == "listing"
    assert not found.articles


def test_a_short_story_beside_a_long_footer_is_read_without_it() -> None:
    # A quarter of the footer's five paragraphs outweighed the story's one.
    footer = "".join(f"<p>{p}</p>" for p in (FOOTER_BLURB, FOOTER_RIGHTS, ABOUT, B, C))
    html = (
        f"<html><body><div class='story'><p>{A}</p></div><footer><div class='row'>"
        f"<div class='col'>{footer}</div></div></footer></body></html>"
    )
    assert select(html) == [A]


def test_a_menu_left_open_around_the_whole_page_still_holds_its_story() -> None:
    # An unclosed <nav> holds the menu, the story and the footer: it is no region of the page.
    html = (
        "<html><body><nav><ul><li><a href='/'>Home</a></li></ul>"
        f"<div class='story'><p>{A}</p><p>{B}</p></div><p>{FOOTER_RIGHTS}</p></body></html>"
    )
    assert select(html)[:2] == [A, B]


def test_soft_hyphens_leave_the_words_whole() -> None:
    # A hyphenation plugin puts &shy; in every long word: the reader drops them (the story's words
    # stay whole for the tokenizer and any comparison with a rendering of the page).
    hyphenated = [p.replace("lighthouse", "light&shy;house").replace("keeper", "kee&shy;per")
                  for p in (A, B, C)]  # fmt: skip
    html = page(*(f"<p>{p}</p>" for p in hyphenated))
    body = read_body(html)
    assert body == [A, B, C]
    assert "\xad" not in "".join(select(html))


STEPS = [
    "Soak the dried beans overnight in cold water with a pinch of salt and a bay leaf.",
    "Simmer them for an hour with the smoked fish until the broth turns cloudy and thick.",
]


def recipe(label: str) -> str:
    steps = "".join(f"<li>{s}</li>" for s in STEPS)
    return page(f"<p>{A}</p><p>{B}</p><p>{label}</p><ol>{steps}</ol><p>{C}</p>")


def test_a_one_word_label_over_the_steps_stays() -> None:
    # "Method:" announces the list after it: the story's own line, though one word.
    assert select(recipe("Method:")) == [A, B, "Method:", *STEPS, C]
    # One word without the colon says nothing about what follows (a button's "Close").
    assert "Close" not in select(recipe("Close"))


def test_a_one_word_label_stays_when_trafilatura_reads_around_it() -> None:
    # trafilatura's reading keeps the story and its steps but not the label between them.
    def reading(region: etree._Element) -> str:
        del region
        return "\n".join([A, B, *STEPS, C])

    root = parse_html(recipe("Method:"))
    assert root is not None
    found = select_body(segment(root), BodyEvidence(), reading).blocks
    assert [b.text for b in found] == [A, B, "Method:", *STEPS, C]


QUOTED = (
    "The storm that cracked the lantern room came in from the south-west after midnight, "
    "and by the time the keepers reached the gallery the glass had already given way in two "
    "places, so that the wind and the rain ran down the stairs into the oil store below. "
    "The log for that night records the keepers' names, the hour the lamp went out and the "
    "hour a fishing boat's light was seen rounding the point, safe, a little before dawn."
)
FURTHER = (
    "<p><strong>Further reading:</strong><br><a href='/a'>How the old lamps were lit, from "
    "oil to gas to the electric bulb</a><br><a href='/b'>The keepers' log books and what the "
    "guild plans to show of them in the new museum</a><br><a href='/c'>A short history of "
    "the harbour levy and the towns that pay it</a></p>"
)


def test_a_story_in_main_is_read_whole_inside_a_wrapper_named_like_a_sidebar() -> None:
    # The theme's wrapper around <main> and the sidebar is named like chrome: its prose
    # counted a quarter while the links inside it counted whole, and the longest quoted
    # paragraph outweighed the story's box.
    html = (
        "<html><body><header><nav><ul><li><a href='/'>Home</a></li></ul></nav></header>"
        "<div class='content-sidebar-wrap'><main><article><div class='entry-content'>"
        f"<p>{A}</p><p>{B}</p><blockquote><p>{QUOTED}</p></blockquote>{FURTHER}"
        f"<p>{C}</p><p>{D}</p></div></article></main>"
        "<aside class='sidebar'><ul><li><a href='/x'>Most read</a></li></ul></aside></div>"
        "<footer><p>The Morrow Courier, all rights reserved.</p></footer></body></html>"
    )
    assert select(html) == [A, B, QUOTED, C, D]


def test_a_call_to_action_box_inside_the_story_is_chrome() -> None:
    # A "cta" box (call to action) set between two paragraphs: the newsletter's offer.
    cta = (
        "<div class='cta-container'><div class='cta-title'>Get the Courier in your inbox</div>"
        "<div class='cta-description'>Never miss a tide table again. Sign up for our letters "
        "from the harbour, with the week's ships and the keepers' news.</div></div>"
    )
    html = page(f"<p>{A}</p><p>{B}</p>{cta}<p>{C}</p><p>{D}</p>")
    assert select(html) == [A, B, C, D]


def test_an_authors_bio_box_under_the_story_is_chrome() -> None:
    # The author's box under the story: a heading naming them, a paragraph about them.
    bio = (
        "<div class='wp-biographia-container-top'><div class='wp-biographia-text'>"
        "<h3>About <a href='/author/orla'>Orla Penhallow</a></h3><p>Orla Penhallow writes "
        "about the coast for the Morrow Courier. She lives in the keeper's cottage with two "
        "cats and a great many logbooks.</p></div></div>"
    )
    html = page(f"<p>{A}</p><p>{B}</p><p>{C}</p><p>{D}</p>{bio}")
    assert select(html) == [A, B, C, D]


NOTICES = [
    "The family of the late harbour pilot Edwin Tamsett thanks everyone who came to the "
    "service at the chapel on the quay and sent flowers and kind words in these sad weeks.",
    "With deep sorrow we announce that Mabel Trewin of Cape Morrow has died in her ninety-"
    "first year. The funeral will be held at the old chapel on Thursday at eleven o'clock.",
    "Our warm thanks go to the nurses of the cottage hospital, who cared for our father "
    "Samuel Brock so patiently in his last months, and to all who walked with him.",
]


def test_a_post_s_box_named_by_its_tags_is_no_chrome() -> None:
    # A blog engine's post box gives a class to each tag and category ("tag-newsletter",
    # "category-social-media"): the name says what the post is filed under. Read as chrome,
    # its prose counted a quarter and a slider of notices beside it took the page.
    post = (
        "<article class='post-7 type-post status-publish hentry category-social-media "
        f"tag-newsletter'><div class='entry-content'>{''.join(f'<p>{p}</p>' for p in (A, B, C, D))}"
        "</div></article>"
    )
    slides = "".join(f"<div class='slide'>{n}</div>" for n in NOTICES)
    html = (
        "<html><body><div class='wrap'><div class='main'>"
        f"{post}</div><div class='notices'><div class='slides'>{slides}</div></div></div>"
        "</body></html>"
    )
    assert select(html) == [A, B, C, D]


def test_a_chunk_holding_a_photo_an_ad_or_a_linked_line_is_still_a_chunk() -> None:
    # The story cut at an ad into chunks whose wrappers are named apart; the second chunk
    # holds, between its paragraphs, a photo with its caption, an ad's label or a linked
    # "Read more" line: its own paragraphs are most of it, so it is no teaser card.
    ad = "<div class='slot'><p>Advertisement</p></div>"
    inserts = (
        "<figure class='wp-caption'><img src='/k.jpg'><figcaption class='wp-caption-text'>"
        "The lantern room. Photo: M. Reed</figcaption></figure>",
        "<div class='ad-container'><span>Advertisement</span></div>",
        "<p><a href='/s/3'>Read the keepers' guild report on the storm damage</a></p>",
    )
    for insert in inserts:
        second = deep_chunk(C, D, place=2).replace(f"<p>{D}</p>", f"{insert}<p>{D}</p>")
        assert select(page(deep_chunk(A, B, E), ad, second)) == [A, B, E, C, D]
    # A teaser card of the same shape stays out, a linked headline over one blurb.
    card = deep_chunk(ABOUT, place=2).replace(
        "<div class='body'>", "<div class='body'><h3><a href='/s/9'>The rope works at 100</a></h3>"
    )
    assert select(page(deep_chunk(A, B, E), ad, card)) == [A, B, E]
    # Nor a box of teasers, a short linked line over each blurb: as many linked lines as
    # paragraphs.
    teasers = "".join(
        f"<p><a href='/s/{i}'>More from the cape</a></p><p>{blurb}</p>"
        for i, blurb in enumerate((ABOUT, NOTICES[0]))
    )
    box = deep_chunk("X", place=2).replace("<p>X</p>", teasers)
    assert select(page(deep_chunk(A, B, E), ad, box)) == [A, B, E]


def test_a_chunk_may_sit_one_wrapper_deeper_than_the_container() -> None:
    # The halves of a story wrapped unlike: the opening in one wrapper, the rest in two.
    ad = "<div class='slot'><p>Advertisement</p></div>"
    first = f"<div class='top'><div class='lede-part'><p>{A}</p><p>{B}</p><p>{E}</p></div></div>"
    rest = f"<div class='c'><div class='d'><div class='e'><p>{C}</p><p>{D}</p></div></div></div>"
    assert select(page(first, ad, rest)) == [A, B, E, C, D]


def test_a_chunk_in_a_section_repeats_a_container_that_is_a_div() -> None:
    # The rest of the story in a <section> box where the opening sits in a <div>.
    ad = "<div class='slot'><p>Advertisement</p></div>"
    first = f"<div class='part-1'><div class='inner'><p>{A}</p><p>{B}</p><p>{E}</p></div></div>"
    rest = (
        f"<section class='part-2'><section class='inner-2'><p>{C}</p><p>{D}</p></section></section>"
    )
    assert select(page(first, ad, rest)) == [A, B, E, C, D]
