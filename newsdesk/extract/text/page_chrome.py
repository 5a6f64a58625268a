"""The page's own chrome, flagged before the story is chosen: lines that may read like the
story's but are the page's (a widget's line printed again and again, a gallery's slides, script
and server errors, lynx's head links, the rules for comments, the author's box, a press release's
note about its sender), each pass setting `chrome` on the lines it finds. mark_page_chrome runs
them in order."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from typing import Final

from newsdesk.extract import bylines, facts
from newsdesk.extract.text import captions, keywords, line_chrome, line_marks, line_prose, shapes
from newsdesk.extract.text.headline import headline_candidate
from newsdesk.extract.text.lines import Line, broken_off_end, text_counts
from newsdesk.extract.text.writer_box import role_line


def mark_page_chrome(
    lines: list[Line], counts: Counter[str], marked: line_marks.Marked, site: str | None
) -> None:
    """Every pass below, in order. `counts`: how often each text is printed on the page;
    `marked`: line_marks.marked(lines); `site`: the page's publisher (site_name.find_site)."""
    most = max(counts.values(), default=0)  # (once: each pass below walks only if enough)
    _mark_repeated_lines(lines, counts, most)
    if most >= _RUN_PRINTS:
        _mark_gallery(lines, counts)
    _mark_code(lines)
    _mark_head_links(lines)
    _mark_comment_rules(lines)
    _mark_author_bio(lines)
    _mark_boilerplate(lines, marked)
    _mark_site_blurb(lines, site)


def _mark_repeated_lines(
    lines: list[Line], counts: Counter[str] | None = None, most: int | None = None
) -> None:
    """A line printed three times or more on one page is a widget (share bar, sidebar teaser),
    whatever its length (three words or more); twice is common for a headline, so that is left
    alone (unless long and twice in a row). The story's own headline printed again (in a trail,
    a share text, a list of the latest stories) keeps its print right above the story for the
    header's walk: the one such print on the page (_opens_story; a list of teasers, each over
    its date, has many). `counts`: as for site_name.find_site."""
    counts = counts if counts is not None else Counter(text_counts(lines))
    if most is None:
        most = max(counts.values(), default=0)
    # Each walk only on pages that have such lines (asked in C first): most have none.
    if most >= 3:
        heads: dict[str, int] = {}
        prints: dict[str, list[int]] = {}
        for i, line in enumerate(lines):
            if line.words >= 3 and counts[line.text] >= 3:
                prints.setdefault(line.text, []).append(i)
        # The story's own repeated line (a refrain, a question asked of each guest) is read
        # before the others are marked: its test looks at the page's chrome as it came.
        maybe = {text: _told_in_story(lines, at, counts) for text, at in prints.items()}
        told = {text for text, passed in maybe.items() if passed is not None}
        told = {text for text in told if (maybe[text] or set()) <= told}
        for text, at in prints.items():
            if text in told:
                continue
            for i in at:
                lines[i].chrome = True
                # (two texts found opening a story settle it: no print is kept)
                if len(heads) < 2 and text not in heads and _opens_story(lines, i):
                    heads[text] = i
        if len(heads) == 1:
            lines[next(iter(heads.values()))].chrome = False
    # A long line printed twice in a row is a picture's alt text and title (a carousel), never
    # two paragraphs of a story; a headline over its story printed twice is the story's.
    for i in range(len(lines) - 1):
        line, after = lines[i], lines[i + 1]
        if line.words >= 12 and line.text == after.text and not _opens_story(lines, i + 1):
            line.chrome = after.chrome = True


_REPEAT_WORDS: Final = 4  # a refrain or a question; shorter lines are labels ("Read more")
_REPEAT_GAP: Final = 3  # lines at least between two prints of the story's own line
_REPEAT_SPAN: Final = 30  # and at most (a verse and its refrain; an answer and the next guest)
_REPEAT_REACH: Final = 8  # lines around a print where the story's prose must stand


