"""`confirmations`: the guests' personal confirmations with their QR code, as .eml files (`--out DIR`), one
PDF for posting (`--out FILE.pdf`), or e-mails sent through the organiser's mailbox (`--send`).

The mailbox is the one saved with the event (in the organiser's window, or here with `--save-smtp`), or
given by the `--smtp-*` options; its password comes from the computer's credential store, or is asked for
(never an option: it would stay in the shell's history).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from checkin.confirmations.audience import parse_audience
from checkin.confirmations.smtp import DEFAULT_PORTS, SECURITIES, SmtpSettings, checked_settings, port_for
from checkin.confirmations.template import DEFAULT_LANGUAGE, LANGUAGES
from checkin.errors import UserError
from cli.output import Output, counted

if TYPE_CHECKING:  # the command line starts without reportlab and keyring: they load when this command runs
    from checkin.confirmations.sending import SendProgress, SendReport
    from checkin.station import Station

SMTP_OPTIONS = ("smtp_host", "smtp_port", "smtp_security", "smtp_user", "sender", "sender_name", "per_minute")


def add_parser(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "confirmations", parents=[common], help="the guests' confirmations with their QR: files or e-mails"
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--out", type=Path, help="a folder for .eml files, or a .pdf file of them all")
    what.add_argument("--send", action="store_true", help="send them through the organiser's mailbox")
    parser.add_argument("--language", choices=LANGUAGES, default=DEFAULT_LANGUAGE)
    parser.add_argument(
        "--audience",
        default="all",
        help="all (default), not_sent, no_email, a category, or guests' codes separated by commas",
    )
    parser.add_argument("--resend", action="store_true", help="also guests sent one already")
    parser.add_argument("--smtp-host", help="the mail server, e.g. smtp.gmail.com")
    parser.add_argument("--smtp-port", type=int, help="default: 587 for starttls, 465 for tls")
    parser.add_argument("--smtp-security", choices=SECURITIES)
    parser.add_argument("--smtp-user", help="the mailbox's user name (its password is asked for)")
    parser.add_argument("--sender", help="the sender's address")
    parser.add_argument("--sender-name", help="the sender's name")
    parser.add_argument("--per-minute", type=int, help="the pace limit (messages a minute)")
    parser.add_argument(
        "--save-smtp",
        action="store_true",
        help="keep these mailbox settings (and the password) with the event",
    )


def validate(args: argparse.Namespace) -> None:
    """`--audience` read; options that only make sense with --send are refused without it."""
    args.audience = parse_audience(args.audience)
    given = [name for name in SMTP_OPTIONS if getattr(args, name) is not None]
    if not args.send and (given or args.save_smtp or args.resend):
        raise UserError(
            "smtp_options_without_send",
            "The mailbox options and --resend are for --send; --out writes files and sends nothing.",
        )  # fmt: skip


def run(args: argparse.Namespace, station: Station) -> Output:
    confirmations = station.confirmations
    if args.send:
        return _send(args, station)
    out: Path = args.out
    if out.suffix.lower() == ".pdf":
        count = confirmations.write_pdf(out, args.audience, args.language)
        line = f"{counted(count, 'confirmation', 'confirmations')}: {out}"
        return Output({"out": str(out), "confirmations": count}, [line])
    made = confirmations.write_eml(out, args.audience, args.language)
    without = made.without_email
    lines = [f"{counted(len(made.written), 'e-mail', 'e-mails')} as .eml files in {out}"]
    lines += [f"no file: {code}: {why}" for code, why in made.unwritable]
    if without:
        lines.append(
            f"{counted(without, 'guest has', 'guests have')} no e-mail address: print theirs with "
            "--out FILE.pdf --audience no_email"
        )
    return Output({
        "out": str(out), "files": [str(f) for f in made.written], "without_email": without,
        "unwritable": [{"code": code, "reason": str(why)} for code, why in made.unwritable],
    }, lines)  # fmt: skip


def _send(args: argparse.Namespace, station: Station) -> Output:
    settings = _settings(args, station.confirmations.smtp_settings())
    password = _password(settings)
    if args.save_smtp:
        station.confirmations.save_smtp_settings(settings, password)
    job = station.confirmations.sending(
        args.audience, args.language, resend=args.resend, settings=settings, password=password
    )
    report = job.run(None if args.json else _progress)
    return Output(_report_json(report), _report_lines(report))


def _settings(args: argparse.Namespace, stored: SmtpSettings | None) -> SmtpSettings:
    """The stored mailbox with the options given on top; a UserError when there is neither."""
    if stored is None and args.smtp_host is None:
        raise UserError(
            "smtp_not_set", "Set the mailbox the confirmations are sent from first (server, port, sender): "
            "--smtp-host, --sender and --smtp-user, or in the organiser's window.",
        )  # fmt: skip
    security = args.smtp_security or (stored.security if stored else "starttls")
    base = stored or SmtpSettings("", DEFAULT_PORTS[security], security, "", "", "")
    given = {
        "host": args.smtp_host, "port": args.smtp_port, "security": args.smtp_security,
        "username": args.smtp_user, "sender_address": args.sender, "sender_name": args.sender_name,
        "per_minute": args.per_minute,
    }  # fmt: skip
    if args.smtp_security and args.smtp_port is None:
        given["port"] = port_for(args.smtp_security, base.port)
    return checked_settings(
        replace(base, **{key: value for key, value in given.items() if value is not None})
    )


def _password(settings: SmtpSettings) -> str | None:
    """The stored password; asked for when none is stored or the store cannot be reached. None: no login."""
    from checkin.confirmations.passwords import stored_password

    if not settings.username:
        return None
    try:
        stored = stored_password(settings)
    except UserError as error:
        if not sys.stdin.isatty():
            raise
        print(f"warning: {error}", file=sys.stderr)
        stored = None
    if stored is not None:
        return stored
    if not sys.stdin.isatty():
        raise UserError(
            "smtp_password_needed", "The password of {user} at {host} is not stored on this computer; run "
            "the command in a terminal to type it, or save it with --save-smtp.",
            user=settings.username, host=settings.host,
        )  # fmt: skip
    return getpass.getpass(f"Password of {settings.username} at {settings.host}: ")


def _progress(progress: SendProgress) -> bool:
    print(
        f"{progress.done}/{progress.total}: sent {progress.sent}, failed {progress.failed}", file=sys.stderr
    )
    return True


def _report_json(report: SendReport) -> dict[str, object]:
    return {
        "sent": list(report.sent), "skipped": list(report.skipped),
        "failed": [{"code": code, "reason": str(reason)} for code, reason in report.failed],
        "without_email": list(report.without_email), "stopped": report.stopped,
    }  # fmt: skip


def _report_lines(report: SendReport) -> list[str]:
    lines = [
        f"sent: {len(report.sent)}",
        f"skipped (sent before; --resend sends again): {len(report.skipped)}",
    ]
    lines += [f"failed: {code}: {reason}" for code, reason in report.failed]
    if report.without_email:
        lines.append(
            f"no e-mail address: {len(report.without_email)} (print: --out FILE.pdf --audience no_email)"
        )
    if report.stopped:
        lines.append("stopped before the end: run the command again to send the rest")
    return lines
