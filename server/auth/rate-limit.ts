/**
 * Login rate limiting per username + IP (and a looser cap per IP, against spraying many
 * usernames). In memory: a restart forgets, which only gives an attacker a few more tries.
 */
export const MAX_FAILURES_PER_USER_IP = 5;
export const MAX_FAILURES_PER_IP = 50;
export const WINDOW_MS = 15 * 60_000;

export class LoginRateLimiter {
	readonly #failures = new Map<string, number[]>();

	#recent(key: string, now: number): number[] {
		const kept = (this.#failures.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
		if (kept.length === 0) this.#failures.delete(key);
		else this.#failures.set(key, kept);
		return kept;
	}

	/** Seconds to wait before trying again, or 0 when a try is allowed. */
	retryAfter(username: string, ip: string, now = Date.now()): number {
		const perUser = this.#recent(`${username}|${ip}`, now);
		const perIp = this.#recent(`|${ip}`, now);
		const blocking =
			perUser.length >= MAX_FAILURES_PER_USER_IP
				? perUser
				: perIp.length >= MAX_FAILURES_PER_IP
					? perIp
					: null;
		if (!blocking) return 0;
		return Math.max(1, Math.ceil((blocking[0]! + WINDOW_MS - now) / 1000));
	}

	fail(username: string, ip: string, now = Date.now()): void {
		for (const key of [`${username}|${ip}`, `|${ip}`]) {
			this.#failures.set(key, [...this.#recent(key, now), now]);
		}
	}

	succeed(username: string, ip: string): void {
		this.#failures.delete(`${username}|${ip}`);
	}
}
