import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const tmpRoot = path.join(projectRoot, 'tests/.tmp');

/** Sites the global setup builds; tests read their output folders. */
export const sites = {
	fixture: { config: 'tests/fixtures/site/atlas.config.yaml', outDir: path.join(tmpRoot, 'fixture') },
	bundled: { config: 'atlas.config.yaml', outDir: path.join(tmpRoot, 'bundled') },
	// A municipality's copy: base path /atlas/, Swedish added, Lithuanian disabled, local content folder.
	// Built as `npm run build` builds: the search index is written after the build (scripts/search-index.ts).
	municipal: {
		config: 'tests/fixtures/municipal/atlas.config.yaml',
		outDir: path.join(tmpRoot, 'municipal'),
		env: { ATLAS_SEARCH_INDEX: 'after' },
	},
	// Allowed content written with hostile intent, which must come out as harmless text (tests/security).
	harmless: { config: 'tests/fixtures/hostile-harmless/atlas.config.yaml', outDir: path.join(tmpRoot, 'harmless') },
} as const;

type SiteName = keyof typeof sites;
/** Sites whose search index is fed page by page during the build, and sites whose index is written after it (`npm run build`). */
export const sitesIndexedDuring = Object.entries(sites).filter(([, site]) => !('env' in site)) as [SiteName, (typeof sites)[SiteName]][];
export const sitesIndexedAfter = Object.entries(sites).filter(([, site]) => 'env' in site) as [SiteName, (typeof sites)[SiteName]][];

export interface BuildResult {
	status: number | null;
	output: string;
}

/** The command and options of `astro build` for a site configuration, the way `npm run build` runs it. */
function buildCommand(config: string, outDir: string, extraEnv: Record<string, string>, cwd: string) {
	fs.rmSync(outDir, { recursive: true, force: true });
	// Vitest sets NODE_ENV=test, which would make the island's JSX transform write source paths into the shipped JavaScript.
	const { NODE_ENV: _vitest, ...env } = process.env;
	const args = [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'];
	return { args, options: { cwd, env: { ...env, ATLAS_CONFIG: config, ATLAS_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', ...extraEnv } } };
}

/** Runs `astro build` for a site configuration, the way `npm run build` does. */
export function runBuild(config: string, outDir: string, extraEnv: Record<string, string> = {}, cwd = projectRoot): BuildResult {
	const { args, options } = buildCommand(config, outDir, extraEnv, cwd);
	const result = spawnSync(process.execPath, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * `runBuild` without blocking, so several sites can build side by side. With
 * ATLAS_SEARCH_INDEX=after, the search index is then written as `npm run build`
 * writes it, by scripts/search-index.ts once the build has ended.
 */
export async function startBuild(config: string, outDir: string, extraEnv: Record<string, string> = {}, cwd = projectRoot): Promise<BuildResult> {
	const { args, options } = buildCommand(config, outDir, extraEnv, cwd);
	const built = await run(args, options);
	if (built.status !== 0 || extraEnv.ATLAS_SEARCH_INDEX !== 'after') return built;
	const indexed = await run([path.join(projectRoot, 'scripts/search-index.ts')], options);
	return { status: indexed.status, output: `${built.output}\n${indexed.output}` };
}

function run(args: string[], options: ReturnType<typeof buildCommand>['options']): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, options);
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output: `${Buffer.concat(out).toString('utf8')}\n${Buffer.concat(err).toString('utf8')}` }));
	});
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
