"""The official dataset as analysts download it: a zip archive, either CSV, or a folder.

The dataset site hands out one zip archive holding ``missile_attacks_daily.csv`` and the weapon
table, whose name has changed between releases (``missiles_and_uavs.csv``,
``missiles_and_uav.csv``). `find_official_files` accepts the archive as it is, the daily CSV
(the weapon table is looked for beside it), the weapon table (the daily CSV beside it) or the
folder holding them; `files_from_uploads` does the same for files dropped on the Ingest page.
Both give the two tables' bytes to `salvo.sources.official.import_official`, which reads either column
set (``cross_border_belarus``/``back_russia`` or ``border_crossing``).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from extract import reader
from salvo.sources import ProgressCallback
from salvo.sources.official import (
    MAX_CSV_BYTES,
    ImportResult,
    OfficialFormatError,
    import_official,
)
from salvo.store import Store

DAILY_NAME = "missile_attacks_daily.csv"
# The weapon table's names across releases, preferred first.
WEAPON_TABLE_NAMES = ("missiles_and_uavs.csv", "missiles_and_uav.csv")
DOWNLOAD_HINT = (
    "the “Massive Missile Attacks on Ukraine” dataset's zip archive (missile_attacks_daily.csv "
    "and its weapon table)"
)
MAX_ARCHIVE_MEMBERS = 1000  # the dataset's archive holds a handful of files


@dataclass(frozen=True)
class OfficialFiles:
    """The two tables of the dataset, read into memory, and where they came from."""

    daily: bytes
    weapons: bytes | None
    origin: str  # for messages and the import run: the archive or file given
    weapons_name: str | None = None

    def describe(self) -> str:
        table = f"weapon table {self.weapons_name}" if self.weapons_name else "no weapon table"
        return f"{self.origin}: {DAILY_NAME}, {table}"


def _is_zip(data: bytes) -> bool:
    return data[:4] in (b"PK\x03\x04", b"PK\x05\x06")


def _weapon_rank(name: str) -> int | None:
    lowered = name.lower()
    return WEAPON_TABLE_NAMES.index(lowered) if lowered in WEAPON_TABLE_NAMES else None


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, origin: str) -> bytes:
    # The declared size is checked first and the read is capped, so a zip bomb costs nothing.
    if info.file_size > MAX_CSV_BYTES:
        raise OfficialFormatError(f"{origin}: {info.filename} is too big ({info.file_size:,} bytes)")
    with archive.open(info) as member:
        data = member.read(MAX_CSV_BYTES + 1)
    if len(data) > MAX_CSV_BYTES:
        raise OfficialFormatError(f"{origin}: {info.filename} is too big")
    return data


def read_archive(data: bytes, origin: str) -> OfficialFiles:
    """The daily CSV and the weapon table from the dataset's zip archive (any folder inside)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise OfficialFormatError(f"{origin}: not a readable zip archive ({error})") from None
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        if len(members) > MAX_ARCHIVE_MEMBERS:
            raise OfficialFormatError(f"{origin}: {len(members)} files; not the dataset's archive")
        by_name = {PurePosixPath(info.filename).name.lower(): info for info in members
                   if not PurePosixPath(info.filename).name.startswith("._")}  # macOS resource forks
        daily = by_name.get(DAILY_NAME)
        if daily is None:
            found = ", ".join(sorted(by_name)[:10]) or "nothing"
            raise OfficialFormatError(f"{origin}: the archive holds no {DAILY_NAME} (found {found})")
        weapons = min((info for name, info in by_name.items() if _weapon_rank(name) is not None),
                      key=lambda info: _weapon_rank(PurePosixPath(info.filename).name) or 0, default=None)
        try:
            return OfficialFiles(
                daily=_read_member(archive, daily, origin),
                weapons=_read_member(archive, weapons, origin) if weapons else None,
                origin=origin,
                weapons_name=PurePosixPath(weapons.filename).name if weapons else None,
            )
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as error:  # corrupt or encrypted
            raise OfficialFormatError(f"{origin}: cannot read the archive ({error})") from None


