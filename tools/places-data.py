#!/usr/bin/env python3
"""Writes assets/places/ from the official administrative division (INSEE's Code officiel
géographique with La Poste's postcodes) as Etalab publishes it in the npm package
@etalab/decoupage-administratif (MIT licence).

    python3 tools/places-data.py            # fetches the pinned version with `npm pack`

Output:
  assets/places/communes.tsv.z   zlib-compressed TSV, one place a line:
      code, name, département, arrondissement, postcodes (comma-separated), population,
      kind (c = commune, d = commune déléguée, a = commune associée, m = arrondissement municipal),
      parent (the current commune of a d/a/m place)
    first line: "# @etalab/decoupage-administratif VERSION"
  assets/places/VERSION          the package version and the SHA-256 of communes.tsv.z
  assets/places/LICENSE-decoupage-administratif.txt   the package's licence
Only the fields Passerelle needs are kept.
"""
import hashlib
import json
import pathlib
import shutil
import subprocess
import tarfile
import tempfile
import zlib

PACKAGE = "@etalab/decoupage-administratif"
VERSION = "6.0.0"
KINDS = {
    "commune-actuelle": "c",
    "commune-deleguee": "d",
    "commune-associee": "a",
    "arrondissement-municipal": "m",
}

root = pathlib.Path(__file__).resolve().parent.parent
out = root / "assets" / "places"
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(
        ["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=tmp, check=True,
        stdout=subprocess.DEVNULL,
    )
    tgz = next(pathlib.Path(tmp).glob("*.tgz"))
    with tarfile.open(tgz) as t:
        t.extractall(tmp, filter="data")
    pkg = pathlib.Path(tmp) / "package"
    meta = json.loads((pkg / "package.json").read_text())
    assert meta["version"] == VERSION, meta["version"]
    communes = json.loads((pkg / "data" / "communes.json").read_text())
    lines = [f"# {PACKAGE} {VERSION}"]
    for c in communes:
        parent = c.get("chefLieu") or c.get("commune") or ""
        if c["type"] == "commune-actuelle":
            parent = ""
        fields = [
            c["code"],
            c["nom"],
            c.get("departement", ""),
            c.get("arrondissement", ""),
            ",".join(c.get("codesPostaux", [])),
            str(c.get("population", "")),
            KINDS[c["type"]],
            parent,
        ]
        assert not any("\t" in f or "\n" in f for f in fields), fields
        lines.append("\t".join(fields))
    data = zlib.compress(("\n".join(lines) + "\n").encode(), 9)
    out.mkdir(parents=True, exist_ok=True)
    (out / "communes.tsv.z").write_bytes(data)
    shutil.copy(pkg / "LICENSE", out / "LICENSE-decoupage-administratif.txt")
    digest = hashlib.sha256(data).hexdigest()
    (out / "VERSION").write_text(f"{PACKAGE} {VERSION}\nsha256 {digest}\n")
    print(f"{len(lines) - 1} places, {len(data)} bytes, {PACKAGE} {VERSION}")
