import { describe, expect, test } from 'vitest';
import { parseHeading } from '../../src/parse/headings.js';
import { eventKind } from '../../src/parse/event-kind.js';
import { isDroppedLine } from '../../src/parse/noise.js';

const read = (line: string) => {
  const h = parseHeading(line);
  if (!h) return null;
  const cut = (r: { start: number; end: number } | null) => (r ? line.slice(r.start, r.end) : null);
  return {
    n: h.number,
    title: cut(h.title),
    date: h.date?.iso ?? null,
    time: h.time?.hhmm ?? null,
    place: cut(h.place),
  };
};

describe('parseHeading', () => {
  // prettier-ignore
  test.each([
    ['1°/Rencontre avec le gouverneur du territoire de Perm Dmitry Makhonin – 10 mars 2025 à 13H40 au Kremlin-Moscou',
      { n: 1, title: 'Rencontre avec le gouverneur du territoire de Perm Dmitry Makhonin', date: '2025-03-10', time: '13:40', place: 'Kremlin-Moscou' }],
    ['3°/Visite d’un poste de commandement du groupe de forces à Kursk – 12 mars 2025 à 21h40 – Région de Kursk',
      { n: 3, title: 'Visite d’un poste de commandement du groupe de forces à Kursk', date: '2025-03-12', time: '21:40', place: 'Région de Kursk' }],
    ['2/Entretien téléphonique avec le président du Brésil - le 14 avril 2025 à 15 h 20 par vidéoconférence',
      { n: 2, title: 'Entretien téléphonique avec le président du Brésil', date: '2025-04-14', time: '15:20', place: 'par vidéoconférence' }],
    ['3. Réunion avec les membres du Conseil de sécurité — 20.09.2021 16:50, Novo-Ogaryovo, région de Moscou',
      { n: 3, title: 'Réunion avec les membres du Conseil de sécurité', date: '2021-09-20', time: '16:50', place: 'Novo-Ogaryovo, région de Moscou' }],
    ['4° / Rencontre avec le chef de Rosatom Alexeï Vladimirov6 juillet 2023 à 16H30 au Le Kremlin-Moscou',
      { n: 4, title: 'Rencontre avec le chef de Rosatom Alexeï Vladimirov', date: '2023-07-06', time: '16:30', place: 'Le Kremlin-Moscou' }],
    ['• Cérémonie de remise des récompenses d’État – 6 juillet 2023 Kremlin – Moscou',
      { n: null, title: 'Cérémonie de remise des récompenses d’État', date: '2023-07-06', time: null, place: 'Kremlin – Moscou' }],
    ['Conversation téléphonique avec le président de la Turquie – 5 mai 2024',
      { n: null, title: 'Conversation téléphonique avec le président de la Turquie', date: '2024-05-05', time: null, place: null }],
    ['5°/Message de félicitations au président élu',
      { n: 5, title: 'Message de félicitations au président élu', date: null, time: null, place: null }],
    ['1) Réunion sur les questions économiques – 10 juillet 23 à 12h00 au Kremlin',
      { n: 1, title: 'Réunion sur les questions économiques', date: '2023-07-10', time: '12:00', place: 'Kremlin' }],
    // Time or place before the date, a date range (the event starts on the first day).
    ['2°/Rencontre avec le Premier ministre – 13H40 – 10 mars 2025 au Kremlin-Moscou',
      { n: 2, title: 'Rencontre avec le Premier ministre', date: '2025-03-10', time: '13:40', place: 'Kremlin-Moscou' }],
    ['3°/Visite de travail – Région de Koursk – 12 mars 2025 à 21h40',
      { n: 3, title: 'Visite de travail', date: '2025-03-12', time: '21:40', place: 'Région de Koursk' }],
    ['4°/Visite d’État en Chine du 4 au 6 juillet 2023',
      { n: 4, title: 'Visite d’État en Chine', date: '2023-07-04', time: null, place: null }],
    ['5°/Sommet des 2 – 10 mars 2025',
      { n: 5, title: 'Sommet des 2', date: '2025-03-10', time: null, place: null }],
  ])('%s', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  test.each([
    '10 mars 2025 à 13H40 au Kremlin-Moscou',
    '20.09.2021 à 16:50',
    'Le 14 avril 2025, le ministre a présenté son rapport au président. Il a souligné les progrès.',
    'En 2003, le district est devenu une partie de la région perm pour former le territoire perm.',
    '1. Les parties ont convenu de poursuivre la coopération.',
    '- the 76th Guards Airborne Assault Division,',
    'Il a ajouté que le 9 mai 2025 serait une journée importante pour nos deux pays et nos peuples.',
  ])('not a heading: %s', (line) => {
    expect(read(line)).toBeNull();
  });
});

describe('eventKind', () => {
  test.each([
    ['Rencontre avec le gouverneur du territoire de Perm Dmitry Makhonin', 'meeting'],
    ['Réunion avec les membres permanents du Conseil de sécurité', 'meeting'],
    ['Entretien avec le Premier ministre', 'meeting'],
    ['Visite d’un poste de commandement du groupe de forces à Kursk', 'visit'],
    ['Pourparlers russo-bilarusiens', 'talks'],
    ['Négociations avec le président de la Chine', 'talks'],
    ['Conférence de presse conjointe avec le président du Bélarus Alexander Lukashenko', 'press_conference'],
    ['Déclarations à la presse après les pourparlers', 'press_conference'],
    ['Cérémonie de remise des récompenses d’État', 'ceremony'],
    ['Remise des médailles d’or', 'ceremony'],
    ['Conversation téléphonique avec le président de la Turquie', 'call'],
    ['Entretien téléphonique avec Emmanuel Macron', 'call'],
    ['Message de félicitations au président du Vietnam', 'greeting'],
    ['Condoléances au peuple turc', 'greeting'],
    ['Décret sur la nomination du gouverneur', 'decree'],
    ['Déclaration du président de la Russie', 'statement'],
    ['Journée de la marine', 'other'],
    ['Réunion sur la préparation de la visite du président chinois', 'meeting'],
    ['Visite de travail et réunion avec les ouvriers', 'visit'],
    ['Message à l’Assemblée fédérale', 'statement'],
    ['Cérémonie de signature des documents après les pourparlers', 'ceremony'],
    ['Déclarations conjointes aux médias', 'press_conference'],
    ['Réunion du Conseil de sécurité par vidéoconférence', 'meeting'],
    ['Réunion de la commission du Conseil d’État sur l’énergie', 'meeting'],
  ])('%s → %s', (title, kind) => {
    expect(eventKind(title)).toBe(kind);
  });
});

describe('isDroppedLine', () => {
  test.each([
    '3 sur 8',
    '13 sur 13',
    '<…>',
    '<...>',
    '%%%%%%%%%%',
    '-----',
    '* * *',
    'PHOTO 3',
    'Photo',
    'BANNIÈRE',
    '…',
  ])('drops "%s"', (line) => {
    expect(isDroppedLine(line)).toBe(true);
  });
  test.each([
    '- the Veterans volunteer formation,',
    'Merci.',
    'Territoire de Perm',
    '3 sur 8 des participants ont voté',
  ])('keeps "%s"', (line) => {
    expect(isDroppedLine(line)).toBe(false);
  });
});
