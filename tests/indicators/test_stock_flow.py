# SPDX-License-Identifier: EUPL-1.2
"""The stock-flow identity bestand(Q) = bestand(Q-1) + instroom(Q) - uitstroom(Q), exactly,
for generated benefit periods (property test), in total and per wijk and regeling."""

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkspoor.core.periods import Quarter, quarters_between
from werkspoor.indicators.engine import Engine
from werkspoor.registry.models import Inwoner, Uitkering

ORIGIN = date(2018, 6, 1)
FLOWS = ["bijstand.bestand", "bijstand.instroom", "bijstand.uitstroom"]

# One resident: a list of (gap before, length or None = running) in days; consecutive.
resident = st.lists(
    st.tuples(st.integers(0, 400), st.one_of(st.none(), st.integers(1, 500))),
    min_size=1,
    max_size=3,
)


def _periods(spec):
    start, periods = ORIGIN, []
    for gap, length in spec:
        start = start + timedelta(days=gap)
        end = start + timedelta(days=length) if length else None
        periods.append((start, end))
        if end is None:
            break
        start = end
    return periods


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    residents=st.lists(
        st.tuples(
            resident, st.sampled_from(["Overvecht", "Zuid"]), st.sampled_from(["PW", "IOAW"])
        ),
        min_size=1,
        max_size=12,
    )
)
def test_bestand_equals_previous_plus_instroom_minus_uitstroom(build, residents):
    Uitkering.objects.all().delete()
    Inwoner.objects.all().delete()
    for spec, wijk, regeling in residents:
        build.uitkeringsreeks(build.inwoner(wijk=wijk), _periods(spec), regeling=regeling)
    engine = Engine()
    try:
        cells = engine.compute(Quarter(2018, 2), Quarter(2021, 4), FLOWS)
    finally:
        engine.close()
    value = {(c.indicator, c.periode, c.sleutel): c.waarde for c in cells}
    # Breakdowns fixed over time (wijk, regeling); age or arrangement may change in between.
    keys = {
        c.sleutel
        for c in cells
        if c.indicator == "bijstand.bestand" and set(c.uitsplitsing) <= {"wijk", "regeling"}
    }
    assert len(keys) > 4
    for quarter in quarters_between(Quarter(2018, 3), Quarter(2021, 4)):
        q, p = str(quarter), str(quarter.previous())
        for key in keys:
            assert value[("bijstand.bestand", q, key)] == (
                value[("bijstand.bestand", p, key)]
                + value[("bijstand.instroom", q, key)]
                - value[("bijstand.uitstroom", q, key)]
            ), (q, key)
