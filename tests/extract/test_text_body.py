"""How the text reader finds the story on pages built to distract from it (synthetic dumps)."""

from __future__ import annotations

import pytest

from newsdesk.extract import extract_text_page

_WORDS = [
    "harbour",
    "storm",
    "ferry",
    "crane",
    "quay",
    "pilot",
    "tide",
    "cargo",
    "warden",
    "lantern",
    "rope",
    "dock",
    "signal",
    "gull",
    "engine",
    "bridge",
    "ledger",
    "market",
    "tariff",
    "weather",
    "channel",
    "captain",
    "ballast",
    "beacon",
]


def para(n: int, topic: str = "the harbour") -> str:
    """A paragraph of its own: no two share a run of four words."""
    words = [_WORDS[(n * 7 + i * (n % 5 + 2)) % len(_WORDS)] for i in range(14)]
    return (
        f"Paragraph {n} about {topic} says that the {words[0]} met the {words[1]} near "
        f"{' and '.join(words[2:6])}, while {words[6]} {n} and {words[7]} {n + 1} watched the "
        f"{words[8]} from {words[9]}, {words[10]} and {words[11]} in turn."
    )


STORY = [para(n) for n in range(1, 7)]


def page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def body_of(text: str) -> str:
    result = extract_text_page(text)
    assert result.kind == "article", result.kind
    return result.articles[0].body


def test_teaser_list_longer_than_the_story_is_not_the_story():
    teasers = []
    for n in range(12):
        teasers += [f"Another Headline Number {n} For The Sidebar", f"By Writer {n}",
                    para(100 + n, f"teaser {n}")]  # fmt: skip
    text = page("Harbour Times", "Harbour reopens after the storm", "By Ann Example",
                "3 March 2025", *STORY, "Most Popular", *teasers)  # fmt: skip
    body = body_of(text)
    assert body.startswith("Paragraph 1 about the harbour")
    assert "teaser" not in body


def test_story_continues_across_an_in_body_link_box():
    text = page("Harbour Times", "Harbour reopens after the storm", "3 March 2025", *STORY[:3],
                "Related articles", "Storm closes the harbour for a week",
                "Fishermen count the cost of the storm", *STORY[3:])  # fmt: skip
    body = body_of(text)
    assert "Paragraph 6" in body and "Paragraph 1" in body
    assert "Fishermen count the cost" not in body


def test_readers_comments_are_not_the_story_however_long():
    comments = [para(200 + n, f"comment {n}") for n in range(15)]
    text = page("Harbour Times", "Harbour reopens after the storm", "3 March 2025",
                *STORY[:2], "34 Comments", *comments)  # fmt: skip
    body = body_of(text)
    assert body.startswith("Paragraph 1") and "comment" not in body


def test_consent_banner_and_newsletter_prompt_stay_out():
    text = page("Harbour Times", "We use cookies to improve your experience on our website. "
                "By continuing to browse you agree to our use of cookies and our partners.",
                "Harbour reopens after the storm", *STORY,
                "Sign up for our newsletter to get the best stories in your inbox.")  # fmt: skip
    body = body_of(text)
    assert "cookies" not in body and "newsletter" not in body
    assert body.endswith(STORY[-1])


def test_byline_split_over_lines_is_read_as_the_author():
    text = page("Harbour Times", "Harbour reopens after the storm",
                "The port is open again, a week after the storm closed it to every ship.",
                "By", "Ann Example", "Ann Example", "March 3, 2025 8:03 am ET", *STORY)  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert article.authors == ["Ann Example"]
    assert article.published == "2025-03-03T08:03:00"
    assert article.standfirst.startswith("The port is open again")
    assert "Ann Example" not in article.body


def test_a_list_closing_the_story_is_kept_but_tags_are_not():
    dates = [f"June {n} – Harbour Town, XY @ The Example Arena Number {n}" for n in range(1, 6)]
    text = page("Harbour Times", "Band announces harbour tour", *STORY, "Tour Dates", *dates,
                "  • Music", "  • Harbour", "  • Tours")  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert all(d in article.body for d in dates)
    assert article.tags == ["Music", "Harbour", "Tours"]


def test_a_list_the_story_announces_keeps_its_short_items_and_links():
    items = []
    for n in range(1, 7):
        items += [f"{n}) Lantern model {n}", f"https://shop.example/l{n}", f"[lantern-{n}-300x300]"]
    intro = "The harbour shop has put these lanterns on sale this week, and here they are:"
    text = page("Harbour Times", "Lantern sale at the quay", *STORY[:3], intro, "\n".join(items),
                "LanternsSaleQuay", "Ann Example", "Leave a comment",
                "You must be logged in to post a comment.")  # fmt: skip
    body = extract_text_page(text).articles[0].body
    for n in range(1, 7):
        assert f"Lantern model {n}" in body and f"https://shop.example/l{n}" in body
    assert "300x300" not in body
    assert "Ann Example" not in body and "comment" not in body


