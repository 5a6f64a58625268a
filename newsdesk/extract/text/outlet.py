"""The outlet a text page reports (Page.site, and the article's outlet where nothing names
another): a name the page prints and backs with independent signs, else none.

The reader's own notion of the site (site_name.find_site) stays what the chrome stages want;
this is what a user reads, where a wrong name is worse than none. In the order asked (signs):
a line of the header or the footer whose name the copyright line's holder gives ("(c) 2031
Harbour Times Ltd.") or the web address the page prints most ("news@harbourtimes.example"), or a
web address heading the page, with a second sign (printed again, on top, at the foot, named or
credited in other lines: "By Harbour Times", "(Harbour Times)", "Harbour Times is published by
..."); a holder printed on no line of its own that the page credits or addresses; the name an
app's prompt or a publisher's blurb gives (site_name's phrases, not "X is a ..."); a name printed
twice on top that the page credits, or a header's name printed again as the page closes. A
menu's item is printed twice and on top too, but no copyright line, address or credit names it.
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract import facts
from newsdesk.extract.text import keywords, line_chrome, outlet_names, shapes, site_name
from newsdesk.extract.text.lines import Line, text_counts
from newsdesk.extract.text.outlet_names import (
    DOMAIN,
    MAX_WORDS,
    display,
    holder_name,
    may_mark,
    name_key,
)

# A web address or an e-mail printed on the page: its host's own name ("harbourtimes").
_HOST: Final = re.compile(
    r"(?:://|www\.|@)(?:[\w-]+\.)*?([\w-]{3,})\.(?:co\.|com\.)?[a-z]{2,6}(?![\w-]|\.\w)"
)
# Hosts every page links to: their names are no outlet's.
_COMMON_HOSTS: Final = frozenset(
    [
        "facebook",
        "twitter",
        "instagram",
        "youtube",
        "linkedin",
        "pinterest",
        "whatsapp",
        "telegram",
        "google",
        "apple",
        "tiktok",
        "reddit",
        "flipboard",
        "gmail",
        "yahoo",
        "hotmail",
        "outlook",
        "wordpress",
        "gravatar",
        "googletagmanager",
        "archive",
        "doubleclick",
        "addthis",
        "disqus",
    ]
)
_NOT_IN_NAME: Final = re.compile(r"[\[\]()_|?!•]")  # a form's field, a menu's row, a sentence
_IS: Final = re.compile(r"\s+is\b")  # "Ann Example is a reporter ..."
# Where an address is looked for: not in a long story's paragraph (a footer's line, a menu of
# links glued in one line may be long).
_ADDRESS_WORDS: Final = 120
_CREDIT_WORDS: Final = 80
_ASK: Final = 5
_MAX_CHARS: Final = 60
_HEAD: Final = 40  # lines from the top where a page prints its name
_TAIL: Final = 40  # and from the bottom
_TOP: Final = 3  # the lines a logo's name heads
_HEADER: Final = 8  # the lines a header's name is printed in (as site_name.find_site reads it)
_CLOSE: Final = 3  # the last lines, where a page may print its name again


def _may_name(line: Line) -> bool:
    """A line that may be a name alone: short, not chrome, a section or a date. The string
    tests first: most lines fail one."""
    text = line.text
    return (
        line.words <= MAX_WORDS
        and len(text) <= _MAX_CHARS
        and (not text[:1].islower() or DOMAIN.match(text) is not None)
        and _NOT_IN_NAME.search(text) is None
        and not facts.is_section_name(text)
        and not line_chrome.is_chrome(line)
        and not (line.traits.datable is not False and shapes.date_of(line))
    )


def _may_address(text: str) -> bool:
    """Whether _HOST may match, where the page scan did not read the line (keywords.ADDRESS)."""
    return "@" in text or ("/" in text and "://" in text) or ("www" in text and "www." in text)


# Where a page credits itself by name, around the name: "By Harbour Times", "Source: Harbour
# Times", "Download Harbour Times" before it; "Harbour Times app", "Harbour Times » Feed" after
# it; "Harbour Times is published by ..." opening the line; "(Harbour Times)", "(Harbour
# Times/Ann Example)" around it. With calls, also where it asks the reader to follow it
# ("Follow Harbour Times", "Support Harbour Times", "About Harbour Times"), which a parent
# company's name in a footer gets too.
_CREDIT_BEFORE: Final = re.compile(r"(?<!\w)(?:by|source:|download(?: the)?)$")
_CALL_BEFORE: Final = re.compile(
    r"(?<!\w)(?:by|source:|download(?: the)?|follow|support|about|subscribe to)$"
)
_CREDIT_AFTER: Final = re.compile(r"(?:app|»\s*(?:comments\s+)?feed)(?!\w)")
_CREDIT_VERB: Final = re.compile(r"(?:is|was|publishes|republishes|gathers)(?!\w)")


def _credits(low: str, at: int, size: int, calls: bool) -> bool:
    """Whether the (lower-cased) line credits the name found at `at`, `size` long."""
    before = low[:at].rstrip()
    after = low[at + size :].lstrip()
    if before.endswith("(") and after[:1] in (")", "/", ";", ","):
        return True
    if (_CALL_BEFORE if calls else _CREDIT_BEFORE).search(before):
        return True
    if before in ("", "the") and _CREDIT_VERB.match(after):
        return True
    # "Harbour Times app", not "the Android Harbour Times app" (a platform's, on a news app's
    # name that is a kind of news: "Android Hindi News App").
    words = before.split()
    return _CREDIT_AFTER.match(after) is not None and not (words and words[-1] in _PLATFORMS)


def _named(name: str, page: str, own: str, calls: bool = True) -> tuple[bool, bool]:
    """Whether other lines of the page (joined by newlines) name it inside, not a copyright
    line, and whether one credits it (_credits). The name is looked for as printed, in small
    letters and in capitals: lower-casing the whole page would cost more."""
    low = name.lower()
    size = len(low)
    own_low = own.lower()
    inside = credited = False
    forms: list[str] = []
    for form in (name, name.upper()):
        if form not in forms:
            forms.append(form)
    read: set[int] = set()  # the lines looked at, by where they start
    for form in forms:
        at = page.find(form)
        while at >= 0 and not (credited and inside):
            start = page.rfind("\n", 0, at) + 1
            end = page.find("\n", at)
            end = len(page) if end < 0 else end
            if start not in read:
                read.add(start)
                text = page[start:end].lower()
                if text != own_low:
                    credits, names = _mentions(text, low, size, calls)
                    credited = credited or credits
                    inside = inside or names
            at = page.find(form, end)
    return inside, credited


def _mentions(text: str, low: str, size: int, calls: bool) -> tuple[bool, bool]:
    """Whether the (lower-cased) line credits the name (every whole-word mention asked), and
    else whether it names it inside, not a copyright line."""
    found = text.find(low)
    while found >= 0:
        stop = found + size
        whole = (found == 0 or not text[found - 1].isalnum()) and (
            stop == len(text) or not text[stop].isalnum()
        )
        if whole and _credits(text, found, size, calls):
            return True, False
        found = text.find(low, found + 1)
    return False, len(text) > size and not may_mark(text)


def signs(
    lines: list[Line], counts: dict[str, int] | None = None, every: bool = True
) -> list[tuple[int, int, str, dict[str, bool]]]:
    """(strong, -first index, name, signs) of the names the page backs enough to report, the
    one to report first; only that one unless `every`. `counts`: how often each text is
    printed on the page."""
    n = len(lines)
    counts = counts if counts is not None else text_counts(lines)
    holders: dict[str, str] = {}
    hosts: dict[str, int] = {}
    # The families read once: another module's constants are looked up at each use.
    footer_words, address_words = keywords.FOOTER, keywords.ADDRESS
    for i, line in enumerate(lines):
        # The page scan's keyword families, where it read the line, say whether it may hold
        # a copyright's words ("©", "copyright", "rights": "(c)" comes with "rights") or an
        # address; the substring tests ask the other lines.
        keys = line.traits.keys
        text = line.text
        if i >= n - _TAIL and (keys is None or keys & footer_words) and may_mark(text):
            holders.update(outlet_names.holders(text))
        if line.words <= _ADDRESS_WORDS and (
            keys & address_words if keys is not None else _may_address(text)
        ):
            for m in _HOST.finditer(text.casefold()):
                if m.group(1) not in _COMMON_HOSTS:
                    host = m.group(1).replace("-", "")
                    hosts[host] = hosts.get(host, 0) + 1
    # The page's own address is the one it prints most.
    most = max(hosts.values(), default=0)
    host_keys = {key for key, count in hosts.items() if count == most}
    # The lines that may be a name backed enough, asked what name they are: the top's, the
    # header's printed again, and a short one of the header or the footer holding a holder's or
    # the address's name (a cheap test: the name's first letters). In between, such a line is
    # as often a story's company or a teaser's.
    probes = tuple({key[:4] for key in holders} | {key[:4] for key in host_keys})
    places: dict[str, list[int]] = {}
    for i in [*range(min(_HEAD, n)), *range(max(_HEAD, n - _TAIL), n)]:
        line = lines[i]
        text = line.text
        if line.words > MAX_WORDS or len(text) > _MAX_CHARS:
            continue
        if not (
            i < _TOP
            or (i < _HEAD and counts.get(text, 0) >= 2)
            or (probes and line_chrome.contains_any(text.casefold(), probes))
        ):
            continue
        key = name_key(text)
        if len(key) >= 2:
            places.setdefault(key, []).append(i)
    # Each name with the signs found so far, in the order it would be reported: a strong one
    # (the copyright's holder, the address) the highest on the page, then a holder the page
    # prints on no line of its own, then the name an app's prompt gives, then a weak one.
    queue: list[tuple[int, int, str, str, dict[str, bool]]] = []
    lined: set[str] = set()  # the names printed alone on a line of the header or the footer
    for key, printed in places.items():
        strong = key in holders or key in host_keys
        if not (strong or printed[0] < _TOP or _closing(printed, n)):
            continue  # neither backed nor on top: not asked what it is
        at = [i for i in printed if _may_name(lines[i])]
        if not at:
            continue
        lined.add(key)
        text = lines[at[0]].text
        # A web address heading the page ("harbourtimes.example"): a menu never reads so.
        address = at[0] < _TOP and DOMAIN.match(text.casefold()) is not None
        twice = len(at) >= 2 or counts.get(text, 0) >= 2
        closing = _closing(at, n)
        if not (strong or address or (at[0] < _TOP and twice) or closing):
            continue
        sign = {
            "holder": key in holders,
            "host": key in host_keys,
            "twice": twice,
            "top": at[0] < _TOP,
            "address": address,
            "footer_only": at[0] >= _HEAD and at[-1] >= n - _TAIL,
            "closing": closing,
        }
        if strong or address:
            sign["foot"] = at[0] < _HEAD and _at_foot(lines, text, at[0] + _HEAD // 2)
            queue.append((0, at[0], key, text, sign))
        else:
            queue.append((3, at[0], key, text, sign))
    for key, piece in holders.items():
        if key not in lined:
            queue.append((1, n, key, piece, {"holder": True, "host": key in host_keys}))
    queue.append((2, n, "", "", {"phrase": True}))  # looked for only if asked
    queue.sort(key=lambda q: (q[0], q[1]))
    page = ""  # the page's lines joined, once a name is looked for in them
    found = []
    asked = [0, 0, 0, 0]  # names of each rank looked for in the page
    for rank, first, _key, text, sign in queue:
        if rank != 0 and asked[rank] >= _ASK:
            continue
        asked[rank] += 1
        if rank == 2:
            name = _phrase_site(lines)
            if not name:
                continue
        else:
            name = holder_name(text) if rank == 1 else display(text)
            if rank == 1 and _NOT_IN_NAME.search(name):
                continue
            page = page or _joined(lines)
            if not _backed(rank, name, text, sign, page):
                continue
        found.append((int(rank < 2), -first, name, sign))
        if not every:
            break
    return found


def _joined(lines: list[Line]) -> str:
    """The page where a name is looked for: its lines joined by newlines, but for long
    paragraphs (a credit or a mention that counts is in a shorter line)."""
    return "\n".join([line.text for line in lines if line.words <= _CREDIT_WORDS])


def _closing(at: list[int], n: int) -> bool:
    """Whether a name the header prints (its first lines) closes the page too (its last lines):
    a menu printed top and bottom ends with the page's own lines, not a section's."""
    return at[0] < _HEADER and at[-1] >= n - _CLOSE and at[-1] > at[0]


def _at_foot(lines: list[Line], text: str, after: int) -> bool:
    """Whether the text is printed again in the page's last lines (after `after`)."""
    return any(lines[j].text == text for j in range(max(len(lines) - _TAIL, after), len(lines)))


