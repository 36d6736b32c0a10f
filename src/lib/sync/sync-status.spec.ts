import { describe, expect, it } from 'vitest';
import { aggregateStatus, statusMessage, type ChannelView } from './sync-status.ts';

const channel = (state: ChannelView['state'], failure?: number): ChannelView => ({
	state,
	failure
});

describe('aggregateStatus', () => {
	it('reports the worst channel', () => {
		expect(aggregateStatus([], 0)).toBe('idle');
		expect(aggregateStatus([channel('idle'), channel('offline', 0)], 0)).toBe('paused-offline');
		expect(aggregateStatus([channel('offline', 0), channel('syncing')], 0)).toBe('syncing');
		expect(aggregateStatus([channel('syncing'), channel('error', 500)], 0)).toBe('error');
		expect(aggregateStatus([channel('error', 500), channel('unauthorized', 401)], 0)).toBe(
			'unauthorized'
		);
	});

	it('never says idle while refused documents are only on the device', () => {
		expect(aggregateStatus([channel('idle')], 2)).toBe('error');
		expect(statusMessage('error', [channel('idle')], 2)).toMatch(
			/^2 documents ont été refusés par le serveur/
		);
		expect(aggregateStatus([channel('offline', 0)], 2)).toBe('paused-offline');
	});

	it('explains each status in French', () => {
		expect(statusMessage('idle', [channel('idle')], 0)).toBeNull();
		expect(statusMessage('unauthorized', [], 0)).toMatch(/session a expiré/);
		expect(statusMessage('paused-offline', [], 0)).toMatch(/Pas de connexion/);
		expect(statusMessage('error', [channel('error', 403)], 0)).toBe(
			"Vous n'avez pas accès à ce carnet."
		);
		expect(statusMessage('error', [channel('error', 502)], 0)).toMatch(/serveur rencontre/);
	});
});
