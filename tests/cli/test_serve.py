"""`storyline serve`: registered, localhost by default, Host header checked when bound to loopback."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from fastapi.testclient import TestClient

from storyline.cli.main import cli
from storyline.cli.serve import allowed_hosts
from storyline.store import open_kb
from storyline.web import create_app


def test_help_shows_localhost_default() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output and "--port" in result.output


def test_missing_kb_is_an_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "does not exist" in result.output


def test_allowed_hosts() -> None:
    assert allowed_hosts("127.0.0.1") == ["127.0.0.1", "localhost", "[::1]", "127.0.0.1"]
    assert allowed_hosts("::1") is not None and allowed_hosts("localhost") is not None
    assert allowed_hosts("0.0.0.0") is None and allowed_hosts("192.168.1.5") is None


def test_loopback_server_refuses_foreign_host_headers(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    open_kb(path).close()
    client = TestClient(create_app(path, allowed_hosts=allowed_hosts("127.0.0.1")), base_url="http://127.0.0.1:8000")
    assert client.get("/api/articles").status_code == 200
    assert client.get("/api/articles", headers={"host": "attacker.example"}).status_code == 400
