"""The names a page prints as its own, and the byline that is one of them: a site's blog account
or its newsroom signing as the publication ("Posted by Harbour Articles", "Jornal O Harbour"),
which the HTML reader drops by the page's declared outlet and host (non_persons.no_person). A
text dump declares neither; it prints them: its masthead alone on a line ("Harbour"), its web
address ("www.oharbour.example"), the publisher site_name.py finds."""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract.non_persons import outlet_cores, publication_core, squash
from newsdesk.extract.text.lines import Line

# A web address or a mail address printed on the page: its host.
_HOST: Final = re.compile(r"(?:https?://|www\.|@)((?:[\w-]+\.)+[a-z]{2,6})\b", re.IGNORECASE)
_NAME_LINE: Final = 4  # words of a masthead's line at most
_TRIM: Final = " *•|-–—:»›"


def _page_names(lines: list[Line], site: str | None) -> set[str]:
    """The page's own names, squashed as non_persons compares them: its short lines, the hosts
    of the addresses it prints, its publisher's name."""
    names = outlet_cores(site or "", "")
    for line in lines:
        if line.words <= _NAME_LINE:
            names.add(squash(line.text.strip(_TRIM)))
        if "." in line.text:
            for m in _HOST.finditer(line.text):
                names |= outlet_cores("", m.group(1))
    names.discard("")
    return names


def persons_only(authors: list[str], lines: list[Line], site: str | None) -> list[str]:
    """The authors without those written as a publication whose own part the page prints as its
    name ("Harbour Articles" on a page headed "Harbour"). Only a name holding a word of the
    trade is asked: a person's name printed alone on a line (an author's box) stays."""
    if not any(publication_core(a) for a in authors):
        return authors
    names = _page_names(lines, site)
    return [a for a in authors if (core := publication_core(a)) == "" or core not in names]
