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
from functools import lru_cache
from typing import Final

from newsdesk.extract import facts
from newsdesk.extract.text import keywords, line_chrome, shapes, site_name
from newsdesk.extract.text.lines import Line, text_counts

# The copyright's sign, and what surrounds the holder's name in its line.
_MARK: Final = re.compile(r"©|\((?:c|C)\)|ⓒ|(?i:\bcopyrights?\b)")
# What parts a copyright line's pieces: its sign, its words ("All rights reserved", in a few
# languages; who built the site), years, separators. The words' alternatives are tried at every
# character and cost nearly all of a search: a line holding none of their keys (casefolded, as
# IGNORECASE matches) is searched without them (_NOT_NAME_PLAIN), to the same pieces.
_NAME_MARKS: Final = r"©|\((?:c|C)\)|ⓒ"
_NAME_WORDS: Final = (
    r"|(?i:\bcopyrights?\b|all rights reserved|rights reserved"
    r"|todos los derechos reservados|todos os direitos reservados|tous droits réservés"
    r"|alle rechte vorbehalten|tutti i diritti riservati|\ball\b"
    # Who built the site, not who holds it: "Powered by WordPress VIP", "Theme by Example".
    r"|(?:powered|designed|developed|hosted|theme|website|site) by\s[^|•·,;©]*)"
)
_NAME_WORD_KEYS: Final = (
    "copyright", "rights", "derechos", "direitos", "droits", "rechte", "diritti", "all", " by",
)  # fmt: skip
_NAME_STOPS: Final = (
    r"|\b(?:1[89]|20)\d\d\b(?:\s*[-–—/]\s*(?:(?:1[89]|20)?\d\d\b)?)?"
    r"|\s[|·•–—-]\s|[|•]|\.\s|\.$|,|;|:\s"
)
_NOT_NAME: Final = re.compile(_NAME_MARKS + _NAME_WORDS + _NAME_STOPS)
_NOT_NAME_PLAIN: Final = re.compile(_NAME_MARKS + _NAME_STOPS)
# The page's own copyright line, not a picture's credit ("(c) Ann Example / Agency"): a year,
# rights reserved, or the page's foot.
_RIGHTS: Final = re.compile(
    r"\b(?:1[89]|20)\d\d\b|(?i:rights reserved|derechos reservados|direitos reservados"
    r"|droits réservés|rechte vorbehalten|diritti riservati)"
)
# Words a holder's or a line's name carries beyond the outlet's name: the company's form, a logo.
_SUFFIXES: Final = frozenset(
    [
        "inc",
        "ltd",
        "llc",
        "limited",
        "co",
        "corp",
        "gmbh",
        "ag",
        "sa",
        "spa",
        "srl",
        "bv",
        "nv",
        "plc",
        "lp",
        "kg",
        "media",
        "group",
        "newspapers",
        "network",
        "logo",
        "homepage",
    ]
)
_DOMAIN: Final = re.compile(r"^(?:www\.)?([\w-]+)\.[a-z]{2,6}$")
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
_NOT_WORD: Final = re.compile(r"[^\w&]+")
_IS: Final = re.compile(r"\s+is\b")  # "Ann Example is a reporter ..."
_MAX_WORDS: Final = 6
# Where an address is looked for: not in a long story's paragraph (a footer's line, a menu of
# links glued in one line may be long).
_ADDRESS_WORDS: Final = 120
_CREDIT_WORDS: Final = 80
_ASK: Final = 5
_HOLDER_CHARS: Final = 120  # after a copyright's sign, where its holder is named
_MAX_CHARS: Final = 60
_HEAD: Final = 40  # lines from the top where a page prints its name
_TAIL: Final = 40  # and from the bottom
_TOP: Final = 3  # the lines a logo's name heads
_HEADER: Final = 8  # the lines a header's name is printed in (as site_name.find_site reads it)
_CLOSE: Final = 3  # the last lines, where a page may print its name again


def name_key(text: str) -> str:
    """A name as compared: case-blind, letters and digits only, without a leading "the", a
    company's form ("Ltd.") or a web address's ending ("harbourtimes.example" as "harbourtimes").
    Cached: a menu's items ("Home", "News") recur on every site's pages."""
    return _name_key(text)


