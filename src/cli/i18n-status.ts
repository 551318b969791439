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
