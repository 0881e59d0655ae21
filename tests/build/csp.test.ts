import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, unsafeSources } from '../../src/integration/csp.ts';
import { htmlFiles, sites } from '../helpers/build.ts';

interface Node {
	nodeName: string;
	attrs?: { name: string; value: string }[];
	childNodes?: Node[];
	value?: string;
}

function* walk(node: Node): Generator<Node> {
	yield node;
	for (const child of node.childNodes ?? []) yield* walk(child);
}

const textOf = (node: Node) => (node.childNodes ?? []).map((c) => c.value ?? '').join('');
const sha256 = (text: string) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;
/**
 * JSON and JSON-LD in a <script> are data blocks: browsers never run them, so
 * the policy does not apply (HTML's "data block" rule). Any other type would be
 * run, and needs a hash.
 */
const dataBlockTypes = new Set(['application/json', 'application/ld+json']);
const typeOf = (node: Node) =>
	node.attrs
		?.find((a) => a.name === 'type')
		?.value.trim()
		.toLowerCase();
const isDataBlock = (node: Node) => node.nodeName === 'script' && dataBlockTypes.has(typeOf(node) ?? '');
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data']);

/** What a page does that its Content Security Policy would have to allow, or that the policy lacks. */
function policyProblems(html: string): string[] {
	const problems: string[] = [];
	const nodes = [...walk(parse(html) as unknown as Node)];
	const metas = nodes.filter(
		(n) => n.nodeName === 'meta' && n.attrs?.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy'),
	);
	if (metas.length !== 1) return [`expected one Content-Security-Policy <meta>, found ${metas.length}`];
	const policy = metas[0]!.attrs!.find((a) => a.name === 'content')?.value ?? '';
	const directives = new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...sources]) => [name!, sources]),
	);
	for (const [name, sources] of directives) for (const source of sources) if (unsafeSources.includes(source)) problems.push(`${name} allows ${source}`);
	if (!directives.get('script-src')?.includes("'wasm-unsafe-eval'")) problems.push("script-src lacks 'wasm-unsafe-eval' (Pagefind needs it)");
	if (directives.get('default-src')?.join(' ') !== "'self'") problems.push("default-src is not 'self'");
	// The policy applies from where it stands: no script or style may come before it.
	// (The icon link does, where Astro places the policy; it is a same-origin image, which the policy allows anyway.)
	const loadsCode = (n: Node) =>
		(n.nodeName === 'script' && !isDataBlock(n)) ||
		n.nodeName === 'style' ||
		(n.nodeName === 'link' && n.attrs?.some((a) => a.name === 'rel' && /stylesheet|preload|modulepreload/.test(a.value)));
	const first = nodes.findIndex(loadsCode);
	if (first !== -1 && first < nodes.indexOf(metas[0]!)) problems.push(`a <${nodes[first]!.nodeName}> comes before the policy`);
	for (const node of nodes) {
		for (const { name, value } of node.attrs ?? []) {
			if (/^on/i.test(name)) problems.push(`inline event handler ${name}= on <${node.nodeName}>`);
			if (name === 'style') problems.push(`style= attribute on <${node.nodeName}>`);
			if (urlAttributes.has(name) && /^\s*javascript:/i.test(value)) problems.push(`javascript: URL in ${name}= on <${node.nodeName}>`);
		}
		const isInlineScript = node.nodeName === 'script' && !node.attrs?.some((a) => a.name === 'src') && !isDataBlock(node);
		// A data block is never run, but its text must not be able to end the element early.
		if (isDataBlock(node) && /<\/?script|<!--/i.test(textOf(node))) problems.push(`a data block <script type="${typeOf(node)}"> whose text could end it`);
		if (isInlineScript && !directives.get('script-src')?.includes(sha256(textOf(node)))) problems.push('an inline <script> whose hash is not in script-src');
		if (node.nodeName === 'style' && !directives.get('style-src')?.includes(sha256(textOf(node))))
			problems.push('an inline <style> whose hash is not in style-src');
	}
	return problems;
}

describe('Content Security Policy', () => {
	it('is configured with nothing unsafe and what Pagefind needs', () => {
		const sources = [
			...contentSecurityPolicy.directives.flatMap((d) => d.split(/\s+/).slice(1)),
			...contentSecurityPolicy.scriptDirective.resources,
			...contentSecurityPolicy.styleDirective.resources,
		];
		expect(sources.filter((s) => unsafeSources.includes(s))).toEqual([]);
		expect(contentSecurityPolicy.scriptDirective.resources).toContain("'wasm-unsafe-eval'");
	});

	it('catches what it is meant to catch', () => {
		const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
		const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
		const good = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
		expect(policyProblems(page(meta(good), '<p>ok</p>'))).toEqual([]);
		expect(
			policyProblems(page(meta(good), '<button onclick="x()">x</button><p style="color:red">x</p><a href="javascript:void 0">x</a><script>alert(1)</script>')),
		).toEqual([
			'inline event handler onclick= on <button>',
			'style= attribute on <p>',
			'javascript: URL in href= on <a>',
			'an inline <script> whose hash is not in script-src',
		]);
		expect(policyProblems(page(meta(`${good} 'unsafe-inline'`), ''))).toEqual(["style-src allows 'unsafe-inline'"]);
		expect(policyProblems(page(`<link rel="icon" href="/i.svg"><link rel="stylesheet" href="/a.css">${meta(good)}`, ''))).toEqual([
			'a <link> comes before the policy',
		]);
		expect(policyProblems(page('', ''))).toEqual(['expected one Content-Security-Policy <meta>, found 0']);
		// JSON-LD is data, allowed without a hash; a script with another type is code.
		expect(policyProblems(page(`${meta(good)}<script type="application/ld+json">{"a":"\\u003c/script>"}</script>`, ''))).toEqual([]);
		expect(policyProblems(page(`${meta(good)}<script type="application/ld+json">{"a":"<!--"}</script>`, ''))).toEqual([
			'a data block <script type="application/ld+json"> whose text could end it',
		]);
		expect(policyProblems(page(`${meta(good)}<script type="text/ld+json">{}</script>`, ''))).toEqual(['an inline <script> whose hash is not in script-src']);
	});

	it.each(Object.entries(sites))('every page of the %s site carries the policy and nothing it would block', (_name, site) => {
		const files = htmlFiles(site.outDir);
		expect(files.length).toBeGreaterThan(10);
		const problems = files.flatMap((file) => policyProblems(fs.readFileSync(path.join(site.outDir, file), 'utf8')).map((p) => `${file}: ${p}`));
		expect(problems.join('\n')).toBe('');
	});

	it('shows a code block as written, escaped and without a highlighter (no inline styles, no injected markup)', () => {
		const html = fs.readFileSync(path.join(sites.fixture.outDir, 'en/methods/round-table/index.html'), 'utf8');
		expect(html).toContain('<pre><code class="language-yaml"># A code block: syntax highlighting must keep to the Content Security Policy.');
		expect(html).not.toMatch(/<pre[^>]*style=|<span class="token /);
	});
});
