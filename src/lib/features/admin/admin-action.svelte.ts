/**
 * An admin action the admin confirms (purge now, delete a student, promote or archive a class):
 * busy while it runs, then its French outcome or the French reason it failed.
 */
import { errorMessage } from './admin-api';

export class AdminAction {
	busy = $state(false);
	error = $state('');
	done = $state('');

	/** Clears the last outcome (a new confirmation is being asked). */
	reset(): void {
		this.error = '';
		this.done = '';
	}

	/** Runs `action`, whose answer is the sentence shown when it succeeded; false if it failed. */
	async run(action: () => Promise<string>): Promise<boolean> {
		this.busy = true;
		this.reset();
		try {
			this.done = await action();
			return true;
		} catch (error) {
			this.error = errorMessage(error);
			return false;
		} finally {
			this.busy = false;
		}
	}
}
