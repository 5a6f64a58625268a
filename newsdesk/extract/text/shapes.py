"""What one line is, judged from its own shape and words: byline, credit, date, reading time,
caption, list header, insert, chrome. No site's rules: only signals that hold across outlets.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final

from rapidfuzz import fuzz

from newsdesk.extract.dates import ParsedDate, may_be_date, parse_date
from newsdesk.extract.furniture import READ_ALSO, any_of
from newsdesk.extract.text import keywords
from newsdesk.extract.text.lines import Traits, traits_of
from newsdesk.extract.text.plain_patterns import is_plain
from newsdesk.extract.text.prefixes import PrefixGate
from newsdesk.extract.text.unwrap import RULE

if TYPE_CHECKING:
    from newsdesk.extract.text.lines import Line

# Headers that open a list of links after (or beside) the article.
LIST_HEADERS: Final = re.compile(
    r"^(?:"
    + any_of(
        "most (?:read|popular|viewed|shared|commented)", "read next", "related articles",
        "related stories", "related content", "related coverage",
        r"more (?:stories|news|from [\w .'-]+|on this story|in [\w &]+)",
        r"more (?:[\w-]+ ){1,2}(?:stories|news|articles|videos)",
        "trending(?: now| stories| news)?", "top stories", "latest(?: news| stories| articles)?",
        "editor'?s? picks?", "recommended(?: for you| stories)?", "you may (?:also )?like",
        "you might (?:also )?like", "popular(?: now| stories| news)?", "recent posts",
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
        "δημοφιλή", "σχετικά άρθρα", "tin liên quan", "đọc nhiều nhất", "tin mới nhất",
        "berita terkait", "terpopuler", "כתבות נוספות", "הנקראים ביותר", "संबंधित खबरें",
        "热门文章", "相关新闻", "相關新聞", "人気記事", "関連ニュース", "많이 본 뉴스",
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
    # "Read" alone before another story's title ("Baca: Jawaban ...", "Leia: Um título").
    r"|(?:read|baca|leia)\s*:\s*(?-i:[A-Z0-9«\"“])"
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
CHROME_WORDS: Final = re.compile(
    r"^(?:"
    + any_of(
        "listen", r"share(?: this(?: article| story| post)?| on \w+| via \w+)?:?",
        "report(?: this)?(?: post| comment| abuse)?", r"follow (?:\w+ ){1,3}on",
        "get (?:the )?short url", "copy (?:the )?(?:short )?url",
        r"click to (?:share|email|print)(?: this)?(?: on \w+| to a friend)?"
        r"(?: \(opens in new window\))?",
        "tweet", "email", "print", "x", "facebook", "twitter", "whatsapp", "telegram", "linkedin",
        "copy link", "advertisement", "advert", "ad", "ads", "sponsored", "subscribe",
        "sign[- ]?in", "log ?in", "sign[- ]?up", "register", "menu", "search", "close", "home",
        "skip to (?:main )?content", "logo", "all", "more", "next", "previous", "back to top",
        r"loading\.*", "show more", "load more", "read more", "see more", "view all", "comments?",
        "reply", "follow us", "newsletter", "cookie settings", "accept", "orange background",
        "slogan", "toggle navigation", "open menu", "video", "play", "pause", "mute", "audio",
        "image", "photo", "gallery", r"\d+ comments?", r"no comments yet\.*", "donate(?: now)?",
        "support us",
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
    so a text with one of those three is always let through."""
    if contains_any(text.lower(), keys):
        return True
    return not text.isascii() and ("ı" in text or "İ" in text or "ſ" in text)


def is_footer(of: str | Traits) -> bool:
    """The page's footer: copyright, policies, app-store prompts. `of` is a line's text or, from
    a stage that has the line, its Traits (no look-up)."""
    traits = of if isinstance(of, Traits) else traits_of(of)
    if traits.footer is None:
        text = traits.text
        # The words first: the pattern is slow to fail, and almost every line fails it.
        traits.footer = has_keys(traits, keywords.FOOTER) and FOOTER.search(text) is not None
    return traits.footer


