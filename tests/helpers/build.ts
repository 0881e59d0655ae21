import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const tmpRoot = path.join(projectRoot, 'tests/.tmp');

/** Sites the global setup builds; tests read their output folders. */
export const sites = {
	fixture: { config: 'tests/fixtures/site/atlas.config.yaml', outDir: path.join(tmpRoot, 'fixture') },
	bundled: { config: 'atlas.config.yaml', outDir: path.join(tmpRoot, 'bundled') },
	// A municipality's copy: base path /atlas/, Swedish added, Lithuanian disabled, local content folder.
	municipal: { config: 'tests/fixtures/municipal/atlas.config.yaml', outDir: path.join(tmpRoot, 'municipal') },
	// Allowed content written with hostile intent, which must come out as harmless text (tests/security).
	harmless: { config: 'tests/fixtures/hostile-harmless/atlas.config.yaml', outDir: path.join(tmpRoot, 'harmless') },
} as const;

export interface BuildResult {
	status: number | null;
	output: string;
}

/** Runs `astro build` for a site configuration, the way `npm run build` does. */
export function runBuild(config: string, outDir: string, extraEnv: Record<string, string> = {}, cwd = projectRoot): BuildResult {
	fs.rmSync(outDir, { recursive: true, force: true });
	const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
	const result = spawnSync(process.execPath, [astro, 'build'], {
		cwd,
		env: { ...process.env, ATLAS_CONFIG: config, ATLAS_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', ...extraEnv },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Where global setup keeps a site's build output (stdout and stderr). */
export function buildLogFile(outDir: string): string {
	return `${outDir}.build.log`;
}

export function readPage(outDir: string, page: string): string {
	const file = path.join(outDir, page.endsWith('.html') ? page : path.join(page, 'index.html'));
	return fs.readFileSync(file, 'utf8');
}

/** All HTML files below a folder, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
	return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/'));
}
