import { mdxToHast } from 'satteri';
import { toHtml } from 'hast-util-to-html';
import Slugger from 'github-slugger';
import { allowedComponents } from './mdx-safety.ts';

/**
 * Articles become HTML in the content layer, never JavaScript modules: a locale
 * file that passed the content check (mdx-safety.ts) is parsed once more and
 * serialised as HTML. Nothing in it is imported, evaluated or highlighted, so
 * no path, code block or component in content can reach the bundler. The
 * allowlisted components are turned into plain elements here; anything else
 * the check should have refused stops the build instead of being passed on.
 */
/** Raise when the HTML this module writes changes, so cached articles are rendered again. */
export const rendererVersion = 4;

/**
 * A back link shows only the arrow, also when a note is referenced twice: a visible number
 * that its label does not contain fails WCAG 2.5.3 (label in name); the label says which reference.
 */
export const footnoteBackContent = () => '↩';

export interface ArticleHeading {
	depth: number;
	slug: string;
	text: string;
}

export interface RenderedArticle {
	html: string;
	headings: ArticleHeading[];
}

/** Words of the footnote section, in the article's language. */
export interface ArticleLabels {
	footnotes: string;
	/** `{reference}` is replaced by the footnote's number. */
	backToReference: string;
	/** Names the scrolling region around a table ("Table"), followed by the section it is in. */
	table: string;
}

interface HastNode {
	type: string;
	tagName?: string;
	name?: string | null;
	value?: string;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: HastNode[];
	position?: unknown;
}

/** Elements the Markdown syntax the check allows can produce. */
const allowedElements = new Set([
	...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'a', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'hr', 'br'],
	...['ul', 'ol', 'li', 'input', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'section', 'div', 'span'],
]);
const safeHref = /^(?:https?:\/\/|mailto:|#)/i;

function textOf(node: HastNode): string {
	if (node.type === 'text') return node.value ?? '';
	return (node.children ?? []).map(textOf).join('');
}

export function renderArticle(file: string, source: string, labels: ArticleLabels): RenderedArticle {
	const tree = mdxToHast(source, {
		position: false,
		features: {
			// The same Markdown as Astro's default processor: GFM and smart punctuation.
			gfm: { footnotes: { label: labels.footnotes, backLabel: labels.backToReference, backContent: footnoteBackContent } },
			smartPunctuation: true,
		},
	}) as unknown as HastNode;
	const slugger = new Slugger();
	const headings: ArticleHeading[] = [];
	let section = '';
	const refuse = (what: string): never => {
		throw new Error(`${file}: ${what} reached the renderer; the content check should have refused it (run npm run validate)`);
	};

	const transform = (node: HastNode): HastNode[] => {
		switch (node.type) {
			case 'text':
			case 'comment':
				return node.type === 'text' ? [node] : [];
			case 'root':
			case 'element':
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const allowed = allowedComponents[node.name ?? ''];
				if (node.name !== 'Aside' || !allowed) return refuse(`component <${node.name}>`);
				const type = String(node.attributes?.find((a) => a.name === 'type')?.value ?? 'note');
				if (!allowed.type?.includes(type)) return refuse(`<Aside type="${type}">`);
				return [
					{ type: 'element', tagName: 'div', properties: { className: ['aside', `aside-${type}`], role: 'note' }, children: transformAll(node.children) },
				];
			}
			default:
				// raw HTML, expressions, ESM: refused by the check, never passed on.
				return refuse(`a "${node.type}" node`);
		}
		if (node.type === 'element') {
			const tag = node.tagName ?? '';
			if (!allowedElements.has(tag)) return refuse(`<${tag}>`);
			if (tag === 'a' && !safeHref.test(String(node.properties?.href ?? ''))) return refuse(`a link to "${String(node.properties?.href)}"`);
			if (/^h[1-6]$/.test(tag)) {
				const text = textOf(node);
				// As Astro does: an id the parser gave (the footnotes heading) stays; others get a slug.
				const given = node.properties?.id;
				const slug = typeof given === 'string' ? given : slugger.slug(text);
				headings.push({ depth: Number(tag[1]), slug, text });
				node.properties = { ...node.properties, id: slug };
				section = text;
			}
			// A wide table scrolls sideways inside a named region (a labelled <section>) the keyboard can reach (WCAG 2.1.1, axe scrollable-region-focusable).
			if (tag === 'table') {
				const label = section ? `${labels.table}: ${section}` : labels.table;
				return [
					{
						type: 'element',
						tagName: 'section',
						properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: label },
						children: [{ ...node, children: transformAll(node.children) }],
					},
				];
			}
		}
		return [{ ...node, children: transformAll(node.children) }];
	};
	const transformAll = (children: HastNode[] | undefined) => (children ?? []).flatMap(transform);

	const [root] = transform(tree);
	// Named references (&amp;, &lt;), as Astro's own Markdown output writes them.
	// A copy, not slices of the source: the data store keeps these for the whole build (see loadContent).
	return structuredClone({ html: toHtml(root as never, { characterReferences: { useNamedReferences: true } }), headings });
}
