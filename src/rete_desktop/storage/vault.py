"""The office vault: one directory holding the SQLCipher database and its keyslot file.

``Vault.create`` makes a new vault and returns the recovery key (shown once). ``Vault.open``
unlocks with the passphrase, ``Vault.open_with_recovery`` with the recovery key. An open vault
holds an exclusive lock on the directory, so a second process gets a clear "already open" error.
``close()`` drops the connection and the key from this object.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3

from rete_desktop import events
from rete_desktop.domain import passphrase as passphrase_rules
from rete_desktop.domain import validation
from rete_desktop.domain.audit_actions import AuditAction, Detail, action_of, detail_text
from rete_desktop.domain.audit_chain import GENESIS, entry_hash
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import AccessDenied, BadInput, NotFound, ReteError, StorageFailure
from rete_desktop.i18n import Text, os_reason, sqlite_reason
from rete_desktop.storage import keyslots, operators, unlock_guard
from rete_desktop.storage.atomic import make_private_dir
from rete_desktop.storage.migrations import migrate
from rete_desktop.storage.vault_files import (  # noqa: F401 (re-exported)
    DB_NAME,
    KEYSLOTS_NAME,
    LOCK_NAME,
    default_vault_dir,
    vault_exists,
)

DEFAULT_SLOT = "default"  # the office's main passphrase
SLOT_PREFIX = "op-"  # operators' slots: "op-<random id>" (older vaults: the operator's name)
AUDIT_HEAD = "audit_head"  # meta key: "<seq>:<hash>" of the last audit entry
VAULT_ID = "vault_id"  # meta key: the keyslot file's vault id, so the two files must agree
# The statements of every save, written once: SQLite's statement cache is keyed by the text.
_AUDIT_INSERT = ("INSERT INTO audit (seq, at, actor, action, entity, entity_id, detail,"
                 " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
_META_UPSERT = ("INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value")


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_id() -> str:
    """A random 64-bit id as 16 hex characters (random so ids reveal nothing about order)."""
    return secrets.token_hex(8)


def check_passphrase_strength(passphrase: str, names: tuple[str, ...] = ()) -> None:
    """Refuse a guessable passphrase with the reason; ``names`` (office, operator) count as
    the first words an attacker would try."""
    verdict = passphrase_rules.assess(passphrase, names)
    if verdict.reason is not None:
        raise BadInput("vault.passphrase_weak", reason=Text(verdict.reason), field="passphrase")


@dataclass
class _Session:
    conn: Any
    key: bytes
    lock_fd: int
    file_id: tuple[int, int]  # (device, inode) of vault.db when it was opened
    db_path: str  # vault.db's path, checked before every write (see Vault._check_same_file)
    replaced: bool = False  # vault.db was deleted or swapped while open: refuse every write
    read_only: Text | None = None  # why nothing can be written now (disk full, read-only)
    read_only_file: bool = False  # opened without write access: writable only once reopened
    # Audit entries (action, entity, id, detail, when) waiting for the disk to take writes,
    # and the vault id to record in a database made before vaults recorded it.
    pending: list[tuple[AuditAction, str, str | None, str, str]] = field(default_factory=list)
    adopt_id: str | None = None
    # (seq, hash) of the last committed audit entry: the vault's lock makes this connection
    # the only writer, so the chain head is read once, not before every entry.
    audit_head: tuple[int, str] | None = None


class Reader:
    """Reads on a connection of its own (:meth:`Vault.open_reader`); ``query``/``query_one`` as
    the vault's, so a read-only core function takes either (:class:`Readable`)."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        with damage_refused():
            return list(self._conn.execute(sql, params).fetchall())

    def query_one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        with damage_refused():
            return self._conn.execute(sql, params).fetchone()

    def interrupt(self) -> None:
        """Stop the statement running now (callable from any thread): it raises
        ``sqlcipher3.OperationalError('interrupted')`` in the reading thread."""
        self._conn.interrupt()

    def close(self) -> None:
        self._conn.close()


class Readable(Protocol):
    """What read-only core functions need: a :class:`Vault` or a :class:`Reader`."""

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]: ...

    def query_one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any: ...


