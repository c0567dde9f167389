import type { Interface } from 'node:readline/promises';

/**
 * The answer typed at a prompt, or undefined when the input ended there instead: Ctrl+D in a
 * terminal (readline rejects the question with an AbortError, which `npm run new` let out as
 * Node's stack trace), a terminal closed, or an input stream that ends (the question then never
 * settles, and Node exits on the unsettled await with status 13 and no word of why).
 */
export async function promptLine(prompt: Interface, question: string): Promise<string | undefined> {
  let onClose: (() => void) | undefined;
  const closed = new Promise<undefined>((resolve) => {
    onClose = () => resolve(undefined);
    prompt.once('close', onClose);
  });
  try {
    return await Promise.race([prompt.question(question), closed]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ABORT_ERR') return undefined;
    throw error;
  } finally {
    prompt.off('close', onClose!);
  }
}
