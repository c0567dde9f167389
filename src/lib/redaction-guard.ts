import { fenceLineOpening } from './fence-opening.ts';
import { publicTopLevelDomain } from './publication/public-top-level-domains.ts';
import { isProjectAccountNamedOnLine, isProjectOwnAccount } from './publication/project-repository-owners.ts';
import { isSaintPlace } from './publication/saint-places.ts';
import type { Finding } from './findings.ts';
import { decodeEntities } from './html-entities.ts';
import { isToolProjectSite, selfHostedToolNames } from './publication/tool-project-sites.ts';
import { isPublicProjectTracker } from './publication/public-project-trackers.ts';
import { isVendorGuideSite } from './publication/vendor-guide-sites.ts';
import { isShownAsComponent } from './publication/component-names.ts';
import { buildPeopleIndex, findKnownNames, isEnglishWord, isKnownFirstName, isKnownWord, isOrdinaryWord, type PeopleIndex } from './publication/people.ts';
import { findListedNamesAsSiteHosts, findListedNamesRunTogetherInLinks, runTogetherSpellingsOf } from './publication/listed-names-run-together.ts';
import { isNameOfPlaceOrPrize } from './publication/eponyms.ts';
import { isListedWordInThingPosition, withWrappedLineBefore } from './publication/word-as-name.ts';
import { findHostParameters } from './publication/link-host-parameters.ts';
import { findMachineRecords } from './publication/machine-records.ts';
import { findPassphraseValues } from './publication/passphrase-values.ts';
import { hasOrganisationWordRunOn } from './publication/organisation-word-run-on.ts';
import { discoverCodeNames, findSystemNamesOnLine, isOrganisationNamedInText, namedSystemsMemo } from './publication/named-systems.ts';
import { findOrganisationIdentifiers, findToolObjectNames } from './publication/tool-object-names.ts';
import { findWorkloadNames, isPublicWorkloadPod } from './publication/workload-names.ts';
import { findBoardTitles } from './publication/board-titles.ts';
import { findSystemsRowNames } from './publication/systems-row-names.ts';
import { findTwoPartServiceHosts } from './publication/two-part-service-hosts.ts';
import { findCodeNameServiceHosts } from './publication/code-name-service-hosts.ts';
import { findAppositiveMachines } from './publication/appositive-machines.ts';
import { findCodeSpanMachineNames } from './publication/code-span-machine-names.ts';
import { findLogLineHosts } from './publication/log-line-hosts.ts';
import { findMachinesOnLine, findMachinesOverLines } from './publication/named-machines.ts';
import { findOtherLanguageSystemNouns } from './publication/other-language-system-nouns.ts';
import { findOtherLanguageMachineWords } from './publication/other-language-machine-words.ts';
import { findCjkInternalSystemNames } from './publication/cjk-internal-system-names.ts';
import { findReverseDomainNames } from './publication/reverse-domain-names.ts';
import { hostSuffixPattern, isHostUnderSuffix } from './host-spelling.ts';
import { findChatAndPagingIds } from './publication/chat-and-paging-ids.ts';
import { findCloudResourceNames } from './publication/cloud-resource-names.ts';
import { findDatabaseHostNames } from './publication/database-host-names.ts';
import { discoverArticleCodeNames } from './publication/article-code-names.ts';
import { findTerraformAddressNames } from './publication/terraform-addresses.ts';
import { findSettingsHostValues } from './publication/settings-host-values.ts';
import { findNetworkToolHosts } from './publication/network-tool-hosts.ts';
import { findLinkTitleHosts } from './publication/link-title-hosts.ts';
import { findOtherAddressNotations } from './publication/address-notations.ts';
import { findPersonCandidates, looksLikePersonalHandle, peopleCueBefore, personalAccount, usedAsCommand, usedAsOrganisation, wholeNameAt, teamRowInitials, type PersonCandidate } from './publication/person-patterns.ts';
import { homeFolderUserWhy } from './publication/home-folder-accounts.ts';
import { isPublicTerm } from './publication/public-terms.ts';
import { coinedOwnerReason, isCoinedRepositoryOwner } from './publication/coined-repository-owners.ts';
import { isAcronymAdjective, isRangeOfMeasures, isWordWithIndex, spelledApartInParagraph } from './publication/identifier-context.ts';
import { configuredNamePartsPattern, findConfiguredNameParts } from './publication/configured-name-parts.ts';
import { isInRepositoryFileView } from './publication/repository-file-paths.ts';
import { isOrganisationProfilePage } from './publication/organisation-profile-pages.ts';
import { insideListedPublicName, publicPhrasePattern } from './publication/listed-public-phrases.ts';
import { letterLanguageOf } from './publication/letter-languages.ts';
import { isBroadcastMention, isCodeAnnotation, isFileArgument, isMailDomainMention } from './publication/mention-words.ts';
import { findBareWordHandles } from './publication/word-handles-bare.ts';
import { isSystemdTemplateUnit } from './publication/systemd-unit-names.ts';
import { discoveredIdentifierPattern, discoverIdentifiers, findAccountIdsOnOwnLines, findInternalSystems, flexibleNameSource, internalNamePattern, isIdentifierShaped, searchableInternalNames } from './publication/internal-systems.ts';
import { snapPackageFileNames } from './publication/snap-package-files.ts';
import { publicRegistryPackages } from './publication/registry-packages.ts';
import { allMatches, escapeRegExp } from './regexp.ts';
import { isExamplePassword, isNameOfWords } from './publication/code-and-standard-words.ts';
import { originalSpan, readingView } from './publication/reading-view.ts';
import { findNonLatinText, hasNonLatinLetters, scriptList } from './publication/non-latin-text.ts';
import { isKoreanNounWithTopicParticleElsewhere } from './publication/korean-stem-elsewhere.ts';
import { isInWideTableHeader } from './publication/table-header-cells.ts';
import { isInsideNameRemovedPlaceholder, isNameRemovedPlaceholder } from './publication/person-placeholder.ts';
import { isSpacelessPhraseWord } from './publication/generic-phrase-languages.ts';
import { isWrittenCjkRole } from './publication/person-replacement-span.ts';
import { isEmbeddedImageAddress, isPageOfOtherSite, isSectionOfOwnLinkedPage, isStoredFileDigest, isVendorPublication } from './publication/other-sites.ts';
import { isListedPublicName } from './publication/listed-public-names.ts';
import { isCompoundOfOtherLanguage, otherLanguageLines, pageLanguageOfText } from './publication/other-languages.ts';
import { isWordFormOfFoundName } from './publication/word-forms-of-found-names.ts';
import { isOtherLanguageGivenName } from './publication/other-language-given-names.ts';
import { findUnownedCodeNames } from './publication/unowned-code-names.ts';
import { findActingCodeNames } from './publication/acting-code-names.ts';
import { findActedServiceCompounds } from './publication/acted-service-compounds.ts';
import { isShownPublicProject, shownPublicProjects } from './publication/public-project-signs.ts';
import { findStandInLabels } from './publication/stand-in-labels.ts';
import { findScopedPackagesOfCodeNames } from './publication/scoped-package-code-names.ts';
import { findTokensOfCodeNames } from './publication/code-name-tokens.ts';
import { findUnportedInternalHosts } from './publication/unported-internal-hosts.ts';
import { findOwnHostForms, hasInsideLabelPart } from './publication/own-host-forms.ts';
import { findCloudProjectHosts } from './publication/cloud-project-hosts.ts';
import { clauseLanguage, isFunctionWordOfListedPart, isOtherLanguageWordOfListedPart } from './publication/listed-parts-in-other-languages.ts';
import { isNameOfWordsSetting } from './publication/setting-name-values.ts';
import { isMaskedSetting } from './publication/masked-setting-values.ts';
import { isSettingReadFromElsewhere } from './publication/setting-value-references.ts';
import { isDiskDeviceId } from './publication/disk-device-ids.ts';
import { isPackageOnInstallLine } from './publication/install-line-packages.ts';
import { isCitedWorkAuthor } from './publication/cited-work-authors.ts';
import { isAppStoreListingName } from './publication/app-store-listings.ts';
import { isMisspeltWrittenTerm, publicTermsWritten } from './publication/misspelt-public-terms.ts';
import { isSuffixedTownAfterPreposition } from './publication/suffixed-town-names.ts';
import { withoutAccents } from './text/fold-accents.ts';
import { isInLinkedSiteName } from './publication/site-name-phrases.ts';
import { isPostOrganisationWord } from './publication/post-organisation-handles.ts';
import { isProductNamedWithListedPart } from './publication/listed-parts-in-product-names.ts';
import type { CuedPattern } from './publication/cued-pattern.ts';
import { isToolFrontDoor } from './publication/tool-front-doors.ts';
import { isSigningTeamAccount } from './publication/signing-team-accounts.ts';
import { decodedUriComponent } from './uri-component.ts';
import { postgrestOperator } from './publication/postgrest-filters.ts';
import { placeHolds } from './publication/first-finding-keeps.ts';
import { isListWithPublicArchive } from './publication/public-list-archives.ts';
import { isSshKeyType, isSshPublicKey } from './publication/ssh-public-keys.ts';
import { isRepositoryOfLinkOnLine } from './publication/linked-repository-references.ts';
import { isCommandWithManualPage, isReleasedProductCommand } from './publication/product-commands.ts';
import { continuesAsSpacedHost } from './publication/spaced-hosts.ts';
import { isOrganisationOwnAccount, isOrganisationOwnChannel } from './publication/organisation-own-accounts.ts';
import { isRoomOnPublicNetwork } from './publication/public-network-rooms.ts';
import { alternationOf, nameParticles as nameParticleWords } from './publication/name-particles.ts';

/**
 * The redaction guard: finds text that must not reach the public site. Each rule has a stable id.
 *
 * Allow marker. A finding is allowed by a marker on its own line that names the rule and, for one
 * span, the exact text: `redaction-allow <rule-id> "<text>" -- reason` (the reason is what a
 * reviewer reads in the pull request). Without a quoted text it allows the rule for the whole line
 * (kept for machine-shaped findings such as a support address). Several markers may share a line.
 * It allows only the named rule, only on its own line, and is written
 * - in MDX as a comment, which renders nothing:
 *   `{/* redaction-allow redact/person "Ada Lovelace" -- cited from her paper *\/}`;
 * - in frontmatter as a YAML comment: `# redaction-allow redact/email "help@acme.example" -- support address`;
 * - in plain text (`.md` bodies, other files) as an HTML comment,
 *   `<!-- redaction-allow redact/person "Ada Lovelace" -- reason -->`, or anywhere on the line.
 * A marker naming no known rule (a typo) allows nothing, so the finding stays.
 */
export const redactionRules = {
  'redact/email': 'an e-mail address',
  'redact/ip-address': 'an IP address',
  'redact/internal-host': 'an internal host name',
  'redact/internal-link': 'a link to an internal tool (chat, tickets, dashboards, internal hosts)',
  'redact/handle': 'a chat or code-review @handle',
  'redact/secret': 'something that looks like a secret or token',
  'redact/service-id': 'an internal service id',
  'redact/internal-name': 'the name of an internal system, team or tool',
  'redact/identifier': 'an identifier-shaped name (internal systems have such names)',
  'redact/channel': 'a chat channel',
  'redact/ticket': 'a ticket id',
  'redact/cloud-account': 'a cloud account id, resource name or ARN',
  'redact/person': 'the name of a person',
  'redact/possible-person': 'what may be the name of a person (a guess: replace it, or allow it if it is not one)',
  'redact/hidden-text': 'text the guard cannot read as customers will see it (computed by an MDX expression or a script, reversed by a direction override, or drawn from a data URL)',
  'redact/phone': "a telephone number (someone's, or a bridge line)",
} as const;
export type RedactionRule = keyof typeof redactionRules;

export interface RedactionOptions {
  /** Host-name suffixes that exist only inside the organisation, e.g. `.internal`. */
  internalDomains: readonly string[];
  /**
   * Internal service ids. Those that look like identifiers (with a hyphen or a digit, e.g.
   * `checkout-api`, `pg2`) are checked as whole tokens in any letter case; single plain words
   * (`search`, `dns`) are ordinary English on a public page and are not.
   */
  serviceIds: readonly string[];
  /** Names of people that must never be published: whole words, any letter case, any spacing. */
  people: readonly string[];
  /**
   * Every known name (from git authors, CODEOWNERS, frontmatter, configuration), full names and
   * their parts, built with {@link buildPeopleIndex}. Without it, an index is built from `people`.
   */
  peopleIndex?: PeopleIndex;
  /** Names of internal systems, teams, tools and repositories (vocabularies without a public name, configuration). */
  internalNames?: readonly string[];
  /** Names configured as internal by the organisation: searched even when they are one plain word. */
  configuredInternalNames?: readonly string[];
  /** Names known to be public (products, public vocabulary names, public projects): never findings. */
  publicNames?: readonly string[];
  /** Scopes of the organisation's own handles and repositories (`acme` for `@acme/…`, `github.com/acme/…`). */
  orgScopes?: readonly string[];
  /** Look for names no list knows (phrasings, the language model). Default true. */
  detectUnlistedPeople?: boolean;
  /**
   * Names found in this same post by a phrasing or the language model, with the severity they
   * were found with: every other occurrence in the post is a finding too ("Georgiana notes" makes
   * "Georgiana increased the limit" one). Filled by {@link discoverPeople}.
   */
  discoveredNames?: ReadonlyMap<string, 'person' | 'possible-person'>;
  /**
   * All the public text of the post this text is part of (its fields and body): where the post
   * shows that a word names a thing ("the Zuvora node") when the text scanned is one field, a
   * title that says nothing of its words alone. Filled by scanPostmortemForPublication.
   */
  postText?: string;
  /**
   * Identifiers this same post shows in code, a path or a file name (`homelab-infra` in a code
   * span), in lower case: every other occurrence in the post is a finding too, in prose and table
   * cells included. Filled by {@link postIdentifiers}.
   */
  discoveredIdentifiers?: ReadonlySet<string>;
  /**
   * Handles this same post mentions as people's (`@hbrekke`), in lower case: a repository under
   * one on a code host and a file named after one are a person's too. Filled by {@link mentionedHandles}.
   */
  mentionedHandles?: ReadonlySet<string>;
  /**
   * Look for internal shapes with no list behind them (identifier-shaped tokens, channels,
   * tickets). Default true; off for built pages, whose ids, selectors and scripts have such
   * shapes, and whose authored text was checked in the sources.
   */
  detectShapes?: boolean;
  /**
   * Look for a part of a listed name that is an English word ("Page" of "Tim Page", "Back" of
   * "Greg Back") alone, where the words around it say it is the name. Default true; off for
   * built pages, whose blocks are joined into one line ("Incidents Page not found"), so the words
   * around a part are another element's; the sources were read with their own (nineteenth round
   * of false positives: a surname of the team's list stopped the public build on the site's 404
   * page). Full names and parts that are no word are looked for as before.
   */
  listedWordsAlone?: boolean;
}

/**
 * Host-name suffixes that only a private network resolves, whatever the configuration says: the
 * home network's `home.arpa` (RFC 8375), `.internal` (reserved for private use by ICANN in 2024),
 * the names RFC 6762 lists as used privately (`.intranet`, `.private`), the resolver default
 * `localdomain`, a Kubernetes cluster's `cluster.local` and a Tailscale network's machines
 * (`nas.tail4f2c1.ts.net`); since the fourteenth probe round the zone AVM's FRITZ!Box routers
 * give the machines of a home network (`nas.fritz.box`), which no public resolver answers.
 */
// `.flycast` (since the twenty-eighth probe round): Fly.io's private proxy addresses, reachable only inside an organisation's network, as its `.internal` names are.
// `.novalocal` (adoption round 41): the zone OpenStack gives its instances by default (`climb-svc.novalocal` in a syslog line), no public resolver's.
export const reservedInternalDomains: readonly string[] = ['.home.arpa', '.internal', '.intranet', '.private', '.localdomain', '.cluster.local', '.ts.net', '.consul', '.fritz.box', '.flycast', '.novalocal', ...privateUseSuffixes()];

/**
 * Since the tenth probe round: the suffixes RFC 6762 (appendix G) lists as used on private
 * networks (`.corp`, `.home`, `.lan`), mDNS's `.local`, the loopback `.localhost` (RFC 6761), and the
 * made-up top-level names internal zones use (`.intra`, `.intern`, `.priv`, `.lab`, `.dmz`,
 * `.mgmt`): none is a top-level domain anyone can register, so a name under one is a machine
 * inside, configured or not (`db1.acme.intra`, `nas.home`). A function, so it can be listed
 * before the constant above is read.
 */
function privateUseSuffixes(): string[] {
  return ['.corp', '.home', '.lan', '.local', '.localhost', '.intra', '.intern', '.priv', '.lab', '.dmz', '.mgmt'];
}

/**
 * A Kubernetes service by its short name, `<service>.<namespace>.svc`: only the cluster's own
 * resolver answers for it. `kubernetes.default.svc`, the API server of every cluster, names none of ours.
 */
/**
 * Since the eighteenth probe round: a machine under `.int`, a top-level domain of treaty
 * organisations (`who.int`) that internal zones borrow (`ledger-db-07.acme.int`). Public sites
 * there name their services with words (`apps.who.int`, `data.ecmwf.int`); a first label with a
 * digit and a zone of two labels or more under `.int` is a machine's.
 */
