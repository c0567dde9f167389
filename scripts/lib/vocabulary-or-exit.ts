import { loadVocabulary, VocabularyError, type Vocabulary } from '../../src/lib/vocabulary.ts';
import { contentFolderProblem } from '../../src/lib/validate-corpus.ts';

/**
 * The vocabularies of a content folder; when they cannot be read, every problem at its line with
 * its fix, as `npm run check` lists them, and exit status 1. `npm run new`, `import` and `draft`
 * let the VocabularyError escape: any mistake in a vocabulary file stopped them with a stack trace.
 */
export function loadVocabularyOrExit(contentDir: string): Vocabulary {
  // A content folder that is not there, or a file: said as such (it was "services.yaml is
  // missing or empty"), before anything is written into it (import created it).
  const folder = contentFolderProblem(contentDir, undefined, { withPostmortemsFolder: false });
  if (folder) {
    console.error(`${folder.message}\n    fix: ${folder.fix}\nNothing was written.`);
    process.exit(1);
  }
  try {
    return loadVocabulary(contentDir);
  } catch (error) {
    if (!(error instanceof VocabularyError)) throw error;
    console.error(formatVocabularyProblems(error));
    console.error('Fix the vocabulary files first (npm run check lists the same problems); nothing was written.');
    process.exit(1);
  }
}

/** Each problem as `file:line:column  vocabulary/file  message`, its fix on the next line. */
export function formatVocabularyProblems(error: VocabularyError): string {
  return error.problems
    .map((problem) => `${problem.file}:${problem.line}:${problem.column}  vocabulary/file  ${problem.message}${problem.fix ? `\n    fix: ${problem.fix}` : ''}`)
    .join('\n');
}