def test_a_share_bar_closes_the_story_and_a_tag_cloud_is_not_prose():
    cloud = " ".join(f"{w}s" for w in _WORDS)  # 24 lowercase words, no stop or comma
    address = (
        "Example Harbour - XY - Registry: 83.102.459/0001-23 - Quay Road, 1111 - "
        "Old Town - 89259-565 - PO Box 12, for all questions about the site and its ads."
    )
    story = STORY[0] + " " + STORY[1]
    share = "Facebook Twitter Google+ Whatsapp"
    text = page("Harbour Times", "Tags", cloud, "Ferry strike ends", "05/10/2025 - Posted by Ann",
                story, share, "Back", address)  # fmt: skip
    result = extract_text_page(text)
    body = result.articles[0].body
    assert STORY[0] in body
    assert cloud not in body and address not in body and "Whatsapp" not in body


def test_a_carousel_printing_each_alt_text_twice_is_not_the_story():
    slides = []
    for n in range(8, 14):
        alt = para(n, "the ferry photo")
        slides += [alt, alt, f"Video {n}: harbour update"]
    text = page("Harbour Times", "Ferry strike ends", *slides, "Updated March 3, 2025",
                *STORY)  # fmt: skip
    body = extract_text_page(text).articles[0].body
    assert STORY[0] in body and STORY[-1] in body
    assert "ferry photo" not in body


def test_next_story_teasers_after_the_story_are_not_its_closing_list():
    teasers = [f"Crane number {n} came out of the yard with a huge new arm" for n in range(1, 5)]
    text = page("Harbour Times", "Ferry strike ends", *STORY, "Next Harbour News", *teasers)
    body = extract_text_page(text).articles[0].body
    assert STORY[-1] in body and "Crane number" not in body


def test_a_call_to_download_inside_the_story_does_not_end_it():
    text = page("Harbour Times", "Harbour deals this week", *STORY[:3],
                "Download Harbour Tide Tables for Free", *STORY[3:],
                "Download the Harbour Times app", "All rights reserved")  # fmt: skip
    body = extract_text_page(text).articles[0].body
    assert STORY[0] in body and STORY[-1] in body
    assert "Harbour Times app" not in body


def test_paragraphs_parted_by_a_repeated_picture_alt_text_are_not_teasers():
    from newsdesk.extract.text.line_score import line_score
    from newsdesk.extract.text.lines import normalise
    from newsdesk.extract.text.page_chrome import _mark_repeated_lines
    from newsdesk.extract.text.weigh import discount_lone_prose

    alt = "Harbour Ferry Photo Gallery with the Morning Tide at the Old Quay #harbour #ferry"
    text = page("By Ann Example", STORY[0], alt, STORY[1], alt, STORY[2], alt, STORY[3])
    lines = normalise(text)
    _mark_repeated_lines(lines)
    scores = [line_score(line) for line in lines]
    assert discount_lone_prose(lines, scores) == scores
    teasers = page(*(x for n in range(4) for x in (f"Ferry headline number {n} today", STORY[n])))
    lines = normalise(teasers)
    scores = [line_score(line) for line in lines]
    assert sum(discount_lone_prose(lines, scores)) < 0.5 * sum(s for s in scores if s > 0)


@pytest.mark.parametrize("rule", ["━", "═"])  # w3m draws <hr> so, elinks so
def test_a_press_release_boilerplate_below_a_rule_is_not_the_story(rule: str):
    about = [
        "Harbourline is a global ferry operator focused on short crossings and quiet engines, "
        "with a fleet of forty boats and a crew of nine hundred on three coasts.",
        "Harbourline is headquartered in Example Quay, has offices in 12 countries and employs "
        "around 1,300 people; its shares are listed on the Example Exchange since 1999.",
    ]
    text = page("Harbour Times", "Harbourline opens a new crossing", *STORY, rule * 40, *about,
                "Stay up to date with Harbourline. Subscribe to our newsletter.",
                "Harbourline offers every reader a news service that brings its releases "
                "to the inbox the day they are published, in four languages.")  # fmt: skip
    body = extract_text_page(text).articles[0].body
    assert STORY[0] in body and STORY[-1] in body
    assert "global ferry operator" not in body and "headquartered" not in body


def test_widget_lines_inside_the_story_are_left_out():
    text = page("Harbour Times", "Ferry strike ends", "Get short URL", STORY[0], STORY[1],
                "Follow Harbour Times on", STORY[2], STORY[3],
                "Also on harbourtimes.example Crane operators threaten a strike of their own",
                STORY[4], STORY[5], "Like this story? Share it with a friend!")  # fmt: skip
    body = extract_text_page(text).articles[0].body
    assert all(p in body for p in STORY)
    for widget in ("short URL", "Follow Harbour", "Crane operators", "Share it"):
        assert widget not in body


def test_embedded_social_posts_and_report_buttons_are_not_the_story():
    post = ("Twitter post by @harbourline: The new crossing opens on Monday, with ferries every "
            "hour from the old quay and a night boat on Fridays.")  # fmt: skip
    text = page("Harbour Times", "Ferry strike ends", STORY[0], STORY[1], "Report", post,
                "Report", STORY[2], STORY[3], STORY[4], STORY[5],
                "Follow Harbour Times on Instagram, Facebook, Twitter and YouTube.")  # fmt: skip
    body = extract_text_page(text).articles[0].body
    assert all(p in body for p in STORY)
    assert "Twitter post" not in body and "Report" not in body and "Follow" not in body


