"""The same page read alike whichever renderer printed it (session 22, parity).

Written here, about fictional outlets, in the shapes the renderers print: a story lynx ran
into one paragraph above a teaser, Korean words elinks cut at the edge beside a narrower list,
a shop's short description said again in the full one.
"""

from __future__ import annotations

from newsdesk.extract import extract_text_page
from newsdesk.extract.text.body import _assemble
from tests.extract.test_text_body import para


def _article(text: str):
    page = extract_text_page(text)
    assert page.kind == "article", page.kind
    return page.articles[0]


# --- A story lynx ran into one paragraph, teasers below it ----------------------------------

_ONE_PARAGRAPH = " ".join(para(n, "the new laptops") for n in range(1, 6))


def _one_paragraph_page(standfirst: str | None = None) -> str:
    teaser = ("In only a few months the number of children needing glasses has grown among "
              "those who spent their lessons on screens, says a doctor... Read more")  # fmt: skip
    head = [standfirst, "", "[picture.jpg]", "", "[picture-2.jpg]", ""] if standfirst else []
    story = (
        [*head, *(para(n, "the new laptops") for n in range(1, 6))]
        if standfirst
        else [_ONE_PARAGRAPH]
    )
    return "\n".join([
        "Quay Courier", "", "  * News", "  * Region", "  * Sport", "",
        "Town gives laptops and tablets to children in care homes", "", "15.10.2025 21:55", "",
        "  * Share", "  * Share", "", *"\n\n".join(story).split("\n"), "",
        "More children short-sighted after lessons on screens", "",
        "More children short-sighted after lessons on screens", "", teaser, "",
        "[site-icon.png]", "Quay Courier", "Editor:", "Ann Example",
    ])  # fmt: skip


def test_a_story_printed_as_one_paragraph_is_the_body_not_the_standfirst():
    article = _article(_one_paragraph_page())
    assert article.standfirst in (None, "")
    assert article.body.startswith(_ONE_PARAGRAPH[:120])


def test_a_short_standfirst_cut_off_from_a_longer_story_stays_the_standfirst():
    dek = "The town handed out nine laptops and thirteen tablets to children in its care homes."
    article = _article(_one_paragraph_page(dek))
    assert article.standfirst == dek
    assert article.body.startswith(para(1, "the new laptops"))


# --- Korean words cut at the edge, a narrower list beside the story ------------------------

_KOREAN_STORY = [
    "항구 마을의 등대지기들은 금요일 회의에서 등대를 다시 방문객에게 열기로 결정했으며 "
    "폭풍으로 부서진 계단은 지난봄에 모두 고쳐졌다고 조합은 설명했다.",
    "수리 비용은 항구 세금으로 마련되었고 조합은 계단이 처음 지어진 이후 어느 때보다 "
    "안전해졌다고 말했으며 첫 입장권은 한 시간 만에 모두 팔려 나갔다.",
    "방문객은 하루에 두 번 열두 명씩 올라갈 수 있으며 낡은 등불과 항해 일지를 모은 "
    "작은 박물관도 이달 말에 옛 기름 창고에서 문을 연다고 조합장은 덧붙였다.",
    "조합장은 대기 명단이 다음 주에 항구 소식지 누리집에서 열릴 예정이라고 말했으며 "
    "겨울 동안 닫혀 있던 찻집도 다시 문을 연다.",
]
_KOREAN_LIST = [
    "[사진] 차안에서 코로나 검사를 받으려는 항구 마을 주민들의 긴 줄이 아침부터 부두 앞까지 "
    "이어졌다",
    "[사진] 폭풍이 지나간 뒤 부두에서 찢어진 그물을 고치는 어부들의 바쁜 손길이 저녁까지 "
    "계속되었다",
    "[사진] 새로 칠한 등대 계단을 오르는 첫 방문객들이 꼭대기에서 바다를 향해 손을 흔들고 있었다",
]


def _cut_anywhere(text: str, width: int, indent: str) -> list[str]:
    """A wrapper that cuts Korean at any column, as elinks does: a line ends where the next
    letter would run past `width`; a space falling at the edge is dropped."""
    lines, line, cols = [], "", len(indent)
    for ch in text:
        size = 2 if "\uac00" <= ch <= "\ud7a3" else 1
        if cols + size > width:
            lines.append(indent + line.rstrip())
            line, cols = "", len(indent)
            if ch == " ":
                continue
        line += ch
        cols += size
    lines.append(indent + line.rstrip())
    return lines


def test_korean_cut_within_words_rejoins_beside_a_narrower_list():
    story = [ln for p in _KOREAN_STORY for ln in (*_cut_anywhere(p, 80, "    "), "")]
    # The photo list beside the story, one column in, is wrapped at its own narrower width.
    side = [ln for p in _KOREAN_LIST for ln in (*_cut_anywhere(p, 77, "     "), "")]
    text = "\n".join(["항구 소식", "", "등대가 다시 열린다", "", "2025.03.03 09:15", "",
                      *story, "많이 본 뉴스", "", *side])  # fmt: skip
    body = _article(text).body
    assert body.split("\n\n") == _KOREAN_STORY


# --- A shop's short description said again in the full one ---------------------------------

_TASTING = (
    "In the glass the Harbour Rosé shows a soft and shining pink, and its nose opens with fresh "
    "red berries, citrus and ripe tropical fruit, with a light touch of herbs that lingers on "
    "the palate long after the last sip has gone."
)


def _shop_kept(short: str) -> list[tuple[str, str]]:
    """The body's kept texts of a shop's page as w3m prints it: the short description, the
    price and buttons with the pictures between (gaps), then the full description."""
    return [
        ("p", short), ("h", "16 instead of 8,99 € now 7,49 €"), ("gap", ""),
        ("h", "Add to basket"), ("h", "Add to wish list"), ("gap", ""),
        ("li", "Content: 0,75 l (9,99 € /l)"), ("gap", ""), ("h", "incl. VAT plus delivery"),
        ("p", para(1, "the vineyard")), ("p", para(2, "the vineyard")), ("p", _TASTING),
        ("p", para(3, "the dishes it suits")),
    ]  # fmt: skip


def test_a_short_description_said_again_in_the_full_one_stays_in_the_body():
    body = _assemble(_shop_kept(_TASTING), [])
    assert body.standfirst == _TASTING
    assert _TASTING in body.paragraphs
    # Where the full description says it, after its first two paragraphs.
    assert body.paragraphs[body.paragraphs.index(_TASTING) - 1] == para(2, "the vineyard")


def test_a_headline_said_again_above_the_story_is_not_put_back():
    # A line of a headline's length said again is the header's, not the story's paragraph.
    short = "Harbour Rosé, a sweet and easy summer wine from the stone terraces, at its best cold."
    kept = [(k, short if t == _TASTING else t) for k, t in _shop_kept(short)]
    body = _assemble(kept, [])
    assert body.standfirst == short
    assert short not in body.paragraphs
