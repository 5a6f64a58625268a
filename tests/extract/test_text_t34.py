"""Studied losses a narrow renderer makes (session 34, text34): a comments header that is the
first word of a heading a narrow column broke, and a gallery's last slide that took in the
story's next paragraph. Pages written here, about a fictional harbour town."""

from __future__ import annotations

from newsdesk.extract.text.comments_thread import comment_markers
from newsdesk.extract.text.lines import normalise
from newsdesk.extract.text.read import read_text
from tests.extract.test_text_comments19 import STORY


def _dump(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_comments_word_opening_a_wrapped_heading_is_no_comments_header() -> None:
    # A French sidebar's heading "Comment publier un article ?" ("how"), broken by a narrow
    # column: its first word alone is no comments header, and the story below it is read.
    text = (
        "Pour écrire sur le site, il faut créer un compte qui ouvre un espace privé où chacun "
        "propose ses textes et les relit avec les autres membres du collectif.\n\n"
        "Les textes proposés sont relus par le groupe de modération, qui vérifie qu'ils "
        "respectent la charte du site avant de les mettre en ligne.\n\n"
        "Comment\npublier un article ?\n\n"
        "Chaque membre peut proposer un texte, une image ou un son.\n\n"
    )
    lines = normalise(text)
    heads = [i for i, line in enumerate(lines) if line.text == "Comment"]
    assert heads and heads[0] not in comment_markers(lines)
    # "Comment" alone, or over a line of its own, stays a comments header.
    alone = normalise(text.replace("Comment\npublier", "Comment\n\npublier"))
    at = next(i for i, line in enumerate(alone) if line.text == "Comment")
    assert at in comment_markers(alone)


def test_the_story_under_a_wrapped_how_heading_is_read() -> None:
    sidebar = [
        "Pour écrire sur le site, il faut créer un compte qui ouvre un espace privé où chacun "
        "propose ses textes, ses images et ses sons, et les relit avec les autres membres.",
        "Les textes proposés sont relus par le groupe de modération, qui vérifie qu'ils "
        "respectent la charte du site avant de les mettre en ligne sur la page d'accueil.",
        "Le collectif se réunit une fois par mois dans la salle du port pour discuter des "
        "textes publiés, de ceux qui attendent et de la façon dont le site est tenu.",
    ]
    story = [
        "Le conseil municipal de Portvale a voté mardi soir le maintien du vieux bac du port "
        "pour au moins cinq ans, après une réunion publique qui a rempli la bibliothèque.",
        "Le bac, un bateau de bois construit en 1961, transporte environ deux cents personnes "
        "par jour vers le village de pêcheurs d'Eastwick, et la mairie voulait un bus.",
        "Les habitants d'Eastwick ont dit que le bus mettrait quarante minutes contre sept "
        "pour le bac, et que les personnes âgées sans voiture seraient coupées du marché.",
        "Le capitaine du port a expliqué que la coque avait été contrôlée au printemps et "
        "qu'elle était saine, mais que le moteur devrait être refait d'ici deux ans.",
        "Les élus ont accepté de payer les travaux sur la réserve du port et de demander au "
        "département une aide pour un moteur neuf, tandis que le billet augmentera en juin.",
        "Les associations d'usagers ont salué la décision et promis de suivre de près le "
        "chantier du moteur, qui devrait commencer à la fin de l'été prochain au plus tard.",
    ]
    text = (
        _dump(["Accueil", "Contact", "Se connecter", *sidebar])
        + "Comment\npublier un article ?\n\n"
        + _dump(["Lire la suite", "Le bac du port sauvé", "Publié le 9 juin 2019", *story])
    )
    page = read_text(text)
    body = page.articles[0].body if page.articles else ""
    assert story[0] in body and story[-1] in body
    assert sidebar[0] not in body


def _slide(heading: str, caption: str) -> list[str]:
    return ["Portvale harbour through the years", heading, caption, "Photo: Harbour Archive"]


_CAPTIONS = [
    "The first wooden ferry leaves the quay in the spring of 1961, with the mayor and the "
    "harbour master on board and half of the town waving from the slipway below the church.",
    "Fishermen mend their nets on the quay in the winter of 1974, when the storm broke the "
    "old sea wall and the boats had to shelter in the river mouth for three whole weeks.",
    "The ferry's crew in 1988 pose with the brass bell that hung in the wheelhouse until the "
    "refit, when it was given to the school at Eastwick and hung over its front door instead.",
    "Children on the school run cross the estuary in the fog of 2003, the ferry's busiest "
    "year, when the bridge upstream was closed for repairs and the road ran a long way round.",
]


def test_a_gallery_last_slide_ends_at_its_credit() -> None:
    # The gallery's slides, each under its title printed again; one caption is printed in two
    # pieces (its slide is the longest), so the last slide, as long, reached past its credit
    # into the story's next paragraph, which was set aside with the gallery.
    slides: list[str] = []
    for n, caption in enumerate(_CAPTIONS):
        slide = _slide(f"Ferry days, part {n + 1}", caption)
        if n == 1:
            head, tail = caption.split(", when ")
            slide[2:3] = [head + ".", "It was the year when " + tail]
        slides += slide
    resumed = (
        "The council's vote means the ferry will keep its timetable through the summer, and the "
        "harbour master expects the refit to be done before the autumn storms arrive."
    )
    text = _dump([*STORY[:3], *slides, resumed, *STORY[3:]])
    page = read_text(text)
    body = page.articles[0].body
    assert resumed in body
    assert _CAPTIONS[3] not in body
    assert STORY[0] in body and STORY[-1] in body


def _lynx(paragraphs: list[str], width: int = 74) -> str:
    """Paragraphs as lynx prints them: wrapped at `width`, indented by three spaces, a word
    longer than the line cut at the width."""
    out: list[str] = []
    for text in paragraphs:
        line = ""
        for word in text.split():
            while len(word) > width - 3 - len(line) and not line:
                out.append("   " + word[: width - 3])
                word = word[width - 3 :]
            if line and len(line) + 1 + len(word) > width - 3:
                out.append("   " + line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.append("   " + line)
        out.append("")
    return "\n".join(out)


def test_a_file_name_longer_than_the_line_rejoins_without_a_space() -> None:
    # A picture's file name printed for its missing alt text, longer than lynx's line: lynx
    # cuts it at the width; its pieces rejoin as one word, not two words of a paragraph.
    for name in (
        "[12]portvale-harbour-ferry-refit-council-vote-summer-timetable-estuary-crossing-02",
        "[12]portvale-harbour-ferry-refit-council-vote-summer-timetables-eastwick-crossing-03",
    ):
        lines = normalise(_lynx([*STORY[:2], name, *STORY[2:]]))
        texts = [line.text for line in lines]
        assert name[4:] in texts
    # The story's paragraphs still rejoin with spaces.
    assert STORY[0] in texts and STORY[3] in texts


def test_topics_of_the_article_end_it_in_other_languages() -> None:
    # A line naming the article's topics labels its tags, as "Tags:" does: under the German
    # one and its tags, a teaser glued to its picture's text was read as the story's.
    from newsdesk.extract.text.tail import _TAGS_LABEL

    for header in ("Themen in diesem Artikel", "Temas relacionados:", "Verwandte Themen"):
        assert _TAGS_LABEL.match(header)
    assert not _TAGS_LABEL.match("Themen in diesem Artikel sind die Fähre und der Hafen.")
    teaser = (
        "Lieblingsorte der Redaktion: Ein Boot am Kai Die Lieblingsorte der Redaktion: An "
        "diesen Plätzen am Hafen verbringen wir am liebsten unsere freien Nachmittage im Sommer"
    )
    german = [
        "Der Gemeinderat von Portvale hat am Dienstagabend beschlossen, die alte Hafenfähre "
        "noch mindestens fünf Jahre fahren zu lassen, nach einer vollen Sitzung in der Bücherei.",
        "Die Fähre, ein Holzboot aus dem Jahr 1961, bringt jeden Tag etwa zweihundert Menschen "
        "über die Mündung in das Fischerdorf Eastwick, und die Gemeinde hatte einen Bus geplant.",
        "Die Bewohner von Eastwick sagten, der Bus brauche vierzig Minuten gegen die sieben der "
        "Fähre, und ältere Menschen ohne Auto wären vom Arzt und vom Markt abgeschnitten.",
    ]
    text = _dump([*german, "Themen in diesem Artikel"]) + "• Fähre\n• Hafen\n\n" + teaser + "\n"
    body = read_text(text).articles[0].body
    assert german[0] in body and german[-1] in body
    assert "Lieblingsorte" not in body


def test_a_link_to_the_next_post_glued_to_its_title_ends_the_story() -> None:
    from newsdesk.extract.text.line_score import glued_post_link

    assert glued_post_link("Article précédentLe bac du port sauvé par le conseil")
    assert glued_post_link("Previous postHarbour ferry saved for five more years")
    assert not glued_post_link("Previous posts told how the ferry was built.")
    assert not glued_post_link("Next storytelling evening at the library is on Friday.")
    nav = (
        "Previous postHarbour master retires after thirty years at the quay, and the town "
        "thanks him Next postNew bus timetable for Eastwick starts on Monday, with fewer stops"
    )
    text = _dump([*STORY, "Share", "Twitter", "Facebook", nav, "Ann Example", "Reporter"])
    body = read_text(text).articles[0].body
    assert STORY[0] in body and STORY[-1] in body
    assert "Harbour master retires" not in body
