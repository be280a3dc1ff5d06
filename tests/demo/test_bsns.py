# SPDX-License-Identifier: EUPL-1.2
"""Synthetic BSNs for residents added to a city that already has many (the applicants of
demo/aanvragen.py): at scale 40 a fifth of the 9-series was taken and the first draw fell
short, so `werkspoor demo --scale 40` stopped with columns of unequal length."""

import numpy as np

from werkspoor.core.bsn import is_valid_bsn
from werkspoor.demo import households
from werkspoor.demo.households import synthetic_bsns, synthetic_bsns_except


def test_the_first_draw_is_the_calibrated_one_when_it_suffices():
    taken = {f"{v:09d}" for v in synthetic_bsns(np.random.default_rng(1), 1_000)}
    ours = synthetic_bsns_except(np.random.default_rng(2), 300, taken)
    drawn = [f"{v:09d}" for v in synthetic_bsns(np.random.default_rng(2), 300 + 20 + 100)]
    assert ours == [b for b in drawn if b not in taken][:300]


def test_a_nearly_full_series_still_gives_every_resident_a_fresh_number(monkeypatch):
    # A small series (the valid numbers of 900000000-900099999, about 9,100) stands in for
    # the 9-series, so that most of it can be taken cheaply.
    def small_series(rng, n):
        values = np.arange(900_000_000, 900_100_000)
        valid = values[[is_valid_bsn(f"{v:09d}") for v in values]]
        return rng.choice(valid, min(n, valid.size), replace=False)

    monkeypatch.setattr(households, "synthetic_bsns", small_series)
    taken = {f"{v:09d}" for v in small_series(np.random.default_rng(1), 6_000)}
    fresh = synthetic_bsns_except(np.random.default_rng(2), 2_500, taken)
    assert len(fresh) == 2_500 == len(set(fresh))
    assert not taken & set(fresh)
