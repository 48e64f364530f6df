/**
 * Measures the address-poisoning and lookalike-domain detectors on real lists published by
 * others (../shared/data, never copied into the project) and prints the figures as JSON.
 *
 *   npm run eval                         the shared data: recall, hard negatives, flag rates
 *   npm run eval -- --poisoning F.csv    CSV with columns intended,candidate: share flagged
 *   npm run eval -- --phishing F.txt     one host per line: share flagged (also --legit F.txt)
 *   npm run eval -- --details            list every flagged host, not only examples
 *   npm run eval -- --dnstwist           dnstwist's permutations of the catalog's brands (the
 *                                        committed tests/data/dnstwist/catalog.tsv): share
 *                                        flagged by fuzzer and by wallet, false positives, and
 *                                        eth-phishing-detect on its own brands' permutations
 *                                        (made at run time when dnstwist is installed)
 *   npm run eval -- --dnstwist --regenerate   first rewrite catalog.tsv with the dnstwist here
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkHost, looksLike, type Lookalike } from '../src/rules';
import { OWN_DOMAINS } from '../src/rules/lookalike-domain/brands';
import { WALLETS } from '../src/catalog';
import {
  brandDomains,
  isShort,
  PERMUTATIONS_FILE,
  ratesBy,
  readPermutations,
  type Rate,
} from '../tests/data/dnstwist/permutations';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, '../shared/data');
const require = createRequire(import.meta.url);

type Args = {
  poisoning: string[];
  phishing: string[];
  legit: string[];
  details: boolean;
  dnstwist: boolean;
  regenerate: boolean;
};

function parseArgs(argv: string[]): Args {
  const args: Args = {
    poisoning: [],
    phishing: [],
    legit: [],
    details: false,
    dnstwist: false,
    regenerate: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--details') args.details = true;
    else if (flag === '--dnstwist') args.dnstwist = true;
    else if (flag === '--regenerate') args.regenerate = true;
    else if (flag === '--poisoning' || flag === '--phishing' || flag === '--legit') {
      const file = argv[++i];
      if (!file) throw new Error(`${flag} needs a file`);
      args[flag.slice(2) as 'poisoning' | 'phishing' | 'legit'].push(path.resolve(file));
    } else throw new Error(`unknown argument ${flag}`);
  }
  return args;
}

const read = (...parts: string[]) => readFileSync(path.join(dataDir, ...parts), 'utf8');
const readJson = <T>(...parts: string[]) => JSON.parse(read(...parts)) as T;
const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 10000) / 100);

/** A host from a list entry: no scheme, path, port, wildcard or trailing dot. */
function cleanHost(entry: string): string {
  return entry
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^\*\./, '')
    .replace(/\.$/, '');
}

const yamlHosts = (text: string) =>
  [...text.matchAll(/url:\s*"?([^"\s]+)"?/g)].map((m) => m[1] as string);
const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

// ---- address poisoning ----

function csvRows(text: string): Record<string, string>[] {
  const [head, ...rows] = text.trim().split(/\r?\n/);
  const cols = (head ?? '').split(',').map((c) => c.trim());
  return rows.map((row) => Object.fromEntries(row.split(',').map((v, i) => [cols[i], v.trim()])));
}

/** MetaMask's rule: at least 4 equal hex characters after 0x at the start and 4 at the end. */
function metamask4plus4(a: string, b: string): boolean {
  const x = a.toLowerCase().slice(2);
  const y = b.toLowerCase().slice(2);
  return x !== y && x.slice(0, 4) === y.slice(0, 4) && x.slice(-4) === y.slice(-4);
}