class Vault:
    """An unlocked vault. All reads and writes of office data go through it."""

    def __init__(self, directory: Path, session: _Session, operator: str) -> None:
        self.directory = directory
        self._session: _Session | None = session
        self.operator = operator
        self.slot_label = DEFAULT_SLOT
        # Wrong passphrases tried since the previous unlock, to tell whoever unlocks now.
        self.failed_attempts: unlock_guard.Failures | None = None
        self.events = events.EventBus()  # who hears what changed (see rete_desktop.events)
        self._pending: list[events.Event] | None = None  # announced in the open transaction
        self._undo: list[Callable[[], None]] = []  # run if the open transaction rolls back
        self._streaming = 0  # nesting depth of streaming()

    # --- opening and closing -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        directory: Path,
        passphrase: str,
        *,
        office_name: str,
        office_kind: str,
        operator_name: str | None = None,
        operator_role: str = "",
        kdf: keyslots.KdfParams | None = None,
    ) -> tuple[Vault, str]:
        """Create a new vault; returns it open and the recovery key to show once.

        ``operator_name``/``operator_role``: who holds the office passphrase (notes and the
        audit log carry it); without it the neutral label until the office sets one.
        """
        # late: identity needs the crypto layer, the shipped pack the protocol repositories
        from rete_desktop.storage import identity, shipped

        # Validate before touching the disk: a typo must not leave a half-made vault behind.
        validation.required_text("office_name", office_name)
        validation.choice("office_kind", OfficeKind, office_kind)
        named = None if operator_name is None else \
            operators.checked(DEFAULT_SLOT, operator_name, operator_role)
        check_passphrase_strength(passphrase, (office_name, named.name if named else ""))
        if vault_exists(directory):
            raise BadInput("vault.exists", path=str(directory))
        make_private_dir(directory)
        kdf = kdf or keyslots.DEFAULT_KDF
        db_key = secrets.token_bytes(keyslots.KEY_BYTES)
        recovery_key = keyslots.new_recovery_key()
        slots = keyslots.KeyslotFile(
            vault_id=new_id(),
            slots=(
                keyslots.make_slot("passphrase", DEFAULT_SLOT, passphrase, db_key, kdf),
                keyslots.make_slot("recovery", "recovery", recovery_key, db_key, kdf),
            ),
        )
        lock_fd = _acquire_lock(directory)
        try:
            conn = _connect(directory / DB_NAME, db_key)
            migrate(conn)
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (VAULT_ID, slots.vault_id))
            keyslots.write_keyslots(directory / KEYSLOTS_NAME, slots, db_key)
        except BaseException:
            os.close(lock_fd)
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEYSLOTS_NAME):
                with contextlib.suppress(OSError):
                    (directory / name).unlink()
            raise
        session = _Session(conn, db_key, lock_fd, _file_id(directory / DB_NAME),
                           str(directory / DB_NAME))
        vault = cls(directory, session, named.label if named else operators.UNNAMED)
        identity.create_identity(vault, office_name, office_kind)
        shipped.install(vault)
        if named is not None:
            with vault.transaction():
                operators.store(vault, named)
                vault.audit(AuditAction.OPERATOR_NAMED, "vault", None, DEFAULT_SLOT)
        return vault, recovery_key

    @classmethod
    def open(cls, directory: Path, passphrase: str) -> Vault:
        return cls._open(directory, passphrase, "passphrase")

    @classmethod
    def open_with_recovery(cls, directory: Path, recovery_key: str) -> Vault:
        return cls._open(directory, keyslots.normalise_recovery_key(recovery_key), "recovery")

    @classmethod
    def _open(cls, directory: Path, secret: str, kind: str) -> Vault:
        if not vault_exists(directory):
            raise NotFound("vault.not_found", path=str(directory))
        _check_database_file(directory / DB_NAME)
        slot_file, mac = keyslots.read_keyslots(directory / KEYSLOTS_NAME)
        unlock_guard.wait_before_attempt(directory)
        try:
            db_key, slot = slot_file.open_slot(secret, kind)
        except AccessDenied:
            unlock_guard.record_failure(directory, datetime.now(UTC))
            raise
        keyslots.check_mac(slot_file, mac, db_key)
        slot_label = slot.label if kind == "passphrase" else DEFAULT_SLOT
        lock_fd = _acquire_lock(directory)
        try:
            conn, read_only = _connect_or_read_only(directory / DB_NAME, db_key)
        except BaseException:
            _close_lock(lock_fd)
            raise
        try:
            file_id = _file_id(directory / DB_NAME)
            stored_id = _check_schema_and_id(conn, slot_file.vault_id)
            migrate(conn)
        except sqlcipher3.OperationalError as exc:  # an upgrade needs a writable disk
            conn.close()
            _close_lock(lock_fd)
            raise _storage_error(exc, directory) from exc
        except BaseException:
            conn.close()
            _close_lock(lock_fd)
            raise
        session = _Session(conn, db_key, lock_fd, file_id, str(directory / DB_NAME),
                           read_only=read_only,
                           read_only_file=read_only is not None)
        session.adopt_id = slot_file.vault_id if stored_id is None else None
        vault = cls(directory, session, operators.UNNAMED)
        vault.slot_label = slot_label
        from rete_desktop.storage import erasure, shipped

        failures = vault.failed_attempts = unlock_guard.recorded(directory)
        try:
            vault.operator = operators.label_for_slot(
                vault, slot_label,
                legacy_name=slot_label != DEFAULT_SLOT and not slot_label.startswith(SLOT_PREFIX),
            )
            vault.log(AuditAction.VAULT_UNLOCK, "vault", None,
                      kind + (f";failed_before={failures.count}" if failures else ""))
            if vault.read_only_reason is None:  # else at the next open the disk allows
                shipped.install(vault)
                # An erasure cut short (a crash before its WAL was folded) finishes now; if
                # the fold fails, the mark stays for 'vault check' and the next unlock.
                with contextlib.suppress(StorageFailure):
                    erasure.finish_pending(vault)
                from rete_desktop.storage import attachments  # late: it builds on the vault

                attachments.tidy_files(vault)
        except BaseException:
            vault.close()
            raise
        unlock_guard.clear(directory)
        return vault

    def close(self) -> None:
        """Lock: close the database and forget the key. Safe to call twice."""
        session, self._session = self._session, None
        if session is None:
            return
        try:
            session.conn.close()
        finally:
            _close_lock(session.lock_fd)
        self.events.publish([events.VaultLocked()])

    @property
    def is_open(self) -> bool:
        return self._session is not None

    @property
    def read_only_reason(self) -> Text | None:
        """Why the vault is open read-only (the disk is full or read-only), or None.

        A full or read-only disk must not keep an office from reading its cases or backing
        them up elsewhere: the vault then opens read-only, keeps the audit entries of what is
        read (the unlock first) and writes them with the first write the disk takes again.
        """
        return self._require().read_only

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- keys ----------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the database key under a new passphrase (the database is not re-encrypted).

        Changes the passphrase this session was opened with (after a recovery: the office's
        main passphrase); other operators' passphrases stay as they are.
        """
        own = operators.named(self).get(self.slot_label)
        self._write_passphrase_slot(self.slot_label, new_passphrase, own.name if own else "")
        self.log(AuditAction.VAULT_PASSPHRASE_CHANGED, "vault", None, self.slot_label)

    def reissue_recovery_key(self) -> str:
        """Replace the recovery key (lost, or seen by someone): the old one stops opening the
        vault at once. Returns the new key, to be shown once. Only the holder of the office
        passphrase may do it (an operator could otherwise take the office's last way in)."""
        self._require_office_passphrase()
        session = self._require()
        slot_file = self._checked_slots()
        key = keyslots.new_recovery_key()
        slot = keyslots.make_slot("recovery", "recovery", key, session.key,
                                  keyslots.cost_for_new_slot(slot_file.slots[0].kdf))
        keyslots.write_keyslots(
            self.directory / KEYSLOTS_NAME, slot_file.with_slot(slot), session.key
        )
        self.log(AuditAction.VAULT_PASSPHRASE_CHANGED, "vault", None, "recovery")
        return key

    # --- operators: one passphrase slot each, so the audit log knows who did what ----------

    def operators(self) -> list[operators.Operator]:
        """The operators with their own passphrase (the office's main one excluded)."""
        slot_file, _ = keyslots.read_keyslots(self.directory / KEYSLOTS_NAME)
        names = operators.named(self)
        return [names.get(label) or operators.Operator(label, label, "")
                for label in slot_file.labels("passphrase") if label != DEFAULT_SLOT]

    def add_operator(self, name: str, passphrase: str, role: str = "") -> None:
        """Give ``name`` a passphrase of their own; their sessions are signed with their name.

        The slot gets a random label, so the name stays inside the encrypted database.
        """
        self._require_office_passphrase()
        operator = operators.checked(SLOT_PREFIX + new_id(), name, role)
        if any(op.name.casefold() == operator.name.casefold() for op in self.operators()):
            raise BadInput("vault.operator_exists", name=operator.name)
        self._write_passphrase_slot(operator.slot, passphrase, operator.name)
        with self.transaction():
            operators.store(self, operator)
            self.audit(AuditAction.OPERATOR_ADD, "vault", None, operator.slot)

    def remove_operator(self, name: str) -> None:
        self._require_office_passphrase()
        found = [op for op in self.operators() if name.strip().casefold() in
                 (op.name.casefold(), op.label.casefold(), op.slot.casefold())]
        if not found:
            raise NotFound("vault.operator_not_found", name=name)
        session = self._require()
        slot_file = self._checked_slots()
        keyslots.write_keyslots(
            self.directory / KEYSLOTS_NAME,
            slot_file.without("passphrase", found[0].slot), session.key,
        )
        with self.transaction():
            operators.forget(self, found[0].slot)
            self.audit(AuditAction.OPERATOR_REMOVE, "vault", None, found[0].slot)

    def set_own_name(self, name: str, role: str = "", phone: str | None = None) -> None:
        """Name the operator of this session (e.g. a vault made before names were asked);
        ``phone`` is the direct line for call-backs (None keeps the one stored)."""
        if phone is None:
            own = operators.named(self).get(self.slot_label)
            phone = own.phone if own else ""
        operator = operators.checked(self.slot_label, name, role, phone)
        with self.transaction():
            operators.store(self, operator)
            self.audit(AuditAction.OPERATOR_NAMED, "vault", None, self.slot_label)
        self.operator = operator.label

    def _require_office_passphrase(self) -> None:
        """Operators are managed by whoever holds the office's main passphrase (or recovery key),
        so one operator cannot lock a colleague out or add an unnamed account."""
        if self.slot_label != DEFAULT_SLOT:
            raise AccessDenied("vault.operator_admin_only")

    def _write_passphrase_slot(self, label: str, passphrase: str, name: str) -> None:
        check_passphrase_strength(passphrase, (self.office_name(), name))
        session = self._require()
        slot_file = self._checked_slots()
        kdf = keyslots.cost_for_new_slot(slot_file.slots[0].kdf)
        slot = keyslots.make_slot("passphrase", label, passphrase, session.key, kdf)
        keyslots.write_keyslots(
            self.directory / KEYSLOTS_NAME, slot_file.with_slot(slot), session.key
        )

    def _checked_slots(self) -> keyslots.KeyslotFile:
        """The keyslot file, refused if edited since it was written: a rewrite would otherwise
        copy a lowered KDF cost into the new slot and seal the edit under a fresh MAC."""
        slot_file, mac = keyslots.read_keyslots(self.directory / KEYSLOTS_NAME)
        keyslots.check_mac(slot_file, mac, self._require().key)
        return slot_file

    # --- database access -----------------------------------------------------------------

    @property
    def conn(self) -> Any:
        return self._require().conn

    def _require(self) -> _Session:
        if self._session is None:
            raise AccessDenied("vault.locked")
        return self._session

    def transaction(self) -> contextlib.AbstractContextManager[Any]:
        """One atomic unit of work: everything inside commits together or not at all.

        ``with vault.transaction() as conn:``. The transaction itself is :meth:`_committed`'s
        (one context manager a save, not two nested: a note is saved many times a day and each
        layer costs); it checks that vault.db is still the file opened before it commits, so
        a replaced file refuses the write then, rolled back, without a check here too."""
        session = self._require()
        self._write_pending(session)
        return self._committed(session)

    @contextlib.contextmanager
    def _committed(self, session: _Session) -> Iterator[Any]:
        conn = session.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.OperationalError as exc:
            raise _storage_error(exc, self.directory) from exc
        self._pending, self._undo = [], []
        try:
            yield conn
            self._check_same_file(session)  # before confirming: the note must land on disk
            conn.execute("COMMIT")
        except sqlcipher3.OperationalError as exc:
            self._rolled_back(conn, session)
            raise _storage_error(exc, self.directory) from exc
        except BaseException as exc:
            self._rolled_back(conn, session)
            damage = damage_error(exc)
            if damage is not None:
                raise damage from exc
            raise
        finally:
            committed, self._pending, self._undo = self._pending, None, []
        self.events.publish(committed or [])

    def on_rollback(self, undo: Callable[[], None]) -> None:
        """Run ``undo`` if the open transaction rolls back: a file written for a row that is
        then never committed (an attachment's sealed file) goes with it."""
        self._undo.append(undo)

    def _rolled_back(self, conn: Any, session: _Session) -> None:
        _rollback(conn, session)
        for undo in reversed(self._undo):
            with contextlib.suppress(Exception):
                undo()

    @contextlib.contextmanager
    def streaming(self) -> Iterator[None]:
        """Big BLOBs (attachments, packets) pass through a small page cache.

        SQLite keeps every page it reads or writes in the page cache up to its size: a 25 MB
        attachment would otherwise stay in memory as pages after it was streamed a chunk at a
        time, and push the search index out. Pages written in a transaction spill to the WAL
        (still uncommitted) when the small cache is full. Nests; the full cache comes back at
        the end of the outermost block.
        """
        conn = self._require().conn
        if not self._streaming:
            conn.execute(f"PRAGMA cache_size = -{STREAMING_CACHE_KIB}")
        self._streaming += 1
        try:
            yield
        finally:
            self._streaming -= 1
            if not self._streaming and self._session is not None:
                self._session.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    def announce(self, event: events.Event) -> None:
        """Tell the subscribers what changed: after the open transaction commits (nothing if
        it rolls back), or at once outside a transaction."""
        if self._pending is not None:
            self._pending.append(event)
        else:
            self.events.publish([event])

    def _write_pending(self, session: _Session) -> None:
        """Write the audit entries kept while the disk refused writes; raises StorageFailure
        (and stays read-only) while it still does."""
        if not (session.pending or session.read_only or session.adopt_id):
            return
        self._check_same_file(session)  # before reopening a connection onto a swapped file
        if session.read_only_file:
            self._reopen_writable(session)
        try:
            with self._committed(session):
                if session.adopt_id:  # made before vaults recorded their id: adopt the key's
                    self.set_meta(VAULT_ID, session.adopt_id)
                for action, entity, entity_id, detail, when in session.pending:
                    late = f";read_only_at={when}" if session.read_only else ""
                    self.audit(action, entity, entity_id, detail + late)
        except StorageFailure as failure:
            if failure.message_id == "vault.write_failed":
                session.read_only = failure.params["reason"]
            raise
        session.pending.clear()
        session.read_only = session.adopt_id = None

    def _reopen_writable(self, session: _Session) -> None:
        """Swap the read-only connection for a writable one once the disk allows it."""
        if session.lock_fd < 0:
            try:
                session.lock_fd = _acquire_lock(self.directory)
            except AccessDenied:  # someone else has it open for writing now
                raise StorageFailure("vault.write_failed", reason=session.read_only) from None
        try:
            conn = _connect(self.directory / DB_NAME, session.key)
        except StorageFailure as failure:
            session.read_only = failure.params["reason"]
            raise
        session.conn.close()
        session.conn, session.read_only_file = conn, False

    def _check_same_file(self, session: _Session) -> None:
        """Refuse to write once vault.db is no longer the file opened (deleted, moved, swapped
        by a sync tool): SQLite would go on committing into an unlinked file, confirming
        notes that are lost when the program closes. Once a save, before its COMMIT: one
        ``stat`` on a path kept as text (building it with pathlib cost more than the call)."""
        if not session.replaced:
            try:
                stat = os.stat(session.db_path)
                found: tuple[int, int] | None = (stat.st_dev, stat.st_ino)
            except OSError:
                found = None
            session.replaced = found != session.file_id
        if session.replaced:
            raise StorageFailure("vault.file_replaced", path=str(self.directory))

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        """The rows of a read; a damaged page met on the way is refused as damage."""
        with damage_refused():
            return list(self.conn.execute(sql, params).fetchall())

    def query_one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        with damage_refused():
            return self.conn.execute(sql, params).fetchone()

    # --- audit ---------------------------------------------------------------------------

    def log(self, action: AuditAction, entity: str, entity_id: str | None,
            detail: Detail = "") -> None:
        """Append an audit entry in its own transaction (use :meth:`audit` inside one).

        On a disk that takes no writes the entry is kept and written with the first write
        that succeeds (see :attr:`read_only_reason`), so reading goes on.
        """
        session = self._require()
        self._check_same_file(session)
        session.pending.append((action_of(action), entity, entity_id, detail_text(detail),
                                now_utc()))
        try:
            self._write_pending(session)
        except StorageFailure as exc:
            if exc.message_id != "vault.write_failed":
                raise

    def audit(self, action: AuditAction, entity: str, entity_id: str | None,
              detail: Detail = "", at: str | None = None) -> None:
        """Append a hash-chained audit entry; call inside :meth:`transaction`.

        ``detail`` (a dict, stored as ``key=value;…``: see ``domain/audit_actions.py``) must
        never hold names or note text: ids, counts and codes only. ``at``: the time of what is
        recorded when the caller already stamped it (a note's ``created``), else now.
        """
        action = action_of(action)  # a bare string that is no member is refused here
        detail = detail_text(detail)
        session = self._require()
        conn = session.conn
        if session.audit_head is None:
            last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
            session.audit_head = (last[0], last[1]) if last else (0, GENESIS)
        seq, prev = session.audit_head[0] + 1, session.audit_head[1]
        at, code = at or now_utc(), action.value
        digest = entry_hash(prev, seq, at, self.operator, code, entity, entity_id, detail)
        conn.execute(_AUDIT_INSERT,
                     (seq, at, self.operator, code, entity, entity_id, detail, prev, digest))
        # The head, in the same transaction: deleting the last entries leaves a chain that
        # is valid up to its end, so only the recorded head shows that entries are missing.
        conn.execute(_META_UPSERT, (AUDIT_HEAD, f"{seq}:{digest}"))
        session.audit_head = (seq, digest)  # forgotten again if the transaction rolls back
        self.announce(events.AuditAppended(action))

    # --- metadata ------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.query_one("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Set a meta value; call inside :meth:`transaction`."""
        self.conn.execute(_META_UPSERT, (key, value))

    def get_json_meta(self, key: str, default: Any = None) -> Any:
        value = self.get_meta(key)
        return default if value is None else json.loads(value)

    def office_name(self) -> str:
        """This office's name (from its identity), "" before the identity exists."""
        row = self.query_one(
            "SELECT o.name FROM identity i JOIN offices o ON o.id = i.office_id"
            " WHERE i.id = 1"
        )
        return "" if row is None else str(row[0])

    @property
    def schema_version(self) -> int:
        return int(self.query_one("PRAGMA user_version")[0])

    def integrity_problems(self) -> list[str]:
        """SQLCipher page HMAC check plus SQLite's own integrity check; empty when intact.

        A damaged page makes SQLite raise instead of listing it; that, and the tables that no
        longer read whole, are problems too (so ``vault check`` reports them, not a crash).
        """
        pages = self._pragma_rows("cipher_integrity_check")
        sqlite = [row for row in self._pragma_rows("integrity_check") if row != "ok"]
        if pages or sqlite:  # most telling first: damaged pages, then the tables they hold
            return pages + [f"table {name}" for name in self._unreadable_tables()] + sqlite
        return [f"foreign key: {row}" for row in self._pragma_rows("foreign_key_check")]

    def _pragma_rows(self, pragma: str) -> list[str]:
        try:
            return [str(tuple(r) if len(r) > 1 else r[0])
                    for r in self.conn.execute(f"PRAGMA {pragma}").fetchall()]
        except sqlcipher3.DatabaseError as exc:
            return [str(exc)]

    def _unreadable_tables(self) -> list[str]:
        """Tables (and indexes, as "table/index") with a damaged page. Each is read whole on a
        fresh connection: after one damaged page SQLCipher refuses every later read on the
        same connection."""
        session = self._require()
        try:
            btrees = self.conn.execute(
                "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')"
                " AND rootpage > 0 ORDER BY type DESC, name").fetchall()
        except sqlcipher3.DatabaseError:
            return ["sqlite_master"]
        damaged = []
        for kind, name, table in btrees:
            scan = (f'SELECT * FROM "{name}"' if kind == "table"
                    else f'SELECT count(*) FROM "{table}" INDEXED BY "{name}"')
            conn = _connect(self.directory / DB_NAME, session.key, session.read_only_file)
            try:
                conn.execute(scan).fetchall()
            except sqlcipher3.DatabaseError:
                damaged.append(name if kind == "table" else f"{table}/{name}")
            finally:
                conn.close()
        return damaged

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (before backups and copies)."""
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlcipher3.OperationalError as exc:
            raise _storage_error(exc, self.directory) from exc

    def copy_database(self, target: Path) -> None:
        """A consistent copy of the database at ``target``, encrypted with the same key.

        For backups when the WAL cannot be folded into the vault's own file (a full or
        read-only disk): SQLite's online backup reads the latest committed state."""
        try:
            conn = sqlcipher3.connect(str(target), isolation_level=None)
            try:
                conn.execute(f"PRAGMA key = \"x'{self._require().key.hex()}'\"")
                self.conn.backup(conn)
            finally:
                conn.close()
        except sqlcipher3.OperationalError as exc:
            raise _storage_error(exc, target.parent) from exc

    def open_reader(self) -> Reader:
        """A second, read-only connection to the database, for reads on another thread (the
        search that runs while the user types, the statistics): one SQLite connection must not
        run statements from two threads at once. The key stays in memory; the caller closes the
        reader, at the latest when the vault locks (:class:`~rete_desktop.events.VaultLocked`).
        """
        session = self._require()
        # The main connection made the files; no umask here (it is the whole process's, and
        # this runs beside threads that write files of their own).
        conn, _read_only = _connect_or_read_only(self.directory / DB_NAME, session.key,
                                                 private_umask=False)
        conn.execute("PRAGMA query_only = ON")
        return Reader(conn)

    @property
    def raw_key(self) -> bytes:
        """The database key; only for the backup writer and independent-verification tests."""
        return self._require().key


