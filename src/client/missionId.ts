// The id a mission gets on the client, once: a retry of the same mission sends it again and the server writes nothing twice.

/** The part of Web Crypto an id needs (window.crypto in the sidebar, globalThis.crypto in Node). */
export interface RandomSource {
  randomUUID?: () => string;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

/** A random version 4 UUID: crypto.randomUUID() where the browser has it, else one made from 16 random bytes. */
export function newMissionId(
  random: RandomSource = (globalThis as unknown as { crypto: RandomSource }).crypto,
): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10xx (RFC 9562)
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}
