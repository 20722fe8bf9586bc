// Bundled (IIFE) into a page by bench/speed.ts to time the pipeline and bare Readability in Chromium.
import { Readability } from '@mozilla/readability';
import { readArticle } from '../../src/core/read-article.ts';

(globalThis as unknown as { __lecternBench: unknown }).__lecternBench = { Readability, readArticle };
