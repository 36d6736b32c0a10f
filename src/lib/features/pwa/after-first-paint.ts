/**
 * Resolves once the page has loaded and the main thread is idle: the moment to start work the
 * first screen does not need (live sync, the service worker's precache), so that on a slow
 * phone it does not compete with the first screen's own requests and rendering.
 */
export function afterFirstPaint(extraDelayMs = 0, idleTimeoutMs = 2000): Promise<void> {
	const loaded =
		document.readyState === 'complete'
			? Promise.resolve()
			: new Promise<void>((resolve) =>
					window.addEventListener('load', () => resolve(), { once: true })
				);
	return loaded.then(
		() =>
			new Promise<void>((resolve) =>
				setTimeout(() => {
					if ('requestIdleCallback' in window)
						requestIdleCallback(() => resolve(), { timeout: idleTimeoutMs });
					else resolve();
				}, extraDelayMs)
			)
	);
}
