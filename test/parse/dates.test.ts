import { describe, expect, test } from 'vitest';
import { findDate, findDates } from '../../src/parse/dates.js';
import { findTime } from '../../src/parse/times.js';

describe('findDate', () => {
  test.each([
    ['10 mars 2025 à 13H40 au Kremlin-Moscou', '2025-03-10', '10 mars 2025'],
    ['le 14 avril 2025, Novo-Ogaryovo', '2025-04-14', 'le 14 avril 2025'],
    ['Réunion – Le 14 avril 2025', '2025-04-14', 'Le 14 avril 2025'],
    ['20.09.2021 à 16:50', '2021-09-20', '20.09.2021'],
    ['20/09/2021', '2021-09-20', '20/09/2021'],
    ['1er mars 2024', '2024-03-01', '1er mars 2024'],
    ['Rencontre avec Vladimirov6 juillet 2023 à 16H30', '2023-07-06', '6 juillet 2023'],
    ['du 4 au 10 juillet 23', '2023-07-10', '10 juillet 23'],
    ['31 décembre 2024', '2024-12-31', '31 décembre 2024'],
    ['3 fevrier 2022', '2022-02-03', '3 fevrier 2022'],
    ['15 août 2023', '2023-08-15', '15 août 2023'],
    ['5 sept. 2023', '2023-09-05', '5 sept. 2023'],
    ['7 Octobre 2022', '2022-10-07', '7 Octobre 2022'],
  ])('%s → %s', (line, iso, slice) => {
    const d = findDate(line);
    expect(d?.iso).toBe(iso);
    expect(line.slice(d!.start, d!.end)).toBe(slice);
  });

  test.each([
    ['le 9 mai', 2025, '2025-05-09'],
    ['1er mars', 2024, '2024-03-01'],
    ['le 9 mai 25 000 personnes ont défilé', 2025, '2025-05-09'],
    ['le 3 mars 12,5% des voix', 2025, '2025-03-03'],
  ])('"%s" takes the default year %i', (line, year, iso) => {
    expect(findDate(line, year)?.iso).toBe(iso);
    expect(findDate(line)).toBeNull();
  });

  test.each([
    '31 février 2024',
    '32 mars 2025',
    '300.000 familles',
    '5,7%',
    '108,5%',
    '2 000 km',
    '1.100 kilomètres',
    'les années 1970-1980',
    'le 80e anniversaire',
  ])('no date in "%s"', (line) => expect(findDates(line)).toEqual([]));
});

describe('findTime', () => {
  test.each([
    ['à 13H40 au Kremlin', '13:40', '13H40'],
    ['à 19h00', '19:00', '19h00'],
    ['16:50, Novo-Ogaryovo', '16:50', '16:50'],
    ['à 15 h 20 par vidéoconférence', '15:20', '15 h 20'],
    ['à 9h au Kremlin', '09:00', '9h'],
    ['à 21h40 – Région de Kursk', '21:40', '21h40'],
  ])('%s → %s', (line, hhmm, slice) => {
    const t = findTime(line);
    expect(t?.hhmm).toBe(hhmm);
    expect(line.slice(t!.start, t!.end)).toBe(slice);
  });

  test.each(['au Kremlin-Moscou', '25h00', '12:75', '300.000 habitants', '24 heures'])(
    'no time in "%s"',
    (line) => {
      expect(findTime(line)).toBeNull();
    },
  );
});
