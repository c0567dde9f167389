/**
 * A secret's setting whose value is read from somewhere else (false positives round 42,
 * docs/redaction.md): `supabase secrets set LEDGER_API_KEY="$LEDGER_API_KEY"`, `const apiKey =
 * Deno.env.get('…')`, `api_key = os.environ["…"]`, `token: ${{ secrets.DEPLOY_TOKEN }}`. The
 * value is the name of the place the key is kept (a shell or environment variable, a CI's secret
 * store), not the key: an open-source web app's post-mortems of its serverless functions held
 * five such lines as secrets. A value with key material in it (`"sk-live-4f9a…"`, a bcrypt hash
 * `$2b$…`, whose `$` a digit follows) is read as before.
 */
const readElsewhere = /^(?:from_secret\s*:|[\p{L}\p{N}_.-]+\s*[:=]\s*["']?(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?["']?$|\$\{\{\s*(?:secrets|vars|env)\.|(?:process\.env|import\.meta\.env)\.|Deno\.env\.get\(|os\.environ\b|os\.getenv\(|ENV(?:\[|\.fetch\()|System\.getenv\(|getenv\())/u;

/** Whether a secret finding `key = value` or `key: value` shows only where the value is read from. */
export function isSettingReadFromElsewhere(match: string): boolean {
  return readElsewhere.test(match.trim());
}
