"""Commands that create, open, check, back up and restore the vault."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from rete_desktop.cli.context import Commands, Context, secret_from_env_or_prompt
from rete_desktop.cli.render import one_of
from rete_desktop.domain.vocabulary import OfficeKind
from rete_desktop.errors import BadInput, NotFound
from rete_desktop.i18n import translate
from rete_desktop.storage import attachment_files, audit, backup, erasure
from rete_desktop.storage.vault import Vault


def register(sub: Commands, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help=translate("help.init"))
    p.add_argument("--office-name", required=True)
    p.add_argument("--office-kind", required=True, help=one_of(OfficeKind))
    p.add_argument("--operator-name", help=translate("help.init.operator_name"))
    p.add_argument("--operator-role", default="", help=translate("help.operator.role"))
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", parents=[common], help=translate("help.demo"))
    p.add_argument("--cases", type=int, default=60)
    p.set_defaults(handler=cmd_demo)

    sub.add_parser("unlock-check", parents=[common], help=translate("help.unlock_check")
                   ).set_defaults(handler=cmd_unlock_check)
    sub.add_parser("recover", parents=[common],
                   help=translate("help.recover")
                   ).set_defaults(handler=cmd_recover)
    sub.add_parser("passwd", parents=[common], help=translate("help.passwd")).set_defaults(
        handler=cmd_passwd)

    p = sub.add_parser("vault", parents=[common], help=translate("help.vault"))
    vsub = p.add_subparsers(dest="vault_command", required=True)
    vsub.add_parser("check", parents=[common], help=translate("help.vault.check")
                    ).set_defaults(handler=cmd_vault_check)

    p = sub.add_parser("backup", parents=[common], help=translate("help.backup"))
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help=translate("help.backup.force"))
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", parents=[common], help=translate("help.restore"))
    p.add_argument("file")
    p.set_defaults(handler=cmd_restore)



def cmd_init(ctx: Context) -> int:
    vault, recovery_key = Vault.create(
        ctx.vault_dir,
        ctx.passphrase(),
        office_name=ctx.args.office_name,
        office_kind=ctx.args.office_kind,
        operator_name=ctx.args.operator_name,
        operator_role=ctx.args.operator_role,
    )
    vault.close()
    if not ctx.json:
        ctx.say("vault.recovery_key_notice")
    if ctx.args.operator_name is None:
        ctx.say("vault.operator_unnamed")
    ctx.emit(recovery_key, {"recovery_key": recovery_key})
    return 0


def cmd_demo(ctx: Context) -> int:
    from rete_desktop.demo import DEMO_PASSPHRASE, create_demo_vault

    passphrase = os.environ.get("RETE_PASSPHRASE") or DEMO_PASSPHRASE
    vault, _ = create_demo_vault(ctx.vault_dir, passphrase, cases=ctx.args.cases)
    vault.close()
    if "RETE_PASSPHRASE" not in os.environ:
        ctx.say("vault.demo_passphrase", path=str(ctx.vault_dir), passphrase=passphrase)
    return 0


def cmd_unlock_check(ctx: Context) -> int:
    ctx.open_vault().close()
    ctx.say("cli.unlock_ok")
    return 0


def cmd_recover(ctx: Context) -> int:
    recovery_key = secret_from_env_or_prompt("RETE_RECOVERY_KEY", "cli.recovery_key_prompt")
    with Vault.open_with_recovery(ctx.vault_dir, recovery_key) as vault:
        vault.change_passphrase(ctx.new_passphrase())
    ctx.say("vault.passphrase_changed")
    return 0


def cmd_passwd(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        vault.change_passphrase(ctx.new_passphrase())
    ctx.say("vault.passphrase_changed")
    return 0


def cmd_vault_check(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        problems = vault.integrity_problems() or attachment_files.problems(vault)
        if problems:
            # First telling line of each (SQLite's report opens with "*** in database main ***").
            lines = [next((line for line in p.splitlines() if not line.startswith("***")), p)
                     for p in problems]
            raise BadInput("vault.database_corrupt", reason="; ".join(lines[:5]))
        entries = audit.verify_chain(vault)
        version = vault.schema_version
        if erasure.finish_pending(vault):
            ctx.say("erasure.cleanup_finished")
    ctx.say("vault.check_ok", version=version, entries=entries)
    ctx.emit("", {"ok": True, "schema_version": version, "audit_entries": entries})
    return 0


def cmd_backup(ctx: Context) -> int:
    if Path(ctx.args.file).exists() and not ctx.args.force:
        raise BadInput("commands.backup_exists", path=ctx.args.file)
    with ctx.open_vault() as vault:
        backup.write_backup(vault, Path(ctx.args.file))
    ctx.say("vault.backup_written", path=ctx.args.file)
    return 0


def cmd_restore(ctx: Context) -> int:
    source = Path(ctx.args.file)
    if not source.is_file():
        raise NotFound("file.unreadable", path=str(source), reason="no such file")
    backup.restore_backup(source, ctx.vault_dir, ctx.passphrase()).close()
    ctx.say("vault.restored", path=str(ctx.vault_dir))
    return 0
