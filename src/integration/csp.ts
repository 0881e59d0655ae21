/**
 * The Content Security Policy every page carries (Astro's `security.csp`
 * writes it as a <meta> tag and adds hashes of its own scripts and styles).
 * Everything comes from the site's own origin; Pagefind compiles its
 * WebAssembly, which needs 'wasm-unsafe-eval' (it allows WebAssembly only,
 * not JavaScript eval). Nothing else unsafe is allowed.
 */
export const contentSecurityPolicy = {
	algorithm: 'SHA-256',
	directives: [
		"default-src 'self'",
		"img-src 'self'",
		"connect-src 'self'",
		"font-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-src 'none'",
	],
	scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
	styleDirective: { resources: ["'self'"] },
} as const;

/** Source expressions the policy must never contain. */
export const unsafeSources = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", 'data:', 'blob:', '*', 'http:', 'https:'];
