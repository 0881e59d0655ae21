/**
 * One locale's search index, written in a worker thread so that it gets a
 * Pagefind process of its own (writeSearchIndexAfterBuild runs several side
 * by side). An error fails the thread, and the caller reports it.
 */
import { workerData } from 'node:worker_threads';
import { writeLocaleIndex } from './search-index.ts';

const { siteDir, locale, outputPath } = workerData as { siteDir: string; locale: string; outputPath: string };
await writeLocaleIndex(siteDir, locale, outputPath);