def _told_in_story(lines: list[Line], at: list[int], counts: Counter[str]) -> set[str] | None:
    """Whether every print of one line (at: their places, three or more) may be the story's
    own: a refrain printed after each verse, a question put to each guest of an interview, a
    line a story quotes again. Each print stands between lines printed once (the verses, the
    answers), none of them chrome, a date, a share bar or a picture's line; the prints are a
    few lines apart at least (a list prints its label over every item), at most _REPEAT_SPAN
    (a teaser printed again far down the page, a box between every few paragraphs), and the
    story's prose stands within _REPEAT_REACH lines of them. Lines printed as often right next
    to a print (a refrain's other lines) are passed over and returned: they must be the
    story's too. A line set between two paragraphs at every print (a picture's alt text,
    "Story continues below") must end a sentence, and a gallery's title over each slide
    (_mark_gallery) is no such line. None: not the story's."""
    first = lines[at[0]]
    # The cheap tests first, the walks next, the line's own reading last: most widgets fail early.
    if first.words < _REPEAT_WORDS or first.chrome:
        return None
    if any(not _REPEAT_GAP <= b - a <= _REPEAT_SPAN for a, b in pairwise(at)):
        return None
    times = len(at)
    passed: set[str] = set()
    inserted = True  # every print right between two paragraphs of the story
    for i in at:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and counts[lines[j].text] == times:
                passed.add(lines[j].text)
                j += step
            if not 0 <= j < len(lines):
                return None
            near = lines[j]
            if (
                counts[near.text] != 1
                or near.chrome
                or line_chrome.is_chrome(near)
                or shapes.date_of(near) is not None
            ):
                return None
            prose = _story_prose(near)  # no share bar (a long line's search for one is slow)
            if (not prose and facts.is_share_bar(near.text)) or captions.picture_line(near.text):
                return None
            inserted = inserted and prose
    if inserted and not line_prose.ends_sentence(first.text):
        return None
    if (
        line_chrome.is_chrome(first)
        or shapes.date_of(first) is not None
        or bylines.byline(first.text) is not None
    ):
        return None
    reach = lines[max(0, at[0] - _REPEAT_REACH) : at[-1] + _REPEAT_REACH + 1]
    if not any(_story_prose(line) for line in reach):
        return None
    if next(_gallery_runs(lines, at), None) is not None:
        return None
    passed.discard(first.text)
    return passed


def _gallery_runs(lines: list[Line], at: list[int]) -> Iterator[list[int]]:
    """The runs of `at` (_strided) a gallery prints: most gaps between two prints a slide."""
    for run in _strided(at):
        slides = [lines[a + 1 : b] for a, b in pairwise(run)]
        if 4 * sum(map(_is_slide, slides)) >= 3 * len(slides):
            yield run


_STORY_REACH: Final = 3  # lines under a headline where its story's byline, date or prose stands
_STORY_WORDS: Final = 15  # a paragraph of the story (or its standfirst), not a teaser's line


def _story_prose(line: Line) -> bool:
    return line.words >= _STORY_WORDS and line_prose.is_paragraph(line)


def _opens_story(lines: list[Line], i: int) -> bool:
    """Whether lines[i] is a headline standing right above its story: a headline's shape (no
    paragraph), and a byline, a date or a paragraph of some length within _STORY_REACH lines
    under it (its own second print passed over)."""
    line = lines[i]
    if line_prose.is_paragraph(line):
        return False
    # A line between the story's paragraphs ("Story continues below advertisement") is none.
    if any(_story_prose(above) for above in lines[max(0, i - 2) : i]):
        return False
    for below in lines[i + 1 : i + 1 + _STORY_REACH]:
        if below.text == line.text:
            continue
        if (
            _story_prose(below)
            or bylines.byline(below.text) is not None
            or shapes.date_of(below) is not None
        ):
            # The headline's shape last: its tests cost the most, and most repeated lines
            # have no story under them.
            return bool(headline_candidate(line))
    return False


_RUN_PRINTS: Final = 4  # prints of one line, a few lines apart, that make a gallery's run
_RUN_STRIDE: Final = 5  # lines at most from one print to the next in such a run
_RUN_CONTEXT: Final = 15  # lines on either side where the story's prose must stand


