/**
 * The probe round 39b's leaks (docs/redaction.md, "Probe round 39b"): what round 39 left
 * published, an alert named after a coined system in a post that names no system by it, written
 * the ways alerting tools and on-call notes write one. Text of our own writing, with coined
 * names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound39b: readonly LeakProbeWithOrganisation[] = [
  p('an alert of a code name that fired', 'ZarnithHighLatency fired at 03:10 and paged the on-call.', 'ZarnithHighLatency'),
  p('an alert of a code name in a code span', 'The `KestrithQueueBacklog` alert fired twice.', 'KestrithQueueBacklog'),
  p('an alert of a code name, firing', '`ZarnithErrorRateHigh` was firing for an hour.', 'ZarnithErrorRateHigh'),
  p('an alert of a code name that triggered', 'VolmerexDiskFull triggered at 04:00.', 'VolmerexDiskFull'),
  p('an alert of a code name that paged', 'VornakelReplicaLag paged the secondary.', 'VornakelReplicaLag'),
  p('an alert of a code name that went off', 'ThessavonSyncStuck went off during the deploy.', 'ThessavonSyncStuck'),
  p('alerts of a code name', 'Two ZarnithHighLatency alerts came in.', 'ZarnithHighLatency'),
  p('an alert of a code name after the noun', 'The alert KestrithQueueBacklog stayed silent.', 'KestrithQueueBacklog'),
  p('an alert of a code name after the noun and a colon', 'Alert: `VolmerexDiskFull`', 'VolmerexDiskFull'),
  p('an alert rule of a code name', 'We changed the alert rule `VornakelReplicaLag` to wait ten minutes.', 'VornakelReplicaLag'),
  p('an alert named so', 'An alert named ThessavonSyncStuck was muted.', 'ThessavonSyncStuck'),
  p("an alert's label", '`alertname="ZarnithHighLatency"` matched no route.', 'ZarnithHighLatency'),
  p("an alert's label unquoted", 'The silence matched alertname=KestrithQueueBacklog only.', 'KestrithQueueBacklog'),
  p("a notification's title", '[FIRING:2] VolmerexDiskFull (web-3 critical)', 'VolmerexDiskFull'),
  p('an alert of a code name after an acronym', 'The `APIZarnithTimeouts` alert fired.', 'APIZarnithTimeouts'),
  p('an alert ending in a code name', 'The `HighLatencyKestrith` alert fired.', 'HighLatencyKestrith'),
  p('an alert of a code name with a public product', 'KubernetesZarnithPodsDown fired overnight.', 'KubernetesZarnithPodsDown'),
  p('an alert of a code name, the system found from it', 'ZarnithHighLatency fired.\n\nThen `zarnith_requests_total` dropped to zero.', 'zarnith_requests_total'),
  p('an alert of a code name in a table', '| 03:10 | `KestrithQueueBacklog` fired |', 'KestrithQueueBacklog'),
  p('an alert of a code name in a list', '- 02:00 VornakelReplicaLag firing', 'VornakelReplicaLag'),
  // Left from round 39, not taken (docs/redaction.md, "Probe round 39b").
  p('a metric of a code name, no system named', '`zarnith_requests_total` dropped to zero.', 'zarnith_requests_total'),
  p("a machine's folder, no system named", '`0 3 * * * /opt/zarnith/bin/reindex.sh`', 'zarnith'),
  p("a handle's branch in prose", 'The fix went out on tavishm/fix-proxy at noon.', 'tavishm'),
  p('a handle opening a line with a colon', 'orianav: restarting the pods now', 'orianav'),
];

/** Still published after this round (docs/redaction.md, "Probe round 39b" and "Limits"). */
export const stillPublishedRound39b: ReadonlySet<string> = new Set<string>([
  // 'a metric of a code name, no system named': found since probe round 45.
  "a machine's folder, no system named",
  // "a handle's branch in prose": found since probe round 44.
  'a handle opening a line with a colon',
]);

/** The probes found before this round's rule (measured on the commit before it, c01bac6a). */
export const foundBeforeRound39b: ReadonlySet<string> = new Set<string>([]);

/** Public alerts and CamelCase words that must stay unflagged. */
export const notLeaksRound39b: readonly (readonly [string, string])[] = [
  ['an alert of the API server', 'The `KubeAPIErrorBudgetBurn` alert fired.'],
  ['an alert of an acronym', 'CPUThrottlingHigh fired on every node.'],
  ['an alert of pods', 'KubePodCrashLooping fired at 03:10.'],
  ['an alert of a product', 'AlertmanagerFailedReload fired after the change.'],
  ['an alert of the scrape', 'The alert TargetDown stayed silent.'],
  ['an alert of the file system', '`NodeFilesystemSpaceFillingUp` was firing for an hour.'],
  ['an alert of a probe', 'BlackboxProbeFailed paged the on-call.'],
  ['an alert of a database', 'PostgresqlReplicationLag triggered at 04:00.'],
  ['an alert of a queue', '[FIRING:1] RabbitmqTooManyMessagesInQueue'],
  ['an alert of a certificate', 'alertname=CertManagerCertExpirySoon'],
  ['an alert of the watchdog', 'The `Watchdog` alert fired, as it always does.'],
  ['an alert of the hub', 'JupyterhubHighLatency fired at noon.'],
  ['an alert of a lower-case product', 'The `EtcdMembersDown` alert fired.'],
  ['an alert of a stateful set', 'StatefulSetUpdateStuck fired during the rollout.'],
  ['an alert of a sync call', 'The `EtcdSlowFsyncLatency` alert fired.'],
  ['an alert of inodes', 'alertname=VolumeInodeNearFull'],
  ['an alert of control groups', 'CgroupDriverMismatch triggered after the upgrade.'],
  ['an alert of a kustomization', 'The alert FluxKustomizationNotReady stayed silent.'],
  ['a storage call that triggered', 'The CSI NodeUnstageVolume triggered on its own.'],
  ['a type in code that fired', 'The `EventEmitter` fired twice.'],
  ['a person who was paged', 'The pager paged Oncall twice.'],
  // 'a given name in an alert' (`MariaHighLatency`) left in probe round 46: a given name opening an
  // alert before what alerts watch and a condition is a code name now (docs/redaction.md, "Probe round 46").
  ['a class named so, not an alert', 'The `ZarnithClient` class retries.'],
];
