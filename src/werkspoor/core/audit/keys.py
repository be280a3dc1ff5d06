# SPDX-License-Identifier: EUPL-1.2
"""The Ed25519 keys of the audit log's checkpoints; never stored in the database.

Production: WERKSPOOR_AUDIT_PRIVATE_KEY names a PEM file (PKCS#8) that only the application
can read, e.g. a mounted secret; verification needs only the public key
(WERKSPOOR_AUDIT_PUBLIC_KEY, several separated by the path separator after a key change).
The demo, and any run without WERKSPOOR_PRODUCTION, generates a pair in the data folder
(DATA_DIR/auditlog/) on first use; such a key protects nothing against whoever can read
that folder and is for trying the design only.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings

DEMO_PRIVATE_NAME = "signing-key.pem"
DEMO_PUBLIC_NAME = "signing-key.pub.pem"


class KeyConfigError(Exception):
    """A key is missing or unreadable; the message says which setting to fix."""


def demo_key_dir() -> Path:
    return Path(settings.DATA_DIR) / "auditlog"


def private_key_path() -> Path:
    configured = settings.WERKSPOOR_AUDIT_PRIVATE_KEY
    if configured:
        return Path(configured)
    if settings.PRODUCTION:
        raise KeyConfigError(
            "WERKSPOOR_AUDIT_PRIVATE_KEY is niet gezet: in productie komt de sleutel voor "
            "de checkpoints van het auditlog uit de configuratie, nooit uit de demo."
        )
    return demo_key_dir() / DEMO_PRIVATE_NAME


def public_key_paths() -> list[Path]:
    configured = settings.WERKSPOOR_AUDIT_PUBLIC_KEY
    if configured:
        return [Path(p) for p in configured.split(os.pathsep) if p]
    if settings.WERKSPOOR_AUDIT_PRIVATE_KEY:
        return []  # derived from the private key, see public_keys()
    return [demo_key_dir() / DEMO_PUBLIC_NAME]


def can_sign() -> bool:
    """Is there a signing key here: configured, or the demo's (not in production, and not on
    a verifier's machine that was given only a public key)?"""
    if settings.WERKSPOOR_AUDIT_PRIVATE_KEY:
        return True
    return not settings.PRODUCTION and not settings.WERKSPOOR_AUDIT_PUBLIC_KEY


def key_id(public_key: Ed25519PublicKey) -> str:
    """A short fingerprint that each checkpoint names, so a verifier picks the right key."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def ensure_demo_keys() -> tuple[Path, bool]:
    """The demo key pair's folder and whether it was created now (not in production)."""
    path = private_key_path()
    if path.exists():
        return path.parent, False
    if settings.WERKSPOOR_AUDIT_PRIVATE_KEY:
        raise KeyConfigError(f"WERKSPOOR_AUDIT_PRIVATE_KEY: het bestand {path} bestaat niet.")
    _generate(path, path.with_name(DEMO_PUBLIC_NAME))
    return path.parent, True


def demo_key_notice() -> str:
    """One line for `werkspoor demo`: which key signs the audit log's checkpoints."""
    if settings.WERKSPOOR_AUDIT_PRIVATE_KEY:
        return "Auditlog: checkpoints ondertekend met de sleutel uit WERKSPOOR_AUDIT_PRIVATE_KEY."
    folder, created = ensure_demo_keys()
    done = "aangemaakt in" if created else "staat in"
    return (
        f"Auditlog: demosleutel voor de checkpoints {done} {folder} ({DEMO_PRIVATE_NAME}, "
        f"{DEMO_PUBLIC_NAME}); alleen voor de demo, in productie komt de sleutel uit "
        "WERKSPOOR_AUDIT_PRIVATE_KEY."
    )


def _generate(private_path: Path, public_path: Path) -> None:
    private_path.parent.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    # Created readable for the owner only, then published under its name in one step.
    temporary = private_path.with_name(f".{private_path.name}.{os.getpid()}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    public_path.write_bytes(public_pem(key.public_key()))
    os.replace(temporary, private_path)


def public_pem(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def signing_key() -> Ed25519PrivateKey:
    if not settings.WERKSPOOR_AUDIT_PRIVATE_KEY:
        ensure_demo_keys()
    path = private_key_path()
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except FileNotFoundError:
        raise KeyConfigError(
            f"WERKSPOOR_AUDIT_PRIVATE_KEY: het bestand {path} bestaat niet."
        ) from None
    except (ValueError, TypeError) as error:
        raise KeyConfigError(f"{path} is geen onversleutelde PEM-sleutel ({error}).") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyConfigError(f"{path} is geen Ed25519-sleutel.")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(Path(path).read_bytes())
    except FileNotFoundError:
        raise KeyConfigError(f"De publieke sleutel {path} bestaat niet.") from None
    except ValueError as error:
        raise KeyConfigError(f"{path} is geen PEM-publieke sleutel ({error}).") from None
    if not isinstance(key, Ed25519PublicKey):
        raise KeyConfigError(f"{path} is geen Ed25519-sleutel.")
    return key


def public_keys(paths: list[Path] | None = None) -> dict[str, Ed25519PublicKey]:
    """The keys a verifier accepts, by key id: the given files, else the configured ones."""
    paths = list(paths) if paths else public_key_paths()
    keys = [load_public_key(path) for path in paths]
    if not paths:
        keys = [signing_key().public_key()]
    return {key_id(key): key for key in keys}


def signature_holds(public_key: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    try:
        public_key.verify(signature, message)
    except InvalidSignature:
        return False
    return True
