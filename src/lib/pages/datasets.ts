import { isUnit, unitNames } from '../../i18n/quantity';
import { ContentError, didYouMean } from '../errors';
import type { Dataset, SharedFacts } from './facts';
import { unknownRecord } from './record-references';

/** The points of a dataset along the x axis: days or categories. */
export function pointCount(dataset: Dataset): number {
  return 'days' in dataset.x ? dataset.x.days.length : dataset.x.categories.length;
}

/**
 * A dataset a chart cannot draw fails the build here, before any page renders it:
 * no series, no points, a series whose values do not match the points, days out of
 * order, a unit without plural forms, a source that does not exist.
 */
export function checkDatasets(facts: SharedFacts): void {
  const file = facts.files.datasets;
  for (const dataset of facts.datasets.values()) {
    const fail = (field: string, message: string, hint: string) =>
      new ContentError({ file, field: `${dataset.id}.${field}`, message, hint });
    const points = pointCount(dataset);
    const axis = 'days' in dataset.x ? 'x.days' : 'x.categories';
    if (points === 0)
      throw fail(axis, 'is empty: there is nothing to draw.', 'List the days or categories the values belong to.');
    if (dataset.series.length === 0) {
      throw fail(
        'series',
        'is empty: there is nothing to draw.',
        'Add a series: { label: { en: … }, values: [one number per point] }.',
      );
    }
    if (dataset.series.length > 4) {
      throw fail(
        'series',
        `has ${dataset.series.length} series; a chart stays readable with at most 4.`,
        'Split the data into two datasets and two charts.',
      );
    }
    dataset.series.forEach((series, index) => {
      if (series.values.length !== points) {
        throw fail(
          `series.${index}.values`,
          `has ${series.values.length} value${series.values.length === 1 ? '' : 's'}, but ${axis} has ${points}.`,
          `Give one value per point, in the order of ${axis}.`,
        );
      }
      const bad = series.values.findIndex((v) => !Number.isFinite(v));
      if (bad >= 0)
        throw fail(`series.${index}.values.${bad}`, 'is not a number.', 'Write plain numbers, e.g. 40 or 12.5.');
    });
    if ('days' in dataset.x) {
      const days = dataset.x.days;
      const late = days.findIndex((day, i) => i > 0 && day <= days[i - 1]!);
      if (late >= 0)
        throw fail(
          `x.days.${late}`,
          `"${days[late]}" is not after "${days[late - 1]}".`,
          'List the days in order, each once.',
        );
    }
    if (!isUnit(dataset.unit)) {
      throw fail(
        'unit',
        `unknown unit "${dataset.unit}".`,
        `${didYouMean(dataset.unit, unitNames)} A new unit goes in locales/<locale>/units.json, with every plural form.`,
      );
    }
    if (!facts.sources.has(dataset.source)) {
      const { message, hint } = unknownRecord(facts, 'sources', dataset.source);
      throw fail('source', message, hint);
    }
  }
}
