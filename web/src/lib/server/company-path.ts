/** The API path of a company, or of something inside it: `companyPath(id, 'members', memberId)`. */
export function companyPath(companyId: string, ...rest: string[]): string {
  return ['/api/companies', companyId, ...rest].map((part, index) => (index === 0 ? part : encodeURIComponent(part))).join('/');
}
