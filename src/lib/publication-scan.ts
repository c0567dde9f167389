import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import type { Postmortem } from './postmortem-schema.ts';
import { formatFieldPath, type Finding } from './findings.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { stripInternalFromSource, PublicVariantError } from './strip-internal.ts';
import { MdxSyntaxError } from './mdx-tree.ts';
import { scanPublicText, allowancesOnLine, allowedMatchKey, discoverPeople, mentionedHandles, postIdentifiers, redactionFindingText, redactionRules, suggestedFix, extractHtmlText, type RedactionOptions } from './redaction-guard.ts';
import { readPublicMarkup, type ShownImage } from './publication/unreadable-markup.ts';
import { findNamesInFileName, scanFileName } from './publication/file-name.ts';
import { isEnglishWord, isKnownFirstName } from './publication/people.ts';
import { publicFrontmatterFields } from './public-projection.ts';
import { escapeRegExp } from './regexp.ts';
import { carriedHostFindings } from './publication/carried-hosts.ts';
import { carriedChannelFindings } from './publication/carried-channels.ts';
import { findAliasedPublicFields } from './publication/public-field-aliases.ts';
import { svgHiddenParts } from './publication/svg-hidden-parts.ts';
import { styleSheetsOf } from './svg-drawn-text.ts';
import { hiddenPostIdsIn } from './publication/hidden-post-ids.ts';
import { describeStrayClosingTag } from './variant-nesting.ts';

export { publicFrontmatterFields };

/**
 * Keys of the public projection (src/lib/public-projection.ts) whose values are not text an
 * author wrote: ids, dates, enums, and service names from the vocabulary's `publicName`. Every
 * other string in the projection comes from `publicFrontmatterFields`, which the guard scans;
 * test/unit/public-surfaces.test.ts fails when a projected text does not.
 */
export const projectionKeysWithoutAuthorText: ReadonlySet<string> = new Set([
  'id', 'date', 'published', 'impactStart', 'impactEnd', 'impactLevel', 'impactMinutes', 'at', 'kind', 'status', 'services',
]);

/** The node at `path` in a YAML document, if any. */
function nodeAt(document: ReturnType<typeof parseDocument>, path: readonly (string | number)[]): YamlNode | undefined {
  let node: unknown = document.contents;
  for (const key of path) {
    if (isMap(node)) node = node.items.find((item) => (item.key as { value?: unknown })?.value === key)?.value;
    else if (isSeq(node) && typeof key === 'number') node = node.items[key];
    else return undefined;
  }
  return node as YamlNode | undefined;
}

/** A field's text as one line, as the guard scans it. */
const fieldText = (text: string) => text.replace(/\s*\n\s*/g, ' ');
/**
 * A public field's text as the guard reads it: an action item's title is read as the list item it
 * is ("- hbrekke to add an alert"), so the rules of who is to act read it as they read one in the
 * body (since the eighth probe round), and since the twenty-eighth a timeline's event as the page
 * shows it, after its time ("- 10:14 qmarrow changed the status …", "- 10:05 (Quenby) rolled back
 * …"), so the rules of a timeline's actor read it as one in the body. Findings are located in the
 * field by their text.
 */
const fieldPrefix: Readonly<Record<string, string>> = { actionItems: '- ', timeline: '- 00:00 ' };
const scannedFieldText = (field: { path: (string | number)[]; text: string }) => `${fieldPrefix[String(field.path[0])] ?? ''}${fieldText(field.text)}`;

/**
 * Redaction findings for everything of one postmortem that the public site would show: the
 * public frontmatter fields and the body without `<Internal>` blocks, positioned in the source.
 * A frontmatter finding points at the line and column of the matched text in the file, also in
 * quoted, folded and block scalars; a marker (a YAML comment) on any line of the field allows it.
 */
