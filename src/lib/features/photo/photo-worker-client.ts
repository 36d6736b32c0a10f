/**
 * One lazily started photo worker shared by all calls, stopped after a quiet spell so it does
 * not hold memory on a phone. Resolves null whenever the worker cannot do the job (no Worker,
 * the script failed to load, no OffscreenCanvas in it): the caller then uses the main thread.
 */
import type { ImageHeader } from './image-header.ts';
import { isPhotoErrorCode, PhotoError } from './photo-error.ts';
import type { PhotoRequest, PhotoResponse } from './photo-messages.ts';
import type { ProcessedPhoto } from './render-photo.ts';
import type { Redaction } from './redact-geometry.ts';

type Settle = (result: ProcessedPhoto | null | Error) => void;

const IDLE_MS = 30_000;
let worker: Worker | null = null;
let unavailable = false;
let nextId = 1;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
const pending = new Map<number, Settle>();

function stop(): void {
	worker?.terminate();
	worker = null;
}

function onMessage({ data }: MessageEvent<PhotoResponse>): void {
	const settle = pending.get(data.id);
	pending.delete(data.id);
	if (pending.size === 0) idleTimer = setTimeout(stop, IDLE_MS);
	if (!settle) return;
	if (data.ok) return settle(data.photo);
	if (data.fallback) {
		unavailable = true;
		return settle(null);
	}
	settle(isPhotoErrorCode(data.code) ? new PhotoError(data.code) : new Error(data.message));
}

function onFailure(): void {
	// The script did not load or crashed: everything in flight is redone on the main thread.
	unavailable = true;
	stop();
	for (const settle of pending.values()) settle(null);
	pending.clear();
}

function start(): Worker | null {
	if (worker) return worker;
	if (unavailable || typeof Worker === 'undefined') return null;
	try {
		worker = new Worker(new URL('./photo.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		unavailable = true;
		return null;
	}
	worker.addEventListener('message', onMessage);
	worker.addEventListener('error', onFailure);
	worker.addEventListener('messageerror', onFailure);
	return worker;
}

export function processInWorker(
	file: Blob,
	header: ImageHeader,
	redactions: Redaction[] = []
): Promise<ProcessedPhoto | null> {
	const target = start();
	if (!target) return Promise.resolve(null);
	clearTimeout(idleTimer);
	const id = nextId++;
	return new Promise((resolve, reject) => {
		pending.set(id, (result) => (result instanceof Error ? reject(result) : resolve(result)));
		const request: PhotoRequest = { id, file, header, redactions };
		target.postMessage(request);
	});
}
