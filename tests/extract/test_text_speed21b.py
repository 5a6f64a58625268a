"""shapes.same_line compares lengths before lower-casing any text without "İ" (speed21b)."""

import sys

from newsdesk.extract.text import shapes


def test_only_the_dotted_capital_i_lengthens_when_lowered():
    # same_line's early length test holds only if no other character lower-cases to more.
    longer = [c for c in map(chr, range(sys.maxunicode + 1)) if len(c.lower()) != 1]
    assert longer == [shapes._LENGTHENS]


def test_same_line_with_curly_quotes_and_dotted_capital_i():
    title = "Harbour council’s “quiet” vote"
    assert shapes.same_line(title, "HARBOUR COUNCIL’S “QUIET” VOTE")
    assert not shapes.same_line(title, title + " and what the ferry board said of it next week")
    # "İ" lower-cases to two characters: the lengths are compared as lowered.
    assert shapes.same_line("İSTASYON İZMİR", "i̇stasyon i̇zmi̇r")
