# SPDX-License-Identifier: EUPL-1.2
"""Each registry rule is enforced twice: by the model layer with a Dutch message, and by the
database itself, so that bulk paths that skip validation cannot break it."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from werkspoor.registry.integrity import explain_integrity_error
from werkspoor.registry.models import (
    ArrangementPeriode,
    Doel,
    Inwoner,
    KtoRespons,
    Toewijzing,
    Traject,
    Uitkering,
)

D = date
pytestmark = pytest.mark.django_db


def _db_rejects(instance) -> str:
    """Save without validation; return the explained database error."""
    with pytest.raises(IntegrityError) as caught, transaction.atomic():
        instance.save()
    return explain_integrity_error(caught.value)


def _model_rejects(instance) -> str:
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return " ".join(caught.value.messages)


@pytest.fixture
def inwoner(build):
    return build.inwoner()


def test_period_ending_on_or_before_its_start_is_rejected(inwoner):
    for end in (D(2020, 1, 1), D(2019, 12, 31)):
        bad = Uitkering(
            inwoner=inwoner, startdatum=D(2020, 1, 1), einddatum=end, reden_beeindiging="werk"
        )
        assert "einddatum moet na de startdatum" in _model_rejects(bad)
        assert "einddatum moet na de startdatum" in _db_rejects(bad)


def test_ended_benefit_needs_a_reason_and_a_running_one_has_none(inwoner):
    no_reason = Uitkering(inwoner=inwoner, startdatum=D(2020, 1, 1), einddatum=D(2020, 6, 1))
    assert "reden van beëindiging" in _model_rejects(no_reason)
    assert "reden van beëindiging" in _db_rejects(no_reason)
    reason_while_running = Uitkering(
        inwoner=inwoner, startdatum=D(2020, 1, 1), reden_beeindiging="werk"
    )
    assert "reden van beëindiging" in _db_rejects(reason_while_running)


@pytest.mark.parametrize(
    "model, extra",
    [
        (Uitkering, {"reden_beeindiging": "werk"}),
        (ArrangementPeriode, {"arrangement": 3}),
        (Toewijzing, {}),
    ],
)
def test_overlapping_periods_of_one_resident_are_rejected(build, inwoner, model, extra):
    if model is Toewijzing:
        extra = {"werkcoach": build.werkcoach()}
    first = model(inwoner=inwoner, startdatum=D(2020, 1, 1), einddatum=D(2020, 7, 1), **extra)
    first.full_clean()
    first.save()
    overlapping = model(
        inwoner=inwoner, startdatum=D(2020, 6, 30), einddatum=D(2020, 9, 1), **extra
    )
    assert "overlapt" in _model_rejects(overlapping) or "al een" in _model_rejects(overlapping)
    assert "al een" in _db_rejects(overlapping)
    running_extra = {**extra, "reden_beeindiging": ""} if model is Uitkering else extra
    running = model(inwoner=inwoner, startdatum=D(2019, 1, 1), **running_extra)
    assert "al een" in _db_rejects(running)


def test_adjacent_half_open_periods_do_not_overlap(build, inwoner):
    """[2020-01-01, 2020-07-01) and [2020-07-01, ...) share no day."""
    build.arrangement(inwoner, 3, D(2020, 1, 1), D(2020, 7, 1))
    build.arrangement(inwoner, 2, D(2020, 7, 1))
    assert ArrangementPeriode.objects.filter(inwoner=inwoner).count() == 2


def test_another_residents_period_may_overlap(build, inwoner):
    build.uitkering(inwoner, D(2020, 1, 1))
    build.uitkering(build.inwoner(), D(2020, 1, 1))
    assert Uitkering.objects.count() == 2


def test_updating_a_period_into_an_overlap_is_rejected_by_the_database(build, inwoner):
    build.arrangement(inwoner, 3, D(2020, 1, 1), D(2020, 7, 1))
    later = build.arrangement(inwoner, 4, D(2020, 7, 1))
    later.startdatum = D(2020, 3, 1)
    assert "al een arrangement" in _db_rejects(later)


def test_arrangement_is_one_to_four(inwoner):
    bad = ArrangementPeriode(inwoner=inwoner, arrangement=5, startdatum=D(2020, 1, 1))
    assert "1, 2, 3 of 4" in _db_rejects(bad)


@pytest.mark.parametrize("loonwaarde", [101, 250])
def test_loonwaarde_above_100_is_rejected(inwoner, loonwaarde):
    bad = Traject(
        inwoner=inwoner,
        instrument="loonkostensubsidie",
        startdatum=D(2020, 1, 1),
        loonwaarde=loonwaarde,
    )
    assert "100" in _model_rejects(bad)
    assert "0 en 100" in _db_rejects(bad)


def test_loonkostensubsidie_needs_a_loonwaarde(inwoner):
    bad = Traject(inwoner=inwoner, instrument="loonkostensubsidie", startdatum=D(2020, 1, 1))
    assert "loonwaarde" in _model_rejects(bad)
    assert "loonwaarde" in _db_rejects(bad)


def test_goal_status_dates_are_consistent(inwoner):
    closed_same_day = Doel(
        inwoner=inwoner,
        soort="werkfit",
        startdatum=D(2020, 1, 1),
        status="behaald",
        statusdatum=D(2020, 1, 1),
    )
    assert "statusdatum" in _model_rejects(closed_same_day)
    assert "statusdatum" in _db_rejects(closed_same_day)
    active_moved = Doel(
        inwoner=inwoner,
        soort="werkfit",
        startdatum=D(2020, 1, 1),
        status="actief",
        statusdatum=D(2020, 3, 1),
    )
    assert "statusdatum" in _db_rejects(active_moved)


def test_goal_is_active_from_start_until_its_status_date(build, inwoner):
    doel = build.doel(
        inwoner, "opleiding", D(2020, 1, 1), status="behaald", statusdatum=D(2020, 6, 1)
    )
    assert not doel.is_actief_op(D(2019, 12, 31))
    assert doel.is_actief_op(D(2020, 5, 31))
    assert not doel.is_actief_op(D(2020, 6, 1))


def test_kto_score_is_one_to_ten():
    for cijfer in (0, 11):
        bad = KtoRespons(datum=D(2021, 1, 1), thema="werk", cijfer=cijfer)
        assert "1 en 10" in _db_rejects(bad)


def test_invalid_bsn_is_rejected_and_a_valid_one_accepted(build):
    bad = Inwoner(
        geboortedatum=D(1990, 1, 1), wijk="Oost", huishoudtype="alleenstaande", bsn="123456789"
    )
    assert "elfproef" in _model_rejects(bad)
    assert build.inwoner(bsn="111222333").bsn == "111222333"


def test_unknown_wijk_is_rejected_with_the_list_of_wijken():
    bad = Inwoner(geboortedatum=D(1990, 1, 1), wijk="Atlantis", huishoudtype="alleenstaande")
    message = _model_rejects(bad)
    assert "Atlantis" in message and "Overvecht" in message


def test_werkdienstverlening_override_needs_a_reason(inwoner):
    inwoner.werkdienstverlening_override = "plus"
    assert "reden" in _model_rejects(inwoner)
    assert "reden" in _db_rejects(inwoner)


def test_kostendelers_counts_the_resident_so_is_at_least_one(inwoner):
    inwoner.aantal_kostendelers = 0
    assert "kostendelers" in _db_rejects(inwoner)
