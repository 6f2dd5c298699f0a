"""Cycles are collected on the GUI thread only: a worker thread's allocations never free them."""

import gc
import threading
import weakref

from ui.gui_thread_gc import CHECK_MS, collect_if_due, collecting_on_gui_thread


class Node:
    """A reference cycle, as a closed dialog and its slots make."""

    def __init__(self):
        self.me = self


def _garbage_cycle():
    return weakref.ref(Node())


def test_a_worker_thread_allocating_never_collects_and_the_gui_thread_timer_does(qtbot, qapp):
    assert not gc.isenabled()  # the session's fixture: as in the running desk
    cycle, kept = _garbage_cycle(), []
    worker = threading.Thread(target=lambda: kept.extend([n] for n in range(200_000)))
    worker.start()
    worker.join()
    assert cycle() is not None  # 200,000 containers made there, past every threshold: not collected
    qtbot.waitUntil(lambda: cycle() is None, timeout=CHECK_MS * 10)


def test_only_a_generation_past_its_threshold_is_collected(qapp):
    cycle = _garbage_cycle()
    gc.collect()
    cycle = _garbage_cycle()
    collect_if_due()  # a handful of allocations since: under every threshold
    assert cycle() is not None
    kept = [[n] for n in range(gc.get_threshold()[0] + 1)]  # containers that live: the count grows
    collect_if_due()
    assert cycle() is None and kept


def test_the_collector_is_as_it_was_afterwards(qapp):
    gc.enable()
    try:
        with collecting_on_gui_thread(qapp):
            assert not gc.isenabled()
        assert gc.isenabled()
    finally:
        gc.disable()  # the session's fixture's state
