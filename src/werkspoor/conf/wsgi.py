# SPDX-License-Identifier: EUPL-1.2
"""WSGI entry point, served by gunicorn through `werkspoor serve`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkspoor.conf.settings")
application = get_wsgi_application()
