import type {
  BackgroundNewsArticle,
  CorrectionComment,
  CreativeWork,
  Organization,
  Person,
  WithContext,
} from 'schema-dts';
import { localeInfo, type Locale } from '../../i18n/locales';
import { textIn } from '../../i18n/localized-text';
import { lastModified, type Change } from '../../schemas/changes';
import type { Organisation, Person as PersonRecord, Source } from './facts';
import { namedIn } from './named-in';

/** One language version of an explainer, by its canonical URL. */
export interface ArticleVersion {
  locale: Locale;
  url: string;
  title: string;
}

/** Everything the structured data of one explainer version says; built by the page, tested alone. */
export interface ArticleFacts {
  /** The language the text is written in (the original's on a fallback page). */
  locale: Locale;
  url: string;
  data: {
    title: string;
    summary: string;
    published: string;
    updated?: string | undefined;
    changes?: readonly Change[] | undefined;
    /** The ids of the people and organisations the explainer is about, when its frontmatter lists them. */
    about?: readonly string[] | undefined;
  };
  /** The lead picture's absolute URL, when the explainer has one. */
  image?: string | undefined;
  /** tlumach({ publisher }), or the site's own name and home page when none is set. */
  publisher: { name: string; url: string };
  /** The original, when this version is a translation. */
  original?: ArticleVersion | undefined;
  /** The real translations (never fallback pages), when this version is the original. */
  translations: readonly ArticleVersion[];
  /** Cited sources, in citation order. */
  citations: readonly Source[];
  /** People and organisations the text names, with their profile page URLs. */
  people: readonly { record: PersonRecord; url: string }[];
  organisations: readonly { record: Organisation; url: string }[];
}

const lang = (locale: Locale) => localeInfo(locale).lang;

/**
 * schema.org data for an explainer page: a BackgroundNewsArticle. The people and
 * organisations it is `about` are those its frontmatter lists in `about`; without that
 * list, those its title or summary names (in any inflected form: see named-in.ts). The
 * others it names are `mentions`. Each correction is a CorrectionComment; updates move
 * dateModified only.
 */
export function articleData(facts: ArticleFacts): WithContext<BackgroundNewsArticle> {
  const { data, locale } = facts;
  const named = [
    ...facts.people.map(({ record, url }) => ({ type: 'Person' as const, record, url })),
    ...facts.organisations.map(({ record, url }) => ({ type: 'Organization' as const, record, url })),
  ].map((thing) => ({ ...thing, name: textIn(thing.record.name, locale).text }));
  const headline = `${data.title}\n${data.summary}`;
  const isAbout = (thing: (typeof named)[number]) =>
    data.about
      ? data.about.includes(thing.record.id)
      : namedIn(thing.name, headline, locale, { person: thing.type === 'Person' });
  const about = named.filter(isAbout).map(entity);
  const mentions = named.filter((thing) => !isAbout(thing)).map(entity);
  const corrections = (data.changes ?? []).filter((c) => c.kind === 'correction');
  return {
    '@context': 'https://schema.org',
    '@type': 'BackgroundNewsArticle',
    '@id': facts.url,
    url: facts.url,
    mainEntityOfPage: facts.url,
    headline: data.title,
    description: data.summary,
    inLanguage: lang(locale),
    datePublished: data.published,
    dateModified: lastModified(data),
    publisher: { '@type': 'Organization', name: facts.publisher.name, url: facts.publisher.url },
    ...(facts.image && { image: facts.image }),
    ...(facts.original && { translationOfWork: version(facts.original) }),
    ...(facts.translations.length > 0 && { workTranslation: facts.translations.map(version) }),
    ...(facts.citations.length > 0 && { citation: facts.citations.map(citation) }),
    ...(about.length > 0 && { about }),
    ...(mentions.length > 0 && { mentions }),
    ...(corrections.length > 0 && { correction: corrections.map(correction) }),
  };
}

function version(other: ArticleVersion): BackgroundNewsArticle {
  return {
    '@type': 'BackgroundNewsArticle',
    '@id': other.url,
    url: other.url,
    headline: other.title,
    inLanguage: lang(other.locale),
  };
}

function citation(source: Source): CreativeWork {
  return {
    '@type': 'CreativeWork',
    name: source.title,
    url: source.url,
    datePublished: source.date,
    inLanguage: source.language,
    publisher: { '@type': 'Organization', name: source.publisher },
  };
}

function correction(change: Change): CorrectionComment {
  return { '@type': 'CorrectionComment', datePublished: change.date, text: change.note };
}

function entity(thing: {
  type: 'Person' | 'Organization';
  name: string;
  url: string;
  record: PersonRecord | Organisation;
}): Person | Organization {
  const sameAs = (thing.record.links ?? []).map((link) => link.url);
  return { '@type': thing.type, name: thing.name, url: thing.url, ...(sameAs.length > 0 && { sameAs }) };
}
