import { mdxToMdast } from 'satteri';
import type { Problem } from '../shared/problem.ts';

/**
 * Contributed MDX is parsed, never evaluated. These checks keep a locale file
 * to plain Markdown plus a few components, so nothing an editor writes can run
 * code on the build machine or in a reader's browser.
 */

/** Components an editor may use, with the literal attribute values each accepts. */
export const allowedComponents: Record<string, Record<string, readonly string[]>> = {
	Aside: { type: ['note', 'tip', 'caution'] },
};

const unsafeUrl = /^\s*(?:javascript|data|vbscript)\s*:/i;
/** Where a link in a text may lead: a web page, an email address, or a footnote on the same page. */
const allowedLink = /^(?:https?:\/\/[^\s/?#]+\.[^\s/?#]+|mailto:[^\s@]+@[^\s@]+$|#)/i;
/** A code block's language name becomes a class attribute; nothing else is done with it. */
const codeLanguage = /^[a-z0-9][a-z0-9+#.-]{0,29}$/i;

interface Node {
	type: string;
	value?: string;
	url?: string;
	lang?: string | null;
	name?: string | null;
	depth?: number;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
	position?: { start: { line: number } };
}

export interface ParsedArticle {
	frontmatter: string | undefined;
	/** Level-2 headings in order, as plain text. */
	sections: { text: string; line: number }[];
	problems: Problem[];
}

function textOf(node: Node): string {
	if (typeof node.value === 'string' && node.type !== 'yaml') return node.value;
	return (node.children ?? []).map(textOf).join('');
}

export function parseArticle(file: string, source: string): ParsedArticle {
	const problems: Problem[] = [];
	let root: Node;
	try {
		root = mdxToMdast(source) as unknown as Node;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const line = Number(/^(\d+):\d+/.exec(message)?.[1]) || undefined;
		problems.push({
			file,
			line,
			field: 'body',
			message: `${message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '')} (write plain Markdown; escape a literal "<" or "{" as "\\<" or "\\{")`,
		});
		return { frontmatter: undefined, sections: [], problems };
	}
	let frontmatter: string | undefined;
	const sections: ParsedArticle['sections'] = [];
	const report = (node: Node, message: string) => problems.push({ file, line: node.position?.start.line, field: 'body', message });

	const visit = (node: Node) => {
		switch (node.type) {
			case 'yaml':
				frontmatter = node.value;
				break;
			case 'mdxjsEsm':
				report(node, 'import/export statements are not allowed in content (remove the line)');
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				report(node, `{expressions} are not allowed in content (write "\\{" for a literal brace): {${node.value ?? ''}}`);
				return;
			case 'html':
				report(node, 'raw HTML is not allowed in content (use Markdown)');
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkElement(node);
				break;
			case 'heading':
				if (node.depth === 2) sections.push({ text: textOf(node).trim(), line: node.position?.start.line ?? 0 });
				break;
			case 'image':
			case 'imageReference':
				// A local image path would become a module import in the build, and a remote one a tracking pixel.
				report(node, 'images are not allowed in content (link to the picture instead: [description](https://…))');
				return;
			case 'link':
			case 'definition':
				if (node.url && unsafeUrl.test(node.url)) {
					report(node, `unsafe URL "${node.url.slice(0, 40)}" (javascript:, data: and vbscript: URLs are not allowed)`);
				} else if (node.url !== undefined && !allowedLink.test(node.url)) {
					report(
						node,
						`link to "${node.url.slice(0, 60)}" is not allowed (links lead to https:// or http:// web pages or mailto: addresses; entries link each other through entry.yaml)`,
					);
				}
				break;
			case 'code':
				if (node.lang && !codeLanguage.test(node.lang))
					report(node, `code block language "${node.lang.slice(0, 40)}" is not allowed (a short name such as yaml or json)`);
				break;
		}
		node.children?.forEach(visit);
	};

	const checkElement = (node: Node) => {
		const name = node.name ?? '';
		const allowed = allowedComponents[name];
		if (!allowed) {
			const kind = /^[a-z]/.test(name) || name === '' ? `raw HTML <${name}>` : `component <${name}>`;
			report(node, `${kind} is not allowed (allowed components: ${Object.keys(allowedComponents).join(', ')})`);
			return;
		}
		for (const attribute of node.attributes ?? []) {
			if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
				report(node, `<${name}> attributes must be plain text values such as type="note"`);
				continue;
			}
			const values = allowed[attribute.name ?? ''];
			if (!values) report(node, `<${name}> has no attribute "${attribute.name}" (allowed: ${Object.keys(allowed).join(', ')})`);
			else if (!values.includes(attribute.value))
				report(node, `<${name} ${attribute.name}="${attribute.value}"> is not allowed (allowed: ${values.join(', ')})`);
		}
	};

	visit(root);
	return { frontmatter, sections, problems };
}
