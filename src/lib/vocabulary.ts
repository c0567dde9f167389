import { findMojibake } from './mojibake.ts';
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Pair } from 'yaml';

type YamlPair = Pair<unknown, unknown>;
import { findClosestMatch } from './closest-match.ts';
import { unsupportedTags } from './yaml-tags.ts';
import { oversizeFileProblem, readErrorFix, readErrorWords, specialFileKind } from './content-files.ts';
import { cascadeNote, describeToJsError, describeYamlError, duplicateKeyOffsets, findYamlDirective, firstAliasOffset, withoutStreamCascade } from './yaml-errors.ts';
import { idFromText } from './slug.ts';
import { escapeHiddenCharacters, escapeOf, findHiddenCharacterInData, findInvisibleCharacter } from './invisible-characters.ts';
import { describeCharacter, withLatinLookalikesReplaced } from './confusables.ts';
import { findMarkup } from './plain-text-fields.ts';
import { binaryKindOfText } from './binary-file.ts';
import { describeGitLfsPointer, isGitLfsPointer } from './git-lfs-pointer.ts';
import { describeLeftoverConflictMarker, describeMergeConflict, findLeftoverConflictMarker, findMergeConflict } from './pasted-text.ts';
import { z } from 'zod';
import { describeYamlReading, isReadAsNonText } from './yaml-reading.ts';
import { quoteSnippet, quotedSnippet } from './quoted-snippet.ts';

/**
 * Controlled vocabularies: the services, teams, tags and trigger categories a postmortem may
 * name. Each lives in its own YAML file under the content folder, keyed by id.
 */

const idPattern = /^[a-z0-9][a-z0-9-]*$/;

/** Text that is shown: "  " is as empty as "" (a publicName of spaces named a service by nothing on the public site). */
const shownText = z.string().trim().min(1);

export const teamSchema = z.strictObject({
  /** Display name, e.g. "Payments Platform". */
  name: shownText,
  /** Chat or code-review handle of the team, e.g. "@acme/payments". Internal only. */
  handle: z.string().trim().regex(/^@[A-Za-z0-9][\w.-]*(?:\/[A-Za-z0-9][\w.-]*)?$/, {
    // "checkout team" was accepted and asked for as a reviewer that no one can be (npm run review).
    // A team's GitHub page (round 15) gets the handle it names.
    error: (issue) => {
      const page = /^https?:\/\/(?:www\.)?github\.com\/orgs\/([\w.-]+)\/teams\/([\w.-]+)\/?$/i.exec(String(issue.input ?? '').trim());
      return page ? `not a handle but the team's GitHub page: write "@${page[1]}/${page[2]}" (in quotes), as CODEOWNERS does.`
        : 'not a handle: write it as CODEOWNERS does, "@org/team" for a GitHub team or "@user" for one person, in quotes (an @ starts a YAML value otherwise read as an error).';
    },
  }).optional(),
  /** People on the team. Internal only: the public build refuses these names anywhere in public text. */
  members: z.array(shownText).optional(),
  /** Other names the team goes by in other tools ("Payments on-call", a ServiceNow assignment group): the import suggests the team when a report names it so. */
  aliases: z.array(shownText).optional(),
});

export const serviceSchema = z.strictObject({
  /** Display name used on the internal site. */
  name: shownText,
  /** Team id (from teams.yaml) that owns the service. */
  owner: shownText,
  /** 1 = most critical, customer-facing path; 3 = internal tooling. */
  tier: z.literal([1, 2, 3], { error: 'must be 1, 2 or 3 (1 is the customer-critical path, 3 internal tooling).' }),
  /** Name customers know the service by. Without it, the public site does not name the service. */
  publicName: shownText.optional(),
  /** One line on what the service does. */
  description: z.string().optional(),
  /** Other names people search for it by ("k8s", "billing"): indexed with the postmortems that use it. */
  aliases: z.array(shownText).optional(),
});

export const tagSchema = z.strictObject({
  /** What the tag groups; shown on the tag page. */
  description: z.string().optional(),
  /** Other names people search for it by ("k8s", "billing"): indexed with the postmortems that use it. */
  aliases: z.array(shownText).optional(),
});

export const triggerSchema = z.strictObject({
  /** Display name, e.g. "Configuration change". */
  name: shownText,
  /** What falls under this trigger category. */
  description: z.string().optional(),
  /** Other names people search for it by ("k8s", "billing"): indexed with the postmortems that use it. */
  aliases: z.array(shownText).optional(),
});

export type Team = z.output<typeof teamSchema> & { id: string };
export type Service = z.output<typeof serviceSchema> & { id: string };
export type Tag = z.output<typeof tagSchema> & { id: string };
export type Trigger = z.output<typeof triggerSchema> & { id: string };

export interface Vocabulary {
  teams: Map<string, Team>;
  services: Map<string, Service>;
  tags: Map<string, Tag>;
  triggers: Map<string, Trigger>;
}

