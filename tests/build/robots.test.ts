import { distDir, projectRoot } from '../support/paths';
import { testRobots } from '../support/sitemap-checks';

testRobots(() => ({ projectRoot, dist: distDir, base: '/' }));
