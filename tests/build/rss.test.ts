import { testFeeds } from '../support/feed-checks';
import { distDir, projectRoot } from '../support/paths';

testFeeds(() => ({ projectRoot, dist: distDir, base: '/' }));