def test_a_related_box_under_the_first_paragraph_does_not_cut_it_off():
    box = ["Related articles", "[picture-1]", "Ferry fares to rise again in the spring",
           "[picture-2]", "Night boat returns to the old quay after ten years"]  # fmt: skip
    text = page("Harbour Times", "Ferry strike ends", "By Ann Example", "0", STORY[0], *box,
                *STORY[1:])  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert STORY[0] in (article.standfirst or "") + article.body
    assert all(p in article.body for p in STORY[1:])
    assert "Night boat" not in article.body
    assert "0" not in article.headings


def test_a_story_in_a_script_without_spaces_is_read_as_a_story():
    story = [
        "示例港的渡轮罢工在周一早上结束，码头工人在清晨六点回到了工作岗位，第一班船准时离港。",
        "港务局表示，本周所有航班将按原计划运行，乘客可以在码头售票处或网上购买船票。",
        "工会代表说，双方同意在下个月重新讨论工资问题，并将成立一个新的安全委员会。",
    ]
    text = page("示例港日报", "首页", "新闻", "体育", "渡轮罢工结束", *story, "版权所有")
    result = extract_text_page(text)
    assert result.kind == "article"
    assert all(p in result.articles[0].body for p in story)


def test_a_row_of_headlines_and_a_menu_in_capitals_are_not_prose():
    row = " | ".join(f"Harbour headline number {n}: cranes and ferries" for n in range(6))
    caps = " ".join(["HARBOUR", "QUAY", "FERRY", "CRANE", "TIDE", "DOCK"] * 4)
    text = page("Harbour Times", row, caps, "Ferry strike ends", STORY[0], "[audio]", STORY[1])
    result = extract_text_page(text)
    assert result.kind == "article"
    body = result.articles[0].body
    assert STORY[0] in body and STORY[1] in body
    assert "headline number" not in body and "CRANE" not in body


def test_a_comments_link_under_the_standfirst_is_not_where_comments_begin():
    standfirst = (
        "The ferry strike is over after a long night of talks at the old quay, the union "
        "says, and the first boats will leave the harbour at six tomorrow morning."
    )
    player = ["Video Loading", "Video Unavailable", "Click to play", "Play now", "Subscribe",
              "Invalid Email", "Sport", "Football", "Harbour"]  # fmt: skip
    text = page("Harbour Times", "Ferry strike ends", standfirst, "Share", "Comments", "By",
                "Ann Example", "22:30, 9 MAY 2025", *player, *STORY, "Comments",
                "Pat: great news!")  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert all(p in article.body for p in STORY)
    assert "great news" not in article.body


def test_comments_and_cookie_banners_in_other_languages():
    banner = (
        "Nous utilisons les témoins de navigation (cookies) afin d'opérer et d'améliorer nos "
        "services ainsi qu'à des fins publicitaires, comme le décrit notre politique."
    )
    comments = [
        f"Leser {n}: Das ist eine sehr lange Meinung über die Fähre und den Hafen, die "
        f"niemand bestellt hat, und sie geht noch weiter und weiter, Nummer {n}."
        for n in range(8)
    ]
    text = page(banner, banner, "Harbour Times", "Ferry strike ends", "Commentaires", *STORY,
                "Kommentar schreiben!", "0 Kommentare", *comments)  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert all(p in article.body for p in STORY)
    assert "Leser" not in article.body and "cookies" not in article.body


def test_short_sentences_keep_a_story_together_and_cut_teasers_stay_out():
    teasers = [f"Ferry timetable for week {n}: the new boats and the old quay, and what…"
               for n in range(6)]  # fmt: skip
    short = ["The crossing takes an hour.", "Tickets cost two crowns.", "The cafe stays shut."]
    story = [STORY[0], short[0], STORY[1], short[1], STORY[2], short[2]]
    text = page("Harbour Times", *teasers, "Ferry strike ends", *story, "Tags", "ferry")
    article = extract_text_page(text).articles[0]
    assert all(p in article.body for p in story)
    assert "timetable" not in article.body


def test_a_read_also_box_in_another_language_is_left_out():
    box = ["Lesen Sie auch", "Fährpreise steigen im Frühjahr wieder", "Nachtfähre kehrt zurück"]
    text = page("Harbour Times", "Ferry strike ends", *STORY[:3], *box, *STORY[3:])
    body = extract_text_page(text).articles[0].body
    assert all(p in body for p in STORY)
    assert "Fährpreise" not in body and "Lesen Sie auch" not in body


def test_the_story_does_not_resume_across_the_pages_own_lists():
    next_up = [f"  * Crane number {n} breaks down at the quay" for n in range(1, 6)]
    most_read = [
        f"   {n}. Harbour master number {n} says the tide came in late, and the boats left "
        f"for the islands in the early morning light, one by one." for n in range(1, 6)
    ]  # fmt: skip
    latest = [para(n, "another harbour") for n in range(20, 23)]
    text = page("Harbour Times", "Ferry strike ends", *STORY, "Next Up In News",
                "\n".join(next_up), "Most Read", "\n".join(most_read), "The Latest",
                *latest)  # fmt: skip
    body = extract_text_page(text).articles[0].body
    assert STORY[-1] in body and "Harbour master" not in body and "Crane number" not in body
    assert "another harbour" not in body


