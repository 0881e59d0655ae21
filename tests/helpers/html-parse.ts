import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];

/**
 * Parse errors of the WHATWG parsing algorithm in a page. parse5 reports the
 * tokenizer's errors through `onParseError`; for the tree builder's "content
 * after </body> or </html>" errors (which it silently repairs by moving the
 * content into <body>) every node is compared with where those end tags stand.
 */
export function parseErrors(html: string): string[] {
	const errors: string[] = [];
	const document = parse(html, {
		sourceCodeLocationInfo: true,
		onParseError: (e) => errors.push(`${e.startLine}:${e.startCol}: ${e.code}`),
	});
	const ends: { tag: string; offset: number }[] = [];
	const findEnds = (node: Node) => {
		if ('tagName' in node && (node.tagName === 'html' || node.tagName === 'body')) {
			const end = node.sourceCodeLocation?.endTag?.startOffset;
			if (end !== undefined) ends.push({ tag: node.tagName, offset: end });
		}
		if ('childNodes' in node) for (const child of node.childNodes) findEnds(child as Node);
	};
	findEnds(document);
	const walk = (node: Node) => {
		const location = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined;
		const isContent = 'tagName' in node || (node.nodeName === '#text' && 'value' in node && node.value.trim() !== '');
		if (isContent && location && !('tagName' in node && (node.tagName === 'html' || node.tagName === 'body'))) {
			for (const end of ends)
				if (location.startOffset > end.offset)
					errors.push(`${location.startLine}:${location.startCol}: content after </${end.tag}> (${'tagName' in node ? `<${node.tagName}>` : 'text'})`);
		}
		if ('childNodes' in node) for (const child of node.childNodes) walk(child as Node);
	};
	walk(document);
	return [...new Set(errors)];
}
