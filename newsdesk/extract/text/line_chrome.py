"""Lines that are the site's, not the story's: the page's footer, consent banners, calls to
subscribe, readers' comments, chrome; each asked by its words first (keywords.py, or the page
scan's answer) and only then by its slow pattern.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from newsdesk.extract.furniture import any_of
from newsdesk.extract.text import keywords
from newsdesk.extract.text.line_marks import (
    CHROME_WORD,
    EMBEDDED,
    ENDING,
    IMAGE,
    PLACEHOLDER,
    marks_of,
)
from newsdesk.extract.text.lines import Traits, known_traits, lowered_of, traits_of

if TYPE_CHECKING:
    from newsdesk.extract.text.lines import Line

# The keyword families (keywords.py is not compiled: its names are looked up as attributes at
# each use; read once here, they are this module's constants).
_FOOTER_FAMILY: Final = keywords.FOOTER
_CONSENT_FAMILY: Final = keywords.CONSENT
_PROMO_FAMILY: Final = keywords.PROMO
_COMMENTS_FAMILY: Final = keywords.COMMENTS

FOOTER: Final = re.compile(
    r"all rights reserved|©|copyright|privacy policy|terms (?:of use|and conditions|of service)"
    r"|cookie policy|about us|contact us|get it on (?:google|the app)"
    r"|свидетельство о регистрации|mentions légales|aviso legal|impressum"
    # "Download the Daily8 app", not "Download Dashlane Password Manager for Free" in a story.
    r"|\bdownload (?:(?:the|our) )?(?:\w+ )?app\b"
    r"|get (?:the|our) app|app-?store|play-?store|google play|app store",
    re.I,
)


def contains_any(low: str, keys: tuple[str, ...]) -> bool:
    """Whether the (lower-cased) line holds any of `keys`: the cheap test that lets almost every
    line skip a slow pattern. A plain loop, as it runs on every line: any() over a generator
    costs a third more. For many keys, see keywords.py."""
    for key in keys:  # noqa: SIM110
        if key in low:
            return True
    return False


def may_hold(text: str, keys: tuple[str, ...]) -> bool:
    """Whether a case-blind pattern that needs one of `keys` (lower-case literals) somewhere may
    match `text`: False lets the caller skip the pattern, which sre tries at every character.
    Case-blind, sre matches a character whose simple lower case is the key's, and "ı" to "i",
    "ſ" to "s": str.lower() gives the same letters, but for "İ" (lowered to two characters),
    so a text with one of those three is always let through. A line's text is lower-cased once
    (lines.lowered_of), and holds none of the three where its Traits say it is plain."""
    traits = known_traits(text)
    if traits is None:
        if contains_any(text.lower(), keys):
            return True
        return not text.isascii() and ("ı" in text or "İ" in text or "ſ" in text)
    if contains_any(lowered_of(traits), keys):
        return True
    return not traits.plain and ("ı" in text or "İ" in text or "ſ" in text)


def is_footer(of: str | Traits) -> bool:
    """The page's footer: copyright, policies, app-store prompts. `of` is a line's text or, from
    a stage that has the line, its Traits (no look-up)."""
    traits = of if isinstance(of, Traits) else traits_of(of)
    if traits.footer is None:
        text = traits.text
        # The words first: the pattern is slow to fail, and almost every line fails it.
        traits.footer = has_keys(traits, _FOOTER_FAMILY) and FOOTER.search(text) is not None
    return traits.footer


# A picture's credit alone on its line under the picture ("© Shutterstock/racorn", "© Ann
# Example"): the holder's name after the sign, no year, nothing else a footer says.
_CREDIT_ALONE: Final = re.compile(r"^©\s?[^\W\d][^©]*$")
_YEAR: Final = re.compile(r"\b(?:1[89]|2[01])\d\d\b")
_CREDIT_WORDS: Final = 5


def picture_credit(text: str, words: int) -> bool:
    """Whether a footer's line (is_footer) is a picture's credit alone on its line: no barrier
    the story stops at, as the page's copyright is."""
    return (
        words <= _CREDIT_WORDS
        and _CREDIT_ALONE.match(text) is not None
        and _YEAR.search(text) is None
        and FOOTER.search(text[1:]) is None
    )


