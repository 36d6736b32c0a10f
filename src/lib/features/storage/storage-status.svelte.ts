/**
 * How much the device keeps for us and whether it may evict it. iOS Safari deletes the data of
 * a site not opened for 7 days unless the app is installed (home screen) or storage persists.
 */
import {
	formatBytes,
	requestPersistentStorage,
	storageUsage,
	type StorageUsage
} from '$lib/data/storage';

export class StorageStatus {
	usage = $state<StorageUsage | null>(null);
	asked = $state(false);

	get installed(): boolean {
		return (
			matchMedia('(display-mode: standalone)').matches ||
			(navigator as Navigator & { standalone?: boolean }).standalone === true
		);
	}

	get usedLabel(): string {
		return this.usage ? formatBytes(this.usage.usage) : '…';
	}

	get quotaLabel(): string {
		return this.usage?.quota ? formatBytes(this.usage.quota) : 'inconnu';
	}

	get percent(): number {
		const u = this.usage;
		return u?.quota ? Math.min(100, (u.usage / u.quota) * 100) : 0;
	}

	async refresh(): Promise<void> {
		this.usage = await storageUsage();
	}

	/** Asks the browser to keep our data; returns whether it agreed. */
	async protect(): Promise<boolean> {
		const granted = await requestPersistentStorage();
		this.asked = true;
		await this.refresh();
		return granted;
	}
}
