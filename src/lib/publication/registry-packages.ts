import { allMatches } from '../regexp.ts';

/**
 * Packages a post itself shows as published on a public package registry (round 24 of false
 * positives, docs/redaction.md). Open-source security advisories name the crate, module or gem
 * they are about by its registry name, hyphen-joined as a team names its own systems
 * (`async-std`, `gix-worktree-state`, `unic-ucd-hangul`), and the guard held back 38 of 80 RustSec
 * advisories for them. The post says the name is public in two ways, and then it is public
 * wherever the post writes it:
 *
 * - a link to the package's page on a public registry: `crates.io/crates/<name>`,
 *   `docs.rs/<name>`, `lib.rs/crates/<name>`, `npmjs.com/package/<name>`, `pypi.org/project/<name>`,
 *   `rubygems.org/gems/<name>`, `hex.pm/packages/<name>`, `nuget.org/packages/<name>`,
 *   `packagist.org/packages/<vendor>/<name>`;
 * - the header of an advisory in the RustSec / OSV format (a `[advisory]` table with
 *   `package = "<name>"`), which only describes packages of a public registry.
 *
 * A name the team configured as internal, or that `isOwnName` says is the team's, proves nothing
 * (an internal package linked by mistake stays a finding), and a package named only in a
 * `Cargo.toml` or `package.json` of the team's own is read as before.
 */
const registryPage = /(?<![\w.-])(?:https?:\/\/)?(?:www\.)?(?:crates\.io\/crates|docs\.rs|lib\.rs\/crates|npmjs\.com\/package|pypi\.org\/project|rubygems\.org\/gems|hex\.pm\/packages|nuget\.org\/packages|packagist\.org\/packages\/[\w.-]+)\/(@[\w.-]+\/)?([A-Za-z0-9][\w.-]*[A-Za-z0-9])/g;
const advisoryPackage = /^[ \t]*package[ \t]*=[ \t]*"([A-Za-z0-9][\w.-]*)"/gm;
/** A package an advisory writes as code, or calls a crate or a fork (`unsafe-libyaml`, "the fast-float2 fork"). */
const advisoryNamedPackage = /`([A-Za-z0-9][\w-]*[A-Za-z0-9])`|(?<![\w.-])([A-Za-z0-9][\w-]*[A-Za-z0-9])[ \t]+(?:crates?|fork)\b|\bfork of[ \t]+([A-Za-z0-9][\w-]*[A-Za-z0-9])/g;
/** The crates of a `cargo add` or `cargo install` line. */
const cargoAddLine = /\bcargo[ \t]+(?:add|install)((?:[ \t]+[A-Za-z0-9][\w-]*)+)/g;

/** The package names (lower case) `evidence` shows as public registry packages that are not the team's own. */
export function publicRegistryPackages(evidence: string, isOwnName: (name: string) => boolean): Set<string> {
  const names = new Set<string>();
  const add = (name: string) => {
    if (!isOwnName(name)) names.add(name.toLowerCase());
  };
  if (/crates\.io|docs\.rs|lib\.rs|npmjs\.com|pypi\.org|rubygems\.org|hex\.pm|nuget\.org|packagist\.org/.test(evidence)) {
    for (const m of allMatches(registryPage, evidence)) add(m[2]);
  }
  // Every match holds `[advisory]`: the text search skips the pattern's try at every line of a post without one.
  if (evidence.includes('[advisory]') && /^\s*\[advisory\]\s*$/m.test(evidence)) {
    for (const m of allMatches(advisoryPackage, evidence)) add(m[1]);
    // Since round 45 of false positives: the other packages such an advisory names (forks,
    // dependents, the crates a fix moves to: "Maintained fork of `unsafe-libyaml`", "the
    // `evm-units` crate", "cargo add gix gix-object"). An advisory database describes a public
    // registry's packages only, so a package it writes as code, calls a crate or a fork, or adds
    // with cargo is one of them.
    for (const m of allMatches(advisoryNamedPackage, evidence)) add(m[1] ?? m[2] ?? m[3]);
    for (const m of allMatches(cargoAddLine, evidence)) for (const name of m[1].split(/[ \t]+/)) if (/^[A-Za-z0-9][\w-]*$/.test(name)) add(name);
  }
  return names;
}