def test_lists_of_other_stories_headed_in_other_languages_are_not_the_story():
    teasers = [f"Porto número {n}: a balsa volta a navegar depois de uma longa greve no cais"
               for n in range(1, 5)]  # fmt: skip
    text = page("Harbour Times", "Ferry strike ends", *STORY, "Relacionadas", *teasers,
                "Olá, deixe seu comentário.")  # fmt: skip
    body = extract_text_page(text).articles[0].body
    assert STORY[-1] in body and "Porto número" not in body and "comentário" not in body


def test_a_send_to_a_friend_form_is_not_the_story():
    teasers = [f"Crane number {n} came out of the yard with a huge new arm." for n in range(4)]
    text = page("Harbour Times", "Ferry strike ends", *STORY, "Send to a friend.",
                "Recipient's email * :", "Your e-mail * :", "Your name * :", "Most Read",
                *teasers)  # fmt: skip
    body = extract_text_page(text).articles[0].body
    assert STORY[-1] in body and "Crane number" not in body and "* :" not in body


def test_related_lists_and_prompts_in_russian_and_persian_are_not_the_story():
    teasers = [f"Паром номер {n} вернулся в гавань после долгой забастовки в порту"
               for n in range(1, 5)]  # fmt: skip
    text = page("Harbour Times", "Ferry strike ends", *STORY, "Подписывайтесь на наш канал:",
                "Новости по теме", *teasers)  # fmt: skip
    body = extract_text_page(text).articles[0].body
    assert STORY[-1] in body and "Паром" not in body and "Подписывайтесь" not in body


@pytest.mark.parametrize(
    "line",
    ["12 Comments", "Leave a comment", "Kommentare", "Kommentarer", "Commentaires", "Comentarios",
     "Deja un comentario", "Deixe seu comentário", "Lascia un commento", "Reacties",
     "Yorumlar", "Komentarze", "Оставить комментарий"],
)  # fmt: skip
def test_where_comments_begin_in_each_language_the_pattern_knows(line):
    # The cheap word test in front of the pattern must let every one of them through.
    from newsdesk.extract.text.line_chrome import starts_comments

    assert starts_comments(line)


@pytest.mark.parametrize(
    "header",
    ["Luetuimmat", "Mest lästa", "Seneste nyt", "Najczęściej czytane", "Související články",
     "Legolvasottabb", "Cele mai citite", "Najčitanije", "Най-четени", "Σχετικά άρθρα",
     "Tin liên quan", "Berita terkait", "热门文章", "関連ニュース", "Ամենաընթերցված"],
)  # fmt: skip
def test_lists_of_other_stories_in_more_languages_end_the_story(header):
    teasers = [f"Ferry number {n} came back into the harbour after the long strike at the port"
               for n in range(1, 5)]  # fmt: skip
    text = page("Harbour Times", "Ferry strike ends", *STORY, header, *teasers)
    body = body_of(text)
    assert STORY[-1] in body and "Ferry number" not in body


@pytest.mark.parametrize(
    "header",
    ["Lue myös:", "Läs också", "Læs også:", "Czytaj także:", "Přečtěte si také", "Citește și",
     "Pročitajte još", "Διαβάστε επίσης", "Xem thêm:", "Lexo edhe", "यह भी पढ़ें", "関連記事",
     "Կարդացեք նաև"],
)  # fmt: skip
def test_read_also_boxes_in_more_languages_are_left_out_of_the_body(header):
    boxed = [f"Ferry number {n} came back into the harbour" for n in range(1, 4)]
    text = page("Harbour Times", "Ferry strike ends", *STORY[:3], header, *boxed, *STORY[3:])
    body = body_of(text)
    assert STORY[0] in body and STORY[-1] in body and "Ferry number" not in body


def test_grouping_alternatives_by_first_letter_matches_what_the_plain_alternation_matches():
    import re

    from newsdesk.extract.furniture import any_of

    alternatives = ("most read", "more (?:news|stories)", "x", "(?:a|b)c", "Émissions",
                    "émission", r"\d+ comments?", "mehr", "m")  # fmt: skip
    grouped = re.compile(f"^(?:{any_of(*alternatives)})$", re.I)
    plain = re.compile(f"^(?:{'|'.join(alternatives)})$", re.I)
    probes = ["most read", "More news", "more stories", "x", "X", "ac", "bc", "émissions",
              "ÉMISSION", "12 comments", "mehr", "M", "mo", "more", "most", "", "cc"]  # fmt: skip
    for probe in probes:
        assert bool(grouped.match(probe)) == bool(plain.match(probe)), probe


@pytest.mark.parametrize(
    "chrome",
    [("Drucken", "Teilen"), ("Tulosta", "Jaa"), ("Drukuj", "Udostępnij"), ("Hören", "Anzeige"),
     ("Печать", "Реклама"), ("Cetak", "Bagikan"),
     ("Donate", "Sign-up", "Support us")],
)  # fmt: skip
def test_share_print_and_advert_labels_in_more_languages_stay_out_of_the_body(chrome):
    text = page("Harbour Times", "Ferry strike ends", *STORY[:3], *chrome, *STORY[3:])
    body = body_of(text)
    assert STORY[0] in body and STORY[-1] in body
    assert not any(word in body for word in chrome)


