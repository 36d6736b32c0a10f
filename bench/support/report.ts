/**
 * Writes a benchmark's page under docs/, formatted like the rest of the repository so that
 * `prettier --check` stays green after a rerun; returns the text for the console.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';

export async function writeReport(docName: string, markdown: string): Promise<string> {
	const path = resolve(import.meta.dirname, '../../docs', docName);
	const text = await format(markdown, { ...(await resolveConfig(path)), filepath: path });
	await writeFile(path, text);
	return text;
}
