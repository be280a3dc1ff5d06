# SPDX-License-Identifier: EUPL-1.2
"""The werkcoach workspace: caseload, dossier, inwonerplan, team overview and beheer."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_roles_after_migrate(sender, **kwargs):
    """Once per migrate: post_migrate is sent for every app in turn, and the last one comes
    after every app's permissions were made."""
    from django.apps import apps
    from django.contrib.auth.models import Group, Permission

    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if sender is not with_models[-1]:
        return

    from .roles import sync_roles

    sync_roles(Group, Permission)


class WebConfig(AppConfig):
    name = "werkspoor.web"
    label = "web"
    verbose_name = "Werkplek"

    def ready(self):
        from werkspoor.core.signals import demo_city_built

        from .demo_accounts import create_demo_accounts

        # After every migrate, so permissions added by later apps reach their roles.
        post_migrate.connect(_sync_roles_after_migrate, dispatch_uid="werkspoor.web.roles")
        demo_city_built.connect(create_demo_accounts, dispatch_uid="werkspoor.web.demo_accounts")