const machineUnderInt = /(?<![\w.-])[a-z][a-z-]*\d[a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+\.int(?![\w-]|\.[a-z0-9])/gi;

/**
 * A host under one of `domains` (the configured internal ones and those reserved for private
 * networks), and its cue: the suffixes alone, which every match writes. The host pattern was
 * tried from each word of every line (~0.08 s of the public build's CPU at 1,000; session 50);
 * the suffixes alone are a scan for their dots. Each suffix in both spellings (host-spelling.ts):
 * `db7.bücher.example` is under `.xn--bcher-kva.example`.
 */
export function internalHostPatterns(domains: readonly string[]): { internalHost: RegExp; internalHostCue: RegExp; internalZone: RegExp } {
  const { suffixes, letters: letter } = hostSuffixPattern(domains);
  const name = `(?!(?:aws|google|azurerm|azuread|kubernetes|helm|null|random|local|tls|time|archive|cloudflare|datadog|github|vault)_)[a-z0-9${letter}][a-z0-9_${letter}-]*(?:\\.[a-z0-9${letter}-]+)*(?:${suffixes})(?:\\.[a-z0-9-]*[a-z0-9])*(?![\\w${letter}-])`;
  return {
    internalHost: new RegExp(`(?<![\\w${letter}-])(?<!(?<!\\*)\\.)${name}`, letter ? 'giu' : 'gi'),
    internalHostCue: new RegExp(suffixes, letter ? 'iu' : 'i'),
    // With its dot: withheld without it, the page read "All .an internal host DNS resolution failed".
    internalZone: new RegExp(`(?<=^|[\\s\`'"(\\[])\\.${name}`, letter ? 'giu' : 'gi'),
  };
}

/**
 * Words of a line that speaks of names resolving, where an internal zone written with its leading
 * dot (`.homelab.local`) is the zone, not a file's name (`.env.local`): {@link internalHostPatterns}'
 * `internalZone` is looked for on such lines only.
 */
const zoneCue = /\b(?:dns|nxdomain|resolv\w*|resolution|resolves?|records?|zones?|domains?|hostnames?|suffix(?:es)?|mdns|avahi|search list)\b/i;

const clusterServiceHost = /(?<![\w.-])[a-z0-9][a-z0-9-]*\.[a-z0-9][a-z0-9-]*\.svc(?![\w-]|\.[a-z0-9])/gi;
/**
 * What every {@link clusterServiceHost} writes: `.svc`. The pattern was tried from each word of
 * every line (~0.08 s of the public build's CPU at 1,000, most of it on the built pages; session 50).
 */
const clusterServiceHostCue = /\.svc/i;

/**
 * The shapes of {@link findMatches}' telephone numbers: after `+` and a country code, groups of
 * digits; a North American number with its area code; any number after a word that says it is one.
 */
const phoneNumber = new RegExp([
  String.raw`(?<![\w+.\/-])\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{2,5}){2,5}(?![\w\/-]|\.\d)`,
  String.raw`(?<![\w.\/-])\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}(?![\w\/-]|\.\d)`,
  String.raw`(?<![\w.:\/-])\d{3}[.-]\d{3}[.-]\d{4}(?![\w:\/-]|\.\d)`,
  // The look-behind only where a number starts: tried at every position it costs a scan back each.
  String.raw`(?=\+?\d)(?<=\b(?:[Pp]hone|[Tt]el|[Mm]obile|[Cc]ell|[Cc]all|[Tt]ext|SMS|WhatsApp|Signal|[Hh]otline|[Bb]ridge)\b[^\n\d]{0,20})(?<![\w.])\+?\d[\d ().-]{5,}\d(?![\w:\/-]|\.\d)`,
].join('|'), 'g');

/**
 * The digits of a toll-free number (`0800 …`, `1-800-…`, `+44 800 …`, `888-…`): a company's public
 * support line, which customers are meant to call.
 */
const tollFree = /^(?:1|44|49|33|61|353|0)?(?:800|808|888|877|866|855|844|833)\d{4,8}$/;

/**
 * A sentence that gives its number to the reader for reaching the organisation that writes ("If
 * you need to contact us urgently, please call …", "We can still be contacted via phone (…)"): the
 * company's public line, as its status page prints it. Not when the sentence says the number is
 * someone's or a meeting's ("call me", "my mobile", "the bridge").
 */
const ourPublicLine = /(?:\b(?:[Cc]ontact|[Cc]all|[Pp]hone|[Rr]ing|[Rr]each|[Tt]ext)\s+us\b|\b[Ww]e\s+(?:can|may|will|are\s+able\s+to)\s+(?:still\s+|also\s+)?be\s+(?:contacted|reached|called)\b)[^.!?\d\p{Lu}\n]{0,40}$/u;
const someonesLine = /\b(?:me|my|his|her|him|their|mobile|cell|personal|private|bridge|conference|dial[- ]?in|pager|on-?call|zoom|meet)\b/i;

/** A date written with hyphens, slashes or dots (`2021-10-04`, `04/10/2021`): no number to call. */
const dateShape = /^(?:\d{4}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\2\d{4}|(?:0?[1-9]|1[0-2])([-/.])(?:0?[1-9]|[12]\d|3[01])\3\d{4})$/;

/** The extension a file name ends with, after an internal suffix (`settings.local.json`). */
/**
 * A host name with a label that says it is internal (`registry.acme-internal.com`,
 * `intranet.acme.no`, `internal-tools.acme.io`), with or without a scheme, as a repository's
 * organisation says it (`acme-internal`). The last label is a top-level domain people register
 * (so `com.acme.internal.util`, a Java package, and `internal.go`, a file, are not hosts).
 */
const internalLabelHost = /(?<![\w.@-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|io|dev|app|co|cloud|tech|ai|biz|info|us|uk|eu|de|fr|nl|no|se|dk|fi|ch|at|be|es|it|pl|cz|ie|ca|au|nz|jp|in|br)(?![\w-]|\.[a-z0-9])/gi;
// `interne`, `interno`, `interna`, … are other languages' (probe round 33).
const internalLabel = /^(?:[a-z0-9]+-)*(?:internal|intranet|interne|interno|interna|internos|internas|interni)(?:-[a-z0-9]+)*$/i;
/** A label naming an environment of the organisation's own network. */
const environmentLabel = /^(?:prod|production|stg|staging|preprod|uat|mgmt|infra)$/;
/**
 * Since the twelfth probe round: a host under `.office`, Microsoft's brand top-level domain, which
 * no one else can register; office networks name their printers and file servers so
 * (`printsrv.office`). In lower case and not Microsoft's own namespaces (`com.microsoft.office`).
 */
const officeNetworkHost = /(?<![\w.@\/-])(?![\w.-]*\bmicrosoft\.)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+office(?![\w-]|\.[a-z0-9])/g;
/**
 * Since the twelfth probe round: an on-call schedule or escalation policy by its name, in a code
 * span or quotes (`` the PagerDuty schedule `ledger-primary-oncall` ``, `the Opsgenie schedule
 * "payments_sre_schedule"`, `` the escalation policy `sre-ledger-escalation` ``): it names a team
 * and what it runs, and only its members can open it. A schedule alone is a cron's or a pod's as
 * often (`` the `* * * * *` schedule ``, a homelab's "pod `sonarr-…` schedule"): only an on-call
 * tool's or an escalation's, named in the same words.
 */
const onCallScheduleAfter = /\b(?:(?:PagerDuty|Opsgenie|OpsGenie|VictorOps|Splunk On-Call|Squadcast|Rootly|FireHydrant|incident\.io|Grafana OnCall|on-?call|oncall)\s+(?:schedules?|rotations?|rotas?)|[Ee]scalation\s+(?:polic(?:y|ies)|chains?|paths?))\s+(?:named\s+|called\s+)?([`"“'])([A-Za-z][\w .:/-]{1,58}[\w])[`"”']/g;
const onCallScheduleBefore = /([`"“'])([A-Za-z][\w .:/-]{1,58}[\w])[`"”']\s+(?:(?:PagerDuty|Opsgenie|OpsGenie|VictorOps|Squadcast|on-?call|oncall)\s+(?:schedules?|rotations?|rotas?)|[Ee]scalation\s+(?:polic(?:y|ies)|chains?|paths?))\b/g;
/** A Java system property ending in `.home` (`user.home`, `java.home`, `catalina.home`): a setting's name, no host. */
const javaHomeProperty = /^(?:user|java|catalina|maven|gradle|jboss|jetty|solr|kafka|spark|hadoop|hive|flink|tomcat|groovy|ant|android|grails|sbt|scala|es|path|app|idea)\.home$/i;
/** The system's configuration folder and its subfolders, right before a name (`/etc/`, `/etc/fail2ban/`). */
const configFileFolder = /(?<![\w.~-])\/etc\/(?:[\w.-]+\/)*$/;
const fileNameEnd = /\.(?:json|jsonc|ya?ml|toml|ini|conf|cfg|env|md|mdx|txt|js|mjs|cjs|ts|sh|py|rb|go|log|bak|old|xml|html?|csv|lock|pem|key|crt)$/i;

/** A capitalised mention and a capitalised word after it: perhaps a full name after `@`. */
const mentionWithSurname = /(?<![\w.@/+-])@(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\p{N}_-])/gu;

/** Options prepared once per scan: regular expressions and sets built from the lists. */
interface PreparedOptions {
  raw: RedactionOptions;
  people: PeopleIndex;
  internalNames?: RegExp;
  publicNames: Set<string>;
  orgScopes: Set<string>;
  discoveredNames?: RegExp;
  /** Handles of people found in the post, in lower case, each on its own. */
  discoveredHandles?: RegExp;
  /** Host names under an internal domain (`db1.corp`). */
  internalHost?: RegExp;
  /** What every match of `internalHost` holds: one of its suffixes (see {@link internalHostPatterns}). */
  internalHostCue?: RegExp;
  /** An internal zone written with its leading dot (`.homelab.local`), where a line speaks of resolving names. */
  internalZone?: RegExp;
  /** Service ids shaped like identifiers (`checkout-api`), as whole tokens. */
  serviceIds?: RegExp;
  /** The post's identifiers shown in code ({@link RedactionOptions.discoveredIdentifiers}), as whole tokens. */
  discoveredIdentifiers?: RegExp;
  /** The configured internal names as parts of longer identifiers (configured-name-parts.ts). */
  configuredNameParts?: RegExp;
  /** The listed public names of two words or more, whose parts are no findings inside them (listed-public-phrases.ts). */
  publicPhrases?: RegExp;
  /** Listed name parts written with accents, without them and in lower case ("nova" of "Kris Nóva"): how accounts spell them. */
  accountSpellingsOfListedParts: ReadonlySet<string>;
  /** Listed full names run together, accent-less and in lower case ("krisnova"): how accounts spell them (listed-names-run-together.ts). */
  runTogetherListedNames: readonly string[];
}

/** {@link accountSpellingsOf} by index: the build's index is shared by every post's options. */
const accountSpellingsByIndex = new WeakMap<PeopleIndex, ReadonlySet<string>>();

/**
 * The listed one-word name parts written with accents, without them and in lower case ("nova" of
 * "Kris Nóva"): how accounts spell them. Read once per people index, not once per post's options
 * (each post's scan prepares options of its own; the index holds every listed name).
 */
function accountSpellingsOf(people: PeopleIndex): ReadonlySet<string> {
  let spellings = accountSpellingsByIndex.get(people);
  if (!spellings) {
    const found = new Set<string>();
    for (const { text } of people.entries) {
      const plain = withoutAccents(text).toLowerCase();
      if (!/\s/.test(text) && plain !== text.toLowerCase() && /^[a-z][a-z'-]+$/.test(plain)) found.add(plain);
    }
    spellings = found;
    accountSpellingsByIndex.set(people, spellings);
  }
  return spellings;
}

const prepared = new WeakMap<RedactionOptions, PreparedOptions>();

/** The lists the last internal names' pattern was made of, by identity, and the pattern. */
let lastInternalNames: { internal?: readonly string[]; configured?: readonly string[]; publicNames?: readonly string[]; pattern?: RegExp } | undefined;

/**
 * The pattern of the internal names (internal-systems.ts). Each post's scan prepares options of
 * its own that share the build's lists (`{ ...base, postText }`): the pattern, whose source joins
 * every vocabulary name in its spellings (188 KB at 1,000), was made again for each (185 times
 * at 1,000, ~0.1 s of the public build's CPU; session 50). Made once for the same three lists;
 * each caller gets its own copy (its own `lastIndex`), which V8 compiles once for both.
 */
function internalNamesPatternOf(options: RedactionOptions): RegExp | undefined {
  const last = lastInternalNames;
  if (!last || last.internal !== options.internalNames || last.configured !== options.configuredInternalNames || last.publicNames !== options.publicNames) {
    const pattern = internalNamePattern(searchableInternalNames([...(options.internalNames ?? []), ...(options.configuredInternalNames ?? [])], options.publicNames ?? [], options.configuredInternalNames));
    lastInternalNames = { internal: options.internalNames, configured: options.configuredInternalNames, publicNames: options.publicNames, pattern };
    return pattern;
  }
  return last.pattern && new RegExp(last.pattern);
}
function prepare(options: RedactionOptions): PreparedOptions {
  let ready = prepared.get(options);
  if (!ready) {
    const publicNames = options.publicNames ?? [];
    const people = options.peopleIndex ?? buildPeopleIndex(options.people.map((name) => ({ name, origin: 'configured' })));
    ready = {
      raw: options,
      people,
      internalNames: internalNamesPatternOf(options),
      publicNames: new Set(publicNames.map((n) => n.toLowerCase())),
      orgScopes: new Set((options.orgScopes ?? []).map((s) => s.toLowerCase())),
      publicPhrases: publicPhrasePattern(publicNames),
      accountSpellingsOfListedParts: accountSpellingsOf(people),
      runTogetherListedNames: runTogetherSpellingsOf(people),
    };
    ready.configuredNameParts = configuredNamePartsPattern(options.configuredInternalNames ?? [], (name) => ready!.publicNames.has(name.toLowerCase()));
    // The configured suffixes and those reserved for private networks, which no public host has.
    // The suffix may stand inside a longer name (`db7.corp.acme.com`): the finding is the whole
    // host, so that its fix leaves no part of it behind. A wildcard's first label is a host's too
    // (`*.ledger.internal` of a certificate; since the twenty-second probe round). The first label
    // may hold `_` (`ledger_db_01.prod.acme.internal`; since probe round 32): resolvers and config
    // files accept it where the organisation names its own machines; not a Terraform resource's
    // type (`aws_subnet.private` of `module.vpc.aws_subnet.private`).
    Object.assign(ready, internalHostPatterns([...options.internalDomains, ...reservedInternalDomains]));
    const serviceIds = options.serviceIds.filter((id) => /[-\d]/.test(id));
    // Longest first, each however it gets joined (`orders_db`, `OrdersDb`; flexibleNameSource).
    const ids = [...serviceIds].sort((a, b) => b.length - a.length).map(flexibleNameSource);
    if (serviceIds.length) ready.serviceIds = new RegExp(`(?<![\\w-])(?:${ids.join('|')})(?![\\w-])`, 'gi');
    if (options.discoveredIdentifiers?.size) ready.discoveredIdentifiers = discoveredIdentifierPattern(options.discoveredIdentifiers);
    if (options.discoveredNames?.size) {
      const capitalised = [...options.discoveredNames.keys()].filter((name) => /^\p{Lu}/u.test(name));
      // A person's name found in a post is also their handle in lower case ("create user: Alex /
      // alex", `"taken_by": "alex"`), unless that is an English word ("Will" / "will"); a handle
      // found for certain is looked for as it is. Handles stand alone: `qorvath zyltrin` in
      // `ls -l` output are two people, not one name.
      // In capitals too, as code comments and log prefixes write it (`# patch from ALEX`).
      const withCapitals = (word: string) => (word.length >= 4 ? [word, word.toUpperCase()] : [word]);
      const handles = new Set([...options.discoveredNames].flatMap(([name, kind]) => {
        const lower = name.toLowerCase();
        if (lower === name) return withCapitals(name);
        return kind === 'person' && /^\p{Lu}\p{Ll}{2,}$/u.test(name) && !isEnglishWord(lower) && !isOrdinaryWord(lower) ? withCapitals(lower) : [];
      }));
      const alternatives = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
      // "Sarika de Bruyn" is one name: particles between discovered words belong to it.
      if (capitalised.length) ready.discoveredNames = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives(capitalised)})(?:\\s+(?:${nameParticles}\\s+)*(?:${alternatives(capitalised)}))*(?![\\p{L}\\p{N}_])`, 'gu');
      if (handles.size) ready.discoveredHandles = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives(handles)})(?![\\p{L}\\p{N}_])`, 'gu');
    }
    prepared.set(options, ready);
  }
  return ready;
}

interface Match {
  rule: RedactionRule;
  text: string;
  index: number;
  severity?: 'error' | 'warning';
  /** Why it was found, when the rule alone does not say ("a git author", "thanked by name"). */
  why?: string;
}

/**
 * Links to one person's profile: what the profile is of is in the second and third group. Since the
 * eighth probe round also on Bitbucket, Codeberg, Hugging Face, Keybase, Facebook, Instagram,
 * Telegram and Calendly, and without `https://` (`github.com/hbrekke`).
 */
const profileUrl = /(?:https?:\/\/|(?<![\w.@/-]))(?:www\.|mobile\.|m\.)?(github\.com|gitlab\.com|twitter\.com|x\.com|linkedin\.com\/in|bitbucket\.org|codeberg\.org|huggingface\.co|keybase\.io|facebook\.com|instagram\.com|t\.me|calendly\.com)\/@?([A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9_]|[A-Za-z0-9])\/?(?![\w/%-]|\.\w)/g;
/**
 * The owner of a gist (`gist.github.com/hbrekke/0a1b…`, its raw file on
 * `gist.githubusercontent.com`): GitHub gists belong to user accounts only, never to an
 * organisation, so the owner is a person's handle (a published report named its author so; since
 * the ninth probe round). The owner is the group.
 */
const gistOwner = /(?<![\w.-])gist\.github(?:usercontent)?\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?=\/[0-9a-f]{7,}\b)/gi;
/**
 * A user's page on any host: the account after `/users/`, `/user/`, `/u/`, `/members/`,
 * `/profile/` (`forum.example.org/users/hbrekke/activity`, a JupyterHub's `/user/<name>/`), or a
 * home directory's `/~name/`, or an `/@name` page (Mastodon, Medium, YouTube). The account is the
 * first group that matched.
 */
// Since the tenth probe round also on a host written without `https://` (`people.acme.io/~hbrekke`).
const userPagePath = /(?<=(?::\/\/|(?<![\w.@/-])(?:[a-z0-9-]+\.)+[a-z]{2,})[^\s/]*(?:\/[^\s/]+)*?)\/(?:(?:users?|u|members?|profiles?|accounts?)\/@?([A-Za-z][\w.-]{1,38}[A-Za-z0-9])|~([A-Za-z][\w.-]{1,38}[A-Za-z0-9])|@([A-Za-z][\w.-]{1,38}[A-Za-z0-9]))(?=[/?#\s)\]"'>\x60]|$)/g;
/**
 * What follows `/users/` where it names no account: the signed-in user, placeholders, the pages of
 * accounts, and an account said not to exist, as a test of a 404 page is written
 * (`/user/doesntexist`, `/users/does-not-exist`, `/u/nonexistent-user`; since the eighth round of
 * false positives).
 */
const notAnAccount = /^(?:me|self|current|username|user|name|id|uid|login|logout|signin|signup|sign_in|sign_up|password|settings|profile|edit|new|search|list|all|example|anonymous|guest|admin|root|someone|your[-_]?(?:name|user(?:name)?)|(?:(?:does|do|did)[-_.]?(?:nt|not)|not|no)[-_.]?(?:an?[-_.]?)?(?:exists?|existing|such[-_.]?(?:user|account)?)(?:[-_.]?(?:user|account))?|non[-_.]?exist(?:ent|ing)(?:[-_.]?(?:user|account))?)$/i;

/**
 * A link's query parameter that names a person (`?author=hbrekke`, `&assignee=tove.m`,
 * `?user=hbrekke`): the value, not a function such as `currentUser()`.
 */
// Since the tenth probe round also `uid`, `by`, `oncall`, `created_by`, `assigned_to`, and a
// code host's search qualifier in a query (`?q=assignee%3Ahbrekke`, `author:tovem`).
// A PostgREST filter's operator (`owner=eq.owner`; false positives round 43) is read past: the value after it is the account.
// Since probe round 44 also `u`, a forum's share link (Discourse's `…/8164?u=hbrekke`), which names who shared it.
const personQueryParameter = new RegExp(String.raw`(?<=[?&](?:author|u|user|username|user_?id|user_?name|uid|by|owner|assignee|assigned_?to|reporter|creator|created_?by|login|member|requester|on_?call|oncall|actor)=(?:${postgrestOperator})?|[?&]q=[^\s&#]*?(?:^|\+|%20|\b)(?:assignee|author|involves|mentions|commenter|reviewed-by|review-requested)(?::|%3A))(?!${postgrestOperator})[\w.%@+-]+?(?=$|[&#\s)"'\]>\x60]|\+|%20)`, 'gi');

/** A link, to read its path. */
const chatAppLink = /(?<![\w+.-])(?:slack|msteams|discord|zoommtg|zoomus|mattermost|element):\/{1,2}[^\s)<>"'\]\x60]*[^\s)<>"'\].,;:!?\x60]/gi;
/** A link to a section of the same page whose anchor opens with one word and a hyphen (`](#jakub-building-…)`, `href="#jakub-…"`, `[ref]: #jakub-…`). */
const givenNameAnchor = /(?:\]\(|href=["']|^\s*\[[^\]]+\]:\s*)#([a-z]{3,})-[a-z0-9]/g;
const linkInLine = /[a-z][a-z0-9+.-]*:\/\/[^\s)<>"'\]\x60]+/gi;
/** The target of a relative Markdown link or image, or of an HTML `src`/`href` (no scheme). */
const relativeTarget = /\]\(\s*<?((?![a-z][a-z0-9+.-]*:|#)[^)\s>]+)|\b(?:src|href)=["']((?![a-z][a-z0-9+.-]*:|#)[^"']+)/gi;
/** Two words of a path segment joined by a hyphen, underscore or dot: a first name and a surname to judge. */
const nameInPath = /(?<=[/._-])([a-z]{3,})[-_.]([a-z]{3,})(?=$|[/._-])/gi;

/** A footnote reference or definition: its label is the first group. */
/** A page under a directory of people: the kind of directory and the name (`/people/hallvard-brekke`). */
const directoryPage = /\/(people|team|staff|employees?|authors?|person|directory)\/([A-Za-z][\w.-]{1,60}[A-Za-z0-9])(?=[/?#\s)\]"'>\x60]|\.(?:\s|$)|$)/gi;
/** A word as handles are written (letters, digits, dots, hyphens, underscores), not inside a host, path or longer name. */
const bareWord = /(?<![\w.@/#~:%+-])[A-Za-z][\w]*(?:[.-][\w]+)*(?![\w@/-]|\.\w)/g;
const footnoteLabel = /\[\^([^\]\s]+)\]/g;
/** The shared SSH account of a public code host (`git@github.com`), as clone addresses write it. */
const codeHostSshUser = /^git@(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)$/i;

/** Pages of the code hosts and X with one path segment that are nobody's profile. */
const codeHostPages = new Set(('about pricing features enterprise explore topics trending collections events marketplace sponsors settings ' +
  'login join signup security site contact apps notifications issues pulls search new organizations orgs customer-stories readme ' +
  'blog team home help support status docs premium-support home explore i intent share hashtag search messages privacy tos').split(' '));
/** Words in an account name that say it is an organisation's ("bottlerocket-os", "kubernetes-sigs", "acme-labs"). */
const organisationWords = new Set(('org orgs os sig sigs lab labs inc hq team teams software project projects foundation community io cloud ' +
  'systems tech official status support engineering eng news app apps data security oss opensource dev-team devs infra infrastructure ops devops ' +
  // Since false positives round 43: the abbreviations of a foundation's and a company's kind (`sine-fdn`, `acme-gmbh`).
  'fdn corp ltd llc gmbh').split(' '));

/**
 * A word of an account that says an organisation: one of {@link organisationWords}, or since
 * round 44 of false positives a word with one of them run on (`ethpandaops`, a testing team's
 * account on a notes site and a code host, nine times in a blockchain's post-mortems).
 */
const isOrganisationWord = (part: string) => organisationWords.has(part) || hasOrganisationWordRunOn(part);

/** Lower-case parts of names ("de Bruyn", "van der Berg", "bin Salman"). */
const nameParticles = `(?:${alternationOf(nameParticleWords)})`;

/** Hosts of chat, ticket, paging, meeting, dashboard and document tools: links there are internal. */
const internalToolHosts = [
  /(^|\.)slack\.com$/i,
  /(^|\.)teams\.microsoft\.com$/i,
  /^(docs|drive)\.google\.com$/i,
  /(^|\.)datadoghq\.(com|eu)$/i,
  /(^|\.)sentry\.io$/i,
  /(^|\.)atlassian\.net$/i,
  /^jira\./i,
  /(^|\.)linear\.app$/i,
  /(^|\.)pagerduty\.com$/i,
  /(^|\.)zoom\.us$/i,
  /^meet\.google\.com$/i,
  /^grafana\./i,
  /^kibana\./i,
  /(^|\.)opsgenie\.com$/i,
  /(^|\.)notion\.so$/i,
  // Self-hosted operations tools, named by their first label on a domain of their own
  // (`jenkins.acme.io`, `argocd.vexmor.com`); the vendor's site has two labels (`jenkins.io`).
  new RegExp(String.raw`^(?:${selfHostedToolNames.join('|')}|vpn|bastion|jumphost)\.[^.]+\.[^.]+`, 'i'),
  // Since the twenty-third probe round: self-hosted trackers and help desks named so, as `jira.`
  // (`youtrack.quillan.io/issue/LEDG-88`); a project's public one (`youtrack.jetbrains.com`) is an
  // error to allow or a `publicNames` entry, as `jira.jenkins.io` is.
  /^(?:youtrack|redmine|otrs|zammad|glpi|servicedesk|helpdesk|itsm|tickets)\.[^.]+\.[^.]+/i,
  // Workspaces of document, status-page, infrastructure and observability tools: only the
  // customer's own people can open them (the vendors' blogs and status pages are other hosts).
  /(^|\.)sharepoint\.com$/i,
  /^manage\.statuspage\.io$/i,
  /^app\.terraform\.io$/i,
  /^one\.(?:eu\.)?newrelic\.com$/i,
  /^ui\.(?:eu1\.)?honeycomb\.io$/i,
  // Since the fifth probe round: SaaS tools whose every subdomain is one customer's tenant
  // (Grafana Cloud, Zendesk, Okta, ServiceNow, Freshdesk, Splunk Cloud), and the shared app
  // hosts of incident tools; the vendors' own sites (`www.`, `status.`, `developer.`) are not.
  /\.(?:grafana\.net|zendesk\.com|okta\.com|oktapreview\.com|service-now\.com|freshdesk\.com|freshservice\.com|splunkcloud\.com)$/i,
  /^app\.(?:incident\.io|rootly\.com|firehydrant\.io)$/i,
  // Since the eighth probe round: task, diagram and document workspaces (Asana, ClickUp, Shortcut,
  // Lucid, Dropbox Paper), tenants of Quip, Webex, Salesforce, Databricks, Snowflake and Looker, the
  // AWS sign-in and access portals (`<alias>.signin.aws.amazon.com`, `<org>.awsapps.com`), and a
  // GitHub Enterprise server on the organisation's domain (`github.acme.com`).
  /^app\.(?:asana|clickup|shortcut)\.com$/i,
  /^(?:lucid\.app|paper\.dropbox\.com)$/i,
  /\.(?:quip\.com|webex\.com|my\.salesforce\.com|lightning\.force\.com|cloud\.databricks\.com|snowflakecomputing\.com|looker\.com|awsapps\.com|signin\.aws\.amazon\.com)$/i,
  /^github\.(?!github)[^.]+\.[^.]+/i,
  // Since the tenth probe round: a self-hosted Sentry, Confluence or Kubernetes dashboard on a
  // domain of its own (`sentry.acme.io`, `k8s-dashboard.acme.io`; the vendor's own site has two
  // labels), an organisation's Microsoft 365 tenant (`acme.onmicrosoft.com`, in Azure portal
  // links), and Looker Studio reports, which only the people they are shared with can open.
  /^(?:sentry|confluence|(?:k8s-|kubernetes-|kube-)?dashboard)\.[^.]+\.[^.]+/i,
  /\.onmicrosoft\.com$/i,
];

/** Pages of design and whiteboard tools that are a team's own files, on the vendor's public host. */
// A security scanner's organisation pages (`app.snyk.io/org/<org>`) too: only the organisation's
// members sign in to them, and the slug is often a person's account (its `/vuln/…` pages are public).
// Since the twelfth probe round also OpenSearch Dashboards' views (`/_dashboards/app/discover`) and a Kibana space's (`/s/<space>/app/…`).
// Since the tenth probe round also a Looker Studio report, a Grafana dashboard (`/d/<uid>`) and a
// Kibana view (`/app/discover`) on any host but Grafana's public demo, and a cloud console's page
// of a named resource (`#dashboards:name=ledger-prod`, Azure's `/resource/subscriptions/…`).
// Since probe round 44 also an organisation's builds on a hosted CI (`buildkite.com/<org>/<pipeline>/builds/…`,
// CircleCI's `app.circleci.com/pipelines/…` and `circleci.com/gh/<org>/<repo>/<n>`) and a Jenkins
// job's build, console or nested job on any host but the Jenkins project's own (`…/job/<name>/412/`;
// not a careers page's `/job/<title>/`): whatever the organisation
// configured, a reader outside gets a login or learns a pipeline's name; a public project's builds
// are an error to allow or a `publicNames` entry.
const internalToolPages = /^https?:\/\/(?:(?:www\.)?buildkite\.com\/[\w-]+\/[\w-]+\/builds\b|app\.circleci\.com\/(?:pipelines|jobs)\/|(?:www\.)?circleci\.com\/(?:gh|bb)\/[\w-]+\/[\w.-]+\/\d|(?!ci\.jenkins\.io\/)[^/\s]+\/(?:[\w-]+\/)?job\/[^/\s]+\/(?:\d+\b|last\w*Build\b|console|ws\/|configure|build(?:WithParameters)?\b|job\/)|(?:lookerstudio|datastudio)\.google\.com\/(?:u\/\d+\/)?reporting\/|(?!play\.grafana\.org\/)[^/\s]+\/(?:grafana\/)?d(?:-solo)?\/[\w-]{6,}[/?]|[^/\s]+\/(?:kibana\/|_dashboards\/|s\/[\w-]+\/)?app\/(?:discover|dashboards|kibana|visualize|logs|data-explorer)\b|(?:[\w-]+\.)?console\.aws\.amazon\.com\/[^\s]*[#?&:](?:name|dashboards:name|resource)=|portal\.azure\.com\/#@|(?:www\.)?(?:figma\.com\/(?:file|design|board|proto)\/|miro\.com\/app\/board\/|coda\.io\/d\/|app\.(?:[a-z]{2}\.)?snyk\.io\/org\/))/i;

/**
 * The tool vendors' own public sites (their blog, status page, documentation): a link there is a
 * public reference, not a link into a workspace.
 */
const vendorPublicSite = /^(?:www|blog|status|docs|support|help|engineering|about|investors|press|community|developer|developers)\.(?!google\.com$)/i;

/** A tenant of documentation, not anyone's (`example.okta.com`, `your-org.zendesk.com`, `<tenant>.grafana.net`). */
const placeholderTenant = /^(?:example|sample|demo|your[\w-]*|my(?:company|org|tenant|domain|instance)?|company|tenant|subdomain|instance|org|organi[sz]ation|<[^>]*>|\{[^}]*\})\./i;

/**
 * Workspace hosts whose first path segment names the customer's workspace (`notion.so/acme/…`,
 * `dev.azure.com/acme/…`): with the organisation's slug there, a link into its own workspace.
 */
const workspaceInPath = /^(?:www\.)?(?:notion\.so|trello\.com|dev\.azure\.com|vercel\.com|linear\.app|app\.asana\.com|app\.clickup\.com|miro\.com)$/i;

/** A code host's organisation or repository named as not public: `acme-internal`, `runbooks-private`, `corp_confidential`. */
const privateRepositoryName = /(?:^|[-_.])(?:internal|private|intranet|confidential)(?:$|[-_.])/i;

/** A repository or image on a code host or registry, written without a scheme (that link is matched whole elsewhere). */
const privateRepositoryReference = /(?<![\w.@/:-])(?:git@(?:github\.com|gitlab\.com|bitbucket\.org):|(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|ghcr\.io|quay\.io|docker\.io|registry\.gitlab\.com)\/)([A-Za-z0-9][\w.-]*)\/([\w.-]*[\w-])/g;

/** Hosts that serve an organisation's public pages under its own label (`acme.github.io`, its status page). */
const publicPagesHost = /\.(?:github\.io|gitlab\.io|readthedocs\.io|statuspage\.io|medium\.com|substack\.com)$/i;

/**
 * A host with the organisation's slug as a label of a host that is not its own domain: its tenant
 * on a SaaS (`acme.okta.com`, `acme.grafana.net`, `acme.zendesk.com`). The own domain is the slug
 * followed by a top-level domain (`status.acme.com`) or a country's second level (`acme.co.uk`).
 */
function isOrgTenantHost(host: string, orgScopes: ReadonlySet<string>): boolean {
  if (!orgScopes.size || publicPagesHost.test(host)) return false;
  const labels = host.toLowerCase().split('.');
  return labels.some((label, i) => {
    if (!orgScopes.has(label)) return false;
    const rest = labels.slice(i + 1);
    const ownDomain = rest.length === 1 || (rest.length === 2 && /^(?:co|com|org|net|ac|gov|edu|ne|or)$/.test(rest[0]) && rest[1].length === 2);
    return !ownDomain;
  });
}

/**
 * Schemes of addresses on a network. The host of such a URL written as one label, without a dot
 * (`http://grafana:3000/d/x`, `https://vault/v1/secret`, `postgres://db:5432/app`), is a name only
 * a resolver inside a network answers for (a container, a machine on a home or office network, a
 * search domain): an internal host by definition, whatever the word. Object-store schemes
 * (`s3://bucket`) name a bucket, which `redact/cloud-account` judges.
 */
const networkScheme = String.raw`(?:https?|wss?|ftps?|sftp|ssh|telnet|tcp|udp|grpcs?|redis|rediss|postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|amqps?|mqtts?|nats|kafka|ldaps?|smb|nfs|rtsp|rsync|git|svn|vnc|rdp|imaps?|pop3s?|smtps?)`;
/**
 * The host of a network URL when it is one label: after the user and password if any
 * (`postgres://app:pw@db:5432`, `https://token:<PAT>@github.com`), with a letter in it
 * (`http://1234` is an address).
 */
const singleLabelUrlHost = new RegExp(
  String.raw`(?<=(?<![\w+.-])${networkScheme}:\/\/(?:[^\s/@"'\x60]*@)?)(?=[\w-]*[A-Za-z])[A-Za-z0-9](?:[\w-]*[A-Za-z0-9])?(?![^\s/@"'\x60]*@)(?=[:/?#\s)\]"'<>\x60,;!*]|\.(?![\w-])|$)`,
  'gi',
);
/**
 * A Kubernetes service by its short name in its namespace, in a URL with a port
 * (`http://ledger-writer.payments:8080/healthz`, `http://prometheus.monitoring:9090`; since the
 * twenty-second probe round): two labels whose last is no top-level domain of
 * {@link publicTopLevelDomain}. A public host with a port under a rarer domain is an error to allow.
 */
const namespacedServiceUrlHost = new RegExp(String.raw`(?<=(?<![\w+.-])${networkScheme}:\/\/(?:[^\s/@"'\x60]*@)?)[a-z0-9][a-z0-9-]*\.([a-z][a-z0-9-]*[a-z0-9])(?=:\d{2,5}(?!\d))`, 'gi');
/**
 * A single-label host that is no one's machine: the loopback name, and the placeholders of
 * documentation and examples (`http://host:8080`, `https://your-server/`, `http://HOSTNAME:3000`,
 * `http://example/`; `<host>` and `${HOST}` are no host at all and never match). Since the thirteenth
 * round of false positives also an adverb of place or "target" (`http://somewhere/file`, `https://target`),
 * as security advisories write the host an attacker or a user picks.
 */
const placeholderHost = /^(?:localhost\d?|ip6-(?:localhost|loopback)|loopback|(?:(?:your|my|the|some|example|sample|test|remote|target|other)[-_]?)?(?:host|hostname|host[-_]name|server|server[-_]?name|domain|machine|ip|address|node|instance|service|container)(?:[-_]?(?:name|ip|address|here|\d))?|example|test|invalid|local|foo|bar|baz|x+|placeholder|changeme|redacted|somewhere|anywhere|elsewhere|target)$/i;
/** True when a URL's host is one label that names a machine (not the loopback name or a placeholder). */
const isSingleLabelHost = (host: string) => /^[a-z0-9_-]*[a-z][a-z0-9_-]*$/i.test(host) && !placeholderHost.test(host);

/** The host of a Windows share (`\\\\fileserver01\\share`) or an NFS export (`nas01:/export`): one label with a digit or a hyphen. */
const fileShareHost = /(?<![\\\w])\\{2,4}((?=[\w-]*[\d-])[A-Za-z][\w-]{2,30})\\{1,2}[\w$.-]|(?<![\w.@/:-])((?=[\w-]*[\d-])[A-Za-z][\w-]{2,30}):\/(?!\/)[\w.-]/g;
/**
 * The endpoint of one of the organisation's managed databases, caches, load balancers, search
 * domains or registries at a cloud provider: its first label is the resource's own name
 * (`ledger-prod.c9akciq32xyz.us-east-1.rds.amazonaws.com`,
 * `internal-ledger-1234567.us-east-1.elb.amazonaws.com`, `acme-ledger.database.windows.net`,
 * `acme.vault.azure.net`, `acmeregistry.azurecr.io`). Only a resolver or a network inside
 * answers for most; all of them name an internal system. Placeholders (`mydb`, `example`,
 * `<name>`) are no resource.
 */
const managedResourceHost = /(?<![\w.@/-])(?:[a-z0-9][a-z0-9-]*\.)+(?:(?:rds|elb|cache|es|aoss|redshift|docdb|kafka|mq|memorydb|neptune|dax)\.amazonaws\.com(?:\.cn)?|(?:kafka|efs)\.[a-z]{2}(?:-[a-z]+)+-\d\.amazonaws\.com|(?:database|redis\.cache|servicebus|documents)\.windows\.net|(?:postgres|mysql|mariadb)\.database\.azure\.com|vault\.azure\.net|documents\.azure\.com|azurecr\.io)(?![\w-]|\.[a-z])/gi;
const placeholderResource = /^(?:my|your|the|example|sample|test|name|<)[\w-]*\.|example|placeholder|\bxxx/i;

/**
 * Cloud projects and accounts named inside other names: a GKE context (`gke_<project>_<zone>_<cluster>`),
 * a Cloud SQL connection name (`<project>:<region>:<instance>`) and the account of an ECR registry
 * (`123456789012.dkr.ecr.us-east-1.amazonaws.com`), and since the eighth probe round an SQS queue's
 * address, whose path is the account and the queue (`sqs.us-east-1.amazonaws.com/123456789012/ledger-events`).
 */
const embeddedCloudAccount = /(?<![\w.-])(?:https?:\/\/)?(?:sqs\.[a-z]+-[a-z]+-\d\.amazonaws\.com(?:\.cn)?|queue\.amazonaws\.com)\/\d{12}\/[\w-]+|(?<![\w-])gke_[a-z][a-z0-9-]{4,28}[a-z0-9]_[a-z]+-[a-z]+\d(?:-[a-z])?_[\w-]+|(?<![\w.:/-])(?=[a-z0-9-]*[-\d])[a-z][a-z0-9-]{4,28}[a-z0-9]:(?:[a-z]+-[a-z]+\d):[a-z][\w-]*(?![\w:])|(?<![\w.])\d{12}\.dkr\.ecr(?:-fips)?\.[a-z]+-[a-z]+-\d\.amazonaws\.com(?:\.cn)?/g;

/**
 * First labels of the organisation's own hosts that only its staff reach: admin pages, consoles,
 * machines' management, file and print servers. Not a CI, a directory or a tool's label
 * (`ci.jenkins.io`, `ldap.jenkins.io`: an open-source project runs them in public; with
 * `jenkins` configured they stopped 106 more of 297 Jenkins status reports); tools by their
 * label have their own rules ({@link schemelessSelfHostedTool}).
 */
const ownInternalFirstLabel = /^(?:admin|administrator|admin-panel|intranet|internal|console|backoffice|back-office|staff|mgmt|ipmi|idrac\d*|ilo\d*|bmc|kvm|dc\d+|ad|printsrv|fileserver|nas\d*|jumpbox|jumphost)$/;
/** Labels under the organisation's domain that name a network, an environment or a zone inside it (`metrics.ops.acme.io`). */
const ownZoneLabel = /^(?:ops|prod|production|stg|staging|preprod|uat|mgmt|infra|int|internal|corp|ad|dev|qa|lan|office|svc|private|priv|admin|k8s|cluster|vpc|dc\d*)$/;
/** First labels of the organisation's public hosts, however deep (`api.prod.acme.io` may be the public API). */
const ownPublicFirstLabel = /^(?:www|api|cdn|static|assets|status|docs|help|support|blog|app|mail|smtp|mx|auth|login|id|signup|shop|store|community|forum|developer|developers)$/;
/**
 * Since the twelfth probe round: a numbered machine's first label (`ci-runner-03`, `db01`,
 * `web-12`): a fleet's members, reached by the staff who run them; public hosts are named by
 * what they serve (`www`, `api`), and a one-digit label (`ns1`, `www2`) is a public pair as often.
 */
const numberedMachineLabel = /^[a-z]+(?:-[a-z]+)*-?\d{2,}$/;

/** True when a host is under the organisation's own domain and its labels say it is reached only inside. */
function ownInternalHost(host: string, orgScopes: ReadonlySet<string>): boolean {
  const labels = host.toLowerCase().split('.');
  let org = labels.length - 2;
  if (!orgScopes.has(labels[org]) && labels.length >= 3 && orgScopes.has(labels[org - 1]) && /^(?:co|com|org|net|ac|gov|edu)$/.test(labels[org])) org -= 1;
  // Since the twentieth probe round: the organisation's name joined to a zone's in the domain
  // itself (`docker.acme-ops.net`, `grafana.acme-internal.com`) is a domain of its inside.
  if (org >= 1 && !orgScopes.has(labels[org]) && labels.length - org <= 2) {
    const [scope, ...zone] = labels[org].split('-');
    if (orgScopes.has(scope) && zone.length === 1 && ownZoneLabel.test(zone[0]) && !ownPublicFirstLabel.test(labels[0])) return true;
  }
  if (org < 1 || !orgScopes.has(labels[org])) return false;
  const below = labels.slice(0, org);
  if (ownPublicFirstLabel.test(below[0])) return false;
  return ownInternalFirstLabel.test(below[0]) || numberedMachineLabel.test(below[0]) || hasInsideLabelPart(below[0]) || (below.length >= 2 && below.slice(1).some((label) => ownZoneLabel.test(label))) || (below.length === 1 && (coinedMachineLabel(below[0]) || stageMachineLabel(below[0])));
}

/** A part of a label naming a stage before production (`kestrel-stage`, `ledger-dev`). */
const stagePart = /^(?:stage|staging|stg|dev|devel|test|testing|qa|uat|preprod|sandbox|canary|nonprod)$/;
/**
 * Since probe round 44 (round 43's leftover): a label of two or three parts under the organisation's
 * own domain, one of them a stage before production and none a public host's word
 * (`kestrel-stage.acme.org`, `ledger-dev.acme.io`; not `app-staging.acme.org`, `www-test`), is a
 * machine of a non-production environment, reached by its staff, as a coined label alone is
 * ({@link coinedMachineLabel}); a coined word with another part (`vexmor-east`) is one too.
 */
function stageMachineLabel(label: string): boolean {
  const parts = label.split('-');
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[a-z][a-z0-9]*$/.test(part) || ownPublicFirstLabel.test(part))) return false;
  return parts.some((part) => stagePart.test(part)) || parts.some((part) => part.length >= 4 && coinedMachineLabel(part));
}

/**
 * Since probe round 42 (round 41's leftover): a coined word as the only label under the
 * organisation's own domain (`calyx.acme.org`, `haumea.acme.org`) names one of its machines, as a
 * society names its servers: its public hosts are named by what they serve (`www`, `docs`,
 * `status`) or by a public product (`jupyterhub.acme.org`), and those are published. Only with
 * the organisation configured, whose domain is often the public site's own.
 */
function coinedMachineLabel(label: string): boolean {
  if (!/^[a-z][a-z0-9]{3,}$/.test(label) || /\d/.test(label.slice(0, 2))) return false;
  // A public label with one digit is a public pair (`www2`, `docs3`), as the twelfth round read it.
  const stem = label.replace(/(?<=[a-z])\d$/, '');
  return !ownPublicFirstLabel.test(stem) && [label, stem].every((word) => !isEnglishWord(word) && !isOrdinaryWord(word) && !isPublicTerm(word) && !isKnownWord(word));
}

/** Host names of internal tools, to find their links written without `https://`. */
const schemelessToolLink = /(?<![\w.@/:-])(?:[a-z0-9-]+\.)+(?:slack\.com|atlassian\.net|linear\.app|pagerduty\.com|zoom\.us|opsgenie\.com|notion\.so|grafana\.net|zendesk\.com|okta\.com|service-now\.com|freshdesk\.com|splunkcloud\.com|onmicrosoft\.com)(?:\/[^\s)<>"'\]]*[^\s)<>"'\].,;:!?])?/gi;

/**
 * A self-hosted operations tool by its first label on the organisation's own domain, written
 * without `https://` (`vpn.acme.io`, `argocd.acme.io`, `grafana.acme.io/d/abc` when `acme` is the
 * organisation; a code host or CI, `git.acme.io/team/repo`, since probe round 30). Not on any domain, as with a scheme: an open-source project's status reports
 * name its public hosts in prose (`vpn.jenkins.io`: 4 more of 175 Jenkins reports stopped). Not
 * an API group or annotation key either ({@link isApiGroupOrKey}: `argocd.argoproj.io/sync-wave:`).
 * The last label is a top-level domain people register, so a file (`vault.config.json`) is no host.
 */
const schemelessSelfHostedTool = new RegExp(String.raw`(?<![\w.@/:-])(?:${selfHostedToolNames.join('|')}|vpn|bastion|jumphost|grafana|kibana|jira|gerrit|wiki|confluence|git|gitlab|bitbucket|scm|svn|ci|teamcity|drone|concourse|spinnaker|sentry|registry)\.(?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|app|co|cloud|tech|ai|biz|info|us|uk|eu|de|fr|nl|no|se|dk|fi|ch|at|be|es|it|pl|cz|ie|ca|au|nz|jp|in|br)(?![\w-]|\.[a-z0-9])(?:\/[^\s)<>"'\]]*[^\s)<>"'\].,;:!?])?`, 'gi');
/** Hosts of public pages anyone can make: a tool's name as their first label says nothing of ours. */
const publicPageHost = /\.(?:github\.io|gitlab\.io|readthedocs\.io|netlify\.app|vercel\.app|pages\.dev|herokuapp\.com|example\.(?:com|net|org))(?:\/|$)/i;

/**
 * An IPv6 address in full (eight groups) or compressed (one `::`). Times such as `09:02:00` have
 * too few groups; `::` and `::1` (unspecified, loopback) say nothing about our network.
 */
function isIpv6Address(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((half) => (half ? half.split(':') : []));
  if (!groups.flat().every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return false;
  const count = groups.flat().length;
  if (halves.length === 1 ? count !== 8 : count > 7) return false;
  return text.replace(/:/g, '').replace(/^0+/, '').length >= 2;
}

/**
 * The name of a setting that holds a secret: a key word alone (`password`), as one part of a
 * longer name joined by `_`, `.` or `-` (`DB_PASSWORD`, `GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`),
 * or at the end of an upper-case name (`PGPASSWORD`).
 */
const secretKeyWord = String.raw`(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret)`;
const secretKeyName = String.raw`(?<![A-Za-z0-9_.])(?:[A-Za-z0-9]+[_.-])*(?-i:[A-Z0-9]*)${secretKeyWord}(?:[_.-][A-Za-z0-9]+)*`;

/** A secret given to a setting whose name holds a key word (`DB_PASSWORD=…`, `api-key: …`), as `=` or `:` assigns it. */
const secretSettingAssigned = new RegExp(`${secretKeyName}\\s*=\\s*["']?[^\\s"'<>]{6,}`, 'gi');
const secretSettingAfterColon = new RegExp(`${secretKeyName}\\s*:\\s*["']?(?![A-Za-z]+\\b)[^\\s"'<>]{6,}`, 'gi');
/** What each key word of {@link secretKeyWord} holds, case aside: a line without it holds no setting of a secret. */
const secretSettingCue = /passw|pwd|secret|token|key/i;

/** An address spelt out to slip past harvesters (`hjalmar.q at acme dot example`; see findMatches). */
const spelledOutAddress = /(?<![\w.@-])(?!(?:user|username|name|someone|you|me|first\.last)\s)[A-Za-z0-9._%+-]+(?:\s+(?:dot|DOT)\s+[A-Za-z0-9._%+-]+)*\s+(?:at|AT)\s+(?!(?:the|a|an|this|that|our|its)\s)[A-Za-z0-9-]+(?:\s+(?:dot|DOT)\s+[A-Za-z0-9-]+)*\s+(?:dot|DOT)\s+(?:com|org|net|edu|gov|io|dev|app|co|ai|example|test|invalid|internal|corp|[a-z]{2})(?![\w-])/g;
/** Its last `dot`, which every such address writes. */
const spelledOutAddressCue = (line: string) => line.includes('dot') || line.includes('DOT');
/**
 * An e-mail address. It ran on every line, from every letter (the part before `@` is tried at each
 * start): ~0.13 s of CPU over the 1,000's lines, and again on the built pages (session 41); it runs
 * only on a line with an `@`, which every match holds.
 */
// The look-behind starts a match only where an address can start: without it a long run of
// letters with no `@` was tried from each of its letters (quadratic; canary round 41).
const emailAddress = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const emailAddressCue = (line: string) => line.includes('@');
/** An IPv6 address or range as written (see findMatches). */
const ipv6Address = /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])(?:\/(?:12[0-8]|1[01]\d|[1-9]?\d)(?![\w.]))?/gi;
/** Two colons at least, which every such address writes (a line's first colon is not its last). */
const ipv6AddressCue = (line: string) => line.indexOf(':') !== line.lastIndexOf(':');
/** An issue of a repository as code hosts link it (`acme/payroll-tools#7`; see findMatches). */
const repositoryIssue = /(?<![\w./@#-])([A-Za-z0-9][\w.-]*)\/([\w.-]+)#\d+(?![\w-])/g;
/** A long run of the characters of encoded key material, from the run's start (see findMatches). */
export const encodedKeyRun = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{32,}={0,2}/g;
/** What {@link privateRepositoryReference} always writes: the host's top-level domain after its dot. */
const repositoryHostCue = (line: string) => line.includes('.com') || line.includes('.org') || line.includes('.io');
/** What {@link schemelessToolLink} always writes: a dot, then the tool's domain. */
const toolLinkCue = /\.(?:slack\.com|atlassian\.net|linear\.app|pagerduty\.com|zoom\.us|opsgenie\.com|notion\.so|grafana\.net|zendesk\.com|okta\.com|service-now\.com|freshdesk\.com|splunkcloud\.com|onmicrosoft\.com)/i;

/**
 * Cheap tests of a line before the costly patterns of findMatches: every line a pattern matches
 * passes its cue, and most lines pass none (docs/performance.md, session 39). Checked by
 * test/unit/redaction-cue-implication.test.ts.
 */
export const cuedGuardLinePatterns: readonly { name: string; cue: (line: string) => boolean; pattern: RegExp }[] = [
  { name: 'an e-mail address', cue: emailAddressCue, pattern: emailAddress },
  { name: 'a spelt-out address', cue: spelledOutAddressCue, pattern: spelledOutAddress },
  { name: 'an IPv6 address', cue: ipv6AddressCue, pattern: ipv6Address },
  { name: 'a secret assigned to a setting', cue: (line) => secretSettingCue.test(line), pattern: secretSettingAssigned },
  { name: 'a secret after a setting and a colon', cue: (line) => secretSettingCue.test(line), pattern: secretSettingAfterColon },
  { name: 'an issue of a repository', cue: (line) => line.includes('#'), pattern: repositoryIssue },
  { name: 'a private repository without a scheme', cue: repositoryHostCue, pattern: privateRepositoryReference },
  { name: "a tool's link without a scheme", cue: (line) => toolLinkCue.test(line), pattern: schemelessToolLink },
  { name: "a cluster's service host", cue: (line) => clusterServiceHostCue.test(line), pattern: clusterServiceHost },
];

const secretPatterns: RegExp[] = [
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bxox[abeprs]-[A-Za-z0-9-]{10,}\b/g,
  /\bxapp-[A-Za-z0-9-]{10,}\b/g,
  /\bglpat-[A-Za-z0-9_-]{20,}\b/g,
  /\bnpm_[A-Za-z0-9]{30,}\b/g,
  /\b(?:sk|rk|pk)_live_[A-Za-z0-9]{16,}\b/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  // `password=anything`; after a colon only a value that is not a plain word, since prose
  // says "token: expired". The key word may be one part of a longer setting or variable name
  // (`DB_PASSWORD`, `AWS_SECRET_ACCESS_KEY`, `app.client-secret`) or end an upper-case one
  // (`PGPASSWORD`): a word boundary before the key word missed both, since `_` and letters are
  // word characters.
  secretSettingAssigned,
  secretSettingAfterColon,
  // An HTTP credential as sent (`Authorization: Basic aW5n…`, `Bearer 8f2a…`); not the header
  // named in prose ("an Authorization: Bearer header").
  /\bAuthorization\s*:\s*(?:Basic|Bearer|Token|Digest|Negotiate)\s+(?![A-Za-z]+\b)[A-Za-z0-9._~+/=-]{8,}/gi,
  // Signed URLs grant access on their own until they expire: the signature and credential of an
  // AWS or Google presigned URL, the `sig` of an Azure shared access signature.
  /\bX-(?:Amz|Goog)-(?:Signature|Credential|Security-Token)=[^\s&"'<>#]{8,}/gi,
  /[?&](?:sig|Signature)=[^\s&"'<>#]{16,}/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/g,
];

/**
 * A long hex string is a secret unless it is a commit id, or a digest named as such (`sha256:`,
 * `/commit/`, "checksum …", a word ending in "hash": `AppHash`, `txhash`), a gist's id in its link or a transaction's or block's hash in a block
 * explorer's link (`mintscan.io/comdex/txs/9F5A…`), which are public pages' ids.
 */
const hexRun = /\b[0-9a-f]{32,}\b/gi;
/**
 * A `0x` key of 32 bytes (an Ethereum-style private key) is a secret when the words before it on
 * its line call it a key, secret, token, password or seed: `hexRun` never reads a `0x` run (no word
 * boundary after the `x`), and the same shape without such a word is a transaction's or block's
 * hash, which public chain reports name (false positives round 43 saw "The api key was 0x…" pass).
 */
const prefixedKeyHex = /\b0x[0-9a-f]{64}\b/gi;
const keyHexCue = /\b(?:(?:private|secret|signing|api|access)[ _-]?keys?|secrets?|tokens?|passwords?|passphrases?|mnemonics?|seeds?)\b[^.;\n]{0,40}$/i;
const publicKeyBefore = /\bpublic[ _-]?keys?\b[^.;\n]{0,40}$/i;
const digestContext = /(?:\b(?:commit|commits|sha|sha1|sha-1|sha256|sha-256|revision|rev|\w*hash|digest|checksum|changeset|merge)\b[^.\n]{0,30}|\/(?:commit|commits|tree|blob|compare|pull\/\d+\/commits)\/[^\s]*|sha256:|@|gist\.github(?:usercontent)?\.com\/[\w.-]+\/|\/(?:tx|txs|transaction|transactions|block|blocks)\/)$/i;

/**
 * Whether the same hex string is a digest elsewhere on the line: a link's text that repeats the
 * transaction or commit of its target (`<a href="…/txs/2A69…">2A69…</a>` on a built page, where
 * the words "transaction hash" before the link are further away than the target; round 21 of
 * false positives).
 */
function digestElsewhereOnLine(line: string, hex: string): boolean {
  // Searched for as a string, not built into a pattern: a hex run of 100,000 characters (canary
  // round 41) made a pattern too large to compile, and the guard stopped naming no file.
  const lower = line.toLowerCase();
  const target = hex.toLowerCase();
  for (let at = lower.indexOf(target); at >= 0; at = lower.indexOf(target, at + 1)) {
    if (!/[0-9a-f]/.test(lower[at + target.length] ?? '') && /\/(?:tx|txs|transaction|transactions|block|blocks|commit|commits)\/$/.test(lower.slice(Math.max(0, at - 14), at))) return true;
  }
  return false;
}

/** A long token with lower case, upper case and digits: likely base64 key material, not a word. */
function looksLikeEncodedSecret(token: string): boolean {
  return token.length >= 32 && /[a-z]/.test(token) && /[A-Z]/.test(token) && /\d/.test(token) && !/^[A-Za-z]+$/.test(token);
}

/** Private, loopback-free internal IPv4 ranges: 10/8, 172.16/12, 192.168/16, 100.64/10 (CGNAT), 169.254/16. */
/**
 * A private address or range written otherwise than four dotted numbers: with wildcards
 * (`10.40.2.x`, `192.168.*.*`), as a short prefix with its length (`172.16/12`, `10.40/16`), with
 * dashes (`10-40-2-7`, a peer's or a DNS label's form) or as a reverse-lookup name.
 */
const privateAddressNotation = /(?<![\w.*-])(?<!\b(?:[Vv]ersion|[Rr]elease|[Bb]uild|[Ff]irmware|[Pp]atch)s?:?\s+)(?:(?:\d{1,3}\.){1,3}\d{1,3}\.in-addr\.arpa|\d{1,3}(?:\.(?:\d{1,3}|[xX*])){3}(?<=[xX*])|\d{1,3}(?:\.\d{1,3}){1,2}\/\d{1,2}|\d{1,3}(?:-\d{1,3}){3})(?![\w*-]|\.\w)/g;

/** True when the leading parts of an address (numbers, or `x`/`*` for any) lie in a private range. */
function isPrivateIpv4Prefix(parts: readonly string[]): boolean {
  const [a, b] = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
  if (parts.length < 2 || parts.some((p) => /^\d+$/.test(p) && Number(p) > 255)) return false;
  return a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 100 && b >= 64 && b <= 127);
}

function isPrivateIpv4(text: string): boolean {
  const [a, b] = text.split('.').map(Number);
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254);
}

/**
 * The cloud metadata service (AWS, Azure, Google, …) has the same link-local address in every
 * network: a report naming it says nothing about ours.
 */
const wellKnownAddresses = new Set(['169.254.169.254', 'fd00:ec2::254']);

/**
 * Unique-local (fc00::/7), link-local (fe80::/10) and the deprecated site-local (fec0::/10) IPv6
 * addresses, and a private IPv4 address mapped into IPv6 (`::ffff:a09:807` is 10.9.8.7): only
 * inside a network.
 */
function isPrivateIpv6(text: string): boolean {
  if (wellKnownAddresses.has(text.toLowerCase())) return false;
  const mapped = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(text);
  if (mapped) {
    const [high, low] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
    return isPrivateIpv4([high >> 8, high & 255, low >> 8, low & 255].join('.'));
  }
  return /^f[cd][0-9a-f]{0,2}:/i.test(text) || /^fe[89a-f][0-9a-f]?:/i.test(text);
}

/**
 * A host and one path segment written the way Kubernetes writes an API group
 * (`traefik.acme.io/v1alpha1`) or an annotation or label key (`vault.acme.io/role: x`,
 * `argocd.acme.io/sync-wave=7`): a version as the segment, or a key's `:` or `=` after it. Any other
 * host and segment on the organisation's domain is a tool's page (`argocd.acme.io/applications`).
 */
function isApiGroupOrKey(text: string, next: string | undefined): boolean {
  const parts = text.split('/');
  if (parts.length !== 2) return false;
  return /^v\d+(?:(?:alpha|beta)\d+)?$/.test(parts[1]) || next === ':' || next === '=' || next === '"' || next === "'";
}

/**
 * The cluster a kubectl, eksctl, gcloud or az command names (`--context payments-prod`,
 * `use-context payments-prod`, `current-context: payments-prod`, `--cluster`, `get-credentials
 * payments-prod`, `update-kubeconfig --name payments-prod`): an internal system's name whatever its
 * words. Not the local tools' own (`minikube`, `kind-kind`, `docker-desktop`), placeholders
 * (`my-cluster`, `<cluster>`, `$CLUSTER`) or an environment's bare name (`prod`, `staging`).
 */
const kubeClusterName = /(?:(?<![\w-])--(?:context|cluster|cluster-name)(?:=|\s+)|\buse-context\s+|\bcurrent-context:\s*|\bget-credentials\s+|\bupdate-kubeconfig\b[^\n]*?--name(?:=|\s+))["']?([A-Za-z][\w.@:/-]*[A-Za-z0-9])/g;
const localOrPlaceholderCluster = /^(?:minikube|kind(?:-[\w-]+)?|docker-desktop|docker-for-desktop|rancher-desktop|orbstack|colima|k3d-[\w-]+|microk8s|default|local|(?:my|your|the|example|sample|test|demo)[-_][\w-]*|cluster(?:[-_]?name)?|context(?:[-_]?name)?|name|prod|production|staging|stage|stg|dev|development|test|qa|uat|preprod)$/i;

/**
 * The host a connection error names (`connecting to ledgercache:6379`, Go's `lookup ledgerdb on`,
 * Node's `ENOTFOUND ledgerdb`, Java's `UnknownHostException: ledgerdb`, libpq's `could not
 * translate host name "ledgerdb"`): a name of one label there is a machine only a resolver inside
 * the network answers for, as in a URL. Not an English word ("connecting to the"), a public name
 * (`redis`), `localhost` or a placeholder.
 */
const hostLabel = String.raw`([A-Za-z][\w-]*[A-Za-z0-9])`;
const connectionErrorHosts = [
  // "connecting to X" is prose too ("connected to wifi"): only a port makes it a host.
  new RegExp(String.raw`\bconnect(?:ing|ed|ion)? to\s+["'\x60]?${hostLabel}(?=:\d{2,5}(?!\d|\.\d))`, 'g'),
  new RegExp(String.raw`\blookup\s+${hostLabel}(?=\s+on\s|:\s)`, 'g'),
  new RegExp(String.raw`\b(?:ENOTFOUND|EAI_AGAIN)\s+${hostLabel}(?![\w.-])`, 'g'),
  new RegExp(String.raw`UnknownHostException:\s+${hostLabel}(?=:|\s|$)`, 'g'),
  new RegExp(String.raw`\btranslate host name\s+"${hostLabel}"`, 'g'),
  // libpq's next line, since the fourteenth probe round: `Is the server running on host "pg-ledger-primary" (10.4.0.12)`.
  new RegExp(String.raw`\bserver running on host\s+"${hostLabel}"`, 'g'),
  new RegExp(String.raw`\b(?:[Cc]ould not|[Cc]ouldn't|[Uu]nable to|[Ff]ailed to) resolve host(?: name)?:?\s+["'\x60]?${hostLabel}(?![\w.-])`, 'g'),
  new RegExp(String.raw`\b[Uu]nknown host:?\s+["'\x60]?${hostLabel}(?![\w.-])`, 'g'),
  // Python's `HTTPConnectionPool(host='ledgerdb', port=8080)`.
  new RegExp(String.raw`ConnectionPool\(host=['"]${hostLabel}['"]`, 'g'),
];

/** A Slack channel as its API writes it in a message (`<#C024BE7LH|inc-ledger>`, `<#C024BE7LH>`): the channel, and its name. */
const slackChannelReference = /<#[CG][A-Z0-9]{6,12}(?:\|[^>\s]*)?>/g;

/** Words of a team's name in a scoped handle (`@acme/sre-oncall`): a GitHub team, not a package. */
const teamHandleWord = /(?:^|[-_])(?:team|teams|squad|oncall|on-call|sre|sres|ops|devops|admins|maintainers|reviewers|owners|approvers|responders|engineers|leads|staff)(?:$|[-_])/i;

/**
 * The label of a full reference link (`[text][label]`) and of a reference definition opening a
 * line (`[label]: https://…`), which the page does not show; not a footnote's (`[^1]`).
 */
const hiddenReferenceLabel = /(?<=\])\[([^\]\[^\n][^\]\[\n]*)\](?![(:\[])|^\s{0,3}\[([^\]\[^\n][^\]\[\n]*)\]:/g;

/** A capitalised word where only a machine stands in prose (see findMatches). */
const machineInProse = /\b(?:(?:[Ii]mages?|[Cc]ontainers?|[Bb]uilds?|[Rr]unners?)\s+(?:on|in)|ssh(?:'d|ed)?\s+(?:in)?to|[Ll]ogged\s+(?:in)?to|[Ll]og\s+in\s+to)\s+(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}_'’-]|\.[\p{L}\p{N}])/gu;

/**
 * The matches of every rule on one line. `post` is all the text of the post the line is in, where
 * a rule needs what the post shows elsewhere (the repositories it links; tool-object-names.ts).
 */
function findMatches(line: string, ready: PreparedOptions, inCodeBlock = false, candidates: readonly PersonCandidate[] = [], post = line): Match[] {
  const options = ready.raw;
  const matches: Match[] = [];
  const add = (rule: RedactionRule, pattern: RegExp, accept: (m: RegExpExecArray) => boolean = () => true) => {
    // Every pattern here is global and shared; `exec` from index 0 instead of `matchAll`, which
    // copies the expression on every call (most of this function's time on a long post). No
    // pattern is used again inside `accept`.
    if (!pattern.global) throw new Error(`redaction pattern ${pattern} must be global`);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      if (m[0] === '') pattern.lastIndex++;
      else if (accept(m)) matches.push({ rule, text: m[0], index: m.index });
    }
    pattern.lastIndex = 0;
  };

  // A direction override shows the letters after it in reverse order ("\u202Eavonavi" reads
  // "ivanova"): no rule can read what it hides.
  add('redact/hidden-text', /[\u202D\u202E][^\u202C\n]*\u202C?/g);
  // `git@github.com:acme/pool.git` is an SSH clone address: `git@` is the code host's shared
  // account (followed by `:` and the repository), no one's mailbox.
  // Not a message's id (`41268990-aa48-4612-bb71-87d3caf8ed2e@googlegroups.com`, in a mailing
  // list archive's link), nor the form of a service account with a placeholder in capitals
  // (`service-PROJECT_NUMBER@gcp-sa-….iam.gserviceaccount.com`): no one's address.
  // An SSH alias of a code host after it (`git@github.com-off-web:org/repo.git`) is the same
  // shared account, and a systemd template unit (`stunnel@off.service`) no address (round 40).
  if (emailAddressCue(line)) add('redact/email', emailAddress, (m) => !(m[0].startsWith('git@') && (line[m.index + m[0].length] === ':' || (codeHostSshUser.test(m[0]) && /^-[\w.-]*:/.test(line.slice(m.index + m[0].length))))) &&
    !isSystemdTemplateUnit(m[0]) &&
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-z]{12,}@/i.test(m[0]) && !/^(?:[\w.+-]*[-_.+])?[A-Z]+(?:_[A-Z]+)*_(?:NUMBER|ID|NAME)(?:[-_.+][\w.+-]*)?@/.test(m[0]) &&
    // The end of an example password with an `@` in it (`https://dan:passw@rd123@example.com`,
    // round 14 of false positives): the address is `example.com`'s, the user `dan`.
    !isExamplePassword(`${/([\w.+-]+)@$/.exec(line.slice(0, m.index))?.[1] ?? ''}@${m[0].split('@')[0]}`) &&
    // The same password percent-encoded in a URL's user-info (`dan:passw%40rd123@example.com`).
    !isExamplePassword(m[0].split('@')[0].replace(/%40/gi, '@')));
  // Spelt out to slip past address harvesters: `hjalmar.q at acme dot example`, the local part
  // spelt out too (`hjalmar dot quist at …`, whose first name a match from "quist" left behind).
  // The last label is a top-level domain and the first is not an article, so "peaked at the dot
  // com" is prose; a placeholder ("user at acme dot com") describes the form of an address, not someone's.
  if (spelledOutAddressCue(line)) add('redact/email', spelledOutAddress);
  // A telephone number: international (`+47 912 34 567`, `+1 (415) 555-0199`), North American
  // (`(415) 555-0199`, `415-555-0142`), or any digits after "phone", "call", "tel:" …. Version
  // numbers, dates and times have other shapes (`1.2.3`, `2025-03-01`, `10:05`).
  add('redact/phone', phoneNumber, (m) => {
    const digits = m[0].replace(/\D/g, '');
    // An address is no number to call: "bridge with host eth1 193.70.55.124" as a page reads it.
    if (/\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/.test(m[0])) return false;
    // A date after "WhatsApp" or "call" ("WhatsApp Incident (2021-10-04)") is when, not a number.
    if (dateShape.test(m[0].trim())) return false;
    // The organisation's own line offered to the reader is public (a status page's "please call
    // us on …"); the sentence is the line's text since its last full stop.
    // Only lower-case words between the offer and the number: "Contact us: Hallvard on …" is his.
    const sentence = line.slice(0, m.index).split(/[.!?](?:\s|$)/).at(-1)!;
    if (ourPublicLine.test(sentence) && !someonesLine.test(sentence) && !someonesLine.test(line.slice(m.index + m[0].length).split(/[.!?](?:\s|$)/)[0])) return false;
    return digits.length >= 7 && digits.length <= 15 && (m[0].startsWith('+') || /[\s().-]/.test(m[0])) && !tollFree.test(digits);
  });
  // Four parts, not after a letter or dot (`v1.2.3.4`, `1.2.3.4.5`) and not right after
  // "version", "release" or "build": those are version numbers. Only addresses in private ranges
  // say something about our network; public ones (a resolver, a provider's anycast address) are
  // public by definition.
  // Since the seventeenth probe round with its IPv6 prefix (`::ffff:10.40.2.7`), which the fix
  // left behind, and in hexadecimal, octal and a URL's shorter forms (address-notations.ts).
  add('redact/ip-address', /(?:(?<![\w:.])::ffff:(?=\d)|(?<![\w.]))(?<!\b(?:[Vv]ersion|[Rr]elease|[Bb]uild|[Ff]irmware|[Pp]atch)s?:?\s+)(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.]*\d)(?:\/(?:3[0-2]|[12]?\d)(?![\w.]))?/gi, (m) => isPrivateIpv4(m[0].replace(/^::ffff:/i, '').replace(/\/\d+$/, '')) && !wellKnownAddresses.has(m[0].replace(/\/\d+$/, '')));
  for (const a of findOtherAddressNotations(line)) matches.push({ rule: 'redact/ip-address', text: a.text, index: a.index, why: a.why });
  if (ipv6AddressCue(line)) add('redact/ip-address', ipv6Address, (m) => isIpv6Address(m[0].replace(/\/\d+$/, '')) && isPrivateIpv6(m[0].replace(/\/\d+$/, '')));
  // Since the tenth probe round: a private range or address in the other notations operators
  // write (`10.40.2.x`, `192.168.*.*`, `172.16/12`, `10-40-2-7` as a peer or a DNS label) and a
  // reverse-lookup name (`7.2.40.10.in-addr.arpa`): each shows the same part of our network.
  if (/\d[.-]\d|\d\.[xX*]/.test(line)) {
    for (const m of allMatches(privateAddressNotation, line)) {
      const text = m[0];
      let parts: string[];
      if (/in-addr\.arpa$/i.test(text)) parts = text.split('.').slice(0, -2).reverse();
      else if (text.includes('/')) parts = text.split('/')[0].split('.');
      else parts = text.split(/[.-]/);
      if (!isPrivateIpv4Prefix(parts)) continue;
      // A dashed run is a date or a version as often (`10-12-2025`): only four parts, each a byte.
      if (/^\d+(?:-\d+){3}$/.test(text) && !parts.every((p) => Number(p) <= 255)) continue;
      matches.push({ rule: 'redact/ip-address', text, index: m.index! });
    }
  }
  // `settings.local.json` is a file whose name holds a suffix, not a host.
  // Nor a Java system property (`user.home`, `catalina.home`), whose last word is a private suffix.
  // Nor a file under `/etc/` (`/etc/rc.local`, `/etc/fail2ban/jail.local`; false positives round 58):
  // local overrides of a system's configuration are named so, and no host is.
  if (ready.internalHost && ready.internalHostCue!.test(line)) add('redact/internal-host', ready.internalHost, (m) => !fileNameEnd.test(m[0]) && !javaHomeProperty.test(m[0]) && !configFileFolder.test(line.slice(0, m.index)));
  // Since adoption round 55: the zone written with its leading dot ("All .homelab.local DNS
  // resolution failed", "NXDOMAIN for .homelab.local"), which the host pattern leaves as the end of
  // a longer name: a homelab's post published its zone 12 times while the next post's
  // `*.homelab.local` was found. Only where the line speaks of resolving names (`.env.local` is a file).
  if (ready.internalZone && ready.internalHostCue!.test(line) && zoneCue.test(line)) add('redact/internal-host', ready.internalZone, (m) => !fileNameEnd.test(m[0]) && !javaHomeProperty.test(m[0]));
  // Most lines say neither word: test for it before scanning for host names.
  // Since the seventh probe round also a host under an `int` label of a domain (`sonarr.int.pgmac.net`,
  // a homelab's services), not the `.int` of international organisations (`who.int`).
  if (/intern|intranet|\.int\./i.test(line)) add('redact/internal-host', internalLabelHost, (m) => m[0].split('.').slice(0, -1).some((label, k) => internalLabel.test(label) || (k > 0 && /^int$/i.test(label))) && !/(?:^|\.)example\.(?:com|net|org)$/i.test(m[0]) && !ready.publicNames.has(m[0].toLowerCase()));
  // A machine's name (a digit or a hyphen in its first label: `ledger-01`, `db7`) under an
  // environment's label (`ledger-01.prod.acme.io`, `db7.stg.acme.com`): a host inside, as
  // `.internal` is; a public CDN names its environments too, but not its machines
  // (`cdn.prod.website-files.com`).
  if (/\.(?:prod|production|stg|staging|preprod|uat|mgmt|infra)\./i.test(line)) add('redact/internal-host', internalLabelHost, (m) => {
    const labels = m[0].toLowerCase().split('.');
    return labels.length >= 4 && /[\d-]/.test(labels[0]) && labels.slice(1, -2).some((label) => environmentLabel.test(label)) && !ready.publicNames.has(m[0].toLowerCase());
  });
  add('redact/internal-host', managedResourceHost, (m) => !placeholderResource.test(m[0]) && !ready.publicNames.has(m[0].toLowerCase()));
  // Since the eleventh probe round: a host in an Active Directory zone under a domain
  // (`dc01.ad.acme.com`): `ad` as a label between the machine and the domain, not Andorra's `.ad`
  // at the end nor an advertiser's first label (`ad.doubleclick.net`).
  if (/\.ad\./i.test(line)) add('redact/internal-host', internalLabelHost, (m) => {
    const labels = m[0].toLowerCase().split('.');
    const at = labels.indexOf('ad', 1);
    return at > 0 && at <= labels.length - 3 && !ready.publicNames.has(m[0].toLowerCase());
  });
  // Since the eighth probe round: a file share's host, as Windows (`\\\\fileserver01\\backups`, the
  // backslashes doubled in Markdown) and NFS (`nas01:/export/data`) write it; only a resolver
  // inside the network answers for a name of one label. Not a drive (`C:/`) or a placeholder.
  if (line.includes('\\\\') || line.includes(':/')) {
    for (const m of allMatches(fileShareHost, line)) {
      const host = m[1] ?? m[2];
      // A Compose volume mapped into a container (`- elasticsearch-backup:/opt/elasticsearch`) is no host.
      if (m[2] && /^\s*-\s+["']?$/.test(line.slice(0, m.index))) continue;
      if (!placeholderHost.test(host) && !ready.publicNames.has(host.toLowerCase()) && !isPublicTerm(host)) matches.push({ rule: 'redact/internal-host', text: host, index: m.index! + m[0].indexOf(host) });
    }
  }
  // A machine named in prose where only a machine stands: what a build or a container runs on
  // ("the ubuntu image on Vader", "the builds in Vader"), what someone logs into ("ssh'd into
  // Tovebox"); a capitalised word that no dictionary, lexicon or list of public names knows (a
  // product is "the image on Docker Hub", "builds on Buildkite").
  if (/\b(?:images?|containers?|builds?|runners?|ssh|logged|log in)/i.test(line)) {
    for (const m of allMatches(machineInProse, line)) {
      const name = m[1];
      if (isEnglishWord(name) || isKnownWord(name) || isKnownFirstName(name) || isPublicTerm(name) || ready.publicNames.has(name.toLowerCase())) continue;
      // A word the post writes as an organisation's or a product's name ("the Copr team", "Copr
      // frontend", a link to packit.dev) or runs as a command (`/packit build`) is that product,
      // which runs builds for its users ("builds in Packit"; round 37 of false positives): a
      // machine has no team, frontend, domain or command.
      if (usedAsOrganisation(name, post) || usedAsOrganisation(name.toLowerCase(), post) || usedAsCommand(name.toLowerCase(), post)) continue;
      matches.push({ rule: 'redact/internal-host', text: name, index: m.index! + m[0].length - name.length });
    }
  }
  add('redact/cloud-account', embeddedCloudAccount, (m) => !/(?:^|[_:])(?:my|your)-|example|placeholder/i.test(m[0]));
  if (clusterServiceHostCue.test(line)) add('redact/internal-host', clusterServiceHost, (m) => !/^kubernetes\.default\.svc$/i.test(m[0]));
  // Since the twenty-third probe round: the same without a port, and a project in a registry's path (unported-internal-hosts.ts).
  for (const h of findUnportedInternalHosts(line, (name) => ready.publicNames.has(name))) matches.push(h);
  // Since the system-name probe round 29: a zoned host with a port, a numbered machine after "host" (own-host-forms.ts).
  for (const h of findOwnHostForms(line)) if (!ready.publicNames.has(h.text.toLowerCase()) && !matches.some((k) => placeHolds(k, h.index))) matches.push(h);
  // Since the twenty-fifth probe round: a project in gcr.io's path or an App Engine host, an unserved app (cloud-project-hosts.ts).
  for (const h of findCloudProjectHosts(line, (name) => ready.publicNames.has(name))) matches.push(h);
  add('redact/internal-host', namespacedServiceUrlHost, (m) => !publicTopLevelDomain.test(m[1].toLowerCase()) && !placeholderHost.test(m[0].split('.')[0]));
  if (line.includes('.office')) add('redact/internal-host', officeNetworkHost, (m) => !ready.publicNames.has(m[0]));
  if (line.includes('.int')) add('redact/internal-host', machineUnderInt, (m) => !ready.publicNames.has(m[0].toLowerCase()));
  // Not the first label of a host a translation broke with spaces (`https://datatracker. ietf. org/`).
  add('redact/internal-host', singleLabelUrlHost, (m) => isSingleLabelHost(m[0]) && !ready.publicNames.has(m[0].toLowerCase()) && !continuesAsSpacedHost(m.input.slice(m.index + m[0].length)));
  if (options.detectShapes !== false && /context|cluster|credentials|kubeconfig/.test(line)) {
    for (const m of allMatches(kubeClusterName, line)) {
      const name = m[1];
      if (localOrPlaceholderCluster.test(name) || ready.publicNames.has(name.toLowerCase()) || /^(?:arn:|gke_)/.test(name)) continue;
      matches.push({ rule: 'redact/identifier', text: name, index: m.index! + m[0].length - name.length, why: 'the name of a Kubernetes cluster or context' });
    }
  }
  if (/connect|lookup|ENOTFOUND|EAI_AGAIN|[Hh]ost/.test(line)) {
    for (const m of connectionErrorHosts.flatMap((pattern) => [...allMatches(pattern, line)])) {
      const host = m[1];
      if (!isSingleLabelHost(host) || isEnglishWord(host) || isOrdinaryWord(host) || isPublicTerm(host) || ready.publicNames.has(host.toLowerCase())) continue;
      // The host's own place: some of the patterns end on its closing quote (`translate host name "ledgerdb"`).
      matches.push({ rule: 'redact/internal-host', text: host, index: m.index! + m[0].lastIndexOf(host), why: 'a host named by a connection error' });
    }
  }
  if (options.detectShapes !== false && line.includes('<#')) add('redact/channel', slackChannelReference);
  if (/schedule|rotation|rota|escalation/i.test(line)) {
    for (const pattern of [onCallScheduleAfter, onCallScheduleBefore]) {
      for (const m of allMatches(pattern, line)) {
        const name = m[2];
        if (ready.publicNames.has(name.toLowerCase())) continue;
        // The name without its quotes, which an allow marker cannot quote.
        matches.push({ rule: 'redact/internal-name', text: name, index: m.index! + m[0].indexOf(m[1] + name) + 1 });
      }
    }
  }
  // A chat or meeting app's own link (`slack://channel?team=T…&id=C…`, `msteams:/l/…`,
  // `zoommtg://…?confno=…`) opens a workspace's channel or meeting only its members reach (since
  // the twenty-second probe round).
  add('redact/internal-link', chatAppLink);
  // A backtick ends a link: `http://db1.corp/x` in a code span is the link without the span's end.
  add('redact/internal-link', /https?:\/\/[^\s)<>"'\]\x60]*[^\s)<>"'\].,;:!?\x60]/g, (m) => {
    let host = '';
    try {
      host = new URL(m[0]).hostname;
    } catch {
      return false;
    }
    if (ready.publicNames.has(m[0].toLowerCase())) return false;
    // A team's page on GitHub (`github.com/orgs/acme/teams/sre-oncall`) only its organisation's members see.
    if (/^(?:www\.)?github\.com$/i.test(host) && /^https?:\/\/[^/]+\/orgs\/[^/]+\/teams\/[^/?#]/i.test(m[0])) return true;
    // The organisation's own repositories on a public code host: private unless listed as public.
    const owner = /^(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)$/i.test(host) ? m[0].split('/')[3]?.toLowerCase() : undefined;
    if (owner && ready.orgScopes.has(owner)) return !ready.publicNames.has(`${host}/${owner}/${m[0].split('/')[4] ?? ''}`.toLowerCase());
    // An organisation or repository whose name says it is not public (`acme-internal/runbooks`,
    // `acme/runbooks-private`): a reader gets a 404, and the name tells them about our systems.
    if (owner && [owner, m[0].split('/')[4] ?? ''].some((segment) => privateRepositoryName.test(segment)) && !ready.publicNames.has(`${host}/${owner}/${m[0].split('/')[4] ?? ''}`.toLowerCase())) return true;
    // The organisation's own tenant of a SaaS tool, by host label or workspace path segment.
    if (isOrgTenantHost(host, ready.orgScopes)) return true;
    if (workspaceInPath.test(host) && ready.orgScopes.has(m[0].split('/')[3]?.toLowerCase() ?? '')) return true;
    // wiki.acme.com, grafana.acme.com: a tool on the organisation's own domain.
    const ownTool = /^(?:wiki|confluence|jenkins|ci|gitlab|git|gerrit|review|argo|argocd|vault|prometheus|alertmanager)\./i.test(host) && ready.orgScopes.has(host.split('.').at(-2)?.toLowerCase() ?? '');
    // http://grafana:3000/d/x: a host of one label is inside a network; not the user of
    // `https://token:<PAT>@github.com`, where the link stopped at the placeholder.
    if (isSingleLabelHost(host) && !ready.publicNames.has(host) && !/^[^\s/]*@/.test(line.slice(m.index + m[0].length)) && !continuesAsSpacedHost(line.slice(m.index + m[0].length))) return true;
    return ownTool || internalToolPages.test(m[0]) || (internalToolHosts.some((pattern) => pattern.test(host)) && !isToolFrontDoor(m[0]) && !vendorPublicSite.test(host) && !placeholderTenant.test(host) && !isVendorPublication(new URL(m[0])) && !isToolProjectSite(host) && !isPublicProjectTracker(host, ready.orgScopes) && !isVendorGuideSite(host)) ||
      [...options.internalDomains, ...reservedInternalDomains].some((d) => isHostUnderSuffix(host, d));
  });
  // A machine named by a link's query or fragment (`#var-host=pg-ledger-primary`; fifteenth probe
  // round), unless the link is a finding already (its fix takes the whole link).
  for (const h of findHostParameters(line)) {
    const inLink = matches.some((k) => k.rule === 'redact/internal-link' && k.index <= h.index && k.index + k.text.length >= h.index + h.text.length);
    if (!inLink && !ready.publicNames.has(h.text.toLowerCase())) matches.push({ rule: 'redact/internal-host', ...h });
  }
  // Since the sixteenth probe round (machine-records.ts): a reverse lookup's machine, a machine
  // named beside its private address, a punycode look-alike of a private host, and a system no
  // list knows named with its version as it acts ("Vexmor 2.1 restarted").
  const privateHost = (host: string) => [...options.internalDomains, ...reservedInternalDomains].some((d) => isHostUnderSuffix(host, d));
  for (const r of findMachineRecords(line, privateHost, (word) => ready.publicNames.has(word))) matches.push({ rule: r.rule, text: r.text, index: r.index, why: r.why });
  if (toolLinkCue.test(line)) add('redact/internal-link', schemelessToolLink, (m) => !vendorPublicSite.test(m[0]) && !isVendorGuideSite(m[0].split('/')[0]) && !placeholderTenant.test(m[0]) && !ready.publicNames.has(m[0].split('/')[0].toLowerCase()));
  // A host and a version, or a host and one segment before `:` or `=`, is how Kubernetes writes an
  // API group or an annotation's key (`traefik.containo.us/v1alpha1`, `argocd.argoproj.io/sync-wave:`),
  // not a page of a tool (since the fifth probe round `argocd.acme.io/applications` is one).
  if (ready.orgScopes.size) add('redact/internal-link', schemelessSelfHostedTool, (m) => ready.orgScopes.has(m[0].split('/')[0].split('.').at(-2)?.toLowerCase() ?? '') && !isApiGroupOrKey(m[0], line[m.index + m[0].length]) && !publicPageHost.test(m[0]) && !ready.publicNames.has(m[0].split('/')[0].toLowerCase()) && !ready.publicNames.has(m[0].toLowerCase()));
  // Since the eleventh probe round: a host on the organisation's own domain that its first label
  // or a label under the domain says is inside (`admin.acme.io`, `metrics.ops.acme.io`,
  // `console.ops.acme.com`), with or without `https://`, when the organisation is configured; not
  // where a link found above holds it already, nor an API group or annotation key
  // (`vault.acme.io/v1beta1`, `argocd.acme.io/sync-wave:`).
  if (ready.orgScopes.size) add('redact/internal-host', internalLabelHost, (m) => ownInternalHost(m[0], ready.orgScopes) && !ready.publicNames.has(m[0].toLowerCase()) &&
    !matches.some((k) => placeHolds(k, m.index)) && !/^\/(?:v\d+(?:(?:alpha|beta)\d+)?\b|[\w.-]+["']?\s*[:=])/.test(line.slice(m.index + m[0].length)));
  // The same repositories and images without `https://`: `github.com/acme-internal/runbooks`, a
  // clone URL `git@github.com:acme-internal/runbooks.git`, `ghcr.io/acme-internal/pool:1.2`.
  if (repositoryHostCue(line)) add('redact/internal-link', privateRepositoryReference, (m) => [m[1], m[2]].some((segment) => privateRepositoryName.test(segment)) && !ready.publicNames.has(`${m[0].replace(/^git@|^(?:www\.)?/, '').replace(':', '/')}`.toLowerCase()));
  // `acme/payroll-tools#7`: an issue or pull request of the organisation's own repository, as code
  // hosts link it; a public repository is listed as `github.com/acme/<repo>` in publicNames.
  // Only the organisation's own repositories are: none without its scopes.
  if (ready.orgScopes.size && line.includes('#')) add('redact/internal-link', repositoryIssue, (m) =>
    ready.orgScopes.has(m[1].toLowerCase()) && !ready.publicNames.has(`github.com/${m[1]}/${m[2]}`.toLowerCase()));
  // `@alice`, `@acme/payments`; a scoped npm package (`@astrojs/mdx`) is public unless its scope is ours.
  // A handle with dots is one (`@jane.doe`): cut at the first dot, the fix left ".doe" on the page.
  add('redact/handle', /(?<![\w.@/+-])@[A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*[A-Za-z0-9])*(?:\/[A-Za-z0-9_.-]*[A-Za-z0-9_-])?/g, (m) => {
    if (ready.publicNames.has(m[0].toLowerCase())) return false;
    // A key of structured data in quotes (`'@type': /cosmos.evidence…`, JSON-LD's `"@context":`)
    // is a field's name, not a mention.
    if (/["']$/.test(line.slice(0, m.index)) && /^["']\s*:/.test(line.slice(m.index + m[0].length))) return false;
    // An instance variable given its value, as an object dump prints it (`#<Result @body=nil,
    // @code=0>`): `@body=` is no mention. Read as handles, the log excerpt was withheld and the
    // words "body", "code", "data" counted as leaks all over the public site (session 31).
    if (/^=(?!=)/.test(line.slice(m.index + m[0].length))) return false;
    // `@here` and a mail domain (`@schullogin.de`) are no one's handle (round 34 of false positives, mention-words.ts).
    if (isBroadcastMention(m[0]) || isMailDomainMention(m[0], line)) return false;
    // A code annotation with its arguments (`@GrabConfig(disableChecksums=true)`; round 40, mention-words.ts).
    if (isCodeAnnotation(m[0], line.slice(m.index + m[0].length))) return false;
    // A file a command reads (`KEY=@ca.crt.pem`, `-d @body.json`; adoption round 62, mention-words.ts).
    if (isFileArgument(m[0], line.slice(Math.max(0, m.index - 40), m.index))) return false;
    const [scope, name] = m[0].slice(1).split('/');
    // A scope whose name says it is not public (`@acme-internal/pool-client`) is a private registry's.
    return name === undefined || ready.orgScopes.has(scope.toLowerCase()) || privateRepositoryName.test(scope) || teamHandleWord.test(name);
  });
  // A mention written as a full name, as Slack, Teams and Google Docs write it ("Confirm with
  // @Vexmor Qalandri"): the surname after a capitalised handle is part of it, or the fix of "@Vexmor"
  // leaves "Qalandri" on the page (found on a built site in the seventh probe round). Not a word a
  // lexicon knows as a common word or a public name ("@Tove Please", "@Tove Grafana").
  if (line.includes('@')) {
    for (const m of allMatches(mentionWithSurname, line)) {
      const handle = matches.find((k) => k.rule === 'redact/handle' && k.index === m.index && k.text === `@${m[1]}`);
      if (handle && !isOrdinaryWord(m[2]) && !isPublicTerm(m[2]) && !ready.publicNames.has(m[2].toLowerCase())) handle.text = m[0];
    }
  }
  // A setting's value that names something in words (`token: home_assistant`; round 22, setting-name-values.ts).
  // The settings' patterns only on a line with a key word (secretSettingCue).
  const settingCue = secretSettingCue.test(line);
  for (const pattern of secretPatterns) if (settingCue || (pattern !== secretSettingAssigned && pattern !== secretSettingAfterColon)) add('redact/secret', pattern, (m) => !isNameOfWordsSetting(m[0]) && !isMaskedSetting(m[0]) && !isSettingReadFromElsewhere(m[0]));
  // Exactly 40 hex digits is a git commit id (tokens of that shape were retired in 2021).
  // A line of `sha256sum` or `md5sum` output (the digest, two spaces or ` *`, the file) is a checksum.
  add('redact/secret', hexRun, (m) => m[0].length !== 40 && !digestContext.test(line.slice(0, m.index)) && !digestElsewhereOnLine(line, m[0]) && !isStoredFileDigest(line, m.index, m[0].length) && !isEmbeddedImageAddress(line, m.index, m[0].length) &&
    !(/^[\s#>$]*$/.test(line.slice(0, m.index)) && /^(?: \*| {2})[\w./-]+\s*$/.test(line.slice(m.index + m[0].length))));
  add('redact/secret', prefixedKeyHex, (m) => {
    const before = line.slice(0, m.index);
    return keyHexCue.test(before) && !publicKeyBefore.test(before) && !digestContext.test(before) && !/:\/\/[^\s]*$/.test(before);
  });
  // Key material: a long mixed run in one path segment (a URL path of short segments is not one).
  // Matched from a run's start only, as the first match always started (the search never begins
  // inside a run): the same matches without trying each later character of every shorter run.
  add('redact/secret', encodedKeyRun, (m) =>
    looksLikeEncodedSecret(m[0]) && m[0].split('/').some((segment) => looksLikeEncodedSecret(segment)) && !/:\/\/[^\s]*$/.test(line.slice(0, m.index)) &&
    // A function named in words (`Curl_sasl_create_digest_md5_message`; round 14 of false positives).
    !isNameOfWords(m[0]) &&
    // A disk's `/dev/disk/by-id` name, its maker, model and serial (round 40b, disk-device-ids.ts).
    !isDiskDeviceId(m[0]) &&
    // An SSH public key after its type (round 44, ssh-public-keys.ts).
    !isSshPublicKey(line, m.index, m[0]) &&
    // An Ethereum address in its checksummed mixed case (`0xFEB4…Ff52`, 20 bytes; round 45 of false
    // positives): an account's public address, which chain reports name as they name transactions.
    // A 32-byte `0x` run is read by `prefixedKeyHex`, which a key's name before it makes a secret.
    !/^0x(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$/.test(m[0]));
  // A passphrase of words given as a password's value (sixteenth probe round; passphrase-values.ts).
  for (const p of findPassphraseValues(line)) if (!matches.some((k) => k.rule === 'redact/secret' && k.index <= p.index && k.index + k.text.length >= p.index + p.text.length)) matches.push({ rule: 'redact/secret', ...p });
  // Another organisation's page named in the same words (`crates.io/docs/trusted-publishing`; round 16).
  const linkIsInternal = (start: number, end: number) => matches.some((k) => (k.rule === 'redact/internal-link' || k.rule === 'redact/internal-host') && k.index < end && start < k.index + k.text.length);
  if (ready.serviceIds) add('redact/service-id', ready.serviceIds, (m) => !isPageOfOtherSite(line, m.index, m[0], ready.orgScopes, linkIsInternal));
  for (const m of findKnownNames(line, ready.people, options.listedWordsAlone !== false, post)) {
    matches.push({ rule: 'redact/person', text: m.text, index: m.index, why: `a known name (${m.entry.origin})` });
  }
  const shapes = new Set(['redact/identifier', 'redact/channel', 'redact/ticket']);
  for (const m of findInternalSystems(line, { internalNamePattern: ready.internalNames, publicNames: ready.publicNames, discoveredIdentifiers: ready.discoveredIdentifiers, shapes: options.detectShapes !== false }, inCodeBlock)) {
    if (options.detectShapes === false && shapes.has(m.rule)) continue;
    if (m.rule === 'redact/internal-name' && isPageOfOtherSite(line, m.index, m.text, ready.orgScopes, linkIsInternal)) continue;
    // An SSH key's type (`ssh-ed25519`) and a public repository named as its link does (round 44).
    if (m.rule === 'redact/identifier' && (isSshKeyType(m.text) || isRepositoryOfLinkOnLine(line, m.index, m.text))) continue;
    // A public site's section named as its own link's words (`[… NemLog-in](https://www.…/nemlog-in/…)`; round 46, other-sites.ts).
    if (m.rule === 'redact/identifier' && isSectionOfOwnLinkedPage(line, m.index, m.text, ready.orgScopes, linkIsInternal)) continue;
    // A range of measures after a number ("~500 ms–5 s"; round 56, identifier-context.ts).
    if (m.rule === 'redact/identifier' && isRangeOfMeasures(line, m.index, m.text)) continue;
    // An acronym made an adjective ("R2-backed", "S3-compatible"; round 56, identifier-context.ts).
    if (m.rule === 'redact/identifier' && isAcronymAdjective(m.text)) continue;
    matches.push({ rule: m.rule, text: m.text, index: m.index });
  }
  // Systems named by their kind, a post's code names and listed names inside longer identifiers
  // (system-name probe round 17; named-systems.ts). The identifier rule's finding of the same
  // text is the same place.
  const searchable = () => searchableInternalNames([...(options.internalNames ?? []), ...(options.configuredInternalNames ?? [])], options.publicNames ?? [], options.configuredInternalNames);
  const systemNames = findSystemNamesOnLine(line, options, searchable, ready.publicNames, ready.orgScopes);
  // Since the system-name probe round 29: objects in the organisation's tools, and identifiers
  // that hold its name (tool-object-names.ts).
  if (options.detectShapes !== false) {
    const isPublicName = (name: string) => ready.publicNames.has(name.toLowerCase());
    // A network tool's whole host replaces an identifier another rule found inside it (dig's
    // `(ns-int-1.fra2)` was found as `ns-int`; probe round 57, network-tool-hosts.ts).
    const networkHosts = findNetworkToolHosts(line, isPublicName);
    for (const m of networkHosts) {
      for (let i = matches.length - 1; i >= 0; i--) if (matches[i].rule === 'redact/identifier' && m.index <= matches[i].index && matches[i].index + matches[i].text.length <= m.index + m.text.length) matches.splice(i, 1);
    }
    for (const m of [...findToolObjectNames(line, isPublicName, ready.orgScopes), ...findOrganisationIdentifiers(line, post, isPublicName, ready.orgScopes), ...findWorkloadNames(line, (name) => isPublicName(name) || isShownPublicProject(name, shownPublicProjects(post, ready.orgScopes)), ready.orgScopes), ...findBoardTitles(line, isPublicName), ...findSystemsRowNames(line, isPublicName), ...findReverseDomainNames(line, isPublicName, ready.orgScopes), ...findChatAndPagingIds(line), ...findCloudResourceNames(line, isPublicName), ...findDatabaseHostNames(line, isPublicName), ...findTwoPartServiceHosts(line, isPublicName), ...findCodeNameServiceHosts(line, isPublicName), ...findAppositiveMachines(line, isPublicName), ...findCodeSpanMachineNames(line, inCodeBlock, isPublicName), ...findLogLineHosts(line, isPublicName), ...findMachinesOnLine(line, isPublicName), ...findOtherLanguageSystemNouns(line, isPublicName), ...findOtherLanguageMachineWords(line, isPublicName), ...findCjkInternalSystemNames(line, isPublicName), ...findTerraformAddressNames(line, isPublicName), ...findSettingsHostValues(line, isPublicName), ...networkHosts, ...findLinkTitleHosts(line, isPublicName)]) {
      // A place another rule found already keeps that rule's finding (round 9's `kubectl -n ledgerd-prod`).
      const overlaps = (k: { index: number; text: string }) => k.index < m.index + m.text.length && m.index < k.index + k.text.length;
      if (!systemNames.some(overlaps) && !matches.some(overlaps)) systemNames.push(m);
    }
  }
  for (const m of systemNames) {
    if (m.rule !== 'redact/internal-link' && isPageOfOtherSite(line, m.index, m.text, ready.orgScopes, linkIsInternal)) continue;
    // A mailing list whose public archive the post links (`bitcoin-dev`; round 44, public-list-archives.ts).
    if (m.rule === 'redact/internal-name' && isListWithPublicArchive(m.text, post, options.internalDomains)) continue;
    // A word the post gives another organisation ("Euler Finance … the Euler incident"; round 46,
    // named-systems.ts), as a post's code names have been since round 45.
    if (m.rule === 'redact/internal-name' && /^\p{L}+$/u.test(m.text) && isOrganisationNamedInText(m.text, post)) continue;
    for (let i = matches.length - 1; i >= 0; i--) if (matches[i].rule === 'redact/identifier' && matches[i].index === m.index && matches[i].text.length === m.text.length) matches.splice(i, 1);
    matches.push(m);
  }
  // A name the team configured, as a part of any longer identifier, English word or not
  // (listed-names round 26; configured-name-parts.ts). Smaller findings inside it are the same place.
  for (const m of findConfiguredNameParts(line, ready.configuredNameParts, ready.publicNames)) {
    const end = m.index + m.text.length;
    if (matches.some((k) => k.index <= m.index && end <= k.index + k.text.length)) continue;
    if (isPageOfOtherSite(line, m.index, m.text, ready.orgScopes, linkIsInternal)) continue;
    for (let i = matches.length - 1; i >= 0; i--) if (m.index <= matches[i].index && matches[i].index + matches[i].text.length <= end) matches.splice(i, 1);
    matches.push({ rule: 'redact/internal-name', text: m.text, index: m.index, why: 'a configured internal name inside an identifier' });
  }
  if (options.detectUnlistedPeople !== false) {
    // A personal profile: a GitHub or GitLab user (one path segment: a repository has two), a
    // LinkedIn member, an X or Twitter account. An organisation of ours or a public name is not
    // one, nor a segment that reads as an organisation ("bottlerocket-os", "kubernetes-sigs").
    add('redact/person', profileUrl, (m) => {
      const [, host, handle] = m;
      if (/linkedin/i.test(host)) return true;
      const lower = handle.toLowerCase();
      if (ready.orgScopes.has(lower) || ready.publicNames.has(lower) || codeHostPages.has(lower) || isPublicTerm(lower)) return false;
      if (isSigningTeamAccount(handle, post)) return false;
      if (/github|gitlab|codeberg|bitbucket/i.test(host) && isProjectAccountNamedOnLine(line, m.index! + m[0].indexOf(handle, host.length), handle, looksLikePersonalHandle, isKnownFirstName)) return false;
      return !lower.split(/[-_.\d]+/).some((part) => isOrganisationWord(part) || isPublicTerm(part));
    });
  }
  if (options.detectUnlistedPeople !== false && options.mentionedHandles?.size && line.includes('/')) {
    // A handle the post mentions as a person's owning a repository, or naming a linked file.
    const mentioned = options.mentionedHandles;
    for (const m of allMatches(codeHostOwner, line)) {
      if (mentioned.has(m[1].toLowerCase())) matches.push({ rule: 'redact/possible-person', text: m[1], index: m.index! + m[0].length - m[1].length, why: 'the owner of a repository, mentioned as a person in this post' });
    }
    const targets = [...allMatches(linkInLine, line)].map((k) => ({ at: k.index!, path: k[0] }));
    for (const k of allMatches(relativeTarget, line)) targets.push({ at: k.index! + k[0].length - (k[1] ?? k[2]).length, path: k[1] ?? k[2] });
    for (const { at, path } of targets) {
      const file = /[^/]*$/.exec(path.replace(/[?#].*$/, ''))![0];
      const fileAt = at + path.replace(/[?#].*$/, '').length - file.length;
      for (const part of allMatches(/[A-Za-z][A-Za-z0-9]*/g, file)) {
        if (!mentioned.has(part[0].toLowerCase())) continue;
        const index = fileAt + part.index!;
        if (!matches.some((k) => k.index === index)) matches.push({ rule: 'redact/possible-person', text: part[0], index, why: 'a file named after a handle mentioned as a person in this post' });
      }
    }
  }
  if (options.detectUnlistedPeople !== false && /github|gitlab|codeberg|bitbucket|huggingface/.test(line)) {
    // Since the tenth probe round: a repository under an account that reads as a person's handle
    // (`github.com/jkowalczyk/…`, `gitlab.com/marta91/…`: initials and a surname, a first name with
    // digits or an initial, first and last name), as an image's namespace is judged; organisations
    // are not named so (`kubernetes`, `bitnami`, `openfoodfacts`).
    for (const m of allMatches(codeHostOwner, line)) {
      const owner = m[1];
      if (ready.orgScopes.has(owner.toLowerCase()) || ready.publicNames.has(owner.toLowerCase()) || options.mentionedHandles?.has(owner.toLowerCase()) || codeHostPages.has(owner.toLowerCase())) continue;
      if (owner.toLowerCase().split(/[-_.\d]+/).some((part) => isOrganisationWord(part) || isPublicTerm(part))) continue;
      if (isProjectOwnAccount(line, m.index! + m[0].length, owner)) continue;
      const why = looksLikePersonalHandle(owner) ? "the owner of a repository, an account that reads as a person's"
        // Since probe round 49: a coined account no word, organisation's kind, repository of its name or site of the post explains.
        // A handle the scan found as someone's elsewhere is left to that rule, which says so ("redact/person").
        : !isDiscoveredName(owner, options.discoveredNames) && isCoinedRepositoryOwner(owner, /^\/([\w.-]+)/.exec(line.slice(m.index! + m[0].length))?.[1] ?? '', post) ? coinedOwnerReason : undefined;
      if (!why) continue;
      matches.push({ rule: 'redact/possible-person', text: owner, index: m.index! + m[0].length - owner.length, why });
      // The same `owner/repository` written without the host on the line, as a link's text gives it ("[quillonbrask/tool](…)").
      for (const bare of allMatches(new RegExp(String.raw`(?<![\w./@:-])${escapeRegExp(owner)}(?=\/[\w.-])`, 'g'), line)) {
        if (!matches.some((k) => k.index === bare.index)) matches.push({ rule: 'redact/possible-person', text: owner, index: bare.index!, why });
      }
    }
  }
  if (options.detectUnlistedPeople !== false && line.includes('#')) {
    // Since the eleventh probe round: `jkowalczyk/pg-failover-scripts#12`, an issue or pull request
    // written as code hosts link it without the host, under an account that reads as a person's
    // handle or that the post mentions (`@hbrekke`); organisations' (`kubernetes/kubernetes#123`) are not.
    for (const m of allMatches(/(?<![\w./@#-])([A-Za-z0-9][\w.-]*[A-Za-z0-9])\/([\w.-]+)#\d+(?![\w-])/g, line)) {
      const owner = m[1];
      const lower = owner.toLowerCase();
      if (ready.orgScopes.has(lower) || ready.publicNames.has(lower) || codeHostPages.has(lower) || lower.split(/[-_.\d]+/).some((part) => isOrganisationWord(part) || isPublicTerm(part))) continue;
      if (options.mentionedHandles?.has(lower) || looksLikePersonalHandle(owner) || (!isDiscoveredName(owner, options.discoveredNames) && isCoinedRepositoryOwner(owner, m[2], post))) matches.push({ rule: 'redact/possible-person', text: owner, index: m.index!, why: "the owner of a repository whose issue is named, an account that reads as a person's" });
    }
  }
  if (options.detectUnlistedPeople !== false && line.includes('gist.github')) {
    for (const m of allMatches(gistOwner, line)) {
      const owner = m[1];
      if (notAnAccount.test(owner) || ready.publicNames.has(owner.toLowerCase())) continue;
      matches.push({ rule: 'redact/person', text: owner, index: m.index! + m[0].length - owner.length, why: "the owner of a gist, which is always a person's account" });
    }
  }
  if (options.detectUnlistedPeople !== false) {
    add('redact/possible-person', userPagePath, (m) => {
      const account = m[1] ?? m[2] ?? m[3];
      const words = account.split(/[-_.]+/);
      // A folder of a repository's file view (`…/blob/<ref>/warehouse/accounts/forms.py`; round 24,
      // repository-file-paths.ts) is no profile page.
      if (isInRepositoryFileView(line, m.index!)) return false;
      // A listed person's account, the name's part spelt without its accents (`hachyderm.io/@nova/…`
      // of "Kris Nóva"): an English word, so read as no one's, it was published in three posts'
      // links (adoption round 50).
      if (m[3] !== undefined && ready.accountSpellingsOfListedParts.has(account.toLowerCase()) && !ready.publicNames.has(account.toLowerCase())) return true;
      if (notAnAccount.test(account) || ready.publicNames.has(account.toLowerCase()) || isPublicTerm(account)) return false;
      // A name of two parts or more that reads as an organisation's, as on a code host
      // (`hackmd.io/@jenkins-infra/…`, `medium.com/@acme-engineering`).
      if (words.length > 1 && words.some((w) => organisationWords.has(w.toLowerCase()))) return false;
      // One word with an organisation's word run on (`/@ethpandaops`; round 44 of false positives).
      if (words.length === 1 && hasOrganisationWordRunOn(account)) return false;
      // The site's own account and a company's (`hachyderm.io/@hachyderm`, `/@tailscale`; round 25,
      // organisation-profile-pages.ts).
      if (m[3] !== undefined && isOrganisationProfilePage(line, m.index!, account)) return false;
      return !words.every((w) => isOrdinaryWord(w) || isEnglishWord(w) || /^\d*$/.test(w));
    });
  }
  if (options.detectUnlistedPeople !== false && /\/(?:people|team|staff|employees?|authors?|person|directory)\//i.test(line)) {
    // Since the tenth probe round: a page of a directory of people (`/people/hallvard-brekke`,
    // `/staff/maria.gonzalez`, `/employees/kbirkeland`, a blog's `/author/kasimir-vandrusk/`): a name
    // of two name-like parts, or under `staff`/`employees` any personal account. One short part
    // alone (`/um/people/mbj`, a researcher's page a published report links) is not read.
    for (const m of allMatches(directoryPage, line)) {
      const [, kind, slug] = m;
      const parts = slug.split(/[-_.]/).filter(Boolean);
      const namePart = (w: string) => /^\p{L}{2,}$/u.test(w) && !isPublicTerm(w) && (isKnownFirstName(w[0].toUpperCase() + w.slice(1)) || (!isEnglishWord(w) && !isOrdinaryWord(w[0].toUpperCase() + w.slice(1))));
      const twoNames = parts.length >= 2 && parts.length <= 3 && parts.every(namePart) && parts.some((w) => !isEnglishWord(w));
      const staff = /^(?:staff|employees?)$/i.test(kind) && personalAccount(slug) && !notAnAccount.test(slug);
      if ((twoNames || staff) && !ready.publicNames.has(slug.toLowerCase())) matches.push({ rule: 'redact/possible-person', text: slug, index: m.index! + m[0].length - slug.length, severity: 'error', why: 'a page of a directory of people' });
    }
  }
  // Since probe round 44: a mentioned handle that is an English word, bare where a person acts (word-handles-bare.ts).
  if (options.detectUnlistedPeople !== false && post.includes('@')) for (const m of findBareWordHandles(line, post)) matches.push({ ...m, severity: 'error' });
  if (options.detectUnlistedPeople !== false && options.mentionedHandles?.size) {
    // Since the tenth probe round: a handle the post mentions (`@dchen`) written bare elsewhere in
    // it ("dchen confirms the replica caught up"), as a word on its own: not inside a host, a path
    // or a longer name, where the homelab owner's handle names his domain (`links.pgmac.net.au`).
    for (const m of allMatches(bareWord, line)) {
      if (!options.mentionedHandles.has(m[0].toLowerCase()) || line[m.index! - 1] === '@') continue;
      matches.push({ rule: 'redact/possible-person', text: m[0], index: m.index!, severity: 'error', why: handleMentionedWhy });
    }
  }
  if (options.detectUnlistedPeople !== false && (line.includes('://') || line.includes('](') || line.includes('src='))) {
    // A full name in a link's path (`…/display/ENG/sarah-qalandri-notes`): a first name that is
    // nothing else before a word no dictionary or list knows. Not on LinkedIn, whose article
    // addresses carry their author's name (`linkedin.com/pulse/<title>-<author>`). Since the
    // eighth probe round also in a relative link or image (`./sarah-qalandri-dashboard.png`),
    // whose name the site keeps.
    const paths: { at: number; path: string }[] = [];
    for (const link of allMatches(linkInLine, line)) {
      const host = /^[a-z][a-z0-9+.-]*:\/\/[^/\s]*/i.exec(link[0])![0];
      if (!/linkedin\.com/i.test(host)) paths.push({ at: link.index! + host.length, path: link[0].slice(host.length) });
    }
    for (const target of allMatches(relativeTarget, line)) {
      const path = target[1] ?? target[2];
      paths.push({ at: target.index! + target[0].length - path.length, path });
    }
    for (const { at, path } of paths) {
      const rest = `/${path.replace(/[?#].*$/, '')}`;
      for (const pair of allMatches(nameInPath, rest)) {
        const [first, surname] = [pair[1], pair[2]].map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
        if (!isKnownFirstName(first) || isEnglishWord(first) || isOrdinaryWord(first) || isPublicTerm(first)) continue;
        // A word without a vowel is an abbreviation (`hal-nfs-export`: a NAS and its protocol).
        if (!/[aeiouy]/i.test(surname) || isEnglishWord(surname) || isKnownWord(surname) || isPublicTerm(surname) || ready.publicNames.has(pair[0].toLowerCase())) continue;
        if (matches.some((k) => k.index === at + pair.index! - 1)) continue;
        matches.push({ rule: 'redact/possible-person', text: pair[0], index: at + pair.index! - 1, severity: 'error', why: 'a full name in a link\'s path' });
      }
    }
  }
  // Since adoption round 51: a listed full name run together in an address's path, on any site
  // (`ko-fi.com/krisnovalive`, a donation page the profile hosts above do not know).
  for (const m of findListedNamesRunTogetherInLinks(line, ready.runTogetherListedNames)) {
    if (matches.some((k) => k.index <= m.index && m.index < k.index + k.text.length)) continue;
    matches.push({ rule: 'redact/person', text: m.text, index: m.index, why: "a listed person's full name run together in a link's address" });
  }
  // Since probe round 52: a listed full name run together as a site's domain (`franzodeger.org`).
  for (const m of findListedNamesAsSiteHosts(line, ready.runTogetherListedNames)) {
    if (matches.some((k) => k.index <= m.index && m.index < k.index + k.text.length)) continue;
    matches.push({ rule: 'redact/person', text: m.text, index: m.index, why: "a listed person's full name run together as a site's domain" });
  }
  if (options.detectUnlistedPeople !== false && line.includes('#')) {
    // Since probe round 46: an anchor of a section of the page opening with a given name and
    // nothing else ("[the recovery process](#jakub-building-auto-update-recovery)"): the anchor is
    // made from a heading about what someone did, and the page's address bar shows it.
    for (const m of allMatches(givenNameAnchor, line)) {
      const first = m[1].charAt(0).toUpperCase() + m[1].slice(1);
      if (!isKnownFirstName(first) || isEnglishWord(m[1]) || isOrdinaryWord(first) || isOrdinaryWord(m[1]) || isPublicTerm(m[1]) || ready.publicNames.has(m[1])) continue;
      const index = m.index! + m[0].indexOf('#') + 1;
      if (!matches.some((k) => k.index === index)) matches.push({ rule: 'redact/possible-person', text: m[1], index, severity: 'error', why: "a given name opening a section's anchor" });
    }
  }
  if (options.detectUnlistedPeople !== false && line.includes('=')) {
    add('redact/person', personQueryParameter, (m) => {
      // a malformed escape: judge the value as written
      const value = decodedUriComponent(m[0]) ?? m[0];
      // An encoded address as the value (a sharer's `?u=https%3A%2F%2F…`) names a page, no one.
      return /\p{L}/u.test(value) && !/[/:]/.test(value) && personalAccount(value.replace(/@.*$/, '')) && !ready.publicNames.has(value.toLowerCase()) && !isPublicTerm(value);
    });
  }
  if (options.detectUnlistedPeople !== false && line.includes('[^')) {
    // A footnote label is in the page's source (`id="user-content-fn-jenny"`), where a name is
    // written in lower case: a part that is a first name and nothing else, or a name this post
    // gives someone, in any letter case.
    for (const m of allMatches(footnoteLabel, line)) {
      let offset = m.index! + 2;
      for (const part of m[1].split(/([-_.\d]+)/)) {
        const word = part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
        const discovered = [...(options.discoveredNames?.keys() ?? [])].some((name) => name.toLowerCase() === part.toLowerCase());
        // Since the nineteenth probe round also a given name of another language (`[^jorunn]`).
        const firstName = part.length >= 3 && (isKnownFirstName(word) || isOtherLanguageGivenName(word)) && !isOrdinaryWord(word) && !isEnglishWord(word) && !isPublicTerm(word);
        if ((discovered || firstName) && !ready.publicNames.has(part.toLowerCase())) {
          matches.push({ rule: 'redact/possible-person', text: part, index: offset, severity: 'error', why: 'a name in a footnote label, which the page source shows' });
        }
        offset += part.length;
      }
      // Two words that read as a first name and a surname (`[^hallvard-brekke]`): a full name,
      // as two capitalised words no dictionary knows are in prose. One such word alone is as
      // often a term the dictionary lacks (`[^typosquatting]`).
      const words = m[1].split(/[-_.]/);
      const nameWord = (w: string) => {
        const word = w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
        return /^\p{L}{2,}$/u.test(w) && !isPublicTerm(word) && !isOrdinaryWord(word) && !isEnglishWord(word) && (isKnownFirstName(word) || !isKnownWord(word));
      };
      const already = matches.some((f) => f.index >= m.index! && f.index < m.index! + m[0].length);
      if (!already && words.length === 2 && words.every(nameWord) && !ready.publicNames.has(m[1].toLowerCase())) {
        matches.push({ rule: 'redact/possible-person', text: m[1], index: m.index! + 2, severity: 'error', why: 'a full name in a footnote label, which the page source shows' });
      }
    }
  }
  if (options.detectUnlistedPeople !== false) {
    // Every rule that finds people reads Latin script: text in another script may be a name
    // none of them can see ("王秀英", "Иван Петров"), so it is a guess until replaced or allowed.
    // Added before the other guesses, so that a name they find too is reported with its script,
    // which says why.
    for (const m of findNonLatinText(line)) {
      if (ready.publicNames.has(m.text.toLowerCase()) || isNameRemovedPlaceholder(line, m.text, m.index) || isSpacelessPhraseWord(line, m.text, m.index) || isWrittenCjkRole(line, m.text, m.index)) continue;
      // A Korean noun and 은 the post writes with another particle ("원문은" beside "원문에"; round 63, korean-stem-elsewhere.ts).
      if (isKoreanNounWithTopicParticleElsewhere(m.text, post)) continue;
      matches.push({ rule: 'redact/possible-person', text: m.text, index: m.index, severity: 'error', why: m.why ?? `text in ${scriptList(m.scripts)} script: the name check reads only Latin script` });
    }
  }
  if (ready.discoveredNames && options.discoveredNames) {
    // Adjacent discovered words are one name ("Ekaterina Ivanova"), an error if any part is one.
    for (const m of allMatches(ready.discoveredNames, line)) {
      // A town after a saint's title is the place wherever the post names a person so (saint-places.ts),
      // and so is a place or prize named after one ("<name> Technology Park"; eponyms.ts).
      if (isSaintPlace(line, m.index!, m[0]) || isNameOfPlaceOrPrize(line, m.index!, m[0])) continue;
      const certain = m[0].split(/\s+/).some((word) => options.discoveredNames!.get(word) === 'person');
      // Where a rule found the name itself, the message says that rule's reason: "named elsewhere"
      // misled an author whose post names the person once (round 41 of false positives).
      const here = candidates.find((c) => c.index === m.index && c.text === m[0]);
      matches.push({ rule: certain ? 'redact/person' : 'redact/possible-person', text: m[0], index: m.index!, severity: 'error', why: here?.why ?? listedHere(line, m.index!) });
    }
  }
  if (ready.discoveredHandles && options.discoveredNames) {
    for (const m of allMatches(ready.discoveredHandles, line)) {
      const kind = options.discoveredNames.get(m[0]) ?? options.discoveredNames.get(m[0].toLowerCase()) ?? 'person';
      matches.push({ rule: `redact/${kind}`, text: m[0], index: m.index!, severity: 'error', why: listedHere(line, m.index!) });
    }
  }
  for (const m of candidates) {
    if (ready.publicNames.has(m.text.toLowerCase())) continue;
    matches.push({ rule: m.guess ? 'redact/possible-person' : 'redact/person', text: m.text, index: m.index, severity: 'error', why: m.why });
  }
  // A person found by one part of a name is reported with the whole name, so that its fix
  // replaces all of it ("Fenwick Aldersgate-Moore", not "Moore").
  for (const m of matches) {
    if (m.rule !== 'redact/person' && m.rule !== 'redact/possible-person') continue;
    Object.assign(m, wholeNameAt(line, m.index, m.text));
  }
  // A listed part after a word no list of names knows, the two a thing's name where the post names
  // things ("the Zuvora Sim web-based IDE"; adoption round 54, listed-parts-in-product-names.ts).
  for (let i = matches.length - 1; i >= 0; i--) if (matches[i].rule === 'redact/person' && matches[i].why?.startsWith('a known name') && isProductNamedWithListedPart(matches[i].text, ready.people, post)) matches.splice(i, 1);
  // A whole name listed as public is no finding, however it was found: a name another phrase of
  // the post made a guess ("Mike and Seth collaborated", then "Mike Fiedler and Seth …"; round 16)
  // was reported without this check. Not a name of the configured people, who are ours.
  for (let i = matches.length - 1; i >= 0; i--) if (isListedPublicName(matches[i], ready.publicNames)) matches.splice(i, 1);
  // The placeholder `npm run redact` wrote for a person names no one, however a rule read its words.
  for (let i = matches.length - 1; i >= 0; i--) if ((matches[i].rule === 'redact/person' || matches[i].rule === 'redact/possible-person') && isInsideNameRemovedPlaceholder(line, matches[i].index, matches[i].text.length)) matches.splice(i, 1);
  // One word, one finding: a service id is also an internal name (both lists hold it); its
  // service-id finding is kept, whose fix names the service's public name (round 16).
  for (let i = matches.length - 1; i >= 0; i--) if (matches[i].rule === 'redact/internal-name' && matches.some((k) => k.rule === 'redact/service-id' && k.index === matches[i].index && k.text.toLowerCase() === matches[i].text.toLowerCase())) matches.splice(i, 1);
  // The label of a reference link (`[#184][issue-184]`, `[issue-184]: https://…/issues/184`) is
  // never shown: the page shows the link's text and goes to the definition's address, both read
  // as ever. An id-shaped label names nothing a reader sees (since the eleventh round of false
  // positives); used alone as a shortcut (`[issue-184]`) it is the link's text, and found.
  if (line.includes('][') || /^\s{0,3}\[[^\]^]/.test(line)) {
    const labels = [...allMatches(hiddenReferenceLabel, line)].map((k) => [k.index! + k[0].indexOf('[') + 1, (k[1] ?? k[2]).length] as const);
    const hidden = (m: Match) => labels.some(([at, length]) => m.index >= at && m.index + m.text.length <= at + length);
    if (labels.length) for (let i = matches.length - 1; i >= 0; i--) if ((matches[i].rule === 'redact/identifier' || matches[i].rule === 'redact/ticket') && hidden(matches[i])) matches.splice(i, 1);
  }
  // One finding per place: a match inside a longer one of the same rule (the signature of a JWT
  // that also looks like base64) is not reported again, nor a person or identifier inside any
  // longer match (the name in an e-mail address, the host in a link), nor a "maybe a name" where
  // a name was found.
  const overlaps = (m: Match, k: Match) => m.index < k.index + k.text.length && k.index < m.index + m.text.length;
  const inside = (m: Match, k: Match) => m.index >= k.index && m.index + m.text.length <= k.index + k.text.length;
  const weak = new Set<RedactionRule>(['redact/person', 'redact/possible-person', 'redact/identifier', 'redact/internal-name', 'redact/ticket', 'redact/channel']);
  const kept: Match[] = [];
  for (const m of matches.sort((a, b) => a.index - b.index || b.text.length - a.text.length || a.rule.localeCompare(b.rule, 'en'))) {
    const covered = kept.some((k) =>
      (k.rule === m.rule && inside(m, k)) ||
      (weak.has(m.rule) && !weak.has(k.rule) && inside(m, k)) ||
      (m.rule === 'redact/possible-person' && overlaps(m, k)) ||
      (m.rule === 'redact/person' && k.rule === 'redact/person' && overlaps(m, k)) ||
      (m.rule === 'redact/identifier' && k.rule === 'redact/internal-name' && overlaps(m, k)));
    if (!covered) kept.push(m);
  }
  return kept.sort((a, b) => a.index - b.index || a.rule.localeCompare(b.rule, 'en'));
}

/**
 * `redaction-allow`, an optional colon, one or more rule ids separated by commas, then optionally
 * the exact text allowed, in double quotes.
 */
const allowMarker = /redaction-allow:?\s*(redact\/[a-z-]+(?:\s*,\s*redact\/[a-z-]+)*)(?:\s*:?\s*"([^"\n]+)")?/g;

/** Rule ids allowed on a line by its `redaction-allow` markers (whole-line markers and span markers). */
export function allowedRulesOnLine(line: string): Set<string> {
  return new Set([...allMatches(allowMarker, line)].flatMap((m) => m[1].split(/\s*,\s*/)));
}

/** The allowances of a line: a rule for the whole line (no quoted text) or for one exact text. */
export function allowancesOnLine(line: string): { rule: string; text?: string }[] {
  return [...allMatches(allowMarker, line)].flatMap((m) => m[1].split(/\s*,\s*/).map((rule) => ({ rule, text: m[2] })));
}

function isAllowed(match: Match, allowances: { rule: string; text?: string }[]): boolean {
  return allowances.some((a) => a.rule === match.rule && (a.text === undefined || a.text.toLowerCase() === match.text.toLowerCase() ||
    // A span marker for a name also allows the parts of that name in the same line.
    (match.rule.endsWith('person') && a.text.toLowerCase().split(/\s+/).includes(match.text.toLowerCase()))));
}

/** Removes the allow markers themselves, so their rule ids are never mistaken for findings. */
function withoutMarkers(line: string): string {
  return line.replace(allowMarker, (marker) => ' '.repeat(marker.length));
}

export interface RedactionScan {
  findings: Finding[];
  /** Matched texts that a marker allowed, by rule: the built pages may show these too. */
  allowed: Set<string>;
}

/**
 * Scans text line by line. `firstLine` is the file line of the text's first line, so findings
 * point into the source file.
 */
export function scanPublicText(
  file: string,
  text: string,
  options: RedactionOptions,
  firstLine = 1,
  firstColumn = 1,
  /**
   * The lines whose allow markers apply, when not the text's own: the source of a `.md` body,
   * whose marker comments the public cut removes before the text is scanned.
   */
  markerLines?: readonly string[],
): RedactionScan {
  const detect = options.detectUnlistedPeople !== false;
  // What this text names in one place is looked for in all of it: people, and identifiers shown
  // in code. A post's scan passes what all of its texts name (scanPostmortemForPublication).
  const names = options.discoveredNames ?? (detect ? discoverPeople([text], options) : undefined);
  const identifiers = options.discoveredIdentifiers ?? postIdentifiers([text], options);
  const mentions = options.mentionedHandles ?? (detect ? mentionedHandles([text], options) : undefined);
  if ((names?.size && !options.discoveredNames) || (identifiers?.size && !options.discoveredIdentifiers) || (mentions?.size && !options.mentionedHandles)) {
    return scanPublicText(file, text, { ...options, discoveredNames: names?.size ? names : undefined, discoveredIdentifiers: identifiers?.size ? identifiers : undefined, mentionedHandles: mentions?.size ? mentions : undefined }, firstLine, firstColumn, markerLines);
  }
  const ready = prepare(options);
  const lines = text.split(/\r?\n/);
  const found = matchLines(text, ready, detect);
  // The same text as customers read it (invisible characters, look-alike letters, entities and
  // markup inside words folded away): what it shows that the source hides is a finding too,
  // at its place in the source.
  const view = readingView(text);
  if (view) {
    for (const { line, match } of matchLines(view.text, ready, detect)) {
      const { start, end: spanEnd } = originalSpan(view, line, match.index, match.text.length);
      // An HTML tag the page drops right after the text (`<kbd>Hallvard Brekke</kbd>`) closes an
      // element around it, not markup inside it: the finding ends before it, or its fix would
      // remove the tag and break the body.
      let end = spanEnd;
      for (let tag; (tag = /<(\/?)([A-Za-z][\w-]*)[^<>]*>$/.exec(lines[line].slice(start, end))); ) {
        // A closing tag whose element opens inside the text (`Oluwa<span>seun</span>`) stays with it.
        if (tag[1] && new RegExp(`<${tag[2]}[\\s>]`, 'i').test(lines[line].slice(start, end - tag[0].length))) break;
        end -= tag[0].length;
      }
      const written = lines[line].slice(start, end);
      if (written === match.text) continue;
      // A term and its index in a superscript (`Claim<sup>LOG_Rekor</sup>`; round 49, identifier-context.ts).
      if (match.rule === 'redact/identifier' && isWordWithIndex(written, isEnglishWord, (token) => isIdentifierShaped(token, false, false))) continue;
      // Where the source's spelling already gave a finding of the rule, the longer one is kept:
      // `#inc\u200B-checkout` is one channel, not "#inc" (whose fix would leave "-checkout").
      const overlapping = found.filter((f) => f.line === line && f.match.rule === match.rule && f.match.index < end && start < f.match.index + f.match.text.length);
      if (overlapping.some((f) => f.match.index <= start && f.match.index + f.match.text.length >= end)) continue;
      for (const f of overlapping) found.splice(found.indexOf(f), 1);
      found.push({ line, match: { ...match, index: start, text: written, why: `${match.why ? `${match.why}; ` : ''}reads “${match.text}” on the page, ${hiddenHow(written)}` }, readAs: match.text });
    }
    found.sort((a, b) => a.line - b.line || a.match.index - b.match.index || a.match.rule.localeCompare(b.match.rule, 'en'));
  }
  const findings: Finding[] = [];
  const allowed = new Set<string>();
  for (const { line, match, readAs } of found) {
    const allowances = allowancesOnLine(markerLines?.[line] ?? lines[line]);
    if (isAllowed(match, allowances) || (readAs !== undefined && isAllowed({ ...match, text: readAs }, allowances))) {
      allowed.add(allowedMatchKey(match.rule, match.text));
      if (readAs !== undefined) allowed.add(allowedMatchKey(match.rule, readAs));
      continue;
    }
    // The organisation's own account, named after the site the post links (`@fdroidorg` beside
    // `f-droid.org`; round 50 of false positives, organisation-own-accounts.ts).
    if (accountRules.has(match.rule) && isOrganisationOwnAccount(match.text, options.postText ?? text)) continue;
    // Its chat room, named after the same site (`#fdroid` beside `f-droid.org`), or a room the post
    // names on a public chat network in another place (public-network-rooms.ts, round 51).
    if (match.rule === 'redact/channel' && (isOrganisationOwnChannel(match.text, options.postText ?? text) || isRoomOnPublicNetwork(match.text, options.postText ?? text))) continue;
    findings.push(toFinding(file, firstLine + line, (line === 0 ? firstColumn : 1) + match.index, match));
  }
  return { findings, allowed };
}

/** Rules whose findings may name an account: an organisation's own is published (organisation-own-accounts.ts). */
const accountRules = new Set<RedactionRule>(['redact/handle', 'redact/email', 'redact/person', 'redact/possible-person']);

/** Whether an allow marker on the line holds the position (its text is a comment). */
const markerTextCovers = (line: string, index: number) => [...allMatches(allowMarker, line)].some((m) => m.index! <= index && index < m.index! + m[0].length);

/** Why a name the post names as a person is found at `index` of `line`: the list it is in, or its other mentions. */
function listedHere(line: string, index: number): string {
  const cue = peopleCueBefore(line, index);
  return cue ? `listed as people after "${cue}"` : 'named elsewhere in this post';
}

/** An empty line or one of spaces and tabs only: no rule matches one (see matchLines). */
export const blankLine = /^[ \t]*$/;

/** Every match of every rule in `text`, by line (0-based), allow markers not yet applied. */
/** The guesses a word alone makes, which a header row's column name answers: a word alone in a cell, and text no rule reads. */
function isColumnNameGuess(why: string | undefined): boolean {
  return why !== undefined && (why.startsWith('one Hangul word alone in a table cell') || / script: the name check reads only Latin script$/.test(why));
}

function matchLines(text: string, ready: PreparedOptions, detect: boolean): { line: number; match: Match; readAs?: string }[] {
  const candidates = new Map<number, PersonCandidate[]>();
  if (detect) for (const c of findPersonCandidates(text, ready.raw.postText ? `${text}\n\n${ready.raw.postText}` : text)) candidates.set(c.line, [...(candidates.get(c.line) ?? []), c]);
  const found: { line: number; match: Match }[] = [];
  let fence: string | undefined;
  const lines = text.split(/\r?\n/);
  // Lines of German, Danish, … (since the seventeenth round of false positives).
  const post = ready.raw.postText ? `${text}\n\n${ready.raw.postText}` : text;
  // Read only for a match of the rules below (never on most built pages): made on the first.
  let languages: ReturnType<typeof otherLanguageLines> | undefined;
  const languageOf = (i: number) => (languages ??= otherLanguageLines(lines, post)).get(i);
  // The post's own language, read only for a lower-case form of a found name (below).
  let pageLanguage: { language: ReturnType<typeof pageLanguageOfText> } | undefined;
  const postLanguage = () => (pageLanguage ??= { language: pageLanguageOfText(post) }).language;
  lines.forEach((raw, i) => {
    const opening = fenceLineOpening.exec(raw);
    const inCodeBlock = fence !== undefined && !opening?.[1].startsWith(fence);
    if (opening) fence = fence === undefined ? opening[1] : opening[1].startsWith(fence) ? undefined : fence;
    // A line of spaces and tabs holds no finding (most lines of a post are the blank ones between
    // paragraphs): one test instead of every rule (session 33; test/unit/redaction-blank-lines.test.ts).
    if (blankLine.test(raw)) return;
    // Text inside an allow marker is a comment, never published: no name is found there.
    const markers = [...allMatches(allowMarker, raw)].map((m) => [m.index, m.index + m[0].length]);
    const lineCandidates = candidates.get(i)?.filter((c) => !markers.some(([start, end]) => c.index < end && start < c.index + c.text.length));
    const line = withoutMarkers(raw);
    const insidePublicName = insideListedPublicName(line, ready.publicPhrases);
    for (const match of findMatches(line, ready, inCodeBlock, lineCandidates, post)) {
      // A part of a listed public name inside it ("John" of "John Mastodon"; listed-public-phrases.ts).
      if (insidePublicName(match.index, match.text.length)) continue;
      // A compound the same paragraph spells apart over a line break is English to the post
      // (since the twelfth round of false positives; the same line since the ninth).
      if (match.rule === 'redact/identifier' && spelledApartInParagraph(match.text, lines, i)) continue;
      // A name joined to a noun of the line's language ("MeSax-Mediathek") is the name and a word.
      if (match.rule === 'redact/identifier' && isCompoundOfOtherLanguage(match.text, languageOf(i))) continue;
      // A command a released product ships, named after it (`qubes-dom0-update` beside "Qubes 4.0"; round 45, product-commands.ts).
      if (match.rule === 'redact/identifier' && isReleasedProductCommand(match.text, post)) continue;
      // A public project's command the post cites with its manual page (`xbps-rindex(1)`; round 49, product-commands.ts).
      if (match.rule === 'redact/identifier' && isCommandWithManualPage(match.text, post, isPublicTerm)) continue;
      // A public project the post shows as one, written alone (`hostpath-provisioner` beside
      // `cdkbot/hostpath-provisioner:1.3.0`; round 60 of false positives, public-project-signs.ts):
      // the guard publishes the image or the link that names it, so holding the name protects nothing.
      // A bare `owner/name#320` is no such sign here (round 44 of false positives).
      if (match.rule === 'redact/identifier' && shownPublicProjects(post, ready.orgScopes, { issueReferences: false }).has(match.text.toLowerCase())) continue;
      // A pod of a public chart's workload (`coredns-5d78c9869d-x7k2p`; round 61, workload-names.ts).
      if (match.rule === 'redact/identifier' && isPublicWorkloadPod(match.text)) continue;
      // A distribution's package of a public project on an install line (round 40b, install-line-packages.ts).
      if (match.rule === 'redact/identifier' && isPackageOnInstallLine(line, match.index, match.text, lines.slice(Math.max(0, i - 40), i))) continue;
      // The authors of a work cited by its publisher's link, or in a reading list by any public work's (rounds 41 and 42 of false positives, cited-work-authors.ts); a listed person is found.
      if ((match.rule === 'redact/person' || match.rule === 'redact/possible-person') && !match.why?.startsWith('a known name') && isCitedWorkAuthor(line, match.index, match.text, post)) continue;
      // An app's name linked to its page in an app store ("[Jami](https://f-droid.org/packages/cx.ring/)"; round 48, app-store-listings.ts); a listed person is found.
      if ((match.rule === 'redact/person' || match.rule === 'redact/possible-person') && !match.why?.startsWith('a known name') && isAppStoreListingName(line, match.index, match.text)) continue;
      // A coined town after a preposition of place ("down in Queueville"; round 41, suffixed-town-names.ts).
      if ((match.rule === 'redact/person' || match.rule === 'redact/possible-person') && !match.why?.startsWith('a known name') && isSuffixedTownAfterPreposition(line, match.index, match.text)) continue;
      // A word in a script no English rule reads, alone in a wide table's header row, is the column's name ("| 조건 | 데이터 | 인덱스 |"; adoption round 60, table-header-cells.ts).
      if (match.rule === 'redact/possible-person' && isColumnNameGuess(match.why) && hasNonLatinLetters(match.text) && isInWideTableHeader(lines, i, match.index, match.text)) continue;
      // A listed name's part in lower case on such a line is the language's word ("manuel"; round 21 of false positives).
      // Also where the line's letters alone tell its language (adoption round 62: "WireGuard config
      // ile", Turkish "with", beside a listed "Ile …", carried from there to 17 lines of a runbook).
      if (match.rule === 'redact/person' && match.why?.startsWith('a known name') && isOtherLanguageWordOfListedPart(match.text, () => languageOf(i) ?? clauseLanguage(raw, match.index) ?? letterLanguageOf(raw), (lower) => Boolean(ready.people.byLowerText.get(lower)?.part))) continue;
      // And a part that is the language's function word ("Das …" opening a German sentence; round 23).
      if (match.rule === 'redact/person' && match.why?.startsWith('a known name') && ready.people.byLowerText.get(match.text.toLowerCase())?.part && isFunctionWordOfListedPart(match.text, () => languageOf(i) ?? clauseLanguage(raw, match.index))) continue;
      // The lower-case form of a capitalised word found as a name, in a post of another language, is
      // the language's noun unless the word is a given name (round 61, word-forms-of-found-names.ts).
      if ((match.rule === 'redact/person' || match.rule === 'redact/possible-person') && match.why === listedHere(line, match.index) && isWordFormOfFoundName(match.text, ready.raw.discoveredNames, postLanguage, post)) continue;
      found.push({ line: i, match });
    }
  });
  const evidence = ready.raw.postText ? `${text}\n\n${ready.raw.postText}` : text;
  // A part of a listed name that the post names as a component and never as a person ("Felix" of
  // Calico beside a listed "Felix Klock"; round 20 of false positives, component-names.ts).
  const components = new Map<string, boolean>();
  const isComponent = (word: string) => {
    const key = word.toLowerCase();
    if (!components.has(key)) {
      const wholeNames = ready.people.entries.filter((e) => !e.part && /\s/.test(e.text) && e.text.toLowerCase().split(/\s+/).includes(key)).map((e) => e.text);
      components.set(key, isShownAsComponent(word, evidence, wholeNames));
    }
    return components.get(key)!;
  };
  // A snap package's own files and services (`/snap/microk8s/8695/bin/k8s-dqlite`), public with
  // the package (round 20 of false positives, snap-package-files.ts).
  // Packages the post links on a public registry or names in an advisory's header (`async-std`;
  // round 24 of false positives, registry-packages.ts).
  // Both read the whole evidence: made only for a text with an identifier to judge (most have none).
  let publicPackages: { files: Set<string>; registry: Set<string> } | undefined;
  const isPublicPackage = (lower: string) => {
    publicPackages ??= {
      files: snapPackageFileNames(evidence, (name) => isIdentifierShaped(name, false, true) || Boolean(ready.internalNames && new RegExp(ready.internalNames.source, 'iu').test(name))),
      registry: publicRegistryPackages(evidence, (name) => Boolean(ready.internalNames && new RegExp(ready.internalNames.source, 'iu').test(name)) || Boolean(ready.configuredNameParts && new RegExp(ready.configuredNameParts.source, 'iu').test(name))),
    };
    return publicPackages.files.has(lower) || publicPackages.registry.has(lower);
  };
  // The public terms the post writes: made only for a text with a name to judge.
  let writtenTerms: Set<string> | undefined;
  // A listed part that is a word, written only where a thing stands ("the Stack object", "fx Edge";
  // round 47 of false positives, word-as-name.ts): the post never writes it as a person's name.
  const thingWords = new Map<string, boolean>();
  const isListedWordAsThing = (k: number) => {
    const { match } = found[k];
    const entry = ready.people.byLowerText.get(match.text.toLowerCase());
    if (match.rule !== 'redact/person' || !match.why?.startsWith('a known name') || !entry?.part || !entry.ambiguous) return false;
    if (!thingWords.has(match.text)) {
      const same = found.filter((f) => f.match.text === match.text && (f.match.rule === 'redact/person' || f.match.rule === 'redact/possible-person'));
      thingWords.set(match.text, same.every((f) => f.match.why?.startsWith('a known name') && isListedWordInThingPosition(...withWrappedLineBefore(lines, f.line, f.match.index), f.match.text, isEnglishWord)));
    }
    return thingWords.get(match.text)!;
  };
  for (let k = found.length - 1; k >= 0; k--) {
    const { match } = found[k];
    if (isListedWordAsThing(k)) { found.splice(k, 1); continue; }
    // Or in a site's or project's name the post links run together ("Read the Docs", `readthedocs.org`; round 22, site-name-phrases.ts).
    if (match.rule === 'redact/person' && match.why?.startsWith('a known name') && ready.people.byLowerText.get(match.text.toLowerCase())?.part && (isComponent(match.text) || isInLinkedSiteName(lines[found[k].line], match.index, match.text, evidence))) found.splice(k, 1);
    else if (match.rule === 'redact/identifier' && isPublicPackage(match.text.toLowerCase())) found.splice(k, 1);
    // A public term misspelt where the post spells it right ("fluebt-bit" beside "fluent-bit"; round 41, misspelt-public-terms.ts).
    else if ((match.rule === 'redact/internal-name' || match.rule === 'redact/identifier') && !(ready.internalNames && new RegExp(ready.internalNames.source, 'iu').test(match.text)) && isMisspeltWrittenTerm(match.text, (writtenTerms ??= publicTermsWritten(evidence)))) found.splice(k, 1);
  }
  // Since the nineteenth probe round: a code name before a system's noun that the post does not
  // show as someone else's public name ("The Zarnith service"; unowned-code-names.ts).
  if (ready.raw.detectShapes !== false) {
    const codeNames = new Set<string>();
    for (const m of findUnownedCodeNames(lines, evidence, (name) => ready.publicNames.has(name.toLowerCase()))) {
      if (markerTextCovers(lines[m.line], m.index)) continue;
      // Found, whether this finding or an earlier one covers it: its packages are the organisation's too.
      codeNames.add(m.text);
      if (found.some((f) => f.line === m.line && placeHolds(f.match, m.index))) continue;
      found.push({ line: m.line, match: { rule: 'redact/internal-name', text: m.text, index: m.index, why: 'a code name before a system noun, not shown as a public product (allow it, or add it to publicNames)' } });
    }
    // Since the twentieth probe round: a code name read by what happens to it ("Zarnith returned 503s"; acting-code-names.ts).
    for (const m of findActingCodeNames(lines, evidence, (name) => ready.publicNames.has(name.toLowerCase()))) {
      if (markerTextCovers(lines[m.line], m.index)) continue;
      // Found, whether this finding or an earlier one covers it: its packages are the organisation's too.
      codeNames.add(m.text);
      if (found.some((f) => f.line === m.line && placeHolds(f.match, m.index))) continue;
      found.push({ line: m.line, match: { rule: 'redact/internal-name', text: m.text, index: m.index, why: 'a code name the post says fails or is restarted, not shown as a public product (allow it, or add it to publicNames)' } });
    }
    // Since probe round 58: a service of a lower-case hyphenated word the post restarts, deploys or
    // says fails, and its other mentions (acted-service-compounds.ts); no other post's port needed.
    // Since round 59 of false positives not a public project the post shows as one (a forge's
    // repository, an upstream issue, a public registry's image, "open-source …"; public-project-signs.ts).
    const shownProjects = shownPublicProjects(evidence, ready.orgScopes);
    for (const m of findActedServiceCompounds(lines, (name) => ready.publicNames.has(name.toLowerCase()) || isShownPublicProject(name, shownProjects))) {
      if (markerTextCovers(lines[m.line], m.index)) continue;
      // A public term misspelt where the post spells it right, as above ("promethues-operator").
      if (!(ready.internalNames && new RegExp(ready.internalNames.source, 'iu').test(m.text)) && isMisspeltWrittenTerm(m.text, (writtenTerms ??= publicTermsWritten(evidence)))) continue;
      // A shorter finding inside the name gives way to it (probe round 60: "pki" of "pki-agent",
      // taken for a person from a table's owner cell "pki チーム", left "-agent" published).
      const end = m.index + m.text.length;
      const inside = (f: (typeof found)[number]) => f.line === m.line && f.match.index >= m.index && f.match.index + f.match.text.length < end;
      if (found.some((f) => f.line === m.line && placeHolds(f.match, m.index) && !inside(f))) continue;
      for (let k = found.length - 1; k >= 0; k--) if (inside(found[k])) found.splice(k, 1);
      found.push({ line: m.line, match: { rule: 'redact/internal-name', text: m.text, index: m.index, why: m.why } });
    }
    // Since probe round 59: a name written after a stand-in as its label ("an internal system:
    // ferrow-backend"; stand-in-labels.ts): the post says it is internal.
    lines.forEach((line, index) => {
      for (const m of findStandInLabels(line)) {
        if (markerTextCovers(line, m.index) || found.some((f) => f.line === index && placeHolds(f.match, m.index))) continue;
        found.push({ line: index, match: { rule: m.rule, text: m.text, index: m.index, why: m.why } });
      }
    });
    // Since probe round 41: machines a list, a heading over hardware or kubectl's node column names
    // (named-machines.ts); their other mentions in the post are found with them, as a code name's.
    for (const m of findMachinesOverLines(lines, (name) => ready.publicNames.has(name.toLowerCase()))) {
      if (markerTextCovers(lines[m.line], m.index)) continue;
      codeNames.add(m.text);
      if (found.some((f) => f.line === m.line && placeHolds(f.match, m.index))) continue;
      found.push({ line: m.line, match: { rule: 'redact/internal-name', text: m.text, index: m.index, why: m.why } });
    }
    // Since probe round 42: an account id on a line of its own under a line naming an account (internal-systems.ts).
    for (const m of findAccountIdsOnOwnLines(lines)) {
      if (markerTextCovers(lines[m.line], m.index)) continue;
      if (found.some((f) => f.line === m.line && placeHolds(f.match, m.index))) continue;
      found.push({ line: m.line, match: { rule: 'redact/cloud-account', text: m.text, index: m.index, why: 'an account id on a line of its own under a line naming an account' } });
    }
    // Since probe round 38b: a scoped package of such a code name (`@zarnith/ledger-client`; scoped-package-code-names.ts).
    for (const m of findScopedPackagesOfCodeNames(lines, codeNames)) {
      if (found.some((f) => f.line === m.line && placeHolds(f.match, m.index))) continue;
      if (markerTextCovers(lines[m.line], m.index)) continue;
      found.push({ line: m.line, match: { rule: 'redact/internal-name', text: m.text, index: m.index, why: 'a scoped package of a code name the post names as its own system (allow it, or add the name to publicNames)' } });
    }
    // Since probe round 39: any other token with the code name as a part (`ZarnithHighLatency`,
    // `/opt/zarnith/bin`, `ops@zarnith-web-3`; code-name-tokens.ts).
    for (const m of findTokensOfCodeNames(lines, codeNames)) {
      if (found.some((f) => f.line === m.line && placeHolds(f.match, m.index))) continue;
      if (markerTextCovers(lines[m.line], m.index)) continue;
      found.push({ line: m.line, match: { rule: 'redact/internal-name', text: m.text, index: m.index, why: 'a name holding a code name the post names as its own system (allow it, or add the name to publicNames)' } });
    }
  }
  return found;
}

/** How a finding's source text hides what the page shows, for the message. */
function hiddenHow(written: string): string {
  const codes = [...new Set([...written].filter((c) => c.charCodeAt(0) > 0x7f).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))];
  const ways = [
    ...(codes.length ? [`written with ${codes.join(', ')} (invisible, look-alike or compatibility characters)`] : []),
    ...(/&[#A-Za-z][^;\s]*;/.test(written) ? ['written with character references'] : []),
    ...(/[*~`<]/.test(written) ? ['split by markup'] : []),
    ...(/%[0-9A-Fa-f]{2}/.test(written) ? ['written with percent-escapes'] : []),
    ...(/[[({](?:\.|dot|at|@|:)[\])}]|hxxp/i.test(written) ? ['defanged'] : []),
  ];
  return ways.join(', ') || 'written differently in the source';
}

/**
 * Names that the phrasings and the language model find in these texts (one post's fields and
 * body), each word of them on its own, with the strongest severity it was found with. Known names
 * are not included: the people index finds them anyway.
 */
export function discoverPeople(texts: readonly string[], options: RedactionOptions): Map<string, 'person' | 'possible-person'> {
  const discovered = new Map<string, 'person' | 'possible-person'>();
  const publicNames = new Set((options.publicNames ?? []).map((n) => n.toLowerCase()));
  // What one text (a public title) says of a word is judged with what the whole post shows.
  const post = options.postText ?? (texts.length > 1 ? texts.join('\n\n') : undefined);
  for (const text of texts.flatMap((t) => [t, readingView(t)?.text ?? []].flat())) {
    for (const candidate of findPersonCandidates(text, post ? `${text}\n\n${post}` : text)) {
      if (publicNames.has(candidate.text.toLowerCase())) continue;
      const words = candidate.text.split(/\s+/);
      for (const [k, word] of words.entries()) {
        // A surname the post also writes as an organisation ("Alex Confio joins" and "Ethan
        // (Confio)", "at Confio") is looked for only in the full name: alone it is the company.
        if (k > 0 && usedAsOrganisation(word, text)) continue;
        // A word that is also English ("Jan", "May", "Mark") is not looked for elsewhere: only
        // its context made it a name.
        // A handle found for certain ("create user: alex") is looked for too ("… / alex").
        // A first name that a word-game dictionary also knows ("stephane") counts, not a common word.
        // Initials a metadata table's Team row gives (`| **Team** | SN, SW |`) are who acts in the
        // post's timeline ("SW opens #178", "SN patched …"; probe round 47): looked for as written.
        if (candidate.why === teamRowInitials && /^\p{Lu}{2,3}$/u.test(word)) {
          if (!discovered.has(word) && !publicNames.has(word.toLowerCase())) discovered.set(word, 'possible-person');
          continue;
        }
        // A lower-case word between capitalised ones ("Operasional Utama dan Pimpinan Unit", "…
        // Inti yang Wajib …": Indonesian "and", "which"; round 62 of false positives) is a
        // particle or a joining word of what was found, never its handle: not looked for alone.
        if (k > 0 && k < words.length - 1 && /^\p{Ll}/u.test(word) && /^\p{Lu}/u.test(words[0]) && /^\p{Lu}/u.test(words[words.length - 1])) continue;
        const handle = !candidate.guess && !candidate.local && /^\p{Ll}[\p{Ll}\p{N}]{2,}$/u.test(word) && (!isEnglishWord(word) || (isKnownFirstName(word[0].toUpperCase() + word.slice(1)) && !isOrdinaryWord(word)));
        if (word.length < 3 || !(handle || /^\p{Lu}\p{Ll}/u.test(word)) || publicNames.has(word.toLowerCase()) || isOrdinaryWord(word)) continue;
        // An account named after the organisation the post writes of ("/home/cheqd/" beside "the cheqd
        // team" and `status.cheqd.net`; round 49 of false positives): found in its place only.
        if (handle && isPostOrganisationWord(word, post ?? text)) continue;
        if (discovered.get(word) !== 'person') discovered.set(word, candidate.guess ? 'possible-person' : 'person');
      }
      // A full name with a part that is a word ("Aoife Berg"; since the twenty-first probe round):
      // that part is not looked for alone, so the whole name is, or its other places kept the word.
      if (words.length >= 2 && words.every((word) => /^\p{Lu}\p{Ll}/u.test(word)) && words.some((word) => isOrdinaryWord(word)) && discovered.get(candidate.text) !== 'person') {
        discovered.set(candidate.text, candidate.guess ? 'possible-person' : 'person');
      }
      // The handles a full name makes, as code hosts and registries spell them ("Hallvard Brekke"
      // is `hbrekke` of `ghcr.io/hbrekke/app`, `hallvard.brekke`, `hallvardb`; since the seventh
      // probe round). Each no English word and long enough not to be an abbreviation.
      for (const handle of handlesOfFullName(words)) {
        if (!publicNames.has(handle) && discovered.get(handle) !== 'person') discovered.set(handle, candidate.guess ? 'possible-person' : 'person');
      }
    }
  }
  return discovered;
}

/**
 * The handles a post mentions as people's (`@hbrekke`, which `redact/handle` finds), in lower case:
 * their accounts' repositories and the files named after them are people's too
 * (`github.com/hbrekke/pool-tuning`, `./hbrekke-notes.png`; since the ninth probe round).
 * Organisations own most repositories of published reports, so an owner is a person only with
 * this evidence. Only a handle that reads as a person's account: not a scope, a structured key,
 * English words, a public name or an organisation's (`@acme-infra`). Not looked for elsewhere:
 * a homelab's owner mentions himself and names his domain after the same handle.
 */
/**
 * Whether a mentioned account (in lower case) may be a person's: no system account, word, public
 * term or organisation's name (`2i2c-org`, `acme-team`). Mentions name teams and projects too.
 */
export function mayBePersonalMention(lower: string): boolean {
  return personalAccount(lower) && !isEnglishWord(lower) && !isOrdinaryWord(lower) && !isPublicTerm(lower) && !isKnownWord(lower) &&
    !lower.split(/[-_.\d]+/).some((part) => isOrganisationWord(part) || isPublicTerm(part));
}

export function mentionedHandles(texts: readonly string[], options: RedactionOptions): Set<string> {
  const found = new Set<string>();
  const publicNames = new Set((options.publicNames ?? []).map((n) => n.toLowerCase()));
  for (const text of texts) {
    if (!cuedMentionedHandle.cue.test(text)) continue;
    for (const m of text.matchAll(mentionedHandle)) {
      const after = text.slice(m.index! + m[0].length);
      if (after.startsWith('/') || /^["']\s*:/.test(after)) continue;
      const lower = m[1].toLowerCase();
      // `@here` and a mail domain (`@schullogin.de`): no account (round 34 of false positives).
      const line = text.slice(text.lastIndexOf('\n', m.index!) + 1, (text.indexOf('\n', m.index!) + 1 || text.length + 1) - 1);
      if (isBroadcastMention(m[0]) || isMailDomainMention(m[0], line)) continue;
      if (isFileArgument(m[0], text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      if (found.has(lower) || publicNames.has(lower) || !mayBePersonalMention(lower)) continue;
      found.add(lower);
    }
  }
  // Since adoption round 48: the account of a social or code-host profile a full name links to
  // (`[Jay Vandel](https://twitter.com/jvandel)`) is that person's handle, written bare elsewhere
  // ("reported by Jay Vandel (AKA jvandel)", "jvandel had been reading our code"): the name and its
  // link were replaced, and the handle reached the public page twice.
  for (const text of texts) {
    if (!text.includes('](')) continue;
    for (const m of text.matchAll(profileLinkUnderName)) {
      const lower = m[1].toLowerCase();
      if (!found.has(lower) && !publicNames.has(lower) && mayBePersonalMention(lower)) found.add(lower);
    }
  }
  return found;
}

/** Why a bare handle the post mentions is found: `npm run redact` reads it as the person's address. */
export const handleMentionedWhy = 'a handle this post mentions as a person';

/** A link under a full name (two to four capitalised words) to a profile on a social site or code host: the account is the group. */
const profileLinkUnderName = /\[\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+){1,3}\]\(https?:\/\/(?:www\.|mobile\.)?(?:twitter\.com|x\.com|github\.com|gitlab\.com|codeberg\.org|keybase\.io|instagram\.com|threads\.net|bsky\.app\/profile)\/@?([A-Za-z0-9_][\w.-]*[A-Za-z0-9_])\/?\)/gu;

/** The owner of a repository on a code host or Hugging Face (`github.com/<owner>/<repo>`, `git@gitlab.com:<owner>/…`): the first group. */
/** Whether the scan found `name` as a person's elsewhere (any letter case): its own rule reports it there. */
const isDiscoveredName = (name: string, discovered: RedactionOptions['discoveredNames']) => discovered !== undefined && [...discovered.keys()].some((k) => k.toLowerCase() === name.toLowerCase());
const codeHostOwner = /(?<![\w.-])(?:(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|huggingface\.co)\/|git@(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org):)([A-Za-z0-9][\w.-]*[A-Za-z0-9]|[A-Za-z0-9])(?=\/[\w.-])/g;
/** A mention of an account (`@hbrekke`, `@tove.m`), not an e-mail address or a scoped package: the handle is the group. */
const mentionedHandle = /(?<![\w.@/+-])@([A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9](?:\.[A-Za-z0-9_-]*[A-Za-z0-9])*)(?![\w@-])/g;
/** Its cue (test/unit/redaction-cue-implication.test.ts checks it is implied). */
export const cuedMentionedHandle: CuedPattern = { name: 'a mentioned handle', cue: /@/, pattern: mentionedHandle };

/** The handles people make of a full name: initial and surname, first name and surname joined or with its initial. */
function handlesOfFullName(words: readonly string[]): string[] {
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(w))) return [];
  const plain = (w: string) => withoutAccents(w).toLowerCase().replace(/[^a-z]/g, '');
  const [first, last] = [plain(words[0]), plain(words.at(-1)!)];
  if (first.length < 2 || last.length < 2) return [];
  return [`${first[0]}${last}`, `${first}${last}`, `${first}.${last}`, `${first}_${last}`, `${first}${last[0]}`]
    .filter((h) => h.replace(/[._]/g, '').length >= 5 && !isEnglishWord(h) && !isOrdinaryWord(h) && !isKnownWord(h));
}

/**
 * Identifiers that these texts (one post's fields and body) show in code, a path or a file name,
 * to be found wherever else the post names them; none when shapes are not looked for (built pages).
 */
export function postIdentifiers(texts: readonly string[], options: RedactionOptions): Set<string> | undefined {
  if (options.detectShapes === false) return undefined;
  const publicNames = new Set((options.publicNames ?? []).map((n) => n.toLowerCase()));
  // A code name the post gives a system ("Project Falconridge") is looked for like an identifier
  // shown in code (system-name probe round 17).
  const identifiers = discoverIdentifiers(texts, publicNames);
  const isPublicList = (name: string) => texts.some((text) => isListWithPublicArchive(name, text, options.internalDomains));
  for (const name of discoverCodeNames(texts, (text) => publicNames.has(text.toLowerCase()), namedSystemsMemo(options.publicNames), isPublicList)) identifiers.add(name);
  // Since probe round 31: a word the post writes both as "the X" and alone (article-code-names.ts).
  for (const name of discoverArticleCodeNames(texts, (text) => publicNames.has(text.toLowerCase()))) identifiers.add(name);
  // Since probe round 47: the systems a metadata table's row lists (systems-row-names.ts) are the
  // ones its timeline names ("SN patched Majora", "Asklepian could not be re-raised").
  for (const text of texts) {
    if (!text.includes('|')) continue;
    for (const line of text.split('\n')) for (const m of findSystemsRowNames(line, (name) => publicNames.has(name.toLowerCase()))) identifiers.add(m.text);
  }
  return identifiers;
}

/** What to suggest instead of a finding's text: a role for a person, <Internal> for the rest. */
export function suggestedFix(rule: string, text: string, why?: string): string {
  // A home folder's user (probe round 51): a public product's own account in its image
  // (`/home/headlamp/`) is allowed by name once, for every post.
  if (why === homeFolderUserWhy) {
    return `replace "${text}" by the stand-in "<user>" (/home/<user>/…; npm run redact writes it), or, if it is a public product's own account (a container image's user), list it once in redaction.publicNames in site.config.ts (publicNames: ["${text}"]), or add {/* redaction-allow ${rule} "${text}" -- reason */} on this line (# redaction-allow … in frontmatter).`;
  }
  if (rule === 'redact/hidden-text') {
    return `write the words themselves, as customers should read them: no MDX expression ({...}), script, direction override or data URL in a public post; or, if it is meant to be public, add {/* redaction-allow ${rule} -- reason */} on this line.`;
  }
  if ((rule === 'redact/person' || rule === 'redact/possible-person') && hasNonLatinLetters(text)) {
    return `replace "${text}" by a role ("an engineer", "the on-call engineer", "a customer"); if it names no one (a place, a product, a quoted message), write it in Latin letters, which the name check reads, or add {/* redaction-allow ${rule} "${text}" -- reason */} on this line (# redaction-allow … in frontmatter), or list it in publicNames.`;
  }
  // A chat or code-review handle is a person's or a team's account (false positives round 43: its
  // fix said "an internal service"); `npm run redact` writes "the responsible team" in its place.
  if (rule === 'redact/handle') {
    return `replace "${text}" by a role or a team ("an engineer", "the responsible team"), or, if it is a public account, add {/* redaction-allow ${rule} "${text}" -- reason */} on this line (# redaction-allow … in frontmatter), or list it in publicNames.`;
  }
  if (rule === 'redact/person' || rule === 'redact/possible-person') {
    return `replace "${text}" by a role ("an engineer", "the on-call engineer", "a customer"), or, if it is meant to be public, add {/* redaction-allow ${rule} "${text}" -- reason */} on this line (# redaction-allow … in frontmatter).`;
  }
  return `move "${text}" into <Internal>…</Internal> or describe it generically ("an internal service"), or, if it is meant to be public, add {/* redaction-allow ${rule} "${text}" -- reason */} on this line (# redaction-allow … in frontmatter), or list it in publicNames.`;
}

/**
 * The text a redaction finding names: the quoted text its message ends with (see `toFinding`).
 * Read after "would be published: " where the message says so: a rule's reason may quote words
 * itself (`(after "according to")`, round 41 of false positives), and the first quote was taken
 * for the text's, so `npm run redact` wrapped nothing and the name stayed.
 */
export function redactionFindingText(finding: Pick<Finding, 'message'>): string {
  return (/ would be published: "(.*)"(?: \([\d,]+ characters, its ends shown\))?\.$/.exec(finding.message) ?? /"(.*)"\.$/.exec(finding.message))?.[1] ?? '';
}

/**
 * A text a finding quotes is cut to its ends past this length (bad input round 42): a run of
 * 40,000 characters that looks like a token was quoted whole, in the message and twice in the fix,
 * one line of 120,000 characters in the terminal.
 */
const longestQuotedText = 160;

/** `text` as a finding quotes it: whole, or its first 60 and last 20 characters around an ellipsis. */
const quotedFindingText = (text: string): string => (text.length <= longestQuotedText ? text : `${text.slice(0, 60)}…${text.slice(-20)}`);

/**
 * Where the text a finding quotes ends in `source`, when it starts at `start`: the text whole, or,
 * when the message quotes its ends (a text longer than 160 characters), its full length as the
 * message states it, once both ends are found there. -1 when the source does not hold it.
 */
export function shortenedFindingTextEnd(finding: Pick<Finding, 'message'>, source: string, start: number): number {
  const shortened = / would be published: "(.{60})…(.{20})" \(([\d,]+) characters, its ends shown\)\.$/su.exec(finding.message);
  if (!shortened) return -1;
  const end = start + Number(shortened[3].replace(/,/g, ''));
  return source.startsWith(shortened[1], start) && source.slice(end - shortened[2].length, end) === shortened[2] ? end : -1;
}

/** The key of a match the post's markers allow, in a scan's `allowed` set: its rule and its text. */
export const allowedMatchKey = (rule: string, text: string): string => `${rule}\u0000${text}`;

function toFinding(file: string, line: number, column: number, match: Match): Finding {
  return {
    file,
    line,
    column,
    rule: match.rule,
    severity: match.severity ?? 'error',
    message: `${redactionRules[match.rule]}${match.why ? ` (${match.why})` : ''} would be published: "${quotedFindingText(match.text)}"${match.text.length > longestQuotedText ? ` (${match.text.length.toLocaleString('en-US')} characters, its ends shown)` : ''}.`,
    fix: suggestedFix(match.rule, quotedFindingText(match.text), match.why),
  };
}

/** Attributes that style or draw and never carry words; every other attribute value is scanned. */
const unscannedAttributes = /^(class|style|d|points|viewbox|transform|integrity|nonce|crossorigin|xmlns(:.*)?|data-astro-.*|width|height|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|fill|stroke(-.*)?|opacity|font-size|text-anchor|dominant-baseline)$/i;

/** Formatting tags that do not break a word: `al<b>ice</b>` reads "alice". */
const inlineTags = /^(a|abbr|b|bdi|bdo|big|cite|code|data|del|dfn|em|font|i|ins|kbd|label|mark|nobr|q|rb|rp|rt|ruby|s|samp|small|span|strike|strong|sub|sup|time|tspan|tt|u|var|wbr)$/i;

const htmlToken =
  /<!--([\s\S]*?)(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)|<[!?][^>]*>|<(\/?)([A-Za-z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const htmlAttribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

const newlinesIn = (text: string) => '\n'.repeat(text.split('\n').length - 1);

/**
 * The text of an HTML or XML page as a reader, a crawler or anyone viewing the source gets it:
 * text content, comments, CDATA and script contents (they ship too), and the value of every
 * attribute except those that only style or draw (class, style, SVG geometry, integrity
 * hashes). Style sheets are dropped (`@media` is not a handle). Tags become nothing inside a
 * word (`al<b>ice</b>`) and a space elsewhere; entities are decoded. Line breaks are kept, so
 * line numbers of findings in the text are line numbers in the page.
 */
export function extractHtmlText(html: string): string {
  const text = html.replace(htmlToken, (token, comment?: string, cdata?: string, closing?: string, name?: string, attributes?: string) => {
    if (comment !== undefined) return ` ${comment} `;
    if (cdata !== undefined) return cdata;
    if (name === undefined) return newlinesIn(token);
    const values: string[] = [];
    if (!closing && attributes) {
      for (const m of allMatches(htmlAttribute, attributes)) {
        const value = m[2] ?? m[3] ?? m[4];
        if (value && !unscannedAttributes.test(m[1])) values.push(value.replace(/\s+/g, ' '));
      }
    }
    const separator = inlineTags.test(name) && values.length === 0 ? '' : ' ';
    return `${separator}${values.join(' ')}${values.length ? ' ' : ''}${newlinesIn(token)}`;
  });
  return decodeEntities(text);
}

/**
 * Redaction findings in a built HTML or XML page, on its visible text and shipped attribute
 * values (see {@link extractHtmlText}). Lines are lines of the page.
 */
export function scanHtmlText(file: string, html: string, options: RedactionOptions): RedactionScan {
  return scanPublicText(file, extractHtmlText(html), options);
}
