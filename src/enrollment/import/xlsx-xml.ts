/**
 * A SAX reader (saxes) for one part of the package, with a guard saxes itself does not have: it
 * buffers a text node until the next tag, so a cell of 100 MB would be held whole before anyone
 * could count it. The guard counts the characters since the last '<' as the text arrives and stops
 * at a bound a legal cell cannot reach.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { XlsxReadError } from './xlsx-limits.ts';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

export interface XmlStream {
  write(text: string): void;
  end(): void;
}

/** The local name: "x:row" and "row" are the same element (some writers prefix the main namespace). */
function local(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/**
 * @param maxRun the most characters allowed between two tags; beyond it `tooLong()` is thrown.
 */
export function xmlStream(
  part: string,
  handlers: XmlHandlers,
  maxRun: number,
  tooLong: () => XlsxReadError,
): XmlStream {
  const parser = new SaxesParser();
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= new XlsxReadError(`part ${part} of the workbook is not well-formed XML (${error.message})`);
  });
  parser.on('opentag', (tag) => {
    handlers.open(local(tag.name), (tag as SaxesTagPlain).attributes);
  });
  // saxes closes a self-closing tag too (<c r="A1"/>), right after opening it.
  parser.on('closetag', (tag) => handlers.close(local(tag.name)));
  parser.on('text', (text) => handlers.text(text));
  parser.on('cdata', (text) => handlers.text(text));
  let run = 0;
  /** The parser first reads up to where the overlong run starts, so tooLong() can name the cell. */
  function overflow(text: string, runStart: number): never {
    parser.write(text.slice(0, runStart));
    throw failure ?? tooLong();
  }
  return {
    write(text) {
      let from = 0;
      for (;;) {
        const lt = text.indexOf('<', from);
        if (lt === -1) {
          run += text.length - from;
          break;
        }
        if (run + (lt - from) > maxRun) return overflow(text, from);
        run = 0;
        from = lt + 1;
      }
      if (run > maxRun) return overflow(text, from);
      parser.write(text);
      if (failure) throw failure;
    },
    end() {
      parser.close();
      if (failure) throw failure;
    },
  };
}
