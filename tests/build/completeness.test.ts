import { testEveryExplainerIsAccountedFor } from '../support/completeness';
import { distDir, projectRoot } from '../support/paths';

testEveryExplainerIsAccountedFor(() => ({ projectRoot, dist: distDir, base: '/' }));
