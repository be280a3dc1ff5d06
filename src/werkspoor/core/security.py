# SPDX-License-Identifier: EUPL-1.2
"""Security headers Django does not set itself: a Content-Security-Policy, and
`Cache-Control: no-store` on everything that has not opted in to caching.

The policy comes from settings.WERKSPOOR_CSP (a dict of directives); a view that needs a
different policy sets the header itself and this middleware leaves it alone.
"""

from functools import wraps

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

DEFAULT_CSP = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


def csp_header_value(directives: dict[str, str]) -> str:
    return "; ".join(f"{name} {value}" for name, value in directives.items())


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.value = csp_header_value(getattr(settings, "WERKSPOOR_CSP", DEFAULT_CSP))

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.value)
        return response


def allow_script_eval(response):
    """The configured policy plus 'unsafe-eval' for scripts, for a page that draws charts with
    Vega: Vega 6 compiles chart expressions with Function(), and its CSP-safe interpreter is
    published as an ES module only. Used on public pages without personal data."""
    directives = dict(getattr(settings, "WERKSPOOR_CSP", DEFAULT_CSP))
    scripts = directives.get("script-src", "'self'")
    directives["script-src"] = f"{scripts} 'unsafe-eval'"
    response.headers["Content-Security-Policy"] = csp_header_value(directives)
    return response


def publicly_cacheable(max_age: int = 300):
    """Let browsers and shared caches keep this view's page for `max_age` seconds, for
    visitors who are not signed in. For pages without personal data only (the published
    Dashboard, a schema). Everything else is `no-store`, see CacheControlMiddleware."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            response.publicly_cacheable = max_age
            return response

        return wrapped

    return decorator


class CacheControlMiddleware:
    """`Cache-Control: no-store` and `Pragma: no-cache` on every response, so that no page
    with personal data stays in a browser's or proxy's cache, whoever writes the next view.

    The only way out is @publicly_cacheable, and only for an anonymous visitor: a signed-in
    user may see more on the same URL (unsuppressed figures, their name in the menu).
    Static files are served before this middleware runs and keep WhiteNoise's headers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        max_age = getattr(response, "publicly_cacheable", None)
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        public = response.status_code == 200 and not signed_in and not response.cookies
        if max_age is not None and public:  # a response that sets a cookie is never shared
            patch_cache_control(response, public=True, max_age=max_age)
            patch_vary_headers(response, ["Cookie"])
        else:
            response.headers["Cache-Control"] = "no-store"
            response.headers["Pragma"] = "no-cache"
        return response
