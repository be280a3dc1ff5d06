# SPDX-License-Identifier: EUPL-1.2
"""Re-vendor the NL Design System front end from the npm registry (developers only; needs npm).

Writes, with their licences:
- the Utrecht component CSS (`@utrecht/component-library-css`, EUPL-1.2), unchanged;
- the component token layer: the `--utrecht-*` and `--basis-*` tokens of the open example
  theme (`@nl-design-system-unstable/voorbeeld-design-tokens`, EUPL-1.2) WITHOUT its brand:
  every token that names a colour of the example palette is dropped, so the municipality's
  `thema.yaml` supplies the colours (werkspoor.themes generates them), and the selector is
  `.ws-thema` instead of `.voorbeeld-theme`;
- Noto Sans (`@fontsource-variable/noto-sans`, SIL OFL 1.1), the latin and latin-ext subsets.

`@utrecht/design-tokens` is deliberately not vendored: its licence reserves Utrecht's house
style to the municipality itself. Usage: `python scripts/vendor_nlds.py` from the repository.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB_VENDOR = ROOT / "src/werkspoor/web/static/web/vendor"
THEMES_VENDOR = ROOT / "src/werkspoor/themes/static/themes/vendor"
PACKAGES = {
    "components": "@utrecht/component-library-css@9.0.4",
    "tokens": "@nl-design-system-unstable/voorbeeld-design-tokens@7.4.1",
    "font": "@fontsource-variable/noto-sans@5.3.0",
}
FONT_SUBSETS = ("latin", "latin-ext")
# Prefixes the Utrecht component CSS reads (directly or through references).
KEEP_PREFIXES = ("--utrecht-", "--basis-", "--nl-")
DECLARATION = re.compile(r"^\s*(--[a-z0-9-]+):\s*(.*?);(?:\s*/\*.*\*/)?\s*$")
REFERENCE = re.compile(r"var\((--[a-z0-9-]+)")


def unpack(spec: str, workdir: Path) -> Path:
    name = subprocess.run(
        ["npm", "pack", "--silent", spec], cwd=workdir, check=True, capture_output=True, text=True
    ).stdout.split()[-1]
    target = workdir / name.removesuffix(".tgz")
    with tarfile.open(workdir / name) as archive:
        archive.extractall(target, filter="data")
    return target / "package"


def component_tokens(theme_css: str) -> str:
    """The example theme's component and common tokens, its own brand colours left out."""
    declarations = {}
    for line in theme_css.splitlines():
        match = DECLARATION.match(line)
        if match:
            declarations[match[1]] = match[2]
    wanted = {n for n in declarations if n.startswith(KEEP_PREFIXES)}
    brand = {n for n, v in declarations.items() if "var(--voorbeeld-" in v}
    keep, todo = set(), sorted(wanted - brand)
    while todo:  # follow references so nothing kept points at a dropped token
        name = todo.pop()
        if name in keep or name in brand or name not in declarations:
            continue
        keep.add(name)
        todo.extend(REFERENCE.findall(declarations[name]))
    lines = [f"  {name}: {declarations[name]};" for name in sorted(keep)]
    return (
        "/* Derived by scripts/vendor_nlds.py from "
        f"{PACKAGES['tokens']} (EUPL-1.2, dist/theme.css):\n"
        "   its component and common (basis) tokens without the example brand colours.\n"
        "   The colours and fonts come from the municipality's thema.yaml. */\n"
        ".ws-thema {\n" + "\n".join(lines) + "\n}\n"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        components = unpack(PACKAGES["components"], work)
        tokens = unpack(PACKAGES["tokens"], work)
        font = unpack(PACKAGES["font"], work)
        shutil.copy(components / "dist/index.css", WEB_VENDOR / "utrecht-component-library.css")
        shutil.copy(components / "LICENSE.md", WEB_VENDOR / "LICENSE-utrecht-component-library.md")
        THEMES_VENDOR.mkdir(parents=True, exist_ok=True)
        derived = component_tokens((tokens / "dist/theme.css").read_text(encoding="utf-8"))
        (THEMES_VENDOR / "nlds-component-tokens.css").write_text(derived, encoding="utf-8")
        shutil.copy(tokens / "LICENSE.md", THEMES_VENDOR / "LICENSE-voorbeeld-design-tokens.md")
        for subset in FONT_SUBSETS:
            for style in ("normal", "italic"):
                name = f"noto-sans-{subset}-wght-{style}.woff2"
                shutil.copy(font / "files" / name, THEMES_VENDOR / name)
        shutil.copy(font / "LICENSE", THEMES_VENDOR / "LICENSE-noto-sans-OFL.txt")


if __name__ == "__main__":
    main()
