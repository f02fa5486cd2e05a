"""Packaging: desktop entry and AppStream metadata validate; the wheel carries its data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from planner import APP_ID, __version__

REPO = Path(__file__).resolve().parents[1]


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is required in CI (scripts/test installs it)")
        pytest.skip(f"{name} not installed")
    return found


@pytest.fixture(scope="module")
def desktop_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("prefix")
    subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build_desktop_files.py"), str(out)],
        check=True,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return out


def test_desktop_entry_validates(desktop_files: Path) -> None:
    entry = desktop_files / "share" / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(
        [tool("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = entry.read_text()
    assert "Exec=planner %F" in text
    assert "application/x-planner-agenda+json" in text


def test_metainfo_validates(desktop_files: Path) -> None:
    metainfo = desktop_files / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f'<release version="{__version__}"' in metainfo.read_text()


def test_icons_and_mime_types(desktop_files: Path) -> None:
    icons = desktop_files / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    for size in (16, 48, 256, 512):
        png = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes().startswith(b"\x89PNG")
    mime = (desktop_files / "share" / "mime" / "packages" / f"{APP_ID}.xml").read_text()
    assert '<glob pattern="*.planner-agenda"/>' in mime
    if shutil.which("update-mime-database"):
        subprocess.run(
            ["update-mime-database", str(desktop_files / "share" / "mime")],
            check=True,
            capture_output=True,
        )


@pytest.mark.slow
def test_wheel_contains_data_and_resources(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "planner/_bundled/data/kafka-summit-london-2019.planner-program.json" in names
    assert "planner/_bundled/data/kafka-summit-london-2019.first-view.json" in names
    assert "planner/_bundled/resources/icons/planner.svg" in names
    # Translations compiled by the build (lrelease), never committed.
    for language in ("cs", "de", "en", "es", "fr", "it", "nl", "pl", "pt_BR"):
        assert f"planner/_bundled/resources/translations/planner_{language}.qm" in names
    assert "planner/__main__.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[gui_scripts]" in text
    assert "planner = planner.cli:main" in text
    # The installed app finds its bundled program from any directory.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--force-reinstall",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [str(python), "-c", "import planner.bundled as b; print(b.bundled_program_path())"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "_bundled" in result.stdout
    assert "site-packages" in result.stdout
    # ... and its shipped translations, without compiling anything.
    result = subprocess.run(
        [
            str(python),
            "-c",
            "import pathlib, planner.ui.catalogs as c; "
            "print(c.compiled('pl', pathlib.Path('/nonexistent')))",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().endswith("_bundled/resources/translations/planner_pl.qm")
    assert "site-packages" in result.stdout
