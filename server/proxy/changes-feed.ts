/**
 * How long one `_changes` request may wait on the gateway. PouchDB's live pull asks for a
 * longpoll with a heartbeat, which stays open until the journal's next change, however long: the
 * session was checked when the request came in, so a session ended meanwhile (account deleted,
 * tutor link revoked, signed out elsewhere) would still receive that next change, and the device
 * would not learn it lost access. So the gateway answers every longpoll within `maxWaitMs`
 * (CHANGES_MAX_WAIT_MS, 25 s by default): the upstream answer when it comes in time, else the
 * answer CouchDB gives when a longpoll's `timeout` runs out (no results, `last_seq` = `since`).
 * Before the answer leaves, the session and the journal's access are checked again: changes are
 * never handed to a session that ended while it waited. The client asks again at once and is
 * checked again. The gateway keeps the clock itself: the
 * embedded server ignores `timeout`. Continuous and event-source feeds, which never end while
 * changes flow, are refused: our clients do not use them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CouchBackend } from '../couch/backend.ts';
import { HttpError } from '../http/respond.ts';
import { couchFetch, sendCouchError } from './forward.ts';

/** A longpoll to bound: how long to wait, and what to answer when nothing came. */
export interface LongpollPlan {
	waitMs: number;
	emptyAnswer: string;
}

/** Null for a one-shot `_changes` (answered at once, forwarded as is). */
export function planLongpoll(search: string, maxWaitMs: number): LongpollPlan | null {
	const params = new URLSearchParams(search);
	const feed = params.get('feed');
	if (feed === 'continuous' || feed === 'eventsource')
		throw new HttpError(400, 'Flux de modifications non pris en charge : utilisez feed=longpoll.');
	if (feed !== 'longpoll') return null;
	const since = params.get('since');
	// `since=now` (or none) names no sequence to answer with: CouchDB's own timeout answers it.
	if (since === null || since === 'now') return null;
	const asked = Number(params.get('timeout'));
	const waitMs = Number.isFinite(asked) && asked > 0 ? Math.min(asked, maxWaitMs) : maxWaitMs;
	return { waitMs, emptyAnswer: JSON.stringify({ results: [], last_seq: since, pending: 0 }) };
}

/** Forwards a longpoll and answers it within the plan's wait (see above). */
export async function forwardLongpoll(
	req: IncomingMessage,
	res: ServerResponse,
	couch: CouchBackend,
	pathAndQuery: string,
	plan: LongpollPlan,
	stillAllowed: () => Promise<boolean>,
	body?: Buffer
): Promise<void> {
	const abort = new AbortController();
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		abort.abort();
	}, plan.waitMs);
	res.once('close', () => abort.abort());
	let status = 200;
	let answer: string;
	try {
		const upstream = await couchFetch(
			couch,
			req.method ?? 'GET',
			pathAndQuery,
			body,
			'application/json',
			abort.signal
		);
		status = upstream.status;
		answer = await upstream.text();
	} catch (error) {
		if (!timedOut) throw error;
		answer = plan.emptyAnswer;
	} finally {
		clearTimeout(timer);
	}
	if (res.destroyed) return;
	// Changes are never handed to a session that ended, or lost the journal, while it waited.
	if (!(await stillAllowed())) {
		sendCouchError(res, 401, 'Vous n’êtes pas connecté.');
		return;
	}
	res.writeHead(status, {
		'Content-Type': 'application/json',
		'Content-Length': Buffer.byteLength(answer),
		'Cache-Control': 'no-store'
	});
	res.end(answer);
}
