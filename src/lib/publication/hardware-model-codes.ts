/**
 * A hardware maker's model codes after its name: "Cisco Small Business RV016, RV042, RV042G and
 * RV082 Routers" (round 41 of false positives, docs/redaction.md: a vulnerability database's
 * post-mortem quoting an advisory). The numbered-machine rule reads letters and a zero-padded
 * number (`WEB01`, `RV016`) as a fleet's machine; a maker's models are numbered the same way.
 * What tells them apart is the maker right before: its name, then only its product line's
 * capitalised words and more codes ("Small Business", "RV016,"), as vendors write their models.
 * A lower-case word between ("the Cisco switch in front of WEB01") ends the run, so a machine
 * after a maker's product in a sentence is still found; a machine written right after a maker's
 * name ("Dell WEB01") is published.
 */
const maker = String.raw`(?:Cisco|Juniper|Arista|Netgear|Ubiquiti|MikroTik|TP-Link|D-Link|Linksys|Zyxel|ZyXEL|Fortinet|FortiGate|SonicWall|Synology|QNAP|Dell|HPE?|Lenovo|Supermicro|Huawei|Aruba|Meraki|Brocade|Siemens|Schneider|Moxa|Hikvision|Dahua|Axis|Xerox|Brother|Canon|Epson|Lexmark|Ricoh)`;
const modelRun = new RegExp(String.raw`(?<![\p{L}\p{N}])${maker}(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{N}-]*|and|or|&),?)*[ \u00a0]+$`, 'u');

/** Whether the code at `index` of `line` follows a hardware maker's name in its run of model words (see above). */
export function isMakerModelCode(line: string, index: number): boolean {
  const before = line.slice(Math.max(0, index - 160), index);
  return /[A-Z]/.test(before) && modelRun.test(before);
}
