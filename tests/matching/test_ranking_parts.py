# SPDX-License-Identifier: EUPL-1.2
"""The ranking works out its vacancy parts per wish and per wijk: the same criteria, in the
same order, with the same score as `criteria` per job seeker; the waiting-proposals notice
keeps its query, never its count."""

import pytest

from tests.matching.test_matching import markt  # noqa: F401 (fixture)
from tests.web.conftest import VANDAAG
from werkspoor.matching import services
from werkspoor.matching.notices import waiting_proposals
from werkspoor.matching.ranking import _weight, candidates, criteria, profiles
from werkspoor.web import roles

pytestmark = pytest.mark.django_db


def test_each_candidate_has_what_criteria_finds_for_them(office, markt, build):  # noqa: F811
    vacature, ali, bea, cor = markt
    build.werkwens(cor, 8, 16, ["detailhandel"])  # the same wish as nobody: one part more
    for wijk_vacature, lks in (("Overvecht", False), ("Noordoost", True), ("", False)):
        vacature.wijk, vacature.loonkostensubsidie_mogelijk = wijk_vacature, lks
        ranked = candidates(vacature, VANDAAG)
        pool = profiles(VANDAAG)
        for kandidaat in ranked:
            profiel = pool[kandidaat.inwoner_id]
            met = VANDAAG.replace(month=3, day=5) if kandidaat.inwoner_id == cor.pk else None
            expected = [
                *profiel.vast,
                *criteria(vacature, vacature.werkgever.sector, profiel, met, False),
            ]
            assert kandidaat.criteria == expected
            assert kandidaat.score == sum(_weight(code) for code, _ in expected)
        scores = [(-k.score, k.naam, k.inwoner_id) for k in ranked]
        assert scores == sorted(scores)


def test_the_reasons_are_the_same_each_time_they_are_asked(office, markt):  # noqa: F811
    vacature, *_ = markt
    kandidaat = candidates(vacature, VANDAAG)[0]
    assert kandidaat.redenen is kandidaat.redenen  # worked out once per candidate
    assert kandidaat.voor + kandidaat.tegen + kandidaat.onbekend == sorted(
        kandidaat.redenen, key=lambda r: ("voor", "tegen", "info").index(r.richting)
    )


def test_the_waiting_notice_counts_afresh_on_every_visit(office, markt):  # noqa: F811
    vacature, ali, bea, cor = markt
    user = office.users[roles.WERKCOACH]
    assert waiting_proposals(user, office.coach) == []
    services.propose(office.users[roles.BEDRIJFSADVISEUR], vacature, ali)
    assert waiting_proposals(user, office.coach)[0].tekst.startswith("1 voordracht wacht")
    services.propose(office.users[roles.BEDRIJFSADVISEUR], vacature, cor)
    assert waiting_proposals(user, office.coach)[0].tekst.startswith("2 voordrachten wachten")


def test_the_ranking_reads_as_a_list(office, markt):  # noqa: F811
    vacature, ali, bea, cor = markt
    ranked = candidates(vacature, VANDAAG)
    as_list = list(ranked)
    assert len(ranked) == 3 and [k.naam for k in as_list] == ["Ali Aydin", "Cor Cats", "Bea Bos"]
    assert ranked[-1] is as_list[2] and ranked[0] is ranked[-3]  # each made once
    assert ranked[1:] == as_list[1:] and ranked[::-1] == as_list[::-1]
    for index in (3, -4):
        with pytest.raises(IndexError):
            ranked[index]
