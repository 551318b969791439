import { combine, NO_ENDING, type StemRules } from './stem-rules';

// Ukrainian inflection, written as the endings a query and the text can differ by.
// Thematic vowels of verbs (-ува-, -и-, -а-) are cut with the ending so that
// "запроваджувати", "запроваджує" and "запроваджуватиме" meet.
const nouns = [
  ...['а', 'я', 'о', 'е', 'є', 'у', 'ю', 'і', 'ї', 'и', 'ь', 'й'],
  ...combine(['а', 'я'], ['м', 'х', 'ми']),
  ...['ів', 'їв', 'ей', 'ою', 'ею', 'єю', 'ом', 'ем', 'єм', 'ові', 'еві', 'єві', 'ьми', 'ми'],
  ...combine(['і'], ['я', 'ї', 'ю', 'єю', 'й', 'ям', 'ями', 'ях', 'ів', 'єм', 'є']),
];
const adjectives = [
  ...['ий', 'ій', 'ого', 'ього', 'ому', 'ьому', 'им', 'ім', 'ая', 'яя', 'ої', 'ьої', 'ую', 'юю', 'ою', 'ьою'],
  ...['их', 'іх', 'ими', 'іми', 'ім'],
];
const verbEndings = [
  ...['ти', 'ть', 'у', 'ю', 'еш', 'єш', 'е', 'є', 'емо', 'ємо', 'ете', 'єте', 'уть', 'ють', 'ать', 'ять'],
  ...['им', 'иш', 'ить', 'имо', 'ите', 'іш', 'іть', 'імо', 'іте', 'ім', 'ймо', 'йте', 'ьмо', 'ьте', 'мо', 'те'],
  ...['ла', 'ло', 'ли', 'вши', 'но', 'то', 'ено', 'єно', 'ючи', 'ачи', 'ячи', 'учи'],
  ...combine(['тим'], ['у', 'еш', 'е', 'емо', 'ем', 'ете', 'уть', 'еть']),
  ...['еть', 'єть', 'иться', 'іть'],
];
const thematic = ['ува', 'юва', 'ова', 'ева', 'а', 'я', 'и', 'і', 'ну'];
const verbs = [
  ...verbEndings,
  ...combine(thematic, verbEndings),
  // Past masculine -в only after a thematic vowel: a bare -в would cut "Київ".
  ...combine(thematic, ['в', 'вши']),
  ...combine(['у', 'ю'], ['ю', 'єш', 'є', 'ємо', 'єте', 'ють', 'єть', 'й', 'йте', 'ймо']),
];

export const ukStemRules: StemRules = {
  endings: [...new Set([...nouns, ...adjectives, ...verbs])],
  reflexive: ['ся', 'сь'],
  minStem: 3,
  variants: [
    // к and г become ц and з before -і: економіка → економіці, вимога → вимозі.
    { pattern: /ц$/, replacement: 'к', after: /^і$/ },
    { pattern: /з$/, replacement: 'г', after: /^і$/ },
    // A vowel that drops out of the other forms: вересень → вересня, виборець → виборця, зв'язок → зв'язку.
    { pattern: /е([нц])$/, replacement: '$1', after: NO_ENDING },
    { pattern: /о(к)$/, replacement: '$1', after: NO_ENDING },
    // і (ї) in a closed last syllable is о, е or є in the other forms: вибір → вибору, Київ → Києва.
    { pattern: /і(\p{L})$/u, replacement: 'о$1', after: NO_ENDING },
    { pattern: /і(\p{L})$/u, replacement: 'е$1', after: NO_ENDING },
    { pattern: /[ії](\p{L})$/u, replacement: 'є$1', after: NO_ENDING },
  ],
};