# Where the article ends and readers' comments begin.
COMMENTS_START: Final = re.compile(
    # (a lone "Response" is as often a story's sub-heading: counted or plural only)
    r"^(?:\d+\s+)?(?:comments?|responses|replies)\s*:?$|^\d+\s+response\s*:?$"
    r"|\bleave a (?:reply|comment)\b|\bjoin the (?:discussion|conversation)\b|^\d+ comments?\b"
    r"|\d+ (?:thoughts|responses|discussions?) (?:on|to)\b"
    r"|^(?:add|post|write) (?:a|your) comment|^comments are closed"
    # The same in the languages most news is read in.
    r"|^(?:\d+\s+)?(?:kommentar(?:e|er)?|commentaires?|comentarios?|comentários?|commenti|reacties"
    r"|yorumlar?|komentar|komentarze?|kommentit|komentáře|komentáre"
    r"|comentarii|komentari|коментарі|коментари|σχόλια|bình luận|תגובות|टिप्पणियाँ|评论|評論"
    r"|留言|コメント|댓글)\s*:?$"
    # Readers' comments named so, their count after the words: "Reader comments (12)",
    # "Leserkommentare (8)" (a bare "Comments (79)" is as often a link to them in the story's
    # header, over the story).
    r"|^(?:readers?'? comments|leserkommentare|commentaires des lecteurs"
    r"|comentarios de (?:los )?lectores|commenti dei lettori|comentários dos leitores)"
    r"\s*(?:\(\d+\)\s*)?:?$"
    # A thread's header naming the comments it shows first: "Top Rated Comments", "Most Recent
    # Comments (40)" (not a link's "View all comments", which may stand in the story's header).
    r"|^(?:top|best|latest|newest|featured|highlighted|(?:top|highest)[- ]rated"
    r"|most (?:recent|popular|liked|voted|upvoted)) (?:readers?'? )?comments\s*(?:\(\d+\)\s*)?:?$"
    r"|\b(?:kommentar schreiben|laisser un commentaire|écrire un commentaire|deja un comentario"
    r"|escribe un comentario|deixe (?:um|seu) comentário|lascia un commento|scrivi un commento"
    r"|оставить комментарий)"
    # A blog's comment form and thread in the languages WordPress speaks most: "5 Gedanken zu
    # „Title“", "Schreibe einen Kommentar", "Antworten abbrechen", "Deine E-Mail-Adresse wird
    # nicht veröffentlicht" (a comment's number and a quote: a headline "5 Gedanken zu Rom" is
    # no thread).
    r"|^(?:\d+|eine?|un|une|uno|una|um|uma|één) (?:gedanken|antwort(?:en)?|kommentare?|réflexions?"
    r"|respuestas?|risposte|reacties|gedachten|respostas?|commentaires?|comentarios?|commenti"
    r"|comentários?|reactie) (?:zu|auf|sur|à|a|en|para|op|su|em)\s*[„“\"«‚‘'”]"
    r"|\b(?:schreiben? sie einen kommentar|schreibe einen kommentar|hinterlasse einen kommentar"
    r"|antworten abbrechen|cancel reply|annuler la réponse|cancelar respuesta|cancelar resposta"
    r"|annulla risposta|reactie annuleren)\b"
    # A box after the story asking readers to report a typo: "Found a mistake? Select the
    # text and press Ctrl+Enter" (lv "Kļūda rakstā? ... spiediet Ctrl+Enter", ru "Нашли
    # ошибку? ... нажмите Ctrl+Enter").
    r"|\bctrl\s?\+\s?enter\b"
    r"|(?:mail|mailadres|address|adresse|correo|endereço|indirizzo)\b.{0,40}"
    r"\b(?:will not be published|wird nicht veröffentlicht|ne sera pas publiée?"
    r"|no será publicad[ao]|não será publicad[ao]|non sarà pubblicat[ao]"
    r"|wordt niet gepubliceerd)\b",
    re.I,
)
# Consent banners are prose, but never the article.
CONSENT: Final = re.compile(
    r"\b(?:cookies?|consent|gdpr)\b.*\b(?:website|site|experience|browsing|privacy|accept|agree"
    r"|personali[sz]|partners|settings)\b|\b(?:accept|agree to|manage)\b.*\bcookies?\b"
    # "Nous utilisons les témoins de navigation (cookies) ...", "Wir verwenden Cookies ..."
    r"|\b(?:we use|nous utilisons|utilizamos|usamos|wir verwenden|wir nutzen|utilizziamo"
    r"|gebruiken|kullanıyoruz)\b.*\bcookies?\b"
    r"|\bcookies?\b.*\b(?:navigation|navegación|navigazione|navegação|publicit\w*|dienste)",
    re.I,
)


