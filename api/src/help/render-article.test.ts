import { describe, expect, it } from 'vitest';
import { renderArticle, summaryOf } from './render-article';

describe('an article written in markdown', () => {
  it('renders headings, lists, code and safe links', () => {
    const { html, text } = renderArticle('# Invoices\n\nYour **invoice** is mailed.\n\n- one\n- two\n\n`code` and [help](https://atrium.example/help)');
    expect(html).toContain('<h1>Invoices</h1>');
    expect(html).toContain('<strong>invoice</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://atrium.example/help" rel="noopener noreferrer" target="_blank">help</a>');
    expect(text).toBe('Invoices\nYour invoice is mailed.\none\ntwo\ncode and help');
  });

  it('drops scripts, event handlers, iframes, styles and javascript: links, written as HTML or markdown', () => {
    const { html } = renderArticle('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<iframe src="https://evil.example"></iframe>\n\n<p style="color:red" onclick="alert(3)">hi</p>\n\n[click](javascript:alert(4)) <a href="JaVaScRiPt:alert(5)">x</a>');
    expect(html).not.toMatch(/script|onerror|onclick|iframe|style=|javascript:|<img/i);
    expect(html).toContain('<p>hi</p>');
  });

  it('keeps the characters people write as they are in its plain text', () => {
    expect(renderArticle('Tom & Jerry <3 "quotes" and it\'s fine').text).toBe('Tom & Jerry <3 "quotes" and it\'s fine');
  });

  it('has a summary of about 200 characters, cut between words', () => {
    const summary = summaryOf('word '.repeat(100));
    expect(summary.length).toBeLessThanOrEqual(201);
    expect(summary.endsWith('word…')).toBe(true);
    expect(summaryOf('Short text.')).toBe('Short text.');
  });
});
