// A clock for relative times ("in 3 h", "5 minutes ago"), ticking twice a minute.
const clock = $state({ now: Date.now() });
let timer: ReturnType<typeof setInterval> | null = null;

/** The current time; reading it in markup re-renders as it ticks. */
export function now(): number {
  if (timer === null && typeof window !== 'undefined') {
    timer = setInterval(() => {
      clock.now = Date.now();
    }, 30_000);
  }
  return clock.now;
}
