/**
 * Ids of public security advisories, which reports quote as they quote CVE ids (since the
 * thirteenth round of false positives). Each is published by a vendor or a project in a numbered
 * public series, so it names no ticket of the publisher's; the shape (a year, a revision, a fixed
 * number of digits) is part of the rule, so that a project key that happens to share a prefix but
 * not the shape (`XSA-12a`, `DSA-4521` without its revision) is judged as any ticket. In any letter
 * case: a path or a file name writes them in lower case (`QSBs/qsb-086-2022.txt`).
 */
import { isAttackPatternId } from './other-sites.ts';

const advisoryIdShapes: readonly RegExp[] = [
  // A series with the year in the id: CVE's old candidates (`CAN-2005-3185`), RustSec
  // (`RUSTSEC-2026-0011`), the Python and Go vulnerability databases (`PYSEC-2023-12`,
  // `GO-2024-2687`), the Global Security Database, OSV's own, Amazon and Oracle Linux
  // (`ALAS-2023-1234`, `ALAS2-2023-…`, `ELSA-2023-1234`), Mozilla (`MFSA-2024-01`), Cisco Talos,
  // the EU's vulnerability database, Zero Day Initiative (`ZDI-23-1234`), Japan's JVN and Mageia;
  // since false positives round 43 OSV's malicious packages (`MAL-2025-49350`) and the Tor
  // Project's TROVE series (`TROVE-2025-013`), which RustSec's advisories list as aliases.
  /^(?:CAN|RUSTSEC|PYSEC|GO|GSD|OSV|ALAS2?|ELSA|MFSA|TALOS|EUVD|ZDI|JVNDB|MGASA|MAL|TROVE)-(?:19|20)?\d{2}-\d{1,7}$/i,
  // The Xen Project's advisories (`XSA-433`) and Qubes OS's bulletins (`QSB-087`, also with the
  // year of its file name, `QSB-087-2022`).
  /^(?:XSA|QSB)-\d{1,4}(?:-(?:19|20)\d{2})?$/i,
  // Debian's and Ubuntu's notices with their revision (`DSA-5123-1`, `DLA-3456-2`, `USN-6543-1`).
  /^(?:DSA|DLA|USN)-\d{3,5}-\d{1,2}$/i,
  // Intel's security advisories and AMD's security bulletins (`INTEL-SA-00982`, `AMD-SB-7005`).
  /^(?:INTEL-SA|AMD-SB)-\d{4,5}$/i,
];

/** True when `token` is the id of a public security advisory ({@link advisoryIdShapes}). */
export function isPublicAdvisoryId(token: string): boolean {
  return advisoryIdShapes.some((shape) => shape.test(token)) || isAttackPatternId(token);
}
