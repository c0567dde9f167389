/**
 * A private IPv4 address written in the other notations that URLs and tools accept (the
 * seventeenth probe round, docs/redaction.md): parts in hexadecimal or octal
 * (`0x0a.0x28.0x02.0x07`, `012.050.02.07`), and in a URL's host the forms of fewer parts and a
 * single number (`http://10.40.514/`, `http://170394119/`, `http://0x0a280207/`), which
 * `inet_aton`, browsers and curl all read as 10.40.2.7. Only the address's own reading counts:
 * a private address says something about our network, a public one does not.
 */
import { allMatches } from '../regexp.ts';

const part = String.raw`(?:0[xX][0-9a-fA-F]{1,8}|\d{1,10})`;
/** Four dotted parts of which one is hexadecimal or has a leading zero. */
const dottedOtherNotation = new RegExp(String.raw`(?<![\w.])${part}(?:\.${part}){3}(?![\w.]*\w)`, 'g');
/** The host of a URL written as one to three numbers. */
const numericUrlHost = new RegExp(String.raw`(?<=[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@]*@)?)${part}(?:\.${part}){0,2}(?=[:/?#\s)\]"'>]|$)`, 'g');

/** A part's value as `inet_aton` reads it: `0x` hexadecimal, a leading zero octal. */
function partValue(text: string, octal: boolean): number {
  if (/^0x/i.test(text)) return parseInt(text.slice(2), 16);
  if (octal && /^0\d/.test(text)) return /^[0-7]+$/.test(text) ? parseInt(text, 8) : NaN;
  return Number(text);
}

/** The four bytes of an address of one to four parts, or undefined. */
function addressBytes(text: string, octal: boolean): number[] | undefined {
  const values = text.split('.').map((p) => partValue(p, octal));
  if (values.some((v) => !Number.isFinite(v))) return undefined;
  const last = values.at(-1)!;
  const leading = values.slice(0, -1);
  if (leading.some((v) => v > 255) || last >= 2 ** (8 * (5 - values.length))) return undefined;
  const bytes = [...leading];
  for (let i = 4 - values.length; i >= 0; i--) bytes.push(Math.floor(last / 2 ** (8 * i)) % 256);
  return bytes;
}

const isPrivate = ([a, b]: number[]) => a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254);

/** Private IPv4 addresses in one line written in another notation than four decimal parts. */
export function findOtherAddressNotations(line: string): { text: string; index: number; why: string }[] {
  const found: { text: string; index: number; why: string }[] = [];
  if (/\d\.\d|0[xX]/.test(line)) {
    for (const m of allMatches(dottedOtherNotation, line)) {
      if (!m[0].split('.').some((p) => /^0(?:x|\d)/i.test(p))) continue;
      // A leading zero is octal to inet_aton and decimal to other readers: either reading counts.
      const readings = [addressBytes(m[0], true), addressBytes(m[0], false)].filter((b): b is number[] => b !== undefined);
      if (readings.some(isPrivate)) found.push({ text: m[0], index: m.index!, why: 'a private address in hexadecimal or octal parts' });
    }
  }
  if (line.includes('://')) {
    for (const m of allMatches(numericUrlHost, line)) {
      if (m[0].split('.').length === 4) continue;
      const bytes = addressBytes(m[0], true);
      if (bytes && isPrivate(bytes) && !found.some((f) => f.index === m.index)) found.push({ text: m[0], index: m.index!, why: "a private address as a URL's host of fewer parts or one number" });
    }
  }
  return found;
}
