// @vitest-environment node
import { realPageSuites } from './real-pages.ts';

realPageSuites('readability-test-pages');
