# SPDX-License-Identifier: EUPL-1.2
"""Input variables: the household's situation in a month, as a resident or the registry knows it."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from werkspoor.rules.entities import Huishouden


class Huishoudtype(Enum):
    alleenstaande = "Alleenstaande"
    alleenstaande_ouder = "Alleenstaande ouder"
    gehuwden = "Gehuwden / samenwonenden"


class huishoudtype(Variable):  # noqa: N801 - OpenFisca names variables in lower case
    value_type = Enum
    possible_values = Huishoudtype
    default_value = Huishoudtype.alleenstaande
    entity = Huishouden
    definition_period = MONTH
    label = "Huishoudtype voor de norm (Participatiewet art. 4)"


class leeftijd(Variable):  # noqa: N801
    value_type = int
    default_value = 30
    entity = Huishouden
    definition_period = MONTH
    label = "Leeftijd van de aanvrager in hele jaren"


class leeftijd_partner(Variable):  # noqa: N801
    value_type = int
    default_value = 30
    entity = Huishouden
    definition_period = MONTH
    label = "Leeftijd van de partner (alleen bij gehuwden)"


class heeft_kinderen(Variable):  # noqa: N801
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Er zijn ten laste komende kinderen jonger dan 18"


class heeft_kind_onder_12(Variable):  # noqa: N801
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Er is een kind jonger dan de leeftijd van de alleenstaande-oudervrijlating"


class aantal_kostendelers(Variable):  # noqa: N801
    value_type = int
    default_value = 1
    entity = Huishouden
    definition_period = MONTH
    label = "A: personen in de woning die als kostendeler tellen, de aanvrager meegeteld"


class medisch_urenbeperkt(Variable):  # noqa: N801
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Medische urenbeperking vastgesteld"


class netto_inkomsten(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Netto inkomsten uit arbeid in de maand"


class maand_vrijlating(Variable):  # noqa: N801
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "De hoeveelste maand met inkomsten uit arbeid (1 = de eerste); 0 = geen"


class vrijwilligersvergoeding(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Ontvangen vrijwilligersvergoeding in de maand"


class vrijwilligersvergoeding_eerder_dit_jaar(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Vrijwilligersvergoeding in de eerdere maanden van hetzelfde kalenderjaar"


class vrijwilligerskosten_aangetoond(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Aangetoonde werkelijke kosten van het vrijwilligerswerk in de maand"
