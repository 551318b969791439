import { describe, expect, test } from 'vitest';
import { namedIn, sameWord } from '../../src/lib/pages/named-in';

const person = { person: true };
const organisation = { person: false };

describe('a name is found in its inflected forms', () => {
  test.each([
    ['uk', 'Олександр Лукашенко', 'Як Лукашенка обрали вшосте'],
    ['uk', 'Олександр Лукашенко', 'Лукашенку відмовили у визнанні'],
    ['be', 'Аляксандр Лукашэнка', 'Чаму Лукашэнку не прызналі'],
    ['uk', 'Світлана Тихановська', 'Офіс Тихановської у Вільнюсі'],
    ['be', 'Святлана Ціханоўская', 'Ціханоўскую запрасілі ў Брусель'],
    ['en', 'Sviatlana Tsikhanouskaya', 'What Tsikhanouskaya asked the EU for'],
  ] as const)('%s: the person %s in “%s” (the family name is enough)', (locale, name, text) => {
    expect(namedIn(name, text, locale, person)).toBe(true);
  });

  test.each([
    ['uk', 'Європейський Союз', 'Санкції Європейського Союзу проти Білорусі'],
    ['be', 'Еўрапейскі саюз', 'Санкцыі Еўрапейскага саюза супраць Беларусі'],
    ['uk', 'Центральна виборча комісія Білорусі', 'Центральну виборчу комісію Білорусі звинуватили'],
    ['en', 'European Union', 'The European Union’s new sanctions'],
  ] as const)('%s: the organisation %s in “%s”', (locale, name, text) => {
    expect(namedIn(name, text, locale, organisation)).toBe(true);
  });

  test.each([
    ['uk', 'Білорусь', 'Білорусі'],
    ['uk', 'Білорусь', 'Білоруссю'],
    ['be', 'Беларусь', 'Беларусі'],
    ['uk', 'Кулеба', 'Кулебі'],
  ] as const)('%s: %s and %s are one word', (locale, one, other) => {
    expect(sameWord(one, other, locale)).toBe(true);
    expect(sameWord(other, one, locale)).toBe(true);
  });
});

describe('a name is not found inside other words or from part of it', () => {
  test.each([
    ['uk', 'Білорусь', 'білоруський'],
    ['uk', 'ЄС', 'ЄСПЧ'],
    ['uk', 'Кулеба', 'Кулебякін'],
    ['en', 'EU', 'EUR'],
  ] as const)('%s: %s is not %s', (locale, one, other) => {
    expect(sameWord(one, other, locale)).toBe(false);
  });

  test('an organisation needs every word of its name; a person’s first name alone is not enough', () => {
    expect(namedIn('Європейський Союз', 'європейський вибір', 'uk', organisation)).toBe(false);
    expect(namedIn('Центральна виборча комісія Білорусі', 'Виборча комісія району', 'uk', organisation)).toBe(false);
    expect(namedIn('Олександр Лукашенко', 'Олександр Пушкін у Мінську', 'uk', person)).toBe(false);
  });
});
