/**
 * The parts of an XLSX package (a zip, ECMA-376 part 2) streamed out of the uploaded bytes with
 * fflate's streaming Unzip: each wanted part is inflated a few kilobytes at a time and handed on
 * as text, so no part is ever held whole, and the unpacked bytes are counted against a budget as
 * they come (a zip bomb stops at the limit, not when memory runs out).
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Unzip, type UnzipFile, UnzipInflate, UnzipPassThrough } from 'fflate';
import { XlsxReadError } from './xlsx-limits.ts';

/** Compressed bytes pushed at a time: deflate expands at most ~1,032x, so at most ~4 MB comes out. */
const PUSH_BYTES = 4_096;
/** Work this long between two turns of the event loop, so /healthz and other requests still answer. */
const SLICE_MS = 8;

/** The unpacked bytes left to read; shared by every pass over one file. */
export interface ByteBudget {
  left: number;
  readonly limit: number;
}

export type PartHandler = (text: string) => void;

/**
 * Streams every part whose name `wanted` returns a handler for, in the order the zip holds them.
 * A handler's exception stops the reading and is thrown from here. Returns the names of the parts
 * found (wanted or not).
 */
export async function streamParts(
  bytes: Uint8Array,
  wanted: (name: string) => PartHandler | undefined,
  budget: ByteBudget,
): Promise<Set<string>> {
  const names = new Set<string>();
  let failure: unknown;
  const fail = (error: unknown, file?: UnzipFile) => {
    failure ??= error;
    file?.terminate();
  };
  const unzip = new Unzip((file) => {
    names.add(file.name);
    const handler = wanted(file.name);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) return fail(new XlsxReadError(`part ${file.name} of the workbook is damaged`), file);
      // Counted for every part, read or skipped: inflating costs time even when nobody reads it.
      budget.left -= chunk.length;
      if (budget.left < 0) {
        return fail(
          new XlsxReadError(
            `the workbook unpacks to more than ${budget.limit.toLocaleString('en')} bytes (the limit); save only the sheet to import`,
          ),
          file,
        );
      }
      if (!handler) return;
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: !final });
      } catch {
        return fail(new XlsxReadError(`part ${file.name} is not UTF-8 text`), file);
      }
      try {
        if (text.length > 0) handler(text);
      } catch (e) {
        fail(e, file);
      }
    };
    if (!handler) return;
    try {
      file.start();
    } catch {
      fail(new XlsxReadError(`part ${file.name} is compressed in a way Klasse cannot read`), file);
    }
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);

  let sliceStart = performance.now();
  for (let at = 0; at < bytes.length && !failure; at += PUSH_BYTES) {
    const end = Math.min(at + PUSH_BYTES, bytes.length);
    try {
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    } catch (error) {
      fail(error instanceof XlsxReadError ? error : new XlsxReadError(notAWorkbook));
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  if (failure) throw failure;
  return names;
}

export const notAWorkbook = 'the file is not an XLSX workbook (save it as "Excel-werkmap (.xlsx)" or as CSV)';