# Where the article ends and readers' comments begin.
COMMENTS_START: Final = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments)\s*:?$"
    r"|\bleave a (?:reply|comment)\b|\bjoin the (?:discussion|conversation)\b|^\d+ comments?\b"
    r"|\d+ (?:thoughts|responses|discussions?) (?:on|to)\b"
    r"|^(?:add|post|write) (?:a|your) comment|^comments are closed"
    # The same in the languages most news is read in.
    r"|^(?:\d+\s+)?(?:kommentar(?:e|er)?|commentaires?|comentarios?|comentários?|commenti|reacties"
    r"|yorumlar?|komentar|komentarze?|kommentit|komentáře|komentáre"
    r"|comentarii|komentari|коментарі|коментари|σχόλια|bình luận|תגובות|टिप्पणियाँ|评论|評論"
    r"|留言|コメント|댓글)\s*:?$"
    r"|\b(?:kommentar schreiben|laisser un commentaire|écrire un commentaire|deja un comentario"
    r"|escribe un comentario|deixe (?:um|seu) comentário|lascia un commento|scrivi un commento"
    r"|оставить комментарий)"
    # A blog's comment form and thread in the languages WordPress speaks most: "5 Gedanken zu
    # „Title“", "Schreibe einen Kommentar", "Antworten abbrechen", "Deine E-Mail-Adresse wird
    # nicht veröffentlicht" (a comment's number and a quote: a headline "5 Gedanken zu Rom" is
    # no thread).
    r"|^(?:\d+|eine?) (?:gedanken|antwort(?:en)?|kommentare?|réflexions?|respuestas?|risposte"
    r"|reacties|gedachten|respostas?) (?:zu|auf|sur|a|en|para|op|su|em)\s*[„“\"«‚‘'”]"
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
# Where the story is over and the page describes it: sources, the author's box, fact boxes.
ARTICLE_END: Final = re.compile(
    r"^(?:(?i:sources?|references|bibliography|about this (?:article|statement|story|report)"
    r"|about the authors?|related topics|topics in this article)"
    r"|(?i:about|über|à propos de) [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2})\s*:?$"
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
# Stops of other scripts too: Armenian "։", Urdu "۔", Ethiopic "።", Devanagari "।" and "॥",
# Burmese "။", Khmer "។", Tibetan "།", fullwidth "．".
SENTENCE_END: Final = re.compile(r"[.!?…:;。！？؟।॥։۔።။។།．]['\"”’)」』»›]*$")
STOPS: Final = frozenset(".!?…:;。！？؟।॥։۔።။។།．")
CLOSERS: Final = "'\"”’)」』»›"


def ends_sentence(text: str) -> bool:
    """SENTENCE_END.search(text) without the search, which tries every position of the line
    (a quarter of the time): a stop, then nothing but closing quotes and brackets."""
    if text[-1:] == "\n":
        text = text[:-1]  # as `$` allows
    return text.rstrip(CLOSERS)[-1:] in STOPS


def is_consent(of: str | Traits) -> bool:
    traits = of if isinstance(of, Traits) else traits_of(of)
    if traits.consent is None:
        text = traits.text
        # The word tests first: the pattern itself is slow, and almost no line needs it.
        traits.consent = has_keys(traits, keywords.CONSENT) and CONSENT.search(text) is not None
    return traits.consent


_PROMO: Final = re.compile(
    r"\b(?:"
    + any_of(
        "subscribe", "unsubscribe", "subscription", "newsletter", "sign up", "signing up", "inbox",
        "activation link", "follow us", "download our", "our app", "click here",
        "requires javascript", "enable javascript",
        "share (?:it|this(?: story| article)?) with (?:a friend|your friends)",
        "подписывайтесь", "abonnez-vous", "suscríbete", "abonnieren sie", "iscriviti",
        "inscreva-se",
        r"follow (?:[\w@-]+ ){1,3}on (?:instagram|facebook|twitter|x|youtube|tiktok|telegram)",
        # Appeals for money: "Donate now", "Support independent journalism".
        "donate now", "make a donation", "support (?:independent|quality) journalism",
        "support our (?:journalism|work|reporting|mission)",
        "become a (?:member|supporter|patron|subscriber)",
        # Calls to subscribe in more of the languages the headers know.
        "tilaa uutiskirje", "prenumerera på", "abonner på", "abonneer", "zapisz się",
        "zaprenumeruj", "přihlaste se k odběru", "iratkozzon fel", "abonează-te",
        "pretplatite se", "підписуйтесь", "εγγραφείτε", "đăng ký nhận", "berlangganan",
        "abone ol", "اشترك",
    )
    + r")\b",
    re.I,
)  # fmt: skip


def is_promo(of: str | Traits) -> bool:
    """A call to subscribe, sign up or follow: the site talking about itself, not the story."""
    traits = of if isinstance(of, Traits) else traits_of(of)
    if traits.promo is None:
        text = traits.text
        traits.promo = (
            len(text) <= 400
            and has_keys(traits, keywords.PROMO)
            and _PROMO.search(text) is not None
        )
    return traits.promo


# What a site's terms for its newsletters or its calls to follow name: stems, so that
# "subscribe" and "subscription", "newsletter" and "newsletters" count alike.
_SUBSCRIBING: Final = ("subscri", "newsletter", "inbox", "sign up", "sign-up", "abonn", "suscri",
                "iscriv", "inscrev", "подпис", "рассылк", "follow us", "follow him",
                "follow her", "follow them")  # fmt: skip


def is_long_promo(traits: Traits) -> bool:
    """A paragraph of the site's terms for its newsletters or subscriptions: longer than a
    call to subscribe, but naming two things of the kind ("When you subscribe we will use the
    information you provide to send you these newsletters ...")."""
    if not has_keys(traits, keywords.PROMO):
        return False  # nearly every line: no word of the family
    low = traits.text.lower()
    # Substrings, found in C (the slow pattern would be tried at every character).
    return sum(stem in low for stem in _SUBSCRIBING) >= 2


def starts_comments(of: str | Traits) -> bool:
    """Readers' comments begin, or the page moves on to describing the story it just told."""
    traits = of if isinstance(of, Traits) else traits_of(of)
    if traits.comments is None:
        text = traits.text
        traits.comments = (len(text) < 60 and marks_of(traits) & ENDING != 0) or (
            has_keys(traits, keywords.COMMENTS) and COMMENTS_START.search(text) is not None
        )
    return traits.comments


def has_keys(traits: Traits, family: int) -> bool:
    """Whether the text holds a word of the keyword family (keywords.FOOTER ...): one scan
    answers the four tests above, which look at their slow patterns only where their words are."""
    keys = traits.keys
    if keys is None:
        if keywords.SCANNED or traits.words < 30:
            keys = traits.keys = keywords.families(traits.text.lower())
        else:
            # sre, without Hyperscan, would try some seventy keys at every character of a long
            # paragraph (8 us on 200 words), where one or two of the tests ask: family by family.
            return keywords.holds(traits.text.lower(), family)
    return bool(keys & family)


# A header's line that names who published the story, then when, after a word saying it was
# published ("Jo Example, The Daily Example Published 7:40 p.m. ET March 17, 2020"): the date
# is read after the word, the line being too long to be read as a date whole.
_PUBLISHED: Final = re.compile(
    r"\b(?:published|updated|posted|publié|publiée|mis à jour|publicado|publicada|actualizado"
    r"|atualizado|veröffentlicht|aktualisiert|pubblicato|aggiornato|opublikowano|gepubliceerd"
    r"|опубликовано|обновлено|تم نشره|نشر في|기사입력|입력)\b\s*:?\s*(?:(?:on|le|am|el|em|il)\s+)?",
    re.I,
)
# What _PUBLISHED cannot match without (its words, or their stems: "publi" for "published",
# "publié", "publicado", "opublikowano", "gepubliceerd"; "tualiz" for "actualizado",
# "atualizado"): 1.9 us a search on a short line, asked of a header's every datable line.
_PUBLISHED_KEYS: Final = (
    "publi", "pubbli", "updated", "posted", "mis à jour", "tualiz", "tualis", "veröffentlicht",
    "aggiornato", "опубликовано", "обновлено", "نشر", "입력",
)  # fmt: skip
_CUED_WORDS: Final = 16  # a header's line names its publisher and date in fewer words
_CUED_LEAD: Final = 8  # words before the word "published": a name and an outlet


@lru_cache(maxsize=16384)
def _cued_date(text: str, now: datetime | None) -> ParsedDate | None:
    """The date after a word saying the story was published, in a header's line that is no
    sentence; None where what follows the word is not a date alone (with a few words of label)."""
    if ends_sentence(text) or not may_be_date(text) or not may_hold(text, _PUBLISHED_KEYS):
        return None
    m = _PUBLISHED.search(text)
    if m is None or len(text[: m.start()].split()) > _CUED_LEAD:
        return None
    # The word says a date follows: read in the page's language (the slow parser) even where
    # the caller asks for sure formats only ("Publié le 9 juin 2019"); few lines get here.
    return parse_date(text[m.end() :], now, fallback=True)


def date_of(line: Line, now: datetime | None = None, *, fallback: bool = True) -> ParsedDate | None:
    traits = line.traits
    if traits.words > 9:
        if traits.words > _CUED_WORDS or traits.datable is False:
            return None
        return _cued_date(traits.text, now)
    if traits.datable is None:
        traits.datable = may_be_date(traits.text)
    if not traits.datable:
        return None  # most lines: asked many times over, answered once per text
    parsed = parse_date(traits.text, now, fallback=fallback)
    if parsed is None and traits.words > 2:
        # "Publié le 9 juin 2019", "First published on November 19, 2019 / 8:16 AM": the date
        # after the word saying so, where the line whole reads as none.
        return _cued_date(traits.text, now)
    return parsed


def is_paragraph(line: Line) -> bool:
    """A line of running prose: long, or a complete sentence of some length."""
    traits = line.traits
    if traits.prose is None:
        traits.prose = is_prose_text(traits.text, traits.words)
    return traits.prose


def is_prose(line: Line) -> bool:
    """A paragraph of ten words or more: the story's running prose, as the region reads it."""
    return is_paragraph(line) and line.words >= 10


def is_title_case(text: str) -> bool:
    """Headline style: nearly every word capitalised ("This Skateboarder Has No Regard ...")."""
    long = capitals = 0
    # One compiled loop over the words: no list of the long ones, and an ASCII initial (nearly
    # all) is a capital exactly when it is A-Z, with no call to str.isupper.
    for word in text.split():
        if len(word) > 3:
            long += 1
            first = ord(word[0])
            if (65 <= first <= 90) if first < 128 else word[0].isupper():
                capitals += 1
    return long >= 4 and capitals >= 0.85 * long


_PUNCTUATION: Final = re.compile(r"[.,;:!?،。、，։۔።।။។၊]")


def _shouted(text: str) -> bool:
    """Nearly every word in capitals: "EMISORAS BUENOS AIRES CATAMARCA CHACO ..."."""
    head = text.split(None, 3)
    if len(head) < 3 or not (head[0].isupper() or head[1].isupper()):
        return False  # almost every line: one of its first two words is not in capitals
    words = [w for w in text.split() if len(w) > 2]
    return len(words) >= 5 and sum(w.isupper() for w in words) >= 0.8 * len(words)


def is_prose_text(text: str, words: int) -> bool:
    """is_paragraph for a line's text and word count (asked once per text: see Traits)."""
    if words < 7:
        return False  # a menu item, a label, a short headline
    if words <= 25 and is_title_case(text):
        return False
    if text.count(" | ") >= 2 or _shouted(text):
        return False  # a row of links or headlines; a menu in capitals
    if words >= 20:
        # Twenty words or more without one stop or comma, not starting as a sentence does, is
        # a tag cloud or a keyword list.
        return not text[:1].islower() or _PUNCTUATION.search(text) is not None
    # A shorter line without a full stop is a headline or a label.
    return ends_sentence(text)


# A sentence's end inside a line, before the next one.
_INNER_STOP: Final = re.compile(r"[.!?։。][\"”’»]?\s")


def is_unfinished(text: str) -> bool:
    """Sentences, then words that end none: headlines glued into one line by a converter
    ("... in Moscow. Mediaport Names by name. Which villages ... the quay"), or a paragraph
    closed by a link or a label. A story's paragraph ends on a stop."""
    # Ending on a letter or a digit: not on an emoji or a symbol, which close a sentence too.
    return text[-1:].isalnum() and _INNER_STOP.search(text) is not None


# Quotation marks a headline may open with: English, and „German“, «French», »German«,
# ‚single‘, ‹single›. The latter hug the word they open: "« Previous post" is a link's arrow.
_QUOTES: Final = "'\"‘“"
HUGGING_QUOTES: Final = "„«»‚‹›"


def _opens_title(text: str) -> bool:
    first = text[:1]
    if first.isupper() or first.isdigit() or first in _QUOTES:
        return True
    return first in HUGGING_QUOTES and text[1:2].isalnum()


def is_title_like(line: Line) -> bool:
    words = line.words
    return (
        3 <= words <= 30
        and not line.text.endswith(".")  # (lines hold no newline)
        and not is_footer(line.traits)
        and not marks(line) & CHROME_WORD
        and _opens_title(line.text)
    )


def spells_nothing(text: str) -> bool:
    """No letter or digit at all: a drawn rule, a stray mark, letters a converter lost (U+FFFD).
    Such a line is never a heading or a tag, whatever its place."""
    return not any(ch.isalnum() for ch in text)


def is_chrome(line: Line) -> bool:
    traits = line.traits
    if traits.chrome is None:
        traits.chrome = chrome_text(traits)
    return traits.chrome


# "Image copyright Getty Images", "Image caption ...": picture labels inside a story, not footers.
IMAGE_LABEL: Final = re.compile(
    r"^(?:image|photo|picture|media|video)\s+(?:copyright|caption|source|credit)\b", re.I
)
# An image or a form field as a converter prints it ("[image]", "[    ]"), or a CMS shortcode
# left in the text ("[button link=... ]Send us ...[/button]").
# lynx names an inline frame by its address ("IFRAME: https://example.com/embed/video/..."),
# elinks by a link numbered as any other ("[4]IFrame", "IFrame" once the numbers are off),
# and marks a button, its label after the mark ("(BUTTON) Teilen"; lines.py took the mark off a
# paragraph printed after it).
_PLACEHOLDER: Final = re.compile(
    r"^\[[^\]]*\]$|^\[[a-z_]+ [^\]]*=[^\]]*\]|^IFRAME: |^IFrame$|^\(BUTTON\)"
)
# A teaser's headline glued to its blurb: "...Of U of M-Dearborn Student-AthleteA 24-year-old ..."
_GLUED_TEASER: Final = re.compile(r"^(?:\S+\s+){3,16}?\S*[a-z0-9?!](?=[A-Z][a-z]*\s)")


_GLUE_POINT: Final = re.compile(r"[a-z0-9?!][A-Z][a-z]*\s")


def is_glued_teaser(text: str, glue: bool | None = None) -> bool:
    """`glue`: whether the text holds a glued capital anywhere, if known (see page_scan.py)."""
    # Not cached: only line scoring asks, and it caches its own answer.
    if glue is False:
        return False
    if (glue is None or len(text) > 200) and not _GLUE_POINT.search(text, 0, 200):
        return False  # cheap: no glued capital (in the first 200 characters), no teaser
    m = _GLUED_TEASER.match(text)
    if not m:
        return False
    head = m.group(0).split()
    return len(head) >= 4 and sum(w[:1].isupper() or w[:1].isdigit() for w in head) >= 0.75 * len(
        head
    )


def repeats_headline(text: str) -> bool:
    """A headline printed twice in a row on one line, perhaps with more after it ("Title
    Title", "TitleTitle Next title"): a teaser's picture, its alt text the headline, glued to
    the link under it. A list of teasers, never a paragraph, which does not open by saying its
    first four words or more twice."""
    # The line's first characters found again (one search in C), then the whole stretch
    # before them printed again there.
    at = text.find(text[:_HEAD_CHARS], 1)
    if at < _HEAD_CHARS:
        return False
    first = text[:at].rstrip()
    # Twice, not more: a sentence said over and over is no picture's caption and its link.
    return text.startswith(first, at) and first.count(" ") >= 3 and text.count(first) == 2


_HEAD_CHARS: Final = 20


# A clock time opening an item of a news feed: "08:45 «Daily». Title", "21:47 Title".
_FEED_TIME: Final = re.compile(
    r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])\s+(?=[^\W\d_]|[«\"“‘'„])"
)


def is_timed_feed(text: str, words: int) -> bool:
    """A site's feed of latest headlines glued into one line by the converter: three clock
    times or more, each opening a title ("08:45 Title 08:38 Title ..."), one every 25 words at
    most. A paragraph giving times says "at 08:15," or "08:15 am": its times open no title."""
    if words < 12 or text.count(":") < 3:
        return False  # nearly every line: the count is one pass in C
    opening = 0
    for m in _FEED_TIME.finditer(text):
        opening += not text[m.end()].islower()
    return opening >= 3 and words <= 25 * opening


# A social post embedded in the story, as a page prints it without its script: "Twitter post
# by @handle: ...", "Skip Instagram post by ...", "End of YouTube post by ...".
EMBEDDED_POST: Final = re.compile(
    r"^(?:skip |end of )?(?:twitter|x|instagram|facebook|youtube|tiktok|threads|bluesky) "
    r"(?:post|content|video) by\b",
    re.I,
)


# A form's required field: "Your e-mail * :", "Dit navn *:".
_FORM_FIELD: Final = re.compile(r"^[^\W\d][\w' -]{0,40}\*\s*:?$")


def chrome_text(traits: Traits) -> bool:
    """is_chrome for a line's text (asked once per text: see Traits)."""
    found = marks_of(traits)
    if found & (PLACEHOLDER | IMAGE | EMBEDDED | CHROME_WORD):
        return True
    if traits.words <= 6 and "*" in traits.text and _FORM_FIELD.match(traits.text):
        return True
    return traits.words <= 8 and is_footer(traits)


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
# Six lines in ten begin as none of the patterns can (a set look-up says so: see prefixes.py).
_MARKS_GATE: Final = PrefixGate(pattern for _, pattern in _MARKED)


def marks_of(traits: Traits) -> int:
    found = traits.marks
    if found is None:
        found = 0
        if _MARKS_GATE.may_match(traits.text):
            m = _ALL_MARKS.match(traits.text)
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


def domain_outlet(text: str) -> str:
    """'www.newarab.com/' -> 'newarab.com': the outlet named by a bare domain."""
    text = text.strip().rstrip("/").strip()
    text = re.sub(r"^https?://", "", text)
    text = text.split("/")[0]
    return text.removeprefix("www.")


def same_line(a: str, b: str) -> bool:
    """The same headline printed twice, allowing for a converter's small differences."""
    # The ratio is 100 * (1 - indel distance / total length), and the distance is at least the
    # difference in length: lines of lengths too far apart need no alignment (most asks). ASCII
    # keeps its length lowered, so those are told apart before lowering them.
    if a.isascii() and b.isascii() and _far_apart(a, b):
        return False
    a, b = a.lower(), b.lower()
    return not _far_apart(a, b) and fuzz.ratio(a, b) >= 90


def _far_apart(a: str, b: str) -> bool:
    return 10 * abs(len(a) - len(b)) > len(a) + len(b)


def ticker_attribution(text: str) -> str | None:
    """'Sheikh Qassem: ...' -> 'Sheikh Qassem'; 'Israeli media report on ...' -> 'Israeli media'."""
    head, sep, rest = text.partition(":")
    if sep and rest.strip() and 1 <= len(head.split()) <= 8 and head[:1].isupper():
        # "Pope Leo XIV to the Lebanese": the speaker, not the audience.
        return re.sub(r"\s+to\s+(?:the\s+)?[A-Z][\w'’ -]*$", "", head.strip())
    m = re.match(
        r"^([A-Z][\w'’.-]*(?:\s[\w'’.-]+){0,5}?)\s+(?:told|tells|said|says|reports?|reported|confirms?"
        r"|confirmed|announced?)\b",
        text,
    )
    if m:
        return m.group(1).strip()
    return None


# The page scan's answers (page_scan.py builds the Hyperscan database and runs it; this module is
# compiled: settling the answers as Python, line by line, cost as much again as the scan).
# Bits of an answer: the marks as numbered above, then the keyword families, then the glued
# capital, the words a publisher phrase needs, the slow searches' hits and the date gate.
SCAN_KEYS_SHIFT: Final = 12
SCAN_GLUE: Final = 1 << 16
SCAN_NAMED: Final = 1 << 17
FOOTER_HIT: Final = 1 << 18
CONSENT_HIT: Final = 1 << 19
PROMO_HIT: Final = 1 << 20
COMMENTS_HIT: Final = 1 << 21
DATABLE_HIT: Final = 1 << 22
_SCAN_MARKS: Final = (1 << SCAN_KEYS_SHIFT) - 1
_SCAN_FOOTER: Final = FOOTER_HIT | keywords.FOOTER << SCAN_KEYS_SHIFT
_SCAN_CONSENT: Final = CONSENT_HIT | keywords.CONSENT << SCAN_KEYS_SHIFT
_SCAN_PROMO: Final = PROMO_HIT | keywords.PROMO << SCAN_KEYS_SHIFT
_SCAN_COMMENTS: Final = COMMENTS_HIT | keywords.COMMENTS << SCAN_KEYS_SHIFT


def scan_hit(bit: int, _start: int, end: int, _flags: int, found: dict[int, int]) -> None:
    """Hyperscan's callback: expression `bit` matched up to offset `end`."""
    found[end] = found.get(end, 0) | bit


def scan_traits(lines: list[Line], database: Any) -> None:
    """Ask `database` (page_scan.py) about the plain texts of `lines` not asked before (each
    text once), and settle each one's facts from its answer: the marks, the keyword families,
    the glue and the publisher's words, then the facts of shapes.py and dates.py as they define
    them (the family's words, then the slow search: is_footer, is_consent, is_promo,
    starts_comments, may_be_date)."""
    # Pages repeat a third of their lines; most texts are ASCII: plain without is_plain.
    distinct = dict.fromkeys([line.traits for line in lines])
    fresh = [t for t in distinct if t.marks is None and (t.text.isascii() or is_plain(t.text))]
    if not fresh:
        return
    texts = [t.text.encode() for t in fresh]
    joined = b"\n".join(texts)
    if joined.count(b"\n") != len(texts) - 1:
        return  # a text holding a newline (never a line's): leave them all to sre
    found: dict[int, int] = {}
    database.scan(joined, scan_hit, context=found)
    # Just past where each line ends in the joined bytes; a match (never empty) ending at `end`
    # lies in the first line ending at or after it.
    past_ends: list[int] = []
    past = 0
    for data in texts:
        past += len(data) + 1
        past_ends.append(past)
    answers = [0] * len(fresh)
    for end, bit in found.items():
        answers[bisect_left(past_ends, end + 1)] |= bit
    for i, t in enumerate(fresh):
        answer = answers[i]
        marks = answer & _SCAN_MARKS
        t.marks = marks
        t.keys = (answer >> SCAN_KEYS_SHIFT) & 0xF
        t.glue = answer & SCAN_GLUE != 0
        t.named = answer & SCAN_NAMED != 0
        t.footer = answer & _SCAN_FOOTER == _SCAN_FOOTER
        t.consent = answer & _SCAN_CONSENT == _SCAN_CONSENT
        t.promo = answer & _SCAN_PROMO == _SCAN_PROMO and len(t.text) <= 400
        t.comments = (len(t.text) < 60 and marks & ENDING != 0) or (
            answer & _SCAN_COMMENTS == _SCAN_COMMENTS
        )
        t.datable = answer & DATABLE_HIT != 0
