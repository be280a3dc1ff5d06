# SPDX-License-Identifier: EUPL-1.2
"""docs/indicatoren.md, generated from the catalogue so that the documentation cannot drift
from the definitions (tests/indicators/test_docs.py checks it is current)."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from .catalogue import Catalogue, catalogue

HEADER = """# Indicatoren

Gegenereerd uit `definitions/indicatoren/` met `werkspoor indicatordocs`; niet met de hand
bewerken. Elke indicator staat in `<id>.yaml` (beschrijving) met de berekening in `<id>.sql`
(of in die van een andere indicator, `sql_van`, met eigen parameters).
Perioden zijn halfopen: een uitkering loopt op dag d als startdatum <= d < einddatum (of
zonder einddatum). Een periode (kwartaal of jaar) loopt van de eerste dag F tot en met de
laatste dag L.

Alle cijfers komen met `werkspoor indicatoren --van 2019Q1 --tot 2021Q4 [--per kwartaal|jaar]
--formaat json|csv [--drempel N]`: één lijst van `{"indicator", "periode", "uitsplitsing",
"waarde", "onderdrukt"}`; een cijfer dat nog kan veranderen omdat de definitie verder kijkt
dan de stand van de registratie, heeft daarbij `"voorlopig": true`. Het totaal
(`"uitsplitsing": {}`) telt de Participatiewet; de uitsplitsing `regeling` toont alle
regelingen (bij aanvragen en betalingen ook de minimaregelingen). Aandelen zijn fracties
(0.225), groei is in procenten (4.7), bedragen in euro (5400.25), doorlooptijden in dagen
(een mediaan).

## Kwartalen en jaren

`--per jaar` (`--van 2019 --tot 2021`) geeft `"periode": "2019"`, `"2020"`, `"2021"`. Een jaar
is één periode met dezelfde definities als een kwartaal, geen som van vier kwartalen: een
persoon (of een werkgever) telt één keer in het jaar, ook als hij in meer kwartalen meetelt;
een stand (het bestand, de caseload) is die op de laatste dag van het jaar, een stand op de
eerste dag (inwoners per arrangement) die op 1 januari; groei is ten opzichte van het vorige
jaar. Het Dashboard gebruikt ook het jaar tot en met een kwartaal (`2021Q1-Q3`), net zo
geteld. Een cumulatief cijfer (Werkbeweging) is voor een jaar de stand na zijn laatste
kwartaal. De tabel met perioden die de definities lezen heet `perioden` (kolommen `periode`,
`soort`, `begin`, `einde`, `volgnummer`, `vorige`, `jaar_eerder`); `kwartalen` is dezelfde
tabel onder de oude naam.

## De horizon van de gegevens

De registratie kent haar *stand*: de laatste dag met geregistreerde feiten (of de datum in
`WERKSPOOR_STAND`), en haar eerste dag met gegevens: de eerste geregistreerde gebeurtenis
(contact, einde van een uitkering, ontmoeting, plaatsing, KTO-antwoord; of
`WERKSPOOR_EERSTE_DATUM`). Een kwartaal of jaar dat na de stand eindigt of vóór de eerste dag
ophoudt, bestaat voor Werkspoor niet: `werkspoor indicatoren` stopt met een Nederlandse
melding en afsluitcode 2, de web-app geeft 404 met uitleg en een link naar het laatste
kwartaal. Een periode moet volledig zijn: het laatste kwartaal is het laatste waarvan de
registratie de laatste dag heeft bereikt.

## Doelen en programma's

Doelen (streefwaarden) staan niet bij de indicator maar in de gemeenteconfiguratie,
`definitions/gemeenten/<gemeente>/doelen.yaml`, als gedateerde gegevens met hun bron: de
indicator (en de cel), de soort periode (kwartaal, jaar, of de looptijd van een programma),
de waarde of bandbreedte en van wanneer tot wanneer het doel geldt. Alleen waar een bron een
doel noemt; de omvang van een doelgroep is geen doel. Een programma (Werkbeweging,
2019Q3-2022Q2) heeft daar ook zijn looptijd: indicatoren van het programma lezen die als
`:programma_van` en `:programma_tot`; na afloop verdwijnen de tegels van het programma van het
Dashboard en toont de Monitor het eindresultaat.

## Rekenkern

