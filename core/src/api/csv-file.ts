import { text } from './text';

/**
 * The most a CSV import takes in one file: 90 kB (90,000 bytes of UTF-8). The file travels
 * as a string inside a JSON body, and the API's JSON limit is 100 kB; the rest is room for
 * JSON's escaping (a quote or a line break takes two bytes there) and the column mapping.
 */
export const csvFileMaxBytes = 90_000;

/** UTF-8 length without allocating a copy: 1 byte below U+0080, 2 below U+0800, 4 for a surrogate pair. */
export function utf8Bytes(value: string): number {
  let bytes = 0;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < value.length) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1000).toLocaleString('en')} kB`;

export interface CsvFileOptions {
  /** What a file of the largest size holds, for the refusal: "about 1,000 contacts". */
  holds: string;
  messages: { required: string; empty: string };
}

/**
 * A CSV file sent as text. Past 90 kB it is refused with a sentence that gives its size and
 * the limit; the length is counted in bytes, as a person's file manager shows it, so a file
 * of accented names is held to the same 90 kB as a plain one.
 */
export function csvFile({ holds, messages }: CsvFileOptions) {
  const limit = `an import takes at most ${kilobytes(csvFileMaxBytes)} (${holds}) at a time. Split it into smaller files and import each.`;
  // More characters than bytes allowed is over the limit whatever they are; the byte count
  // below catches a shorter file of multi-byte characters.
  return text({ field: 'CSV file', min: 1, max: csvFileMaxBytes, multiline: true, trim: false, messages: { required: messages.required, min: messages.empty, max: `The file is over ${kilobytes(csvFileMaxBytes)}; ${limit}` } })
    .refine((value) => utf8Bytes(value) <= csvFileMaxBytes, { error: (issue) => `The file is ${kilobytes(utf8Bytes(String(issue.input)))}; ${limit}`, abort: true })
    .meta({ description: `A CSV file of at most ${csvFileMaxBytes.toLocaleString('en')} bytes (90 kB) of UTF-8.` });
}
