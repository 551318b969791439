import { distDir, projectRoot } from '../support/paths';
import { testSitemap } from '../support/sitemap-checks';

testSitemap(() => ({ projectRoot, dist: distDir, base: '/' }));
