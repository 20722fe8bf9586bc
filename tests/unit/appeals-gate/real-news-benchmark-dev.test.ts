// @vitest-environment node
import { realPageSuites } from './real-pages.ts';

realPageSuites('news-benchmark-dev');
