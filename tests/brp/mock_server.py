# SPDX-License-Identifier: EUPL-1.2
"""A local stand-in for BRP Personen Bevragen v2, for tests only: it answers from the
published specification (spec/brp-personen-bevragen-openapi.yaml) and the persons in
spec/personen.json, on loopback.

Every request is checked as the real API documents it (API key, content type, the body
against the query schema of its `type`, each `fields` path against the Persoon schema) and
refused with the specification's problem details; every answer is checked against the
specification's response schema before it is sent, so the stand-in cannot drift from it.

Run it by hand for trying the BRP page: `python -m tests.brp.mock_server --port 8117`
(and WERKSPOOR_BRP_URL=http://127.0.0.1:8117, WERKSPOOR_BRP_API_KEY=test-sleutel).
"""

from __future__ import annotations

import argparse
import copy
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator, FormatChecker

SPEC_DIR = Path(__file__).parent / "spec"
SPEC = SPEC_DIR / "brp-personen-bevragen-openapi.yaml"
PERSONEN = SPEC_DIR / "personen.json"
API_KEY = "test-sleutel"
SUPPORTED = ("RaadpleegMetBurgerservicenummer", "ZoekMetGeslachtsnaamEnGeboortedatum")


class Specification:
    def __init__(self):
        document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
        self.components = document["components"]
        self.query_types = set(
            self.components["schemas"]["PersonenQuery"]["discriminator"]["mapping"]
        )

    def validator(self, name: str) -> Draft202012Validator:
        schema = {"$ref": f"#/components/schemas/{name}", "components": self.components}
        return Draft202012Validator(schema, format_checker=FormatChecker())

    def _schema(self, schema: dict) -> dict:
        while "$ref" in schema:
            schema = self.components["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def _properties(self, schema: dict) -> dict:
        """Every property of a schema, through $ref, allOf and array items."""
        schema = self._schema(schema)
        if schema.get("type") == "array":
            return self._properties(schema["items"])
        found = dict(schema.get("properties", {}))
        for part in schema.get("allOf", []):
            found.update(self._properties(part))
        for target in schema.get("discriminator", {}).get("mapping", {}).values():
            if target.rsplit("/", 1)[-1] != schema.get("title"):
                sub = self.components["schemas"][target.rsplit("/", 1)[-1]]
                for part in sub.get("allOf", []):
                    if "$ref" not in part:
                        found.update(part.get("properties", {}))
        return found

    def field_exists(self, path: str) -> bool:
        schema = {"$ref": "#/components/schemas/Persoon"}
        for name in path.split("."):
            properties = self._properties(schema)
            if name not in properties:
                return False
            schema = properties[name]
        return True


def _select(value, tree: dict):
    """Keep only the selected paths (a tree of names; an empty tree keeps everything)."""
    if not tree:
        return value
    if isinstance(value, list):
        return [_select(item, tree) for item in value]
    if not isinstance(value, dict):
        return value
    kept = {name: _select(value[name], sub) for name, sub in tree.items() if name in value}
    if "type" in value:  # a polymorphic object keeps its discriminator
        kept["type"] = value["type"]
    return kept


def _tree(paths: list[str]) -> dict:
    tree: dict = {}
    for path in paths:
        node = tree
        for name in path.split("."):
            node = node.setdefault(name, {})
    return tree


def _problem(status: int, title: str, detail: str, params: list[dict] | None = None) -> dict:
    body = {
        "type": f"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.{status - 399}",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": "http://127.0.0.1/personen",
        "code": {
            400: "paramsValidation",
            401: "authentication",
            404: "notFound",
            405: "methodNotAllowed",
            415: "unsupportedMediaType",
        }.get(status, "error"),
    }
    if params is not None:
        body["invalidParams"] = params
    return body


REASONS = {
    "required": "Parameter is verplicht.",
    "pattern": "Waarde voldoet niet aan patroon.",
    "type": "Waarde heeft een onjuist type.",
    "minItems": "Array bevat te weinig items.",
    "maxItems": "Array bevat te veel items.",
    "enum": "Waarde is geen toegestane waarde.",
    "format": "Waarde heeft een onjuist formaat.",
}


class BrpMock:
    """The stand-in server: `start()`, `url`, `requests` (what it received), `stop()`."""

    def __init__(self, api_key: str = API_KEY, host: str = "127.0.0.1", port: int = 0):
        self.spec = Specification()
        self.api_key = api_key
        self.persons = json.loads(PERSONEN.read_text(encoding="utf-8"))
        persoon = self.spec.validator("Persoon")
        for person in self.persons:
            errors = [e.message for e in persoon.iter_errors(person)]
            assert not errors, f"{PERSONEN}: {person['burgerservicenummer']}: {errors}"
        self.requests: list[dict] = []
        self.server = ThreadingHTTPServer((host, port), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> BrpMock:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def answer(self, headers: dict, raw: bytes) -> tuple[int, dict]:
        self.requests.append({"headers": headers, "body": raw.decode("utf-8", "replace")})
        if headers.get("x-api-key") != self.api_key:
            return 401, _problem(401, "Niet correct geauthenticeerd.", "Ongeldige API-sleutel.")
        if not headers.get("content-type", "").startswith("application/json"):
            return 415, _problem(415, "Media Type wordt niet ondersteund.", "Gebruik JSON.")
        try:
            query = json.loads(raw)
        except ValueError:
            return 400, _problem(
                400, "Een of meerdere parameters zijn niet correct.", "De body is geen JSON.", []
            )
        query_type = query.get("type") if isinstance(query, dict) else None
        if query_type not in self.spec.query_types:
            return 400, _problem(
                400,
                "Een of meerdere parameters zijn niet correct.",
                "Onbekend zoektype.",
                [{"name": "type", "code": "value", "reason": REASONS["enum"]}],
            )
        params = self._invalid_params(query_type, query)
        if params:
            return 400, _problem(
                400, "Een of meerdere parameters zijn niet correct.", "Zie invalidParams.", params
            )
        if query_type not in SUPPORTED:
            return 400, _problem(
                400,
                "Zoektype niet ondersteund door deze testserver.",
                "Gebruik RaadpleegMetBurgerservicenummer.",
                [],
            )
        found = [copy.deepcopy(p) for p in self.persons if self._matches(query_type, query, p)]
        body = {"type": query_type, "personen": [_select(p, _tree(query["fields"])) for p in found]}
        errors = [e.message for e in self.spec.validator(f"{query_type}Response").iter_errors(body)]
        assert not errors, f"het antwoord van de testserver wijkt af van de specificatie: {errors}"
        return 200, body

    def _invalid_params(self, query_type: str, query: dict) -> list[dict]:
        params = []
        for error in self.spec.validator(query_type).iter_errors(query):
            path = ".".join(str(p) for p in error.absolute_path)
            if error.validator == "required":
                path = error.message.split("'")[1]
            params.append(
                {
                    "name": path or "body",
                    "code": str(error.validator),
                    "reason": REASONS.get(error.validator, "Waarde is niet correct."),
                }
            )
        for path in query.get("fields", []) if isinstance(query.get("fields"), list) else []:
            if isinstance(path, str) and not self.spec.field_exists(path):
                params.append(
                    {
                        "name": "fields",
                        "code": "fields",
                        "reason": "Parameter bevat een niet bestaande veldnaam.",
                    }
                )
        return params

    @staticmethod
    def _matches(query_type: str, query: dict, person: dict) -> bool:
        if query_type == "RaadpleegMetBurgerservicenummer":
            return person["burgerservicenummer"] in query["burgerservicenummer"]
        born = person.get("geboorte", {}).get("datum", {}).get("datum")
        name = person.get("naam", {}).get("geslachtsnaam", "")
        return born == query["geboortedatum"] and name.lower() == query["geslachtsnaam"].lower()

    def _handler(self):
        mock = self

        class Handler(BaseHTTPRequestHandler):
            def _send(self, status: int, body: dict):
                data = json.dumps(body, ensure_ascii=False).encode("utf-8")
                kind = "application/json" if status == 200 else "application/problem+json"
                self.send_response(status)
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self):  # noqa: N802 (http.server's naming)
                if self.path.rstrip("/") != "/personen":
                    return self._send(
                        404,
                        _problem(404, "Opgevraagde resource bestaat niet.", "Alleen /personen."),
                    )
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                status, body = mock.answer(headers, raw)
                self._send(status, body)

            def do_GET(self):  # noqa: N802
                self._send(405, _problem(405, "Methode niet toegestaan.", "Gebruik POST."))

            def log_message(self, *args):  # quiet in tests
                pass

        return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description="Testserver voor BRP Personen Bevragen v2")
    parser.add_argument("--port", type=int, default=8117)
    parser.add_argument("--sleutel", default=API_KEY)
    options = parser.parse_args()
    mock = BrpMock(options.sleutel, port=options.port)
    print(f"BRP-testserver op {mock.url} (X-API-KEY: {options.sleutel})", flush=True)
    mock.server.serve_forever()


if __name__ == "__main__":
    main()
