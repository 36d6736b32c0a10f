import { newRand } from '../ids.ts';

/** `review:<date first scheduled>:<rand>`: reviews list in date order. */
export function reviewId(scheduledDate: string, rand = newRand()): string {
	return `review:${scheduledDate}:${rand}`;
}