function payoffs(file: string) {
  const rows = csvRows(read('tsuchiya-address-poisoning-payoffs', file));
  const pairs = rows.map((r) => [r.topics_to_addr as string, r.intended_addr as string] as const);
  const flagged = pairs.filter(([c, k]) => looksLike(c, k)).length;
  const baseline = pairs.filter(([c, k]) => metamask4plus4(c, k)).length;
  const exactCase = pairs.filter(
    ([c, k]) => c.slice(2, 5) === k.slice(2, 5) && c.slice(-4) === k.slice(-4),
  ).length;
  return {
    pairs: { rows, pairs },
    figures: {
      payoffs: pairs.length,
      recallPercent: pct(flagged, pairs.length),
      missed: pairs
        .filter(([c, k]) => !looksLike(c, k))
        .map(([c, k]) => ({ candidate: c, intended: k })),
      metamask4plus4Percent: pct(baseline, pairs.length),
      // What comparing case-sensitively would lose: the checksum case differs in matched letters.
      caseSensitive3plus4Percent: pct(exactCase, pairs.length),
    },
  };
}

/** Deterministic pseudo-random 40-hex-digit strings (mulberry32). */
function randomHex(seed: number): () => string {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Array.from({ length: 40 }, () => Math.floor(next() * 16).toString(16)).join('');
}

/**
 * Pairs that must not be flagged. From the data: the addresses victims meant to pay and the
 * victims' own, never one an attacker generated (those imitate by design). Hard: every such pair
 * sharing the first 2 hex digits. Synthetic: random pairs sharing the first 2 hex digits.
 */
function hardNegatives(rows: Record<string, string>[]) {
  const poisoned = new Set(rows.map((r) => (r.topics_to_addr as string).toLowerCase()));
  const population = [
    ...new Set(
      rows
        .flatMap((r) => [r.intended_addr as string, r.topics_from_addr as string])
        .map((a) => a.toLowerCase()),
    ),
  ]
    .filter((a) => !poisoned.has(a))
    .sort();
  const flagged = (a: string, b: string) => looksLike(a, b) ?? looksLike(b, a);
  let shifted = 0;
  const shiftedFlags: string[][] = [];
  for (let k = 1; k <= 5; k++) {
    for (let i = 0; i < population.length; i++) {
      const a = population[i] as string;
      const b = population[(i * 7919 + k * 104729) % population.length] as string;
      if (a === b) continue;
      shifted++;
      if (flagged(a, b)) shiftedFlags.push([a, b]);
    }
  }
  const byLead = new Map<string, string[]>();
  for (const a of population) byLead.set(a.slice(2, 4), [...(byLead.get(a.slice(2, 4)) ?? []), a]);
  let shared = 0;
  const sharedFlags: string[][] = [];
  for (const list of byLead.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        shared++;
        if (flagged(list[i] as string, list[j] as string))
          sharedFlags.push([list[i] as string, list[j] as string]);
      }
    }
  }
  const random = randomHex(20261125);
  const syntheticPairs = 200_000;
  let syntheticFlags = 0;
  for (let i = 0; i < syntheticPairs; i++) {
    const a = random();
    const b = a.slice(0, 2) + random().slice(2);
    if (flagged(`0x${a}`, `0x${b}`)) syntheticFlags++;
  }
  return {
    population: population.length,
    unrelatedPairs: { pairs: shifted, flagged: shiftedFlags.length, list: shiftedFlags },
    sharing2LeadingPairs: { pairs: shared, flagged: sharedFlags.length, list: sharedFlags },
    syntheticSharing2Leading: { pairs: syntheticPairs, flagged: syntheticFlags },
  };
}

function poisoningFile(file: string) {
  const rows = csvRows(readFileSync(file, 'utf8'));
  const flagged = rows.filter((r) => looksLike(r.candidate ?? '', r.intended ?? '')).length;
  return { file, pairs: rows.length, flagged, flaggedPercent: pct(flagged, rows.length) };
}

// ---- lookalike domains ----

type Checker = (host: string) => boolean;

function loadEthPhishingDetect(): { full: Checker; fuzzyOnly: Checker } {
  const checkDomain = require('eth-phishing-detect') as Checker;
  const Detector = require('eth-phishing-detect/src/detector') as new (c: object) => {
    check(d: string): { result: boolean };
  };
  const config = require('eth-phishing-detect/src/config.json') as Record<string, unknown>;
  const fuzzy = new Detector({ ...config, blacklist: [] });
  return { full: checkDomain, fuzzyOnly: (h) => fuzzy.check(h).result };
}