def _print_runs(lines: list[Line], counts: Counter[str]) -> Iterator[list[int]]:
    """Runs of one line (three words or more) printed _RUN_PRINTS times or more, each print
    two to _RUN_STRIDE lines after the last: the prints' positions."""
    prints: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.words >= 3 and counts[line.text] >= _RUN_PRINTS:
            prints.setdefault(line.text, []).append(i)
    for at in prints.values():
        yield from _strided(at)


def _strided(at: list[int]) -> Iterator[list[int]]:
    """The runs of _RUN_PRINTS or more places of `at`, each two to _RUN_STRIDE after the last."""
    run = [at[0]]
    for i in [*at[1:], -1]:
        if i >= 0 and 2 <= i - run[-1] <= _RUN_STRIDE:
            run.append(i)
            continue
        if len(run) >= _RUN_PRINTS:
            yield run
        run = [i]


def _is_slide(lines: list[Line]) -> bool:
    """A gallery's slide: a short heading that ends no sentence, and a long paragraph (its
    caption). A picture's own caption ("An alfresco area overlooks the pool.") is a
    sentence; a story's paragraph between two prints of a picture's alt text has no
    heading."""
    return (
        any(line.words <= 8 and not line_prose.ends_sentence(line.text) for line in lines)
        and _long_paragraphs(lines) >= 1
    )


def _long_paragraphs(lines: list[Line]) -> int:
    return sum(1 for line in lines if line.words >= 20 and line_prose.is_paragraph(line))


def _last_slide_end(lines: list[Line], at: int, end: int) -> int:
    """Where the last print's slide (lines[at + 1 : end], as long as the run's longest slide)
    ends: a heading, its caption (one paragraph, or two in a row where a wrapper broke it) and
    the short lines under it (a credit); a long paragraph after those is the story again. A
    renderer that prints the slides' lines apart (lynx, elinks) or wraps them (w3m at 80
    columns) gives the last slide more lines than the longest slide holds its story's first
    paragraph in."""
    captioned = closed = False
    for i in range(at + 1, end):
        line = lines[i]
        if line.words >= 20 and line_prose.is_paragraph(line):
            if closed:
                return i
            captioned = True
        elif captioned and line.words <= 8:
            closed = True
    return end


def _mark_gallery(lines: list[Line], counts: Counter[str]) -> None:
    """A gallery printed inside the story: one line (its title) printed again over each of
    its slides (a heading and a caption, _is_slide), a few lines apart, four times or more.
    Where the story's prose stands on both sides (two long paragraphs within _RUN_CONTEXT
    lines above its first print and below its last slide), the slides between are the
    gallery's, not the story's: chrome. A story whose own paragraphs run between a picture's
    caption printed again and again has no such prose around the run: it is the story."""
    for run in _print_runs(lines, counts):
        stride = max(b - a for a, b in pairwise(run))
        end = _last_slide_end(lines, run[-1], min(len(lines), run[-1] + stride))
        slides = [lines[a + 1 : b] for a, b in pairwise([*run, end])]
        if 4 * sum(map(_is_slide, slides)) < 3 * len(slides):
            continue
        above = lines[max(0, run[0] - _RUN_CONTEXT) : run[0]]
        below = lines[end : end + _RUN_CONTEXT]
        if _long_paragraphs(above) >= 2 and _long_paragraphs(below) >= 2:
            for line in lines[run[0] : end]:
                line.chrome = True


def _is_code(text: str, words: int) -> bool:
    """Script or style a converter printed as text (a page's minified JavaScript, its CSS):
    a long line (a story's code listing has short ones) with long runs without a space (over
    12 characters a word where prose has 5-8; unspaced scripts are counted in words already),
    or a very long one with a brace (style rules, spaced), then braces, brackets, semicolons
    and equals signs, which prose hardly uses, in one character of twenty."""
    size = len(text)
    if size < 120 or (size <= 12 * words and (size < 400 or "{" not in text)):
        return False
    marks = text.count("{") + text.count("}") + text.count(";") + text.count("=")
    return (marks + text.count("(")) * 20 >= size


