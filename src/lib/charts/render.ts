import type { ChartElement, ChartModel } from './model.ts';
import { escapeHtmlEveryQuote } from '../html-entities.ts';

function renderElement(e: ChartElement): string {
  const title = 'label' in e && e.label ? `<title>${escapeHtmlEveryQuote(e.label)}</title>` : '';
  const cls = `class="${escapeHtmlEveryQuote(e.className)}"`;
  switch (e.kind) {
    case 'rect': return `<rect ${cls} x="${e.x}" y="${e.y}" width="${e.width}" height="${e.height}">${title}</rect>`;
    case 'line': return `<line ${cls} x1="${e.x1}" y1="${e.y1}" x2="${e.x2}" y2="${e.y2}"/>`;
    case 'path': return `<path ${cls} d="${e.d}">${title}</path>`;
    case 'circle': return `<circle ${cls} cx="${e.cx}" cy="${e.cy}" r="${e.r}">${title}</circle>`;
    case 'text': return `<text ${cls} x="${e.x}" y="${e.y}"${e.anchor ? ` text-anchor="${e.anchor}"` : ''}>${escapeHtmlEveryQuote(e.text)}</text>`;
  }
}

/**
 * The model as an SVG string: a viewBox and no width/height (it scales to its container),
 * role="img" labelled by its <title> and <desc>. No colours: classes only (see model.ts).
 */
export function renderSvg(model: ChartModel): string {
  const ids = `${model.id}-title ${model.id}-desc`;
  return (
    `<svg viewBox="0 0 ${model.width} ${model.height}" role="img" aria-labelledby="${escapeHtmlEveryQuote(ids)}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${escapeHtmlEveryQuote(model.id)}-title">${escapeHtmlEveryQuote(model.title)}</title>` +
    `<desc id="${escapeHtmlEveryQuote(model.id)}-desc">${escapeHtmlEveryQuote(model.description)}</desc>` +
    model.elements.map(renderElement).join('') +
    '</svg>'
  );
}

/** The name pages already use. */
export const renderChartSvg = renderSvg;
