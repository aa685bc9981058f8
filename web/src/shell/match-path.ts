/**
 * Matches '/mail/:id' against '/mail/4f1c...' and returns { id: '4f1c...' }; null when it does not
 * match. A trailing slash is ignored.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const split = (p: string) => p.split('/').filter((part) => part !== '');
  const want = split(pattern);
  const have = split(path);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = have[i] ?? '';
    if (part.startsWith(':')) {
      const value = decodeParam(actual);
      if (value === null) return null;
      params[part.slice(1)] = value;
    } else if (part !== actual) return null;
  }
  return params;
}

/** A malformed escape ('%E0%A4%A') in a typed address is no match, not a crash. */
function decodeParam(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
