# SPDX-License-Identifier: EUPL-1.2
"""The login form with the NL Design System classes and Dutch messages."""

from django.contrib.auth.forms import AuthenticationForm


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": "Deze combinatie van gebruikersnaam en wachtwoord kennen we niet. "
        "Let op hoofdletters.",
        "inactive": "Dit account is niet actief. Neem contact op met functioneel beheer.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = "utrecht-textbox utrecht-textbox--html-input"
