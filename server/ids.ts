// Lowercase, no look-alikes (no l, o, 0, 1): readable in URLs and over the phone.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A random string of `length` characters, 5 bits of entropy each (Lucia guide's generator). */
export function randomString(length: number): string {
	const bytes = new Uint8Array(length);
	crypto.getRandomValues(bytes);
	let out = '';
	for (const byte of bytes) out += ALPHABET[byte >> 3];
	return out;
}

/** Entity ids: 16 characters, 80 bits. */
export function newId(): string {
	return randomString(16);
}
