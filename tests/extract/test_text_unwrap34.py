"""A story's cell that sets its headline, date and picture right over its first paragraph,
with no blank line between (session 34): the paragraph's wrapped lines are joined, the lines
over it left as they are. Dumps written here."""

from __future__ import annotations

from newsdesk.extract.text import unwrap
from newsdesk.extract.text.lines import normalise

PAD = " " * 12
HEAD = [
    "Harbour board weighs the future of the old quay",
    "Friday, 30 April 2031",
    "[quay-photo]",
]
WRAPPED = [
    "The harbour board of Portvale met behind closed doors on Monday to decide the",
    "future of the old ferry quay, which has stood empty since the storm of last",
    "winter, and heard from the engineers, the fishermen and the ferry company before",
    "the summer timetable begins.",
]
PARAGRAPH = " ".join(WRAPPED)


def test_the_blocks_paragraph_under_its_head_lines_is_unwrapped() -> None:
    block = [PAD + s for s in [*HEAD, *WRAPPED]]
    raw, joined = unwrap._unwrap_blocks(["", *block, ""])
    assert joined
    assert [s.strip() for s in raw[1 : 1 + len(HEAD)]] == HEAD
    assert len(raw) == 2 + len(HEAD) + 1  # the paragraph's lines in one


def test_the_page_reads_the_head_lines_and_the_paragraph() -> None:
    texts = [line.text for line in normalise("\n".join(PAD + s for s in [*HEAD, *WRAPPED]))]
    assert texts == [*HEAD, PARAGRAPH]


def test_two_wrapped_lines_under_a_head_line_are_too_few_to_tell() -> None:
    block = [PAD + s for s in [HEAD[1], *WRAPPED[:2]]]
    raw, _ = unwrap._unwrap_blocks(block)
    assert raw == block
