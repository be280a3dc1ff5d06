# SPDX-License-Identifier: EUPL-1.2
"""Security headers Django does not set itself: a Content-Security-Policy.

The policy comes from settings.WERKSPOOR_CSP (a dict of directives); a view that needs a
different policy sets the header itself and this middleware leaves it alone.
"""

from django.conf import settings

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
