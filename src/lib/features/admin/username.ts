/** « Marie Curie » → « marie.curie »: the login the admin is offered for a new account. */
export function suggestUsername(displayName: string): string {
	return displayName
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.trim()
		.replace(/[^a-z0-9]+/g, '.')
		.replace(/^\.+|\.+$/g, '')
		.slice(0, 63);
}
