"""Tries counted per network address: one address's failures make that address wait, no other."""

import pytest

from checkin.sync import attempts
from checkin.sync.attempts import TriesByAddress, address_key


def wait_after_two(failures: int) -> int:
    """Two free tries, then 10 s for each failure past them."""
    return max(failures - 1, 0) * 10


def test_an_address_waits_after_its_free_tries_counted_from_its_last_failure():
    tries = TriesByAddress(wait_after_two)
    tries.failed("a", 0.0)
    assert tries.wait("a", 0.0) == 0
    tries.failed("a", 5.0)
    assert tries.wait("a", 5.0) == 10
    assert tries.wait("a", 9.5) == 6
    assert tries.wait("a", 15.0) == 0
    assert tries.wait("b", 5.0) == 0


def test_a_success_clears_its_own_address_only():
    tries = TriesByAddress(wait_after_two)
    for address in ("a", "b"):
        tries.failed(address, 0.0)
        tries.failed(address, 0.0)
    tries.succeeded("a")
    assert (tries.wait("a", 0.0), tries.wait("b", 0.0)) == (0, 10)


def test_the_oldest_addresses_are_forgotten_past_the_limit(monkeypatch):
    monkeypatch.setattr(attempts, "MAX_ADDRESSES", 2)
    tries = TriesByAddress(wait_after_two)
    for address, when in (("a", 0.0), ("b", 1.0), ("a", 2.0), ("b", 3.0), ("c", 4.0)):
        tries.failed(address, when)
    assert (tries.wait("a", 4.0), tries.wait("b", 4.0)) == (0, 9)  # a's last failure was the oldest


@pytest.mark.parametrize(
    "remote, key",
    [
        ("192.168.1.23", "192.168.1.23"),
        ("::ffff:192.168.1.23", "192.168.1.23"),
        ("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"),
        ("2001:db8:1:2::1", "2001:db8:1:2::/64"),
        ("fe80::1%wlan0", "fe80::/64"),
        (None, ""),
    ],
)
def test_a_device_is_known_by_its_address_and_an_ipv6_one_by_its_64(remote, key):
    assert address_key(remote) == key
