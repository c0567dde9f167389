/**
 * An SSH public key as OpenSSH writes it (round 44 of false positives, docs/redaction.md): a package
 * manager's post on signing its commits shows the key it signs with, `ssh-ed25519 AAAAC3Nz…`, and
 * the key type was an identifier and the key a secret. The key type names an algorithm of the SSH
 * standard (RFC 4253, 5656, 8709, OpenSSH's security keys), and the base64 after it is a public
 * key, made to be published; its comment (`hbrekke@laptop`) is judged as any text. A run after
 * anything else, or one not in the wire format's shape (base64 of a length and the type, so
 * `AAAA…`), is still judged as key material.
 */
const keyTypes = String.raw`(?:ssh-(?:ed25519|ed448|rsa|dss)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com|(?:ssh-(?:ed25519|rsa)|ecdsa-sha2-nistp(?:256|384|521))-cert-v01@openssh\.com)`;
const keyType = new RegExp(String.raw`^${keyTypes}$`, 'i');
const typeBefore = new RegExp(String.raw`(?<![\w.-])${keyTypes}[ \t]+$`, 'i');

/** Whether `text` is the name of an SSH public key's type (`ssh-ed25519`, `ecdsa-sha2-nistp256`). */
export const isSshKeyType = (text: string): boolean => keyType.test(text);

/** Whether the run `run` at `index` of `line` is an SSH public key: base64 of the wire format after its type. */
export function isSshPublicKey(line: string, index: number, run: string): boolean {
  return run.startsWith('AAAA') && typeBefore.test(line.slice(0, index));
}
