/**
 * Reads an amount typed in euros ('495', '495,50', '1.234,56', '1234.56', '€ 49,95') as integer
 * cents, without floating point (DESIGN: money is integer euro cents). Returns null when the text is
 * not an amount.
 */
export function parseEuroCents(text: string): number | null {
  let s = text.replace(/[\s\u00a0€]/g, '');
  if (s === '') return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the later one separates the cents, the other groups thousands.
    const decimal = lastComma > lastDot ? ',' : '.';
    s = s.replaceAll(decimal === ',' ? '.' : ',', '').replace(decimal, '.');
  } else if (lastComma >= 0) {
    s = s.replace(',', '.');
  } else if (lastDot >= 0 && s.length - lastDot - 1 === 3 && s.indexOf('.') !== lastDot) {
    // '1.234.567': dots grouping thousands only.
    s = s.replaceAll('.', '');
  }
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(s);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
