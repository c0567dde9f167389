// The canary tests grep the built site as scripts/measure-adoption.ts does: one reader for both.
export { readSiteFiles } from '../../scripts/lib/site-files.ts';
