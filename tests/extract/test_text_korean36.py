"""Korean cut at a terminal's width (session 36): w3m and elinks cut a Korean word at any
column, so where a line ends one or two columns short of the width the break may be a cut
word or a space; the page's own words tell which. Text written here, about a fictional ferry."""

from __future__ import annotations

from newsdesk.extract.text.lines import normalise
from newsdesk.extract.text.wrap_width import columns

# A fictional story: the island ferry is back on its run after the winter's repairs.
PARAGRAPHS = [
    "하버 타운의 여객선이 겨울 동안의 수리를 마치고 월요일에 섬 항로를 다시 운항하기 "
    "시작했다. 항만 당국은 첫 배가 아침 일곱 시에 부두를 떠났다고 말했다. 승객들은 새벽부터 "
    "줄을 섰고 선장은 새 엔진이 운항 시간을 십 분 가까이 줄였다고 말했다.",
    "시의회는 수리 비용이 계획보다 많이 들었다고 밝혔고 한 의원은 내년 예산을 봄에 다시 "
    "살펴보아야 한다고 말했다. 섬의 상인들은 여객선의 복귀가 여름 관광객을 다시 불러올 "
    "것이라고 기대했다. 항만 당국은 부두를 고치는 다음 공사를 가을에 시작한다고 밝혔다.",
    "주민들은 겨울 내내 북쪽 항구를 돌아가는 긴 뱃길을 이용해야 했다. 한 주민은 아이들을 "
    "학교에 보내는 데만 한 시간이 더 걸렸다고 말했다. 당국은 내년 겨울에는 수리를 더 "
    "짧게 끝내겠다고 약속했다.",
]


def _cut(text: str, width: int) -> list[str]:
    """The text wrapped as w3m wraps Korean: a letter that does not fit goes to the next line,
    cutting its word; a space that does not fit is the break, and is dropped."""
    lines, line = [], ""
    for letter in text:
        if columns(line + letter) <= width:
            line += letter
            continue
        lines.append(line.rstrip())
        line = "" if letter == " " else letter
    return [*lines, line]


def test_a_break_where_the_page_s_words_end_and_open_is_a_space() -> None:
    dump: list[str] = ["하버 데일리", ""]
    for paragraph in PARAGRAPHS:
        dump += [*_cut(paragraph, 40), ""]
    # (the breaks asked about are one or two columns short of the width: the ambiguous kind)
    assert (
        "하버 타운의 여객선이 겨울 동안의 수리를" in dump
        and "마치고 월요일에 섬 항로를 다시 운항하기" in dump
    )
    text = " ".join(line.text for line in normalise("\n".join(dump)))
    # "를" and "에" end many of the page's words, "마" and "다" open some: spaces
    assert "수리를 마치고" in text and "봄에 다시" in text
    # words cut within stay whole
    for word in ("새벽부터", "들었다고", "상인들은", "아이들을", "걸렸다고", "시작한다고"):
        assert word in text, word