# How PHP opens the errors a server prints above a page ("Warning: Use of undefined constant
# ... in /srv/www/site.php on line 9"); converters print them as the page's first lines.
_SERVER_ERRORS: Final = (
    "Warning: ", "Notice: ", "Deprecated: ", "Fatal error: ", "Parse error: ", "Strict Standards: ",
)  # fmt: skip


def _is_server_error(text: str) -> bool:
    """A server's error message printed into the page: PHP's label, then the file and line it
    names at its end ("... in /srv/www/site.php on line 46"), a sentence no story ends on."""
    # The line number ends it: most lines are told by their last character.
    if not text[-1:].isdigit() or text[:1] not in "WNDFPS" or not text.startswith(_SERVER_ERRORS):
        return False
    at = text.rfind(" on line ")
    return at > 0 and text[at + 9 :].isdigit()


def _mark_code(lines: list[Line]) -> None:
    """Lines of script, and a server's error messages, are chrome, however many words they
    hold."""
    for line in lines:
        if _is_code(line.text, line.words) or _is_server_error(line.text):
            line.chrome = True


# The page's head links as lynx prints them atop the dump, numbered: "#[1]RSS 2.0 [2]Atom
# [3]Site » Story title" (feeds, alternates, the previous and next posts).
_HEAD_LINKS: Final = re.compile(r"#\[1\]")


def _mark_head_links(lines: list[Line]) -> None:
    """The line of the page's head links (the first lines only) is chrome: its feeds and the
    story's own title in a link read as a sentence."""
    for line in lines[:3]:
        if _HEAD_LINKS.match(line.text):
            line.chrome = True


# The site's rules for readers' comments, in a line of their own above or under the thread
# ("Please be polite ...", "You must be logged in to post a comment", "Vos commentaires seront
# modérés", "Du musst eingeloggt sein, um einen Kommentar zu posten"): the word for comments
# ("comment", "Kommentar", "commentaire", "commento", "comentario", "comentário", Dutch "reactie",
# "reageren"; asked only of lines the page's keyword scan finds a comments word in, see
# _mark_comment_rules), then the rules' words (login, registration, moderation, etiquette).
_COMMENT_STEM: Final = re.compile(r"(?i:omment|omentari|omentári|reactie|reageren)")
_COMMENT_RULES: Final = re.compile(
    r"\b(?:log(?:ged)? in|sign(?:ed)? in|register\w*|moderat\w*|guidelines|polite|be respectful"
    r"|civil (?:discussion|forum|conversation)|netiquette|subscribers only|character limit"
    r"|eingeloggt|angemeldet|anmelden|registrier\w*|moderiert\w*|freigeschalte\w*|höflich"
    r"|connecté\w*|connectez|inscri\w*|modér\w*|nétiquette|courtois\w*"
    r"|moderad\w*|respetuos\w*|inicia(?:r)? sesión|registrad\w*"
    r"|moderat[io]\w*|rispettos\w*|accedi|registrat[io]\w*"
    r"|ingelogd|gemodereerd|huisregels)\b",
    re.I,
)
# What _COMMENT_RULES cannot match without (its words, or stems of several: "regist",
# "moder", "connect", "sesión"): a line holding none is not searched.
_RULES_KEYS: Final = (
    "log", "sign", "regist", "moder", "modér", "guidelines", "polite", "respect", "civil ",
    "netiquette", "nétiquette", "subscribers only", "character limit", "eingeloggt",
    "angemeldet", "anmelden", "freigeschalte", "höflich", "connect", "inscri", "courtois",
    "respetuos", "sesión", "rispettos", "accedi", "ingelogd", "huisregels",
)  # fmt: skip
_RULES_WORDS: Final = 60  # a notice of rules is short; a story's paragraph about comments longer


def _is_comment_rules(text: str, words: int) -> bool:
    """A short line that speaks of comments in the words of the site's rules for them."""
    if words > _RULES_WORDS or not line_chrome.may_hold(text, _RULES_KEYS):
        return False
    return _COMMENT_STEM.search(text) is not None and _COMMENT_RULES.search(text) is not None


