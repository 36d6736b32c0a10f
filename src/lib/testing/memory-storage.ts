/** For unit tests only: a `localStorage` kept in memory (Node has none), and its contents. */
export function memoryStorage(): { storage: Storage; store: Map<string, string> } {
	const store = new Map<string, string>();
	const storage = {
		get length() {
			return store.size;
		},
		key: (i: number) => [...store.keys()][i] ?? null,
		getItem: (key: string) => store.get(key) ?? null,
		setItem: (key: string, value: string) => void store.set(key, value),
		removeItem: (key: string) => void store.delete(key),
		clear: () => store.clear()
	};
	return { storage, store };
}