/** File name of each vocabulary, relative to the content folder. */
export const vocabularyFiles = {
  teams: 'teams.yaml',
  services: 'services.yaml',
  tags: 'tags.yaml',
  triggers: 'triggers.yaml',
} as const;

export type VocabularyKind = keyof typeof vocabularyFiles;

/** One problem of a vocabulary file, at its place. */
export interface VocabularyProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  fix?: string;
}

/** The vocabularies cannot be read: every problem of every file, each at its line. */
export class VocabularyError extends Error {
  readonly problems: VocabularyProblem[];
  constructor(problems: VocabularyProblem[] | string) {
    const list = typeof problems === 'string'
      ? [{ file: problems.slice(0, problems.indexOf(': ')), line: 1, column: 1, message: problems.slice(problems.indexOf(': ') + 2) }]
      : problems;
    super(list.map((problem) => `${problem.file}: ${problem.message}`).join('\n'));
    this.name = 'VocabularyError';
    this.problems = list;
  }
}

/**
 * What a required field of a vocabulary entry holds, for the fix of a missing one: an adopting team
 * writing its services.yaml from scratch got "add `tier:` under dns." five times, and had to read the
 * schema to learn that a tier is 1, 2 or 3.
 */
const requiredFieldHints: Record<string, string> = {
  name: 'the name people know it by, e.g. "name: Checkout API"',
  owner: 'the id of the team (from teams.yaml) that owns it, e.g. "owner: platform"',
  tier: '1, 2 or 3, e.g. "tier: 2" (1 is the customer-critical path, 3 internal tooling)',
};

const kindNames: Record<VocabularyKind, string> = { teams: 'a team', services: 'a service', tags: 'a tag', triggers: 'a trigger' };

/**
 * The entries of one vocabulary file, and every problem in it at its line: YAML errors, ids that
 * are not lowercase with hyphens, and fields the schema refuses (an unknown field with the
 * closest known one), so that one run of `npm run check` lists all of them.
 */
/** The longest id a vocabulary entry may have (a postmortem's slug is cut at 60 too). */
export const vocabularyIdMaxLength = 60;

