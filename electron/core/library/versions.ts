// Orders pack versions as authors write them ("0.1.0", "1.2", "2.0.0-beta"): numeric parts compared as
// numbers, a pre-release before its release.

/** Negative when `a` is older than `b`, positive when newer, 0 when the same. */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = splitPre(a);
  const [coreB = '', preB] = splitPre(b);
  const partsA = coreA.split('.');
  const partsB = coreB.split('.');
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const order = comparePart(partsA[i] ?? '0', partsB[i] ?? '0');
    if (order !== 0) return order;
  }
  if (preA === undefined || preB === undefined) return preA === preB ? 0 : preA === undefined ? 1 : -1;
  return comparePart(preA, preB);
}

function splitPre(version: string): [string, string | undefined] {
  const cut = version.trim().replace(/^v/i, '').split('+')[0]!;
  const dash = cut.indexOf('-');
  return dash < 0 ? [cut, undefined] : [cut.slice(0, dash), cut.slice(dash + 1)];
}

function comparePart(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) return Math.sign(Number(a) - Number(b));
  return a < b ? -1 : a > b ? 1 : 0;
}
