import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import type { Problem } from '../shared/problem.ts';

/** A parsed YAML file that can tell on which line a field stands. */
export interface YamlSource {
	file: string;
	data: unknown;
	lineOf(path: readonly PropertyKey[]): number | undefined;
	problems: Problem[];
}

export function parseYaml(file: string, text: string): YamlSource {
	// Reading thousands of files, js-yaml is about nine times faster than building a `yaml` document, and
	// gives the same values with the YAML 1.2 core schema; the document, which knows line numbers and words
	// errors well, is built only for a file that js-yaml refuses or where a field needs its line.
	let document: { doc: Document; lineCounter: LineCounter } | undefined;
	const full = () => {
		if (!document) {
			const lineCounter = new LineCounter();
			document = { doc: parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true }), lineCounter };
		}
		return document;
	};
	const lineOf = (path: readonly PropertyKey[]): number | undefined => {
		const { doc, lineCounter } = full();
		// Walk up until a node exists: a missing field is reported at its parent.
		for (let depth = path.length; depth >= 0; depth--) {
			const node = doc.getIn(path.slice(0, depth) as unknown[], true);
			if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
			if (depth === 0 && doc.contents?.range) return lineCounter.linePos(doc.contents.range[0]).line;
		}
		return undefined;
	};
	// Tags ("!custom", "!!js/function") make YAML readers disagree about a value: content is plain values only.
	if (/(?:^|[\s:\-[{,])!/m.test(text)) {
		const { doc, lineCounter } = full();
		const tags: Problem[] = [];
		visit(doc, (_key, node) => {
			// The parser sets `tag` only where the file writes one.
			const tag = isNode(node) ? node.tag : undefined;
			if (tag && isNode(node) && node.range) {
				const shown = tag.replace(/^tag:yaml\.org,2002:/, '!!');
				tags.push({
					file,
					line: lineCounter.linePos(node.range[0]).line,
					field: '(yaml)',
					message: `the tag "${shown}" is not allowed: write a plain value (quote it if it starts with "!")`,
				});
			}
		});
		if (tags.length) return { file, data: undefined, lineOf, problems: tags };
	}
	try {
		return { file, data: loadYaml(text, { schema: CORE_SCHEMA, filename: file }), lineOf, problems: [] };
	} catch {
		// Fall through to `yaml` for the error message (and its reading, should it accept the file).
	}
	const { doc } = full();
	const problems: Problem[] = doc.errors.map((error) => ({
		file,
		line: error.linePos?.[0]?.line,
		field: '(yaml)',
		message: yamlHint(error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'the file is not valid YAML'),
	}));
	return { file, data: problems.length ? undefined : doc.toJS(), lineOf, problems };
}

function yamlHint(message: string): string {
	if (/compact mappings|Implicit keys|mapping values/i.test(message)) return `${message} (put text that contains ": " in double quotes)`;
	return message;
}

export function fieldPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return '(file)';
	return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Turns zod issues into problems, naming the field, the line and what is allowed. */
export function zodProblems(error: z.ZodError, file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined): Problem[] {
	return error.issues.map((issue) => {
		let path: PropertyKey[] = [...issue.path];
		let message = issue.message;
		if (issue.code === 'unrecognized_keys') {
			const keys = (issue as { keys: string[] }).keys;
			path = [...path, keys[0] ?? ''];
			message = `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')} (remove or rename ${keys.length > 1 ? 'them' : 'it'})`;
		} else if (issue.code === 'invalid_value' && 'values' in issue) {
			const values = (issue as { values: unknown[] }).values;
			message = `not an allowed value (allowed: ${values.map(String).join(', ')})`;
		} else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
			message = 'required field is missing';
		}
		return { file, line: lineOf(path), field: fieldPath(path), message };
	});
}