def _mark_comment_rules(lines: list[Line]) -> None:
    """The rules for readers' comments are the page's, however they read: chrome. Asked only of
    lines holding a comments keyword (the page's one keyword scan, which holds _COMMENT_STEM's
    stems): a case-blind search of every line cost a third of the whole text reader."""
    comments: int = keywords.COMMENTS  # read once: keywords.py is not compiled (a look-up)
    for i, line in enumerate(lines):
        # (the words first: a long paragraph is no notice, and a line the page scan did not
        # read, most of them long paragraphs with accents, would be scanned for its keywords)
        if line.words > _RULES_WORDS:
            continue
        # The scan's answer read here where it has one (most lines): has_keys's call costs more.
        keys = line.traits.keys
        if (
            keys & comments != 0
            if keys is not None
            else line_chrome.has_keys(line.traits, comments)
        ) and _is_comment_rules(line.text, line.words):
            line.chrome = True
            # The rules' next sentences a wrapper broke off after a stop (soft breaks, no
            # blank line over them) are the rules' too.
            for after in range(i + 1, broken_off_end(lines, i) + 1):
                lines[after].chrome = True


def _is_name(line: Line) -> bool:
    """A line of two to four capitalised words and nothing else: a person's name alone."""
    return 2 <= line.words <= 4 and all(w[:1].isupper() and w.isalpha() for w in line.text.split())


def _mark_author_bio(lines: list[Line]) -> None:
    """Under the byline, the author's box: the name alone, then a paragraph opening with the
    name that says who the author is ("Jo Example joined the paper in 2001 ..."), where the
    byline just above names the same person. The box is the page's, not the story's first
    paragraph: chrome."""
    for i in range(1, len(lines) - 1):
        name, bio = lines[i], lines[i + 1]
        # Word counts first: most lines fail them, and the prefix test builds a string.
        if bio.words < 12 or not 2 <= name.words <= 4:
            continue
        if not bio.text.startswith(name.text + " ") or not _is_name(name):
            continue
        if any(
            lines[j].words <= 10 and name.text in lines[j].text for j in range(max(0, i - 3), i)
        ):
            bio.chrome = True


# The note on who wrote the story, under it or by its byline: "Ann Example is the Herald's chief
# political correspondent.", "Bo Example has been a staff writer at The Example since 2007."
_WRITER_NOTE: Final = re.compile(
    r"^((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+) (?:is|was|has been) "
    r"(?:a|an|the|[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}[’']s?) (?:[\w-]+ ){0,6}"
    r"(?:writer|reporter|journalist|editor|correspondent|author|contributor|columnist|critic)s?\b"
)
_NOTE_WORDS: Final = 40  # a note of a sentence or two, no paragraph of a story about a writer
# A writer's box may tell more (where they worked, what they won) right under their name.
_BIO_WORDS: Final = 150
_BYLINE_WORDS: Final = 10  # the short line that names the writer too (the byline, their box)


def writer_notes(lines: list[Line], start: int, end: int) -> set[int]:
    """The lines of lines[start:end] (indices from start) that are a short paragraph opening
    with a name, then saying the person is one of the page's writers (_WRITER_NOTE), where the
    page's byline, or a line of their name alone, names them too, and which stand apart from
    the story (no paragraph right over them): the author's note, left out of the body (a story
    about a writer names them in its headline, no byline; the note right under the story's
    last paragraph is its closing line, the story's). A longer note, up to _BIO_WORDS, is the
    writer's box only right under a short line opening with their name. Asked by the body's
    walk only: the story's stretch is chosen without it."""
    found: set[int] = set()
    for i in range(start, end):
        line = lines[i]
        text = line.text
        long = line.words > _NOTE_WORDS
        if long and (line.words > _BIO_WORDS or i == 0 or lines[i - 1].words > _BYLINE_WORDS):
            continue  # a longer note only under a short line (its name): most paragraphs
        if not text[:1].isupper():
            continue
        if (
            line.words <= _ROLE_WORDS
            and i > start
            and 2 <= lines[i - 1].words <= 4
            and _role_under_name(lines, i)
        ):
            found.add(i - start)
            continue
        head = text[:60]
        if " is " not in head and " was " not in head and " has been " not in head:
            continue
        m = _WRITER_NOTE.match(text)
        if m is None:
            continue
        if i > 0 and line_prose.is_paragraph(lines[i - 1]):
            # Right under the story's last paragraph, the note is the story's closing line
            # (set in italics); an author's box stands apart, under their name or picture.
            continue
        name = m.group(1)
        if long and not lines[i - 1].text.startswith(name):
            continue  # a longer note is the writer's box only right under their name
        if any(
            other is not line and other.words <= _BYLINE_WORDS and _names_writer(other.text, name)
            for other in lines
        ):
            found.add(i - start)
    return found


