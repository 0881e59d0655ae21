import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A hard link where the file system allows one (thousands of small files: a
 * link is a fraction of a write), a copy otherwise. Safe only for a cache file
 * that is never rewritten in place: a changed file is removed and written anew.
 */
export function linkOrCopy(source: string, target: string): void {
	try {
		fs.linkSync(source, target);
	} catch {
		fs.copyFileSync(source, target);
	}
}

/** A digest of the code (these modules, by file URL) and versions that make a cache's files: another one makes every earlier file unusable. */
export function codeVersion(modules: (string | URL)[], versions: string[] = []): string {
	const hash = createHash('sha256');
	for (const module of modules) hash.update(fs.readFileSync(fileURLToPath(module)));
	for (const version of versions) hash.update(`\0${version}`);
	return hash.digest('base64url');
}

/** The installed version of a package: the package.json of that name above its entry point (not every package exports its package.json). */
export function packageVersion(name: string): string {
	let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
	for (;;) {
		const file = path.join(dir, 'package.json');
		if (fs.existsSync(file)) {
			const found = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version: string };
			if (found.name === name) return found.version;
		}
		const up = path.dirname(dir);
		if (up === dir) throw new Error(`No package.json of ${name} above its entry point`);
		dir = up;
	}
}
