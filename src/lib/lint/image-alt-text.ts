import type { PlacedImage } from './images.ts';

/** An alternative text that a tool wrote when the image was pasted, not a writer: a file's name, `image`, `Screenshot 2025-07-08 at 17.49.12`, `IMG_1234`. */
const pastedName = /^(?:.{0,200}\.(?:png|jpe?g|gif|webp|svg|bmp|heic|tiff?)|(?:image|img|screenshot|screen shot|untitled|clipboard)(?:[\s_-]*\d{0,4})?|screen ?shot[\s_-]+\d{4}-\d{2}-\d{2}\b.{0,40}|img_\d{1,8}|pasted image(?:\s+\d{1,14})?)$/i;

/**
 * The images of a body without an alternative text (bad input round 61): `![](graph.png)` or `![ ](…)`, an `<img>`
 * without `alt`, or an alternative text a tool wrote when the image was pasted (`image.png`, `Screenshot 2025-07-08 at
 * 17.49.12`). A screen reader says nothing of such an image, or its file's name; a reader whose image does not load sees
 * nothing in its place; and the search and the similar-incident links read the text, not the pixels. An `<img alt="">`
 * written so is left: HTML's way to say an image only decorates. Reads the images `readBodyImages` found (lines and
 * columns counted in the body). Pure: no Astro, no file system.
 */
export function findImagesWithoutAltText(images: readonly PlacedImage[]): { line: number; column: number; message: string; fix: string }[] {
  const found: { line: number; column: number; message: string; fix: string }[] = [];
  for (const image of images) {
    // A <source> gives a <picture> another address; the <img> in it holds the text.
    if (image.html?.element === 'source') continue;
    const alt = image.alt.trim();
    const shown = image.url.startsWith('data:') ? `${image.url.slice(0, 30)}…` : image.url;
    let said: string | undefined;
    if (image.html) {
      if (!image.html.hasAlt) said = `the image "${shown}" is an <img> without alt`;
      else if (alt && pastedName.test(alt)) said = `the image "${shown}" has alt="${alt}", the name a tool gave it when it was pasted`;
    } else if (!alt) said = `the image "${shown}" has no alternative text (nothing between ![ and ])`;
    else if (pastedName.test(alt)) said = `the image "${shown}" has the alternative text "${alt}", the name a tool gave it when it was pasted`;
    if (!said) continue;
    found.push({
      line: image.line,
      column: image.column,
      message: `${said}: a screen reader says nothing of what it shows (or reads the file's name), a reader whose image does not load sees nothing in its place, and the search reads no word of it.`,
      fix: image.html
        ? `say what it shows in alt, e.g. alt="Error rate of checkout-api rising to 40% at 17:49" (alt="" only for an image that decorates).`
        : `write what it shows between the brackets, e.g. ![Error rate of checkout-api rising to 40% at 17:49](${shown}).`,
    });
  }
  return found;
}
