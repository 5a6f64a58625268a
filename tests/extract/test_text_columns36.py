"""Lines measured in a terminal's cells, in a script whose letters do not take one cell each
(session 36): columns side by side, and lines wrapped at a width. w3m pads a table's cells to
their width in cells, so a Hindi vowel sign (no cell of its own) or a Chinese letter (two) moves
the next column's text along the written line; it wraps a line at its width in cells, where lynx
counts a vowel sign as a column. Dumps written here, about a fictional outlet."""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len

from newsdesk.extract.text import layout_columns
from newsdesk.extract.text.layout_columns import side_by_side
from newsdesk.extract.text.lines import normalise
from newsdesk.extract.text.wrap_width import shown_in_cells

# A fictional story: the island ferry is back on its run after the winter's repairs.
STORY = [
    "हार्बर टाउन की नाव सर्दियों की मरम्मत के बाद सोमवार को फिर से द्वीप तक चलने लगी,",
    "बंदरगाह के अधिकारी ने कहा कि पहली नाव सुबह सात बजे किनारे से निकली।",
    "यात्री सुबह होने से पहले ही कतार में खड़े थे और कप्तान ने कहा कि नए इंजनों से",
    "यात्रा का समय पिछले साल की तुलना में लगभग दस मिनट कम हो गया है।",
    "नगर परिषद के एक सदस्य ने कहा कि मरम्मत पर योजना से ज़्यादा खर्च हुआ और अगले",
    "साल के बजट पर वसंत में फिर से विचार करना होगा।",
]
MENU = ["मुख्य पृष्ठ", "देश", "दुनिया", "खेल", "मौसम", "नाव सेवा"]


def _laid_out(left: list[str], right: list[str], width: int) -> list[str]:
    """Two columns side by side, the left padded to `width` terminal cells, as w3m lays a
    table's row out."""
    lines = []
    for n in range(max(len(left), len(right))):
        a = left[n] if n < len(left) else ""
        b = right[n] if n < len(right) else ""
        lines.append((a + " " * (width - cell_len(a)) + b).rstrip())
    return lines


def test_a_hindi_story_beside_its_menu_is_read_column_by_column() -> None:
    story = [*STORY[:2], "", *STORY[2:4], "", *STORY[4:]]
    dump = ["हार्बर दैनिक", "", *_laid_out(MENU, story, 16), "", "कॉपीराइट 2025 हार्बर दैनिक"]
    lines = side_by_side(dump)
    for line in STORY:  # each line of the story whole, the menu's items on their own
        assert line in lines, line
    for item in MENU:
        assert item in lines, item
    text = "\n".join(lines)
    assert text.index("नाव सेवा") < text.index(STORY[0]) < text.index(STORY[-1])


def test_the_cells_of_a_line_map_back_to_where_it_is_written() -> None:
    # a wide letter takes two cells, a vowel sign none; a cut in cells lands after the sign
    assert shown_in_cells("नाव 中文 x") == "नव 中中文文 x"
    written = "कि 中文  next"
    shown = shown_in_cells(written)
    at = shown.index("next")
    assert written[layout_columns._index(written, at) :] == "next"
    assert written[: layout_columns._index(written, 1)] == "कि"


# A longer fictional story for the wrapping tests: the ferry's repairs and the island's summer.
PARAGRAPHS = [
    " ".join(STORY[:2]) + " " + "यात्रियों ने कहा कि वे लंबे समय से इस दिन का इंतज़ार कर रहे थे और "
    "सुबह की ठंड में भी किनारे पर खड़े रहे।",
    " ".join(STORY[2:4]) + " " + "उन्होंने बताया कि नए इंजन कम ईंधन लेते हैं और उनसे नाव की आवाज़ भी "
    "पहले से काफ़ी कम हो गई है।",
    " ".join(STORY[4:]) + " " + "द्वीप के दुकानदारों ने कहा कि नाव के लौटने से गर्मियों में पर्यटक फिर से "
    "आएँगे, जो पिछले मौसम में उत्तरी बंदरगाह से होकर लंबे रास्ते के कारण कम आए थे।",
]


def _wrapped(text: str, width: int, measure: Callable[[str], int]) -> list[str]:
    """The text wrapped at the spaces, as wide as `width` by `measure`."""
    lines, line = [], ""
    for word in text.split():
        if line and measure(line + " " + word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]


def _page(width: int, measure: Callable[[str], int]) -> str:
    dump = ["हार्बर दैनिक", ""]
    for paragraph in PARAGRAPHS * 2:
        dump += [*_wrapped(paragraph, width, measure), ""]
    return "\n".join(dump)


def test_hindi_wrapped_as_w3m_measures_it_joins_again() -> None:
    # w3m gives a vowel sign no column: its lines run past the width by their written length
    page = _page(79, cell_len)
    assert max(map(len, page.splitlines())) > 85
    text = "\n".join(line.text for line in normalise(page))
    for paragraph in PARAGRAPHS:
        assert paragraph in text


def test_hindi_wrapped_as_lynx_measures_it_joins_again() -> None:
    # lynx gives each character a column, a vowel sign too
    text = "\n".join(line.text for line in normalise(_page(76, len)))
    for paragraph in PARAGRAPHS:
        assert paragraph in text
