"""Studied losses a narrow renderer makes (session 34, text34): a comments header that is the
first word of a heading a narrow column broke, and a gallery's last slide that took in the
story's next paragraph. Pages written here, about a fictional harbour town."""

from __future__ import annotations

from newsdesk.extract.text.comments_thread import comment_markers
from newsdesk.extract.text.lines import normalise
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
