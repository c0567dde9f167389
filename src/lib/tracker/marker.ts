import { decodedUriComponent } from '../uri-component.ts';

/**
 * The mark a ticket carries back to its action item: `postmortem-kb:<postmortem id>#<item id>`
 * (both parts URI-encoded). It is written into the ticket's body when the ticket is exported and
 * read from the tracker's export on sync, so a renamed ticket still finds its item.
 */
export interface ItemRef {
  postmortemId: string;
  itemId: string;
}

export function followUpMarker(ref: ItemRef): string {
  return `postmortem-kb:${encodeURIComponent(ref.postmortemId)}#${encodeURIComponent(ref.itemId)}`;
}

export function findMarker(text: string | undefined): ItemRef | undefined {
  const match = /postmortem-kb:([^\s#]+)#([^\s<>"]+)/.exec(text ?? '');
  if (!match) return undefined;
  const postmortemId = decodedUriComponent(match[1]);
  const itemId = decodedUriComponent(match[2]);
  return postmortemId === undefined || itemId === undefined ? undefined : { postmortemId, itemId };
}
