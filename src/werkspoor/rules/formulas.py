# SPDX-License-Identifier: EUPL-1.2
"""Vectorised building blocks shared by the variables: rounding and the norm for a situation.

`norm_voor` is a plain function of arrays so the jongerentoeslag can ask "what would a
21-year-old in the same situation receive" without a second simulation.
"""

from __future__ import annotations

import numpy as np

CENTS = 100
_EPSILON = 1e-9  # float products such as 1834.04 * 0.38 land a hair below the half cent


def round_cents(amount):
    """Round half up to whole cents, as the published tables do."""
    return np.floor(np.asarray(amount, dtype=float) * CENTS + 0.5 + _EPSILON) / CENTS


def kostendelersnorm_per_persoon(kd, gehuwdennorm, a):
    """(40 + A x 30) / A percent of the gehuwdennorm, for A >= 1 (A = 1 gives 70%)."""
    a = np.maximum(a, 1)
    percent = (kd.basis_percentage + a * kd.per_kostendeler_percentage) / a
    return round_cents(gehuwdennorm * percent / CENTS)


def norm_voor(pw, huishoudtype, leeftijd, leeftijd_partner, heeft_kinderen, kostendelers, types):
    """Bijstandsnorm incl. vakantietoeslag per household (arrays in, array out).

    `pw` is the participatiewet parameter node at the date; `types` the Huishoudtype enum.
    Kostendelersnorm (art. 22a) applies to residents of 21 and older when A > 1; for a couple
    A counts both partners, so a couple on its own (A = 2) keeps the gehuwdennorm.
    """
    norm, kd = pw.bijstandsnorm, pw.kostendelersnorm
    volwassen = pw.leeftijden.volwassennorm_vanaf
    gehuwd = huishoudtype == types.gehuwden
    jong = leeftijd < volwassen
    partner_jong = leeftijd_partner < volwassen
    a = np.maximum(kostendelers, np.where(gehuwd, 2, 1))
    per_persoon = kostendelersnorm_per_persoon(kd, norm.gehuwden, a)
    deelt = a > np.where(gehuwd, 2, 1)

    alleen = np.where(
        jong, norm.jongere_alleenstaande, np.where(deelt, per_persoon, norm.alleenstaande)
    )
    beiden_jong = np.where(
        heeft_kinderen,
        norm.jongeren_gehuwden_beiden_jong_met_kinderen,
        norm.jongeren_gehuwden_beiden_jong_zonder_kinderen,
    )
    een_jong = np.where(
        heeft_kinderen,
        norm.jongeren_gehuwden_een_jong_met_kinderen,
        norm.jongeren_gehuwden_een_jong_zonder_kinderen,
    )
    # Art. 22a, third paragraph: with kostendelers, the older partner gets the
    # kostendelersnorm and the young partner the part a young couple would get above a
    # single young person (the published 'jongere partner' amounts).
    jongere_partner_deel = np.where(
        heeft_kinderen,
        norm.jongeren_gehuwden_beiden_jong_met_kinderen - norm.jongere_alleenstaande,
        norm.jongere_alleenstaande,
    )
    een_jong = np.where(deelt, per_persoon + jongere_partner_deel, een_jong)
    beiden_volwassen = np.where(deelt, 2 * per_persoon, norm.gehuwden)
    paar = np.select(
        [jong & partner_jong, jong | partner_jong], [beiden_jong, een_jong], beiden_volwassen
    )
    return round_cents(np.where(gehuwd, paar, alleen))
