import { withoutAccents } from '../text/fold-accents.ts';

/**
 * Common given names of Irish, Scottish Gaelic and Welsh (since the twenty-fifth probe round,
 * docs/redaction.md): compromise's English lexicon knows Sean and Kevin but not Tadhg, Oisín,
 * Caoimhe, Saoirse or Dafydd, and other-language-given-names.ts covers the languages the person
 * rules read whole lines of. Such a name acting with no object ("Tadhg has restarted.") reads as
 * a system's word unless a list says it is a given name. Written from general knowledge, with the
 * spellings without the fada (Oisín, Oisin), as keyboards and e-mail addresses write them.
 */
const names = `
  tadhg oisín caoimhe saoirse aoife niamh siobhán róisín sinéad orlaith orla clodagh gráinne
  ciarán cian darragh eoin pádraig pádraic seán séamus diarmuid donncha donnchadh fionn fiachra
  ruairí ruaidhrí cathal colm colmán conall cormac dónal domhnall éamon éamonn eoghan fearghal
  feargal lorcan lorcán oisin odhrán rónán tiernan tiarnán aodhán aodh bláthnaid caitríona
  ciara dearbhla deirdre éabha eimear eithne fionnuala méabh meadhbh muireann nuala órla
  riona ríona sadhbh síle sorcha úna aisling ailbhe áine íde mairéad máire muirne neasa
  ailsa catriona eilidh iseabail mhairi morag peigi seonag ruaridh ruairidh tormod uisdean
  dafydd dewi emrys gethin gruffydd huw iestyn ieuan iolo llŷr llyr meirion owain rhodri
  rhys siôn tudur cerys eirlys ffion gwen gwenllian gwyneth heledd lowri mererid nia
  rhiannon seren siân siwan teleri`;

const givenNames = new Set(names.split(/\s+/).filter(Boolean).flatMap((n) => [n.normalize('NFC'), withoutAccents(n)]));

/** True when `word` (any case, with or without its accents) is a common Irish, Scottish Gaelic or Welsh given name. */
export function isGaelicGivenName(word: string): boolean {
  return givenNames.has(word.normalize('NFC').toLowerCase());
}
