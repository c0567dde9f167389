/**
 * A product's edition written after its name (round 25 of false positives, docs/redaction.md):
 * "Gitpod Self-Hosted", "Quorz Enterprise", "Quorz Dedicated", "Quorz Workspaces". A guess read
 * the two capitalised words as a full name; the second is a word of how software is sold or run,
 * which no one bears as a surname. A given name before it is read as before ("Tove Enterprise" may
 * be a name written so).
 */
import { isKnownFirstName } from './people.ts';

const editionWords = /^(?:Enterprise|Self-Hosted|Self-Managed|Dedicated|Premium|Desktop|Workspaces?|Edition|On-Prem(?:ise|ises)?|SaaS)$/;

/** Whether the guessed full name `text` is a product's name and an edition's word. */
export function isProductEdition(text: string): boolean {
  const words = text.replace(/['’]s$/, '').split(/\s+/);
  return words.length === 2 && editionWords.test(words[1]) && !isKnownFirstName(words[0]);
}
