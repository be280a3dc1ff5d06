# SPDX-License-Identifier: EUPL-1.2
"""The pool's profiles are kept for a minute; after that a request gets the kept ones while
a thread reads them anew, so no match request waits for the whole pool. A save in the
meantime wins over the older read."""

import pytest

from tests.matching.test_matching import markt  # noqa: F401 (fixture)
from tests.web.conftest import VANDAAG
from werkspoor.matching import ranking
from werkspoor.matching.models import Werkwens


@pytest.fixture
def a_minute_later(monkeypatch):
    """The clock of the kept profiles, moved on past PROFILE_SECONDS when asked."""
    real = ranking.time.monotonic
    offset = [0.0]
    monkeypatch.setattr(ranking.time, "monotonic", lambda: real() + offset[0])

    def later():
        offset[0] += ranking.PROFILE_SECONDS + 1

    return later


@pytest.fixture
def started(monkeypatch):
    """The refreshes asked for, run when the test says so."""
    asked = []
    monkeypatch.setattr(ranking, "run_in_background", lambda *call: asked.append(call))
    return asked


def _change_hours_without_signals(inwoner):
    # queryset.update sends no signal: what an import by another process looks like here
    Werkwens.objects.filter(inwoner=inwoner).update(uren_min=4)


@pytest.mark.django_db
def test_old_profiles_are_served_while_a_thread_reads_them_anew(markt, a_minute_later, started):  # noqa: F811
    _, ali, *_ = markt
    first = ranking.profiles(VANDAAG)
    _change_hours_without_signals(ali)
    assert ranking.profiles(VANDAAG) is first and started == []  # within the minute
    a_minute_later()
    assert ranking.profiles(VANDAAG) is first
    assert ranking.profiles(VANDAAG) is first
    assert len(started) == 1  # one refresh at a time
    function, *args = started[0]
    function(*args)
    assert ranking.profiles(VANDAAG)[ali.pk].wens[0] == 4


@pytest.mark.django_db
def test_a_save_during_the_refresh_is_not_undone_by_the_older_read(markt, a_minute_later, started):  # noqa: F811
    ranking.profiles(VANDAAG)
    a_minute_later()
    ranking.profiles(VANDAAG)
    ranking.forget_profiles()  # a save while the thread reads
    function, *args = started[0]
    function(*args)
    assert ranking._profiles == {}  # the next request reads afresh


@pytest.mark.django_db(transaction=True)
def test_the_thread_reads_with_a_connection_of_its_own(markt, a_minute_later, monkeypatch):  # noqa: F811
    _, ali, *_ = markt
    threads = []
    real = ranking.run_in_background
    monkeypatch.setattr(ranking, "run_in_background", lambda *call: threads.append(real(*call)))
    first = ranking.profiles(VANDAAG)
    _change_hours_without_signals(ali)
    a_minute_later()
    assert ranking.profiles(VANDAAG) is first
    threads[0].join(timeout=60)
    assert ranking.profiles(VANDAAG)[ali.pk].wens[0] == 4
