import { describe, expect, test } from 'vitest';
import { findEventSites, findHeldAtSite } from '../../src/extract/finders/events/event-sites.js';
import { peopleDoc } from './support/people-doc.js';

/** Names of the sites each event is HELD_IN beyond its dateline, for one event written as lines. */
function heldAt(lines: string[]): string[] {
  const doc = peopleDoc({ title: 'Pourparlers avec le président du Laos', kind: 'talks', lines });
  return findHeldAtSite(doc, findEventSites(doc)).map((r) =>
    'candidate' in r.target ? r.target.candidate.name : '',
  );
}

describe('findHeldAtSite: the room the text says the event took place in', () => {
  test.each<[string, string[], string[]]>([
    [
      'the talks went on in a hall',
      ['Les pourparlers se sont déroulés dans la Salle Saint-Georges du Kremlin.'],
      ['Salle Saint-Georges'],
    ],
    [
      'a sentence opening on the hall',
      ['Dans la salle Alexandre du Kremlin, le président a remis des prix.'],
      ['salle Alexandre'],
    ],
    ['a hall only mentioned', ['Le président a rappelé que la Salle Ovale avait été restaurée en 2019.'], []],
    [
      'a hall further down the text',
      [
        'Le président a reçu son homologue.',
        'Les deux présidents ont parlé.',
        'Ils ont évoqué la culture.',
        'La réception a eu lieu dans la Salle Saint-Georges.',
      ],
      [],
    ],
  ])('%s', (_, lines, expected) => {
    expect(heldAt(lines)).toEqual(expected);
  });
});
