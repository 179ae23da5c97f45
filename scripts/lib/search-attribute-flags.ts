/**
 * Atrium's custom search attributes as `temporal server start-dev --search-attribute` takes
 * them. Written out rather than derived from workflows/src/search-attributes.ts, whose
 * import of @temporalio/common (its protobufs) would add ~16 MB to `npm start`'s
 * supervisor for three names; search-attribute-flags.test.ts holds the two together.
 */
export const searchAttributeFlags = ['AtriumCompanyId=Keyword', 'AtriumPlan=Keyword', 'AtriumStatus=Keyword'];
