import { describe, expect, test } from 'vitest';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { asOtherLanguage, genericPhraseIn } from '../../src/lib/publication/generic-phrase-languages.ts';
import { reportLanguage } from '../../src/lib/report-language.ts';
import type { Finding } from '../../src/lib/findings.ts';

/** A finding for the first `text` of line `line` of `source`. */
const at = (source: string, line: number, rule: string, text: string): Finding => ({
  file: 'x.md', line, column: source.split('\n')[line - 1].indexOf(text) + 1, rule, severity: 'error', message: `something would be published: "${text}".`,
});

describe('the generic phrase in the language of the text around it', () => {
  // Modelled on an imported German status notice whose fix wrote "folgende Mail-Adresse: the responsible team".
  const german = ['---', 'title: Störung der Videokonferenz', '---', 'Der Dienst ist derzeit gestört. Bitte wenden Sie sich an die folgende Mail-Adresse: hilfe@zelvar.example', ''].join('\n');

  test('a German line gets the German placeholder, in .md and in an .mdx body', () => {
    const md = applyRedactionFixes(german, [at(german, 4, 'redact/email', 'hilfe@zelvar.example')], { isMdx: false });
    expect(md.source).toContain('an die folgende Mail-Adresse: [Kontakt entfernt]');
    expect(md.source).not.toContain('the responsible team');
    const mdx = applyRedactionFixes(german, [at(german, 4, 'redact/email', 'hilfe@zelvar.example')], { isMdx: true });
    expect(mdx.source).toContain('Mail-Adresse: <Internal>hilfe@zelvar.example</Internal><PublicOnly>[Kontakt entfernt]</PublicOnly>');
  });

  test('a line too short to tell takes the post\'s language (report-language.ts); without one it stays English', () => {
    const short = ['---', 'title: x', '---', 'Kontakt: hilfe@zelvar.example', ''].join('\n');
    const finding = at(short, 4, 'redact/email', 'hilfe@zelvar.example');
    const language = asOtherLanguage(reportLanguage({ title: 'Videokonferenz: Ausfall', summary: 'Der Zugang zur Videokonferenz ist derzeit gestört und wird von uns untersucht.' }));
    expect(language).toBe('de');
    expect(applyRedactionFixes(short, [finding], { isMdx: false, language }).source).toContain('Kontakt: [Kontakt entfernt]');
    expect(applyRedactionFixes(short, [finding], { isMdx: false }).source).toContain('Kontakt: The responsible team');
  });

  test('an English line keeps the English phrase; English is no other language', () => {
    const english = ['---', 'title: x', '---', 'Write to the following address: hilfe@zelvar.example', ''].join('\n');
    expect(applyRedactionFixes(english, [at(english, 4, 'redact/email', 'hilfe@zelvar.example')], { isMdx: false }).source).toContain('address: the responsible team');
    expect(asOtherLanguage('en')).toBeUndefined();
    expect(genericPhraseIn('redact/email', undefined)).toBeUndefined();
    // A person keeps its own placeholder (person-placeholder.ts).
    expect(genericPhraseIn('redact/person', 'de')).toBeUndefined();
  });
});
