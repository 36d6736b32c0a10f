/**
 * Registers the service worker and exposes a safe update flow: a new version waits until the
 * student taps « Mettre à jour »; we then flush drafts, ask the waiting worker to take over and
 * reload once it controls the page (never earlier, so the reload gets the new shell).
 */
import { dev } from '$app/environment';
import { afterFirstPaint } from './after-first-paint.ts';
import { runBeforeReload } from './before-reload.ts';

class ServiceWorkerUpdate {
	#waiting = $state<ServiceWorker | null>(null);
	#applying = $state(false);

	get available(): boolean {
		return this.#waiting !== null;
	}

	get applying(): boolean {
		return this.#applying;
	}

	/**
	 * On a first visit the worker's precache downloads the whole app; on a slow phone link that
	 * competes with the page's own first requests (a tutor opening a link on 3G), so the first
	 * install waits until the page has loaded and the main thread is idle. Returning visitors
	 * already have a worker: checking it for an update costs one request, so it runs at once.
	 */
	async registerWhenIdle(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		if (!navigator.serviceWorker.controller) await pageLoadedAndIdle();
		await this.register();
	}

	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const registration = await navigator.serviceWorker.register('/service-worker.js', {
			type: dev ? 'module' : 'classic'
		});
		// A worker already waiting from a previous visit.
		if (registration.waiting && navigator.serviceWorker.controller) {
			this.#waiting = registration.waiting;
		}
		registration.addEventListener('updatefound', () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => {
				// With no controller this is the first install: nothing to update.
				if (installing.state === 'installed' && navigator.serviceWorker.controller) {
					this.#waiting = installing;
				}
			});
		});
		// Look for a new version when the student comes back to the app.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void registration.update().catch(() => {});
		});
	}

	async apply(): Promise<void> {
		const waiting = this.#waiting;
		if (!waiting || this.#applying) return;
		this.#applying = true;
		await runBeforeReload();
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		waiting.postMessage({ type: 'SKIP_WAITING' });
	}
}

export const swUpdate = new ServiceWorkerUpdate();

const FIRST_INSTALL_DELAY_MS = 3000;

function pageLoadedAndIdle(): Promise<void> {
	return afterFirstPaint(FIRST_INSTALL_DELAY_MS);
}
