// CMS's pure parts: schemas, the page tree and its addresses (the HTML sanitiser lives in the api).
export * from './schemas';
export * from './page-tree';
export * from './cms-kit';
