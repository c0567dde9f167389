/**
 * An app's name as the text of a link to its page in a public app store (round 48 of false
 * positives, docs/redaction.md): an app catalogue's weekly news lists its updates as
 * "**[Jami](https://f-droid.org/packages/cx.ring/)** was updated from …", "[Etar](…) 1.0.13 is
 * in", "[GitNex for Forgejo and Gitea](https://f-droid.org/packages/…)", and the language model
 * read the apps' names as people (several hundred findings in F-Droid's blog). A store publishes
 * only released apps, under the name the link gives, so the link's text is that app's name
 * wherever the store is: F-Droid's packages, Google Play's and Apple's app pages, Flathub's apps,
 * the Snap Store. The same text linked anywhere else (a code host, a profile, a document) is read
 * as before, and a name the team lists as a person is found wherever it stands.
 */
const appPage = /^https?:\/\/(?:(?:www\.)?f-droid\.org\/(?:[a-z]{2}(?:_[A-Za-z]{2,4})?\/)?(?:packages|wiki\/page)\/[\w.]+|play\.google\.com\/store\/apps\/details\?id=[\w.]+|apps\.apple\.com\/(?:[a-z]{2}\/)?app\/[^\s)]+|(?:www\.)?flathub\.org\/apps\/(?:details\/)?[\w.-]+|snapcraft\.io\/[\w-]+)\/?(?:[?#][^\s)]*)?$/i;

/** Whether `text` at `index` of `line` lies inside the text of a Markdown link to an app's page in an app store. */
export function isAppStoreListingName(line: string, index: number, text: string): boolean {
  for (const m of line.matchAll(/\[([^\]]*)\]\(\s*([^\s)]+)[^)]*\)/g)) {
    const start = m.index! + 1;
    if (index >= start && index + text.length <= start + m[1].length) return appPage.test(m[2]);
  }
  return false;
}
