# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig
from django.core import checks


class ThemesConfig(AppConfig):
    name = "werkspoor.themes"
    verbose_name = "Huisstijl"

    def ready(self):
        checks.register(check_thema, checks.Tags.templates)


def check_thema(app_configs=None, **kwargs):
    """Every page links the theme: a missing or wrong thema.yaml is reported at start-up
    (`werkspoor check`, the test run), not first by a visitor's error page."""
    from .services import ThemaConfigError, current_thema

    try:
        current_thema()
    except ThemaConfigError as error:
        return [checks.Error(str(error), id="themes.E001")]
    return []