@pytest.mark.parametrize(
    "insert",
    ["Lire aussi : Le port de Tolvik rouvre ses quais après la grève",
     "Lesen Sie auch: Die Fähre fährt wieder nach dem langen Streik",
     "Czytaj także: Prom wraca na trasę po długim strajku w porcie"],
)  # fmt: skip
def test_one_line_read_also_inserts_in_other_languages_leave_the_body(insert):
    text = page("Harbour Times", "Ferry strike ends", *STORY[:3], insert, *STORY[3:])
    body = body_of(text)
    assert STORY[0] in body and STORY[-1] in body and insert not in body


def test_a_paragraph_that_ends_on_a_call_to_follow_is_still_the_story():
    last = (STORY[-1][:-1] + ", and the harbour master said the next sailing would be announced "
            "on the quay. Follow him on Instagram to watch.")  # fmt: skip
    promo = "Follow us on Instagram for more harbour news"
    text = page("Harbour Times", "Ferry strike ends", *STORY[:-1], last, promo, "Most Read")
    body = body_of(text)
    assert last in body and "for more harbour news" not in body


def test_a_more_stories_list_after_the_story_is_not_crossed_as_a_box():
    teasers = []
    for n in (1, 2):
        teasers += [f"Crane number {n} returns to the yard", "Oct 6, 2031",
                    para(20 + n, "the crane yard"), para(30 + n, "the crane yard"),
                    "Read the Full Article"]  # fmt: skip
    text = page("Harbour Times", "Ferry strike ends", *STORY, "Share this story",
                "More News Stories", *teasers)  # fmt: skip
    body = body_of(text)
    assert STORY[-1] in body and "crane yard" not in body


def test_a_read_also_box_the_story_never_resumes_after_is_left_out_with_its_blurbs():
    box = ["Cranes idle at the port", para(41, "the crane yard"), "Sport",
           para(42, "the rowing club"), "Rowers return to the bay", "The quay reopens"]  # fmt: skip
    text = page("Harbour Times", "Ferry strike ends", *STORY, "A LIRE AUSSI", *box,
                "Newsletter", "Go!")  # fmt: skip
    body = body_of(text)
    assert STORY[-1] in body and "crane yard" not in body and "rowing club" not in body


def test_teasers_printing_their_headline_twice_do_not_outweigh_a_short_story():
    # A teaser's picture, its alt text the headline, glued to its link: "Title Title".
    heads = [f"Harbour pilot number {n} wins the long fight over night shifts on the north quay"
             for n in range(1, 5)]  # fmt: skip
    boxes = [f"{a} {a}" for a in heads] + [f"{heads[0]} {heads[0]} {heads[1]}"]
    text = page("Harbour Times", "Ferry strike ends", "By Ann Example", *STORY[:2],
                "Share this story", "Recommended For You", *boxes)  # fmt: skip
    body = body_of(text)
    assert STORY[0] in body and STORY[1] in body and "pilot number" not in body


def test_the_story_goes_on_under_a_list_it_announces():
    intro = "The harbour master asks the town's shops and families to bring the following:"
    kinds = ("ropes", "lanterns", "blankets", "gloves", "flasks", "boots", "coats", "maps",
             "whistles", "buckets", "torches", "etc.")  # fmt: skip
    items = "\n".join(f"  * spare {w}" for w in kinds)
    after = "He also needs laptops and radios for the night crews, which can be left at the quay."
    text = page("Harbour Times", "Harbour appeal", *STORY[:3], intro, items, after,
                "Paragraph picture: the quay at night", STORY[3], "Latest news",
                "Cranes idle at the port", "3 March 2025")  # fmt: skip
    body = body_of(text)
    assert "spare gloves" in body and after in body and STORY[3] in body
    assert "Cranes idle" not in body
    # The list outweighs what follows it: the story's stretch ends on the line announcing it.
    text = page("Harbour Times", "Harbour appeal", *STORY[:3], intro, items, after,
                "Latest news", "Cranes idle at the port", "3 March 2025")  # fmt: skip
    body = body_of(text)
    assert "spare gloves" in body and after in body and "Cranes idle" not in body


def test_a_short_sentence_closing_the_story_under_its_list_is_the_storys():
    """Under the list the story announced, a short sentence of its own closes it ("So, is your
    lantern ready?"): a complete sentence, though too short for a paragraph of the stretch."""
    intro = "The harbour master asks the town's shops and families to bring the following:"
    kinds = ("ropes", "lanterns", "blankets", "gloves", "flasks", "boots")
    items = "\n".join(f"  * spare {w}" for w in kinds)
    closing = "So, is your own lantern ready for the night?"
    text = page("Harbour Times", "Harbour appeal", *STORY[:3], intro, items, closing,
                "Latest news", "Cranes idle at the port", "3 March 2025")  # fmt: skip
    body = body_of(text)
    assert "spare gloves" in body and closing in body and "Cranes idle" not in body


