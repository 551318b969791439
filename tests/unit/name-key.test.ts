import { describe, expect, test } from 'vitest';
import { nameKey, nameKeyTerm, NAME_KEY_PREFIX } from '../../src/search/name-key';

// Spellings of one name or place in Ukrainian, Belarusian, Russian, BGN/national
// romanisations, Łacinka and English press usage, in several grammatical cases.
const spellings = [
  [
    'Lukashenko',
    'Lukašenka',
    'Lukashenka',
    'Łukašenka',
    'Лукашенко',
    'Лукашэнка',
    'Лукашенкові',
    'Лукашэнкам',
    "Lukashenko's",
  ],
  [
    'Tsikhanouskaya',
    'Tikhanovskaya',
    'Tykhanovska',
    'Cichanoŭskaja',
    'Тихановська',
    'Тихановської',
    'Ціханоўская',
    'Тихановская',
  ],
  ['Kolesnikova', 'Kalesnikava', 'Колесникова', 'Колесникову', 'Калеснікава', 'Калеснікавай'],
  ['Minsk', 'Мінськ', 'Мінську', 'Мінск', 'Минск'],
  ['Kuleba', 'Кулеба', 'Кулебою'],
  ['Babaryka', 'Babariko', 'Бабарико', 'Бабарыка'],
  ['Hrodna', 'Grodno', 'Гродно', 'Гродна'],
  ['Homiel', 'Gomel', 'Гомель'],
  ['Kyiv', 'Kiev', 'Київ', 'Києва', 'Кіеў', 'Kijeŭ'],
  ['Okrestina', 'Akrestsina', 'Окрестина', 'Окрестіна', 'Акрэсціна'],
  ['Belarus', 'Білорусь', 'Беларусь', 'Bielaruś'],
  ['Brest', 'Брест', 'Брэст'],
  ['Vitebsk', 'Viciebsk', 'Вітебськ', 'Віцебск'],
];

describe('nameKey', () => {
  test.each(spellings)('every spelling of %s has one key (a query prefix of each)', (...names) => {
    const keys = names.map((n) => nameKey(n)!);
    const shortest = [...keys].sort((a, b) => a.length - b.length)[0]!;
    for (const [i, key] of keys.entries()) expect(key.startsWith(shortest), `${names[i]} → ${key}`).toBe(true);
  });

  test('different names keep different keys', () => {
    const keys = spellings.map((names) => nameKey(names[0]!)!);
    for (const [i, a] of keys.entries()) {
      for (const [j, b] of keys.entries()) if (i !== j) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
    }
  });

  test('words too short to tell names apart get no key', () => {
    expect(nameKey('Я')).toBeUndefined();
    expect(nameKey('ЄС')).toBeUndefined();
  });

  test('the term carries a prefix no real word has, so keys only ever match keys', () => {
    expect(nameKeyTerm('Мінськ')).toBe(`${NAME_KEY_PREFIX}minsk`);
  });
});
