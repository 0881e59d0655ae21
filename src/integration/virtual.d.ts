declare module 'virtual:atlas/site' {
	type SiteConfig = import('../model/site-config-schema.ts').SiteConfig;
	/** Dates arrive as ISO strings through JSON. */
	export const config: Omit<SiteConfig, 'accessibility'> & {
		accessibility: Omit<SiteConfig['accessibility'], 'reviewed' | 'prepared'> & { reviewed: string; prepared?: string };
	};
	export const strings: Record<string, import('../shared/ui-strings.ts').UiStrings>;
}

declare module 'virtual:atlas/theme.css';
