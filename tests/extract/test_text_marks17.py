"""Lines that spell nothing (a drawn rule, a stray mark, letters a converter lost) are never a
heading or a tag. Fictional outlets, our own words."""

from __future__ import annotations

from newsdesk.extract import extract_text_page
from newsdesk.extract.text import line_prose
from tests.extract.test_text_body import STORY, page


def test_spells_nothing():
    assert line_prose.spells_nothing("━━━━━━━━━━")
    assert line_prose.spells_nothing("“")
    assert line_prose.spells_nothing("\ufffd\ufffd\ufffd")
    assert not line_prose.spells_nothing("2025")
    assert not line_prose.spells_nothing("Ferries")


def test_a_drawn_rule_inside_the_story_is_no_heading():
    text = page("Harbour Times", "Harbour reopens after the storm", *STORY[:2], "━━━━━━━━━━━━",
                *STORY[2:], "What comes next", *STORY[:1])  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert "━━━━━━━━━━━━" not in article.headings
    assert "What comes next" in article.headings


def test_a_mark_alone_is_no_heading_though_it_parts_paragraphs():
    text = page("Harbour Times", "Harbour reopens after the storm", *STORY[:2], "“",
                *STORY[2:])  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert article.headings == []


def test_rules_and_marks_are_no_tags():
    text = page("Harbour Times", "Band announces harbour tour", *STORY, "  • ,", "  • Music",
                "  • Harbour", "  • Tours", "━━━━━━━━━━━━", "  • Archive")  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert article.tags == ["Music", "Harbour", "Tours"]
