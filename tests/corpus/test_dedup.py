"""Duplicates and syndication: linked to one canonical article, never deleted."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.corpus.dedup import MIN_WORDS, signature, similarity
from newsdesk.records import Article, Capture, Page
from tests.corpus.fictional import RIVER_BODY

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"  # ../shared beside the repo


def _store_page(store, name: str, outlet: str, body: str, title: str = "Varn floods") -> str:
    sha, _ = store.add_capture(Capture(source=name, data=f"{name}\n{body}".encode()))
    page = Page(
        source=name,
        format="html",
        kind="article",
        site=outlet,
        captured_at="2031-03-04",
        articles=[Article(role="main", title=title, body=body, outlet=outlet)],
    )
    return store.add_page(sha, page, extract_version="x")[0]


def test_syndicated_copy_capture_and_version_are_linked(store) -> None:
    original = _store_page(store, "post.html", "Castellor Post", RIVER_BODY)
    syndicated = _store_page(
        store, "wire.html", "Valley Wire", RIVER_BODY + " Reporting by the Castellor Post."
    )
    recaptured = _store_page(store, "post-again.html", "Castellor Post", RIVER_BODY)
    updated = _store_page(
        store,
        "post-updated.html",
        "Castellor Post",
        RIVER_BODY.replace("twelve families", "fifteen families"),
    )
    unrelated = _store_page(
        store, "other.html", "Castellor Post", " ".join(f"unrelated word{i}" for i in range(80))
    )
    group = store.duplicates(syndicated)
    assert group["canonical"] == original
    relations = {m["id"]: m["relation"] for m in group["members"]}
    assert relations == {syndicated: "syndicated", recaptured: "capture", updated: "version"}
    assert group["also_published_by"] == ["Valley Wire"]
    assert [v["id"] for v in group["versions"]] == [updated]
    assert store.duplicates(unrelated)["members"] == []
    # Nothing deleted: every article is still stored and searchable.
    assert store.stats()["articles"] == 5
    assert store.get_article(syndicated).canonical_id == original
    assert store.get_article(original).canonical_id is None
    assert [a.id for a in store.articles(canonical_only=True)] == [original, unrelated]


def test_short_bodies_link_only_when_identical(store) -> None:
    a = _store_page(store, "a.html", "Castellor Post", "Bridge closed.")
    b = _store_page(store, "b.html", "Valley Wire", "Bridge closed.")
    c = _store_page(store, "c.html", "Valley Wire", "Bridge open.")
    assert store.get_article(b).canonical_id == a
    assert store.get_article(c).canonical_id is None


def test_signature_similarity_tracks_shared_text() -> None:
    base = signature(RIVER_BODY)
    assert signature("too short to compare") is None
    words = [f"word{i}" for i in range(MIN_WORDS)]
    assert signature(" ".join(words[:-1])) is None  # one word short
    assert signature(" ".join(words)) is not None
    assert similarity(base, signature(RIVER_BODY)) == 1.0
    half = " ".join(RIVER_BODY.split()[:50]) + " " + " ".join(f"other{i}" for i in range(50))
    assert 0.2 < similarity(base, signature(half)) < 0.7


def test_signature_equals_datasketch_affine32_minhash() -> None:
    """Our MinHash is datasketch's "affine32" scheme (seed 1, crc32 shingle hashes) value for
    value: signatures stored when datasketch computed them stay comparable with new ones."""
    import zlib

    import numpy as np
    from datasketch import MinHash

    from newsdesk.corpus.dedup import NUM_PERM, shingles

    texts = [
        RIVER_BODY,
        " ".join(RIVER_BODY.split()[::-1]),
        " ".join(f"w{i % 97} x{i % 13}" for i in range(400)),
        "Ünïcode wörds ünd ßtraße " * 20,
        # Case folding that makes two words of one (a dotted İ folds to i and a combining dot)
        "İSTANBUL'da İzmir ΟΔΟΣ ŉ ﬁve " * 12,
    ]
    for text in texts:
        reference = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32, scheme="affine32")
        reference.update_batch([gram.encode() for gram in shingles(text)])
        ours = np.frombuffer(signature(text), dtype=np.uint64)
        assert ours.tolist() == reference.hashvalues.astype(np.uint64).tolist()


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds not present in ../shared/seeds")
def test_daily8_main_article_links_to_the_outlet_it_republishes(sqlite_url: str) -> None:
    """The Daily8 page republishes an Al Mayadeen article: given that article as Al Mayadeen's
    own page, the Daily8 copy becomes a syndicated duplicate of it."""
    from newsdesk.corpus import open_store
    from newsdesk.extract import extract

    daily8 = next(p for p in sorted(SEEDS.glob("*.txt")) if "Daily8" in p.read_text()[:20000])
    page = extract(Capture(source=str(daily8), data=daily8.read_bytes()))
    main = next(a for a in page.articles if a.role == "main")
    store = open_store(sqlite_url)
    original = Page(
        source="almayadeen-original",
        format="html",
        kind="article",
        site="Al Mayadeen English",
        articles=[
            Article(role="main", title=main.title, body=main.body, outlet="Al Mayadeen English")
        ],
    )
    sha, _ = store.add_capture(Capture(source="almayadeen-original", data=b"original"))
    [original_id] = store.add_page(sha, original, extract_version="x")
    sha, _ = store.add_capture(Capture(source=str(daily8), data=daily8.read_bytes()))
    ids = store.add_page(sha, page, extract_version="x")
    main_id = ids[page.articles.index(main)]
    stored = store.get_article(main_id)
    assert stored.canonical_id == original_id
    assert stored.relation in ("syndicated", "capture")
    store.close()


def _link_one_at_a_time(conn, articles) -> None:
    """The plain algorithm the writer's batched linking must match: each article in turn, every
    lookup a query against the tables as the articles before it left them."""
    from sqlalchemy import text

    from newsdesk.corpus.dedup import _near_match, _relation, band_keys

    def scalar(sql: str, **params):
        return conn.execute(text(sql), params).scalar()

    for article in articles:
        match = None
        if article.has_body:
            first = scalar(
                "SELECT id FROM articles WHERE body_sha256 = :sha AND id <> :self "
                "ORDER BY num LIMIT 1",
                sha=article.body_sha256,
                self=article.id,
            )
            match = (first, 1.0) if first else None
        match = match or _near_match(conn, article)
        if match is not None:
            best, score = match
            canonical = (
                scalar("SELECT canonical_id FROM duplicates WHERE article_id = :i", i=best) or best
            )
            other = conn.execute(
                text("SELECT outlet, body_sha256 FROM articles WHERE id = :i"), {"i": canonical}
            ).first()
            if other is not None and canonical != article.id:
                relation = _relation(article, {"outlet": other[0]}, other[1] == article.body_sha256)
                conn.execute(
                    text("INSERT INTO duplicates VALUES (:a, :c, :r, :s)"),
                    {"a": article.id, "c": canonical, "r": relation, "s": score},
                )
                continue
        if article.signature is not None:
            conn.execute(
                text("INSERT INTO article_minhash VALUES (:a, :s)"),
                {"a": article.id, "s": article.signature},
            )
            for band, key in band_keys(article.signature):
                conn.execute(
                    text('INSERT INTO article_bands (band, "key", article_id) VALUES (:b, :k, :a)'),
                    {"b": band, "k": key, "a": article.id},
                )


def _copies_batch() -> list[tuple[str, str, str]]:
    """(name, outlet, body) of pages whose articles copy each other in every way a batch can
    hold: copies of stored articles, copies of each other (earlier and later in the batch),
    near copies of both, short and empty bodies."""
    other = " ".join(f"harbour crane{i} moved cargo{i % 7}" for i in range(40))
    edited = other.replace("crane3 ", "crane33 ").replace("cargo5", "cargo55")
    return [
        ("wire.html", "Valley Wire", RIVER_BODY),  # exact copy of a stored article
        ("port-a.html", "Port Gazette", other),  # new here...
        ("port-b.html", "Port Gazette", other),  # ...and again, later in the batch
        ("port-edit.html", "Port Gazette", edited),  # a version of it
        ("port-wire.html", "Valley Wire", edited + " Reporting by the Port Gazette."),
        ("post-update.html", "Castellor Post", RIVER_BODY.replace("twelve", "fifteen")),
        ("short-a.html", "Castellor Post", "Quay closed."),
        ("short-b.html", "Valley Wire", "Quay closed."),
        ("empty-a.html", "Castellor Post", ""),
        ("empty-b.html", "Castellor Post", "   "),
        ("copy-of-later.html", "Valley Wire", "Ferry resumes."),
        ("later.html", "Castellor Post", "Ferry resumes."),
    ]


def test_batched_linking_matches_linking_one_article_at_a_time(tmp_path: Path, monkeypatch) -> None:
    """The writer links a whole batch with its lookups batched; the links (and the LSH index)
    are those of linking its articles one at a time, in order."""
    from sqlalchemy import text

    from newsdesk.corpus import open_store, write
    from newsdesk.corpus.write import PageWrite, write_pages

    def run(db: str) -> dict[str, list[tuple]]:
        store = open_store(db)
        _store_page(store, "post.html", "Castellor Post", RIVER_BODY)
        _store_page(store, "old-short.html", "Port Gazette", "Quay closed.")
        writes = []
        for name, outlet, body in _copies_batch():
            sha, _ = store.add_capture(Capture(source=name, data=f"{name}\n{body}".encode()))
            article = Article(role="main", title=name, body=body, outlet=outlet)
            page = Page(source=name, format="html", kind="article", site=outlet,
                        captured_at="2031-03-05", articles=[article])  # fmt: skip
            writes.append(PageWrite(sha, page, extract_version="x"))
        with store.write() as conn:
            write_pages(conn, writes)
        with store.read() as conn:
            tables = {
                table: sorted(tuple(r) for r in conn.execute(text(f"SELECT * FROM {table}")))
                for table in ("duplicates", "article_minhash", "article_bands")
            }
        store.close()
        return tables

    batched = run(str(tmp_path / "batched.db"))
    monkeypatch.setattr(write, "link_duplicates", _link_one_at_a_time)
    plain = run(str(tmp_path / "plain.db"))
    assert batched == plain
    relations = {relation for _a, _c, relation, _s in batched["duplicates"]}
    assert relations == {"capture", "syndicated", "version"}
    assert len(batched["duplicates"]) >= 7
