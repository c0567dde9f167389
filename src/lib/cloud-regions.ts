import type { SearchConcept } from './search-concepts.ts';

/**
 * Where a cloud region is, as a responder says it: status pages and reports name the provider's
 * region code ("europe-west2", "us-central1-b", "eu-west-2a"), and a responder types the place
 * ("packet loss in london", "vms unreachable in iowa"). Round 17 of docs/findability.md: of 157
 * Google Cloud status incidents, 79 name a region code and none a city or country (Australia only
 * inside "australia-southeast2").
 *
 * The providers' own published lists (Amazon Web Services and Google Cloud regions, 2026), not
 * the words of any pool: each place with the codes of the regions there (a zone is its region's
 * code with a letter after it: "us-central1-b" holds "us-central1"; Amazon's zones are written
 * without a hyphen, "eu-west-2a", so those are cues too). A place says its city and, where the
 * city is not what people call the region, the state or country ("iowa" for Council Bluffs,
 * "virginia" for Ashburn). Country names shared by several places ("japan", "germany") are on
 * each of them: a query "outage in japan" is about either. "us" and "eu" are no place words: they
 * are on most pages of a cloud status page and tell none apart.
 */
const places: readonly { place: string; says: readonly string[]; aws?: readonly string[]; gcp?: readonly string[] }[] = [
  { place: 'Northern Virginia', says: ['virginia', 'ashburn'], aws: ['us-east-1'], gcp: ['us-east4'] },
  { place: 'Ohio', says: ['ohio', 'columbus'], aws: ['us-east-2'], gcp: ['us-east5'] },
  { place: 'South Carolina', says: ['south carolina'], gcp: ['us-east1'] },
  { place: 'Iowa', says: ['iowa', 'council bluffs'], gcp: ['us-central1'] },
  { place: 'Texas', says: ['texas', 'dallas'], gcp: ['us-south1'] },
  { place: 'Oregon', says: ['oregon'], aws: ['us-west-2'], gcp: ['us-west1'] },
  { place: 'California', says: ['california'], aws: ['us-west-1'] },
  { place: 'Los Angeles', says: ['los angeles', 'california'], gcp: ['us-west2'] },
  { place: 'Salt Lake City', says: ['salt lake city', 'utah'], gcp: ['us-west3'] },
  { place: 'Las Vegas', says: ['las vegas', 'nevada'], gcp: ['us-west4'] },
  { place: 'Montreal', says: ['montreal', 'canada'], aws: ['ca-central-1'], gcp: ['northamerica-northeast1'] },
  { place: 'Toronto', says: ['toronto', 'canada'], gcp: ['northamerica-northeast2'] },
  { place: 'São Paulo', says: ['sao paulo', 'brazil'], aws: ['sa-east-1'], gcp: ['southamerica-east1'] },
  { place: 'Santiago', says: ['santiago', 'chile'], gcp: ['southamerica-west1'] },
  { place: 'Ireland', says: ['ireland', 'dublin'], aws: ['eu-west-1'] },
  { place: 'London', says: ['london', 'united kingdom'], aws: ['eu-west-2'], gcp: ['europe-west2'] },
  { place: 'Paris', says: ['paris', 'france'], aws: ['eu-west-3'], gcp: ['europe-west9'] },
  { place: 'Frankfurt', says: ['frankfurt', 'germany'], aws: ['eu-central-1'], gcp: ['europe-west3'] },
  { place: 'Berlin', says: ['berlin', 'germany'], gcp: ['europe-west10'] },
  { place: 'Zurich', says: ['zurich', 'switzerland'], aws: ['eu-central-2'], gcp: ['europe-west6'] },
  { place: 'Stockholm', says: ['stockholm', 'sweden'], aws: ['eu-north-1'], gcp: ['europe-north2'] },
  { place: 'Finland', says: ['finland', 'hamina'], gcp: ['europe-north1'] },
  { place: 'Belgium', says: ['belgium'], gcp: ['europe-west1'] },
  { place: 'Netherlands', says: ['netherlands', 'eemshaven'], gcp: ['europe-west4'] },
  { place: 'Milan', says: ['milan', 'italy'], aws: ['eu-south-1'], gcp: ['europe-west8'] },
  { place: 'Turin', says: ['turin', 'italy'], gcp: ['europe-west12'] },
  { place: 'Madrid', says: ['madrid', 'spain'], gcp: ['europe-southwest1'] },
  { place: 'Aragon', says: ['aragon', 'spain'], aws: ['eu-south-2'] },
  { place: 'Warsaw', says: ['warsaw', 'poland'], gcp: ['europe-central2'] },
  { place: 'Tel Aviv', says: ['tel aviv', 'israel'], aws: ['il-central-1'], gcp: ['me-west1'] },
  { place: 'Doha', says: ['doha', 'qatar'], gcp: ['me-central1'] },
  { place: 'Dammam', says: ['dammam', 'saudi arabia'], gcp: ['me-central2'] },
  { place: 'Bahrain', says: ['bahrain'], aws: ['me-south-1'] },
  { place: 'United Arab Emirates', says: ['uae', 'united arab emirates'], aws: ['me-central-1'] },
  { place: 'Cape Town', says: ['cape town', 'south africa'], aws: ['af-south-1'] },
  { place: 'Johannesburg', says: ['johannesburg', 'south africa'], gcp: ['africa-south1'] },
  { place: 'Mumbai', says: ['mumbai', 'india'], aws: ['ap-south-1'], gcp: ['asia-south1'] },
  { place: 'Hyderabad', says: ['hyderabad', 'india'], aws: ['ap-south-2'] },
  { place: 'Delhi', says: ['delhi', 'india'], gcp: ['asia-south2'] },
  { place: 'Singapore', says: ['singapore'], aws: ['ap-southeast-1'], gcp: ['asia-southeast1'] },
  { place: 'Jakarta', says: ['jakarta', 'indonesia'], aws: ['ap-southeast-3'], gcp: ['asia-southeast2'] },
  { place: 'Hong Kong', says: ['hong kong'], aws: ['ap-east-1'], gcp: ['asia-east2'] },
  { place: 'Taiwan', says: ['taiwan'], gcp: ['asia-east1'] },
  { place: 'Tokyo', says: ['tokyo', 'japan'], aws: ['ap-northeast-1'], gcp: ['asia-northeast1'] },
  { place: 'Osaka', says: ['osaka', 'japan'], aws: ['ap-northeast-3'], gcp: ['asia-northeast2'] },
  { place: 'Seoul', says: ['seoul', 'korea'], aws: ['ap-northeast-2'], gcp: ['asia-northeast3'] },
  { place: 'Sydney', says: ['sydney', 'australia'], aws: ['ap-southeast-2'], gcp: ['australia-southeast1'] },
  { place: 'Melbourne', says: ['melbourne', 'australia'], aws: ['ap-southeast-4'], gcp: ['australia-southeast2'] },
];

