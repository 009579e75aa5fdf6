import { describe, expect, it } from 'vitest';
import { isTownId, townById, townByName, towns } from './towns';

describe('towns table', () => {
  it('holds the 118 towns of docs/towns.md with unique ids and names', () => {
    expect(towns).toHaveLength(118);
    expect(new Set(towns.map((t) => t.id)).size).toBe(118);
    expect(new Set(towns.map((t) => t.name)).size).toBe(118);
  });

  it('has the key ids of the fact sheet', () => {
    const expected: Record<string, number> = {
      Минск: 17030,
      Брест: 2458,
      Витебск: 9387,
      Гомель: 12370,
      Гродно: 17025,
      Могилев: 26099,
      Барановичи: 2461,
      Бобруйск: 26103,
      Борисов: 22666,
      Пинск: 2463,
      Орша: 9394,
      Мозырь: 12377,
      Солигорск: 22671,
      Молодечно: 22669,
      Лида: 17028,
      Полоцк: 9396,
    };
    for (const [name, id] of Object.entries(expected)) expect(townByName(name)?.id, name).toBe(id);
    expect(townByName('Новополоцк')).toBeUndefined();
  });

  it('looks up by id and by name, case- and ё-insensitively', () => {
    expect(townById(17030)).toEqual({ id: 17030, name: 'Минск' });
    expect(townById(1)).toBeUndefined();
    expect(townByName('  минск ')?.id).toBe(17030);
    expect(townByName('Береза')?.name).toBe('Берёза');
    expect(townByName('буда - кошелёво')?.id).toBe(9549);
    expect(townByName('марьина  горка')?.id).toBe(20966);
    expect(isTownId(270)).toBe(true);
    expect(isTownId(99999)).toBe(false);
    expect(isTownId('17030')).toBe(false);
  });
});