def read_path(path: Path) -> bytes:
    """A file of the dataset (an archive or a CSV), capped as the reader caps a report's file."""
    try:
        return reader.read_regular_file(path, MAX_CSV_BYTES)
    except reader.ReadError as error:
        raise OfficialFormatError(f"{path}: {error}") from None


def _beside(folder: Path, names: Iterable[str]) -> Path | None:
    """The first of ``names`` present in ``folder`` (compared without case)."""
    present = {child.name.lower(): child for child in folder.iterdir() if child.is_file()}
    return next((present[name] for name in names if name in present), None)


def find_official_files(path: Path) -> OfficialFiles:
    """The dataset's two tables from an archive, either CSV (the other found beside it) or a folder."""
    path = Path(path)
    if not path.exists():
        raise OfficialFormatError(f"{path}: no such file or folder")
    if path.is_dir():
        daily = _beside(path, [DAILY_NAME])
        if daily is None:
            archives = sorted(child for child in path.iterdir() if child.suffix.lower() == ".zip")
            if len(archives) == 1:
                return find_official_files(archives[0])
            raise OfficialFormatError(f"{path}: the folder holds no {DAILY_NAME} and no single zip archive")
        return find_official_files(daily)
    data = read_path(path)
    if _is_zip(data):
        return read_archive(data, str(path))
    name = path.name.lower()
    if _weapon_rank(name) is not None:
        daily = _beside(path.parent, [DAILY_NAME])
        if daily is None:
            raise OfficialFormatError(f"{path} is the weapon table; {DAILY_NAME} is not beside it")
        return OfficialFiles(read_path(daily), data, str(daily), path.name)
    weapons = _beside(path.parent, WEAPON_TABLE_NAMES)
    return OfficialFiles(data, read_path(weapons) if weapons else None, str(path),
                         weapons.name if weapons else None)


def _looks_like_weapon_table(name: str, data: bytes) -> bool:
    """The weapon table by its name, or by its header (model and category, no attack window)."""
    if _weapon_rank(name) is not None:
        return True
    header = {cell.strip().strip('"').lower() for cell in data[:2000].split(b"\n", 1)[0].decode(
        "utf-8-sig", errors="replace").split(",")}
    return {"model", "category"} <= header and "time_start" not in header


def files_from_uploads(uploads: Iterable[tuple[str, bytes]]) -> OfficialFiles:
    """The two tables from files dropped together on the Ingest page: the archive, or the CSVs
    (told apart by name, else by header, so a renamed download still imports)."""
    uploads = list(uploads)
    if not uploads:
        raise OfficialFormatError("no file given")
    archives = [(name, data) for name, data in uploads if _is_zip(data)]
    if archives:
        if len(archives) > 1 or len(uploads) > 1:
            raise OfficialFormatError("drop the archive alone: it holds both tables")
        return read_archive(archives[0][1], archives[0][0])
    weapons = [(name, data) for name, data in uploads if _looks_like_weapon_table(name, data)]
    daily = [(name, data) for name, data in uploads if not _looks_like_weapon_table(name, data)]
    if len(daily) != 1 or len(weapons) > 1:
        names = ", ".join(name for name, _ in uploads)
        raise OfficialFormatError(f"cannot tell which file is {DAILY_NAME} and which the weapon table "
                                  f"among: {names}")
    weapon = weapons[0] if weapons else None
    return OfficialFiles(daily[0][1], weapon[1] if weapon else None, daily[0][0],
                         weapon[0] if weapon else None)


def import_official_files(
    store: Store,
    files: OfficialFiles,
    progress: ProgressCallback | None = None,
    *,
    author: str | None = None,
) -> ImportResult:
    """Import the two tables (see salvo.sources.official.import_official)."""
    return import_official(store, files.daily, files.weapons, progress, author=author, origin=files.origin)