@lru_cache(maxsize=16384)
def _name_key(text: str) -> str:
    low = text.lower().strip()
    if "." in low:  # initials with stops, a web address: the patterns only where they may match
        low = " ".join([_squeezed(word) for word in low.split()])
        if low.startswith("www."):
            low = low[4:]
        domain = _DOMAIN.match(low)
        if domain:
            low = domain.group(1)
    if not low.replace(" ", "").isalnum():
        low = _NOT_WORD.sub(" ", low)
    words = low.split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return "".join([w for w in words if w != "&"])


def _squeezed(word: str) -> str:
    """A company's form written with stops as one word: "s.a." as "sa", "l.p." as "lp"."""
    bare = word.replace(".", "")
    if len(bare) == 2 and len(word) <= 4 and word[1:2] == "." and bare.isalpha():
        return bare
    return word


def _holders(text: str) -> dict[str, str]:
    """The name a copyright line gives its holder, by its key: the stretch right after its
    sign and years ("(c) 2031 Harbour Times Ltd. All rights reserved"), else right before them
    ("Harbour Times (c) 2031"), up to the next separator."""
    found = {}
    for mark in _MARK.finditer(text):
        piece = _first_piece(text[mark.end() : mark.end() + _HOLDER_CHARS])
        if not piece:
            before = [p for p in _pieces(text[: mark.start()]) if p]
            piece = before[-1] if before else ""
        if piece and len(piece.split()) <= _MAX_WORDS and any(c.isalpha() for c in piece):
            key = name_key(piece)
            if key:
                found[key] = piece
    return found


def _first_piece(text: str) -> str:
    """The first stretch of a copyright line's text between its signs, years and separators."""
    at = 0
    for m in _not_name(text).finditer(text):
        piece = text[at : m.start()].strip(_STRIP)
        if piece:
            return piece
        at = m.end()
    return text[at:].strip(_STRIP)


def _pieces(text: str) -> list[str]:
    return [p.strip(_STRIP) for p in _not_name(text).split(text)]


def _not_name(text: str) -> re.Pattern[str]:
    """_NOT_NAME, or its equal on this text without the words' alternatives, none of whose
    keys the text holds. Casefolded, with the two letters IGNORECASE also takes for an "i"
    that casefolding does not make one ("ı", "İ" as "i" and a dot)."""
    folded = text.casefold().replace("ı", "i").replace("\u0307", "")
    for key in _NAME_WORD_KEYS:
        if key in folded:
            return _NOT_NAME
    return _NOT_NAME_PLAIN


_STRIP: Final = " .-–—'\"«»"


def _may_name(line: Line) -> bool:
    """A line that may be a name alone: short, not chrome, a section or a date. The string
    tests first: most lines fail one."""
    text = line.text
    return (
        line.words <= _MAX_WORDS
        and len(text) <= _MAX_CHARS
        and (not text[:1].islower() or _DOMAIN.match(text) is not None)
        and _NOT_IN_NAME.search(text) is None
        and not facts.is_section_name(text)
        and not line_chrome.is_chrome(line)
        and not (line.traits.datable is not False and shapes.date_of(line))
    )


def _may_address(text: str) -> bool:
    """Whether _HOST may match, where the page scan did not read the line (keywords.ADDRESS)."""
    return "@" in text or ("/" in text and "://" in text) or ("www" in text and "www." in text)


def _may_mark(text: str) -> bool:
    """Whether _MARK may match: a few substring tests, where sre would try every character."""
    return (
        "©" in text
        or "opyright" in text
        or "OPYRIGHT" in text
        or "(c)" in text
        or "(C)" in text
        or "ⓒ" in text
    )


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
    return False, len(text) > size and not _may_mark(text)


def _display(text: str) -> str:
    """The name as reported: without a trailing logo's or home page's word."""
    words = text.split()
    while len(words) > 1 and words[-1].casefold() in ("logo", "homepage"):
        words.pop()
    return " ".join(words)


def _holder_name(piece: str) -> str:
    """A holder's name as reported: without its company's form ("Harbour Times Ltd")."""
    words = piece.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in _SUFFIXES:
        words.pop()
    return " ".join(words).rstrip(",")


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
        if i >= n - _TAIL and (keys is None or keys & footer_words) and _may_mark(text):
            holders.update(_holders(text))
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
        if line.words > _MAX_WORDS or len(text) > _MAX_CHARS:
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
        address = at[0] < _TOP and _DOMAIN.match(text.casefold()) is not None
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
            name = _holder_name(text) if rank == 1 else _display(text)
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