function flagList(hosts: string[]) {
  const flagged: Array<{ host: string } & Lookalike> = [];
  for (const host of hosts) {
    const hit = checkHost(host);
    if (hit) flagged.push({ host, ...hit });
  }
  return flagged;
}

function countBy<T>(items: T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]));
}

function legitFigures(hosts: string[]) {
  const flagged = flagList(hosts);
  return {
    hosts: hosts.length,
    flagged: flagged.length,
    flaggedPercent: pct(flagged.length, hosts.length),
    list: flagged.map((f) => `${f.host} (${f.reason}: ${f.walletId})`),
  };
}

function phishingFigures(
  hosts: string[],
  eth: { full: Checker; fuzzyOnly: Checker } | undefined,
  details: boolean,
) {
  const flagged = flagList(hosts);
  const base = {
    hosts: hosts.length,
    flagged: flagged.length,
    flaggedPercent: pct(flagged.length, hosts.length),
    byReason: countBy(flagged, (f) => f.reason),
    byWallet: countBy(flagged, (f) => f.walletId),
  };
  if (!eth)
    return {
      ...base,
      examples: flagged.slice(0, 20).map((f) => `${f.host} (${f.reason}: ${f.walletId})`),
    };
  const ethFlag = hosts.filter((h) => eth.full(h)).length;
  const ethFuzzy = hosts.filter((h) => eth.fuzzyOnly(h)).length;
  const missed = flagged.filter((f) => !eth.full(f.host));
  return {
    ...base,
    ethPhishingDetect: {
      flaggedPercent: pct(ethFlag, hosts.length),
      fuzzyOnlyPercent: pct(ethFuzzy, hosts.length),
    },
    flaggedThatEthPhishingDetectMisses: {
      count: missed.length,
      byReason: countBy(missed, (f) => f.reason),
      [details ? 'hosts' : 'examples']: (details ? missed : missed.slice(0, 25)).map(
        (f) => `${f.host} (${f.reason}: ${f.walletId})`,
      ),
    },
  };
}

function ownHosts(): string[] {
  const hosts = new Set<string>();
  for (const w of WALLETS) {
    for (const h of w.hosts) hosts.add(h);
    hosts.add(new URL(w.help).hostname);
    hosts.add(new URL(w.contact).hostname);
  }
  for (const domains of Object.values(OWN_DOMAINS)) {
    for (const d of domains) for (const h of [d, `www.${d}`, `login.${d}`]) hosts.add(h);
  }
  return [...hosts].sort();
}

