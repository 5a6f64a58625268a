"""Short stories that lost to the page's boxes (session 13, studied half of the fresh set),
written here about fictional outlets: a blog's comment form and thread in other languages."""

from __future__ import annotations

import pytest

from newsdesk.extract.text.line_chrome import starts_comments
from newsdesk.extract.text.lines import traits_of
from tests.extract.test_text_body import body_of, page

# A short story: three paragraphs, some 110 words.
SHORT = [
    "Am Samstag hat der Ruderverein Lindenhafen sein altes Bootshaus am Kanal wieder eröffnet, "
    "nachdem ein Sturm im vergangenen Winter das Dach abgedeckt und den Steg zerstört hatte.",
    "Die Mitglieder haben die Arbeiten selbst übernommen und an vierzig Wochenenden Balken, "
    "Ziegel und Planken erneuert, sagte die Vorsitzende Greta Example.",
    "Zur Feier fuhren zwölf Boote einmal um die Schleuse, und am Abend gab es Fischbrötchen für "
    "alle, die beim Bau geholfen hatten, und für die Nachbarn vom anderen Ufer.",
]
HEAD = ["Lindenhafener Ruderblog", "Startseite", "Vereinsleben", "Bootshaus wieder offen",
        "Samstag, 8. März 2025"]  # fmt: skip
# The blog's comment rules and a notice box at the page's foot: longer than the story.
RULES = [
    "Um hier kommentieren zu können, musst Du einen beliebigen Namen sowie eine beliebige "
    "E-Mail-Adresse angeben, die niemand außer dem Betreiber dieses Blogs zu sehen bekommt, "
    "und Du solltest Dich an die Spielregeln halten, die oben im Menü stehen und für alle gelten.",
    "Bei der Menge an Spam-Kommentaren passiert es hin und wieder, dass ein Kommentar vom "
    "Filter gefressen wird, bevor jemand ihn gelesen hat; dann schreib einfach eine kurze "
    "Nachricht über das Kontaktformular und ich hole ihn so schnell wie möglich wieder heraus.",
]
NOTICE = [
    "Es sieht so aus, als hättest du keinen Werbeblocker installiert, und das ist schlecht "
    "für dein Gehirn, deine Nerven und manchmal auch für deinen Rechner, der viel zu tun hat.",
    "Bitte besuche eine der folgenden Seiten und installiere dir einen Blocker deiner Wahl; "
    "danach kannst du diese Seite wieder ganz normal benutzen, ohne dass dich etwas stört, "
    "und wir hören auf, dich mit diesem Hinweis zu belästigen, versprochen, ganz bestimmt.",
    "Ihr Browser versucht gerade, eine Seite aus dem Internet auszudrucken, was wir nicht "
    "empfehlen, weil Papier knapp ist und Drucker ohnehin nie dann funktionieren, wenn man sie "
    "braucht; lesen Sie die Seite lieber am Bildschirm oder schicken Sie uns einen Brief.",
]


def test_a_comment_form_in_german_ends_the_short_story():
    form = ["Antworten", "Hier klicken, um das Antworten abzubrechen.", "Name (erforderlich)",
            "E-Mail (wird nicht veröffentlicht) (erforderlich)", "Dein Kommentar"]  # fmt: skip
    text = page(*HEAD, *SHORT, "Abgelegt unter Verein", *form, *RULES, "Archiv",
                *[f"März {2000 + n}" for n in range(20)], *NOTICE)  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in SHORT)
    assert "Werbeblocker" not in body and "Spam" not in body


@pytest.mark.parametrize(
    "text, starts",
    [
        ("3 Gedanken zu „Bootshaus wieder offen“", True),
        ("Eine Antwort zu „Bootshaus wieder offen“", True),
        ("2 réflexions sur « Le phare rouvre »", True),
        ("Schreibe einen Kommentar Antworten abbrechen", True),
        ("Deine E-Mail-Adresse wird nicht veröffentlicht.", True),
        ("Your email address will not be published. Required fields are marked *", True),
        ("Votre adresse e-mail ne sera pas publiée.", True),
        ("17 Discussion to this post", True),
        ("2 discussions on “The lighthouse reopens”", True),
        # A headline and a story's sentence with the same words.
        ("5 Gedanken zu Lindenhafen", False),
        ("The report will not be published until the harbour board meets in May.", False),
    ],
)
def test_comment_forms_and_threads_in_other_languages(text, starts):
    assert starts_comments(traits_of(text)) is starts


def test_a_one_paragraph_story_above_its_comments_is_no_teaser():
    story = (
        "Zehn Jahre nach der Gründung des Lindenhafener Fährvereins wird es endlich spannend: "
        "Das Amtsgericht muss klären, ob die Fähre über den Kanal als Verkehrsmittel oder als "
        "Ausflugsboot gilt, und damit auch, wer für den neuen Anleger zahlt, den die Stadt im "
        "Herbst bauen will. Der Verein hofft, dass der Streit bis vor das Landgericht geht, "
        "denn das Urteil der ersten Instanz lasse die eigentliche Frage offen, schreibt der "
        "Vorstand, und könne deshalb nicht das letzte Wort in dieser Sache sein."
    )
    thread = []
    for n, (name, said) in enumerate([
        ("Ole Beispiel", "Warum fährt die Fähre nicht einfach umsonst für alle Leute?"),
        ("Ina Muster", "Weil dann der Verein die Kosten für den Diesel und die Versicherung "
                       "allein tragen müsste, und das kann er nicht."),
        ("Kai Probe", "Das Gericht hat keine Ahnung, was eine Fähre ist oder wozu man sie hat."),
        ("Uta Test", "Gibt es vielleicht bald noch mehr Neuigkeiten zu dem Verfahren hier?"),
    ]):  # fmt: skip
        thread += [f"{name} sagt:", f"{n + 3}. April 2025 um 8:29 Uhr", said, "Antworten"]
    sidebar = ["Neueste Kommentare"] + [
        f"{name} bei Der neue Anleger: Die Stadt legt die Pläne für den Kanal und die Brücke vor!"
        for name in ("Ole Beispiel", "Ina Muster", "Kai Probe", "Uta Test")
    ]
    text = page("Fährverein Lindenhafen", "Menü", "Endlich wird es spannend: Die Fähre vor Gericht",
                story, "Ähnliche Beiträge", "4 Gedanken zu „Endlich wird es spannend“", *thread,
                "Schreibe einen Kommentar Antworten abbrechen", *sidebar)  # fmt: skip
    body = body_of(text)
    assert story in body
    assert "Diesel" not in body and "Anleger: Die Stadt" not in body


@pytest.mark.parametrize(
    "header", ["Ähnliche Beiträge", "Das könnte dich auch interessieren", "Articles similaires"]
)
def test_related_posts_headed_in_other_languages_are_not_the_story(header):
    # Each teaser's headline printed three times (its picture's alt and title, its link), a
    # long blurb, a link to read on.
    teasers = []
    for n in range(3):
        teasers += [f"Bootsschau Nummer {n}"] * 3 + [
            f"Die Boote der Saison {n} sind endlich da, und wir zeigen euch heute, welche davon "
            "sich für Anfänger eignen, welche man besser im Hafen lässt, wenn es regnet, und "
            "welche so teuer sind, dass man sie nur am Steg bewundern kann. Außerdem verraten "
            "wir, wo man in Lindenhafen am günstigsten ein Boot für einen Nachmittag mietet.",
            "Weiterlesen...",
        ]
    text = page(*HEAD, *SHORT, header, *teasers, "Impressum")
    body = body_of(text)
    assert all(p in body for p in SHORT)
    assert "Boote der Saison" not in body