def _acquire_lock(directory: Path) -> int:
    """The exclusive lock on the vault folder; -1 on a disk where the lock file can be neither
    created nor written (read-only: no other program can write there either)."""
    try:
        fd = os.open(directory / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        if exc.errno not in _READ_ONLY_ERRNOS:
            raise StorageFailure("vault.write_failed", reason=os_reason(exc)) from exc
        try:
            fd = os.open(directory / LOCK_NAME, os.O_RDONLY)
        except FileNotFoundError:
            return -1
        except OSError as again:
            raise StorageFailure("vault.write_failed", reason=os_reason(again)) from again
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise AccessDenied("vault.already_open") from None
    return fd


# After keying. WAL + FULL sync: a committed note survives a power cut. temp_store=MEMORY: no
# plaintext temp files. secure_delete: erased data is overwritten. The page cache keeps decrypted
# pages of busy indexes, so repeated searches skip decryption (benchmarks/vault.py).
CACHE_KIB = 65536  # the page cache (64 MiB): the search index and the case list stay in it
STREAMING_CACHE_KIB = 2048  # while big BLOBs pass (see Vault.streaming)
VAULT_PRAGMAS = (
    "journal_mode = WAL",
    "synchronous = FULL",
    "foreign_keys = ON",
    "temp_store = MEMORY",
    "secure_delete = ON",
    f"cache_size = -{CACHE_KIB}",
)


_READ_ONLY_ERRNOS = {errno.EROFS, errno.ENOSPC, errno.EACCES, errno.EPERM, errno.EDQUOT}


def _close_lock(fd: int) -> None:
    if fd >= 0:
        os.close(fd)


def _connect_or_read_only(path: Path, key: bytes, private_umask: bool = True
                          ) -> tuple[Any, Text | None]:
    """The database connection, and why it is read-only (None: writable).

    A full or read-only disk can refuse even opening for writing (SQLite's shared-memory
    file); then the database opens read-only, so the office can still read and back up.
    """
    try:
        return _connect(path, key, private_umask=private_umask), None
    except StorageFailure as failure:
        try:
            return (_connect(path, key, read_only=True, private_umask=private_umask),
                    failure.params["reason"])
        except ReteError:
            raise failure from None


def _connect(path: Path, key: bytes, read_only: bool = False, private_umask: bool = True) -> Any:
    """Open the SQLCipher database with a raw key and the vault's pragmas (with
    ``private_umask`` files SQLite creates on opening are the user's only)."""
    old_umask = os.umask(0o077) if private_umask else None
    try:
        conn = sqlcipher3.connect(_read_only_uri(path) if read_only else str(path),
                                  uri=read_only, isolation_level=None, check_same_thread=False)
    finally:
        if old_umask is not None:
            os.umask(old_umask)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in VAULT_PRAGMAS:
            if not (read_only and pragma.startswith("journal_mode")):  # that one writes
                conn.execute(f"PRAGMA {pragma}")
    except sqlcipher3.OperationalError as exc:  # full, read-only or vanished disk: not damage
        conn.close()
        raise _storage_error(exc, path.parent) from exc
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise BadInput("vault.database_corrupt", reason=str(exc)) from exc
    return conn


def _file_id(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_dev, stat.st_ino


def _check_database_file(path: Path) -> None:
    """Refuse a missing or empty database before SQLite sees it.

    SQLite treats an empty file as a new database, which would turn an emptied vault (a
    failed copy, a sync tool, a bad USB stick) into a brand-new empty office.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise BadInput("vault.database_missing", path=str(path.parent)) from None
    except OSError as exc:
        raise StorageFailure("vault.write_failed", reason=os_reason(exc)) from exc
    if size == 0:
        raise BadInput("vault.database_corrupt", reason=Text("vault.reason_empty"))


def _check_schema_and_id(conn: Any, vault_id: str) -> str | None:
    """The vault id the database records (None in vaults made before ids were recorded).

    Only :meth:`Vault.create` builds a schema: a database without one is damaged, and one
    recording another vault's id belongs with another key file.
    """
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version == 0:
            raise BadInput("vault.database_corrupt", reason=Text("vault.reason_no_schema"))
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (VAULT_ID,)).fetchone()
    except sqlcipher3.DatabaseError as exc:
        raise BadInput("vault.database_corrupt", reason=str(exc)) from exc
    if row is not None and row[0] != vault_id:
        raise BadInput("vault.database_foreign")
    return None if row is None else str(row[0])


def damage_error(exc: BaseException) -> BadInput | None:
    """``exc`` as the "database damaged" refusal if SQLite found a damaged page (its plain
    ``DatabaseError``: SQLITE_CORRUPT or NOTADB), so it reads as damage with the restore
    advice instead of an internal error. Disk errors (``OperationalError``) are not damage."""
    if type(exc) is sqlcipher3.DatabaseError:
        return BadInput("vault.database_corrupt", reason=str(exc))
    return None


@contextlib.contextmanager
def damage_refused() -> Iterator[None]:
    """Reads inside raise a damaged page as :func:`damage_error` (a typed ``BadInput`` with the
    restore advice), so the CLI and the GUI show it like every other refusal, not as a crash."""
    try:
        yield
    except sqlcipher3.DatabaseError as exc:
        damage = damage_error(exc)
        if damage is None:
            raise
        raise damage from exc


def _read_only_uri(path: Path) -> str:
    """A read-only SQLite URI. Without a WAL holding commits the file is opened as immutable
    (SQLite then needs no shared-memory file, which a read-only disk cannot create); with
    one, plain read-only mode, so those commits are read too."""
    wal = path.with_name(path.name + "-wal")
    has_commits = wal.exists() and wal.stat().st_size > 0
    return f"{path.resolve().as_uri()}?{'mode=ro' if has_commits else 'immutable=1'}"


def _rollback(conn: Any, session: _Session | None = None) -> None:
    if session is not None:
        session.audit_head = None  # it may name an entry that is being rolled back
    if conn.in_transaction:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")


def _storage_error(exc: Exception, directory: Path) -> StorageFailure:
    """SQLite's refusal to write, with the reason the user can act on.

    SQLite words a full or read-only disk in several ways ("disk I/O error" when its
    shared-memory file cannot grow, "unable to open" when it cannot be created), so the
    disk itself is asked first.
    """
    return StorageFailure("vault.write_failed", reason=disk_state(directory) or sqlite_reason(exc))


def disk_state(directory: Path) -> Text | None:
    """"read-only" or "full" for the file system holding ``directory``; None otherwise."""
    try:
        stat = os.statvfs(directory)
    except OSError:
        return None
    if stat.f_flag & os.ST_RDONLY:
        return Text("system.read_only")
    if stat.f_bavail == 0 or (stat.f_files and stat.f_favail == 0):
        return Text("system.disk_full")
    return None
