"""The anchored patterns of a page's furniture that stages ask of (nearly) every line: list and
insert headers, tickers, "continue reading", drawn rules, picture labels, embedded posts, share
bars, chrome words, placeholders, inline inserts, the story's end; each a bit of Traits.marks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from newsdesk.extract.furniture import READ_ALSO, any_of
from newsdesk.extract.text.lines import Traits
from newsdesk.extract.text.prefixes import PrefixGate, first_char_pattern, first_items
from newsdesk.extract.text.unwrap import RULE

if TYPE_CHECKING:
    from newsdesk.extract.text.lines import Line

# Headers that open a list of links after (or beside) the article.
LIST_HEADERS: Final = re.compile(
    r"^(?:"
    + any_of(
        "most (?:read|popular|viewed|shared|commented)", "read next", "related articles",
        "related stories", "related content", "related coverage", "related videos?",
        r"more (?:stories|news|from [\w .'-]+|on this story|in [\w &]+)",
        r"more (?:[\w-]+ ){1,2}(?:stories|news|articles|videos)",
        "trending(?: right now| now| stories| news)?", "top stories",
        "latest(?: news| stories| articles)?",
        "editor'?s? picks?", "recommended(?: for you| stories)?", "you may (?:also )?like",
        "you might (?:also )?like", "popular(?: right now| now| stories| news)?", "recent posts",
        "further reading", "comments?", "coverage", "in other news", "don'?t miss",
        "what to read next", "more to explore", "must read", "featured(?: stories)?", "related",
        # The same in other languages (lists of other stories, not inserts a story resumes
        # after): Spanish, Portuguese, German, French, Italian, Lithuanian, Dutch, Turkish,
        # Russian, Persian, Arabic ...
        "relacionad[ao]s", "noticias relacionadas", "notícias relacionadas",
        "temas relacionados", "tags relacionadas", "مطالب مرتبط",
        "artículos relacionados", "te recomendamos", "lo más (?:leído|visto)",
        "mais (?:lidas|lidos|vistas)", "más (?:leídas|vistas)", "meistgelesen", "ähnliche artikel",
        "(?:ähnliche|verwandte) (?:beiträge|artikel)",
        "das könnte (?:dich|sie|euch) auch interessieren", "articles similaires",
        "artículos similares", "articoli simili", "gerelateerde artikelen", "saistītie raksti",
        "susiję straipsniai",
        # "You might also like" and "we recommend" boxes in other languages: German, French,
        # Spanish, Portuguese, Italian, Dutch, and the editors' tips or deals boxes.
        "das könnte (?:dir|dich|ihnen|sie|euch) auch gefallen", "redaktionstipps?",
        "tipps? der redaktion", "(?:die )?empfehlungen? der redaktion", "unsere empfehlungen?",
        "wir empfehlen", "we recommend", "editor'?s? (?:tips?|choice|recommendations?)",
        "(?:good|best|top|today'?s|latest) deals", "vous aimerez (?:peut-être )?aussi",
        "(?:nous vous recommandons|à découvrir aussi)", "(?:también )?te puede interesar",
        "(?:você )?(?:também )?pode gostar", "ti potrebbe(?: anche)? interessare",
        "dit vind je misschien ook leuk",
        # "Latest articles" in other languages, maybe with where from ("Derniers articles de
        # la rubrique « Sport » :", "Neueste Beiträge aus der Region").
        r"(?:derniers articles|dernières (?:actus|actualités|nouvelles|infos)"
        r"|últim[ao]s (?:noticias|notícias|artículos|artigos|entradas|publicaciones)"
        r"|(?:neueste|letzte|aktuelle) (?:beiträge|artikel|nachrichten)"
        r"|ultim[ei] (?:notizie|articoli)"
        r"|laatste (?:nieuws|artikelen|berichten))"
        r"(?: (?:de|du|des|der|aus|von|in|im|di|del|della|da|do|van|uit) [^.!?]{1,60})?",
        "articles liés", "les plus (?:lus|populaires)", "i più letti", "articoli correlati",
        "populiariausi", "meest gelezen", "en çok okunan", "ilgili haberler", "самое читаемое",
        "похожие новости", "новости по теме", "читайте также", "другие новости",
        "سایر اخبار(?: مهم)?", "اخبار مرتبط", "أخبار ذات صلة",
        # Arabic "most read", "most browsed", "most viewed" (with or without the hamza).
        "ال[أا]كثر (?:قراءة|تصفحا?|مشاهدة)",
        # ... Finnish, Swedish, Danish, Norwegian, Polish, Czech, Slovak, Hungarian, Romanian,
        # Croatian, Slovenian, Ukrainian, Bulgarian, Greek, Vietnamese, Indonesian, Hebrew,
        # Hindi, Chinese, Japanese, Korean, Armenian, Thai.
        "luetuimmat(?: uutiset)?", "uusimmat(?: uutiset)?", "mest (?:lästa|læste|lest)",
        "senaste nytt", "seneste nyt", "siste nytt", "najczęściej czytane", "najpopularniejsze",
        "podobne artykuły", "powiązane artykuły", "nejčtenější", "související články",
        "najčítanejšie", "legolvasottabb(?: cikkek)?", "kapcsolódó cikkek", "cele mai citite",
        "articole similare", "știri similare", "najčitanije", "povezane vijesti",
        "najbolj brano", "найпопулярніше", "новини по темі", "най-четени", "свързани новини",
        "вижте (?:още|също)", "δημοφιλή", "σχετικά άρθρα", "tin liên quan", "đọc nhiều nhất",
        "tin mới nhất", "berita terkait", "terpopuler", "כתבות נוספות", "הנקראים ביותר",
        "संबंधित खबरें", "热门文章", "相关新闻", "相關新聞", "人気記事", "関連ニュース", "많이 본 뉴스",
        "관련 ?뉴스", "ամենաընթերցված", "ข่าวที่เกี่ยวข้อง",
    )
    + r")\W*$",
    re.I,
)  # fmt: skip
# Headers of inserts inside the body: a few titles, then the article resumes.
# "See also" boxes inside the body that only dumps print as a header of their own line.
_TEXT_INSERTS: Final = ("mira también", "ver también", "véase también", "veja mais")
# "Read also" words that lead a title run on to them: not "related" alone ("Related Topics").
_RUN_ON_INSERTS: Final = (
    *(words for words in READ_ALSO if not words.startswith("related")),
    "до теми",
    "по теме",
)
INSERT_HEADERS: Final = re.compile(r"^(?:" + any_of(*READ_ALSO, *_TEXT_INSERTS) + r")\s*:?$", re.I)
INLINE_INSERT: Final = re.compile(
    r"^(?:(?:read (?:more|also)|also read|see also|related|recommended|watch|listen|must read)"
    r"\s*[:|>-]\s*\S"
    r"|also (?:on|at) (?:[\w-]+\.)+[a-z]{2,}\b"  # "Also on example.com Another headline"
    r"|on (?:[\w-]+\.)+[a-z]{2,}\s*:\s*\S"  # "On Example.com: Another headline"
    r"|(?:" + any_of(*READ_ALSO) + r")\s*[:|>»-]\s*\S"  # "Lire aussi : Un titre"
    r"|related (?:posts?|stor(?:y|ies)|articles?|reading|coverage)\s*[:|>-]\s*\S"
    r"|(?:now |must )?(?:read|watch) this\s*[:|>-]\s*\S"  # "Now Read This: Another headline"
    # "Read" alone before another story's title ("Baca: Jawaban ...", "Leia: Um título",
    # "Lire : Un titre").
    r"|(?:read|baca|leia|lire)\s*:\s*(?-i:[A-Z0-9«\"“])"
    # The header glued or run on to the title it leads to ("Mira tambiénLa Policía ...",
    # "До теми Венедіктова ..."): the title opens with a capital, which a sentence going on
    # after the same words ("read more about ...") does not.
    r"|(?:" + any_of(*_RUN_ON_INSERTS) + r") ?(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ«\"“]))",
    re.I,
)
TICKER_HEADERS: Final = re.compile(
    r"^(?:breaking(?: news)?|just in|live(?: updates)?|news ticker|flash|latest updates|urgent)$",
    re.I,
)
CONTINUE_AT: Final = re.compile(
    r"^(?:continue|keep) reading (?:at|on)\s+(\S.*?)\s*$|^read (?:the )?(?:full|more|rest)"
    r"(?: (?:story|article))? (?:at|on)\s+(\S.*?)\s*$",
    re.I,
)
# An advert's slot between a story's paragraphs, its label saying where the story goes on:
# "Story continues below advertisement", "Article continues after sponsorship", "Advertisement -
# story continues below".
AD_BREAK: Final = (
    r"(?:(?:advertisement|advert)\W{1,3})?(?:story|article|text|post) continues"
    r" (?:below|after|under)(?: (?:this |the )?(?:advertisement|advert|ads?|sponsorship"
    r"|sponsor message))?"
)
CHROME_WORDS: Final = re.compile(
    r"^(?:"
    + any_of(
        "listen", r"share(?: this(?: article| story| post)?| on \w+| via \w+| to \w+)?:?",
        "report(?: this)?(?: post| comment| abuse)?", r"follow (?:\w+ ){1,3}on",
        "get (?:the )?short url", "copy (?:the )?(?:short )?url",
        r"click to (?:share|email|print)(?: this)?(?: on \w+| to a friend)?"
        r"(?: \(opens in new window\))?",
        "tweet", "email", "print", "x", "facebook", "twitter", "whatsapp", "telegram", "linkedin",
        "copy link", "advertisement", "advert", "ad", "ads", "sponsored", AD_BREAK, "subscribe",
        "sign[- ]?in", "log ?in", "sign[- ]?up", "register", "menu", "search", "close", "home",
        "skip to (?:main )?content", "logo", "all", "more", "next", "previous", "back to top",
        # A page's skip links, as w3m prints them run together: "Go Back to Top. Skip To: Start
        # of Article.", "Skip Social. Skip to: Latest News."
        r"(?:go back to top|skip (?:social|navigation|to:? [\w ]{1,30}))\.?"
        r"(?: skip (?:to:? )?[\w ]{1,30}\.?)?",
        r"loading\.*", "show more", "load more", "read more", "see more", "view all", "comments?",
        "reply", "follow us", "newsletter", "cookie settings", "accept", "orange background",
        "slogan", "toggle navigation", "open menu", "video", "play", "pause", "mute", "audio",
        "image", "photo", "gallery", r"\d+ comments?", r"no comments yet\.*", "donate(?: now)?",
        "support us", "je m'abonne", "je m’abonne",
        # A picture's button, printed as a line of its own.
        "enlarge this image",
        # "Listen", "Share", "Print" and "Advertisement" in the languages the headers above know.
        "hören", "anhören", "vorlesen", "écouter", "escuchar", "ouvir", "ascolta", "luisteren",
        "dinle", "kuuntele", "lyssna", "słuchaj", "слушать",
        # "Share" with a colon, what is shared or where ("Beitrag teilen:", "Partager cet
        # article", "Compartilhe essa publicação", "Jaa artikkeli Facebookissa", "Teilen auf X").
        r"(?:(?:beitrag|artikel|seite) teilen|teilen|partager|partagez|compartir|compartilh(?:ar|e)"
        r"|condividi|delen|paylaş|jaa|dela|udostępnij|sdílet|zdieľať|megosztás|distribuie"
        r"|podijeli|поделиться|поділитися|κοινοποίηση|chia sẻ|bagikan)"
        r"(?: (?:cet article|ce billet|este artículo|este artigo|essa publicação|esta publicação"
        r"|questo articolo|artikkeli|auf|via|en|sur|su|no|na|в)"
        r"(?: [\w-]+(?: \(fenêtre modale\))?)?)?\s*[:…]?",
        "שתפו", "分享", "シェア", "공유", "drucken", "imprimer", "imprimir", "stampa", "afdrukken",
        "yazdır", "tulosta",
        "skriv ut", "drukuj", "tisk", "nyomtatás", "printează", "ispis", "печать", "друк",
        "εκτύπωση", "cetak", "הדפסה", "打印", "印刷", "인쇄", "anzeige", "publicité",
        "publicidad", "publicidade", "pubblicità", "advertentie", "reklam", "mainos", "annons",
        "annonce", "reklama", "hirdetés", "publicitate", "oglas", "реклама", "διαφήμιση",
        "quảng cáo", "iklan", "פרסומת", "विज्ञापन", "广告", "広告", "광고", "إعلان", "تبلیغات",
    )
    + ")$",
    re.I,
)  # fmt: skip
# A share bar printed as a row of network names: "Facebook Twitter Google+ Whatsapp".
_NETWORK: Final = (
    r"(?:facebook|twitter|x|google\+?|whatsapp|telegram|linkedin|pinterest|reddit|email|e-mail"
    r"|print|vk|tumblr|flipboard|messenger)"
)
SHARE_BAR: Final = re.compile(rf"^(?i:{_NETWORK}(?:\s*[|/·•,]?\s*{_NETWORK})+)\s*$")
# Where the story is over and the page describes it: sources, the author's box, fact boxes.
ARTICLE_END: Final = re.compile(
    r"^(?:(?i:sources?|references|bibliography|about this (?:article|statement|story|report)"
    r"|about the authors?|related topics|topics in this article)"
    r"|(?i:about|über|à propos de) [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2})\s*:?$"
)

# "Image copyright Getty Images", "Image caption ...": picture labels inside a story, not footers.
IMAGE_LABEL: Final = re.compile(
    r"^(?:image|photo|picture|media|video)\s+(?:copyright|caption|source|credit)\b", re.I
)
# An image or a form field as a converter prints it ("[image]", "[    ]"), or a CMS shortcode
# left in the text ("[button link=... ]Send us ...[/button]").
# lynx names an inline frame by its address ("IFRAME: https://example.com/embed/video/..."),
# elinks by a link numbered as any other ("[4]IFrame", "IFrame" once the numbers are off),
# and marks a button, its label after the mark ("(BUTTON) Teilen"; lines.py took the mark off a
# paragraph printed after it), and a page's <link rev=...> ("Reverse link: unknown").
_PLACEHOLDER: Final = re.compile(
    r"^\[[^\]]*\]$|^\[[a-z_]+ [^\]]*=[^\]]*\]|^IFRAME: |^IFrame$|^\(BUTTON\)|^Reverse link: \S+$"
)


# A social post embedded in the story, as a page prints it without its script: "Twitter post
# by @handle: ...", "Skip Instagram post by ...", "End of YouTube post by ...".
EMBEDDED_POST: Final = re.compile(
    r"^(?:skip |end of )?(?:twitter|x|instagram|facebook|youtube|tiktok|threads|bluesky) "
    r"(?:post|content|video) by\b",
    re.I,
)


# The anchored patterns that stages ask of (nearly) every line, as bits of Traits.marks. One
# match of all of them at once (each in a lookahead that captures when it matches) costs a
# third less than asking them one by one, and each stage after the first reads a bit.
# Final: compiled, every stage reads them as constants, not as attributes of this module.
LIST: Final = 1 << 0
INSERT: Final = 1 << 1
TICKER: Final = 1 << 2
CONTINUE: Final = 1 << 3
RULED: Final = 1 << 4
IMAGE: Final = 1 << 5
EMBEDDED: Final = 1 << 6
SHARE: Final = 1 << 7
CHROME_WORD: Final = 1 << 8
PLACEHOLDER: Final = 1 << 9
INLINE: Final = 1 << 10
ENDING: Final = 1 << 11
_MARKED: Final = (
    (LIST, LIST_HEADERS), (INSERT, INSERT_HEADERS), (TICKER, TICKER_HEADERS),
    (CONTINUE, CONTINUE_AT), (RULED, RULE), (IMAGE, IMAGE_LABEL), (EMBEDDED, EMBEDDED_POST),
    (SHARE, SHARE_BAR), (CHROME_WORD, CHROME_WORDS), (PLACEHOLDER, _PLACEHOLDER),
    (INLINE, INLINE_INSERT), (ENDING, ARTICLE_END),
)  # fmt: skip
_ALL_MARKS: Final = re.compile(
    "".join(
        f"(?:(?=(?P<m{bit}>{f'(?i:{p.pattern})' if p.flags & re.I else p.pattern}))|)"
        for bit, p in _MARKED
    )
)
_MARK_GROUPS: Final = tuple((bit, _ALL_MARKS.groupindex[f"m{bit}"]) for bit, _ in _MARKED)
# Each pattern on its own, as _ALL_MARKS asks it (its case-blindness inline, no other flag).
_EACH_MARK: Final = tuple(
    (bit, re.compile(f"(?i:{p.pattern})" if p.flags & re.I else p.pattern)) for bit, p in _MARKED
)
_ALL_BITS: Final = sum(bit for bit, _ in _MARKED)


def _head_bits() -> tuple[dict[str, int], int]:
    """The patterns a text's first characters (lower-cased, as prefixes.py reads them) let
    through, as bits; and those that may begin with anything. Six lines in ten begin as none
    of the patterns can, most others as one or two can."""
    heads: dict[str, int] = {}
    always = 0
    for bit, pattern in _EACH_MARK:
        gate = PrefixGate([pattern])
        if gate.always:
            always |= bit
        for head in gate.heads:
            heads[head] = heads.get(head, 0) | bit
    return heads, always


_HEAD_BITS, _ALWAYS_BITS = _head_bits()


def _first_char_gate() -> tuple[re.Pattern[str], int]:
    """One pattern of the characters, ASCII or not, the patterns' matches may begin with (for
    a text whose head the head gates do not tell apart: a line in another script, one opening
    with a mark), and the patterns that may begin with anything, as bits."""
    items = []
    anything = 0
    for bit, pattern in _EACH_MARK:
        found = first_items(pattern)
        if found is None:
            anything |= bit
        else:
            items += found
    return first_char_pattern(items), anything


_FIRST_CHAR, _ANY_FIRST_BITS = _first_char_gate()
_HEAD: Final = 3  # prefixes.SIZE: the characters a head holds
# More patterns to ask than this: one match of _ALL_MARKS costs less than asking each.
_FEW_MARKS: Final = 3


def marks_of(traits: Traits) -> int:
    found = traits.marks
    if found is None:
        found = 0
        text = traits.text
        head = text[:_HEAD]
        if len(head) < _HEAD or not head.isascii():
            # A head the head gates do not tell apart: every pattern may be asked, where its
            # first character is one some pattern's match may begin with.
            bits = _ALL_BITS if _FIRST_CHAR.match(text) is not None else _ANY_FIRST_BITS
        else:
            bits = _HEAD_BITS.get(head.lower(), 0) | _ALWAYS_BITS
        if bits != 0 and bin(bits).count("1") <= _FEW_MARKS:
            for bit, pattern in _EACH_MARK:
                if bits & bit and pattern.match(text) is not None:
                    found |= bit
        elif bits != 0:
            m = _ALL_MARKS.match(text)
            if m is not None and m.lastindex is not None:  # some pattern matched (rare)
                for bit, group in _MARK_GROUPS:
                    if m.start(group) >= 0:
                        found |= bit
        traits.marks = found
    return found


Marked = list[tuple[int, int]]


def marked(lines: list[Line]) -> Marked:
    """(index, marks) of the lines some anchored pattern matches: a page's few headers, rules
    and chrome words. Stages that look for one kind of them walk these, not every line."""
    found: Marked = []
    # Compiled, a loop reads the fields directly (an attrgetter mapped in C would look each
    # one up by name). Read where the page scan answered (most lines), asked where it did not.
    for i, line in enumerate(lines):
        marks = line.traits.marks
        if marks is None:
            marks = marks_of(line.traits)
        if marks:
            found.append((i, marks))
    return found


def marks(line: Line) -> int:
    """The bits of the anchored patterns (LIST, INSERT, TICKER ...) the line's text matches."""
    # Asked about a thousand times a page, nearly always answered already: one call, not two.
    found = line.traits.marks
    return marks_of(line.traits) if found is None else found
