import { describe, inject } from 'vitest';
import { distDir, projectRoot } from '../support/paths';
import { testStructuredData } from '../support/structured-data-checks';

describe('structured data of the site’s own content', () => {
  testStructuredData(() => ({ projectRoot, dist: distDir, base: '/' }));
});

describe('structured data under a sub-path, with partly translated explainers', () => {
  testStructuredData(() => inject('subPathSite'));
});
