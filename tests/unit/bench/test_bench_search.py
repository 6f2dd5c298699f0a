"""The benchmark's search figures: each query's keystrokes are timed together, the baseline's then the
search's, so the baseline's full scans never sit between two keystrokes of the search."""

from checkin.bench.search import typed_queries


def test_keystrokes_are_grouped_into_the_queries_they_type():
    keystrokes = ["k", "ko", "kow", "a", "an", "j", "ja", "jan", "jan ", "jan k"]

    assert typed_queries(keystrokes) == [["k", "ko", "kow"], ["a", "an"], ["j", "ja", "jan", "jan ", "jan k"]]


def test_a_query_typed_again_starts_a_new_group():
    assert typed_queries(["a", "ab", "a", "ab"]) == [["a", "ab"], ["a", "ab"]]