function parseEntries<T extends z.ZodObject>(
  file: string,
  source: string,
  schema: T,
  kind: VocabularyKind,
): { entries: Map<string, z.output<T> & { id: string }>; problems: VocabularyProblem[]; keyAt: (id: string, field?: string) => { line: number; column: number } } {
  const lineCounter = new LineCounter();
  // Keys given twice are found below in one pass: yaml's own check is quadratic in the file's ids.
  const document = parseDocument(source, { lineCounter, uniqueKeys: false });
  const entries = new Map<string, z.output<T> & { id: string }>();
  const problems: VocabularyProblem[] = [];
  const place = (offset = 0) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // Each id's pair, indexed once: a search per problem was quadratic on a file of many bad ids.
  let pairsById: Map<string, YamlPair> | undefined;
  const entryPair = (id: string) => {
    if (!pairsById) {
      pairsById = new Map();
      if (isMap(document.contents)) {
        for (const pair of document.contents.items) if (isScalar(pair.key) && !pairsById.has(String(pair.key.value))) pairsById.set(String(pair.key.value), pair as YamlPair);
      }
    }
    return pairsById.get(id);
  };
  // The key of `id` (or of its `field`, or of the item `index` of that field), for a problem's place.
  const keyAt = (id: string, field?: string, index?: number) => {
    const pair = entryPair(id);
    if (!pair) return place();
    if (field === undefined || !isMap(pair.value)) return place((pair.key as { range?: number[] })?.range?.[0]);
    const fieldPair = pair.value.items.find((item) => isScalar(item.key) && String(item.key.value) === field);
    if (!fieldPair) return place((pair.key as { range?: number[] })?.range?.[0]);
    const item = index !== undefined && isSeq(fieldPair.value) ? fieldPair.value.items[index] : undefined;
    return place(((item ?? (index !== undefined ? fieldPair.value : fieldPair.key)) as { range?: number[] } | null)?.range?.[0]);
  };
  // Names and public names are published as written: bytes that are not UTF-8 would show garbled.
  const unreadable = /[\uFFFD\u0000-\u0008\u000B\u000E-\u001F\u007F]/.exec(source);
  if (unreadable) {
    problems.push({ file, ...place(unreadable.index),
      message: /^UTF-(16|32) text$/.test(binaryKindOfText(source) ?? '') ? `the file is ${binaryKindOfText(source)}, not UTF-8: its ids and names would not be read.`
        : unreadable[0] === '\uFFFD' ? 'the file has bytes that are not UTF-8 text (shown as \uFFFD); names would be published garbled.'
        : `the file has the control character U+${unreadable[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which no reader can see.`,
      fix: /^UTF-(16|32) text$/.test(binaryKindOfText(source) ?? '') ? 'save it as UTF-8 (your editor\'s "Save with encoding").' : 'retype the text there, or save the file as UTF-8.' });
    return { entries, problems, keyAt };
  }
  const loneReturn = /\r(?!\n)/.exec(source);
  if (loneReturn) {
    problems.push({ file, ...place(loneReturn.index),
      message: 'a line ends with a carriage return alone (U+000D, the line ending of classic Mac OS), which the YAML reader takes as a line break and the line numbers do not: ids and fields would be read otherwise than your editor shows them.',
      fix: 'save the file with LF line endings (or CRLF), e.g. your editor\'s "line endings: LF".' });
    return { entries, problems, keyAt };
  }
  // "Ã©" for "é" in a name or a description (round 15): shown garbled on every page that names it,
  // as a postmortem's garbled text is refused.
  const garbled = findMojibake(source);
  if (garbled) {
    problems.push({ file, ...place(garbled.index),
      message: `the file holds "${garbled.written}", which is "${garbled.meant}" garbled: its UTF-8 bytes were once read as Windows-1252 (or Latin-1) and saved again, so every page would show "${garbled.written}".`,
      fix: `write "${garbled.meant}" there, and look for others (iconv -f UTF-8 -t WINDOWS-1252 on the file undoes it throughout).` });
  }
  if (isGitLfsPointer(source)) {
    problems.push({ file, line: 1, column: 1, ...describeGitLfsPointer(source) });
    return { entries, problems, keyAt };
  }
  // A merge left unresolved gave YAML errors about implicit keys at each marker, naming no conflict.
  const conflict = findMergeConflict(source);
  if (conflict) {
    problems.push({ file, line: conflict.startLine, column: 1,
      message: `${describeMergeConflict(conflict)}, which are no YAML.`,
      fix: 'keep the side you mean (or combine the two), delete the three marker lines, and check again.' });
    return { entries, problems, keyAt };
  }
  const leftover = findLeftoverConflictMarker(source);
  if (leftover) {
    const { message, fix } = describeLeftoverConflictMarker(leftover);
    problems.push({ file, line: leftover.line, column: 1, message: `${message}, which is no YAML.`, fix });
    return { entries, problems, keyAt };
  }
  // A right-to-left override reverses a name on every page; a zero-width space makes an id
  // another one than it looks like (the BOM at the start is the file's own).
  const invisible = findInvisibleCharacter(source.replace(/^\uFEFF/, ' '), source.split('\n').length + 1);
  if (invisible) {
    problems.push({ file, ...place(invisible.index), message: invisible.message.replace('the frontmatter has', 'the file has'), fix: invisible.fix });
    return { entries, problems, keyAt };
  }
  // `%YAML 1.1` read `no` as false and `010` as 8 without a word; the library took it.
  const directive = findYamlDirective(source);
  if (directive) {
    const described = describeYamlError('', 'directives-end', '');
    problems.push({ file, ...place(directive.offset), message: `${directive.text}: ${described.message}`, fix: described.fix });
    return { entries, problems, keyAt };
  }
  if (document.errors.length) {
    // One error per token after the parser left the document, counted into the first (as in frontmatter).
    const cascade = withoutStreamCascade(document.errors);
    for (const error of cascade.errors) {
      // A key given twice is named ("Map keys must be unique" named neither key nor place of the first).
      const described = describeYamlError(error.code, error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), source.slice(error.pos[0]).split('\n')[0]);
      if (error === cascade.first) described.message = cascadeNote(described.message, cascade.dropped);
      problems.push({ file, ...place(error.pos[0]), message: `not valid YAML: ${described.message.replace(/\.$/, '')}.`, ...(described.fix ? { fix: described.fix } : {}) });
    }
    return { entries, problems, keyAt };
  }
  for (const { key, offset } of duplicateKeyOffsets(document)) {
    const described = describeYamlError('DUPLICATE_KEY', '', `${JSON.stringify(key)}:`);
    problems.push({ file, ...place(offset), message: `not valid YAML: ${described.message.replace(/\.$/, '')}.`, ...(described.fix ? { fix: described.fix } : {}) });
  }
  if (problems.length) return { entries, problems, keyAt };
  for (const { tag, offset } of unsupportedTags(document)) {
    problems.push({ file, ...place(offset), message: `the YAML tag ${tag} is not allowed (it would be read as something other than what is written).`, fix: `remove ${tag} and write the value itself.` });
  }
  if (problems.length) return { entries, problems, keyAt };
  // `1e3:` became the id "1000", `0x10:` "16", `true:` "true", and `null:` or `~:` the id "" at
  // line 1: YAML reads such a key as a number, a boolean or nothing. Said as written, with the quotes.
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (!isScalar(pair.key) || !isReadAsNonText(pair.key.value) || !pair.key.range) continue;
      const written = source.slice(pair.key.range[0], pair.key.range[1]).trim();
      const reading = describeYamlReading(written, pair.key.value);
      const noun = kindNames[kind].slice(kindNames[kind].indexOf(' ') + 1);
      const becomes = pair.key.value === null ? `the ${noun} would have no id` : String(pair.key.value) !== written ? `the ${noun} would get the id "${String(pair.key.value)}", which no postmortem writes` : `a postmortem's unquoted ${written} is read as ${reading} too`;
      problems.push({ file, ...place(pair.key.range[0]),
        message: written ? `the id ${written} is read by YAML as ${reading}, not as the text "${written}": ${becomes}.` : 'an entry has no id before its colon: YAML reads it as nothing (null).',
        fix: !written ? 'write the id before the colon, or delete the entry.'
          : idPattern.test(written) ? `write the id in double quotes, "${written}":, and in the postmortems too (e.g. ["${written}"]); or choose an id that starts with a letter.`
          : `rename it to an id of lowercase letters, digits and hyphens that says what it is${idFromText(written) ? ` (e.g. "${idFromText(written)}")` : ''}: quoted, "${written}" would still be no id.` });
    }
    if (problems.length) return { entries, problems, keyAt };
  }
  let raw: unknown;
  try {
    raw = document.toJS() ?? {};
  } catch (error) {
    // Aliases that expand exponentially, or one naming no anchor, are found only here.
    const described = describeToJsError(error);
    problems.push({ file, ...place(firstAliasOffset(document)), message: `not valid YAML: ${described.message}`, fix: described.fix });
    return { entries, problems, keyAt };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    // A list of ids (`- checkout-api`) is the usual slip: said, with the shape to write.
    const found = Array.isArray(raw) ? `a list (${raw.length} item${raw.length === 1 ? '' : 's'})` : `the ${typeof raw === 'string' ? 'text' : typeof raw} ${typeof raw === 'string' ? quotedSnippet(raw, 60) : quoteSnippet(JSON.stringify(raw) ?? String(raw), 60)}`;
    problems.push({ file, ...place((document.contents as { range?: number[] } | null)?.range?.[0]),
      message: `the file is ${found}, but must list ${kindNames[kind].slice(kindNames[kind].indexOf(' ') + 1)}s by id: each id a key at the start of a line, its fields (${Object.keys(schema.shape).join(', ')}) indented under it.`,
      fix: `write each entry as "<id>:" with its fields under it, e.g. "${kind === 'teams' ? 'checkout' : kind === 'services' ? 'checkout-api' : kind === 'tags' ? 'config' : 'configuration'}:" then "  ${Object.keys(schema.shape)[0]}: ..."; a list item "- id" is no entry.` });
    return { entries, problems, keyAt };
  }
  const fields = Object.keys(schema.shape);
  // The whole file nested under `teams:` (as another tool's config wrote it) gave an error per
  // entry ("teams: unknown field "payments"", ...): said once, with the shape (bad input round 13).
  const topKeys = Object.keys(raw as object);
  const wrapped = topKeys.length === 1 && [kind, kind.replace(/s$/, '')].includes(topKeys[0]) ? (raw as Record<string, unknown>)[topKeys[0]] : undefined;
  const entriesInside = wrapped && typeof wrapped === 'object' && !Array.isArray(wrapped) ? Object.values(wrapped) : [];
  if (entriesInside.length && entriesInside.every((entry) => entry !== null && typeof entry === 'object' && !Array.isArray(entry)) && !fields.some((field) => Object.hasOwn(wrapped as object, field))) {
    problems.push({ file, ...keyAt(topKeys[0]), message: `the entries are nested under "${topKeys[0]}:": in ${basename(file)} each id is written at the start of a line, with its fields indented under it, so "${topKeys[0]}" would be read as one ${kindNames[kind].slice(kindNames[kind].indexOf(' ') + 1)} whose fields are the ids.`,
      fix: `delete the line "${topKeys[0]}:" and un-indent the lines below it by one level.` });
    return { entries, problems, keyAt };
  }
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!idPattern.test(id)) {
      // A Cyrillic "с" in "сonfig" was dropped from the id the fix named ("onfig"): a look-alike is
      // named and retyped as the Latin letter it looks like.
      const latin = withLatinLookalikesReplaced(id);
      const lookalike = latin !== undefined ? [...id].find((character) => withLatinLookalikesReplaced(character) !== undefined) : undefined;
      const renamed = idFromText(latin ?? id);
      if (lookalike && renamed) {
        const taken = Object.hasOwn(raw as object, renamed);
        problems.push({ file, ...keyAt(id), message: `id "${id}" holds ${describeCharacter(lookalike)}, which looks like a Latin letter but makes another id${taken ? `: it is the id "${renamed}" (line ${keyAt(renamed).line}) written with it, the same ${kindNames[kind].slice(kindNames[kind].indexOf(' ') + 1)} twice` : ''}.`, fix: taken ? `merge its fields into "${renamed}" and delete "${id}".` : `retype it as "${renamed}", and use that id in the postmortems.` });
        continue;
      }
      // "Config" beside "config" is one id given twice: renaming it as told made a duplicate key.
      if (renamed && Object.hasOwn(raw as object, renamed)) {
        problems.push({ file, ...keyAt(id), message: `id "${id}" is the id "${renamed}" (line ${keyAt(renamed).line}) written another way; ids must be lowercase letters, digits and hyphens, so it would be the same ${kindNames[kind].slice(kindNames[kind].indexOf(' ') + 1)} twice.`, fix: `merge its fields into "${renamed}" and delete "${id}".` });
      } else {
        // `sre\u200C-team` was printed as "sre-team", the character unseen: named, as in postmortems.
        const stray = [...id].find((character) => !/[\x20-\x7E]/.test(character));
        problems.push({ file, ...keyAt(id), message: `id "${id}" must be lowercase letters, digits and hyphens${stray ? `; it holds ${describeCharacter(stray)}` : ''}.`, fix: renamed ? `rename it to "${renamed}", and use that id in the postmortems.` : 'rename it to a few words in lowercase letters, digits and hyphens, and use that id in the postmortems.' });
      }
      continue;
    }
    // Round 15: a 300-character id was taken; it is a page's address (/tags/<id>/), which no file
    // system holds past 255 bytes, and the build stopped there. 60 characters, as a postmortem's slug.
    if (id.length > vocabularyIdMaxLength) {
      problems.push({ file, ...keyAt(id), message: `id ${quotedSnippet(id, 40)} is ${id.length} characters long; at most ${vocabularyIdMaxLength} are allowed: the id is written in every postmortem that names it and is its page's address (no file name holds more than 255 bytes).`, fix: 'shorten it to a few words; the full name goes in name or description.' });
      continue;
    }
    if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      problems.push({ file, ...keyAt(id), message: `${id}: expected the fields of ${kindNames[kind]} (${fields.join(', ')}), found ${Array.isArray(value) ? 'a list' : JSON.stringify(value)}.`,
        fix: `write the fields indented under "${id}:", one "field: value" per line (e.g. "  ${fields[0]}: ${JSON.stringify(Array.isArray(value) ? String(value[0] ?? '...') : String(value))}").` });
      continue;
    }
    const result = schema.safeParse(value ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            const suggestion = findClosestMatch(key, fields);
            problems.push({ file, ...keyAt(id, key), message: `${id}: unknown field "${key}".`, fix: suggestion ? `did you mean "${suggestion}"? The fields of ${kindNames[kind]} are ${fields.join(', ')}.` : `the fields of ${kindNames[kind]} are ${fields.join(', ')}.` });
          }
          continue;
        }
        const [field, index] = issue.path as [string | undefined, number | undefined];
        const name = [id, ...issue.path].join('.');
        const at = keyAt(id, field === undefined ? undefined : String(field), typeof index === 'number' ? index : undefined);
        const input = field === undefined ? value : (value as Record<string, unknown> | null)?.[field];
        if (input === undefined && field !== undefined && index === undefined) {
          problems.push({ file, ...at, message: `${id}: required field "${field}" is missing.`, fix: `add \`${field}:\` under ${id}${requiredFieldHints[field] ? `: ${requiredFieldHints[field]}` : ''}.` });
        } else if (issue.code === 'too_small' && typeof (typeof index === 'number' && Array.isArray(input) ? input[index] : input) === 'string') {
          const text = (typeof index === 'number' && Array.isArray(input) ? input[index] : input) as string;
          problems.push({ file, ...at, message: `${name} is empty${text ? ' (it holds only spaces)' : ''}.`, fix: typeof index === 'number' ? `write the text, or remove the empty entry from ${field}.` : `write the text, or remove \`${field}:\` if it is optional.` });
        } else if (issue.code === 'invalid_type') {
          // The entry, not the whole list ("members.0 is [{"name":…}]" quoted the list); a comma
          // list written as text gets the list to write (bad input round 13).
          const shownInput = typeof index === 'number' && Array.isArray(input) ? input[index] : input;
          const listed = issue.expected === 'array' && typeof input === 'string' ? input.split(/\s*[,;]\s*/).filter(Boolean) : [];
          problems.push({ file, ...at, message: `${name} is ${shownInput === null ? 'empty (null)' : JSON.stringify(shownInput)}, but must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'string' ? 'text' : `a ${issue.expected}`}.`,
            ...(listed.length ? { fix: `write it as a list: ${String(field)}: [${listed.join(', ')}].` } : issue.expected === 'string' && typeof index === 'number' ? { fix: `write each entry of ${String(field)} as text, e.g. "- Alice Smith"${shownInput === null ? ', or delete the empty entry' : ''}.` } : {}) });
        } else {
          problems.push({ file, ...at, message: `${name} is ${JSON.stringify(input)}: ${issue.message.replace(/^Invalid input$/, 'not valid.')}` });
        }
      }
      continue;
    }
    const shown = shownTextProblem(value);
    if (shown) {
      problems.push({ file, ...keyAt(id, String(shown.path[0]), typeof shown.path[1] === 'number' ? shown.path[1] : undefined), message: `${[id, ...shown.path].join('.')} ${shown.message}`, fix: shown.fix });
      continue;
    }
    entries.set(id, { ...(result.data as object), id } as z.output<T> & { id: string });
  }
  return { entries, problems, keyAt };
}