function sharedData(details: boolean) {
  const eth = payoffs('payoff_transfers_ethereum.csv');
  const bsc = payoffs('payoff_transfers_bsc.csv');
  const mm = readJson<{ whitelist: string[]; blacklist: string[] }>(
    'metamask-eth-phishing-detect',
    'config.json',
  );
  const expect = readJson<Record<string, string[]>>(
    'metamask-eth-phishing-detect',
    'test_expectations.json',
  );
  const polkadot = readJson<{ allow: string[]; deny: string[] }>(
    'polkadot-js-phishing',
    'all.json',
  );
  const topSites = readJson<Array<{ rootDomain: string }>>('top-sites-legit', 'top-sites.json');
  const detector = loadEthPhishingDetect();
  const clean = (list: string[]) => [...new Set(list.map(cleanHost).filter(Boolean))];

  const speedHosts = clean(readJson<string[]>('scamsniffer-scam-database', 'domains.json')).slice(
    0,
    10_000,
  );
  const timeHosts = () => {
    const started = performance.now();
    for (const h of speedHosts) checkHost(h);
    return Math.round(performance.now() - started);
  };
  // Cold: the first calls compile and warm the caches; warm: steady state in a running worker.
  const speedMs = { cold: timeHosts(), warm: timeHosts() };

  return {
    addressPoisoning: {
      ethereum: eth.figures,
      bsc: bsc.figures,
      hardNegatives: hardNegatives([...eth.pairs.rows, ...bsc.pairs.rows]),
    },
    lookalikeDomains: {
      checkHost10kHostsMs: speedMs,
      legitimate: {
        topSites500: legitFigures(clean(topSites.map((s) => s.rootDomain))),
        metamaskWhitelist: legitFigures(clean(mm.whitelist)),
        metamaskAlexa: legitFigures(
          clean(readJson<string[]>('metamask-eth-phishing-detect', 'alexa.json')),
        ),
        metamaskDapps: legitFigures(
          clean(readJson<string[]>('metamask-eth-phishing-detect', 'dapps.json')),
        ),
        metamaskExpectedNotPhishing: legitFigures(
          clean([...(expect.expect_phishing_false ?? []), ...(expect.expect_allowlist ?? [])]),
        ),
        polkadotAllow: legitFigures(clean(polkadot.allow)),
        phantomWhitelist: legitFigures(
          clean(yamlHosts(read('phantom-blocklist', 'whitelist.yaml'))),
        ),
        catalogOwnDomains: legitFigures(ownHosts()),
      },
      phishing: {
        scamsniffer: phishingFigures(
          clean(readJson<string[]>('scamsniffer-scam-database', 'domains.json')),
          detector,
          details,
        ),
        polkadotDeny: phishingFigures(clean(polkadot.deny), detector, details),
        phantomBlocklist: phishingFigures(
          clean(yamlHosts(read('phantom-blocklist', 'blocklist.yaml'))),
          detector,
          details,
        ),
        phantomEthBlocklist: phishingFigures(
          clean(yamlHosts(read('phantom-blocklist', 'eth-blocklist.yaml'))),
          detector,
          details,
        ),
        metamaskBlacklist: phishingFigures(clean(mm.blacklist), detector, details),
      },
    },
  };
}

// ---- dnstwist permutations ----

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const GENERATOR = path.join(repoRoot, 'scripts', 'dnstwist-permutations.py');

