"""Key management for databases encrypted at rest (SQLCipher): one random database key, wrapped in key slots.

The database is encrypted with a random 256-bit key that nobody types. It is kept only wrapped, in the sidecar file
``<db>.keys`` (JSON), once per user and once for the recovery key, as KeePassXC and LUKS do:

- a user's slot: Argon2id(password, a random salt; t=3, m=64 MiB, p=2) gives a key-encryption key (KEK), and
  AES-256-GCM(KEK) wraps the database key, with the slot's name (``user:<initials>``) as associated data, so a slot
  cannot be moved to another user. A wrong password fails the GCM tag; nothing else is learnt.
- the recovery slot: the recovery key is 256 random bits shown once at ``init`` (as 13 groups of 4 base-32
  characters); being random it needs no slow KDF, so HKDF-SHA256 derives its KEK.

The raw key is handed to SQLCipher as ``PRAGMA key = "x'…'"``: no PBKDF2 per connection. Changing a password rewraps
only that user's slot; the database itself is never re-encrypted. Losing both every password and the recovery key
loses the data: that is the point.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import StorageError
from planner_gui.storage import files

# where the key file is, and so whether a file is encrypted: in storage/precheck.py, which the login window's
# start-up reads without this module's imports
from planner_gui.storage.precheck import is_encrypted as is_encrypted
from planner_gui.storage.precheck import keyfile_for as keyfile_for

KEY_BYTES = 32
FORMAT = "planner-gui-keys"
VERSION = 1
ARGON2 = {"t": 3, "m": 64 * 1024, "p": 2}
RECOVERY_SLOT = "recovery"
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_HEX64 = re.compile(r"[0-9a-f]{64}")


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """260 random bits as 13 groups of four base-32 characters (the last bits are ignored): easy to write down."""
    chars = "".join(secrets.choice(_B32) for _ in range(52))
    return "-".join(chars[i : i + 4] for i in range(0, 52, 4))


def _normalise_recovery(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.encode("ascii", "ignore")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _user_slot(initials: str) -> str:
    return f"user:{initials.strip().lower()}"


def _kek_from_password(password: str, salt: bytes, params: dict[str, int]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params["t"],
        memory_cost=params["m"],
        parallelism=params["p"],
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _kek_from_recovery(recovery: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"planner-gui recovery slot").derive(
        _normalise_recovery(recovery)
    )


def _wrap(kek: bytes, key: bytes, slot: str) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return nonce, AESGCM(kek).encrypt(nonce, key, slot.encode("utf-8"))


def _unwrap(kek: bytes, nonce: bytes, wrapped: bytes, slot: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(nonce, wrapped, slot.encode("utf-8"))
    except InvalidTag:
        return None


@dataclass
class KeyFile:
    """The key slots of one database."""

    path: Path
    slots: dict[str, dict[str, Any]]

    # ------------------------------------------------------------------------------------------- reading / writing

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        where = str(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise StorageError(
                QT_TRANSLATE_NOOP("Meddelelser", "{where}: nøglefilen til den krypterede database mangler").format(
                    where=where
                ),
                path=where,
                kind="encrypted",
            ) from None
        except (OSError, ValueError) as err:
            raise StorageError(
                QT_TRANSLATE_NOOP("Meddelelser", "{where}: nøglefilen kan ikke læses ({err})").format(
                    where=where, err=err
                ),
                path=where,
                kind="encrypted",
            ) from err
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
            raise StorageError(
                QT_TRANSLATE_NOOP("Meddelelser", "{where}: er ikke en nøglefil til planlægningsværktøjet").format(
                    where=where
                ),
                path=where,
                kind="encrypted",
            )
        slots = data.get("slots")
        if not isinstance(slots, dict):
            raise StorageError(
                QT_TRANSLATE_NOOP("Meddelelser", "{where}: nøglefilen er beskadiget").format(where=where),
                path=where,
                kind="encrypted",
            )
        return cls(path, slots)

    def save(self) -> None:
        """Write atomically (temporary file, fsync, rename), readable by the owner only."""
        body = json.dumps(
            {"format": FORMAT, "version": VERSION, "cipher": "sqlcipher4", "slots": self.slots},
            indent=1,
            sort_keys=True,
        )
        files.write_private_atomic(self.path, body)

    # ------------------------------------------------------------------------------------------- slots

    def set_password(self, key: bytes, initials: str, password: str, *, password_hash: str | None = None) -> None:
        """Wrap ``key`` for this user's password; ``password_hash`` is the login's hash of the same password, when
        known, whose fingerprint lets a login that opened this slot skip the second Argon2id (:meth:`proves`)."""
        slot = _user_slot(initials)
        salt = secrets.token_bytes(16)
        nonce, wrapped = _wrap(_kek_from_password(password, salt, ARGON2), key, slot)
        self.slots[slot] = {
            "kdf": "argon2id",
            **ARGON2,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
        }
        if password_hash is not None:
            self.slots[slot]["hash_sha256"] = hash_fingerprint(password_hash)

    def fingerprint(self, initials: str) -> str | None:
        """The fingerprint of the login hash this user's slot was written with (None if not recorded or malformed)."""
        entry = self.slots.get(_user_slot(initials))
        value = entry.get("hash_sha256") if isinstance(entry, dict) else None
        return value if isinstance(value, str) and _HEX64.fullmatch(value) else None

    def slot_id(self, initials: str) -> str | None:
        """What names this user's slot as written (its wrapped key, new at every password change)."""
        entry = self.slots.get(_user_slot(initials))
        value = entry.get("wrapped") if isinstance(entry, dict) else None
        return value if isinstance(value, str) else None

    def set_fingerprint(self, initials: str, password_hash: str, *, slot_id: str) -> bool:
        """Record that this user's slot wraps the key for the password of ``password_hash``, if the slot is still the
        one named ``slot_id`` (the one that was opened); True if it changed."""
        entry = self.slots.get(_user_slot(initials))
        fp = hash_fingerprint(password_hash)
        if not isinstance(entry, dict) or entry.get("wrapped") != slot_id or entry.get("hash_sha256") == fp:
            return False
        entry["hash_sha256"] = fp
        return True

    def set_recovery(self, key: bytes, recovery: str) -> None:
        salt = secrets.token_bytes(16)
        nonce, wrapped = _wrap(_kek_from_recovery(recovery, salt), key, RECOVERY_SLOT)
        self.slots[RECOVERY_SLOT] = {
            "kdf": "hkdf-sha256",
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
        }

    def remove_user(self, initials: str) -> bool:
        return self.slots.pop(_user_slot(initials), None) is not None

    def users(self) -> list[str]:
        return sorted(s.split(":", 1)[1] for s in self.slots if s.startswith("user:"))

    def unlock(self, initials: str, password: str) -> bytes | None:
        """The database key from a user's slot, or None (no slot, or a wrong password)."""
        slot = _user_slot(initials)
        entry = self.slots.get(slot)
        if entry is None:
            _dummy_unlock(password, slot)  # the same Argon2id work: timing does not tell which initials have a slot
            return None
        try:
            params = {"t": int(entry["t"]), "m": int(entry["m"]), "p": int(entry["p"])}
            kek = _kek_from_password(password, _unb64(entry["salt"]), params)
            return _unwrap(kek, _unb64(entry["nonce"]), _unb64(entry["wrapped"]), slot)
        except (KeyError, ValueError, TypeError):
            return None

    def unlock_recovery(self, recovery: str) -> bytes | None:
        entry = self.slots.get(RECOVERY_SLOT)
        if entry is None:
            return None
        try:
            kek = _kek_from_recovery(recovery, _unb64(entry["salt"]))
            return _unwrap(kek, _unb64(entry["nonce"]), _unb64(entry["wrapped"]), RECOVERY_SLOT)
        except (KeyError, ValueError, TypeError):
            return None


