import { FRENCH_MONTHS } from '../../src/model/index.js';
import { loadGazetteers, surname, type Gazetteers } from './gazetteers.js';
import { createRandom } from './random.js';
import { TEMPLATES, type GeneratedEvent, type Person, type World } from './templates.js';

const MONTHS = FRENCH_MONTHS;

export interface GeneratedDocument {
  name: string;
  text: string;
}

function people(g: Gazetteers): Person[] {
  return Array.from({ length: 2000 }, (_, i) => ({
    first: g.firstNames[(i * 7) % g.firstNames.length]!,
    last: surname(i),
  }));
}

/** The weekly compilation's layout: title line, numbered index, then each event under its heading, ending on its URL. */
function render(number: number, events: GeneratedEvent[], start: Date, rng: World['rng']): string {
  const dates = events.map((_, i) => new Date(start.getTime() + i * 86_400_000));
  const fr = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  const times = events.map(
    () => `${rng.int(9, 21)}${rng.pick(['H', 'h'])}${String(rng.int(0, 5) * 10).padStart(2, '0')}`,
  );
  const heading = (e: GeneratedEvent, i: number) =>
    `${i + 1}°/${e.title} – ${fr(dates[i]!)} à ${times[i]} au Kremlin-Moscou`;
  const last = dates.at(-1)!;
  const lines = [
    `${String(number).padStart(4, '0')} – Russie/Kremlin – V. Poutine du ${dates[0]!.getUTCDate()} au ${last.getUTCDate()} ${MONTHS[last.getUTCMonth()]} ${String(last.getUTCFullYear()).slice(2)}`,
    '',
    ...events.map(heading),
    '',
  ];
  events.forEach((e, i) => {
    const [lead, ...body] = e.body;
    lines.push(
      heading(e, i),
      lead!,
      `${fr(dates[i]!)} à ${times[i]} au Kremlin-Moscou`,
      '',
      `1 sur ${rng.int(2, 9)}`,
      ...body,
    );
    lines.push(`http://en.kremlin.ru/events/president/news/${70_000 + number * 10 + i}`, '');
  });
  return lines.join('\n');
}

/** `count` documents of the genre, the same for the same seed: names `gen-<seed>-<nnnnn>.txt`. */
export function generateCorpus(count: number, seed = 1): GeneratedDocument[] {
  const g = loadGazetteers();
  const pool = people(g);
  return Array.from({ length: count }, (_, k) => {
    const rng = createRandom(seed * 1_000_003 + k);
    const world: World = { g, people: pool, rng };
    const events = Array.from({ length: rng.int(3, 5) }, () => rng.pick(TEMPLATES)(world));
    const start = new Date(Date.UTC(2021 + (k % 5), rng.int(0, 11), rng.int(1, 20)));
    return { name: `gen-${seed}-${String(k).padStart(5, '0')}.txt`, text: render(k + 1, events, start, rng) };
  });
}
