/**
 * Canonical JSON: one byte string per value, so that a digest names content and not the way it
 * was serialised. Object keys are sorted by UTF-16 code unit (plain `<`, independent of locale),
 * keys and strings are NFC-normalised (an « é » typed on a Mac and on Android digests the same),
 * properties whose value is `undefined` are left out, arrays keep their order.
 */

/** Throws a TypeError on values JSON cannot carry faithfully (NaN, Infinity, undefined in an
 * array, bigint, functions, symbols, class instances such as Date or Map). */
export function canonicalJson(value: unknown): string {
	return write(value, '$');
}

function write(value: unknown, path: string): string {
	if (value === null || typeof value === 'boolean') return String(value);
	if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new TypeError(`Nombre non fini en ${path}`);
		return JSON.stringify(value);
	}
	if (Array.isArray(value)) {
		const items = value.map((item, i) => {
			if (item === undefined) throw new TypeError(`Valeur indéfinie en ${path}[${i}]`);
			return write(item, `${path}[${i}]`);
		});
		return `[${items.join(',')}]`;
	}
	if (typeof value === 'object' && isPlainObject(value)) {
		const entries = Object.entries(value)
			.filter(([, v]) => v !== undefined)
			.map(([k, v]) => [k.normalize('NFC'), v] as const)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		for (let i = 1; i < entries.length; i++) {
			if (entries[i]?.[0] === entries[i - 1]?.[0]) {
				throw new TypeError(`Clé en double après normalisation en ${path}`);
			}
		}
		const body = entries.map(([k, v]) => `${JSON.stringify(k)}:${write(v, `${path}.${k}`)}`);
		return `{${body.join(',')}}`;
	}
	throw new TypeError(`Valeur non sérialisable (${typeof value}) en ${path}`);
}

function isPlainObject(value: object): boolean {
	const proto = Object.getPrototypeOf(value) as unknown;
	return proto === Object.prototype || proto === null;
}
