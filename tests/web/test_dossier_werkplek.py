# SPDX-License-Identifier: EUPL-1.2
"""The dossier a werkcoach needs: contact details, benefits, contact notes in the timeline and
in full, corrections and withdrawals kept in the audit log, the duplicate-goal warning."""

from datetime import date
from html import unescape

import pytest
from django.core.exceptions import ValidationError

from werkspoor.core import corrections
from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.registry.models import Contactmoment, Doel
from werkspoor.web import roles, services
from werkspoor.web.dossier_sections import BENEFIT_AMOUNT_PROVIDERS, register_benefit_amounts

LONG_NOTE = (
    "Inwoner vertelt dat de kinderopvang per volgende maand geregeld is; daarmee wordt werken "
    "van 24 uur per week mogelijk. Afgesproken: aanmelden bij de jobhunters en over drie weken "
    "terugkoppeling. Verder besproken hoe de inkomstenvrijlating werkt."
)


def _dossier(client, office, role=roles.WERKCOACH, inwoner=None):
    client.force_login(office.users[role])
    return client.get(f"/inwoners/{(inwoner or office.own).pk}/").content.decode()


def test_contact_details_and_benefit_show_to_who_works_on_the_file(client, office):
    office.elsewhere.straat, office.elsewhere.huisnummer = "Kastanjelaan", "12a"
    office.elsewhere.postcode, office.elsewhere.woonplaats = "3572 AB", "Utrecht"
    office.elsewhere.telefoon, office.elsewhere.email = "06-12345678", "cees@example.com"
    office.elsewhere.full_clean()
    office.elsewhere.save()
    html = _dossier(client, office, roles.BEDRIJFSADVISEUR, office.elsewhere)
    assert "Kastanjelaan" not in html and "06-12345678" not in html  # read only: no details
    assert "Participatiewet" in html and "01-01-2020" in html
    client.force_login(office.users[roles.WERKCOACH])
    client.post(f"/inwoners/{office.elsewhere.pk}/inzage/", {"reden": "Vervanging van Ilse Jansen"})
    html = _dossier(client, office, roles.WERKCOACH, office.elsewhere)
    assert "Kastanjelaan 12a, 3572 AB Utrecht" in html
    assert 'href="tel:0612345678"' in html and 'href="mailto:cees@example.com"' in html


def test_contact_details_are_validated_with_dutch_messages(office):
    office.own.postcode, office.own.telefoon, office.own.email = "35 AB", "bel me", "geen-mail"
    with pytest.raises(ValidationError) as error:
        office.own.full_clean()
    messages = error.value.message_dict
    assert "vier cijfers" in messages["postcode"][0]
    assert "cijfers" in messages["telefoon"][0]
    assert "e-mailadres" in messages["email"][0]


def test_the_amount_column_shows_the_last_payment_of_each_benefit(client, office, build):
    """The payments app fills the benefit table's amount column (dossier_sections.py)."""
    build.betaling(office.own, date(2024, 4, 1), "1234.56")
    build.betaling(office.own, date(2024, 5, 1), "1100.10")
    build.betaling(office.own, date(2024, 7, 1), "999")  # after today: not yet
    html = unescape(_dossier(client, office))
    assert "Bedrag" in html and "€ 1.100,10 (mei 2024)" in html
    assert "1.234,56" not in html.split("Uitkering", 1)[1].split("</table>", 1)[0]


def test_any_app_may_provide_the_amounts(client, office):
    def amounts(uitkeringen, day):
        return {u.pk: "€ 7,77" for u in uitkeringen}

    register_benefit_amounts(amounts)
    try:
        html = unescape(_dossier(client, office))
    finally:
        BENEFIT_AMOUNT_PROVIDERS.remove(amounts)
    assert "€ 7,77" in html


def test_a_contact_note_starts_in_the_timeline_and_is_whole_on_its_page(client, office, build):
    contact = build.contact(office.own, date(2024, 5, 2), werkcoach=office.coach, notitie=LONG_NOTE)
    html = _dossier(client, office)
    assert "Inwoner vertelt dat de kinderopvang" in html and "inkomstenvrijlating werkt" not in html
    detail = f"/inwoners/{office.own.pk}/contacten/{contact.pk}/"
    assert f'href="{detail}"' in html
    assert "inkomstenvrijlating werkt." in client.get(detail).content.decode()
    listing = client.get(f"/inwoners/{office.own.pk}/contacten/").content.decode()
    assert "inkomstenvrijlating werkt." in listing
    seen = AuditRecord.objects.filter(actie=AuditActie.CONTACT_BEKEKEN, inwoner_id=office.own.pk)
    assert seen.count() == 2


def test_a_contact_of_another_resident_is_not_found_under_this_file(client, office, build):
    contact = build.contact(office.colleagues, date(2024, 5, 2))
    client.force_login(office.users[roles.WERKCOACH])
    assert client.get(f"/inwoners/{office.own.pk}/contacten/{contact.pk}/").status_code == 404


