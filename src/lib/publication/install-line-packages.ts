import { isEnglishWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { npmPackageNames, pypiPackageNames } from './registry-package-names.ts';

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
 *
 * The package managers whose install lines are read, each with how its packages are named. Since
 * round 41 of false positives the language registries' too (`pip install`, `npm install`, `gem
 * install`): a public registry holds an organisation's private package's name no more than a
 * distribution does, and a private index is named on the line (`--index-url`, `--registry`,
 * `--source`) or configured on the machine, which the line cannot show. So the same test of the
 * name decides, with each registry's own prefixes and packaging words (`python-`, `types-`,
 * `-plugin-`, `-loader`, `-es`): a coined part (`kelpworks-ledger`) is still found, and so is a
 * scoped npm package (`@kelpworks/ledger`), whose scope is an organisation's.
 *
 * Since false positives round 42, a language registry's widely used packages by name too
 * (registry-package-names.ts: npm's downloaded a million times a month, PyPI's 5,000 most
 * downloaded): `npm install -g ajv-cli` and `lodash-es` were identifiers, their first part known
 * to no word list. A name thousands of teams install from the public registry is the public
 * package on a line that names no index of its own, whoever else uses it; the same name off an
 * install line, on a line naming its own index, or on another manager's line is read as before.
 */
type Manager = { command: RegExp; ownSource: RegExp; modulePrefix?: RegExp; packagingWord: RegExp; widelyUsed?: (lowerName: string) => boolean };
const distributionWords = 'dev|utils|common|tools|config|client|server|bin|doc|data|plugin|plugins|core|base|ce|cli|mod|org';
const managers: Manager[] = [
  {
    command: /(?:^|[\s;&|(`$#])(?:sudo\s+)?(?:apt-get|apt|aptitude)\s+(?:-\S+\s+)*install\b([^;&|`\n]*)/g,
    ownSource: /--(?:index-url|extra-index-url|registry|source)\b|\.deb\b/,
    modulePrefix: /^(?:python3?|ruby|node|php\d*|golang|r-cran)-/,
    packagingWord: new RegExp(`^(?:${distributionWords})$`),
  },
  {
    command: /(?:^|[\s;&|(`$#])(?:sudo\s+)?(?:pip3?|pipx|uv\s+pip|python3?\s+-m\s+pip)\s+(?:-\S+\s+)*install\b([^;&|`\n]*)/g,
    // A private index, a local file or a repository: the name proves nothing there.
    ownSource: /(?:^|\s)(?:-i|-f|--index-url|--extra-index-url|--find-links|--trusted-host)\b|:\/\/|\bgit\+|\.whl\b|\.tar\.gz\b|(?:^|\s)\.{0,2}\//,
    modulePrefix: /^(?:python3?|py|types)-/,
    packagingWord: new RegExp(`^(?:${distributionWords}|sdk|api|extensions|contrib|binary|stubs)$`),
    // PyPI reads `-`, `_` and `.` as one separator (PEP 503).
    widelyUsed: (name) => pypiPackageNames.has(name.replace(/[-_.]+/g, '-')),
  },
  {
    command: /(?:^|[\s;&|(`$#])(?:sudo\s+)?(?:npm\s+(?:-\S+\s+)*(?:install|i|add)|(?:yarn|pnpm)\s+(?:-\S+\s+)*(?:add|install))\b([^;&|`\n]*)/g,
    ownSource: /--registry\b|:\/\/|\bgit\+|\b(?:github|file):|\.tgz\b|(?:^|\s)\.{0,2}\//,
    packagingWord: new RegExp(`^(?:${distributionWords}|sdk|api|loader|preset|es|types)$`),
    widelyUsed: (name) => npmPackageNames.has(name),
  },
  {
    command: /(?:^|[\s;&|(`$#])(?:sudo\s+)?gem\s+(?:-\S+\s+)*install\b([^;&|`\n]*)/g,
    ownSource: /--(?:source|clear-sources)\b|:\/\/|\.gem\b/,
    packagingWord: new RegExp(`^(?:${distributionWords}|sdk|api|rails)$`),
  },
];
/** A package's name on the line, before a version or extras it may carry (`pkg==1.2`, `pkg@4`, `pkg[socks]`). */
const packageToken = /(?<=^|\s)([A-Za-z0-9][A-Za-z0-9._+-]*[A-Za-z0-9])(?=(?:(?:[=<>~!]=?|@|\[)\S*)?(?:\s|$))/g;

/** The packages an install line of `line` names, with their positions and the manager's naming. */
function installLineEntries(line: string): { name: string; index: number; manager: Manager }[] {
  const packages: { name: string; index: number; manager: Manager }[] = [];
  if (!/apt|pip|npm|yarn|pnpm|gem/.test(line)) return packages;
  for (const manager of managers) {
    for (const m of line.matchAll(manager.command)) {
      const list = m[1];
      if (manager.ownSource.test(list)) continue;
      const start = m.index! + m[0].length - list.length;
      for (const p of list.matchAll(packageToken)) packages.push({ name: p[1], index: start + p.index!, manager });
    }
  }
  return packages;
}

/** The packages an install line of `line` names, with their positions. */
export function installLinePackages(line: string): { name: string; index: number }[] {
  return installLineEntries(line).map(({ name, index }) => ({ name, index }));
}

/** Whether `name` reads as a distribution's package of a public project (see above). */
export function isDistributionPackageName(name: string, manager: Manager = managers[0]): boolean {
  let rest = name.toLowerCase();
  let module = false;
  if (manager === managers[0] && /^lib.+-(?:perl|dev)$/.test(rest)) {
    rest = rest.slice(3, rest.lastIndexOf('-'));
    module = true;
  } else if (manager.modulePrefix?.test(rest)) {
    rest = rest.replace(manager.modulePrefix, '');
    module = true;
  }
  // A language registry's names join words with `_` and `.` too (`typing_extensions`, `zope.interface`).
  const parts = rest.split(manager === managers[0] ? '-' : /[-_.]/).filter((p) => !manager.packagingWord.test(p));
  if (!parts.length) return false;
  const isPublic = (p: string) => isPublicTerm(p) || isPublicTerm(p.replace(/\d+$/, ''));
  const isWord = (p: string) => isPublic(p) || isEnglishWord(p) || isEnglishWord(p.replace(/\d+$/, ''));
  // A module's name holds its abbreviations (`XML::Simple`, `JSON::PP`, `DBD::Pg`): three letters
  // at most, beside a word, which a coined name's short code alone (`libklp-perl`) is not.
  if (module) return parts.every((p) => isWord(p) || /^[a-z0-9]{1,3}$/.test(p)) && parts.some(isWord);
  return parts.every(isWord) && parts.some(isPublic);
}

/**
 * A C library's development package with its soname's number (`libasound2-dev`, `libnss3-dev`,
 * `libgtk-3-dev`, `libssl1.1-dev`, and Debian's `zlib1g-dev`; round 45 of false positives): the
 * number is the library's ABI version, which Debian puts in the name, and the library itself is
 * seldom a dictionary's word. Read on an install line only, as the other names are.
 */
const sonameDevelopmentPackage = /^(?:lib[a-z][a-z+]*-?\d+(?:\.\d+)*|zlib1g)-(?:dev|dbg)$/;

/**
 * Whether the text at `index` of `line` is a distribution's package on an install line. The lines
 * before it that end in a backslash continue the command onto it (`apt-get install -y \`, then a
 * package a line; round 45 of false positives): they are read as one line with it.
 */
export function isPackageOnInstallLine(line: string, index: number, text: string, linesBefore: readonly string[] = []): boolean {
  let command = line;
  let offset = 0;
  for (let j = linesBefore.length - 1; j >= 0 && /\\\s*$/.test(linesBefore[j]); j--) {
    const joined = `${linesBefore[j].replace(/\\\s*$/, '')} `;
    command = joined + command;
    offset += joined.length;
  }
  return installLineEntries(command).some((p) => p.index === offset + index && p.name === text && (isDistributionPackageName(text, p.manager) || (p.manager === managers[0] && sonameDevelopmentPackage.test(text)) || p.manager.widelyUsed?.(text.toLowerCase()) === true));
}