/** Parses the four vocabulary sources and checks that every service's owner is a known team. */
/** The fields of an entry shown as a name on the sites: one line of plain text with a letter or digit. */
const nameFields = ['name', 'publicName'];
/** The lists of an entry: each entry once, without a tab. */
const listFields = ['members', 'aliases'];

/**
 * What is wrong with an entry's texts, which the sites print as written: a hidden character written
 * as an escape in quotes (`publicName: "Check\u202Eout"`, `"\uD800"`, `"\u0007"`: the raw-text check
 * sees only raw ones), and in a name or public name an HTML tag or entity (shown as typed), a line
 * break (the feed and the lists broke there), no letter or digit (`"---"`), or over 200 characters.
 */
function shownTextProblem(value: unknown): { path: (string | number)[]; message: string; fix: string } | undefined {
  const hidden = findHiddenCharacterInData(value);
  if (hidden) {
    return { path: hidden.path.map((part) => (typeof part === 'number' ? part : escapeHiddenCharacters(String(part)))), message: `holds, written as an escape in quotes (${escapeOf(hidden.hidden)}), ${hidden.hidden.description}.`,
      fix: hidden.hidden.kind === 'lone-surrogate' ? 'write the character itself, or both halves of its pair (\\uD83D\\uDD25 is 🔥).' : `remove ${escapeOf(hidden.hidden)} from the quoted text.` };
  }
  if (!value || typeof value !== 'object') return undefined;
  for (const field of nameFields) {
    const text = (value as Record<string, unknown>)[field];
    if (typeof text !== 'string') continue;
    const markup = findMarkup(text);
    if (markup) return { path: [field], message: `is ${JSON.stringify(text)}, which holds ${markup}: the sites show a name as text, so it would be printed as typed.`, fix: 'write the name without HTML (a character such as & as itself).' };
    if (/[\n\r\u0085\u2028\u2029]/.test(text.trim())) return { path: [field], message: `is ${JSON.stringify(text)}, more than one line: lists, search results and the feed would break it there.`, fix: 'write it on one line.' };
    // A tab ("\t" in quotes, or a paste from a spreadsheet) was shown as a space, and kept in the feed and search.
    if (text.trim().includes('\t')) return { path: [field], message: `is ${JSON.stringify(text)}, which holds a tab: the pages show it as a space, the feed and search keep the tab.`, fix: `write a space instead: ${JSON.stringify(text.trim().replace(/\t+/g, ' '))}.` };
    if (!/[\p{L}\p{N}]/u.test(text)) return { path: [field], message: `is ${JSON.stringify(text)}, which has no letter or digit: it would name the ${field === 'publicName' ? 'service to customers' : 'entry'} by marks.`, fix: 'write the name in words.' };
    if ([...text.trim()].length > 200) return { path: [field], message: `is ${[...text.trim()].length.toLocaleString('en-US')} characters long; at most 200 are allowed (a paste gone wrong, shown on every page that names it).`, fix: `shorten it to the name${Object.hasOwn(value, 'description') ? '; put the rest in description' : ''}.` };
  }
  for (const field of listFields) {
    const list = (value as Record<string, unknown>)[field];
    if (!Array.isArray(list)) continue;
    const seen = new Map<string, number>();
    for (const [index, item] of list.entries()) {
      if (typeof item !== 'string') continue;
      const text = item.trim();
      // A member is a person's name the redaction guard keeps off the public site: "A" (or "J.")
      // was every "a" of every public post, as redaction.people refuses in site.config.ts.
      if (field === 'members' && (text.match(/[\p{L}\p{N}]/gu) ?? []).length < 2) {
        return { path: [field, index], message: `is ${JSON.stringify(item)}: a name of fewer than two letters or digits would be found in every public post (as the word "a", or any mark).`, fix: 'write the whole name, e.g. "Jane Doe".' };
      }
      if (text.includes('\t')) return { path: [field, index], message: `is ${JSON.stringify(item)}, which holds a tab: text written with a space is not matched by it.`, fix: `write a space instead: ${JSON.stringify(text.replace(/\t+/g, ' '))}.` };
      // `members: [Alice Smith, Bob, Alice Smith]` passed: one person counted twice, a list no one
      // cleaned. Compared as the guard and search compare them, letter case aside.
      const key = text.toLowerCase().replace(/\s+/g, ' ');
      const first = seen.get(key);
      if (first !== undefined) {
        return { path: [field, index], message: `is ${JSON.stringify(item)}, which ${field} lists already (${field}[${first}]${list[first] === item ? '' : `, ${JSON.stringify(list[first])}`}).`, fix: `delete this entry${list[first] === item ? '' : ', keeping the spelling you mean'}.` };
      }
      seen.set(key, index);
    }
  }
  return undefined;
}

