/**
 * A hosting provider's data centre named by its metro's airport code and a zero-padded site number
 * (`AMS-01`, `FRA-02`, `LHR-003`). Round 40 of false positives (docs/redaction.md): an analytics
 * vendor's status post quoting its host's notice "Network Outage AMS-01" was both a numbered
 * machine (`DB01`, `WEB-03`) and a ticket's key. Providers name their sites so in every notice and
 * status page; a metro's code is a place, not a machine's role, and a ticket's number is never
 * zero-padded. Only the codes of metros data centres are built in are read so: a numbered machine
 * under any other prefix (`KLP-01`, `WEB-03`) and a ticket (`AMS-142`) are found as before. An
 * organisation's own machine named after a metro alone (`AMS-01`) is then published
 * (docs/redaction.md, "Limits").
 */
const metroCodes = new Set(('AMS FRA LHR LON LCY MAN DUB PAR CDG MRS MAD BCN LIS MXP MIL FCO ZRH GVA VIE PRG WAW BUD OTP SOF ' +
  'ARN STO CPH OSL HEL BRU LUX DUS HAM MUC BER TXL ' +
  'IAD ASH NYC EWR JFK BOS ORD CHI DFW DAL IAH ATL MIA DEN PHX LAX SJC SFO SEA PDX SLC YYZ YUL YVR ' +
  'GRU SCL BOG EZE LIM QRO MEX ' +
  'SIN HKG NRT HND TYO KIX OSA ICN SEL TPE BOM MAA DEL BLR CGK KUL BKK MNL SYD MEL PER AKL ' +
  'JNB CPT LOS NBO DXB FJR BAH TLV').split(' '));

const site = /^(\p{Lu}{3})-(?:0[1-9]|00[1-9])$/u;

/** True when `token` names a provider's data centre by its metro's code and a site number (`AMS-01`). */
export function isDataCentreSite(token: string): boolean {
  const match = site.exec(token);
  return match !== null && metroCodes.has(match[1]);
}