def test_a_box_of_cut_blurbs_under_an_unknown_header_is_not_the_story():
    # The box's header is in no language the reader knows; its blurbs trail off with an
    # ellipsis, one of them long and glued to the next teaser's picture and headline.
    long_blurb = para(51, "the crane yard")[:-1] + "… [300x220] Rowers return to the bay"
    box = ["Vaxtaq", "Cranes idle at the port", para(41, "the crane yard")[:60] + "…",
           "Rowers return to the bay", long_blurb, para(43, "the rowing club")[:70] + "...",
           "The quay reopens", para(44, "the quay")[:50] + "…"]  # fmt: skip
    text = page("Harbour Times", "Ferry strike ends", "3 March 2025", *STORY[:3], "Print",
                *box, "Copyright 2025 Harbour Times")  # fmt: skip
    body = body_of(text)
    assert STORY[2] in body and "crane yard" not in body and "rowing club" not in body


def test_a_caption_printed_after_its_alt_text_is_not_the_story():
    caption = "The harbour master and the ferry captain walk to the quay to meet the pilot today."
    text = page("Harbour Times", "Ferry strike ends", "By Ann Example", *STORY[:2], caption,
                caption + "Jo Example / Harbour Photos", *STORY[2:])  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert STORY[0] in article.body and STORY[-1] in article.body
    assert "harbour master" not in article.body
    assert [(i.caption, i.credit) for i in article.images] == [
        (caption, "Jo Example / Harbour Photos")
    ]


def test_short_header_lines_under_the_first_paragraph_are_not_a_list_in_the_story():
    text = page("Harbour Times", "Ferry strike ends", STORY[0], "HPA", "Updated:March 3 2025",
                "facebookTwitter Pocket whatsapp", "[share-img]", "Pocket share",
                "File photo of the ferry at the quay.", *STORY[1:])  # fmt: skip
    body = extract_text_page(text).articles[0].body
    assert STORY[1] in body and STORY[-1] in body
    assert "HPA" not in body and "Updated" not in body and "whatsapp" not in body
    # A list the first paragraph announces keeps its items.
    items = ["Ferry tickets", "Harbour passes", "Quay permits"]
    text = page("Harbour Times", "Ferry strike ends", STORY[0][:-1] + ":", *items, *STORY[1:])
    assert all(item in extract_text_page(text).articles[0].body for item in items)


def test_short_lines_after_a_sign_off_with_an_e_mail_are_not_the_story():
    signed = STORY[-1] + " Harbour=Jo Example, reporter jo@harbourtimes.example"
    teasers = ["▲ Ferry fares to rise twice next year", "▲ The quay cafe that sells out by noon",
               "▲ Crane operators vote on a strike date, and the cafe shuts..",
               "▲ Pilots at the quay say they were never asked"]  # fmt: skip
    body = (
        extract_text_page(page("Harbour Times", "Ferry strike ends", *STORY[:-1], signed, *teasers))
        .articles[0]
        .body
    )
    assert STORY[0] in body and "jo@harbourtimes.example" in body
    assert not any(t in body for t in teasers)
    # Without the sign-off, short lines closing the story stay ("We rate it Mostly True.").
    verdict = "We rate the statement Mostly True."
    body = extract_text_page(page("Harbour Times", "Ferry strike ends", *STORY, verdict))
    assert verdict in body.articles[0].body


def test_a_story_quoting_an_address_runs_on_past_it():
    """A paragraph ending in an e-mail address that the story quotes ("The mail came from
    tip@...") is no sign-off when real paragraphs run on after it: a sign-off has a few
    teasers under it, not the story's last four paragraphs (though they say little next to
    the long story above them)."""
    long_story = [para(n) for n in range(1, 17)]
    quoted = "The warden showed the mail at the quay. It came from tip@harbourwatch.example."
    after = [
        "The pilots met again on Friday and asked the warden for the mail's full headers.",
        "Nobody at the harbour office could say who had opened the account or from where.",
        "By Monday the ferry crews had stopped answering questions about the night of the storm.",
        "The ledger of the quay still shows the crane working through the whole of that night.",
    ]
    body = body_of(page("Harbour Times", "Ferry strike ends", *long_story, quoted, *after))
    assert quoted in body and all(a in body for a in after)


def test_a_short_closing_line_after_an_embedded_video_is_the_storys():
    """The story's last line may stand under its embedded video, shorter than a paragraph
    ("The lesson, as always: ..."): a sentence that is the stretch's last line stays."""
    closing = "The lesson, as always: the tide decides."
    text = page("Harbour Times", "Ferry strike ends", "By Ann Example", *STORY,
                "IFRAME: //video.harbour-times.example/embed/ferry-night", closing,
                "View/Post Comments", "Related Stories", "Cranes idle at the port")  # fmt: skip
    body = body_of(text)
    assert STORY[-1] in body and closing in body and "Cranes idle" not in body


def test_an_author_box_under_the_story_is_not_the_story():
    bio = (
        "Jo Example joined the Harbour Times in 2018 and has covered the port, its unions "
        "and its ferries since; before that Jo wrote about weather for a coastal radio."
    )
    text = page("Harbour Times", "Ferry strike ends", *STORY, "Share this story", "Jo Example", bio)
    body = extract_text_page(text).articles[0].body
    assert STORY[0] in body and STORY[-1] in body
    assert "joined the Harbour Times" not in body
    # A last section under its sub-heading is the story's: it does not name the heading again.
    last = (
        "The union said it would meet the ferry company again next month to talk about "
        "the winter timetable and the pay of the night crews on the long crossing."
    )
    text = page("Harbour Times", "Ferry strike ends", *STORY, "What Comes Next", last)
    assert last in extract_text_page(text).articles[0].body


