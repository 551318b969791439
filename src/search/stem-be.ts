import { combine, NO_ENDING, type StemRules } from './stem-rules';

// Belarusian inflection. Belarusian spells what it says: an unstressed о is written
// а (голас, галасы), т and д soften to ц and дз before е and і (пратэст, пратэсце;
// горад, горадзе), and в after a vowel becomes ў before a consonant (Кіева, Кіеў).
const nouns = [
  ...['а', 'я', 'о', 'е', 'э', 'у', 'ю', 'ы', 'і', 'ь', 'й', 'ё'],
  ...combine(['а', 'я'], ['м', 'х', 'мі', 'ў']),
  ...['оў', 'ёў', 'ей', 'эй', 'ой', 'ёй', 'ай', 'яй', 'ою', 'ёю', 'аю', 'яю', 'ом', 'ем', 'ём', 'ямі', 'цю', 'ццю'],
  ...combine(['і', 'ы'], ['я', 'і', 'ю', 'яй', 'яю', 'й', 'ям', 'ямі', 'ях', 'яў']),
];
const adjectives = [
  ...[
    'ая',
    'яя',
    'ае',
    'ое',
    'ее',
    'ага',
    'яга',
    'ога',
    'аму',
    'яму',
    'ому',
    'ым',
    'ім',
    'ых',
    'іх',
    'ымі',
    'імі',
    'ую',
    'юю',
  ],
  ...['ой', 'ай', 'яй', 'ою', 'аю', 'яю', 'ыя', 'ія'],
];
const verbEndings = [
  ...['ць', 'ці', 'у', 'ю', 'еш', 'эш', 'е', 'э', 'ем', 'эм', 'еце', 'эце', 'уць', 'юць', 'аць', 'яць'],
  ...['іш', 'ыш', 'іць', 'ыць', 'ім', 'ым', 'іце', 'ыце', 'ў', 'ла', 'ло', 'лі', 'ючы', 'учы', 'ачы', 'ячы', 'ўшы'],
  ...['йце', 'йма', 'ём', 'яце'],
];
const thematic = ['ава', 'ява', 'ова', 'ева', 'а', 'я', 'ы', 'і', 'ну', 'ае', 'яе', 'уе', 'юе'];
const verbs = [
  ...verbEndings,
  ...combine(thematic, verbEndings),
  ...combine(['у', 'ю'], ['ю', 'еш', 'е', 'ем', 'еце', 'юць', 'й', 'йце']),
];

export const beStemRules: StemRules = {
  endings: [...new Set([...nouns, ...adjectives, ...verbs])],
  // -цца is -ць + -ся merged in spelling (далучыцца, далучаецца).
  reflexive: ['цца', 'ся'],
  minStem: 3,
  beforeFrontVowel: [
    [/сц$/, 'ст'],
    [/дз$/, 'д'],
    [/ц$/, 'т'],
  ],
  wordVariants: [
    // Forms without an ending keep ў where the others have в: дзяржаў → дзяржава, Кіеў → Кіева.
    { pattern: /(?<=[аеёіоуыэюя])ў$/, replacement: 'в' },
  ],
  variants: [
    // Stress moves, and an unstressed о is written а: голас → галасы, горад → гарады.
    { pattern: /о/g, replacement: 'а' },
    { pattern: /ё/g, replacement: 'е' },
    // ў after a vowel is в where a vowel follows: пратэстоўцы → пратэстовец.
    { pattern: /(?<=\p{L})ў(?=\p{L})/gu, replacement: 'в' },
    // A vowel that drops out of the other forms: пратэстовец → пратэстоўца.
    { pattern: /е(ц)$/, replacement: '$1', after: NO_ENDING },
    // к and г become ц and з before е and і: бяспека → бяспецы, логіка → логіцы.
    { pattern: /ц$/, replacement: 'к', after: /^[ыэ]$/ },
    { pattern: /з$/, replacement: 'г', after: /^[ыэ]$/ },
  ],
};
