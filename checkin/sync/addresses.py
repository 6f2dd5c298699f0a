"""Where a station listens and where its peers are: "host:port" as people type it and as URLs need it."""

from __future__ import annotations

import re

from checkin.errors import UserError

DEFAULT_PORT = 8765

_ADDRESS = re.compile(r"(?:\[(?P<v6>[0-9A-Za-z:.%]+)\]|(?P<host>[0-9A-Za-z.\-]+))(?::(?P<port>[0-9]{1,5}))?")


def parse_address(typed: str, *, listen: bool = False) -> tuple[str, int]:
    """("host", port) from "host:port", "[v6 address]:port", or "host" alone (the default port). Port 0,
    any free port, is only for listening. Raises UserError("bad_address")."""
    found = _ADDRESS.fullmatch(typed.strip())
    port = int(found["port"] or DEFAULT_PORT) if found else -1
    if found is None or not (0 if listen else 1) <= port <= 65535:
        raise UserError(
            "bad_address", "{address} is not an address; write HOST:PORT, for example 192.168.1.20:{port}.",
            address=typed.strip()[:100], port=str(DEFAULT_PORT),
        )  # fmt: skip
    return found["v6"] or found["host"], port


def format_address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
