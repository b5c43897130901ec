// Tests that need an outside tool: skipped with a reason on a contributor's machine, failed on CI.

/** True when the environment says this is a CI run (CI set to anything but "false" or "0"). */
export const onCi = (env: Record<string, string | undefined> = process.env): boolean =>
  !!env['CI'] && env['CI'] !== 'false' && env['CI'] !== '0';

/**
 * Whether tests needing a missing tool are skipped. On CI they run and fail instead, since a skipped
 * test there would pass quietly while checking nothing.
 */
export const skipWithout = (found: boolean, env: Record<string, string | undefined> = process.env): boolean =>
  !found && !onCi(env);
