import { describe, expect, it } from 'vitest';
import type { Photo } from '$lib/domain/schemas';
import { signReadiness } from './sign-readiness';
import { withKnownPhotos } from './week-model';

const photo = (id: string, rev: string, deleted = false) =>
	({ _id: id, _rev: rev, ...(deleted ? { deleted } : {}) }) as unknown as Photo;

describe('withKnownPhotos', () => {
	it('completes the replica with photos it lacks; the replica copy wins', () => {
		const replica = [photo('photo:a', '2-r')];
		const known = [photo('photo:a', '1-k'), photo('photo:b', '1-k'), photo('photo:c', '1-k', true)];
		expect(withKnownPhotos(replica, known).map((p) => [p._id, p._rev])).toEqual([
			['photo:a', '2-r'],
			['photo:b', '1-k']
		]);
	});
});

describe('signReadiness', () => {
	it('is ready when the content shown is what was sent, even before the sync loads', () => {
		expect(signReadiness('d1', 'd1', null)).toEqual({ ready: true, reason: '' });
	});

	it('waits for the photos otherwise, and says why offline', () => {
		expect(signReadiness('d1', 'd2', null).ready).toBe(false);
		expect(
			signReadiness('d1', 'd2', { lastSyncedAt: null, status: 'paused-offline' }).reason
		).toMatch(/reconnectez-vous/);
		expect(
			signReadiness('d1', 'd2', { lastSyncedAt: '2026-11-23T10:00:00Z', status: 'idle' }).ready
		).toBe(true);
	});
});
