/**
 * Waits until `check` holds, looking again every `everyMs`; fails after `ms`. Tests wait for a
 * condition this way, never for a fixed time.
 */
export async function until(check: () => boolean | Promise<boolean>, ms: number, what = 'a condition', everyMs = 50): Promise<void> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > ms) {
      throw new Error(`timed out waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}