def test_a_correction_keeps_the_old_values_and_the_reason_in_the_audit_log(client, office, build):
    contact = build.contact(office.own, date(2024, 5, 2), notitie="Gebeld", kanaal="telefonisch")
    client.force_login(office.users[roles.WERKCOACH])
    url = f"/inwoners/{office.own.pk}/correctie/contact/{contact.pk}/"
    form = {"datum": "2024-05-03", "kanaal": "persoonlijk", "notitie": "Gesprek op kantoor"}
    response = client.post(url, form)
    assert response.status_code == 400 and "Geef de reden" in response.content.decode()
    response = client.post(url, {**form, "reden": "Verkeerde dag en kanaal ingevuld"})
    assert response.status_code == 302
    contact.refresh_from_db()
    assert (contact.datum, contact.kanaal) == (date(2024, 5, 3), "persoonlijk")
    record = AuditRecord.objects.get(actie=AuditActie.GECORRIGEERD)
    assert record.detail == {
        "soort": "registry.contactmoment",
        "oud": {"datum": "2024-05-02", "kanaal": "telefonisch", "notitie": "Gebeld"},
        "nieuw": {"datum": "2024-05-03", "kanaal": "persoonlijk", "notitie": "Gesprek op kantoor"},
    }
    assert record.reden == "Verkeerde dag en kanaal ingevuld"
    page = client.get(f"/inwoners/{office.own.pk}/contacten/{contact.pk}/").content.decode()
    assert "Eerdere versies" in page and "Gebeld" in page
    client.force_login(office.users[roles.FUNCTIONEEL_BEHEER])
    audit = client.get(f"/beheer/audit/?inwoner={office.own.pk}").content.decode()
    assert "Registratie gecorrigeerd" in audit and "kanaal: telefonisch → persoonlijk" in audit


def test_a_correction_follows_the_same_rules_as_registering(client, office, build):
    contact = build.contact(office.own, date(2024, 5, 2))
    client.force_login(office.users[roles.WERKCOACH])
    url = f"/inwoners/{office.own.pk}/correctie/contact/{contact.pk}/"
    form = {"datum": "2024-12-01", "kanaal": "mail", "reden": "Datum verkeerd"}
    response = client.post(url, form)
    assert response.status_code == 400 and "toekomst" in response.content.decode()
    contact.refresh_from_db()
    assert contact.datum == date(2024, 5, 2)
    with pytest.raises(ValidationError, match="niets gewijzigd"):
        corrections.correct(
            office.users[roles.WERKCOACH], contact, {"kanaal": "persoonlijk"}, "Nog eens", 1
        )


def test_withdrawing_removes_the_entry_and_keeps_it_whole_in_the_audit_log(client, office, build):
    contact = build.contact(office.own, date(2024, 5, 2), notitie="Bij de verkeerde inwoner")
    client.force_login(office.users[roles.WERKCOACH])
    url = f"/inwoners/{office.own.pk}/intrekken/contact/{contact.pk}/"
    assert "Bij de verkeerde inwoner" in client.get(url).content.decode()
    response = client.post(url, {"reden": "Hoort bij een andere inwoner"})
    assert response.status_code == 302
    assert not Contactmoment.objects.filter(pk=contact.pk).exists()
    record = AuditRecord.objects.get(actie=AuditActie.INGETROKKEN)
    assert record.object_id == contact.pk and record.reden == "Hoort bij een andere inwoner"
    assert record.detail["oud"]["notitie"] == "Bij de verkeerde inwoner"
    html = _dossier(client, office)
    assert "Contactmoment ingetrokken door werkcoach: Hoort bij een andere inwoner" in html


def test_correcting_or_withdrawing_needs_write_access(client, office, build):
    doel = build.doel(office.elsewhere, "werkfit", date(2024, 1, 1))
    client.force_login(office.users[roles.BEDRIJFSADVISEUR])
    url = f"/inwoners/{office.elsewhere.pk}/correctie/doel/{doel.pk}/"
    assert client.get(url).status_code == 403
    client.force_login(office.users[roles.WERKCOACH])
    assert client.get(url)["Location"].endswith("/inzage/")
    assert client.get(f"/inwoners/{office.own.pk}/correctie/onbekend/1/").status_code == 404


def test_a_second_active_goal_of_the_same_kind_needs_confirmation(client, office, build):
    build.doel(office.own, "betaald_werk", date(2024, 1, 1))
    client.force_login(office.users[roles.WERKCOACH])
    url = f"/inwoners/{office.own.pk}/doelen/nieuw/"
    form = {"soort": "betaald_werk", "startdatum": "2024-06-01", "omschrijving": "Tweede baan"}
    response = client.post(url, form)
    html = unescape(response.content.decode())
    assert response.status_code == 400
    assert "Er is al een actief doel 'betaald werk' (sinds 01-01-2024)" in html
    assert 'name="toch_toevoegen"' in html
    assert client.post(url, {**form, "toch_toevoegen": "on"}).status_code == 302
    assert Doel.objects.filter(inwoner=office.own, soort="betaald_werk").count() == 2
    record = AuditRecord.objects.filter(actie=AuditActie.DOEL_TOEGEVOEGD).last()
    assert record.detail == {"soort": "betaald_werk", "dubbel_bevestigd": True}


def test_a_goal_of_another_kind_needs_no_confirmation(office, build):
    build.doel(
        office.own, "betaald_werk", date(2024, 1, 1), status="behaald", statusdatum=date(2024, 3, 1)
    )
    assert services.duplicate_goal_warning(office.own.pk, "betaald_werk") == ""
    build.doel(office.own, "werkfit", date(2024, 1, 1))
    assert services.duplicate_goal_warning(office.own.pk, "betaald_werk") == ""
    assert services.duplicate_goal_warning(office.own.pk, "werkfit") != ""
