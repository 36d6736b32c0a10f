/**
 * The tutor's start page state: opening the link (token exchange) when there is one, then the
 * weeks of every journal the session reads. They show from the exchange's answer first (no
 * PouchDB yet), then from the local replica once its code has loaded, refreshed as it fills in.
 */
import type { Session } from '$lib/data/session.repository';
import { currentUser } from '$lib/features/session/current-user.svelte';
import { coalesce } from './coalesce';
import { firstRead } from './first-read.svelte';
import { readJournals } from './read-journals';
import { replicaForPage, type TutorReplica } from './replica-loader';
import { exchangeToken, takeTokenFromHash } from './tutor-link';
import { tutorWeeksFrom, type TutorWeekItem } from './tutor-weeks';

export class TutorHome {
	items = $state<TutorWeekItem[]>([]);
	opening = $state(false);
	loaded = $state(false);
	error = $state('');
	session = $state<Session | null>(null);

	#replica: TutorReplica | null = null;

	/** Exchanges a token found in the address, else uses this page's or the stored session. */
	async open(): Promise<void> {
		const token = takeTokenFromHash();
		if (token) {
			this.opening = true;
			try {
				const exchange = await exchangeToken(token);
				firstRead.set(exchange);
				this.session = exchange.session;
			} catch (error) {
				this.error = error instanceof Error ? error.message : 'Lien inutilisable.';
			} finally {
				this.opening = false;
			}
		} else {
			this.session = firstRead.session ?? currentUser.session ?? (await currentUser.load());
		}
	}

	/** Lists the weeks now and whenever a replica changes; returns the detach function. */
	watch(): () => void {
		let detached = false;
		const offs: (() => void)[] = [];
		const inMemory = readJournals(this.session).filter((j) => firstRead.docsOf(j.name));
		if (inMemory.length) void this.#fromMemory();
		replicaForPage(inMemory.length > 0)
			.then((replica) => {
				if (detached) return;
				this.#replica = replica;
				for (const j of readJournals(this.session)) {
					offs.push(
						replica.onJournalChange(replica.openReplica(j.name), () => void this.refresh())
					);
				}
				return this.refresh();
			})
			.catch((error: unknown) => console.warn('Carnet sur ce téléphone', error));
		return () => {
			detached = true;
			offs.forEach((off) => off());
		};
	}

	async #fromMemory(): Promise<void> {
		const lists = await Promise.all(
			readJournals(this.session).map((j) => {
				const docs = firstRead.docsOf(j.name);
				return docs ? tutorWeeksFrom(docs, j.name, j.studentName ?? 'Stagiaire') : [];
			})
		);
		// The replica may have answered meanwhile: it is as new or newer.
		if (this.#replica) return;
		this.items = lists.flat();
		this.loaded = true;
	}

	/** From the replica (its photos completed by the exchange's metadata). */
	readonly refresh = coalesce(async () => {
		const replica = this.#replica;
		if (!replica) return;
		const lists = await Promise.all(
			readJournals(this.session).map((j) =>
				replica.listTutorWeeks(
					replica.openReplica(j.name),
					j.name,
					j.studentName ?? 'Stagiaire',
					firstRead.photosOf(j.name)
				)
			)
		);
		this.items = lists.flat();
		this.loaded = true;
	});
}
