/**
 * Resolves once the page has loaded and the main thread is idle: the moment to start work the
 * first screen does not need (live sync, the service worker's precache), so that on a slow
 * phone it does not compete with the first screen's own requests and rendering.
 */
export function afterFirstPaint(extraDelayMs = 0): Promise<void> {
	return firstScreenDone().then(() => (extraDelayMs ? wait(extraDelayMs) : undefined));
}

const IDLE_TIMEOUT_MS = 2000;

let done: Promise<void> | undefined;

/**
 * Once per page: the page has loaded and the main thread went idle. Marked
 * (`performance.mark('after-first-paint')`) so that bench/student-journal.ts can tell the
 * JavaScript the first screen needs from what is deferred to this moment.
 */
function firstScreenDone(): Promise<void> {
	done ??= loadedAndIdle(IDLE_TIMEOUT_MS).then(() => {
		performance.mark('after-first-paint');
	});
	return done;
}

function wait(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

function loadedAndIdle(idleTimeoutMs: number): Promise<void> {
	const loaded =
		document.readyState === 'complete'
			? Promise.resolve()
			: new Promise<void>((resolve) =>
					window.addEventListener('load', () => resolve(), { once: true })
				);
	return loaded.then(
		() =>
			new Promise<void>((resolve) => {
				if ('requestIdleCallback' in window)
					requestIdleCallback(() => resolve(), { timeout: idleTimeoutMs });
				else setTimeout(resolve, 0);
			})
	);
}
