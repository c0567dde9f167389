import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project's folder. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** The documentation a newcomer and a contributor read, relative to the project: README.md, CONTRIBUTING.md, docs/*.md. */
export const docFiles: readonly string[] = ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(projectRoot, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