def is_consent(of: str | Traits) -> bool:
    traits = of if isinstance(of, Traits) else traits_of(of)
    if traits.consent is None:
        text = traits.text
        # The word tests first: the pattern itself is slow, and almost no line needs it.
        traits.consent = has_keys(traits, _CONSENT_FAMILY) and CONSENT.search(text) is not None
    return traits.consent


# A magazine's or a paper's note on where the story was printed, under it: "This article
# appears in the print edition of the March 5, 2018, issue", "... in other versions of the
# December 5, 2016, issue, with the headline ...", "A version of this article appears in print
# on Dec. 5, 2016, on Page A1 of the New York edition".
_PRINT_NOTE: Final = re.compile(
    r"^(?:a version of )?this (?:article|story|essay|review|piece|interview) (?:also )?"
    r"(?:appears|appeared) in "
    r"(?:print\b|the print edition|other versions of|the [^.]{0,40}\bissue)",
    re.I,
)


def is_print_note(text: str) -> bool:
    """The note under a story on the edition it was printed in: the publisher's, not the story."""
    return text[:1] in "TtAa" and "appear" in text[:40] and _PRINT_NOTE.match(text) is not None


_PROMO: Final = re.compile(
    r"\b(?:"
    + any_of(
        "subscribe", "unsubscribe", "subscription", "newsletter", "sign up", "signing up", "inbox",
        "activation link", "follow us", "download our", "our app", "click here",
        "requires javascript", "enable javascript",
        "share (?:it|this(?: story| article)?) with (?:a friend|your friends)",
        "подписывайтесь", "abonnez-vous", "suscríbete", "abonnieren sie", "iscriviti",
        "inscreva-se",
        # The handle may be the site's address ("Follow example.com on Twitter, ...").
        r"follow (?:[\w@.-]+ ){1,3}on (?:instagram|facebook|twitter|x|youtube|tiktok|telegram)",
        # Appeals for money: "Donate now", "Support independent journalism".
        "donate now", "make a donation", "support (?:independent|quality) journalism",
        "support our (?:journalism|work|reporting|mission)",
        # The site's own name may stand between: "Become a Harbour FM sponsor".
        r"become an? (?:[\w-]+ ){0,2}(?:member|supporter|patron|subscriber|sponsor)",
        # A metered paywall's notice: "You have reached your allowance of 3 free articles".
        "free articles?", r"reached your (?:\w+ )?(?:limit|allowance)",
        r"register (?:now|for free) to (?:read|enjoy|continue|get|access)",
        r"enter your e-?mail(?: address)? (?:below|in the box|here)",
        # Calls to subscribe in more of the languages the headers know.
        "tilaa uutiskirje", "prenumerera på", "abonner på", "abonneer", "zapisz się",
        "zaprenumeruj", "přihlaste se k odběru", "iratkozzon fel", "abonează-te",
        "pretplatite se", "підписуйтесь", "εγγραφείτε", "đăng ký nhận", "berlangganan",
        "abone ol", "اشترك", "para se inscrever", "crie uma conta",
    )
    + r")\b"
    # The call to follow the site, opening the line, in the languages the headers know ("📲
    # Acompanhe o Harbour no Facebook", "Síguenos en Twitter", "Folgen Sie uns auf Instagram"):
    # inside a story's sentence the verbs say other things ("que siga en el cargo").
    r"|^\W{0,3}(?:acompanhe|siga|sigam|síguenos|siguenos|suivez(?:-nous)?|folgen sie uns"
    r"|folge uns|seguici|seguiteci|volg ons) (?:[\w@.-]+ ){0,4}(?:n[oa]s?|en|sur|auf|su|op) "
    r"(?:instagram|facebook|twitter|x|youtube|tiktok|telegram|whatsapp)\b",
    re.I,
)  # fmt: skip