export function scanPostmortemForPublication(
  file: string,
  source: string,
  data: Postmortem,
  baseOptions: RedactionOptions,
): { findings: Finding[]; allowed: Set<string>; publicBody: string } {
  const fields = publicFrontmatterFields(data);
  const body = publicBody(file, source);
  // A name found anywhere in the post (a field or the body), and an identifier it shows in code,
  // are looked for everywhere in it.
  const texts = [...fields.map(scannedFieldText), body];
  const options = {
    ...baseOptions,
    // A field is judged with what the whole post shows of its words ("the Zuvora node").
    ...(texts.length > 1 && baseOptions.detectUnlistedPeople !== false ? { postText: texts.join('\n\n') } : {}),
    ...(baseOptions.discoveredNames || baseOptions.detectUnlistedPeople === false ? {} : { discoveredNames: discoverPeople(texts, baseOptions) }),
    ...(baseOptions.discoveredIdentifiers ? {} : { discoveredIdentifiers: postIdentifiers(texts, baseOptions) }),
    ...(baseOptions.mentionedHandles || baseOptions.detectUnlistedPeople === false ? {} : { mentionedHandles: mentionedHandles(texts, baseOptions) }),
  };
  const lines = source.split(/\r?\n/);
  const split = splitFrontmatter(source);
  const yamlStart = source.indexOf(split.yaml);
  // Positions and markers need the YAML document; most posts have neither a finding in their
  // public fields nor a marker, so it is parsed only when one of them needs it.
  const hasMarkers = split.yaml.includes('redaction-allow');
  let document: ReturnType<typeof parseDocument> | undefined;
  let fileLineCounter: LineCounter | undefined;
  const position = (fileOffset: number) => {
    if (!fileLineCounter) {
      fileLineCounter = new LineCounter();
      let offset = 0;
      for (const line of source.split('\n')) {
        fileLineCounter.addNewLine(offset);
        offset += line.length + 1;
      }
    }
    const { line, col } = fileLineCounter.linePos(fileOffset);
    return { line, column: col };
  };
  const findings: Finding[] = [];
  const allowed = new Set<string>();
  for (const aliased of findAliasedPublicFields(split.yaml, fields.map((field) => field.path))) {
    findings.push({
      file, ...position(yamlStart + aliased.offset), rule: 'redact/hidden-text', severity: 'error', field: aliased.path.join('.'),
      message: `${formatFieldPath(aliased.path)} is the YAML alias ${aliased.alias}: the text it publishes is written elsewhere in the frontmatter (an internal field's, perhaps), not where the public wording is read and reviewed.`,
      fix: `write the public text itself in place of ${aliased.alias}.`,
    });
  }
  for (const field of fields) {
    // Without markers in the frontmatter, the field's text alone is what is scanned: scan it once.
    const unmarked = hasMarkers ? undefined : scanPublicText(file, scannedFieldText(field), options);
    if (unmarked && !unmarked.findings.length) continue;
    document ??= parseDocument(split.yaml);
    const node = nodeAt(document, field.path);
    const range = node?.range ?? [0, 0, 0];
    const raw = split.yaml.slice(range[0], range[1]);
    const first = position(yamlStart + range[0]);
    const last = position(yamlStart + range[1]);
    // Markers on any line of the field (YAML comments) apply to the whole field.
    const markers = lines.slice(Math.max(0, first.line - 2), last.line).flatMap(allowancesOnLine)
      .map((a) => `redaction-allow ${a.rule}${a.text ? ` "${a.text}"` : ''}`).join(' ');
    const scan = unmarked ?? scanPublicText(file, markers ? `${scannedFieldText(field)} ${markers}` : scannedFieldText(field), options, first.line);
    let searchFrom = 0;
    for (const finding of scan.findings) {
      const text = redactionFindingText(finding);
      const located = new RegExp(text.split(/\s+/).map(escapeRegExp).join('\\s+(?:#.*\\n\\s*)?')).exec(raw.slice(searchFrom));
      const at = located ? position(yamlStart + range[0] + searchFrom + located.index) : first;
      if (located) searchFrom += located.index;
      findings.push({ ...finding, line: at.line, column: at.column, field: field.path.join('.') });
    }
    scan.allowed.forEach((key) => allowed.add(key));
  }
  // Allow markers are read from the source: the public cut removes a `.md` body's marker comments.
  const scan = scanPublicText(file, body, options, 1, 1, lines);
  const bodyFindings = [...scan.findings];
  scan.allowed.forEach((key) => allowed.add(key));
  const shown = readPublicMarkup(body, file.endsWith('.mdx'));
  bodyFindings.push(...scanShownSvgImages(file, shown.images, lines, options, allowed));
  bodyFindings.push(...scanShownImageNames(file, shown.images, lines, options, allowed));
  for (const link of shown.internalLinks) {
    if (allowancesOnLine(lines[link.line - 1] ?? '').some((a) => a.rule === 'redact/internal-link')) continue;
    bodyFindings.push({
      file, line: link.line, column: link.column, rule: 'redact/internal-link', severity: 'error',
      message: `${link.what} would be published: "${link.text}".`,
      fix: 'link to another postmortem inline as [words](/postmortems/<id>/) (the public build points it at the public post or keeps only the words), or to a page elsewhere with its full https:// address.',
    });
  }
  // What the page computes or runs instead of showing: no rule can read it, so it stops the build.
  for (const markup of shown.unreadable) {
    if (allowancesOnLine(lines[markup.line - 1] ?? '').some((a) => a.rule === 'redact/hidden-text')) continue;
    bodyFindings.push({
      file, line: markup.line, column: markup.column, rule: 'redact/hidden-text', severity: 'error',
      message: `${markup.what} would be published; the guard cannot read what it shows: "${markup.text}".`,
      fix: markup.fix ?? suggestedFix('redact/hidden-text', markup.text),
    });
  }
  bodyFindings.push(...publishedMarkers(file, body, fields, position, yamlStart, split.yaml));
  findings.push(...bodyFindings.sort((a, b) => a.line - b.line || a.column - b.column));
  // The file name is the post's public address: a name the post uses for a person anywhere,
  // its internal title and summary included, must not be in it.
  const named = new Map(options.discoveredNames ?? []);
  // The people its text names (an attendees list, "Mark-Simulacrum did …") are such names too.
  for (const finding of findings) {
    if (finding.rule !== 'redact/person' || finding.severity !== 'error') continue;
    for (const name of redactionFindingText(finding).split(/\s*,\s*|\s+and\s+/)) if (name && !named.has(name)) named.set(name, 'person');
  }
  // The language model reads them only when the file name has a word that may be a name (not
  // English, or a first name) and that they say: most names are made of the title's ordinary words.
  const internalText = [data.title, data.summary].map(fieldText).join('\n').toLowerCase();
  const nameWords = (file.split(/[\\/]/).pop() ?? '').replace(/\.mdx?$/, '').split('-')
    .filter((word) => /^\p{L}{3,}$/u.test(word) && (!isEnglishWord(word) || isKnownFirstName(word)) && new RegExp(`(?<!\\p{L})${word.toLowerCase()}(?!\\p{L})`, 'u').test(internalText));
  if (baseOptions.detectUnlistedPeople !== false && nameWords.length) {
    // Judged with what the public post shows of their words ("the Zuvora node").
    for (const [name, rule] of discoverPeople([data.title, data.summary].map(fieldText), { ...baseOptions, postText: texts.join('\n\n') })) if (named.get(name) !== 'person') named.set(name, rule);
  }
  const fileName = scanFileName(file, source, baseOptions, named, texts.join('\n'));
  findings.unshift(...fileName.findings);
  fileName.allowed.forEach((key) => allowed.add(key));
  // A host the post shows with a sign is looked for on its other lines (and, by the build's
  // scan, in every other post: redaction-check.ts), so `npm run redact` and the diff find it too.
  const carried = carriedHostFindings([{ file, publicLines: body.split(/\r?\n/), sourceLines: lines, findings, publicFields: fields }], baseOptions.orgScopes);
  carried.allowed.forEach((key) => allowed.add(key));
  findings.push(...carried.findings[0]);
  // So is a chat channel (`#wc-ops` on one line, "moved to wc-ops" on another; adoption round 43).
  const channels = carriedChannelFindings([{ file, publicLines: body.split(/\r?\n/), sourceLines: lines, findings, publicFields: fields }]);
  channels.allowed.forEach((key) => allowed.add(key));
  findings.push(...channels.findings[0]);
  // The body, line for line the file's: hosts found in other posts are looked for in it.
  return { findings, allowed, publicBody: body };
}