def _backed(rank: int, name: str, text: str, sign: dict[str, bool], page: str) -> bool:
    """Whether the page backs the name enough (rank and signs: see signs), looking for it in
    the other lines only where the signs found so far are not enough."""
    cheap = sum(sign.get(k, False) for k in ("holder", "host", "twice", "top", "foot"))
    if rank == 0 and sign.get("footer_only"):
        # Only in the footer, by the copyright line: a parent company's logo, unless the
        # page's address or a second print backs it.
        return (sign["holder"] and sign["host"]) or sign["twice"]
    if rank == 0 and (sign.get("address") or cheap >= 2):
        return True
    if rank == 3 and sign.get("closing"):
        return True
    bare = name[4:] if name.casefold().startswith("the ") else name
    # A holder with no line of its own is not asked to follow: its parent company is.
    sign["named"], sign["credited"] = _named(bare, page, text if rank == 0 else "", rank != 1)
    if rank == 0:
        return cheap + sign["named"] + sign["credited"] >= 2
    if rank == 1:
        return sign["host"] or sign["credited"]
    return sign["credited"]


# Names an app's prompt gives that are no outlet's: "Get the Android app".
_PLATFORMS: Final = frozenset(["android", "ios", "iphone", "ipad", "apple", "google", "windows"])


def _phrase_site(lines: list[Line]) -> str:
    """The name the bottom-most app's prompt or publisher's blurb gives (_phrase_name), if any:
    as site_name reads it, the lines the page scan found without the phrases' words not even
    asked."""
    for line in reversed(lines):
        if (
            line.traits.named is not False
            and line.words <= _PHRASE_WORDS
            and (name := _phrase_name(line.text))
        ):
            return name
    return ""


# A prompt's or a blurb's words at most: a story's paragraph saying "get" or "about" is none.
_PHRASE_WORDS: Final = 80


def _phrase_name(text: str) -> str | None:
    """The name a line of chrome gives its publisher ("Download the Daily8 app", "Fieldnotes
    republishes ..."), not the "X is a ..." of a writer's or a company's blurb."""
    name = site_name.site_named(text)
    if name is None or name.split()[0].casefold() in _PLATFORMS:
        return None
    if text.startswith(name) and _IS.match(text, len(name)):
        return None
    return name


def reported_site(lines: list[Line], counts: dict[str, int] | None = None) -> str | None:
    """The outlet's name the page backs enough to report, if any. `counts`: how often each text
    is printed on the page (counted here if not given)."""
    found = signs(lines, counts, every=False)
    return found[0][2] if found else None
