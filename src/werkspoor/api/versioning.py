# SPDX-License-Identifier: EUPL-1.2
"""The API's version (semantic versioning; the major number is in the path) and base path.
Every change is listed in docs/api-changelog.md."""

API_VERSION = "1.0.0"
MAJOR = API_VERSION.split(".")[0]
BASE_PATH = f"/api/v{MAJOR}/"