def is_promo(of: str | Traits) -> bool:
    """A call to subscribe, sign up or follow: the site talking about itself, not the story."""
    traits = of if isinstance(of, Traits) else traits_of(of)
    if traits.promo is None:
        text = traits.text
        traits.promo = (
            len(text) <= 400 and has_keys(traits, _PROMO_FAMILY) and _PROMO.search(text) is not None
        )
    return traits.promo


# The site asking the reader for an address to mail its news to, at any length (a newsletter
# box's blurb runs longer than a call to subscribe): "Sign up for our newsletters to get ...",
# "... delivered straight to your inbox", "Enter your email below to ...", "Register now to enjoy
# more of ...". Said so, the call is the site's own whatever the paragraph's length.
_MAILING: Final = re.compile(
    r"\b(?:sign up|subscribe|register) (?:to|for) our\b"
    r"|\b(?:straight|direct(?:ly)?|delivered|sent) (?:to|into) your (?:e-?mail )?inbox\b"
    r"|\benter your e-?mail\b"
    r"|\bregister (?:now|for free) to (?:read|enjoy|continue|get|access)\b"
    # "... straight to your inbox" in the languages the headers know.
    r"|\bdiretamente no seu e-?mail\b|\bdirectamente en tu (?:correo|bandeja)"
    r"|\bdans votre boîte (?:mail|e-mail|de réception)\b"
    r"|\bdirekt in ihr(?:en)? (?:postfach|posteingang)\b",
    re.I,
)
# Said so, a short call is the site's; a paragraph of a story may say it too ("the bulletins
# that land in your inbox", "as we wrote in our weekly newsletter"): at _MAILING_LONG words or
# more the paragraph names the mailing twice over (_MAILING_CUES) to be the site's blurb.
_MAILING_WEAK: Final = re.compile(
    r"\bour (?:free |daily |weekly |e-?mail )?newsletters?\b"
    r"|\b(?:to|in|into) your (?:e-?mail )?inbox\b",
    re.I,
)
_MAILING_CUES: Final = re.compile(
    r"newsletter|subscri|sign(?:ing)?[- ]up|inbox|e-?mail|privacy|register", re.I
)
_MAILING_LONG: Final = 25


# Every phrase of _MAILING and _MAILING_WEAK holds one of these: a line without them holds
# none ("our" alone, as the gate once was, is in "your", "hour" and "four": nearly every
# paragraph).
_MAILING_KEYS: Final = (
    "to our", "for our", "newsletter", "inbox", "enter your", "register", "diretamente no seu",
    "directamente en tu", "dans votre boîte", "direkt in ihr",
)  # fmt: skip


def is_mailing_prompt(traits: Traits) -> bool:
    """A paragraph of the site's asking for the reader's e-mail (_MAILING), however long, or
    saying less (_MAILING_WEAK) where it is short or names the mailing twice; the patterns asked
    only of a line holding a word of the promo family and one of _MAILING_KEYS (the patterns'
    alternatives, tried at every place of a long paragraph, cost far more)."""
    text = traits.text
    if not has_keys(traits, _PROMO_FAMILY) or not may_hold(text, _MAILING_KEYS):
        return False
    if _MAILING.search(text) is not None:
        return True
    if _MAILING_WEAK.search(text) is None:
        return False
    return traits.words < _MAILING_LONG or (
        len({cue.lower().replace("-", "")[:4] for cue in _MAILING_CUES.findall(text)}) >= 2
    )


# A label, then an address alone: the page's own link printed under the story ("Permalink:
# https://example.com/-x1y2", "Link deste artigo: https://...", "Dieser Artikel wurde
# ausgedruckt unter der Adresse: https://..."), a converter perhaps breaking the address once.
_ADDRESS_LINE: Final = re.compile(r"^[^:.!?]{2,60}:\s*(?:https?://|www\.)\S+(?: \S+)?$", re.I)
# The label names the page itself: its link, its address, the article or story it is. A story's
# line pointing to another document names that ("View full results: https://...", "The report
# is here: https://...").
_ADDRESS_LABEL: Final = re.compile(
    r"\b(?:perma-?link|short-?link|short url|url|address|adresse|direcci[oó]n|indirizzo"
    r"|endere[cç]o)\b|\b(?:this|diese[rs]?|cet|este|questo|deste|do|da|del|dell['’]) ?"
    r"(?:article|story|page|post|artikel|beitrag|seite|artigo|art[ií]culo|articolo)\b",
    re.I,
)


