import { expect, test } from 'vitest';
import { htmlFiles, readDist } from '../support/dist';
import { validator } from '../support/html-validator';

test.each(htmlFiles())('%s is valid HTML', async (path) => {
  const report = await validator.validateString(readDist(path), path);
  const errors = report.results.flatMap((r) =>
    r.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
  );
  expect(errors).toEqual([]);
});
