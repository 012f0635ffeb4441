/**
 * Text folded for matching what people type: accents (NFC or NFD), đ, case, spaces and punctuation
 * do not matter. One place for it: column labels, discipline measures and signers' titles alike.
 */

function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase();
}

/** Letters and digits only: `Họ  và tên`, `HO VA TEN` and `Họ-và-tên` are `hovaten`. */
export function foldKey(text: string): string {
  return plain(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Words separated by single spaces: `Phó Chủ tịch UBND` is `pho chu tich ubnd`. */
export function foldWords(text: string): string {
  return plain(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