def hash_fingerprint(password_hash: str) -> str:
    """SHA-256 of a login hash (the Argon2id encoding with its own salt): it names that hash, and tells nothing of the
    password to someone who does not also hold the hash, which lives inside the encrypted database."""
    import hashlib

    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()


_DUMMY_SALT = secrets.token_bytes(16)
_DUMMY_NONCE = secrets.token_bytes(12)
_DUMMY_WRAPPED = secrets.token_bytes(KEY_BYTES + 16)


def _dummy_unlock(password: str, slot: str) -> None:
    """Derive and try to unwrap as for a real slot (and fail): the answer for unknown initials costs the same."""
    _unwrap(_kek_from_password(password, _DUMMY_SALT, ARGON2), _DUMMY_NONCE, _DUMMY_WRAPPED, slot)


def create_keyfile(db_path: str | Path, key: bytes, users: Iterable[tuple[str, str]], recovery: str) -> KeyFile:
    """A new key file for a new encrypted database: one slot per (initials, password), and the recovery slot."""
    path = keyfile_for(db_path)
    if path.exists():
        raise StorageError(
            QT_TRANSLATE_NOOP("Meddelelser", "{path}: nøglefilen findes allerede; vælg et nyt filnavn").format(
                path=path
            ),
            path=str(path),
            kind="encrypted",
        )
    kf = KeyFile(path, {})
    for initials, password in users:
        kf.set_password(key, initials, password)
    kf.set_recovery(key, recovery)
    kf.save()
    return kf