# An author's box in the story's stretch: their name alone, then their role on a line of its
# own ("Ann Example" / "Redakteurin im Ressort Hafen."), a writer the page's byline names.
_ROLE_WORDS: Final = 12  # the role's line: a role, a desk, an outlet
_NAME_ALONE: Final = re.compile(r"^(?:[^\W\d_][\w'’.-]* ){1,3}[^\W\d_][\w'’.-]*$")


def _role_under_name(lines: list[Line], i: int) -> bool:
    """Whether lines[i] is a writer's role under their name alone (writer_box.role_line), the
    name one a byline of the page names too (_names_writer). The caller has seen that the
    line above has the words of a name (2-4)."""
    name = lines[i - 1].text
    if not name[:1].isupper() or not _NAME_ALONE.match(name):
        return False
    if not all(word[:1].isupper() for word in name.split()):
        return False
    if not role_line(lines[i]):
        return False
    return any(
        j != i - 1 and lines[j].words <= _BYLINE_WORDS and _names_writer(lines[j].text, name)
        for j in range(len(lines))
    )


def _names_writer(text: str, name: str) -> bool:
    """Whether a short line is the writer's byline, or their name alone (once, or twice as an
    author's box prints its picture's alt text and the name): no headline about them."""
    if name not in text:
        return False
    if text == name or text == name + " " + name:
        return True
    found = bylines.byline(text)
    return found is not None and name in found


# "Ascom is a global solutions provider ...": a press release's note about the company.
_ABOUT_COMPANY: Final = re.compile(
    r"^[A-Z][\w&.'-]*(?: [A-Z(][\w&.'()-]*){0,4} (?:is|are) (?:a|an|the)\b"
)


def _mark_boilerplate(lines: list[Line], marked: line_marks.Marked) -> None:
    """Below a drawn rule, paragraphs that open by saying what a company is are the release's
    boilerplate about its sender, not the story: chrome. `marked`: line_marks.marked(lines)."""
    for i, found in marked:
        if i + 1 == len(lines) or not found & line_marks.RULED:
            continue
        if not _ABOUT_COMPANY.match(lines[i + 1].text):
            continue
        for after in lines[i + 1 :]:
            if not line_prose.is_paragraph(after):
                break
            after.chrome = True


def _mark_site_blurb(lines: list[Line], site: str | None) -> None:
    """A paragraph that opens by saying what the page's own publisher is ("Ascom is a global
    provider of ..."), and the paragraphs right after it that open with the name too ("Ascom
    is headquartered in ..."), are the release's note about its sender, not the story: chrome.
    `site`: the page's publisher (site_name.find_site), which the page's chrome must name as
    well ("Stay up to date with Ascom."): a sentence's first words taken for a name ("There is
    a lot ...") are no publisher's."""
    if not site or len(site) < 3:
        return
    lead = site + " "
    notes = [
        i
        for i, line in enumerate(lines)
        if line.words >= 12
        and line.text.startswith(lead)
        and _ABOUT_COMPANY.match(line.text)
        and line_prose.is_paragraph(line)
    ]
    if not notes:
        return
    named = re.compile(r"\S.*\b" + re.escape(site) + r"\b")
    # (the name itself first, found in C: most short lines do not print it)
    if not any(line.words <= 8 and site in line.text and named.match(line.text) for line in lines):
        return
    for i in notes:
        lines[i].chrome = True
        at = i + 1
        while at < len(lines) and lines[at].text.startswith(lead) and lines[at].words >= 8:
            lines[at].chrome = True
            at += 1
