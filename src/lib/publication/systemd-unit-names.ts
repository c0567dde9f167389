/**
 * A systemd template unit's instance (`stunnel@off.service`, `matomo-archive@5.timer`,
 * `minion@off-pro.service`): the unit's name, an `@`, its instance and the unit's type. Round 40
 * of false positives (docs/redaction.md): a non-profit's infrastructure journal starts, stops and
 * enables such units in every other report, and each read as an e-mail address (31 in its 74
 * reports). No top-level domain is named after a unit type (`.services` is one; `.service` is
 * not), so an address keeps being found (`tavish@kelpworks.services`).
 */
const unitType = /\.(?:service|socket|timer|target|mount|automount|path|slice|scope|swap|device)$/;

/** True when `text`, shaped as an e-mail address, is a systemd template unit's instance. */
export function isSystemdTemplateUnit(text: string): boolean {
  return unitType.test(text) && /^[\w:.\\-]+@[\w:.\\-]*$/.test(text);
}
