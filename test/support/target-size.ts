import type { Page } from 'playwright-core';

/**
 * The targets of a page that fail WCAG 2.2's target size (minimum), 2.5.8: a link or control
 * whose box, as far as it is not clipped by a scrolling ancestor, is under 24 by 24 px, and whose
 * 24 px circle (centred on that box) touches another target's box or another small target's
 * circle. A link inside a sentence is exempt, as the rule says (an inline link with words of its
 * block outside any target). A checkbox or radio inside its label counts as the label. Stricter
 * than axe-core's `target-size`, which passed the two failures session 46 found: links listed
 * with commas wrapped onto lines 21 px apart, and 13 px search-filter checkboxes on 21 px rows.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type=hidden]):not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const shown = (rect: { width: number; height: number }) => rect.width > 0.5 && rect.height > 0.5;
    /** The element's box cut to every ancestor that clips what overflows it (a scrolled list hides its far items). */
    const visibleBox = (element: Element) => {
      let { left, top, right, bottom } = element.getBoundingClientRect();
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const clip = parent.getBoundingClientRect();
        left = Math.max(left, clip.left); top = Math.max(top, clip.top); right = Math.min(right, clip.right); bottom = Math.min(bottom, clip.bottom);
      }
      return { left, top, right, bottom, width: right - left, height: bottom - top };
    };
    const targets = [...document.querySelectorAll(selector)].flatMap((found) => {
      const box = (found as HTMLInputElement).type === 'checkbox' || (found as HTMLInputElement).type === 'radio' ? found.closest('label') ?? found : found;
      // Not drawn (a closed fold's contents keep a box where nothing is shown, over the footer of a post with a public preview).
      if (!box.checkVisibility({ visibilityProperty: true })) return [];
      const rect = visibleBox(box);
      return shown(rect) ? [{ element: box, rect }] : [];
    });
    const inSentence = (element: Element) => {
      if (getComputedStyle(element).display !== 'inline') return false;
      let block = element.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      if (!block) return false;
      const words = block.cloneNode(true) as HTMLElement;
      for (const target of words.querySelectorAll(selector)) target.remove();
      return (words.textContent ?? '').replace(/[\s,.;:·|•–—()-]+/g, '').length > 2;
    };
    const small = targets.filter(({ element, rect }) => (rect.width < 23.99 || rect.height < 23.99) && !inSentence(element));
    const centre = (rect: { left: number; top: number; width: number; height: number }) => [rect.left + rect.width / 2, rect.top + rect.height / 2];
    const name = (element: Element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
    return small.flatMap((target) => {
      const [x, y] = centre(target.rect);
      const clash = targets.find((other) => {
        if (other.element === target.element || other.element.contains(target.element) || target.element.contains(other.element)) return false;
        if (small.includes(other)) {
          const [ox, oy] = centre(other.rect);
          if (Math.hypot(ox - x, oy - y) < 23.99) return true;
        }
        const nearestX = Math.max(other.rect.left, Math.min(x, other.rect.right));
        const nearestY = Math.max(other.rect.top, Math.min(y, other.rect.bottom));
        return Math.hypot(nearestX - x, nearestY - y) < 11.99;
      });
      return clash ? [`${name(target.element)} ${Math.round(target.rect.width)}x${Math.round(target.rect.height)} px, within 12 px of ${name(clash.element)}`] : [];
    });
  });
}
