import { isEnglishWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';

/**
 * A distribution's package on a package manager's install line (`apt install apt-utils
 * libtemplate-perl tesseract-ocr`; round 40b of false positives, docs/redaction.md: about 120 names
 * of a non-profit's infrastructure journal, its reinstall notes listing every Debian package).
 * The command alone cannot say where a package comes from: an organisation's own archive is
 * configured on its machines and installed the same way. What tells a distribution's package apart
 * is its name: Debian names a public project's package by the project (`tesseract-ocr`,
 * `exim4-config`), a Perl module's by the module in words (`lib` + `Template` + `-perl`, a C library's headers as `lib` + the library + `-dev`),
 * and adds only its packaging words (`-dev`, `-utils`, `-common`). So a package is public here when,
 * past those affixes, every part is a public term or an English word, and at least one part a
 * public term or the name a Perl, Python, Ruby or Node module's. A coined part
 * (`libkelpworks-ledger-perl`, `kelpworks-agent`) and a name of words alone with no such sign
 * (`ledger-worker`) are found as before; a line with a source of its own (`--index-url`,
 * `--registry`, a `.deb` file) proves nothing.
 */
const installCommand = /(?:^|[\s;&|(`$#])(?:sudo\s+)?(?:apt-get|apt|aptitude)\s+(?:-\S+\s+)*install\b([^;&|`\n]*)/g;
const ownSource = /--(?:index-url|extra-index-url|registry|source)\b|\.deb\b/;
const modulePrefix = /^(?:python3?|ruby|node|php\d*|golang|r-cran)-/;
const packagingWord = /^(?:dev|utils|common|tools|config|client|server|bin|doc|data|plugin|plugins|core|base|ce|cli|mod|org)$/;

/** The packages an install line of `line` names, with their positions. */
export function installLinePackages(line: string): { name: string; index: number }[] {
  const packages: { name: string; index: number }[] = [];
  for (const m of line.matchAll(installCommand)) {
    const list = m[1];
    if (ownSource.test(list)) continue;
    const start = m.index! + m[0].length - list.length;
    for (const p of list.matchAll(/(?<=^|\s)([a-z0-9][a-z0-9.+-]*[a-z0-9])(?=\s|$)/g)) packages.push({ name: p[1], index: start + p.index! });
  }
  return packages;
}

/** Whether `name` reads as a distribution's package of a public project (see above). */
export function isDistributionPackageName(name: string): boolean {
  let rest = name.toLowerCase();
  let module = false;
  if (/^lib.+-(?:perl|dev)$/.test(rest)) {
    rest = rest.slice(3, rest.lastIndexOf('-'));
    module = true;
  } else if (modulePrefix.test(rest)) {
    rest = rest.replace(modulePrefix, '');
    module = true;
  }
  const parts = rest.split('-').filter((p) => !packagingWord.test(p));
  if (!parts.length) return false;
  const isPublic = (p: string) => isPublicTerm(p) || isPublicTerm(p.replace(/\d+$/, ''));
  const isWord = (p: string) => isPublic(p) || isEnglishWord(p) || isEnglishWord(p.replace(/\d+$/, ''));
  // A module's name holds its abbreviations (`XML::Simple`, `JSON::PP`, `DBD::Pg`): three letters
  // at most, beside a word, which a coined name's short code alone (`libklp-perl`) is not.
  if (module) return parts.every((p) => isWord(p) || /^[a-z0-9]{1,3}$/.test(p)) && parts.some(isWord);
  return parts.every(isWord) && parts.some(isPublic);
}

/** Whether the text at `index` of `line` is a distribution's package on an install line. */
export function isPackageOnInstallLine(line: string, index: number, text: string): boolean {
  return installLinePackages(line).some((p) => p.index === index && p.name === text && isDistributionPackageName(text));
}