_ADDRESS_KEYS: Final = ("://", "www.")  # what _ADDRESS_LINE's address opens with


def is_address_line(text: str) -> bool:
    """Whether the line is a label over the page's address (_ADDRESS_LINE), the label naming
    the page (_ADDRESS_LABEL)."""
    return (
        may_hold(text, _ADDRESS_KEYS)
        and _ADDRESS_LINE.match(text) is not None
        and _ADDRESS_LABEL.search(text[: text.find(":", 2)]) is not None
    )


# A short line the site puts to the reader under the story: "What do you think? Scroll down to
# comment below.", "Tell us what you think. Email us at ...", "Please follow and like us:",
# "Kommentieren ist momentan nicht möglich." (comments closed). Not a blog post's own closing
# question ("What do you think? Let us know in the comments."), which its page prints as the
# post's last paragraph, nor a story's sentence about "a comment below the video".
_READER_PROMPT: Final = re.compile(
    r"\bscroll down to comment\b|\btell us what you think\b|^please follow and like us\b"
    r"|\bkommentieren ist (?:momentan|derzeit|nicht mehr) (?:nicht )?möglich",
    re.I,
)
_PROMPT_WORDS: Final = 15
_PROMPT_KEYS: Final = ("comment", "tell us", "like us", "kommentieren")


def is_reader_prompt(text: str, words: int) -> bool:
    """Whether a short line asks the reader to comment or write in (_READER_PROMPT)."""
    return (
        words <= _PROMPT_WORDS
        and may_hold(text, _PROMPT_KEYS)
        and _READER_PROMPT.search(text) is not None
    )


# What a site's terms for its newsletters or its calls to follow name: stems, so that
# "subscribe" and "subscription", "newsletter" and "newsletters" count alike.
_SUBSCRIBING: Final = ("subscri", "newsletter", "inbox", "sign up", "sign-up", "abonn", "suscri",
                "iscriv", "inscrev", "подпис", "рассылк", "follow us", "follow him",
                "follow her", "follow them")  # fmt: skip


def is_long_promo(traits: Traits) -> bool:
    """A paragraph of the site's terms for its newsletters or subscriptions: longer than a
    call to subscribe, but naming two things of the kind ("When you subscribe we will use the
    information you provide to send you these newsletters ...")."""
    if not has_keys(traits, _PROMO_FAMILY):
        return False  # nearly every line: no word of the family
    low = lowered_of(traits)
    # Substrings, found in C (the slow pattern would be tried at every character); a loop
    # that stops at the second, where a generator summed them all.
    found = 0
    for stem in _SUBSCRIBING:
        if stem in low:
            found += 1
            if found == 2:
                return True
    return False


def starts_comments(of: str | Traits) -> bool:
    """Readers' comments begin, or the page moves on to describing the story it just told."""
    traits = of if isinstance(of, Traits) else traits_of(of)
    if traits.comments is None:
        text = traits.text
        traits.comments = (len(text) < 60 and marks_of(traits) & ENDING != 0) or (
            has_keys(traits, _COMMENTS_FAMILY) and COMMENTS_START.search(text) is not None
        )
    return traits.comments


