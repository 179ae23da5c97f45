/** A search term as a LIKE pattern matching it anywhere: `%`, `_` and `\` in it are literal. */
export const likePattern = (term: string) => `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
