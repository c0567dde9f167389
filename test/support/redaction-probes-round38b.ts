/**
 * The probe round 38b's leaks (docs/redaction.md, "Probe round 38b"): what round 38 left in
 * "Limits". Mostly a scoped package of a code name the post also names as a system: before this
 * round the package's scope was itself read as a sign of a public product, so the package kept the
 * system's name public too ("the Zarnith service" beside `@zarnith/ledger-client` was published
 * whole). Then the shapes the round leaves published, asserted as they are: a package with no
 * system named, a code name that is a country cloud regions are named after, a town that is an
 * ordinary word. Text of our own writing; no list knows any name.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound38b: readonly LeakProbeWithOrganisation[] = [
  // A scoped package of a code name the post names as its own system.
  p('a package in a code span after the system timed out', 'The Zarnith service timed out.\n\nUpgrading `@zarnith/ledger-client` to 4.0 broke the retries.', '@zarnith/ledger-client'),
  p('the system named through the package', 'The Zarnith service timed out.\n\nUpgrading `@zarnith/ledger-client` to 4.0 broke the retries.', 'Zarnith'),
  p('a package in prose on the same line', 'The Quorvane cluster dropped writes after @quorvane/replicator 2.3 shipped.', '@quorvane/replicator'),
  p('a package pinned to a version', 'Kestrith returned 503s after `@kestrith/flags@3.1.0` shipped.', '@kestrith/flags@3.1.0'),
  p('a package pinned with a caret', 'The Morlith queue backed up.\n\nThe lockfile had `@morlith/consumer@^2.0.0`.', '@morlith/consumer'),
  p('an install command', 'The Velmora service kept crashing.\n\n```sh\nnpm install @velmora/retry-policy@1.4.2\n```', '@velmora/retry-policy'),
  p('a yarn command', 'The Drennic gateway stalled.\n\n```sh\nyarn add @drennic/gateway-client\n```', '@drennic/gateway-client'),
  p('an import line', 'The Tolvane database failed over.\n\n```ts\nimport { connect } from "@tolvane/db-driver";\n```', '@tolvane/db-driver'),
  p('a require line', 'The Prenwick service restarted twice.\n\n```js\nconst client = require("@prenwick/client");\n```', '@prenwick/client'),
  p("a package.json dependency", 'The Skarvel cache went cold.\n\n```json\n"@skarvel/cache": "1.8.0",\n```', '@skarvel/cache'),
  p('a scope run on with a word', 'The Zarnith service timed out.\n\nThe fix shipped in `@zarnith-internal/ledger`.', '@zarnith-internal/ledger'),
  p('a package in a table cell', 'The Quorvane cluster lost a node.\n\n| Package | Version |\n| --- | --- |\n| `@quorvane/agent` | 2.1.0 |', '@quorvane/agent'),
  p('a package in a list item', 'The Kestrith service returned errors.\n\n- Rolled back `@kestrith/rate-limiter` to 1.2.', '@kestrith/rate-limiter'),
  p('a package in a heading', '## Rolling back @morlith/consumer\n\nThe Morlith queue backed up at 04:10.', '@morlith/consumer'),
  p('a package before the system is named', 'We bumped `@velmora/retry-policy` on Monday.\n\nBy Tuesday the Velmora service was down.', '@velmora/retry-policy'),
  p('two packages of one system', 'The Drennic gateway stalled.\n\nBoth `@drennic/gateway-client` and `@drennic/auth` were upgraded.', '@drennic/auth'),
  p('a package of a system acting', 'Tolvane crashed at 03:12 after `@tolvane/db-driver` 5.0 shipped.', '@tolvane/db-driver'),
  p('a package in a link text', 'The Prenwick service restarted.\n\nSee the [@prenwick/client changelog](https://example.com/changelog).', '@prenwick/client'),
  p('a package in a summary sentence', 'A bad release of @skarvel/cache emptied the Skarvel cache.', '@skarvel/cache'),
  p('a package in a timeline row', '| 04:10 | The Quorvane cluster paged |\n| 04:22 | Pinned `@quorvane/agent` to 2.0.9 |', '@quorvane/agent'),
  p('a package in a stack trace line', 'The Kestrith service crashed.\n\n```\n    at retry (node_modules/@kestrith/flags/dist/index.js:42:7)\n```', '@kestrith/flags'),
  // Left published, asserted as it is (docs/redaction.md, "Limits").
  p('a package named an SDK beside the system', 'The Quorvane cluster dropped writes after @quorvane/sdk-core 2.3 shipped.', '@quorvane/sdk-core'),
  p('a scoped package with no system named', 'Upgrading `@zarnith/ledger-client` to 4.0 broke the retries.', '@zarnith/ledger-client'),
  p('a country cloud regions are named after, as a code name', 'We drained the Norway cluster at 04:00.', 'Norway'),
  p('a town that is an ordinary word before "replica"', 'The Reading replica fell behind by an hour.', 'Reading'),
  p('a Japanese name joined to a long word in a heading', '## 鳴海プロジェクト移行の振り返り', '鳴海'),
];

/** Still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound38b: ReadonlySet<string> = new Set<string>([
  // 'a package named an SDK beside the system': found since probe round 45.
  // 'a scoped package with no system named': found since probe round 45.
  'a country cloud regions are named after, as a code name',
  'a town that is an ordinary word before "replica"',
  'a Japanese name joined to a long word in a heading',
]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound38b: ReadonlySet<string> = new Set<string>(['a scope run on with a word']);

/** Public text that must stay unflagged: public packages beside their products' names, a scope alone. */
export const notLeaksRound38b: readonly (readonly [string, string])[] = [
  ['a public package beside its product', 'The Sentry service and `@sentry/node` 8.0 were fine.'],
  ['type definitions', 'Upgrading `@types/node` to 22 fixed the build.'],
  ["a framework's integration", 'The Astro build failed until `@astrojs/mdx` was pinned.'],
  ['a query library', 'The TanStack cache and `@tanstack/react-query` were fine.'],
  ["a cloud vendor's client", 'The AWS service limits hit `@aws-sdk/client-s3` first.'],
  ['a compiler', 'The Babel build broke on `@babel/core` 7.25.'],
  ["an ORM's client", 'The Prisma client (`@prisma/client`) lost its pool.'],
  ["a code host's client", 'The GitHub API throttled `@octokit/rest` at 09:00.'],
  ['a dashboard library', 'The Grafana dashboard rendered with `@grafana/ui` 11.'],
  ['a UI framework', 'The Angular build pulled `@angular/core` 18.'],
  ['a scoped package alone', 'We pinned `@opentelemetry/api` to 1.9.'],
  ['a runtime install', 'The Vercel deployment failed until `npm install @vercel/og` ran again.'],
];