def test_a_media_files_bare_link_is_not_a_heading_of_the_story():
    audio = "http://cdn.harbourtimes.example/uploads/2024/03/interview-harbour-master.wav"
    text = page("Harbour Times", "Ferry strike ends", STORY[0], audio, *STORY[1:])
    body = extract_text_page(text).articles[0].body
    assert STORY[0] in body and STORY[1] in body and audio not in body


def test_an_inline_frame_lynx_names_by_its_address_is_not_the_story():
    frame = "IFRAME: https://www.harbourtimes.example/embed/video/?v=1.77d1ff0c609e9963c3f09f2f2b"
    text = page("Harbour Times", "Ferry strike ends", STORY[0], STORY[1], frame, *STORY[2:])
    body = extract_text_page(text).articles[0].body
    assert STORY[0] in body and STORY[-1] in body and "IFRAME" not in body


def test_what_follows_the_tags_label_is_not_the_story():
    policy = (
        "As you comment, please be respectful of other commenters and other viewpoints; our "
        "goal with comments is a civil place to talk about the story and the harbour."
    )
    text = page("Harbour Times", "Ferry strike ends", *STORY, "Tags:", "Ferries", "Jo Example",
                policy)  # fmt: skip
    body = extract_text_page(text).articles[0].body
    assert STORY[0] in body and STORY[-1] in body and "respectful" not in body


@pytest.mark.parametrize(
    "header", ["As mais lidas agora", "Lo más leído hoy", "Les plus lus du jour"]
)
def test_a_most_read_list_with_more_words_to_its_header_is_no_list_the_story_closes_on(header):
    teasers = [f"Crane number {n} came out of the yard with a huge new arm" for n in range(1, 4)]
    text = page("Harbour Times", "Ferry strike ends", *STORY, header, *teasers, "Carros")
    body = body_of(text)
    assert STORY[-1] in body and "Crane number" not in body and header not in body


@pytest.mark.parametrize(
    "form",
    [
        ["Display Name ____________________ Email-Id ____________________ Post your comment",
         "CAPTCHA Image Reload Image Enter Code*: __________ [in_comment.gif]-Submit"],
        ["Write to the editors", "Name ____________", "E-mail ____________", "Send"],
    ],
)  # fmt: skip
def test_a_comment_form_after_the_story_ends_it(form):
    poll = "Will the ferry strike come back before the end of the summer season?"
    footer = ("This site is best viewed with a recent browser at a minimum screen resolution "
              "of 1024 by 768 pixels, and all quotes are delayed by ten minutes.")  # fmt: skip
    text = page("Harbour Times", "Ferry strike ends", *STORY[:4], *form, "Your vote", poll, footer)
    body = body_of(text)
    assert STORY[3] in body
    assert "____" not in body and "CAPTCHA" not in body and "Name *" not in body
    assert poll not in body and footer not in body


def test_a_notice_that_scripts_are_off_after_the_story_ends_it():
    notice = [
        "Your browser does not have JavaScript turned on",
        "Try the Harbour Times digital subscription",
        "Full use of the site needs JavaScript and other technologies turned on in your browser.",
        "You can turn on scripts in the settings of your browser.",
    ]
    text = page("Harbour Times", "Ferry strike ends", *STORY[:3], *notice)
    body = body_of(text)
    assert STORY[2] in body and "JavaScript" not in body and "settings" not in body


def test_an_app_promo_after_the_story_ends_it_but_a_story_about_apps_goes_on():
    promo = ("Stay updated with every story: download the Android Harbour News App and the iOS "
             "Harbour News App on your phone today.")  # fmt: skip
    seo = ("Get all Harbour news related to live updates of ferries, cranes, storms, markets and "
           "tides here. Stay updated with us for all the latest harbour news.")  # fmt: skip
    text = page("Harbour Times", "Ferry strike ends", *STORY[:3], promo, seo)
    body = body_of(text)
    assert STORY[2] in body and "Android" not in body and seo not in body
    # Inside a story, where more of it follows, the same line is the story's.
    text = page("Harbour Times", "Ferry app launched", *STORY[:2], promo, *STORY[2:])
    body = body_of(text)
    assert "Android" in body and STORY[-1] in body


def test_a_disclaimer_in_capitals_is_the_terms_own_prose():
    """Terms of use print their disclaimers in capitals: a long line of sentences, stops inside
    and at its end, is prose (the page's text), not a menu in capitals, which stops nowhere."""
    from newsdesk.extract.text.line_prose import is_prose_text

    shouted = (
        "THE HARBOUR COURIER SITE AND ITS CONTENT ARE PROVIDED AS THEY ARE. WE GIVE NO WARRANTY, "
        "SAID OR IMPLIED, ABOUT THE FERRY TIMES, THE TIDE TABLES OR ANY OTHER CONTENT OF THE SITE."
    )
    assert is_prose_text(shouted, len(shouted.split()))
    menu = "HOME NEWS FERRIES TIDES CRANES WEATHER PORT NOTICES CONTACT ABOUT THE QUAY"
    assert not is_prose_text(menu, len(menu.split()))
    terms = [para(n, "the terms") for n in range(1, 4)]
    body = body_of(page("Harbour Courier", "Terms of use", *terms, shouted, para(4, "the terms")))
    assert shouted in body


