import { describe, expect, it } from 'vitest';
import { IdentityReadings } from '../src/core/staff.js';

describe('a run’s readings of the people in a sheet’s rows', () => {
  it('reads a row again when its name or Mã changed since the sheet before, and only then', () => {
    const readings = new IdentityReadings();
    const may = readings.person(9, 'Nguyễn Văn An', 'NV01');
    const [mayName, mayId] = [may.reading, may.idReading];
    expect([mayName.name, mayName.key, mayId.key]).toEqual(['Nguyễn Văn An', 'nguyễn văn an', 'NV01']);
    // The same texts in the same row (next month's grid): the same readings.
    const june = readings.person(9, 'Nguyễn Văn An', 'NV01');
    expect([june.reading, june.idReading]).toEqual([mayName, mayId]);
    expect(june.reading).toBe(mayName);
    // Another person in that row, then one without a Mã: read afresh.
    const july = readings.person(9, 'Trần Thị Bình', 'nv02');
    expect([july.reading.name, july.idReading.key]).toEqual(['Trần Thị Bình', 'NV02']);
    const august = readings.person(9, 'Trần Thị Bình', undefined);
    expect(august.idReading.key).toBe('');
    expect(august.reading.derivedId).toMatch(/^~[0-9a-f]{8}$/u);
    // A name typed with two spaces reads as the same person (the same key) from another row.
    expect(readings.person(10, 'Nguyễn  Văn An', 'NV01').reading.key).toBe(mayName.key);
  });
});
