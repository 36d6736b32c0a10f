import { describe, expect, it } from 'vitest';
import { planLongpoll } from './changes-feed.ts';

const MAX = 25_000;

describe('planLongpoll', () => {
	it('bounds PouchDB’s heartbeat longpoll and answers « nothing since » when it runs out', () => {
		const plan = planLongpoll('?style=all_docs&feed=longpoll&heartbeat=10000&since=12-abc', MAX);
		expect(plan?.waitMs).toBe(MAX);
		expect(JSON.parse(plan!.emptyAnswer)).toEqual({ results: [], last_seq: '12-abc', pending: 0 });
	});

	it('keeps a shorter timeout and caps a longer one', () => {
		expect(planLongpoll('?feed=longpoll&since=3&timeout=5000', MAX)?.waitMs).toBe(5000);
		expect(planLongpoll('?feed=longpoll&since=3&timeout=600000', MAX)?.waitMs).toBe(MAX);
	});

	it('leaves one-shot requests and `since=now` alone, and refuses endless feeds', () => {
		expect(planLongpoll('?since=0&limit=50', MAX)).toBeNull();
		expect(planLongpoll('', MAX)).toBeNull();
		expect(planLongpoll('?feed=longpoll&since=now', MAX)).toBeNull();
		expect(() => planLongpoll('?feed=continuous', MAX)).toThrow('feed=longpoll');
		expect(() => planLongpoll('?feed=eventsource', MAX)).toThrow('feed=longpoll');
	});
});