De rekenkern leest het register in een DuckDB-database in het geheugen (met ADBC: kolommen
komen als Arrow binnen, zonder Python-werk per rij; één leesverbinding per processorkern, die
alle dezelfde stand van het register zien; een SQLite-bestand leest een eigen hulpproces,
omdat ADBC een eigen kopie van SQLite meebrengt en twee kopieën in één proces een database in
WAL-modus beschadigen: zie `indicators/sqlite_reader.py`), bouwt één tijdlijn van persoonskenmerken (wijk,
huishoudtype, leeftijdsklasse, doelgroepen, werkdienstverlening en arrangement, met een nieuwe
periode op elke dag waarop een kenmerk kan wisselen, over de gevraagde perioden plus een jaar
ervoor en erna) en rekent per indicator alle perioden en uitsplitsingen in één query uit:
eerst telt ze de feiten op in hun fijnste cellen (periode, dimensies, regeling en kenmerken;
een paar honderdduizend rijen waar het miljoenen feiten zijn), daarna sommeert één
`GROUPING SETS` die. Kwartalen, jaren en jaren tot en met een kwartaal kunnen in één run.
Perioden vóór `--van` rekent ze alleen voor indicatoren waar een afgeleide indicator op
terugkijkt: met alle uitsplitsingen voor groei, alleen het totaal voor de basislijn van een
cumulatief cijfer. De definities (`<id>.sql`) zijn gewone SQL die ook PostgreSQL uitvoert; de
rekenkern zelf gebruikt DuckDB. Het aantal personen per cel (voor de onthullingscontrole) is
exact: bij één feit per persoon per periode is het het aantal feiten, anders telt een persoon
één keer per cel.
Meten: `python bench/bench_indicators.py --scale 40` (landelijke omvang) en
`python bench/bench_city.py` (één gemeente, interactief).

## Onthullingscontrole

Gepubliceerde cijfers (Dashboard, Monitor, raadsbrief, exports, de openbare webpagina's) tonen
geen groep van minder inwoners dan de drempel `onthulling_min_personen` uit de
gemeenteconfiguratie (standaard 10): zo'n cel krijgt `"waarde": null, "onderdrukt": true`.
De regel, precies:

1. Alleen aantallen inwoners worden beschermd. Elke cel weet op hoeveel inwoners zij rust.
   Een telling van werkcoaches (hoeveel boven of onder de richtlijn), van werkgevers
   (`werkgevers.werkgevers`) of een bedrag over tien of meer inwoners beschermt geen persoon
   en wordt altijd gepubliceerd.
2. Een cel die op 1 tot de drempel inwoners rust, wordt onderdrukt. Een cel van 0 inwoners
   wordt gepubliceerd: "niemand" wijst niemand aan, en een structurele nul (arrangement
   "geen" bij inwoners per arrangement) is geen geheim.
3. Een aandeel rust op de kleinste van teller en noemer (de noemer is bekend, dus de teller
   zou te herleiden zijn); een aandeel van 0 rust op de noemer: "niemand van de 50" wordt
   gepubliceerd, "niemand van de 3" niet. Een gemiddelde rust op zijn antwoorden, een
   groeicijfer op de kleinste van de twee bestanden, een mediaan of een som in euro op de
   inwoners over wie zij gaat.
4. Aanvullende onderdrukking: is in een optelbare groep (een totaal en de cellen die er
   samen op uitkomen: de uitsplitsingen die in de catalogus optelbaar heten, zoals per wijk,
   arrangement, werkdienstverlening, leeftijdsklasse, huishoudtype, regeling, per duurklasse,
   reden, kanaal, soort beweging, soort plaatsing of van-naar)
   precies één cel onderdrukt, dan wordt ook de kleinste andere cel die niet 0 is
   onderdrukt (een nul is toch bekend; die verbergen beschermt niets), of anders het
   totaal, tot geen groep nog precies één verborgen cel heeft. Een nul dwingt dus nooit
   een extra onderdrukking af.

`--drempel 0` zet de controle uit, alleen voor wie de permissie
`indicators.view_unsuppressed` heeft.
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
                + (" (elk apart)" if indicator.losse_dimensies else ""),
            )
        )
    if indicator.prestatie_indicatoren:
        rows.append(
            ("Prestatie-indicatoren", ", ".join(f"`{p}`" for p in indicator.prestatie_indicatoren))
        )
    effect = cat.effect_van(indicator.id)
    if effect:
        rows.append(("Draagt bij aan", f"`{effect.id}` ({effect.naam})"))
    if indicator.programma:
        rows.append(("Programma", indicator.programma))
    if not indicator.beschermd:
        rows.append(("Onthullingscontrole", "niet: telt geen inwoners"))
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
