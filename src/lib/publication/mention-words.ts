/**
 * Words after an `@` that are no one's handle (round 34 of false positives, docs/redaction.md):
 *
 * - the mentions of everyone in a channel that chat tools give every workspace (`@here`,
 *   `@channel`, `@everyone`): a status post asks responders to use them ("post the summary with
 *   `@here`"), and `npm run import` writes Slack's `<!here>` as `@here`;
 * - the verb itself, "@mention" and its forms (redact round 36: "never responds when you
 *   `@mention` it" was published as "when you the responsible team it", a homelab's report);
 * - a mail domain written after its `@` ("Mails von @schullogin.de", "`@acme.de`-Adressen", "mail
 *   from any @example.org address"): the last label is a top-level domain. A handle may hold dots
 *   too (`@jane.doe`), so a country's two letters (`@wei.li`, `@tom.ng` would be handles) count only
 *   in a line that speaks of mail or domains, after a label no given-name lexicon knows.
 */
import { isEnglishWord, isKnownFirstName } from './people.ts';
import { isOtherLanguageGivenName } from './other-language-given-names.ts';
import { isPythonDecorator } from './python-decorators.ts';

/** What Slack, Teams, Discord and Mattermost write to notify a whole channel, and the verb of mentioning. */
const broadcastMention = /^@(?:here|channel|everyone|-?mention(?:s|ed|ing)?)$/i;

/** Generic top-level domains of the mail domains public posts name (a country's two letters are judged apart). */
const genericTopLevelDomain = /^(?:com|net|org|edu|gov|mil|int|info|biz|io|dev|app|cloud|tech|ai|eu|schule|school|email|mail|online|site|de|fr|es|it|nl|at|ch|uk|jp)$/;
/** A line that speaks of mail or domains, in the languages the guard reads. */
const mailWords = /mail|domain|domäne|adresse|address|courriel|correo|posta|メール|ドメイン|アドレス/i;

/** True when `handle` (with its `@`) is a broadcast mention, no person's handle. */
export function isBroadcastMention(handle: string): boolean {
  return broadcastMention.test(handle);
}

/**
 * True when `handle` (with its `@`, as the handle rule matches it: `@schullogin.de`) is a mail
 * domain in `line`: labels joined by dots whose last is a top-level domain. A generic one
 * (`.com`, `.org`, `.schule`) is never a handle's end; a country's other two letters are taken for
 * a domain only where the line speaks of mail or domains and the label before is no given name.
 */
export function isMailDomainMention(handle: string, line: string): boolean {
  // A German compound joins a noun to the domain with a hyphen (`@acme.de-Adressen`, read with
  // the code span's backticks gone): the domain ends before it.
  const labels = handle.slice(1).replace(/-\p{Lu}\p{Ll}+$/u, '').split('.');
  if (labels.length < 2 || labels.some((label) => !/^[a-z0-9][a-z0-9-]*$/i.test(label))) return false;
  const last = labels.at(-1)!.toLowerCase();
  const name = labels.at(-2)!;
  if (genericTopLevelDomain.test(last) && !(last.length === 2 && isGivenName(name))) return name.length >= 2;
  return /^[a-z]{2}$/.test(last) && name.length >= 4 && !isGivenName(name) && mailWords.test(line);
}

const isGivenName = (word: string) => {
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return isKnownFirstName(capitalised) || isOtherLanguageGivenName(capitalised);
};

/** A file's name with the extension of a key, a certificate, data or a script: what `@` reads from a file in a command's argument. */
const fileWithExtension = /^@[\w.-]*\.(?:pem|crt|cer|key|pub|p12|pfx|der|csr|json|ya?ml|toml|xml|csv|txt|sql|sh|env|conf|cfg|ini|bin|gz|zip|tar|hcl|tf)$/i;
/** Before `@`: a key's `=`, or a command-line option and a space (`-d @body.json`, `--data-binary @x.bin`). */
const argumentBefore = /(?:=|(?:^|\s)--?[A-Za-z][\w-]*[ \t]+)$/;