export function parseVocabulary(sources: Record<VocabularyKind, string>, dir = 'content'): Vocabulary {
  const path = (kind: VocabularyKind) => join(dir, vocabularyFiles[kind]);
  const teams = parseEntries(path('teams'), sources.teams, teamSchema, 'teams');
  const services = parseEntries(path('services'), sources.services, serviceSchema, 'services');
  const tags = parseEntries(path('tags'), sources.tags, tagSchema, 'tags');
  const triggers = parseEntries(path('triggers'), sources.triggers, triggerSchema, 'triggers');
  const problems = [teams, services, tags, triggers].flatMap((parsed) => parsed.problems);
  // An owner is checked only against a teams file that could be read.
  // An empty teams.yaml (or one of comments only) gave an error per service, "has owner
  // "checkout", which is not a team", fifteen of them, none saying the file had no team (round 14).
  const noTeams = !teams.problems.length && teams.entries.size === 0 && services.entries.size > 0;
  if (noTeams) {
    const first = services.entries.values().next().value!;
    problems.push({
      file: path('teams'), line: 1, column: 1,
      message: `${path('teams')} lists no team${sources.teams.trim() ? ' (it holds only comments)' : ' (it is empty)'}, but the ${services.entries.size} services of ${path('services')} each name an owner team (the first, "${first.id}", names "${first.owner}").`,
      fix: `write the teams in ${path('teams')}, one id per line with its name under it (e.g. "${first.owner}:" then "  name: ..."), or restore the file from git.`,
    });
  }
  if (!teams.problems.length && !noTeams) {
    for (const service of services.entries.values()) {
      if (teams.entries.has(service.owner)) continue;
      const suggestion = findClosestMatch(service.owner, [...teams.entries.keys()]);
      problems.push({
        file: path('services'), ...services.keyAt(service.id, 'owner'),
        message: `service "${service.id}" has owner "${service.owner}", which is not a team in ${path('teams')}.`,
        fix: suggestion ? `did you mean "${suggestion}"? Or add the team to ${path('teams')}.` : `add the team to ${path('teams')}, or name one of its teams.`,
      });
    }
  }
  // Two teams of one handle or one name passed: `npm run review` asked one GitHub team for both
  // (an approval counted for the other), and every page, filter and search showed two teams by
  // one name. Compared in any letter case, as handles and searches are.
  if (!teams.problems.length) {
    const byHandle = new Map<string, string>();
    const byName = new Map<string, string>();
    for (const team of teams.entries.values()) {
      const handle = team.handle?.toLowerCase();
      const other = handle === undefined ? undefined : byHandle.get(handle);
      if (other !== undefined) {
        problems.push({
          file: path('teams'), ...teams.keyAt(team.id, 'handle'),
          message: `team "${team.id}" has the handle ${JSON.stringify(team.handle)}, which team "${other}" has too (line ${teams.keyAt(other, 'handle').line}): npm run review would ask the one GitHub team for both, and an approval of one would count for the other.`,
          fix: `give each team its own handle, or merge "${team.id}" into "${other}" if they are one team.`,
        });
      } else if (handle !== undefined) byHandle.set(handle, team.id);
      const name = team.name.toLowerCase().replace(/\s+/g, ' ');
      const sameName = byName.get(name);
      if (sameName !== undefined) {
        problems.push({
          file: path('teams'), ...teams.keyAt(team.id, 'name'),
          message: `team "${team.id}" is named ${JSON.stringify(team.name)}, as team "${sameName}" is (line ${teams.keyAt(sameName, 'name').line}): every page, filter and search would show two teams by one name.`,
          fix: `name each team for what it is, or merge "${team.id}" into "${sameName}" if they are one team.`,
        });
      } else byName.set(name, team.id);
    }
  }
  // Two services of one name were two entries no page, filter or search told apart (round 14);
  // a publicName shared on purpose (two services customers know as one) is left.
  if (!services.problems.length) {
    const byName = new Map<string, string>();
    for (const service of services.entries.values()) {
      const name = service.name.toLowerCase().replace(/\s+/g, ' ').trim();
      const other = byName.get(name);
      if (other !== undefined) {
        problems.push({
          file: path('services'), ...services.keyAt(service.id, 'name'),
          message: `service "${service.id}" is named ${JSON.stringify(service.name)}, as service "${other}" is (line ${services.keyAt(other, 'name').line}): every page, filter and search would show two services by one name.`,
          fix: `name each service for what it is (e.g. add what differs: "${service.name} (${service.id})"), or merge "${service.id}" into "${other}" if they are one service.`,
        });
      } else byName.set(name, service.id);
    }
  }
  // Round 15: an alias that is another entry's id (`config:` with `aliases: [deploy]` beside a tag
  // `deploy`) passed: a search for the one found the other, and the id no longer named one thing.
  // An alias two entries claim is the same conflict. Compared in any letter case, as searches are.
  for (const [kind, parsed] of [['services', services], ['tags', tags], ['triggers', triggers]] as const) {
    if (parsed.problems.length) continue;
    const claimed = new Map<string, string>();
    for (const entry of parsed.entries.values() as Iterable<{ id: string; aliases?: string[] }>) {
      for (const alias of entry.aliases ?? []) {
        const key = alias.trim().toLowerCase();
        const other = [...parsed.entries.keys()].find((id) => id !== entry.id && id.toLowerCase() === key);
        const sharer = claimed.get(key);
        if (other !== undefined) {
          problems.push({
            file: path(kind), ...parsed.keyAt(entry.id, 'aliases'),
            message: `${kind.slice(0, -1)} "${entry.id}" has the alias ${JSON.stringify(alias)}, which is the id of the ${kind.slice(0, -1)} "${other}" (line ${parsed.keyAt(other).line}): a search for "${other}" would find "${entry.id}" too, and the word would no longer name one ${kind.slice(0, -1)}.`,
            fix: `remove "${alias}" from the aliases of "${entry.id}"; if the two are one ${kind.slice(0, -1)}, merge "${other}" into "${entry.id}" (and rename it in the postmortems).`,
          });
        } else if (sharer !== undefined && sharer !== entry.id) {
          problems.push({
            file: path(kind), ...parsed.keyAt(entry.id, 'aliases'),
            message: `${kind.slice(0, -1)} "${entry.id}" has the alias ${JSON.stringify(alias)}, which the ${kind.slice(0, -1)} "${sharer}" has too (line ${parsed.keyAt(sharer, 'aliases').line}): one word for two ${kind}, so a search for it cannot tell which is meant.`,
            fix: `keep "${alias}" on the one ${kind.slice(0, -1)} it names, and remove it from the other.`,
          });
        } else claimed.set(key, entry.id);
      }
    }
  }
  const fileOrder = (problem: VocabularyProblem) => (Object.keys(vocabularyFiles) as VocabularyKind[]).findIndex((kind) => path(kind) === problem.file);
  problems.sort((a, b) => fileOrder(a) - fileOrder(b) || a.line - b.line || a.column - b.column);
  if (problems.length) throw new VocabularyError(problems);
  return { teams: teams.entries, services: services.entries, tags: tags.entries, triggers: triggers.entries };
}

