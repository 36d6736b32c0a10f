/**
 * Security headers on every response; the document-level ones (CSP, framing, opener,
 * permissions) are left off the build's hashed modules, styles and fonts, which browsers never
 * treat as documents: on a slow phone line those ~600 bytes on each of dozens of files cost the
 * tutor's first screen about a second. Worker scripts keep them (a worker's policy comes with its
 * script). The CSP allows no inline script except the bootstrap
 * scripts SvelteKit writes into the built HTML, allowed by their SHA-256 hash (computed from
 * `build/*.html` at start-up, so a rebuild cannot silently break the app or widen the policy).
 * Inline styles stay allowed: SvelteKit's shell uses `style="display: contents"`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';

function htmlFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => join(dir, file));
}

export function inlineScriptHashes(buildDir: string): string[] {
	const hashes = new Set<string>();
	for (const file of htmlFiles(buildDir)) {
		const html = readFileSync(file, 'utf8');
		for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
			const digest = createHash('sha256')
				.update(match[1] ?? '')
				.digest('base64');
			hashes.add(`'sha256-${digest}'`);
		}
	}
	return [...hashes];
}

export function contentSecurityPolicy(buildDir: string): string {
	return [
		"default-src 'self'",
		`script-src 'self' ${inlineScriptHashes(buildDir).join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' blob: data:",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'"
	].join('; ');
}

// One plain file name (no `..`, no escapes): anything else may resolve to a document.
const HASHED_ASSETS =
	/^\/_app\/immutable\/(chunks|entry|nodes|assets)\/[\w-][\w.-]*\.(js|css|woff2?|png|svg)$/;

function isHashedAsset(path: string): boolean {
	return HASHED_ASSETS.test(path);
}

export function securityHeaders(buildDir: string, https: boolean) {
	const csp = contentSecurityPolicy(buildDir);
	return function apply(res: ServerResponse, path = '/'): void {
		res.setHeader('Referrer-Policy', 'no-referrer');
		res.setHeader('X-Content-Type-Options', 'nosniff');
		if (https) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
		if (isHashedAsset(path)) return;
		res.setHeader('Content-Security-Policy', csp);
		res.setHeader('X-Frame-Options', 'DENY');
		res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
		res.setHeader('Permissions-Policy', 'geolocation=(), microphone=()');
	};
}
