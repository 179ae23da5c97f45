import { describe, expect, it } from 'vitest';
import { offlineOpenApiDocument } from './offline-document';

type Operation = { responses: Record<string, { description: string; content?: Record<string, { schema?: unknown }> }> };

const document = offlineOpenApiDocument() as unknown as { paths: Record<string, Record<string, Operation>> };
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
);

describe('the OpenAPI document is a contract the dashboard can generate its client from', () => {
  it('documents a body for every successful answer of every operation', () => {
    const undocumented: string[] = [];
    for (const { name, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!status.startsWith('2') || status === '204') continue;
        const content = Object.entries(response.content ?? {});
        // JSON and event streams name the schema of what they send; files are binary.
        const documented = content.some(([media, { schema }]) =>
          media === 'application/json' || media === 'text/event-stream' ? isSchema(schema) : isBinary(schema),
        );
        if (!documented) undocumented.push(`${name} ${status} (${response.description})`);
      }
    }
    expect(operations.length).toBeGreaterThan(40);
    expect(undocumented).toEqual([]);
  });

  it('documents the files it sends as their media type', () => {
    const pdf = document.paths['/api/companies/{companyId}/billing/invoices/{invoiceId}/pdf']!.get!.responses['200']!;
    expect(Object.keys(pdf.content ?? {})).toEqual(['application/pdf']);
    const logo = document.paths['/api/companies/{companyId}/branding/logo']!.get!.responses['200']!;
    expect(Object.keys(logo.content ?? {})[0]).toMatch(/^image\//);
  });

  it('documents the refusals the middleware gives: a change from another site, too many attempts at a door', () => {
    const invite = document.paths['/api/companies/{companyId}/invitations']!.post!.responses;
    expect(invite['403']!.description).toMatch(/Not a member.*another site/);
    expect(invite['429']!.description).toMatch(/Retry-After/);
    expect(document.paths['/api/login']!.post!.responses['429']).toBeDefined();
    const members = document.paths['/api/companies/{companyId}/members']!.get!.responses;
    expect(members['403']!.description).not.toMatch(/another site/);
    expect(members['429']).toBeUndefined();
  });

  it("documents the bell's live stream as Server-Sent Events with the schema of each event", () => {
    const stream = document.paths['/api/companies/{companyId}/notifications/stream']!.get!.responses['200']!;
    expect(Object.keys(stream.content ?? {})).toEqual(['text/event-stream']);
    expect(isSchema(stream.content!['text/event-stream']!.schema)).toBe(true);
  });

  it('says nothing about a 204 but that it is empty', () => {
    for (const { operation } of operations) expect(operation.responses['204']?.content).toBeUndefined();
  });
});

function isSchema(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && Object.keys(schema).length > 0;
}

function isBinary(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && (schema as { format?: string }).format === 'binary';
}
