# SPDX-License-Identifier: EUPL-1.2
"""docs/indicatoren.md, generated from the catalogue so that the documentation cannot drift
from the definitions (tests/indicators/test_docs.py checks it is current)."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from .catalogue import Catalogue, catalogue

HEADER = """# Indicatoren

Gegenereerd uit `definitions/indicatoren/` met `werkspoor indicatordocs`; niet met de hand
bewerken. Elke indicator staat in `<id>.yaml` (beschrijving) met de berekening in `<id>.sql`.
Perioden zijn halfopen: een uitkering loopt op dag d als startdatum <= d < einddatum (of
zonder einddatum). Een kwartaal loopt van de eerste dag F tot en met de laatste dag L.

Alle cijfers komen met `werkspoor indicatoren --van 2019Q1 --tot 2021Q4 --formaat json|csv
[--drempel N]`: één lijst van `{"indicator", "periode", "uitsplitsing", "waarde",
"onderdrukt"}`; een cijfer dat nog kan veranderen omdat de definitie verder kijkt dan de stand
van de registratie, heeft daarbij `"voorlopig": true`. Het totaal (`"uitsplitsing": {}`) telt
de Participatiewet; de uitsplitsing `regeling` toont alle regelingen (bij aanvragen en
betalingen ook de minimaregelingen). Aandelen zijn fracties (0.225), groei is in procenten
(4.7), bedragen in euro (5400.25), doorlooptijden in dagen (een mediaan).

## Rekenkern

De rekenkern leest het register in een DuckDB-database in het geheugen (met ADBC: kolommen
komen als Arrow binnen, zonder Python-werk per rij; één leesverbinding per processorkern, die
alle dezelfde stand van het register zien), bouwt één tijdlijn van persoonskenmerken (wijk,
huishoudtype, leeftijdsklasse, doelgroepen en arrangement, met een nieuwe periode op elke dag
waarop een kenmerk kan wisselen, over de gevraagde kwartalen plus een jaar ervoor en erna) en
rekent per indicator alle kwartalen en uitsplitsingen in één query uit: eerst telt ze de
feiten op in hun fijnste cellen (kwartaal, dimensies, regeling en kenmerken; een paar
honderdduizend rijen waar het miljoenen feiten zijn), daarna sommeert één `GROUPING SETS` die.
Kwartalen vóór `--van` rekent ze alleen voor indicatoren waar een afgeleide indicator op
terugkijkt (groei, basislijn). De definities (`<id>.sql`) zijn gewone SQL die ook PostgreSQL
uitvoert; de rekenkern zelf gebruikt DuckDB. Het aantal personen per cel (voor de
onthullingscontrole) is exact: bij één feit per persoon per kwartaal is het het aantal
feiten, anders telt een persoon één keer per cel.
Meten: `python bench/bench_indicators.py --scale 40` (landelijke omvang).

## Onthullingscontrole

Gepubliceerde cijfers (Dashboard, Monitor, exports, de openbare webpagina's) tonen geen
groep kleiner dan de drempel `onthulling_min_personen` uit de gemeenteconfiguratie
(standaard 10), ook geen 0: zo'n cel krijgt `"waarde": null, "onderdrukt": true`. Een
aandeel wordt onderdrukt als teller of noemer onder de drempel ligt (de noemer is bekend,
dus de teller zou te herleiden zijn); een gemiddelde als het op te weinig antwoorden rust;
een groeicijfer als een van beide bestanden te klein is; een mediaan of een som in euro als
ze op minder inwoners rust dan de drempel (een som over genoeg inwoners is geen aantal
personen en wordt gewoon getoond). Aanvullende onderdrukking: is in
een optelbare groep (een totaal en de cellen die er samen op uitkomen: per wijk,
arrangement, leeftijdsklasse, huishoudtype, per duurklasse, kanaal, soort beweging of
van-naar) precies één cel onderdrukt, dan wordt ook de kleinste andere cel onderdrukt,
tot geen groep nog precies één verborgen cel heeft. `--drempel 0` zet de controle uit,
alleen voor wie de permissie `indicators.view_unsuppressed` heeft.
"""


def _uitsplitsingen(cat: Catalogue) -> str:
    lines = ["## Uitsplitsingen", ""]
    for name, spec in cat.uitsplitsingen.items():
        if isinstance(spec, dict):
            lines.append(f"- **{name}** — {' '.join(str(spec['uitleg']).split())}")
    klassen = ", ".join(cat.uitsplitsingen["leeftijdsklasse"]["klassen"])
    lines += ["", f"Leeftijdsklassen: {klassen}.", ""]
    return "\n".join(lines)


def _indicator(cat: Catalogue, indicator) -> str:
    rows = [
        ("Thema", indicator.thema),
        ("Soort", indicator.soort),
        ("Eenheid", indicator.eenheid),
        ("Periode", indicator.periode),
        ("Peildatum", indicator.peildatum),
        ("Uitsplitsingen", ", ".join(indicator.uitsplitsingen) or "geen"),
    ]
    if indicator.dimensies:
        rows.append(
            (
                "Eigen indeling",
                "; ".join(
                    f"{name}: {', '.join(values) or 'uit de gegevens'}"
                    for name, values in indicator.dimensies.items()
                )
                + (" (elk apart)" if indicator.dimensies_apart else ""),
            )
        )
    if indicator.prestatie_indicatoren:
        rows.append(
            ("Prestatie-indicatoren", ", ".join(f"`{p}`" for p in indicator.prestatie_indicatoren))
        )
    effect = cat.effect_van(indicator.id)
    if effect:
        rows.append(("Draagt bij aan", f"`{effect.id}` ({effect.naam})"))
    for target in indicator.streefwaarden:
        rows.append(("Streefwaarde", f"{target['waarde']} — {target['omschrijving']}"))
    rows.append(("Bron", indicator.bron))
    table = "\n".join(f"| {k} | {v} |" for k, v in rows)
    return (
        f"### `{indicator.id}` — {indicator.naam}\n\n{indicator.definitie}\n\n"
        f"| | |\n|---|---|\n{table}\n"
    )


def render(cat: Catalogue | None = None) -> str:
    cat = cat or catalogue()
    parts = [
        HEADER,
        "## Effect- en prestatie-indicatoren",
        "",
        cat.koppeling.strip(),
        "",
        _uitsplitsingen(cat),
        "## De indicatoren",
        "",
    ]
    parts += [_indicator(cat, indicator) for indicator in cat]
    return "\n".join(parts)


def docs_path() -> Path:
    return Path(settings.REPO_ROOT) / "docs" / "indicatoren.md"