# The lines a thread of readers' comments is built of, between its comments' paragraphs (see
# comments_thread.thread_start). The row of actions under each comment, made of nothing but
# their words, counts and arrows, one of them the reply ("Reply", "Like · Reply · Report", "3 △ ▽
# • Reply • Share ›", "Antworten", "J'aime · Répondre · Signaler", "Responder"):
_ACTION: Final = (
    r"reply|replies|like|likes|report|report abuse|share|flag|quote|permalink|upvote|downvote"
    r"|vote|edit|delete|link|antworten|antwort|gefällt mir|melden|teilen|zitieren|empfehlen"
    r"|répondre|j'aime|j’aime|signaler|partager|citer|responder|me gusta|denunciar|compartir"
    r"|citar|reportar|rispondi|mi piace|segnala|condividi|curtir|compartilhar|reageer"
    r"|beantwoorden|antwoord|delen|vind ik leuk"
)
_ACTION_ROW: Final = re.compile(r"^(?:[\W\d_]*\b(?:" + _ACTION + r")\b)+[\W\d_]*$", re.I)
_REPLY_WORDS: Final = ("repl", "antwort", "répond", "respond", "rispond", "reageer")
# ... and the commenter's name over "says:" (WordPress: "Ann Example says:", "Anna sagt:",
# "Anne dit :", "Ana dice:") or Blogger's "Anonymous said...": a story's "The mayor said:" before
# a quote is neither (no dots, no "says:" under a name of a few words).
_SAYS: Final = re.compile(
    r"^\S+(?: \S+){0,4} (?:says|sagt|dit|dice|diz|zegt|scrive)\s?:$"
    r"|^\S+(?: \S+){0,4} (?:said|hat gesagt|a dit|dijo|disse|ha detto|zei)\s?(?:\.\.\.|…)$",
    re.I,
)
# ... its verbs, asked only of a line ending as "says:" or "said..." does.
_SAYS_KEYS: Final = ("says", "sagt", " dit", "dice", "diz", "zegt", "scrive", "said", "gesagt",
                     "dijo", "disse", "detto", " zei")  # fmt: skip
ACTION_ROW, SAYS = 1, 2  # thread_line's kinds


def thread_line(traits: Traits) -> int:
    """Whether a short line is one of a comment thread's own (ACTION_ROW, SAYS), else 0; kept
    on the traits (the thread's search and the chrome test both ask it of each short line)."""
    if traits.thread is None:
        traits.thread = _thread_kind(traits)
    return traits.thread


def _thread_kind(traits: Traits) -> int:
    """thread_line's answer. Words first: a line holding no reply word (the page scan's keyword
    family, then which), nor ending as a verb of saying does, is not searched."""
    if traits.words > 8:
        return 0
    text = traits.text
    if (
        has_keys(traits, _COMMENTS_FAMILY)
        and contains_any(lowered_of(traits), _REPLY_WORDS)
        and _ACTION_ROW.match(text)
    ):
        return ACTION_ROW
    end = text[-1:]  # one character, compared: no call of str.endswith over a tuple
    if (
        (end == ":" or end == "…" or (end == "." and text[-3:] == "..."))
        and contains_any(lowered_of(traits), _SAYS_KEYS)
        and _SAYS.match(text)
    ):
        return SAYS
    return 0


def has_keys(traits: Traits, family: int) -> bool:
    """Whether the text holds a word of the keyword family (keywords.FOOTER ...): one scan
    answers the four tests above, which look at their slow patterns only where their words are."""
    keys = traits.keys
    if keys is None:
        if keywords.SCANNED or traits.words < 30:
            keys = traits.keys = keywords.families(lowered_of(traits))
        else:
            # sre, without Hyperscan, would try some seventy keys at every character of a long
            # paragraph (8 us on 200 words), where one or two of the tests ask: family by family.
            return keywords.holds(lowered_of(traits), family)
    return bool(keys & family)


def is_chrome(line: Line) -> bool:
    traits = line.traits
    if traits.chrome is None:
        traits.chrome = chrome_text(traits)
    return traits.chrome


# A form's required field: "Your e-mail * :", "Dit navn *:".
_FORM_FIELD: Final = re.compile(r"^[^\W\d][\w' -]{0,40}\*\s*:?$")


def chrome_text(traits: Traits) -> bool:
    """is_chrome for a line's text (asked once per text: see Traits)."""
    found = marks_of(traits)
    if found & (PLACEHOLDER | IMAGE | EMBEDDED | CHROME_WORD):
        return True
    if traits.words <= 6 and "*" in traits.text and _FORM_FIELD.match(traits.text):
        return True
    # A comment thread's own lines ("Ann says:", "Like · Reply · Report") are the page's.
    return traits.words <= 8 and (is_footer(traits) or thread_line(traits) != 0)