/** dnstwist's permutations of `domains` as catalog.tsv's text; undefined without dnstwist. */
function runDnstwist(domains: string[]): string | undefined {
  const run = spawnSync(PYTHON, [GENERATOR, ...domains], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return run.status === 0 ? run.stdout : undefined;
}

const cell = (r: Rate | undefined) => (r ? `${r.percent}% (${r.flagged}/${r.total})` : '–');

function table(head: string[], rows: string[][]): string {
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function dnstwistReport(args: Args): void {
  if (args.regenerate) {
    const text = runDnstwist(brandDomains());
    if (!text) throw new Error(`${PYTHON} cannot import dnstwist: apt-get install dnstwist`);
    writeFileSync(PERMUTATIONS_FILE, text);
  }
  const { header, permutations } = readPermutations();
  const flag = (h: string) => checkHost(h) !== undefined;
  const long = permutations.filter((p) => !isShort(p.original));
  const short = permutations.filter((p) => isShort(p.original));
  const all = ratesBy(permutations, () => 'all', flag).get('all');
  const byFuzzerLong = ratesBy(long, (p) => p.fuzzer, flag);
  const byFuzzerShort = ratesBy(short, (p) => p.fuzzer, flag);

  // eth-phishing-detect on dnstwist's permutations of its own fuzzylist, the brands it guards.
  const ethConfig = require('eth-phishing-detect/src/config.json') as {
    fuzzylist: string[];
    whitelist: string[];
  };
  const ethText = runDnstwist(ethConfig.fuzzylist);
  let byFuzzerEth = new Map<string, Rate>();
  if (ethText) {
    const dir = mkdtempSync(path.join(tmpdir(), 'dnstwist-'));
    writeFileSync(path.join(dir, 'eth.tsv'), ethText);
    const eth = loadEthPhishingDetect();
    const ethPerms = readPermutations(path.join(dir, 'eth.tsv')).permutations;
    byFuzzerEth = ratesBy(ethPerms, (p) => p.fuzzer, eth.full);
    const allEth = ratesBy(ethPerms, () => 'all', eth.full).get('all');
    if (allEth) byFuzzerEth.set('all', allEth);
  }
  const fuzzers = [...new Set(permutations.map((p) => p.fuzzer))].sort();
  const longAll = ratesBy(long, () => 'all', flag).get('all');
  const shortAll = ratesBy(short, () => 'all', flag).get('all');
  const example = (r: { missed: string[] } | undefined) =>
    (r?.missed ?? []).slice(0, args.details ? Infinity : 4).join(' ');

  console.log(header.map((h) => `<!-- ${h} -->`).join('\n'));
  console.log(`\nAll ${permutations.length} permutations: ${cell(all)} flagged.\n`);
  console.log(
    table(
      [
        'fuzzer',
        'brands of 5+ letters',
        'short brands',
        "eth-phishing-detect, its own brands'",
        'missed (5+ letters)',
      ],
      [
        ...fuzzers.map((f) => [
          f,
          cell(byFuzzerLong.get(f)),
          cell(byFuzzerShort.get(f)),
          cell(byFuzzerEth.get(f)),
          example(byFuzzerLong.get(f)),
        ]),
        ['**all**', cell(longAll), cell(shortAll), cell(byFuzzerEth.get('all')), ''],
      ],
    ),
  );
  const byDomain = ratesBy(permutations, (p) => p.original, flag);
  const byDomainFuzzer = (d: string) =>
    ratesBy(
      permutations.filter((p) => p.original === d),
      (p) => p.fuzzer,
      flag,
    );
  console.log('');
  console.log(
    table(
      ['domain', 'flagged', 'weakest fuzzer', 'missed'],
      [...byDomain].map(([d, r]) => {
        const weakest = [...byDomainFuzzer(d)].sort((a, b) => a[1].percent - b[1].percent)[0];
        return [d, cell(r), weakest ? `${weakest[0]} ${cell(weakest[1])}` : '', example(r)];
      }),
    ),
  );

  const topSites = JSON.parse(
    readFileSync(path.join(repoRoot, 'tests/data/top-sites/top-sites.json'), 'utf8'),
  ) as Array<{ rootDomain: string }>;
  const legit = {
    'top sites (500)': topSites.map((s) => cleanHost(s.rootDomain)),
    // The copy kept in ../shared/data (the same 1,138 hosts as the npm package's config).
    "MetaMask's whitelist (1,138)": sharedWhitelist(ethConfig.whitelist).map(cleanHost),
    'catalog hosts and subdomains': ownHosts(),
  };
  console.log('');
  console.log(
    table(
      ['false positives', 'flagged', 'hosts'],
      Object.entries(legit).map(([name, hosts]) => {
        const f = legitFigures(hosts);
        return [name, `${f.flagged}/${f.hosts} (${f.flaggedPercent}%)`, f.list.join(', ')];
      }),
    ),
  );
}

/** MetaMask's whitelist from ../shared/data when it is there, else the installed package's copy. */
function sharedWhitelist(fallback: string[]): string[] {
  const file = path.join(dataDir, 'metamask-eth-phishing-detect', 'config.json');
  if (!existsSync(file)) {
    console.error(`(${file} not found: MetaMask's whitelist is read from node_modules)`);
    return fallback;
  }
  return (JSON.parse(readFileSync(file, 'utf8')) as { whitelist: string[] }).whitelist;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.dnstwist) {
    dnstwistReport(args);
    return;
  }
  const custom = args.poisoning.length + args.phishing.length + args.legit.length > 0;
  if (custom) {
    const lists = (files: string[], f: (hosts: string[]) => object) =>
      Object.fromEntries(files.map((file) => [file, f(lines(file).map(cleanHost))]));
    const report = {
      poisoning: args.poisoning.map(poisoningFile),
      phishing: lists(args.phishing, (h) => phishingFigures(h, undefined, args.details)),
      legitimate: lists(args.legit, legitFigures),
    };
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  if (!existsSync(dataDir)) throw new Error(`no evaluation data at ${dataDir}`);
  console.log(JSON.stringify(sharedData(args.details), null, 2));
}

main();
