/**
 * Long loops over a sheet's rows in bounded slices (issue 12, item 2; decision 0014): the rows of
 * one slice are handled in one go, then the loop gives the event loop a turn, so /healthz and other
 * requests are answered while 100,000 rows are checked. A slice ends after SLICE_MS of work (checked
 * every CHECK_EVERY rows), so it stays short on a loaded machine and costs nothing on an idle one.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

const SLICE_MS = 8;
const CHECK_EVERY = 64;

/** Calls `each` for every item in order, yielding between slices; `progress(done)` after each slice. */
export async function forEachInSlices<T>(
  items: Iterable<T>,
  each: (item: T) => void,
  progress?: (done: number) => void,
): Promise<void> {
  let done = 0;
  let sliceStart = performance.now();
  for (const item of items) {
    each(item);
    done++;
    if (done % CHECK_EVERY === 0 && performance.now() - sliceStart > SLICE_MS) {
      progress?.(done);
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  progress?.(done);
}

/** Gives the event loop a turn when the current slice has run SLICE_MS since `since`; the new start. */
export async function yieldIfDue(since: number): Promise<number> {
  if (performance.now() - since <= SLICE_MS) return since;
  await yieldToEventLoop();
  return performance.now();
}
