/**
 * A disk's name in `/dev/disk/by-id` (`ata-TOSHIBA_MG07ACA14TEY_X120A00LF9RG-part3`,
 * `nvme-INTEL_MEMPEK1J016GA_PHBT817502WX016N`): the kernel names each disk by its bus, its maker,
 * its model and its serial number, joined by `_`, and a partition by `-partN` (round 40b of false
 * positives, docs/redaction.md: eleven in a non-profit's infrastructure journal, read as key
 * material). A serial number opens nothing. Only a known maker after the bus is read so: a run
 * after `nvme-` or `ata-` whose first part is no disk maker (`nvme-Zk3qP9vLmT7xR2bN8cW4yH6jD1sF5gA0`)
 * is key material as before.
 */
const diskMaker = /^(?:TOSHIBA|INTEL|Samsung|SAMSUNG|WDC|WD|Corsair|ST\d+[A-Z0-9-]*|HGST|Hitachi|KINGSTON|Kingston|Micron|SanDisk|SKHynix|Crucial|CT\d+[A-Z0-9]*|Seagate|SEAGATE|HUS\w*|HUH\w*|QEMU|VBOX|ADATA|Lexar|TEAM|PNY|KIOXIA|Sabrent|Patriot|Transcend|Dell|HPE?|LENOVO|MICRON|Netac|GIGABYTE)$/;

/** The bus's prefix, the maker, then at least the model and the serial. */
const diskId = /^(?:\/dev\/disk\/by-id\/)?(?:ata|nvme|scsi-[0-9A-F]*|scsi|usb|sata)-([A-Za-z0-9]+)_[A-Za-z0-9._-]+?(?:-part\d+)?$/;

/** Whether a secret-shaped run is a disk's `/dev/disk/by-id` name. */
export function isDiskDeviceId(run: string): boolean {
  const m = diskId.exec(run);
  return Boolean(m && diskMaker.test(m[1]));
}
