/**
 * Starts the real gateway (`server/main.ts`) on a free port with its own DATA_DIR, as a
 * separate process, and stops it. The build must exist (`npm run build`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningApp {
	url: string;
	dataDir: string;
	process: ChildProcess;
	/** Everything the gateway wrote to stdout and stderr so far. */
	output(): string;
	stop(): Promise<void>;
}

export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
	const dataDir = env.DATA_DIR ?? (await mkdtemp(join(tmpdir(), 'carnet-e2e-')));
	const child = spawn(process.execPath, ['server/main.ts'], {
		env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	const url = await new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${log}`)), 30_000);
		const onData = (chunk: Buffer) => {
			log += chunk.toString();
			const match = /Carnet de stage: (http:\/\/\S+)/.exec(log);
			if (match?.[1]) {
				clearTimeout(timer);
				resolve(match[1]);
			}
		};
		child.stdout?.on('data', onData);
		child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
		child.on('exit', (code) => reject(new Error(`gateway exited (${code}):\n${log}`)));
	});
	return {
		url,
		dataDir,
		process: child,
		output: () => log,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}