/**
 * A vocabulary file that is a link leading nowhere: to a file not there, or round in a loop (round
 * 37: `services.yaml` linked to itself was "a link whose target does not exist").
 */
function linkToNothingProblem(file: string): string {
  try {
    realpathSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return `${file}: is a symbolic link that leads back to itself (a loop of links), to no file: replace it with the YAML file, or a link to one.`;
  }
  return `${file}: is a link whose target does not exist.`;
}

/** Reads the vocabulary files from a content folder. A missing file is an empty vocabulary. */
export function loadVocabulary(contentDir: string): Vocabulary {
  const read = (kind: VocabularyKind) => {
    const file = join(contentDir, vocabularyFiles[kind]);
    if (!existsSync(file)) {
      // A missing file is an empty vocabulary; one under another name, or a link to nothing, is a mistake to say.
      const yml = file.replace(/\.yaml$/, '.yml');
      if (existsSync(yml)) throw new VocabularyError(`${yml}: vocabularies are read from ${basename(file)}; rename the file.`);
      if (lstatExists(file)) throw new VocabularyError(linkToNothingProblem(file));
      return '';
    }
    if (statSync(file).isDirectory()) throw new VocabularyError(`${file}: is a folder, not a YAML file.`);
    // Reading a named pipe waits for a writer: every command stopped there for good.
    const special = specialFileKind(file);
    if (special) throw new VocabularyError(`${file}: is ${special}, not a YAML file, and is not read (reading it would wait for good); make it a YAML file.`);
    const oversize = oversizeFileProblem(file, 'a vocabulary file');
    if (oversize) throw new VocabularyError(`${file}: ${oversize}; restore the file from git (git checkout -- ${basename(file)}).`);
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      // No read permission, a socket or a device: said with the file, not a stack trace.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') throw new VocabularyError(`${file}: cannot be read: ${readErrorWords(error)}; ${readErrorFix(error, file, 'the content folder')}`);
      throw new VocabularyError(`${file}: cannot be read (${code ?? (error as Error).message}); make it a readable YAML file.`);
    }
  };
  return parseVocabulary(
    { teams: read('teams'), services: read('services'), tags: read('tags'), triggers: read('triggers') },
    contentDir,
  );
}

/** Display names of a vocabulary's services, teams and triggers; an unknown id is shown as itself. */
export function vocabularyNames(vocabulary: Vocabulary) {
  return {
    service: (id: string) => vocabulary.services.get(id)?.name ?? id,
    team: (id: string) => vocabulary.teams.get(id)?.name ?? id,
    trigger: (id: string) => vocabulary.triggers.get(id)?.name ?? id,
    /** The `aliases:` of a service, tag or trigger, with its id and name, as one group of words. */
    aliases: (kind: 'services' | 'tags' | 'triggers', id: string): string[] => {
      const entry = vocabulary[kind].get(id) as { name?: string; aliases?: string[] } | undefined;
      return entry?.aliases?.length ? [id, ...(entry.name ? [entry.name] : []), ...entry.aliases] : [];
    },
    /** A service's `publicName` and `description`, one per line (empty when it has neither or is unknown). */
    serviceVocabulary: (id: string): string => {
      const entry = vocabulary.services.get(id);
      return [entry?.publicName, entry?.description].filter(Boolean).join('\n');
    },
  };
}

/** True when something (a link to nothing included) is at `path`. */
function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