/**
 * Regions named by a city code and a number, as smaller clouds name them ("FRA1", "LON1", "NYC3",
 * "PHX1", "MUM1", "FSN1"): the published lists of DigitalOcean (nyc, sfo, ams, sgp, lon, fra, tor,
 * blr, syd, atl), Civo (lon, fra, nyc, phx, mum) and Hetzner (fsn, nbg, hel). A status page writes
 * the code, a responder the city ("frankfurt vms flapping" for "instability in FRA1", round 38 of
 * docs/findability.md). Numbers 1 to 3 of each code are cues. The search reads these; the
 * redaction guard's place words (`cloudRegionPlaceWords`) stay the two large providers' places.
 */
const cityCodePlaces: readonly { place: string; says: readonly string[]; code: string }[] = [
  { place: 'London', says: ['london', 'united kingdom'], code: 'lon' },
  { place: 'Frankfurt', says: ['frankfurt', 'germany'], code: 'fra' },
  { place: 'Amsterdam', says: ['amsterdam', 'netherlands'], code: 'ams' },
  { place: 'New York', says: ['new york'], code: 'nyc' },
  { place: 'San Francisco', says: ['san francisco', 'california'], code: 'sfo' },
  { place: 'Atlanta', says: ['atlanta'], code: 'atl' },
  { place: 'Phoenix', says: ['phoenix', 'arizona'], code: 'phx' },
  { place: 'Toronto', says: ['toronto', 'canada'], code: 'tor' },
  { place: 'Singapore', says: ['singapore'], code: 'sgp' },
  { place: 'Sydney', says: ['sydney', 'australia'], code: 'syd' },
  { place: 'Bangalore', says: ['bangalore', 'bengaluru', 'india'], code: 'blr' },
  { place: 'Mumbai', says: ['mumbai', 'india'], code: 'mum' },
  { place: 'Falkenstein', says: ['falkenstein', 'germany'], code: 'fsn' },
  { place: 'Nuremberg', says: ['nuremberg', 'germany'], code: 'nbg' },
  { place: 'Helsinki', says: ['helsinki', 'finland'], code: 'hel' },
];

