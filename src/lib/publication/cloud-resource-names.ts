/**
 * A resource in the organisation's cloud account named after the product and its noun (since
 * probe round 30, docs/redaction.md, "Probe round 30"): "the ECS service ledger-api-prod", "the
 * RDS instance ledger-db-prod", "the Lambda function payouts-reconcile", "the DynamoDB table
 * `ledger_entries`", "the BigQuery dataset finance_reporting", "the Kubernetes namespace
 * `payouts`". What a team names inside its own account is its system's name whatever words it
 * uses, as a workload beside its kind is (workload-names.ts); the product and the noun are the
 * sign. A name is a code span, or bare a compound joined by `-` or `_` (a bare single word reads
 * as the sentence's verb: "the Lambda function timed out"); not a placeholder (`my-function`,
 * `example-…`) nor a name `publicNames` lists.
 */
import { allMatches } from '../regexp.ts';
import type { NamedSystemMatch } from './named-systems.ts';
import { opensWithPublicTool } from './workload-names.ts';
import type { CuedPattern } from './cued-pattern.ts';

const product = String.raw`(?:S3|GCS|Cloud\s+Storage|Blob\s+Storage|R2|SQS|SNS|ECS|EKS|GKE|AKS|RDS|Aurora|ElastiCache|Memorystore|DynamoDB|Lambda|Cloud\s+Run|Cloud\s+Functions?|Cloud\s+SQL|BigQuery|Bigtable|Spanner|Firestore|Redshift|Kinesis|MSK|EFS|EC2|OpenSearch|Step\s+Functions?|API\s+Gateway|Cosmos\s+DB|App\s+Service|Azure\s+Functions?|Kubernetes|Glue|Athena|Snowflake)`;
const noun = String.raw`(?:bucket|container|service|instance|function|cluster|table|dataset|database|queue|topic|stream|domain|namespace|state\s+machine|app|job|crawler|warehouse|node\s*group|task\s+definition|replication\s+group|file\s+system)`;
const resourceName = String.raw`(?:\x60([^\x60\s]{3,80})\x60|(?<![\w.\/@#:-])([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+)(?![\w\/:-]|\.[A-Za-z0-9]))`;
const cloudResource = new RegExp(String.raw`\b${product}\s+${noun}(?:\s+(?:called|named))?:?\s+${resourceName}`, 'g');
/**
 * A bucket named after its noun alone ("we emptied bucket acme-invoices", "the bucket
 * payouts-exports"; since probe round 31): a bucket's name is the organisation's whatever its
 * words, and only a compound or a code span is read, since "bucket" is a word of prose too ("the
 * bucket policy"). Since probe round 34 also a configuration's quoted value (`bucket = "acme-tf-state"`
 * in a Terraform backend, `bucket: "…"` in YAML).
 */
const bucketResource = new RegExp(String.raw`\bbuckets?(?:(?:\s+(?:called|named))?:?\s+|\s*[=:]\s*["'])${resourceName}`, 'g');
const placeholder = /^(?:my|your|example|sample|foo|test|<)[-_]?|[<>{}$]/i;
/** A configuration's placeholder bucket, as tutorials write a backend's (`company-terraform-state`, measured; since probe round 34). */
const configPlaceholder = /^(?:company|org|demo)[-_]/i;
/** A machine type or a region written where a name stands ("the RDS instance `db.r5.large`", "n1-standard-8", "us-east-1"). */
const machineTypeOrRegion = /^(?:(?:db|cache)\.)?[a-z]{1,3}\d[a-z]*[-.](?:standard|highmem|highcpu|micro|small|medium|large|\d*xlarge|metal|nano)\b|^[a-z]{2,}-[a-z]+\d?-\d[a-z]?$/;

export const cuedBucketResource: CuedPattern = { name: 'a bucket by its noun', cue: /bucket/, pattern: bucketResource };
export const cuedCloudResource: CuedPattern = { name: "a cloud product's resource", cue: /S3|GCS|Cloud\s|Blob|R2|SQS|SNS|ECS|EKS|GKE|AKS|RDS|Aurora|ElastiCache|Memorystore|DynamoDB|Lambda|Cloud\s|BigQuery|Bigtable|Spanner|Firestore|Redshift|Kinesis|MSK|EFS|EC2|OpenSearch|Step\s|API\s|Cosmos|App\s|Azure|Kubernetes|Glue|Athena|Snowflake/, pattern: cloudResource };

/** The organisation's cloud resources named on one line. */
export function findCloudResourceNames(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  const byProduct = cuedCloudResource.cue.test(line);
  const byBucket = cuedBucketResource.cue.test(line);
  if (!byProduct && !byBucket) return [];
  const found: NamedSystemMatch[] = [];
  const byNoun = byBucket ? [...allMatches(bucketResource, line)] : [];
  const matches = [...(byProduct ? allMatches(cloudResource, line) : []), ...byNoun];
  for (const m of matches) {
    const name = m[1] ?? m[2];
    // A bucket named after the noun alone, opening with a public tool's name, is the tool's default (`velero-backups`).
    if (byNoun.includes(m) && opensWithPublicTool(name)) continue;
    if (placeholder.test(name) || machineTypeOrRegion.test(name) || isPublicName(name)) continue;
    if (byNoun.includes(m) && /[="']/.test(m[0]) && configPlaceholder.test(name)) continue;
    const index = m.index + m[0].lastIndexOf(name);
    if (found.some((f) => f.index === index)) continue;
    found.push({ rule: 'redact/internal-name', text: name, index, why: "a resource in the organisation's cloud account" });
  }
  return found;
}
