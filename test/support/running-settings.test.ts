import { describe, expect, it } from 'vitest';
import { comparableValue } from './running-settings.js';

describe('comparableValue', () => {
  it.each([
    ['512m', '536870912'],
    ['512.00MiB', '536870912'],
    ['1g', '1073741824'],
    ['1.00GiB', '1073741824'],
    ['256.00MiB', '268435456'],
    ['1 days 100M', '1 days 100M'],
    ['127.0.0.1:7687', '127.0.0.1:7687'],
    ['apoc.*', 'apoc.*'],
    ['false', 'false'],
  ])('%s → %s', (value, comparable) => {
    expect(comparableValue(value)).toBe(comparable);
  });
});
