"""Session 38's speed changes answer exactly as the code they replaced: is_header_fact's dash
test by the first character's code, and the comments rules asked of the scan's keyword families
where the line has them."""

from __future__ import annotations

from newsdesk.extract.text import headers, lines, page_chrome, page_scan
from newsdesk.extract.text.lines import Line, normalise


def _old_dash(text: str) -> bool:
    """The test is_header_fact asked before: a slice looked up in a string ("" is in any)."""
    return text[:1] in "—–-"


def test_header_fact_dashes_as_before() -> None:
    for text in ["— Ann Example (@ann) January 1, 2020", "– 12 March 2021", "- 5:28 p.m."]:
        assert _old_dash(text)
        assert not headers.is_header_fact(Line(text))
    for text in ["12 March 2021", "5:28 p.m.", "‒ 12 March 2021", "−12 March 2021"]:
        # (a figure dash and a minus sign are no dashes the test names)
        assert not _old_dash(text)
    assert headers.is_header_fact(Line("12 March 2021"))


def test_header_fact_of_an_empty_line_is_none() -> None:
    assert _old_dash("")
    assert not headers.is_header_fact(Line(""))


def test_comment_rules_with_and_without_the_scan() -> None:
    """Lines the page scan did not read (keys None: has_keys answers) and lines it read (their
    families read in place): the rules are found the same either way."""
    text = (
        "Comments\n\nPlease keep comments civil. Comments are moderated and may be removed.\n\n"
        "The harbour reopened on Monday after the storm.\n"
    )
    lines.clear_caches()
    page = normalise(text)
    for line in page:
        line.traits.keys = None
    page_chrome._mark_comment_rules(page)
    unscanned = [line.chrome for line in page]
    assert any(unscanned)  # the rules' line, so that the comparison means something
    for line in page:
        line.chrome = False
    page_scan.scan_page(page)
    page_chrome._mark_comment_rules(page)
    assert [line.chrome for line in page] == unscanned
