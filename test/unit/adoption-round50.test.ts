import { describe, expect, it } from 'vitest';
import { machineNamesDeclaredIn, namesMachineInSentence } from '../../src/lib/publication/machine-named-like-people.ts';
import { listedPeopleProbe } from '../support/listed-people-probe.ts';

/**
 * Round 50's adoption walk (docs/adopting.md, "Walkthrough round 50"). Names, servers and posts
 * invented here, modelled on what the walk met.
 */
const { peopleFound, publicLine } = listedPeopleProbe(['Fritz Oberholm', 'Ada Quenby', 'Tamsin Rowe']);

/** Left by session 49: a server named like a listed person was published as "an engineer". */
describe('a listed name its sentence uses as a machine\'s', () => {
  it.each([
    ['a state a machine is in', 'Fritz acted normally throughout our monitoring period.', 'An internal host acted normally throughout our monitoring period.'],
    ['what a machine is made to do', 'This was causing Fritz to go into read-only mode.', 'This was causing an internal host to go into read-only mode.'],
    ['down, with a time after', 'Ada went down at 10:00 and the database failed over.', 'An internal host went down at 10:00 and the database failed over.'],
    ['what is done to a machine', 'We rebooted Ada at 10:05.', 'We rebooted an internal host at 10:05.'],
    ['a shell opened on it', 'Then we ran ssh Fritz and restarted the cache.', 'Then we ran ssh an internal host and restarted the cache.'],
    ['a verb with no object', 'Fritz crashed twice overnight.', 'An internal host crashed twice overnight.'],
    ['a machine\'s part', 'Fritz\'s disk filled up by noon.', 'An internal host\'s disk filled up by noon.'],
    ['a place on a machine, in bold', 'We are maxing out the streaming service on **Fritz** tonight.', 'We are maxing out the streaming service on **an internal host** tonight.'],
    ['a place on a machine', 'Verify cron is running on Ada.', 'Verify cron is running on an internal host.'],
    ['a place on a machine, a guessed name', 'The tunnel on Gertrude hardcodes the container IP.', 'The tunnel on an internal host hardcodes the container IP.'],
    ['what is done to a machine, said of it', 'Fritz was updated, and the upgrade needed a restart.', 'An internal host was updated, and the upgrade needed a restart.'],
    ['a machine\'s software', 'Sometime later, Fritz\'s Redis lost its replica.', 'Sometime later, an internal host\'s Redis lost its replica.'],
  ])('%s reads "an internal host" (.mdx and .md)', (_, line, expected) => {
    expect(publicLine(line)).toBe(expected);
    expect(publicLine(line, 'md')).toBe(expected);
  });

  it.each([
    ['acting on a thing', 'Fritz restarted the pool and paged the team.', 'An engineer restarted the pool and paged the team.'],
    ['the same verb with an object', 'Ada rebooted the database at 10:05.', 'An engineer rebooted the database at 10:05.'],
    ['thanked', 'Thanks to Fritz for the fix.', 'Thanks to an engineer for the fix.'],
    ['greeted', 'Hi Tamsin, the pool is down.', 'Hi an engineer, the pool is down.'],
    ['ran out of something no machine has', 'Ada ran out of time before the freeze.', 'An engineer ran out of time before the freeze.'],
    ['after "on" with no machine in the line', 'We waited on Ada for the sign-off.', 'We waited on Ada for the sign-off.'],
  ])('%s is still a person: "an engineer", or left to the author', (_, line, expected) => {
    expect(publicLine(line)).toBe(expected);
  });

  it.each([
    ['We rebooted Fritz and Ada at 10:05.', 'We rebooted two internal hosts at 10:05.'],
    ['Fritz and Ada were down for an hour.', 'Two internal hosts were down for an hour.'],
  ])('a run of servers is read as one: "%s"', (line, expected) => {
    expect(publicLine(line)).toBe(expected);
  });

  it('a post that says the name is its server reads it so everywhere', () => {
    const body = ['Ada, our main on-premise server, had eight disks.', '', 'We needed off Ada, and fast.', '', 'Traffic still routes back to Ada for old files.', '', 'Ada was serving files from the bad disks.'].join('\n');
    expect(publicLine(body)).toBe(['An internal host, our main on-premise server, had eight disks.', '', 'We needed off an internal host, and fast.', '', 'Traffic still routes back to an internal host for old files.', '', 'An internal host was serving files from the bad disks.'].join('\n'));
  });

  it.each([
    ['Fritz (the main database server) ran hot.', 'fritz'],
    ['The adversary set the fritz Redis write primary.', 'fritz'],
    ['Ada, one of our storage nodes, failed.', 'ada'],
  ])('"%s" says which name is a machine\'s', (line, name) => {
    expect(machineNamesDeclaredIn(line)).toContain(name);
  });

  it.each([
    ['Ada, our on-call engineer, restarted it.'],
    ['Fritz (the team lead) approved the change.'],
  ])('"%s" says no machine', (line) => {
    expect(machineNamesDeclaredIn(line).size).toBe(0);
  });

  it('reads the name\'s own line only', () => {
    const source = 'ssh\nFritz wrote the fix.';
    const at = source.indexOf('Fritz');
    expect(namesMachineInSentence(source, at, at + 5)).toBe(false);
    expect(namesMachineInSentence('Fritz is down', 0, 5)).toBe(true);
    expect(namesMachineInSentence('Fritz is done', 0, 5)).toBe(false);
  });
});

/** Read on the public site: a role's mailbox in a mail link was "an engineer". */
describe('a mail link whose words are its address', () => {
  it.each([
    ['a role\'s mailbox after "at"', 'Please email us at [admin@acme-help.example](mailto:admin@acme-help.example) if this applies.', 'Please email us at our support address if this applies.'],
    ['a person\'s mailbox after "at"', 'Reach the lead at [iv@acme-help.example](mailto:iv@acme-help.example) today.', 'Reach the lead at the responsible team\'s address today.'],
  ])('%s reads as an address (.mdx and .md)', (_, line, expected) => {
    expect(publicLine(line)).toBe(expected);
    expect(publicLine(line, 'md')).toBe(expected);
  });
});

/** Found on the public site: a listed person's account in a status link, spelt without the name's accent. */
describe('the account of a listed name with an accent', () => {
  const found = listedPeopleProbe(['Kris Nóva', 'Tamsin Rowe']).peopleFound;

  it('is found in a profile\'s path, written without the accent', () => {
    expect(found('Registrations closed during the [DDoS threat](https://social.example/@nova/1094516169).')).toContain('/@nova');
  });

  it('the word elsewhere is no one', () => {
    expect(found('A nova was seen, and a [supernova](https://social.example/@astro/1) too.')).toEqual([]);
  });
});

/** Left by session 49: "Hey Rustaceans," was a possible person by the rule of people spoken to. */
describe('a community greeted by its members\' name', () => {
  it.each([
    ['Hey Rustaceans,'],
    ['Hey Rustaceans, the registry was down for an hour.'],
    ['Hiya Pythonistas! The index is back.'],
  ])('"%s" names no one', (line) => {
    expect(peopleFound(line)).toEqual([]);
    expect(publicLine(line)).toBe(line);
  });

  it.each([
    ['Hey Tamsin, the pool is down.', 'Tamsin'],
    ['Hey Ada, can you look at the pool?', 'Ada'],
  ])('"%s" still greets a person', (line, name) => {
    expect(peopleFound(line)).toContain(name);
  });
});
