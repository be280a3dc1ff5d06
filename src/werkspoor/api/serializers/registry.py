# SPDX-License-Identifier: EUPL-1.2
"""The registry's resources as the API shows and accepts them (camelCase, Dutch domain words).

Reading serializers show a record; writing serializers name exactly the fields an
operation accepts. Writes go through the same services as the workspace, so the same
rules and the same audit records apply."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from werkspoor.core.bsn import is_valid_bsn
from werkspoor.core.gemeente import current_gemeente
from werkspoor.core.today import vandaag
from werkspoor.registry.choices import (
    Arrangement,
    DoelSoort,
    DoelStatus,
    Huishoudtype,
    Instrument,
    Kanaal,
    RedenBeeindiging,
    Regeling,
    TrajectResultaat,
    Werkdienstverlening,
)
from werkspoor.registry.models import (
    ArrangementPeriode,
    Contactmoment,
    Doel,
    Inwoner,
    Toewijzing,
    Traject,
    Uitkering,
    Werkcoach,
)

from .base import Datum, ReadSerializer, SelfLinkField, StrictModelSerializer, StrictSerializer

LINK_SCHEMA = {
    "type": "object",
    "properties": {
        "self": {
            "type": "object",
            "properties": {"href": {"type": "string", "format": "uri"}},
        }
    },
    "additionalProperties": {
        "type": "object",
        "properties": {"href": {"type": "string", "format": "uri"}},
    },
}

INWONER_COLLECTIONS = (
    "uitkeringen",
    "arrangementen",
    "toewijzingen",
    "doelen",
    "trajecten",
    "contactmomenten",
)


@extend_schema_field(LINK_SCHEMA)
class Links(SelfLinkField):
    pass


def wijk_choices():
    return [(w, w) for w in current_gemeente().wijken]


def validate_bsn_value(value):
    if value and not is_valid_bsn(value):
        raise serializers.ValidationError(
            "Dit is geen geldig burgerservicenummer: 9 cijfers die de elfproef doorstaan."
        )
    return value or None


class InwonerSerializer(ReadSerializer):
    _links = Links("api:inwoner", {name: f"api:inwoner-{name}" for name in INWONER_COLLECTIONS})
    code = serializers.CharField(source="external_id")
    bsn = serializers.CharField(allow_null=True)
    aantalKostendelers = serializers.IntegerField(source="aantal_kostendelers")
    structureleArbeidsbeperking = serializers.BooleanField(source="structurele_arbeidsbeperking")
    werkdienstverlening = serializers.SerializerMethodField()
    doelgroepen = serializers.SerializerMethodField()

    class Meta:
        model = Inwoner
        fields = [
            "_links",
            "id",
            "code",
            "bsn",
            "voornaam",
            "achternaam",
            "geboortedatum",
            "wijk",
            "huishoudtype",
            "aantalKostendelers",
            "structureleArbeidsbeperking",
            "inburgeraar",
            "statushouder",
            "werkdienstverlening",
            "doelgroepen",
        ]

    def _doelgroepen(self, inwoner) -> list[str]:
        cache = getattr(inwoner, "_api_doelgroepen", None)
        if cache is None:
            births = [kind.geboortedatum for kind in inwoner.kinderen.all()]
            cache = inwoner._api_doelgroepen = inwoner.doelgroepen_op(vandaag(), births)
        return cache

    @extend_schema_field(
        serializers.ChoiceField(
            choices=Werkdienstverlening.choices,
            help_text="Basis of Plus op de dag van het verzoek (afgeleid of afwijkend vastgelegd).",
        )
    )
    def get_werkdienstverlening(self, inwoner) -> str:
        return inwoner.werkdienstverlening_op(vandaag(), self._doelgroepen(inwoner))

    @extend_schema_field(
        serializers.ListField(
            child=serializers.CharField(),
            help_text="Doelgroepen voor werkdienstverlening-Plus op de dag van het verzoek.",
        )
    )
    def get_doelgroepen(self, inwoner) -> list[str]:
        return self._doelgroepen(inwoner)


class InwonerWriteSerializer(StrictModelSerializer):
    """Register (POST) or change (PATCH) a resident; the code is the source system's key."""

    code = serializers.CharField(source="external_id", required=False, max_length=64)
    bsn = serializers.CharField(
        required=False,
        allow_null=True,
        allow_blank=True,
        max_length=9,
        validators=[validate_bsn_value],
        help_text="Burgerservicenummer; 9 cijfers met elfproef.",
    )
    wijk = serializers.ChoiceField(choices=[])
    huishoudtype = serializers.ChoiceField(choices=Huishoudtype.choices)
    aantalKostendelers = serializers.IntegerField(
        source="aantal_kostendelers", required=False, min_value=1, max_value=20
    )
    structureleArbeidsbeperking = serializers.BooleanField(
        source="structurele_arbeidsbeperking", required=False
    )
    voornaam = serializers.CharField(required=False, allow_blank=True, max_length=100)
    achternaam = serializers.CharField(required=False, allow_blank=True, max_length=200)
    inburgeraar = serializers.BooleanField(required=False)
    statushouder = serializers.BooleanField(required=False)

    class Meta:
        model = Inwoner
        fields = [
            "code",
            "bsn",
            "voornaam",
            "achternaam",
            "geboortedatum",
            "wijk",
            "huishoudtype",
            "aantalKostendelers",
            "structureleArbeidsbeperking",
            "inburgeraar",
            "statushouder",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].choices = wijk_choices()


