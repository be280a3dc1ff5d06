# SPDX-License-Identifier: EUPL-1.2
"""The registry through the API: inwoners and what exists only within one resident
(uitkeringen, arrangementen, toewijzingen, doelen, trajecten, contactmomenten), and the
werkcoaches a toewijzing names. No BSN in any URI: search by BSN is a POST."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from werkspoor.brp.services import check_with_brp
from werkspoor.core import audit
from werkspoor.core.models import AuditActie
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
from werkspoor.web import services as registry_actions

from .. import filters
from ..pagination import PageNumbers
from ..scopes import LEZEN, scope
from ..serializers import registry as s
from ..serializers.base import api_names, save_validated
from .base import ApiView, CollectionView, InwonerChildren, ItemView
from .docs import ID, INWONER_ID, collection, item

EXPANDABLE = {
    "uitkeringen": (s.UitkeringSerializer, "uitkeringen", "-startdatum"),
    "arrangementen": (s.ArrangementSerializer, "arrangementen", "-startdatum"),
    "toewijzingen": (s.ToewijzingSerializer, "toewijzingen", "-startdatum"),
    "doelen": (s.DoelSerializer, "doelen", "-startdatum"),
    "trajecten": (s.TrajectSerializer, "trajecten", "-startdatum"),
    "contactmomenten": (s.ContactmomentSerializer, "contactmomenten", "-datum"),
}
EXPAND = OpenApiParameter(
    "expand",
    str,
    description="Neem deze deelcollecties op in `_embedded`, kommagescheiden: "
    + ", ".join(EXPANDABLE)
    + ". Vraagt de leesscope van elke deelcollectie.",
)


def _inwoners():
    return Inwoner.objects.prefetch_related("kinderen").order_by("pk")


def _changed_fields(serializer) -> list[str]:
    return sorted(serializer.initial_data) if isinstance(serializer.initial_data, dict) else []


@collection(
    "inwoners",
    s.InwonerSerializer,
    s.InwonerWriteSerializer,
    list_id="inwonersLijst",
    list_summary="Inwoners, gefilterd en per pagina",
    create_id="inwonerRegistreren",
    create_summary="Een inwoner registreren",
)
class InwonerCollection(CollectionView):
    resource = "inwoners"
    serializer_class = s.InwonerSerializer
    write_serializer_class = s.InwonerWriteSerializer
    filterset_class = filters.InwonerFilter
    pagination_class = PageNumbers

    def get_queryset(self):
        return _inwoners()

    def inwoner_ids(self, objects):
        return [o.pk for o in objects]

    def after_create(self, inwoner) -> None:
        """With the BRP link on, a new resident with a BSN is checked at once: empty values
        are filled, differences wait for a person in the dossier."""
        check_with_brp(inwoner, self.request.user)
        inwoner.refresh_from_db()

    def perform_create(self, serializer):
        inwoner = save_validated(Inwoner(**serializer.validated_data), api_names(serializer))
        audit.log(
            self.request.user,
            AuditActie.INWONER_GEREGISTREERD,
            inwoner.pk,
            detail={"velden": _changed_fields(serializer), "kanaal": "api"},
        )
        return inwoner


@extend_schema_view(
    get=extend_schema(
        operation_id="inwonerOpvragen",
        summary="Eén inwoner, eventueel met deelcollecties (expand)",
        tags=["inwoners"],
        parameters=[ID, EXPAND],
        responses={200: s.InwonerMetDeelcollectiesSerializer},
    ),
    patch=extend_schema(
        operation_id="inwonerWijzigen",
        summary="Gegevens van een inwoner wijzigen",
        tags=["inwoners"],
        parameters=[ID],
        request=s.InwonerWriteSerializer,
        responses={200: s.InwonerSerializer},
    ),
)
class InwonerItem(ItemView):
    resource = "inwoners"
    serializer_class = s.InwonerSerializer
    write_serializer_class = s.InwonerWriteSerializer
    extra_query = ("expand",)

    def get_queryset(self):
        return _inwoners()

    def inwoner_ids(self, objects):
        return [o.pk for o in objects]

    def expanded(self) -> list[str]:
        raw = self.request.query_params.get("expand", "")
        names = [n.strip() for n in raw.split(",") if n.strip()]
        unknown = [n for n in names if n not in EXPANDABLE]
        if unknown:
            raise ValidationError(
                {"expand": [f"Onbekend: {', '.join(unknown)}; kies uit {', '.join(EXPANDABLE)}."]}
            )
        return list(dict.fromkeys(names))

    def extra_scopes(self, request) -> list[str]:
        if request.method != "GET":
            return []
        raw = request.query_params.get("expand", "")
        return [scope(n.strip(), LEZEN) for n in raw.split(",") if n.strip() in EXPANDABLE]

    def get(self, request, *args, **kwargs):
        names = self.expanded()
        inwoner = self.get_object()
        self.audit_read([inwoner])
        data = self.get_serializer(inwoner).data
        context = self.get_serializer_context()
        data["_embedded"] = {}
        for name in names:
            serializer_class, related, order = EXPANDABLE[name]
            rows = getattr(inwoner, related).order_by(order, "-pk")
            if name == "toewijzingen":
                rows = rows.select_related("werkcoach__team")
            data["_embedded"][name] = serializer_class(rows, many=True, context=context).data
        return Response(data)

    def perform_update(self, serializer, inwoner):
        for field, value in serializer.validated_data.items():
            setattr(inwoner, field, value)
        save_validated(inwoner, api_names(serializer))
        audit.log(
            self.request.user,
            AuditActie.INWONER_GEWIJZIGD,
            inwoner.pk,
            detail={"velden": _changed_fields(serializer), "kanaal": "api"},
        )
        return inwoner


@extend_schema_view(
    post=extend_schema(
        operation_id="inwonerZoekenOpBsn",
        summary="Inwoner zoeken op BSN (het BSN staat in de body, nooit in de URI)",
        tags=["inwoners"],
        request=s.BsnZoekSerializer,
        responses={200: s.ZoekResultaatSerializer},
    )
)
class InwonerZoeken(ApiView):
    """A search is a read: it needs the read scope although it is a POST."""

    resource = "inwoners"
    reads = True
    serializer_class = s.InwonerSerializer

    def post(self, request, *args, **kwargs):
        query = s.BsnZoekSerializer(data=request.data)
        query.is_valid(raise_exception=True)
        found = list(_inwoners().filter(bsn=query.validated_data["bsn"]))
        self.audit_read(found)
        return Response({"resultaten": self.get_serializer(found, many=True).data})

    def inwoner_ids(self, objects):
        return [o.pk for o in objects]


def _child_views(
    resource, model, read, write, *, label, order, create, filterset=None, create_summary=None
):
    """The nested collection (GET, and POST when `create`) of one kind of registration."""
    singular = {
        "uitkeringen": "Uitkering",
        "arrangementen": "Arrangement",
        "toewijzingen": "Toewijzing",
        "doelen": "Doel",
        "trajecten": "Traject",
        "contactmomenten": "Contactmoment",
    }[resource]

    @collection(
        resource,
        read,
        write if create else None,
        list_id=f"inwoner{resource.capitalize()}Lijst",
        list_summary=f"{label} van een inwoner",
        create_id=f"inwoner{singular}Registreren",
        create_summary=create_summary,
        parameters=[INWONER_ID],
    )
    class Children(InwonerChildren):
        pass

    Children.resource = resource
    Children.serializer_class = read
    Children.write_serializer_class = write
    Children.filterset_class = filterset
    Children.pagination_class = PageNumbers
    Children.queryset = model.objects.order_by(*order)
    if create is not None:
        Children.perform_create = lambda self, serializer: create(self, serializer.validated_data)
    else:
        Children.post = None
        Children.http_method_names = ["get", "head", "options"]
    Children.__name__ = Children.__qualname__ = f"{singular}Collection"
    return Children


def _create_uitkering(view, data):
    names = api_names(s.UitkeringWriteSerializer())
    uitkering = save_validated(Uitkering(inwoner=view.get_inwoner(), **data), names)
    audit.log(
        view.request.user,
        AuditActie.UITKERING_GEREGISTREERD,
        uitkering.inwoner_id,
        uitkering.pk,
        {"regeling": uitkering.regeling, "kanaal": "api"},
    )
    return uitkering


UitkeringCollection = _child_views(
    "uitkeringen",
    Uitkering,
    s.UitkeringSerializer,
    s.UitkeringWriteSerializer,
    label="Uitkeringen",
    order=("-startdatum", "-pk"),
    create=_create_uitkering,
    filterset=filters.UitkeringFilter,
    create_summary="Een uitkering registreren",
)
ArrangementCollection = _child_views(
    "arrangementen",
    ArrangementPeriode,
    s.ArrangementSerializer,
    s.ArrangementWriteSerializer,
    label="Arrangementen",
    order=("-startdatum", "-pk"),
    create=lambda view, d: registry_actions.change_arrangement(
        view.request.user, view.get_inwoner(), int(d["arrangement"]), d["ingangsdatum"], d["reden"]
    ),
    create_summary="Het arrangement wijzigen (het lopende eindigt op de ingangsdatum)",
)
ToewijzingCollection = _child_views(
    "toewijzingen",
    Toewijzing,
    s.ToewijzingSerializer,
    s.ToewijzingWriteSerializer,
    label="Toewijzingen aan werkcoaches",
    order=("-startdatum", "-pk"),
    create=lambda view, d: registry_actions.reassign(
        view.request.user, view.get_inwoner(), d["werkcoach"], d["ingangsdatum"]
    ),
    create_summary="Aan een (andere) werkcoach toewijzen",
)
DoelCollection = _child_views(
    "doelen",
    Doel,
    s.DoelSerializer,
    s.DoelWriteSerializer,
    label="Doelen in het inwonerplan",
    order=("-startdatum", "-pk"),
    create=lambda view, d: registry_actions.add_goal(
        view.request.user,
        view.get_inwoner(),
        d["soort"],
        d["startdatum"],
        d.get("omschrijving", ""),
    ),
    filterset=filters.DoelFilter,
    create_summary="Een doel aan het inwonerplan toevoegen",
)
TrajectCollection = _child_views(
    "trajecten",
    Traject,
    s.TrajectSerializer,
    s.TrajectWriteSerializer,
    label="Trajecten",
    order=("-startdatum", "-pk"),
    create=lambda view, d: registry_actions.start_traject(
        view.request.user,
        view.get_inwoner(),
        d["instrument"],
        d["startdatum"],
        d.get("einddatum"),
        d.get("loonwaarde"),
    ),
    filterset=filters.TrajectFilter,
    create_summary="Een traject starten",
)
ContactmomentCollection = _child_views(
    "contactmomenten",
    Contactmoment,
    s.ContactmomentSerializer,
    s.ContactmomentWriteSerializer,
    label="Contactmomenten",
    order=("-datum", "-pk"),
    create=lambda view, d: registry_actions.register_contact(
        view.request.user, view.get_inwoner(), d["datum"], d["kanaal"], d.get("notitie", "")
    ),
    create_summary="Een contactmoment registreren",
)


def _item_view(
    resource, singular, model, read, write=None, update=None, patch_summary=None, related=()
):
    @item(
        resource,
        read,
        write,
        get_id=f"{singular[0].lower()}{singular[1:]}Opvragen",
        get_summary=f"Eén {singular.lower()}",
        patch_id=f"{singular[0].lower()}{singular[1:]}Wijzigen",
        patch_summary=patch_summary,
    )
    class Item(ItemView):
        pass

    Item.resource = resource
    Item.serializer_class = read
    Item.write_serializer_class = write
    Item.queryset = model.objects.select_related(*related) if related else model.objects.all()
    if update is not None:
        Item.perform_update = lambda self, serializer, instance: update(
            self, instance, serializer.validated_data
        )
    else:
        Item.patch = None
        Item.http_method_names = ["get", "head", "options"]
    Item.__name__ = Item.__qualname__ = f"{singular}Item"
    return Item


def _update_uitkering(view, uitkering, data):
    for field, value in data.items():
        setattr(uitkering, field, value)
    save_validated(uitkering, api_names(s.UitkeringWriteSerializer()))
    audit.log(
        view.request.user,
        AuditActie.UITKERING_GEWIJZIGD,
        uitkering.inwoner_id,
        uitkering.pk,
        {"velden": sorted(data), "kanaal": "api"},
    )
    return uitkering


UitkeringItem = _item_view(
    "uitkeringen",
    "Uitkering",
    Uitkering,
    s.UitkeringSerializer,
    s.UitkeringWriteSerializer,
    _update_uitkering,
    "Een uitkering wijzigen of beëindigen",
)
ArrangementItem = _item_view(
    "arrangementen", "Arrangement", ArrangementPeriode, s.ArrangementSerializer
)
ToewijzingItem = _item_view(
    "toewijzingen", "Toewijzing", Toewijzing, s.ToewijzingSerializer, related=("werkcoach__team",)
)
DoelItem = _item_view(
    "doelen",
    "Doel",
    Doel,
    s.DoelSerializer,
    s.DoelAfsluitenSerializer,
    lambda view, doel, d: registry_actions.close_goal(
        view.request.user, doel, d["status"], d["statusdatum"]
    ),
    "Een doel afsluiten (behaald of gestopt)",
)
TrajectItem = _item_view(
    "trajecten",
    "Traject",
    Traject,
    s.TrajectSerializer,
    s.TrajectStoppenSerializer,
    lambda view, traject, d: registry_actions.stop_traject(
        view.request.user, traject, d["einddatum"], d["resultaat"]
    ),
    "Een traject stoppen",
)
ContactmomentItem = _item_view(
    "contactmomenten", "Contactmoment", Contactmoment, s.ContactmomentSerializer
)


@collection(
    "werkcoaches",
    s.WerkcoachSerializer,
    list_id="werkcoachesLijst",
    list_summary="Werkcoaches met hun team",
)
class WerkcoachCollection(CollectionView):
    resource = "werkcoaches"
    serializer_class = s.WerkcoachSerializer
    pagination_class = PageNumbers
    personal_data = False
    queryset = Werkcoach.objects.select_related("team").order_by("naam", "pk")
    http_method_names = ["get", "head", "options"]


WerkcoachItem = _item_view(
    "werkcoaches", "Werkcoach", Werkcoach, s.WerkcoachSerializer, related=("team",)
)
WerkcoachItem.personal_data = False
