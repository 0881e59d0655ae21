import { spawnSync } from 'node:child_process';
import { parseGitLog, parseGitStatus, type History } from './translation-status.ts';

/** What git knows about the content folders; `available` is false outside a full clone. */
export interface GitHistory {
	available: boolean;
	/** Why history is missing (no git, not a repository, a shallow clone). */
	reason?: string;
	history: History;
	uncommitted: Set<string>;
	/** Path of the working tree, relative to the repository root ("" at the root): git names files from the root. */
	prefix: string;
}

function git(root: string, args: string[]): { ok: boolean; out: string } {
	const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	return { ok: result.status === 0, out: result.stdout ?? '' };
}

/** Reads the log and status of the given folders once. */
export function readGitHistory(root: string, folders: string[]): GitHistory {
	const empty = { history: new Map(), uncommitted: new Set<string>(), prefix: '' };
	const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
	if (!inside.ok) return { available: false, reason: 'not a git repository', ...empty };
	if (git(root, ['rev-parse', '--is-shallow-repository']).out.trim() === 'true')
		return { available: false, reason: 'shallow clone (fetch the full history)', ...empty };
	const prefix = git(root, ['rev-parse', '--show-prefix']).out.trim();
	const log = git(root, ['log', '--name-only', '--no-renames', '--format=%x1e%H%x09%ct%x09%s', '--', ...folders]);
	const status = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...folders]);
	return {
		available: log.ok,
		reason: log.ok ? undefined : 'git log failed',
		history: parseGitLog(log.out),
		uncommitted: new Set(parseGitStatus(status.out)),
		prefix,
	};
}
