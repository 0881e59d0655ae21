/**
 * Build benchmark (figures only, not a test): `npm run bench [-- 250,1000]`.
 *
 * For each size N it writes a synthetic corpus into tests/.tmp/bench/: the real
 * library from content/ (so every reference resolves) plus N copies of real
 * entries, cycling through all of them so the corpus keeps the library's mix
 * of entry types, each with its own slug and titles, in every locale the
 * original has. It builds that corpus with the full site (as `npm run build`
 * does: the search index after the build; and once more with the index fed
 * while the pages render, as a plain `astro build` does) and with two
 * baselines: a bare Astro project that renders the same MDX files with a
 * minimal template (the floor of any Astro MDX site), and a Starlight site
 * with the same MDX bodies in the same four locales, Pagefind on. It prints
 * wall time, pages/s, phases, peak memory, output sizes, the weight of a
 * typical content page, the first search's transfer, the ratios to both
 * baselines, and how long a rebuild takes after one entry changed (with the
 * incremental build, whose own cold build it also times).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/helpers/serve.ts';

const root = path.resolve(import.meta.dirname, '..');
const benchRoot = path.join(root, 'tests/.tmp/bench');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
const sizes = (process.argv[2] ?? process.env.BENCH_SIZES ?? '250,1000')
	.split(',')
	.map(Number)
	.filter((n) => n > 0);
const localeLabels: Record<string, string> = { hu: 'Magyar', lv: 'Latviešu', lt: 'Lietuvių', en: 'English' };

const typeFolders = ['cases', 'methods', 'legal-forms', 'pitfalls', 'checklists'];

/** Writes the corpus for N synthetic entries; returns its content folder. */
function writeCorpus(n: number): string {
	const dir = path.join(benchRoot, `n${n}`, 'content');
	fs.rmSync(path.dirname(dir), { recursive: true, force: true });
	fs.cpSync(path.join(root, 'content'), dir, { recursive: true });
	// Cycling through every real entry keeps the library's mix of types (many cases, few checklists).
	const templates = typeFolders.flatMap((type) =>
		fs
			.readdirSync(path.join(root, 'content', type))
			.sort()
			.map((slug) => ({ type, slug })),
	);
	for (let i = 0; i < n; i++) {
		const { type, slug } = templates[i % templates.length]!;
		const from = path.join(root, 'content', type, slug);
		const to = path.join(dir, type, `${slug}-bench-${i}`);
		fs.mkdirSync(to, { recursive: true });
		for (const file of fs.readdirSync(from)) {
			let text = fs.readFileSync(path.join(from, file), 'utf8');
			// Titles must be unique per type and locale; the number keeps them so.
			if (file.endsWith('.mdx')) text = text.replace(/^title: (["']?)(.*?)\1$/m, (_m, q: string, t: string) => `title: ${q}${t} ${i}${q}`);
			else if (file !== 'entry.yaml') {
				const data = parseYaml(text) as { title?: string };
				if (data.title) data.title = `${data.title} ${i}`;
				text = stringifyYaml(data);
			}
			fs.writeFileSync(path.join(to, file), text);
		}
	}
	return dir;
}

interface Run {
	wallMs: number;
	peakRssMb: number | undefined;
	/** The build's processes together (Node and the Pagefind service it starts), sampled twice a second. */
	peakTreeMb: number | undefined;
	status: number | null;
	lines: { t: number; text: string }[];
}

/** Runs `astro build` under /usr/bin/time -v (peak memory), timestamping each output line as it arrives. */
function build(cwd: string, env: Record<string, string>): Promise<Run> {
	return timed(cwd, env, [astroBin, 'build']);
}

/**
 * Builds the atlas as `npm run build` does: `astro build` leaves the search
 * index, and scripts/search-index.ts writes it once that process has ended.
 * The wall time is both steps'; the peaks are the larger of the two.
 */
async function siteBuild(cwd: string, env: Record<string, string>): Promise<Run> {
	const built = await build(cwd, { ...env, ATLAS_SEARCH_INDEX: 'after' });
	if (built.status !== 0) return built;
	const indexed = await timed(cwd, env, [path.join(root, 'scripts/search-index.ts')]);
	const larger = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? (a ?? b) : Math.max(a, b));
	return {
		wallMs: built.wallMs + indexed.wallMs,
		peakRssMb: larger(built.peakRssMb, indexed.peakRssMb),
		peakTreeMb: larger(built.peakTreeMb, indexed.peakTreeMb),
		status: indexed.status,
		lines: [...built.lines, ...indexed.lines.map((l) => ({ t: l.t + built.wallMs, text: l.text }))],
	};
}

/** Runs a Node script under /usr/bin/time -v (peak memory), timestamping each output line as it arrives. */
function timed(cwd: string, env: Record<string, string>, script: string[]): Promise<Run> {
	const useTime = fs.existsSync('/usr/bin/time');
	const command = useTime ? '/usr/bin/time' : process.execPath;
	const args = useTime ? ['-v', process.execPath, ...script] : script;
	const start = Date.now();
	const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env } });
	const lines: Run['lines'] = [];
	let peakRssMb: number | undefined;
	const collect = (stream: NodeJS.ReadableStream) => {
		let rest = '';
		stream.on('data', (chunk: Buffer) => {
			const parts = (rest + chunk.toString('utf8')).split('\n');
			rest = parts.pop() ?? '';
			for (const text of parts) {
				const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
				if (rss) peakRssMb = Number(rss[1]) / 1024;
				lines.push({ t: Date.now() - start, text });
			}
		});
	};
	collect(child.stdout);
	collect(child.stderr);
	// /usr/bin/time reports the largest single process; Pagefind indexes in a process of its own beside Node.
	let peakTreeMb: number | undefined;
	const sampler = setInterval(() => {
		const tree = processTreeMb(child.pid);
		if (tree !== undefined && (peakTreeMb === undefined || tree > peakTreeMb)) peakTreeMb = tree;
	}, 500);
	return new Promise((resolve) =>
		child.on('close', (status) => {
			clearInterval(sampler);
			resolve({ wallMs: Date.now() - start, peakRssMb, peakTreeMb, status, lines });
		}),
	);
}

