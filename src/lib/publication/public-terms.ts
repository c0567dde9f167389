import { allMatches, escapeRegExp } from '../regexp.ts';
/**
 * Names that are public everywhere: vendors, products and open-source projects that incident
 * reports name, and the places cloud regions are named after. The language model takes many of
 * them for people ("Travis", "Cassandra", "Jenkins", "Hugo" are first names or surnames in its
 * lexicon; "Sydney" and "Virginia" are tagged as people), and on already-published provider
 * reports they were most of its single-word guesses (docs/redaction.md has the figures).
 *
 * A term here only silences the guesses: a phrasing that leaves no doubt ("thanks, Hugo",
 * "Travis from the storage team", a cc line, an owner column) and every listed name are still
 * findings. Anything else public goes in `publicNames` in site.config.ts.
 */

/** Vendors, products, projects and organisations, in lower case. Multi-word names are phrases. */
const products = `
amazon aws azure microsoft google gcp alphabet apple meta facebook instagram whatsapp netflix twitter reddit discord
linkedin youtube gmail outlook office sharepoint onedrive teams skype xbox playstation nintendo sony samsung nokia
ericsson huawei intel amd nvidia arm qualcomm broadcom cisco juniper arista aruba dell lenovo ibm oracle sap salesforce
vmware citrix canonical ubuntu debian fedora centos rhel suse alpine gentoo arch nixos freebsd openbsd netbsd solaris
bookworm bullseye buster stretch jessie trixie forky sid raspbian
illumos smartos joyent linux windows macos ios android chromeos chrome chromium firefox safari edge opera mozilla
cloudflare fastly akamai limelight imperva incapsula sucuri stackpath bunny verisign godaddy namecheap gandi dyn ns1
route53 ec2 s3 ebs ecs eks gke aks iam vpc elb alb nlb sqs sns kms lambda cloudfront cloudwatch ultradns neustar quad9 opendns digicert sectigo comodo globalsign entrust letsencrypt
github gitlab bitbucket atlassian jira confluence trello slack zoom webex okta auth0 onelogin duo pagerduty opsgenie
victorops statuspage datadog newrelic splunk sumologic loggly papertrail honeycomb lightstep sentry bugsnag rollbar
elastic elasticsearch kibana logstash beats opensearch grafana prometheus thanos cortex mimir loki tempo jaeger zipkin
opentelemetry nagios zabbix icinga sensu graphite statsd influxdb telegraf chronograf
heroku vercel netlify render railway fly digitalocean linode akamai vultr hetzner ovh ovhcloud scaleway rackspace
equinix softlayer backblaze wasabi dropbox box stripe braintree adyen paypal square klarna plaid twilio sendgrid
mailgun mailchimp postmark mandrill zendesk intercom freshdesk hubspot segment mixpanel amplitude optimizely
launchdarkly shopify etsy ebay wix squarespace wordpress automattic tumblr medium substack ghost patreon kickstarter mastodon
coinbase binance kraken robinhood visa mastercard amex discover
docker moby containerd podman kubernetes k8s openshift rancher nomad consul vault terraform packer vagrant hashicorp
ansible puppet chef saltstack helm istio envoy linkerd cilium calico tigera flannel weave coredns kube-dns etcd zookeeper
karpenter crossplane keda velero harbor falco gatekeeper kyverno backstage dapr knative kustomize kustomization skaffold fluentd fluentbit jupyter jupyterhub binderhub dask openebs longhorn ceph minio portworx metallb
kafka pulsar rabbitmq activemq nats zeromq celery sidekiq resque
cassandra scylla scylladb hbase hadoop hdfs spark flink storm hive presto trino druid pinot clickhouse snowflake
databricks redshift bigquery bigtable spanner firestore filestore memorystore firebase dynamodb cosmos cosmosdb aurora rds postgres
postgresql mysql mariadb percona sqlite mongodb mongo couchdb couchbase riak redis memcached valkey keydb
cockroachdb cockroach vitess tidb yugabyte neo4j supabase planetscale neon timescale timescaledb
patroni pgbouncer pgpool pgbackrest repmgr pgvector proxysql galera memgraph seaweedfs strimzi gitaly sanoid syncoid zammad rspamd
slurm beegfs gpfs openhpc lmod spack easybuild apptainer sssd
proxmox geth erigon nethermind besu reth lighthouse prysm teku nimbus lodestar grandine holesky sepolia hoodi goerli ephemery pectra dencun mainnet testnet devnet
nginx apache httpd haproxy varnish traefik caddy squid tomcat jetty iis lighttpd openresty kong tyk
scipy numpy heartbleed shellshock log4shell log4j rowhammer stagefright wannacry notpetya petya solarwinds regresshion bleichenbacher crowdstrike
jenkins travis circleci buildkite teamcity bamboo drone concourse spinnaker argo argocd flux tekton
homebrew npm yarn pnpm pypi pip conda rubygems bundler maven gradle cargo crates nuget composer cocoapods
python ruby java javascript typescript golang rust erlang elixir haskell scala kotlin swift php perl lua clojure
node nodejs deno bun jvm openjdk graalvm dotnet rails django flask fastapi laravel symfony spring express
react vue angular svelte ember jquery webpack babel vite rollup esbuild hugo jekyll gatsby astro nextjs nuxt
kube kubelet kubeadm kubeconfig minikube kind k3s eslint prettier tslint iptables ip6tables nftables netfilter ipvs veth vxlan macvlan ipvlan
systemd journald networkd resolved udev vsphere esxi vcenter hyperv qemu kvm xen gcloud gsutil awscli eksctl azcli cf tf
openssl libressl boringssl openssh ssh gnupg gpg lxc lxd grub grub2 xscreensaver xfce xfce4 pkg tokio lfs bind unbound dnsmasq systemd glibc musl bash zsh git mercurial subversion
syslog komodo xbps ext2 ext3 ext4 xfs btrfs zfs sysctl nft ufw zram zswap swapfile writeback eeprom rpi dphys s6 csi trivy synology hydrus wpa wpa2 wpa3
stackless
bitnami
level3 lumen centurylink cogent telia zayo gtt hurricane comcast verizon at&t sprint t-mobile vodafone telstra
optus singtel telefonica orange bt deutsche telekom ntt kddi softbank reliance jio airtel
boeing airbus lockheed raytheon nasa esa spacex
reuters bloomberg cnn bbc guardian techcrunch wired verge
`;

