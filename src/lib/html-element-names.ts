/**
 * The names of HTML elements (and SVG's commonest), written `<br>`, `<div>`: a lower-case word in
 * angle brackets that is none of them is a placeholder (`<jahr>`, `<datum>`, `<name>` of a German
 * template, import round 33) or an element of another tool (`<callout>`, bad input round 48).
 */
export const htmlElementNames: ReadonlySet<string> = new Set(('a abbr acronym address area article aside audio b base bdi bdo big blink blockquote body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset g h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark marquee math menu meta meter nav nobr noscript object ol optgroup option output p param path picture pre progress q rp rt ruby s samp script search section select slot small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr').split(' '));
