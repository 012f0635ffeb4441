/** How a code is compared: NFC, trimmed, upper case ("m" and "M" are one code). Apart from rulebook.ts so the grammar does not load zod. */
export function normaliseCode(text: string): string {
  return text.normalize('NFC').trim().toUpperCase();
}