/** Multi-word names: a single word of them alone may still be a name ("Martin", "Reuters" alone are not here). */
const phrases = `
amazon web services|google cloud|google cloud platform|microsoft azure|azure devops|active directory|azure active directory
travis ci|circle ci|github actions|gitlab ci|red hat|new relic|sumo logic|let's encrypt|lets encrypt|digital ocean
digital realty|hurricane electric|deutsche telekom|blue origin|lockheed martin|thomson reuters|knight capital
eve online|hacker news|stack overflow|stack exchange|cloud run|cloud sql|cloud storage|compute engine|app engine
kubernetes engine|cloud functions|front door|traffic manager|service bus|event hubs|cosmos db|key vault|app service
route 53|elastic load balancing|elastic beanstalk|simple queue service|lambda@edge|amazon s3|amazon ec2
`;

/** Places that name cloud regions, data centres and the cities reports mention, in lower case. */
const places = `
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
carolina dakota quebec ontario alberta
sydney melbourne adelaide brisbane perth canberra auckland wellington tokyo osaka seoul busan singapore jakarta
mumbai delhi chennai hyderabad pune bangalore bengaluru hongkong taipei beijing shanghai shenzhen manila bangkok
dubai doha bahrain riyadh jeddah tel aviv johannesburg cape town lagos nairobi cairo
london dublin ireland frankfurt berlin munich hamburg paris marseille amsterdam brussels luxembourg zurich geneva
stockholm oslo copenhagen helsinki warsaw vienna prague madrid barcelona lisbon milan rome turin athens istanbul
montreal toronto vancouver ashburn dallas houston austin atlanta chicago denver phoenix seattle portland boston
miami charlotte columbus jackson madison richmond reston sterling boardman quincy
paulo sao são santiago bogota lima mexico querétaro queretaro
`;

const multiWordPlaces = `
northern virginia|northern california|southern california|new york|new jersey|new mexico|new zealand|new south wales
north carolina|south carolina|north dakota|south dakota|west virginia|rhode island|hong kong|tel aviv|cape town
são paulo|sao paulo|rio de janeiro|san francisco|san jose|los angeles|las vegas|salt lake city|silicon valley
us east|us west|west europe|north europe|uk south|uk west|australia east|australia southeast|brazil south
central us|east us|west us|south central us|north central us|japan east|japan west|korea central|india central
`;

/**
 * Countries cloud regions and public reports are named after (since probe round 38: "the Germany
 * cluster" is where it runs, as "the Frankfurt cluster" is); another country before a system's
 * noun is a code name (unowned-code-names.ts). Kept apart from the places above, which every rule
 * reads as public words.
 */
const regionCountries = `
australia austria bahrain belgium brazil canada chile denmark england finland france germany indonesia israel italy
korea malaysia mexico netherlands norway poland qatar scotland spain sweden switzerland taiwan thailand uk usa america
`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);
const lines = (list: string) => list.split(/[|\n]/).map((p) => p.trim()).filter(Boolean);

const publicWords = new Set([...words(products), ...words(places)]);
const publicPhrases = [...lines(phrases), ...lines(multiWordPlaces)].sort((a, b) => b.length - a.length);
const phrasePattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${publicPhrases.map((p) => p.split(' ').map(escapeRegExp).join('\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** True when `word` (one word, any case, a possessive "'s" ignored) is a well-known public name. */
export function isPublicTerm(word: string): boolean {
  return publicWords.has(word.toLowerCase().replace(/[’']s$/, ''));
}

const placeWords = new Set(words(places));
const regionCountryWords = new Set(words(regionCountries));
/** True when `word` (one word, any case) is a country a cloud region or a public report is named after. */
export function isRegionCountry(word: string): boolean {
  return regionCountryWords.has(word.toLowerCase());
}
/** True when `word` (one word, any case) is a place of the list: a region after a town ("Hamilton, Ontario"). */
export function isPublicPlace(word: string): boolean {
  return placeWords.has(word.toLowerCase());
}

/** Ranges of a line covered by well-known public multi-word names ("Travis CI", "Northern Virginia"). */
export function publicPhraseRanges(line: string): [number, number][] {
  return [...allMatches(phrasePattern, line)].map((m) => [m.index!, m.index! + m[0].length]);
}

/**
 * True when the text at `index` in `line` is a public name: every capitalised word of it a public
 * word, or the whole span inside a public phrase of the line.
 */
export function isPublicNameAt(line: string, index: number, text: string): boolean {
  const end = index + text.length;
  if (publicPhraseRanges(line).some(([a, b]) => a <= index && end <= b)) return true;
  const capitalised = text.split(/[\s\u00a0]+/).filter((w) => /^\p{Lu}/u.test(w));
  return capitalised.length > 0 && capitalised.every((w) => isPublicTerm(w));
}
