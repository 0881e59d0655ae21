/**
 * The part of citation-js (@citation-js/core 0.8 with the CSL, BibTeX and RIS
 * plugins) the atlas uses; the packages ship no type declarations.
 */
declare module '@citation-js/core' {
	export interface FormatOptions {
		format?: 'text' | 'html';
		template?: string;
		lang?: string;
	}
	export class Cite {
		constructor(data: unknown);
		/** "bibliography" with FormatOptions; "bibtex", "biblatex" and "ris" give the file text. */
		format(name: 'bibliography' | 'bibtex' | 'biblatex' | 'ris' | 'data', options?: FormatOptions): string;
	}
	export const plugins: {
		config: {
			get(name: '@csl'): {
				locales: { add(name: string, xml: string): void; has(name: string): boolean; get(name: string): string | undefined };
				styles: { get(name: string): string | undefined };
			};
			get(name: '@bibtex'): { format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean } };
		};
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
/** Vite reads a file as text with "?raw". */
declare module '*.xml?raw' {
	const text: string;
	export default text;
}
/** citeproc-js (a dependency of @citation-js/plugin-csl): the processor, for the one call the atlas makes itself. */
declare module 'citeproc' {
	interface Sys {
		retrieveItem(id: string): unknown;
		retrieveLocale(name: string): unknown;
	}
	class Engine {
		constructor(sys: Sys, style: string | undefined, lang: string | undefined, forceLang: boolean);
		opt: { development_extensions: { wrap_url_and_doi: boolean } };
		setOutputFormat(format: 'text' | 'html'): void;
		updateItems(ids: string[]): string[];
		makeBibliography(): [{ bibstart: string; bibend: string }, string[]];
	}
	const CSL: { Engine: typeof Engine };
	export default CSL;
}
