/**
 * Repairs a data-loss bug of the embedded server before express-pouchdb loads it.
 *
 * pouchdb-validation (express-pouchdb's `validate_doc_update` support) sets
 * `newDoc._revisions = oldDoc._revisions` before running the validation functions, mimicking
 * what CouchDB passes to them, and never restores it. With `new_edits: false` (every
 * replication push) the stored document then gets the old document's history: the server
 * answers 201 but keeps only the first revision of each document, so edits and conflicts never
 * arrive. We load the module with that assignment undone after validation. If a new version of
 * the package changes the line, start-up fails loudly instead of silently keeping the bug.
 *
 * Only the embedded stand-in needs this; Apache CouchDB is not affected.
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

const BUGGY = 'newDoc._revisions = (oldDoc || {})._revisions;';
const FIXED = [
	'var ownRevisions = newDoc._revisions;',
	'  newDoc._revisions = (oldDoc || {})._revisions;',
	'  try { return validateWithOldRevisions(validationFuncs, newDoc, oldDoc, options); }',
	'  finally { if (ownRevisions === undefined) delete newDoc._revisions; else newDoc._revisions = ownRevisions; }',
	'}',
	'function validateWithOldRevisions(validationFuncs, newDoc, oldDoc, options) {'
].join('\n');

type LoadableModule = Module & {
	_compile(source: string, filename: string): void;
	paths: string[];
	filename: string;
	loaded: boolean;
};
type ModuleStatics = { _nodeModulePaths(dir: string): string[] };

const require = createRequire(import.meta.url);
const expressPouchDir = dirname(require.resolve('express-pouchdb'));
const file = require.resolve('pouchdb-validation', { paths: [expressPouchDir] });

if (!require.cache[file]) {
	const source = readFileSync(file, 'utf8');
	if (!source.includes(BUGGY)) {
		throw new Error(`pouchdb-validation changed: review server/couch/pouchdb-validation-fix.ts`);
	}
	const patched = new Module(file) as LoadableModule;
	patched.filename = file;
	patched.paths = (Module as unknown as ModuleStatics)._nodeModulePaths(dirname(file));
	patched._compile(source.replace(BUGGY, FIXED), file);
	patched.loaded = true;
	require.cache[file] = patched;
}
