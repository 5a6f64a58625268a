"""Readers' comments read as the story (session 19, text19-comments): a thread of comments below
the story, heavier than it, is not the story whether its header is known or it is only shaped
as a thread. Pages written here, about a fictional town and its ferry."""

from __future__ import annotations

from itertools import combinations

from newsdesk.extract.text import line_chrome
from newsdesk.extract.text.read import read_text

STORY = [
    "The town council of Portvale voted on Tuesday night to keep the old harbour ferry running "
    "for at least five more years, after a packed public meeting in the library hall.",
    "The ferry, a wooden boat built in 1961, carries about two hundred people a day across the "
    "estuary to the fishing village of Eastwick, and the council had planned a bus instead.",
    "Residents of Eastwick said the bus would take forty minutes against the ferry's seven, and "
    "that older people who have no car would be cut off from the doctor and the market.",
    "The harbour master told the meeting that the hull had been surveyed in the spring and was "
    "sound, but that the engine would need a refit within two years.",
    "Councillors agreed to pay for the refit from the harbour reserve and to ask the county for "
    "a grant towards a new engine, while fares will rise by twenty pence in June.",
]
# Readers' sentences, mixed three at a time into paragraphs no two alike.
_SAID = [
    "I have taken this ferry every morning for twenty years.",
    "I cannot imagine the town without it.",
    "Ninety thousand pounds for an engine seems a lot to me.",
    "A bus route would cost far more in the end, I suppose.",
    "My grandmother worked on that boat in the seventies.",
    "The crew have always been kind to the children going to school.",
    "Twenty pence more is fine by me if it keeps the service going.",
    "What about a proper shelter on the Eastwick side for the winter?",
    "The council only changed its mind because people made a fuss.",
    "Remember that at the next election, when they try to close the pool.",
    "Does anyone know if the ferry will still run on Sundays this summer?",
    "Last year we were stuck on the wrong side of the water at four.",
    "Half of the people who buy fish on Saturday come over on the ferry.",
]


_MIXES = list(combinations(range(len(_SAID)), 3))[::7]


def _remark(n: int) -> str:
    return " ".join(_SAID[k] for k in _MIXES[n])


def _thread(
    heads: list[str], trailer: list[str], comments: int = 10, paragraphs: int = 3
) -> list[str]:
    """A comment thread as a renderer prints it: each comment's head lines (its name, its time;
    "{n}" is the comment's number), its paragraphs, its trailer lines."""
    out = []
    for c in range(comments):
        out += [h.format(n=c + 1) for h in heads]
        out += [_remark(c * paragraphs + k) for k in range(paragraphs)]
        out += [t.format(n=c + 1) for t in trailer]
    return out


def _page(*parts: str) -> str:
    return "\n\n".join(("Portvale Herald", "Home", "News", "Sport", "Opinion",
                        "Harbour town votes to keep its old ferry", *parts,
                        "© 2024 Portvale Herald. All rights reserved.")) + "\n"  # fmt: skip


def _body(text: str) -> str:
    result = read_text(text)
    assert result.kind == "article", result.kind
    return result.articles[0].body


def _is_story(body: str) -> bool:
    return body.startswith(STORY[0]) and body.endswith(STORY[-1])


# The thread's header in the form news sites give it, with its count: the only sign on a page
# whose comments carry their names and places but no row of actions.
def test_a_header_with_its_count_in_brackets_opens_the_comments() -> None:
    heads = ["Reader {n}", "Eastwick", "10:{n:02d}"]
    body = _body(_page(*STORY, "Reader comments (10)", *_thread(heads, [])))
    assert _is_story(body), body[:200]


def test_a_german_header_of_readers_comments_opens_them() -> None:
    heads = ["Leser {n}", "Kiel", "10:{n:02d}"]
    assert _is_story(_body(_page(*STORY, "Leserkommentare (10)", *_thread(heads, []))))


def test_a_wordpress_count_over_the_title_in_spanish_and_french() -> None:
    heads = ["Lector {n}", "3 marzo, 2024"]
    page = _page(*STORY, "10 comentarios en «Harbour town votes»", *_thread(heads, []))
    assert _is_story(_body(page))
    assert line_chrome.starts_comments("12 commentaires sur « Le bac »")
    assert line_chrome.starts_comments("Un commentaire sur « Le bac »")
    assert not line_chrome.starts_comments("Comments on the ferry plan")


# A thread under a header no rule knows ("Discussion"), or under none: its own lines (the name
# over "says:", Blogger's "said...", the row of actions) make it a thread.
def test_a_thread_of_names_and_replies_under_an_unknown_header_is_not_the_story() -> None:
    heads = ["Reader {n}", "March 3, 2024 at 10:{n:02d} am"]
    body = _body(_page(*STORY, "Tags: ferry, harbour", "Discussion", *_thread(heads, ["Reply"])))
    assert _is_story(body), body[:200]


def test_a_blog_thread_of_who_said_what_is_not_the_story() -> None:
    heads = ["Reader {n} said..."]
    body = _body(_page(*STORY, "Reactions", *_thread(heads, ["March 3, 2024 at 10:{n:02d} AM"])))
    assert _is_story(body), body[:200]


# A comment's lines are chrome: the story does not close on a "list" of a name and a time.
def test_the_story_does_not_close_on_the_first_comment() -> None:
    heads = ["Reader {n} says:", "March 3, 2024 at 10:{n:02d} am"]
    body = _body(_page(*STORY, *_thread(heads, [], paragraphs=2)))
    assert _is_story(body), body[:200]


def test_a_thread_without_a_header_does_not_run_on_from_the_story() -> None:
    heads = ["Reader {n}", "Eastwick", "10:{n:02d}"]
    body = _body(_page(*STORY, *_thread(heads, ["Like · Reply · Report"], paragraphs=2)))
    assert _is_story(body), body[-200:]


def test_a_german_thread_with_rows_of_actions() -> None:
    heads = ["Leserin {n}", "vor {n} Stunden"]
    body = _body(_page(*STORY, "Diskussion", *_thread(heads, ["3 △ ▽ • Antworten • Teilen ›"])))
    assert _is_story(body), body[:200]


def test_the_lines_of_a_thread() -> None:
    def kind(text: str) -> int:
        from newsdesk.extract.text.lines import traits_of

        return line_chrome.thread_line(traits_of(text))

    assert kind("Like · Reply · Report") == line_chrome.ACTION_ROW
    assert kind("Reply • Share ›") == line_chrome.ACTION_ROW
    assert kind("Répondre") == line_chrome.ACTION_ROW
    assert kind("Ann Example says:") == line_chrome.SAYS
    assert kind("Anonymous said...") == line_chrome.SAYS
    assert kind("Anne dit :") == line_chrome.SAYS
    # A story's words before a quote, a link to the replies: no thread's.
    assert kind("The harbour master said:") == 0
    assert kind("Reply to the council's letter") == 0
    assert kind("Like most ferries, it is slow.") == 0


def test_a_story_quoting_people_at_length_is_no_thread() -> None:
    quoted = []
    for n, paragraph in enumerate(STORY):
        quoted += [paragraph, f"Councillor {n} says:", _remark(n)]
    body = _body(_page(*quoted))
    assert body.startswith(STORY[0]) and body.endswith(_remark(len(STORY) - 1))
