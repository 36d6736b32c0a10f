/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Precaches the app shell (Vite's hashed build, the static files and the SPA fallback
 * `index.html`) so every page opens with the network off after the first visit.
 *
 * Guarantees: `/api/*` and `/couch/*` are never cached (sync and auth always hit the network);
 * a new version installs in the background and WAITS until the page posts `SKIP_WAITING`
 * (the page flushes drafts first), so an update never swaps code under a student mid-typing.
 */
import { build, files, version } from '$service-worker';
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

const SHELL = '/index.html';

// Hashed build files carry their revision in the name; the rest change with the app version.
const manifest = [
	...build.map((url) => ({ url, revision: null })),
	...files.map((url) => ({ url, revision: version })),
	{ url: SHELL, revision: version }
];

precacheAndRoute(manifest);
cleanupOutdatedCaches();

registerRoute(
	new NavigationRoute(createHandlerBoundToURL(SHELL), {
		denylist: [/^\/api\//, /^\/couch\//]
	})
);

self.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Background Sync wake-up (Chromium): the pages hold the databases, so they do the replication.
self.addEventListener('sync', (event) => {
	const syncEvent = event as ExtendableEvent & { tag?: string };
	if (syncEvent.tag !== 'carnet-sync') return;
	syncEvent.waitUntil(
		self.clients
			.matchAll({ type: 'window' })
			.then((pages) => pages.forEach((page) => page.postMessage({ type: 'SYNC_NOW' })))
	);
});

// First install only (there is no older worker to wait for): take control of the open page so
// it works offline at once. Later versions reach this only after SKIP_WAITING.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
