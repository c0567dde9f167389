import { internalSiteNav, isCurrentSection } from '../site-view.ts';
import { attribute, text } from './astro-markup.ts';

/** The site's frame around every page (src/layouts/Base.astro). */
export interface PageFrame {
  siteTitle: string;
  organisation: string;
  /**
   * What Astro writes into the head after the layout's own tags: the links to the hashed
   * stylesheets of the page's route. Read from a page of that route Astro built (src/data/post-pages.ts,
   * src/data/follow-up-pages.ts).
   */
  headTail: string;
}

/** src/layouts/Base.astro (with src/components/PageHead.astro) around the page at `path`. */
export function pageFrameHtml(path: string, title: string, description: string | undefined, main: string, frame: PageFrame): string {
  const pageTitle = title === frame.siteTitle ? title : `${title} · ${frame.siteTitle}`;
  let html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>${text(pageTitle)}</title>`;
  if (description) html += `<meta name="description"${attribute('content', description)}>`;
  html += `<link rel="icon" href="/favicon.svg" type="image/svg+xml">${headTailMark}${frame.headTail}</head>`;
  html += `<body><a class="skip-link" href="#main">Skip to content</a><header class="site-header"><div class="site-header__inner"><a class="site-title" href="/">${text(frame.siteTitle)}</a>`;
  html += '<form class="header-search" action="/search/" method="get" role="search" aria-label="Site search"><label class="visually-hidden" for="header-search-input">Search postmortems</label><input id="header-search-input" type="search" name="q" placeholder="Search incidents…" autocomplete="off"><button type="submit">Search</button></form>';
  html += `<nav class="site-nav" aria-label="Main"><ul>${internalSiteNav.map((item) => `<li><a${attribute('href', item.href)}${attribute('aria-current', isCurrentSection(item.href, path) ? 'page' : undefined)}>${text(item.label)}</a></li>`).join('')}</ul></nav></div></header>`;
  html += `<main id="main" tabindex="-1">${main}</main>`;
  html += `<footer class="site-footer"><div class="site-footer__inner"><p>${text(frame.organisation)} internal incident knowledge base. Blameless by design: systems and decisions, not people.</p><p><a href="/postmortems.json">postmortems.json</a> · <a href="/follow-ups.csv">follow-ups.csv</a> · <a href="/metrics.json">metrics.json</a></p></div></footer></body></html>`;
  return html;
}

/** The layout's last own tag in the head: what Astro adds (the stylesheets) follows it. */
const headTailMark = '<meta name="robots" content="noindex">';

/**
 * What Astro added to the head of a page it built (the hashed stylesheet links), for
 * {@link PageFrame.headTail}; undefined when the page does not have the layout's head.
 */
export function headTailOf(builtPage: string): string | undefined {
  const start = builtPage.indexOf(headTailMark);
  const end = builtPage.indexOf('</head>');
  return start === -1 || end < start ? undefined : builtPage.slice(start + headTailMark.length, end);
}