/**
 * Allow markers that customers would read: a marker belongs in a comment (`{/* *\/}` in MDX, a
 * YAML comment after a field); one inside a public field's text or a code span, or in plain text,
 * is published with the name it allows. It still allows it (the author meant to), but the build
 * stops until the marker is moved into a comment.
 */
function publishedMarkers(
  file: string,
  body: string,
  fields: readonly { text: string; path: (string | number)[] }[],
  position: (fileOffset: number) => { line: number; column: number },
  yamlStart: number,
  yaml: string,
): Finding[] {
  const found: Finding[] = [];
  const report = (line: number, column: number, where: string, fix: string) => found.push({
    file, line, column, rule: 'redact/hidden-text', severity: 'error',
    message: `an allow marker ${where} would be published as text, with what it allows.`,
    fix,
  });
  let fence: string | undefined;
  body.split('\n').forEach((line, index) => {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark) {
      if (!fence) fence = fenceMark;
      else if (fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      return;
    }
    if (!line.includes('redaction-allow')) return;
    // Comments render nothing: blank them out, and what is left is published. In fenced code and
    // code spans a comment is text too.
    const spans = fence ? [] : [...line.matchAll(/(`+)[^`]*?\1/g)].map((m) => [m.index!, m.index! + m[0].length]);
    const inSpan = (at: number) => spans.some(([a, b]) => at >= a && at < b);
    const comments = file.endsWith('.mdx') ? /\{\s*\/\*[\s\S]*?\*\/\s*\}/g : /<!--[\s\S]*?-->/g;
    const shown = fence ? line : line.replace(comments, (comment, at: number) => (inSpan(at) ? comment : ' '.repeat(comment.length)));
    const at = shown.indexOf('redaction-allow');
    if (at >= 0) report(index + 1, at + 1, 'outside a comment', 'write it as a comment on the same line: {/* redaction-allow <rule> "<text>" -- reason */} in .mdx, <!-- ... --> in .md.');
  });
  for (const field of fields) {
    if (!field.text.includes('redaction-allow')) continue;
    const at = yaml.indexOf('redaction-allow', Math.max(0, yaml.indexOf(field.text.slice(0, 20))));
    const place = at >= 0 ? position(yamlStart + at) : { line: 1, column: 1 };
    report(place.line, place.column, `inside the text of ${field.path.join('.')}`, 'end the value, then write the marker as a YAML comment after it: title: "..."  # redaction-allow <rule> "<text>" -- reason');
  }
  return found;
}

