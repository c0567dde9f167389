import { expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

/** A service `zorblat-ledger` shown as "Zorblat Ledger", an English-worded one, and a team. */
const options: RedactionOptions = {
  internalDomains: [],
  serviceIds: ['zorblat-ledger', 'checkout-api', 'orders-db'],
  people: [],
  internalNames: ['Zorblat Ledger', 'zorblat-ledger', 'Payments Platform', 'ledger-guild'],
  detectUnlistedPeople: false,
};

const found = (text: string) =>
  scanPublicText('post.mdx', text, options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);

test.each([
  ['The Zorblat ledger job failed.', 'Zorblat ledger'],
  ['ZORBLAT LEDGER was down.', 'ZORBLAT LEDGER'],
  ['The ZorblatLedger class threw.', 'ZorblatLedger'],
  ['Set zorblat_ledger.enabled to false.', 'zorblat_ledger'],
  ['The zorblatLedger flag.', 'zorblatLedger'],
  ['## Zorblat ledger failover', 'Zorblat ledger'],
])('a distinctive internal name is found however it is written: %s', (text, name) => {
  expect(found(text).some((f) => f.endsWith(`:${name}`)), found(text).join(', ')).toBe(true);
});

test.each([
  ['The checkout_api pods restarted.', 'checkout_api'],
  ['The CheckoutApi client retried.', 'CheckoutApi'],
  ['PaymentsPlatform owns it.', 'PaymentsPlatform'],
])('an id of English words is found joined another way: %s', (text, name) => {
  expect(found(text).some((f) => f.endsWith(`:${name}`)), found(text).join(', ')).toBe(true);
});

test.each([
  'The checkout API and the orders database were slow.',
  'The orders DB was read only.',
  'A payments platform team elsewhere.',
  'The ledger guild is an English phrase too.',
])('English words that only resemble an id are left alone: %s', (text) => {
  expect(found(text)).toEqual([]);
});