/**
 * Data centers named by their country's or state's two-letter code ("DE datacenter", "DE-DC",
 * "TX-DC", "SG data center"), as a help desk's status page names its own (round 39 of
 * docs/findability.md: "ddos on linode load balancers germany" for "Issues are caused by the DDoS
 * attack on LBs in Linode DE"). A code is a cue only beside "dc", "datacenter", "data center" or
 * "data centre", never alone: "de", "it", "in" and "at" are words of a sentence. Left out are codes
 * that are words beside a data center too ("in dc", "at the data center") or name two places ("ca":
 * Canada or California), and "us" and "eu", which tell no data center apart (as above).
 */
const countryCodedPlaces: readonly { place: string; says: readonly string[]; code: string }[] = [
  { place: 'Germany', says: ['germany', 'german'], code: 'de' },
  { place: 'United Kingdom', says: ['united kingdom', 'britain'], code: 'uk' },
  { place: 'Netherlands', says: ['netherlands', 'dutch'], code: 'nl' },
  { place: 'France', says: ['france', 'french'], code: 'fr' },
  { place: 'Ireland', says: ['ireland'], code: 'ie' },
  { place: 'Poland', says: ['poland'], code: 'pl' },
  { place: 'Singapore', says: ['singapore'], code: 'sg' },
  { place: 'Japan', says: ['japan'], code: 'jp' },
  { place: 'Australia', says: ['australia'], code: 'au' },
  { place: 'Brazil', says: ['brazil'], code: 'br' },
  { place: 'Texas', says: ['texas'], code: 'tx' },
  { place: 'New Jersey', says: ['new jersey'], code: 'nj' },
];
const dataCenterWords = ['dc', 'datacenter', 'data center', 'data centre'];

/** A place of {@link places} as a search concept: its region codes (and Amazon's zones) say its words; then the city codes' places and the country-coded data centers. */
export const cloudRegionConcepts: readonly SearchConcept[] = [
  ...places.map(({ place, says, aws = [], gcp = [] }) => ({
    name: `cloud region: ${place}`,
    cues: [...gcp, ...aws, ...aws.flatMap((code) => ['a', 'b', 'c'].map((zone) => `${code}${zone}`))],
    says,
  })),
  ...cityCodePlaces.map(({ place, says, code }) => ({ name: `city-coded region: ${place}`, cues: [1, 2, 3].map((n) => `${code}${n}`), says })),
  ...countryCodedPlaces.map(({ place, says, code }) => ({ name: `country-coded data center: ${place}`, cues: dataCenterWords.map((word) => `${code} ${word}`), says })),
];

/**
 * Every place word of {@link places} in lower case ("warsaw", "ireland", "northern virginia"):
 * the redaction guard reads a listed name's part that is one of them, beside a region code or as a
 * cloud service's location, as the place (publication/cloud-region-places.ts).
 */
export const cloudRegionPlaceWords: ReadonlySet<string> = new Set(places.flatMap(({ place, says }) => [place.toLowerCase(), ...says]));
