#!/usr/bin/env python3
"""Generates the country borders of query-service's map from public data packages (Python 3 standard library only).

Sources (fetched with the ordinary package clients into tools/borders/.cache/, versions pinned below):
  * npm package world-atlas    -> Natural Earth 1:50m admin-0 countries as TopoJSON (data public domain, package ISC)
  * Debian package iso-codes   -> ISO 3166-1 numeric -> alpha-2 codes, so a country of the map is found by the code
                                  the incidents use ("AM"); only the codes are taken

Writes into query-service/src/main/resources/META-INF/resources/geo/: countries-50m.topo.json (the package's
`countries` object only, each geometry with `properties.iso2` and `properties.name`; arcs and quantization as
published) and ATTRIBUTION.md.

TopoJSON is kept rather than converted to GeoJSON: it is a third of the size (every inner border once, not twice),
and a border two states share is simply the arcs both their geometries use (js/topology.js).

Usage: python3 tools/borders/generate.py [--cache DIR] [--out DIR]
"""
import argparse
import glob
import importlib.util
import json
import os
import subprocess
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_OUT = os.path.join(REPO, 'query-service', 'src', 'main', 'resources', 'META-INF', 'resources', 'geo')
NPM_WORLD_ATLAS = 'world-atlas@2.0.2'
SCALE = '50m'
OUTPUT = 'countries-%s.topo.json' % SCALE

# Geometries without an ISO 3166-1 numeric id in Natural Earth. Kosovo gets XK, the code the gazetteer uses
# (extract-engine's countries.tsv); the others have no code of their own and are drawn without one.
CODES_BY_NAME = {'Kosovo': 'XK'}


def load_gazetteer_helpers():
    """The .deb reader lives in the gazetteer generator: one implementation for both scripts."""
    path = os.path.join(os.path.dirname(HERE), 'gazetteer', 'generate.py')
    spec = importlib.util.spec_from_file_location('gazetteer_generate', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fetch(cache):
    os.makedirs(cache, exist_ok=True)
    name, version = NPM_WORLD_ATLAS.rsplit('@', 1)
    if not os.path.exists(os.path.join(cache, '%s-%s.tgz' % (name, version))):
        run(['npm', 'pack', NPM_WORLD_ATLAS], cache)
    if not glob.glob(os.path.join(cache, 'iso-codes_*.deb')):
        run(['apt-get', 'download', 'iso-codes'], cache)


def run(cmd, cwd):
    print('+', ' '.join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=cwd, check=True)


def npm_member(tgz, member):
    with tarfile.open(tgz, 'r:gz') as tar:
        return tar.extractfile('package/' + member).read()


def with_codes(topology, alpha2_by_numeric):
    """The topology with only its countries object, each geometry carrying iso2 (or none) and name."""
    geometries = []
    unknown = []
    for g in topology['objects']['countries']['geometries']:
        name = g.get('properties', {}).get('name')
        code = alpha2_by_numeric.get(g.get('id')) or CODES_BY_NAME.get(name)
        if code is None:
            unknown.append(name)
        out = {'type': g['type'], 'arcs': g['arcs'], 'properties': {'name': name}}
        if code:
            out['properties']['iso2'] = code
        geometries.append(out)
    geometries.sort(key=lambda g: (g['properties'].get('iso2') or '~', g['properties']['name'] or ''))
    used = set()
    for g in geometries:
        for a in walk_arcs(g['arcs']):
            used.add(a if a >= 0 else ~a)
    if len(used) != len(topology['arcs']):
        # The land object shares the countries' arcs; an arc only it used would be dead weight, but dropping it
        # would renumber every arc: keep them all and say so.
        print('note: %d of %d arcs are used by no country' % (len(topology['arcs']) - len(used),
                                                              len(topology['arcs'])), file=sys.stderr)
    return {
        'type': 'Topology',
        'bbox': topology['bbox'],
        'transform': topology['transform'],
        'objects': {'countries': {'type': 'GeometryCollection', 'geometries': geometries}},
        'arcs': topology['arcs'],
    }, unknown


def walk_arcs(arcs):
    for a in arcs:
        if isinstance(a, list):
            yield from walk_arcs(a)
        else:
            yield a


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--cache', default=os.path.join(HERE, '.cache'))
    ap.add_argument('--out', default=DEFAULT_OUT)
    args = ap.parse_args()
    fetch(args.cache)
    gazetteer = load_gazetteer_helpers()

    name, version = NPM_WORLD_ATLAS.rsplit('@', 1)
    tgz = os.path.join(args.cache, '%s-%s.tgz' % (name, version))
    topology = json.loads(npm_member(tgz, 'countries-%s.json' % SCALE))
    package_license = npm_member(tgz, 'LICENSE').decode('utf-8').strip()

    iso_deb = sorted(glob.glob(os.path.join(args.cache, 'iso-codes_*.deb')))[-1]
    iso1 = json.loads(gazetteer.deb_members(iso_deb, ['json/iso_3166-1.json'])['json/iso_3166-1.json'])
    alpha2_by_numeric = {c['numeric']: c['alpha_2'] for c in iso1['3166-1']}

    out, unknown = with_codes(topology, alpha2_by_numeric)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, OUTPUT), 'w', encoding='utf-8') as f:
        json.dump(out, f, separators=(',', ':'), ensure_ascii=False)
        f.write('\n')
    write_attribution(os.path.join(args.out, 'ATTRIBUTION.md'), os.path.basename(iso_deb), package_license, unknown)
    print('%s: %d countries (%d without a code: %s), %d arcs' % (
        OUTPUT, len(out['objects']['countries']['geometries']), len(unknown), ', '.join(unknown),
        len(out['arcs'])), file=sys.stderr)


def write_attribution(path, iso_deb, package_license, unknown):
    with open(path, 'w', encoding='utf-8') as f:
        f.write('''# Map data: sources and licences

Generated by `tools/borders/generate.py` (see `tools/borders/README.md`); do not edit by hand.

| file | source | licence |
|---|---|---|
| `%s` (country outlines, borders, coastlines) | [Natural Earth](https://www.naturalearthdata.com/) 1:%s Admin 0 countries, as TopoJSON from the npm package `%s` (countries object, as published) | Natural Earth: public domain; world-atlas: ISC (below) |
| `%s` (`properties.iso2`) | ISO 3166-1 numeric -> alpha-2 codes from the Debian package `iso-codes` (`%s`); Kosovo: XK | codes only (facts) |

Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.

Drawn without a code of their own: %s.

Natural Earth's admin-0 lines are de facto boundaries as Natural Earth draws them; the map shows where a place
lies, it takes no position on disputed borders.

world-atlas licence:

```
%s
```
''' % (OUTPUT, SCALE, NPM_WORLD_ATLAS, OUTPUT, iso_deb, ', '.join(unknown) or 'none', package_license))


if __name__ == '__main__':
    main()