/**
 * The file names of the images a public body shows: the site publishes each under its own name
 * (`/_astro/<name>.<hash>.webp`, or as it is from `public/`), so a service id, internal name or
 * ticket id in it is published too (people in it are found in the line's text). A finding points
 * at the image; an allow marker on its line allows it.
 */
/** The path of an image this site publishes, decoded; undefined for one on another site. */
function localImagePath(image: ShownImage): string | undefined {
  const path = image.url.replace(/[?#].*$/, '');
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(path)) return undefined;
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** True when a marker on the image's line allows `text` for `rule`; the match is then recorded as allowed. */
function allowedOnImageLine(lines: readonly string[], image: ShownImage, rule: string, text: string, allowed: Set<string>): boolean {
  const allows = allowancesOnLine(lines[image.line - 1] ?? '').some((a) => a.rule === rule && (a.text === undefined || a.text.toLowerCase() === text.toLowerCase()));
  if (allows) allowed.add(allowedMatchKey(rule, text));
  return allows;
}

function scanShownImageNames(file: string, images: readonly ShownImage[], lines: readonly string[], options: RedactionOptions, allowed: Set<string>): Finding[] {
  const findings: Finding[] = [];
  for (const image of images) {
    const path = localImagePath(image);
    if (path === undefined) continue; // on another site: not published by this one
    const name = path.split('/').pop() ?? '';
    for (const { rule, text, why } of findNamesInFileName(name.replace(/\.[a-z0-9]+$/i, ''), options)) {
      if (rule === 'redact/person' || rule === 'redact/possible-person') continue;
      if (allowedOnImageLine(lines, image, rule, text, allowed)) continue;
      findings.push({
        file, line: image.line, column: image.column, rule, severity: 'error',
        message: `${redactionRules[rule]} (${why}) would be published in the name of the image ${name}, which the site keeps: "${text}".`,
        fix: `rename the image so that its name does not say "${text}" and update the reference; or, if it is meant to be public, add {/* redaction-allow ${rule} "${text}" -- reason */} on the image's line.`,
      });
    }
  }
  return findings;
}

/**
 * The text of the SVG images a public body shows. Astro copies an SVG into the site byte for byte
 * (raster images are re-encoded without their metadata), so its text, title, comments and
 * metadata are published: each is scanned like the post's text, and a finding points at the
 * image's line in the post. An allow marker on that line allows it.
 */
/**
 * What an SVG's style sheets say in words, which ship with the file as written: their comments
 * and quoted strings (a comment "drawn by hbrekke", `font-family: "…"`). The page scan drops style
 * sheets (their selectors and at-rules are no words), so they are read here.
 */
function svgStyleText(svg: string): string {
  const words: string[] = [];
  for (const style of styleSheetsOf(svg)) {
    for (const m of style.text.matchAll(/\/\*([\s\S]*?)(?:\*\/|$)|"([^"\n]*)"|'([^'\n]*)'/g)) words.push(m[1] ?? m[2] ?? m[3]);
  }
  return words.join('\n');
}

/**
 * Text an SVG computes instead of showing: a script or an event handler (which also runs in a
 * reader's browser when the image is opened on its own: the file is served from the site's
 * origin as written) and generated content in a style sheet (`content: "…"`). The guard cannot
 * read what they show.
 */
function svgHiddenText(where: string, svg: string): Finding[] {
  // Canary round 38: what the file carries and no reader sees (comments, <title>, <desc>,
  // <metadata>, hidden elements, an editor's namespace): refused, whatever words it holds.
  const parts: Finding[] = svgHiddenParts(svg).map((part) => ({
    file: where, line: part.line, column: 1, rule: 'redact/hidden-text', severity: 'error',
    message: `${part.what}, which no reader of the post sees, would be published: "${part.text}".`,
    fix: `remove it from the SVG (an optimiser such as svgo removes comments, titles, descriptions, metadata and editor data), or export the picture as PNG.`,
  }));
  const hidden = /<script\b|\son[a-z]+\s*=|\bcontent\s*:\s*(?!normal\b|none\b)|javascript:/i.exec(svg);
  if (!hidden) return parts;
  const line = svg.slice(0, hidden.index).split('\n').length;
  return [...parts, {
    file: where, line, column: 1, rule: 'redact/hidden-text', severity: 'error',
    message: `${redactionRules['redact/hidden-text']} would be published: "${hidden[0].trim()}".`,
    fix: 'remove the script, event handler or generated content from the SVG.',
  }];
}

function scanShownSvgImages(file: string, images: readonly ShownImage[], lines: readonly string[], options: RedactionOptions & { hiddenPostIds?: readonly string[] }, allowed: Set<string>): Finding[] {
  const findings: Finding[] = [];
  for (const image of images) {
    const where = localImagePath(image);
    if (where === undefined || !/\.svgz?$/i.test(where) || where.startsWith('/')) continue;
    const svgFile = resolve(dirname(file), where);
    if (!existsSync(svgFile)) continue; // a missing image is mdx/missing-image, from validation
    const svg = readFileSync(svgFile, 'utf8');
    const scan = scanPublicText(where, extractHtmlText(svg), options);
    const styleAt = /<style\b/i.exec(svg);
    if (styleAt) {
      const styleScan = scanPublicText(where, svgStyleText(svg), options, svg.slice(0, styleAt.index).split('\n').length);
      scan.findings.push(...styleScan.findings);
      styleScan.allowed.forEach((key) => scan.allowed.add(key));
    }
    scan.findings.push(...svgHiddenText(where, svg));
    // Canary round 43: a link in the drawing to a post customers do not see names it.
    for (const id of hiddenPostIdsIn(svg, options.hiddenPostIds ?? [])) {
      scan.findings.push({
        file: where, line: svg.slice(0, Math.max(0, svg.toLowerCase().indexOf(id))).split('\n').length, column: 1, rule: 'redact/internal-name', severity: 'error',
        message: `the id of a postmortem customers do not see would be published: "${id}" (its address, its file name, says what happened).`,
      });
    }
    for (const finding of scan.findings) {
      const text = redactionFindingText(finding);
      if (allowedOnImageLine(lines, image, finding.rule, text, allowed)) continue;
      findings.push({
        ...finding, file, line: image.line, column: image.column,
        message: finding.message.replace(/ would be published: "/, ` would be published in the image ${where} (its line ${finding.line}; an SVG is copied into the site as it is): "`),
        fix: `remove "${text}" from ${where} (its text, title, comments and metadata all ship), or, if it is meant to be public, add {/* redaction-allow ${finding.rule} "${text}" -- reason */} on the image's line.`,
      });
    }
    scan.allowed.forEach((key) => allowed.add(key));
  }
  return findings;
}

/** Whether the public site can cut and compile a source's body (`npm run redact` keeps only fixes that leave one it can). */
export function publicBodyParses(file: string, source: string): boolean {
  try {
    publicBody(file, source);
    return true;
  } catch (error) {
    if (error instanceof PublicVariantError) return false;
    throw error;
  }
}

/**
 * The body the public site compiles (`stripInternalFromSource`). A body that does not parse cannot
 * be cut or checked: a {@link PublicVariantError} naming the file, line and fix, which the scan
 * reports as a finding (`npm run check` crashed on it before).
 */
function publicBody(file: string, source: string): string {
  try {
    return stripInternalFromSource(source, { isMdx: file.endsWith('.mdx'), file, keepColumns: true });
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    const bodyStartLine = splitFrontmatter(source).bodyStartLine;
    const line = error.line + bodyStartLine - 1;
    const lines = source.split('\n');
    const stray = describeStrayClosingTag(lines[line - 1] ?? '', error.reason, lines.slice(bodyStartLine - 1, line - 1), bodyStartLine);
    if (stray) throw new PublicVariantError(`${file}:${line}:${stray.column}: ${stray.message} The public text cannot be cut and checked: ${stray.fix}`);
    throw new PublicVariantError(
      `${file}:${line}:${error.column}: the MDX body does not parse (${error.reason}), so its public text cannot be cut and checked. Close every tag, write a literal < or { as \\< and \\{, and write comments as {/* ... */}.`,
    );
  }
}

/** The public text of a post as pieces with the file line each starts at (and the field, as findings name it): fields, then the body. */
export function publicTextPieces(file: string, source: string, data: Postmortem): { text: string; line: number; field?: string }[] {
  const split = splitFrontmatter(source);
  const lineCounter = new LineCounter();
  const document = parseDocument(split.yaml, { lineCounter });
  const pieces: { text: string; line: number; field?: string }[] = publicFrontmatterFields(data).map((field) => {
    const range = nodeAt(document, field.path)?.range;
    return { text: field.text, line: range ? lineCounter.linePos(range[0]).line + split.yamlStartLine - 1 : split.yamlStartLine, field: field.path.join('.') };
  });
  pieces.push({ text: publicBody(file, source), line: 1 });
  return pieces;
}