/** Resident memory of a process and all its descendants, in MB (Linux `ps`); undefined where `ps` is missing. */
function processTreeMb(root: number | undefined): number | undefined {
	if (root === undefined) return undefined;
	let table: string;
	try {
		table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' });
	} catch {
		return undefined;
	}
	const rows = table
		.trim()
		.split('\n')
		.map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
	const inTree = new Set([root]);
	// Parents come before children in most tables, but not always: repeat until nothing joins.
	for (let grew = true; grew; ) {
		grew = false;
		for (const [pid, ppid] of rows)
			if (inTree.has(ppid) && !inTree.has(pid)) {
				inTree.add(pid);
				grew = true;
			}
	}
	return rows.filter(([pid]) => inTree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024;
}

/** Phase durations from when the log lines arrived. */
function phases(run: Run): Record<string, number> {
	const at = (re: RegExp) => run.lines.find((l) => re.test(l.text))?.t;
	const lastAt = (re: RegExp) => run.lines.findLast((l) => re.test(l.text))?.t;
	const synced = at(/\[content\] Synced content/);
	const entrypoints = at(/Building static entrypoints/);
	const firstPage = at(/├─|└─/);
	const lastPage = lastAt(/├─|└─/);
	const search = at(/Search index: \w+ \d+ pages/);
	const built = at(/page\(s\) built in/);
	const result: Record<string, number> = {};
	if (synced !== undefined) result['config + content load'] = synced;
	if (entrypoints !== undefined && firstPage !== undefined) result.bundling = firstPage - entrypoints;
	if (firstPage !== undefined && lastPage !== undefined) result['render pages'] = lastPage - firstPage;
	if (search !== undefined && built !== undefined && search > built) {
		// npm run build: the index is written after the build has ended.
		if (lastPage !== undefined) result['citation files + checks'] = built - lastPage;
		result['search index, after the build'] = search - built;
	} else if (lastPage !== undefined && search !== undefined) result['Pagefind index + checks'] = search - lastPage;
	return result;
}

function folderBytes(dir: string): number {
	if (!fs.existsSync(dir)) return 0;
	return (fs.readdirSync(dir, { recursive: true }) as string[]).reduce((sum, f) => {
		const full = path.join(dir, f);
		return sum + (fs.statSync(full).isFile() ? fs.statSync(full).size : 0);
	}, 0);
}

const gz = (text: string | Buffer) => zlib.gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** HTML, CSS and JS a browser fetches for one page (gzipped), before any interaction; JSON-LD is data, not script. */
function pageWeight(outDir: string, file: string) {
	const html = fs.readFileSync(path.join(outDir, file), 'utf8');
	const local = (url: string) => path.join(outDir, url.replace(/^\/[^/]*?\/?(?=_astro|pagefind)/, '/'));
	const css =
		[...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((s, m) => s + gz(fs.readFileSync(local(m[1]!))), 0) +
		[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((s, m) => s + gz(m[1]!), 0);
	const js =
		[...html.matchAll(/<script[^>]*src="([^"]+)"/g)].reduce((s, m) => s + gz(fs.readFileSync(local(m[1]!))), 0) +
		[...html.matchAll(/<script(?![^>]*src=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].reduce((s, m) => s + gz(m[1]!), 0);
	return { html: gz(html), css, js };
}

/**
 * A bare Astro project: the same MDX files, a glob loader and a minimal page
 * template, with Astro's and @astrojs/mdx's default settings: the floor of a
 * plain Astro MDX site, which compiles every article into a module.
 */
function writeBare(n: number, contentDir: string): string {
	const dir = path.join(benchRoot, `bare-${n}`);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
	const rel = path.relative(dir, contentDir);
	fs.writeFileSync(
		path.join(dir, 'astro.config.mjs'),
		`import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], markdown: { syntaxHighlight: 'prism' } };\n`,
	);
	fs.writeFileSync(
		path.join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '{cases,methods,legal-forms,pitfalls}/*/*.mdx', base: '${rel}' }) }) };\n`,
	);
	fs.mkdirSync(path.join(dir, 'src/components'), { recursive: true });
	fs.writeFileSync(path.join(dir, 'src/components/Aside.astro'), '<aside><slot /></aside>\n');
	fs.writeFileSync(
		path.join(dir, 'src/pages/[...id].astro'),
		`---\nimport { getCollection, render } from 'astro:content';\nimport Aside from '../components/Aside.astro';\nexport async function getStaticPaths() {\n\treturn (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content components={{ Aside }} /></main></body></html>\n`,
	);
	return dir;
}

/**
 * Starlight, the documentation theme most Astro sites with many pages use:
 * the same MDX bodies in the same locales (`src/content/docs/<locale>/…`),
 * Pagefind on, a one-link sidebar (an autogenerated one would list every page
 * on every page). `<Aside type="x">` becomes Starlight's own `:::x` aside, the
 * one change an atlas body needs to build there. Starlight's own js-yaml 4 is
 * aliased by path: by name, its built pages would load the atlas's js-yaml 5.
 */
function writeStarlight(n: number, contentDir: string): string | undefined {
	if (!fs.existsSync(path.join(root, 'node_modules/@astrojs/starlight'))) return undefined;
	const dir = path.join(benchRoot, `starlight-${n}`);
	fs.rmSync(dir, { recursive: true, force: true });
	const docs = path.join(dir, 'src/content/docs');
	const locales = Object.keys(localeLabels);
	for (const type of ['cases', 'methods', 'legal-forms', 'pitfalls']) {
		for (const slug of fs.readdirSync(path.join(contentDir, type))) {
			for (const file of fs.readdirSync(path.join(contentDir, type, slug))) {
				const locale = file.replace(/\.mdx$/, '');
				if (!file.endsWith('.mdx') || !locales.includes(locale)) continue;
				const text = fs.readFileSync(path.join(contentDir, type, slug, file), 'utf8');
				const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
				const data = parseYaml(front) as { title: string; summary: string };
				const starlightBody = body.replace(/<Aside type="(\w+)">/g, ':::$1').replace(/<\/Aside>/g, ':::');
				fs.mkdirSync(path.join(docs, locale, type), { recursive: true });
				fs.writeFileSync(
					path.join(docs, locale, type, `${slug}.mdx`),
					`---\n${stringifyYaml({ title: data.title, description: data.summary })}---\n${starlightBody}`,
				);
			}
		}
	}
	for (const locale of locales) fs.writeFileSync(path.join(docs, locale, 'index.mdx'), `---\ntitle: ${localeLabels[locale]}\n---\n\nBench.\n`);
	fs.writeFileSync(
		path.join(dir, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'Bench', defaultLocale: 'en', locales: ${JSON.stringify(Object.fromEntries(locales.map((l) => [l, { label: localeLabels[l], lang: l }])))}, sidebar: [{ label: 'Home', link: '/en/' }], pagefind: true })], vite: { resolve: { alias: { 'js-yaml': ${JSON.stringify(path.join(root, 'node_modules/@astrojs/starlight/node_modules/js-yaml/dist/js-yaml.mjs'))} } } } };\n`,
	);
	fs.writeFileSync(
		path.join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	return dir;
}

/**
 * What the first search on a built site transfers: every Pagefind file the
 * search page fetches from opening it to showing the first results
 * (bytes as served, and gzipped as a host that compresses would send them;
 * Pagefind's index chunks are already compressed, so gzip barely shrinks them).
 */
async function firstQueryTransfer(
	outDir: string,
	query: string,
	viewport: { width: number; height: number },
): Promise<{ bytes: number; gzipped: number; files: number } | undefined> {
	const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
	if (!executablePath) return undefined;
	const server = await serveStatic(outDir, '/');
	const browser = await chromium.launch({
		executablePath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
	try {
		const page = await browser.newPage({ viewport });
		let bytes = 0;
		let gzipped = 0;
		let files = 0;
		page.on('response', async (response) => {
			if (!new URL(response.url()).pathname.includes('/pagefind/')) return;
			const body = await response.body().catch(() => Buffer.alloc(0));
			bytes += body.length;
			gzipped += zlib.gzipSync(body).length;
			files += 1;
		});
		await page.goto(`${server.url}en/search/`, { waitUntil: 'networkidle' });
		await page.locator('#search-q').fill(query);
		await page.locator('#search-q').press('Enter');
		await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0, undefined, { timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		return { bytes, gzipped, files };
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Runs a build `runs` times from a cold cache (each run deletes what the last one wrote) and keeps the fastest. */
async function fastestOf(runs: number, what: string, clean: () => void, run: () => Promise<Run>): Promise<Run> {
	let best: Run | undefined;
	for (let i = 0; i < runs; i++) {
		clean();
		const result = await run();
		if (result.status !== 0) {
			console.error(
				result.lines
					.slice(-40)
					.map((l) => l.text)
					.join('\n'),
			);
			throw new Error(`${what} failed`);
		}
		if (runs > 1) console.log(`  ${what}, run ${i + 1} of ${runs}: ${(result.wallMs / 1000).toFixed(1)} s, peak memory ${memory(result)}`);
		if (!best || result.wallMs < best.wallMs) best = result;
	}
	return best!;
}

/** "1,188 MB (all processes 2,100 MB)": the largest process, and the build's processes together. */
const memory = (run: Run) => `${run.peakRssMb?.toFixed(0) ?? '?'} MB (all processes together ${run.peakTreeMb?.toFixed(0) ?? '?'} MB)`;
const htmlPages = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const printPhases = (run: Run) => {
	for (const [phase, ms] of Object.entries(phases(run))) console.log(`  ${phase}: ${seconds(ms)}`);
};

async function main() {
	const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
	console.log(
		`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`,
	);
	// Both builds inherit it: `npm run` sets it from .npmrc, so the bench builds the way `npm run build` does.
	console.log(`NODE_OPTIONS for both builds: ${process.env.NODE_OPTIONS || '(none)'}`);
	if (runs > 1) console.log(`Each build runs ${runs} times from a cold cache; figures are from the fastest run.`);
	const results: { n: number; pages: number; wallMs: number; bareMs: number }[] = [];
	for (const n of sizes) {
		const content = writeCorpus(n);
		const config = path.join(benchRoot, `n${n}`, 'atlas.config.yaml');
		fs.writeFileSync(
			config,
			fs.readFileSync(path.join(root, 'atlas.config.yaml'), 'utf8').replace(/^contentDirs:.*$/m, `contentDirs: [${path.relative(root, content)}]`),
		);
		const outDir = path.join(benchRoot, `n${n}`, 'dist');
		const bare = writeBare(n, content);
		console.log(`\n== ${n} synthetic entries (plus the real library) ==`);
		const remove =
			(...dirs: string[]) =>
			() => {
				for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
			};
		const run = await fastestOf(
			runs,
			`the site build for ${n} entries (as npm run build: the search index after the build)`,
			remove(outDir, `${outDir}.cache`),
			() => siteBuild(root, { ATLAS_CONFIG: path.relative(root, config), ATLAS_OUT_DIR: outDir }),
		);
		const pages = htmlPages(outDir);
		// Targets: under 1 GB at about 4,300 pages, under 2 GB at about 15,000.
		const limit = pages <= 5000 ? 1000 : 2000;
		const memoryTarget =
			run.peakTreeMb === undefined
				? ''
				: ` — all processes together ${run.peakTreeMb < limit ? 'under' : 'OVER'} the ${limit.toLocaleString('en')} MB target at ${pages} pages`;
		console.log(
			`site build: ${seconds(run.wallMs)} wall, ${pages} pages, ${(pages / (run.wallMs / 1000)).toFixed(0)} pages/s, peak memory ${memory(run)}${memoryTarget}`,
		);
		printPhases(run);
		console.log(`dist/: ${kb(folderBytes(outDir))}; search index (pagefind/): ${kb(folderBytes(path.join(outDir, 'pagefind')))}`);
		const typical = (fs.readdirSync(path.join(outDir, 'en/methods')) as string[]).find((s) => s.includes('-bench-'));
		if (typical) {
			const w = pageWeight(outDir, `en/methods/${typical}/index.html`);
			const target = w.html + w.css <= 14 * 1024 && w.js === 0 ? 'meets' : 'MISSES';
			console.log(
				`typical content page (en/methods/${typical}/), gzipped: HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}; HTML+CSS ${kb(w.html + w.css)} — ${target} the target (≤ 14 KB, 0 KB JS)`,
			);
		}
		// A phone folds the filter panel; a wide screen shows it open, with each filter's group folded until opened.
		for (const [screen, viewport] of [
			['phone, 390 px', { width: 390, height: 844 }],
			['wide screen, 1,280 px', { width: 1280, height: 800 }],
		] as const) {
			const transfer = await firstQueryTransfer(outDir, 'partnership', viewport);
			console.log(
				transfer
					? `search, first query ("partnership", en, ${screen}): ${kb(transfer.bytes)} as served, ${kb(transfer.gzipped)} gzipped, in ${transfer.files} Pagefind files — ${transfer.gzipped < 150 * 1024 ? 'meets' : 'MISSES'} the target (< 150 KB transferred with compression)`
					: 'search, first query: not measured (no Chromium at /usr/bin/chromium)',
			);
		}
		const bareRun = await fastestOf(
			runs,
			`the bare baseline build for ${n} entries`,
			remove(path.join(bare, 'dist'), path.join(bare, '.astro'), path.join(bare, 'node_modules')),
			() => build(bare, {}),
		);
		console.log(
			`bare Astro baseline (same MDX, minimal template): ${seconds(bareRun.wallMs)} wall, ${htmlPages(path.join(bare, 'dist'))} pages, peak memory ${memory(bareRun)}`,
		);
		printPhases(bareRun);
		console.log(`ratio full / bare: ${(run.wallMs / bareRun.wallMs).toFixed(2)} (target ≤ 1.0)`);
		const starlight = writeStarlight(n, content);
		if (starlight) {
			const starRun = await fastestOf(
				runs,
				`the Starlight build for ${n} entries`,
				remove(path.join(starlight, 'dist'), path.join(starlight, '.astro'), path.join(starlight, 'node_modules')),
				() => build(starlight, {}),
			);
			console.log(
				`Starlight (same MDX bodies, four locales, Pagefind): ${seconds(starRun.wallMs)} wall, ${htmlPages(path.join(starlight, 'dist'))} pages, peak memory ${memory(starRun)}`,
			);
			console.log(`ratio full / Starlight: ${(run.wallMs / starRun.wallMs).toFixed(2)} (target ≤ 0.6)`);
		} else console.log('Starlight: not measured (npm install @astrojs/starlight to add this baseline)');
		// The other way to write the index: fed page by page while the pages render (plain `astro build`).
		fs.rmSync(outDir, { recursive: true, force: true });
		const during = await build(root, { ATLAS_CONFIG: path.relative(root, config), ATLAS_OUT_DIR: outDir });
		if (during.status !== 0) throw new Error('the build with the index written during the build failed');
		console.log(
			`the same build with the search index fed while the pages render (plain astro build): ${seconds(during.wallMs)}, ${(during.wallMs / run.wallMs).toFixed(2)} of npm run build, ratio to bare ${(during.wallMs / bareRun.wallMs).toFixed(2)}, peak memory ${memory(during)}`,
		);
		// A cold build that keeps copies for the next (npm run build:incremental), one edited entry, then
		// a build that keeps the cache of the last one, as an editor's next build would.
		const incremental = { ATLAS_CONFIG: path.relative(root, config), ATLAS_OUT_DIR: outDir, ATLAS_INCREMENTAL: '1' };
		fs.rmSync(`${outDir}.cache`, { recursive: true, force: true });
		const keeping = await build(root, incremental);
		if (keeping.status !== 0) throw new Error('the cold build with ATLAS_INCREMENTAL=1 failed');
		console.log(
			`cold build keeping copies for the next (ATLAS_INCREMENTAL=1): ${seconds(keeping.wallMs)}, ${(keeping.wallMs / run.wallMs).toFixed(2)} of the plain cold build, peak memory ${memory(keeping)}`,
		);
		const edited = path.join(content, 'methods', fs.readdirSync(path.join(content, 'methods')).sort()[0]!, 'en.mdx');
		fs.appendFileSync(edited, '\nOne more sentence, added by the benchmark.\n');
		const again = await build(root, incremental);
		if (again.status !== 0) throw new Error('the rebuild after one change failed');
		console.log(
			`rebuild after one changed entry (ATLAS_INCREMENTAL=1): ${seconds(again.wallMs)}, ${(again.wallMs / keeping.wallMs).toFixed(2)} of its own cold build and ${(again.wallMs / run.wallMs).toFixed(2)} of the plain one (target ≤ 0.5), peak memory ${memory(again)}`,
		);
		results.push({ n, pages, wallMs: run.wallMs, bareMs: bareRun.wallMs });
	}
	if (results.length > 1) {
		const [a, b] = [results[0]!, results.at(-1)!];
		console.log(
			`\ngrowth: ${(b.n / a.n).toFixed(1)}× the entries (${(b.pages / a.pages).toFixed(2)}× the pages) cost ${(b.wallMs / a.wallMs).toFixed(2)}× the time (target ≤ 1.1 × the entry ratio)`,
		);
	}
}

await main();
