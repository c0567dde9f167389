/**
 * A web app's view template kept among its sources: markup with the template engine's tags that
 * loop over the app's data or include its layout (Quarkus' Qute `{#include base}{#for entry in
 * stats.entries}`, Underscore's and EJS' `<% _.each(obj.services, …) %>`, Handlebars' `{{#each}}`).
 * Two status dashboards' `issues.html` and `ServicesWidget.htm` became drafts of their markup
 * (import rounds 49 and 50). A page with sentences of its own is a report, tags or not. Pure.
 */

/** A template engine's block tags: loops, conditions, includes, layouts. */
const blockTags: { engine: string; tag: RegExp }[] = [
  // Handlebars before Qute: `{{/each}}` holds Qute's `{/each}`.
  { engine: 'Handlebars or Mustache', tag: /\{\{[#/^](?:each|if|unless|with|[\w.]+)\b[^}]*\}\}/g },
  // Go's html/template and text/template (a Go incident-review app's `reviews/edit.html`, `{{ with
  // .Data.Review }}`, `{{ template "partials/…" . }}`, `{{ .Trigger.Name }}`: 21 drafts of its
  // markup, import round 55): its actions, and the fields it prints, which start with a dot or `$`.
  { engine: 'Go templates', tag: /\{\{-?\s*(?:(?:range|with|if|else|end|template|define|block)\b[^}]*|[.$][\w.]*\s*(?:\|[^}]*)?)\}\}/g },
  { engine: 'Qute', tag: /\{#(?:for|each|if|include|insert|let|with|when|switch)\b[^}]*\}|\{\/(?:for|each|if|include|insert|let|with|when|switch)\}/g },
  // ERB before EJS: both write `<% … %>`, but Ruby's blocks open with `do` and close with `end`
  // (a Rails app's `<% @incidents.each do |incident| %>` … `<% end %>`, which the message called
  // "EJS or Underscore": import round 55's leftover).
  { engine: 'ERB (Ruby on Rails)', tag: /<%-?\s*(?:end\b|[^%]*?\bdo(?:\s*\|[^|%]*\|)?)\s*-?%>/g },
  { engine: 'EJS or Underscore', tag: /<%[-=_]?[\s\S]*?%>/g },
  { engine: 'Jinja, Liquid or Twig', tag: /\{%-?\s*(?:for|if|include|extends|block|macro)\b[\s\S]*?%\}/g },
  { engine: 'Razor', tag: /@(?:foreach|if|model|using|section)\b[^\n{]*\{?/g },
];

/** Words of a sentence of prose: a run of at least this many words outside tags is a report's text. */
const sentenceWords = 8;

/**
 * The template engine of `text` when it is a view template with no prose of its own: at least two
 * block tags of one engine and, scripts, styles, tags and expressions taken out, no run of 8 words
 * without a break. Undefined for a page with text of its own.
 */
export function viewTemplateEngine(text: string): string | undefined {
  const found = blockTags.find(({ tag }) => (text.match(tag)?.length ?? 0) >= 2);
  if (!found) return undefined;
  const rest = text
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(found.tag, ' ')
    .replace(/\{\{[\s\S]*?\}\}|\{[^{}\n]*\}/g, ' ')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&\w+;/g, ' ');
  const prose = rest.split(/[\n.!?]+/).some((line) => (line.match(/\p{L}[\p{L}'’-]*/gu)?.length ?? 0) >= sentenceWords);
  return prose ? undefined : found.engine;
}

/**
 * An app's placeholder element and nothing else: a widget's `TimelineWidget.htm` is
 * `<div id="timelineWidget">Timeline loading...</div>`, filled by the app's script; it became a
 * draft titled "timelinewidget" (import round 50). The words it shows while loading, else undefined.
 */
export function loadingPlaceholderWords(text: string): string | undefined {
  if (!/^\s*</.test(text)) return undefined;
  const words = text.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return /^(?:[\p{L}\d]+\s){0,3}loading(?:\.{3}|…)?$|^please wait(?:\.{3}|…)?$/iu.test(words) ? words : undefined;
}

/**
 * A piece of a web app's page that is a form and nothing more: markup opening with an element that
 * is no document's (`<form>`, `<ul>`, not `<html>` or `<!DOCTYPE>`), holding form controls
 * (`<form>`, `<input>`, `<select>`, `<textarea>`, `<button>`) and no sentence (a run of 8 words)
 * outside its tags and expressions. A Go incident-review app's partials (`triggers/new/_fields.html`:
 * a list of labelled inputs, "Name:", "Description:"; `new.html`: a form that includes them and a
 * "Propose new" button) were drafts (import round 55). The controls it holds, else undefined.
 */
export function formFragmentControls(text: string): string[] | undefined {
  if (!/^\s*<(?!html\b|!doctype\b|head\b|body\b|\?xml\b|!--)[a-z]/i.test(text)) return undefined;
  const controls = [...new Set([...text.matchAll(/<(form|input|select|textarea|button)\b/gi)].map((match) => match[1].toLowerCase()))];
  if (!controls.length) return undefined;
  const rest = text
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|<%[\s\S]*?%>/g, ' ')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&\w+;/g, ' ');
  const prose = rest.split(/[\n.!?]+/).some((line) => (line.match(/\p{L}[\p{L}'’-]*/gu)?.length ?? 0) >= sentenceWords);
  return prose ? undefined : controls;
}
