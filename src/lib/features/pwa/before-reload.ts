/**
 * Work that must finish before the app reloads itself (an update) or the page goes away:
 * editors register their flush here, so an update never drops the last keystrokes.
 */
type Task = () => Promise<unknown>;

const tasks = new Set<Task>();

export function onBeforeReload(task: Task): () => void {
	tasks.add(task);
	return () => tasks.delete(task);
}

/** Runs every registered task; one failing task does not stop the others. */
export async function runBeforeReload(): Promise<void> {
	await Promise.allSettled([...tasks].map((task) => task()));
}