def test_a_name_with_a_capital_inside_is_no_glued_teaser():
    """ "McPherson", "DeShawn", "YouTube" hold a capital inside one word: a sentence opening on
    capitalised words and such a name is the story's, not a headline glued to its blurb."""
    from newsdesk.extract.text.shapes import is_glued_teaser

    assert not is_glued_teaser("Harbour East's Ann McPherson won first place in the ferry race.")
    assert not is_glued_teaser("Harbour Town Mayor Jo DeShawn opened the new quay on Monday.")
    assert is_glued_teaser("Ferry Strike Ends After TalksThe crews voted on Monday to sail.")


def test_a_short_word_glued_to_a_short_opening_word_is_still_glue():
    """A name's second part is three letters or more ("Pherson", "Tube"): a piece glued to a
    word of one or two ("All" + "In", an abbreviation like "HaFe") is a headline on its blurb."""
    from newsdesk.extract.text.shapes import is_glued_teaser

    assert is_glued_teaser("Harbour Quay Reopens For AllIn a vote on Monday the crews agreed.")
    assert is_glued_teaser("Harbour Festival Day HaFe on Sunday, 8 October, brings the quay alive")


def test_a_name_does_not_hide_a_glue_further_on():
    """A headline holding a name ("ZenPhone") glued to the next headline is still a teaser."""
    from newsdesk.extract.text.shapes import is_glued_teaser

    assert is_glued_teaser("ZenPhone Teases Charging For ZenPhone 8, Launch on October 14How to")


def test_a_follow_line_naming_the_site_by_its_address_is_no_story():
    """ "Follow harbourtimes.example on Twitter, ..., TikTok and on YouTube, and stay in the
    know ...": a call to follow, however it names the site, closes the story."""
    follow = (
        "Follow HarbourTimes.example on Twitter, Instagram, Facebook, Telegram, TikTok and on "
        "YouTube, and stay in the know with what happens on the quay in real time."
    )
    body = body_of(page("Harbour Times", "Ferry strike ends", *STORY, follow))
    assert all(p in body for p in STORY)
    assert "Follow" not in body


def test_a_shop_row_of_products_glued_to_their_prices_is_no_story():
    """A shop's row printed as one line, each price glued to the next product ("64GB699,00
    €Zenith Kettle"): the site selling, not the story, though it names brands like "ZenPhone"."""
    from newsdesk.extract.text.shapes import is_glued_shop_row

    row = ("Acme ZenPhone 12 64GB699,00 €Zenith Kettle 2000, Series 3, 17 Watt, White89,99 "
           "€Acme Watch S black (R12)199,00 €Harbour Lamp Deluxe45,90 €")  # fmt: skip
    assert is_glued_shop_row(row)
    assert not is_glued_shop_row("The kettle costs 89,99 € and the lamp 45,90 €, the crews said.")
    body = body_of(page("Harbour Times", "Ferry strike ends", *STORY, "TOP PRODUCTS", row))
    assert all(p in body for p in STORY)
    assert "Zenith" not in body


def test_a_row_of_a_series_titles_on_one_line_is_no_story():
    """A series' video titles printed as one line, each opening on the series' name: a row of
    titles (or a picture's alt text said over and over), however long, is not the story."""
    from newsdesk.extract.text.shapes import repeats_opening

    row = "  ".join(
        f"Harbour TV Talks – {who} – {firm}"
        for who, firm in (("Ann Example", "Quay Rope Works"), ("Jo Example", "Tide Pilots"),
                          ("Lee Example", "Beacon Lamps"), ("Max Example", "Gull Cargo"))
    )  # fmt: skip
    assert repeats_opening(row)
    assert not repeats_opening(STORY[0])
    speech = "We will build the quay. " * 2 + "We will build the quay, and the beacon too."
    assert not repeats_opening(speech)
    body = body_of(page("Harbour Times", "Ferry strike ends", row, *STORY))
    assert all(p in body for p in STORY)
    assert "Harbour TV Talks" not in body


def test_a_panels_signed_answers_are_not_teasers():
    """Answers each signed on the line under them (a name, then who the person is), parted by
    rules: a panel's (or readers' letters), read as the story; the same paragraphs under
    headlines of their own stay a teaser list."""
    from newsdesk.extract.text.line_score import line_score
    from newsdesk.extract.text.lines import normalise
    from newsdesk.extract.text.weigh import discount_lone_prose

    people = [
        "Ann Example, harbour master, Port Vellin Ferries",
        "Bo Sample, Quay Street",
        "Cy Example, chair, Skerra Island Council",
        "Di Sample, owner, The Old Net Loft",
    ]
    signed = [x for n in range(4) for x in (STORY[n], people[n], "=" * 10)]
    lines = normalise(page(*signed))
    scores = [line_score(line) for line in lines]
    assert discount_lone_prose(lines, scores) == scores
    text = page("Harbour Times", "Ferry crossing: what the quay thinks",
                "This week's question: would you take the new ferry?", "=" * 10, *signed,
                "Related content")  # fmt: skip
    body = extract_text_page(text).articles[0].body
    assert all(STORY[n] in body for n in range(4))
