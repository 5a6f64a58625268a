"""The HTML reader's declared authors name writers: not the site by its short name or its host's,
a newsroom or a role alone, a wire, a company, a web address or an account's handle; two people
declared as one name are two. A real person whose name holds a word of the site's stays."""

from __future__ import annotations

import json

from newsdesk.extract.core import extract
from newsdesk.records import Capture

_STORY = " ".join(
    f"Sentence {n} of the story tells how the pelican keepers counted the nests on the dunes."
    for n in range(12)
)


def _authors(author: str, site: str = "Pelican Herald", host: str = "www.pelicanherald.test"):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Nests counted"}
    ld["author"] = {"@type": "Person", "name": author}
    data = f"""<!doctype html><html lang="en"><head><title>Nests counted</title>
<meta property="og:site_name" content="{site}">
<script type="application/ld+json">{json.dumps(ld)}</script>
<link rel="canonical" href="https://{host}/story"></head><body>
<article><h1>Nests counted</h1><p>{_STORY}</p><p>{_STORY}</p></article></body></html>""".encode()
    page = extract(Capture(source="authors23.html", data=data, content_type="text/html"))
    return next(a for a in page.articles if a.role == "main").authors


def test_the_site_by_its_short_name_is_no_author() -> None:
    assert _authors("Pelican") == []


def test_the_host_name_is_no_author() -> None:
    assert _authors("Gullwatch", site="gullwatch.test", host="www.gullwatch.test") == []


def test_a_company_or_a_web_address_is_no_author() -> None:
    assert _authors("Pelicanherald.test GmbH") == []
    assert _authors("Dune Radio (www.duneradio.test)") == []


def test_a_newsroom_or_a_role_alone_is_no_author() -> None:
    assert _authors("Online News Editor") == []
    assert _authors("Redaktion") == []
    assert _authors("subject") == []


def test_a_wire_label_is_no_author() -> None:
    assert _authors("Shoreline Wire") == []


def test_an_account_handle_is_no_author() -> None:
    assert _authors("dunes_writer42") == []


def test_two_people_declared_as_one_are_two() -> None:
    assert _authors("Mara Quillon and Tobias Reedham") == ["Mara Quillon", "Tobias Reedham"]


def test_a_person_named_with_a_site_word_stays() -> None:
    assert _authors("Anna Pelican") == ["Anna Pelican"]
    assert _authors("Catalina") == ["Catalina"]


def test_a_firm_name_joined_by_and_stays_one() -> None:
    assert _authors("Quill and Reed") == ["Quill and Reed"]


def test_a_wire_declared_as_author_is_the_credit() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Nests counted"}
    ld["author"] = {"@type": "Organization", "name": "Shoreline Wire"}
    data = f"""<!doctype html><html lang="en"><head><title>Nests counted</title>
<script type="application/ld+json">{json.dumps(ld)}</script></head><body>
<article><h1>Nests counted</h1><p>{_STORY}</p><p>{_STORY}</p></article></body></html>""".encode()
    page = extract(Capture(source="authors23.html", data=data, content_type="text/html"))
    main = next(a for a in page.articles if a.role == "main")
    assert (main.authors, main.credit) == ([], "Shoreline Wire")


def test_the_site_with_its_slogan_after_a_dash_is_no_author() -> None:
    assert _authors("Pelican Herald - the dune news site") == []
    # a person with a role after the dash stays, the role cut as a byline's is
    assert _authors("Mara Quillon - Pelican Contributor") == ["Mara Quillon"]
