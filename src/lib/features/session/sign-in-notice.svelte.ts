/**
 * A message for the sign-in page, kept on the device so a reload does not lose it: after the
 * account was deleted on the server (and the device copy with it), the person is told why they
 * are signed out. Cleared at the next sign-in.
 */
import { getSetting, setSetting } from '$lib/data/device-db';

const KEY = 'sign-in-notice';

class SignInNotice {
	message = $state('');

	async load(): Promise<void> {
		const stored = await getSetting<string>(KEY, '');
		if (stored) this.message = stored;
	}

	async show(message: string): Promise<void> {
		this.message = message;
		await setSetting(KEY, message);
	}

	async clear(): Promise<void> {
		this.message = '';
		await setSetting(KEY, '');
	}
}

export const signInNotice = new SignInNotice();