/**
 * True when `handle` (with its `@`), after `before` on its line, names a file a command reads
 * (adoption round 62): `vault kv put kv/app MTLS_CA_PEM=@ca.crt.pem`, `curl -d @body.json` (curl,
 * HashiCorp Vault and HTTPie read a value from the file so). Read as handles, a Turkish runbook's
 * certificate files were people, and carried as such to the list that named them in prose.
 */
export function isFileArgument(handle: string, before: string): boolean {
  return fileWithExtension.test(handle) && argumentBefore.test(before);
}

/**
 * True when `handle` (with its `@`), followed by `after`, is a code annotation called with its
 * arguments (round 40 of false positives): `@GrabConfig(disableChecksums=true)` in an attacker's
 * request quoted by a foundation's security post-mortem, `@SuppressWarnings("unchecked")`. Two or
 * more capitalised English words run together, directly before `(`: a person's handle so written
 * (`@Tavish(away)`, `@JaikeySarraf`) holds a name no dictionary knows, or no bracket.
 */
export function isCodeAnnotation(handle: string, after: string): boolean {
  // A Python decorator's name, with or without its call (adoption round 61, python-decorators.ts).
  if (isFrameworkAnnotation(handle) || isPythonDecorator(handle)) return true;
  if (!after.startsWith('(')) return false;
  const parts = handle.slice(1).match(/\p{Lu}\p{Ll}+/gu);
  return parts !== null && parts.length >= 2 && parts.join('') === handle.slice(1) && parts.every((part) => isEnglishWord(part.toLowerCase()));
}

/**
 * The annotations of Java's, Kotlin's and their common frameworks' public API (the JDK, Jakarta
 * Persistence and Validation, Spring, Lombok, JUnit), which engineering write-ups name in prose
 * without brackets (adoption round 60: "`@Transactional`이 붙은 빈은 프록시로 감싸입니다", "`@Id` 만
 * 있고 `@GeneratedValue` 가 없으면"): each is a name of the framework's code, written with its `@`,
 * never a person's account. Capitalised exactly so; `@transactional` or `@Valdis` is judged as a handle.
 */
const frameworkAnnotations = new Set(`
Override Deprecated SuppressWarnings FunctionalInterface SafeVarargs Retention Target Documented Inherited Repeatable
Transactional PrePersist PostPersist PreUpdate PostUpdate PreRemove PostRemove PostLoad Entity Table Column Id GeneratedValue SequenceGenerator EmbeddedId Embeddable Embedded MappedSuperclass
OneToMany ManyToOne OneToOne ManyToMany JoinColumn JoinTable Version Lob Enumerated Temporal Transient EntityGraph
NamedEntityGraph NamedQuery Query Modifying Lock QueryHints BatchSize Fetch Formula Valid Validated NotNull NotBlank NotEmpty
Size Pattern Email Positive PositiveOrZero Autowired Component Service Repository Controller RestController
Configuration Bean Value Qualifier Primary Profile Scope Lazy RequestMapping GetMapping PostMapping PutMapping
DeleteMapping PatchMapping PathVariable RequestParam RequestBody ResponseBody ResponseStatus ExceptionHandler
ControllerAdvice RestControllerAdvice Async Scheduled EnableScheduling EnableAsync Cacheable CacheEvict CachePut
EnableCaching Retryable Recover Recoverable KafkaListener RabbitListener JmsListener EventListener TransactionalEventListener
SpringBootApplication EnableAutoConfiguration ConditionalOnProperty ConfigurationProperties Data Getter Setter Builder
NoArgsConstructor AllArgsConstructor RequiredArgsConstructor Slf4j ToString EqualsAndHashCode Test BeforeEach AfterEach
BeforeAll AfterAll ParameterizedTest DisplayName Disabled Nested SpringBootTest DataJpaTest MockBean Mock InjectMocks
Inject Named Singleton Nullable NonNull JsonProperty JsonIgnore JvmStatic JvmField Synchronized Volatile Throws
`.trim().split(/\s+/));

/** True when `handle` (with its `@`) is the annotation of a framework's public API (`@Transactional`, `@Id`). */
export function isFrameworkAnnotation(handle: string): boolean {
  return frameworkAnnotations.has(handle.slice(1));
}
