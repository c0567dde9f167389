/**
 * A job named by a word and what the job does (since probe round 44, docs/redaction.md, "Probe
 * round 44"; round 42b's leftover): `brisket-etl`, `heron-sync`, `marrow-ingest`. Teams name their
 * batch jobs and workers after a code name and the work, and the code name is often an everyday
 * word ("brisket", "heron"), which the coined-word rules do not read. The suffix is the sign: a
 * public tool so named opens with its product's or a public tool's name (`node-exporter`,
 * `kafka-consumer`, `spark-etl`), or with a word of software (`data-sync`, `log-shipper`), and
 * those are published, as is a common word (`order-sync`).
 */
import { allMatches } from '../regexp.ts';
import { isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { isSystemOrTeamWord } from './system-nouns.ts';
import { opensWithPublicTool } from './workload-names.ts';

export interface JobSuffixNameMatch {
  rule: 'redact/internal-name';
  text: string;
  index: number;
  why: string;
}

const jobName = /(?<![\w./@#:~\\-])([a-z]{4,})-(?:etl|elt|cron|batch|ingest|ingester|ingestor|loader|importer|syncer|poller|sweeper|reaper|janitor|backfill|rollup|nightly|hourly)(?![\w/-]|\.[\w])/g;

/** Words of software and data that public jobs open with (`data-etl`, `log-rollup`, `user-importer`). */
const softwareWords = /^(?:data|logs?|metrics?|events?|users?|files?|images?|backups?|reports?|index|search|cache|queue|stream|batch|daily|weekly|nightly|hourly|test|demo|sample|example|sql|json|csv|http|db|mysql|postgres|redis|mongo|kafka|spark|airflow|dbt|beam|flink|hadoop|hive)$/;

/** The jobs one line names by a code name and a job's suffix. */
export function findJobSuffixNames(line: string, isPublicName: (text: string) => boolean): JobSuffixNameMatch[] {
  if (!line.includes('-')) return [];
  const found: JobSuffixNameMatch[] = [];
  for (const m of allMatches(jobName, line)) {
    const word = m[1];
    if (softwareWords.test(word) || opensWithPublicTool(m[0]) || isPublicTerm(word) || isSystemOrTeamWord(word) || isOrdinaryWord(word) || isKnownFirstName(word[0].toUpperCase() + word.slice(1)) || isPublicName(m[0]) || isPublicName(word)) continue;
    found.push({ rule: 'redact/internal-name', text: m[0], index: m.index, why: "a job named by a code name and its work" });
  }
  return found;
}
