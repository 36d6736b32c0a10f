/**
 * Runs every benchmark one after the other (they share the machine's two cores, so never in
 * parallel) after a production build. Each prints its figures and rewrites its page under docs/.
 * `npm run bench -- photo pdf` runs only those.
 */
import { spawnSync } from 'node:child_process';

const ALL = ['student-journal', 'photo', 'pdf', 'sync-throughput', 'dashboard', 'tutor-week'];
const wanted = process.argv.slice(2);
const selected = wanted.length ? ALL.filter((name) => wanted.includes(name)) : ALL;

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let failed = 0;
for (const name of selected) {
	console.log(`\n=== bench/${name}.ts`);
	const run = spawnSync(process.execPath, [`bench/${name}.ts`], { stdio: 'inherit' });
	if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
