"""Site profiles: what recurs across a site's captures is chrome."""

from __future__ import annotations

from newsdesk.extract import extract_text_page
from newsdesk.extract.batch import learn_profiles
from newsdesk.extract.profile import learn_profile, load_profiles, save_profiles


def test_profile_learnt_from_three_captures_of_one_site(seed_text, tmp_path):
    texts = [seed_text(p) for p in ("000", "001", "002")]
    profile = learn_profile("Al Mayadeen English", texts)
    assert profile.captures == 3
    assert profile.is_chrome("Most Read") and profile.is_chrome("Privacy Policy")
    assert profile.is_chrome("  •  Arts&Culture ".strip(" •"))
    # A line of one article only is not chrome.
    assert not profile.is_chrome("Iraq, Turkey foreign ministers hold talks on Syria")
    for prefix, text in zip(("000", "001", "002"), texts, strict=True):
        plain = extract_text_page(text, source=prefix)
        profiled = extract_text_page(text, source=prefix, profile=profile)
        assert profiled.articles[0].title == plain.articles[0].title
        assert profiled.articles[0].body == plain.articles[0].body
        assert profiled.articles[0].published == plain.articles[0].published
    path = tmp_path / "profiles.json"
    save_profiles(path, [profile])
    assert load_profiles(path)["Al Mayadeen English"].chrome == profile.chrome


def test_profiles_group_captures_by_site(seed_dir):
    sources = sorted(str(p) for p in seed_dir.glob("*.txt"))
    profiles = learn_profiles(sources)
    assert list(profiles) == ["Al Mayadeen English"]  # the other two sites have one capture each


def test_identical_captures_teach_nothing(seed_text):
    text = seed_text("000")
    assert learn_profile("x", [text, text, text]).chrome == set()


def test_versions_of_one_article_teach_nothing(seed_text):
    text = seed_text("000")
    versions = [text.replace("\n", f"\nUpdated {n}\n", 1) for n in range(3)]  # a line differs
    assert learn_profile("x", versions).captures == 1
    assert learn_profile("x", versions).chrome == set()
