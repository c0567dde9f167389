/**
 * A URI component with its `%XX` escapes decoded, or undefined when an escape is malformed (a lone
 * `%`, `%E0` without the bytes that follow it), on which `decodeURIComponent` throws. Each caller
 * chooses what a malformed one means: judged as written (`?? text`) or passed over.
 */
export function decodedUriComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
