"""One vocabulary of words saying a story was published (keywords.PUBLISHED_WORDS), read by
the header's cued date (shapes._PUBLISHED) and a post's signature (signature._SIGNED), each with
its own words added."""

from newsdesk.extract.text import keywords, shapes, signature


def _line(word: str) -> str:
    return f"Ann Example {word.title()} 3 May 2024"


def test_both_readers_know_every_published_word_and_only_theirs_add_to_it() -> None:
    for word in keywords.PUBLISHED_WORDS:
        assert signature._SIGNED.search(_line(word)), word
        assert shapes._PUBLISHED.search(_line(word)), word
    for word in keywords.UPDATED_WORDS:
        assert shapes._PUBLISHED.search(_line(word)), word
        assert not signature._SIGNED.search(_line(word)), word  # a post is signed, not updated
    for word in keywords.WRITTEN_WORDS:
        assert signature._SIGNED.search(_line(word)), word
        assert not shapes._PUBLISHED.search(_line(word)), word


def test_a_published_word_counts_only_as_a_whole_word() -> None:
    assert not signature._SIGNED.search("Republished letters of the harbour master")
    assert not shapes._PUBLISHED.search("The unpublished diaries of the island")
    # the header's search runs on over a colon and the word for "on" to the date
    found = shapes._PUBLISHED.search("Ann Example Publié le 9 juin 2019")
    assert found is not None and found.group() == "Publié le "