class BsnZoekSerializer(StrictSerializer):
    bsn = serializers.CharField(
        max_length=9,
        min_length=9,
        help_text="Het burgerservicenummer (in de body: een BSN staat nooit in een URI).",
    )

    def validate_bsn(self, value):
        if not is_valid_bsn(value):
            raise serializers.ValidationError(
                "Dit is geen geldig burgerservicenummer: 9 cijfers die de elfproef doorstaan."
            )
        return value


class RegistratieSerializer(ReadSerializer):
    """A record that exists within one resident: the resident's id."""

    inwoner = serializers.IntegerField(source="inwoner_id")


class UitkeringSerializer(RegistratieSerializer):
    _links = Links("api:uitkering")
    code = serializers.CharField(source="external_id")
    redenBeeindiging = serializers.CharField(source="reden_beeindiging")

    class Meta:
        model = Uitkering
        fields = [
            "_links",
            "id",
            "code",
            "inwoner",
            "regeling",
            "startdatum",
            "einddatum",
            "redenBeeindiging",
        ]


class UitkeringWriteSerializer(StrictModelSerializer):
    code = serializers.CharField(source="external_id", required=False, max_length=64)
    regeling = serializers.ChoiceField(choices=Regeling.choices, required=False)
    einddatum = Datum(
        required=False, allow_null=True, help_text="Beëindigd per: de eerste dag zonder."
    )
    redenBeeindiging = serializers.ChoiceField(
        source="reden_beeindiging",
        choices=RedenBeeindiging.choices,
        required=False,
        allow_blank=True,
        help_text="Verplicht bij een einddatum, leeg bij een lopende uitkering.",
    )

    class Meta:
        model = Uitkering
        fields = ["code", "regeling", "startdatum", "einddatum", "redenBeeindiging"]


class ArrangementSerializer(RegistratieSerializer):
    _links = Links("api:arrangement")

    class Meta:
        model = ArrangementPeriode
        fields = [
            "_links",
            "id",
            "inwoner",
            "arrangement",
            "startdatum",
            "einddatum",
            "reden",
        ]


class ArrangementWriteSerializer(StrictSerializer):
    """A new arrangement from `ingangsdatum`; the current one ends that day."""

    arrangement = serializers.ChoiceField(choices=Arrangement.choices)
    ingangsdatum = Datum()
    reden = serializers.CharField(max_length=2000)


class WerkcoachSerializer(ReadSerializer):
    _links = Links("api:werkcoach")
    code = serializers.CharField(source="external_id")
    team = serializers.CharField(source="team.naam")

    class Meta:
        model = Werkcoach
        fields = ["_links", "id", "code", "naam", "team"]


