// @vitest-environment node
import { realPageSuites } from './real-pages.ts';

realPageSuites('mercury-news-pages');
