/**
 * npm run i18n:status [-- --json] [-- --strict]
 * Explainer × language → original / translated / outdated (which sections) / missing,
 * plus shared facts and UI strings missing per language.
 */
import { localeCodes } from '../i18n/locales';
import { missingUiKeys, sharedGaps } from '../translation/gaps';
import { explainerStatus, needsWork, type TranslationState } from '../translation/status';
import { readExplainers, readSharedCollections, readUiResources } from './project-files';
import { runCli } from './run';

runCli(() => {
  const args = new Set(process.argv.slice(2));
  const explainers = [...readExplainers()].map(([slug, versions]) => explainerStatus(slug, versions));
  const shared = sharedGaps(readSharedCollections());
  const ui = missingUiKeys(readUiResources());
  const report = { explainers, shared, ui };

  if (args.has('--json')) console.log(JSON.stringify(report, null, 2));
  else console.log(formatReport(report));

  const problems =
    explainers.filter(needsWork).length + shared.length + Object.values(ui).reduce((n, keys) => n + keys.length, 0);
  if (args.has('--strict') && problems > 0) {
    console.error(`\n${problems} translation problem(s). Run without --strict to see them as a table.`);
    return 1;
  }
  return 0;
});

function describe(state: TranslationState): string {
  return state.state === 'outdated' ? `outdated (${state.sections.join('; ')})` : state.state;
}

/** "  slug → uk, be: correction 2020-10-07: note", one line per change of the source a translation lacks. */
function changesToCarry(explainers: ReturnType<typeof explainerStatus>[]): string[] {
  return explainers.flatMap((explainer) => {
    const byChange = new Map<string, string[]>();
    for (const locale of localeCodes) {
      const state = explainer.locales[locale];
      if (state.state !== 'outdated') continue;
      for (const change of state.changes ?? []) {
        const line = `${change.kind} ${change.date} (${explainer.source}): ${change.note}`;
        byChange.set(line, [...(byChange.get(line) ?? []), locale]);
      }
    }
    return [...byChange].map(([line, locales]) => `  ${explainer.slug} → ${locales.join(', ')}: ${line}`);
  });
}

function formatReport(report: {
  explainers: ReturnType<typeof explainerStatus>[];
  shared: ReturnType<typeof sharedGaps>;
  ui: ReturnType<typeof missingUiKeys>;
}): string {
  const rows = [
    ['explainer', ...localeCodes],
    ...report.explainers.map((e) => [e.slug, ...localeCodes.map((l) => describe(e.locales[l]))]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const table = rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  const lines = ['Explainers', ...table, ''];
  const notes = changesToCarry(report.explainers);
  if (notes.length > 0) lines.push('Corrections and updates to carry into translations', ...notes, '');
  lines.push('Shared facts missing a translation');
  lines.push(
    ...(report.shared.length
      ? report.shared.map((g) => `  ${g.locale}  ${g.collection} → ${g.id}: ${g.fields.join(', ')}`)
      : ['  none']),
  );
  lines.push('', 'UI strings missing a translation');
  const uiLines = localeCodes.flatMap((l) => report.ui[l].map((key) => `  ${l}  ${key}`));
  lines.push(...(uiLines.length ? uiLines : ['  none']));
  return lines.join('\n');
}