class ToewijzingSerializer(RegistratieSerializer):
    _links = Links("api:toewijzing")
    werkcoach = WerkcoachSerializer(read_only=True)

    class Meta:
        model = Toewijzing
        fields = ["_links", "id", "inwoner", "werkcoach", "startdatum", "einddatum"]


class ToewijzingWriteSerializer(StrictSerializer):
    """Assign the resident to another werkcoach from `ingangsdatum`; history is kept."""

    werkcoach = serializers.PrimaryKeyRelatedField(
        queryset=Werkcoach.objects.all(), help_text="Id van de werkcoach (zie /werkcoaches)."
    )
    ingangsdatum = Datum()


class DoelSerializer(RegistratieSerializer):
    _links = Links("api:doel")
    code = serializers.CharField(source="external_id")

    class Meta:
        model = Doel
        fields = [
            "_links",
            "id",
            "code",
            "inwoner",
            "soort",
            "omschrijving",
            "startdatum",
            "status",
            "statusdatum",
        ]


class DoelWriteSerializer(StrictSerializer):
    soort = serializers.ChoiceField(choices=DoelSoort.choices)
    startdatum = Datum()
    omschrijving = serializers.CharField(required=False, allow_blank=True, max_length=2000)


class DoelAfsluitenSerializer(StrictSerializer):
    """Close a goal: behaald or gestopt, on a day after its start. Goals never reopen."""

    status = serializers.ChoiceField(
        choices=[(DoelStatus.BEHAALD, "Behaald"), (DoelStatus.GESTOPT, "Gestopt")]
    )
    statusdatum = Datum()


class TrajectSerializer(RegistratieSerializer):
    _links = Links("api:traject")
    code = serializers.CharField(source="external_id")

    class Meta:
        model = Traject
        fields = [
            "_links",
            "id",
            "code",
            "inwoner",
            "instrument",
            "startdatum",
            "einddatum",
            "resultaat",
            "loonwaarde",
        ]


class TrajectWriteSerializer(StrictSerializer):
    instrument = serializers.ChoiceField(choices=Instrument.choices)
    startdatum = Datum()
    einddatum = Datum(required=False, allow_null=True)
    loonwaarde = serializers.IntegerField(
        required=False,
        allow_null=True,
        min_value=0,
        max_value=100,
        help_text="Loonwaarde in procenten; verplicht bij loonkostensubsidie.",
    )


class TrajectStoppenSerializer(StrictSerializer):
    einddatum = Datum(help_text="Beëindigd per: de eerste dag zonder.")
    resultaat = serializers.ChoiceField(choices=TrajectResultaat.choices)


class ContactmomentSerializer(RegistratieSerializer):
    _links = Links("api:contactmoment")
    code = serializers.CharField(source="external_id")
    werkcoach = serializers.IntegerField(source="werkcoach_id", allow_null=True)

    class Meta:
        model = Contactmoment
        fields = ["_links", "id", "code", "inwoner", "werkcoach", "datum", "kanaal", "notitie"]


class ContactmomentWriteSerializer(StrictSerializer):
    datum = Datum()
    kanaal = serializers.ChoiceField(choices=Kanaal.choices)
    notitie = serializers.CharField(required=False, allow_blank=True, max_length=5000)


class ZoekResultaatSerializer(serializers.Serializer):
    resultaten = InwonerSerializer(many=True, help_text="De inwoner met dit BSN, of leeg.")


class EmbeddedSerializer(serializers.Serializer):
    uitkeringen = UitkeringSerializer(many=True, required=False)
    arrangementen = ArrangementSerializer(many=True, required=False)
    toewijzingen = ToewijzingSerializer(many=True, required=False)
    doelen = DoelSerializer(many=True, required=False)
    trajecten = TrajectSerializer(many=True, required=False)
    contactmomenten = ContactmomentSerializer(many=True, required=False)


class InwonerMetDeelcollectiesSerializer(InwonerSerializer):
    _embedded = EmbeddedSerializer(
        help_text="De deelcollecties die `expand` vroeg (leeg zonder expand)."
    )

    class Meta(InwonerSerializer.Meta):
        fields = [*InwonerSerializer.Meta.fields, "_embedded"]
