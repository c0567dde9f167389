/**
 * A database machine named with English words in prose (since probe round 31, docs/redaction.md,
 * "Probe round 31"): "the pg-payouts-primary replica", "we failed over to mysql-orders-replica-2".
 * Its words are anyone's, so no dictionary test reads it, and no domain or port marks it as a host;
 * what marks it is the shape database teams give their machines: a part naming the engine (`pg`,
 * `mysql`, `mongo`, `db`, …) and a part naming its place in replication (`primary`, `replica`,
 * `standby`, …) or a number, with at least one part of its own (`payouts`, `orders`): the system
 * it serves. A public chart's pod of the engine and a role alone (`redis-master-0`,
 * `postgresql-primary-1`) has no part of its own and is not read.
 */
import { allMatches } from '../regexp.ts';
import { environmentPart, type NamedSystemMatch } from './named-systems.ts';
import type { CuedPattern } from './cued-pattern.ts';

const engines = 'pg|postgres|postgresql|psql|pgsql|mysql|mariadb|maria|mongo|mongodb|db|rds|redis|valkey|memcache|memcached|cassandra|es|elastic|opensearch|clickhouse|ch|cockroach|crdb|sql|mssql|oracle|ora';
const enginePart = new RegExp(`^(?:${engines})$`);
const rolePart = /^(?:primary|replica|replicas|standby|master|slave|leader|follower|secondary|main|ro|rw|read|write|writer|reader|hot|warm|cold|shard\d*|node\d*|\d+[a-z]?)$/;
/**
 * Parts joined by `-` with an engine's among them, not inside a path, host, address or longer
 * identifier (three parts or more: `findDatabaseHostNames` counts them).
 */
const hyphenated = new RegExp(String.raw`(?<![\p{L}\p{N}_.\/@:#-])((?:[a-z][a-z0-9]*-)*?(?:${engines})(?:-[a-z0-9]+)+|[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:${engines})(?:-[a-z0-9]+)*)(?![\p{L}\p{N}_\/:@-]|\.[\p{L}\p{N}])`, 'gu');

/** Every line it reads holds an engine's name as a part before or after a hyphen. */
export const cuedDatabaseHost: CuedPattern = { name: 'a database machine of words', cue: new RegExp(String.raw`-(?:${engines})\b|\b(?:${engines})-`), pattern: hyphenated };

/** The database machines named on one line. */
export function findDatabaseHostNames(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  if (!cuedDatabaseHost.cue.test(line)) return [];
  const found: NamedSystemMatch[] = [];
  for (const m of allMatches(hyphenated, line)) {
    const parts = m[1].split('-');
    if (!parts.some((part) => enginePart.test(part)) || !parts.some((part) => rolePart.test(part))) continue;
    // A part of its own: what the machine serves (`payouts`), not the engine, its role, an environment or a number.
    if (!parts.some((part) => !enginePart.test(part) && !rolePart.test(part) && !environmentPart.test(part) && !/^(?:ha|cluster|instance|server|host|svc)$/.test(part))) continue;
    if (isPublicName(m[1])) continue;
    found.push({ rule: 'redact/internal-name', text: m[1], index: m.index!, why: 'a database machine named by its engine and role' });
  }
  return found;
}
