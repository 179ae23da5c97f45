import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * An article's markdown as HTML a company's browser can be given as it is: rendered by
 * `marked` (GitHub-flavoured), then cleaned by `sanitize-html` to an allow-list (no
 * scripts, styles, frames, event attributes or javascript: links; links open safely).
 * Done once, when an operator saves, so reading costs nothing. Also its plain text, which
 * the full-text index and the summaries use.
 */
const markdown = new Marked({ gfm: true, breaks: false, async: false });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'h1', 'h2', 'del', 'ins', 'input'].filter((tag) => tag !== 'img'),
  allowedAttributes: { a: ['href', 'title'], code: ['class'], th: ['align'], td: ['align'], ol: ['start'], input: ['type', 'checked', 'disabled'] },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer', ...(/^https?:/i.test(attribs.href ?? '') ? { target: '_blank' } : {}) } }),
    // GitHub task lists only: a disabled checkbox, never a form control.
    input: (tagName, attribs) => (attribs.type === 'checkbox' ? { tagName, attribs: { type: 'checkbox', disabled: '', ...(attribs.checked !== undefined ? { checked: '' } : {}) } } : { tagName: 'span', attribs: {} }),
  },
};
// The transforms add these; the allow-list keeps them.
allowed.allowedAttributes = { ...(allowed.allowedAttributes as Record<string, string[]>), a: ['href', 'title', 'rel', 'target'] };

export interface RenderedArticle {
  html: string;
  text: string;
}

export function renderArticle(body: string): RenderedArticle {
  const html = sanitizeHtml(markdown.parse(body) as string, allowed);
  // Block ends become line breaks, so that words of two paragraphs never run together.
  const text = decodeBasicEntities(sanitizeHtml(html.replace(/<\/(p|h[1-6]|li|pre|blockquote|tr|td|th|div)>|<br\s*\/?>/gi, '$&\n'), { allowedTags: [], allowedAttributes: {} }))
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  return { html, text };
}

/** sanitize-html escapes these five when it writes text back; the plain text wants them as they are. */
function decodeBasicEntities(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The first words of an article, for lists: about 200 characters, cut between words. */
export function summaryOf(text: string, length = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length * 0.6)).trimEnd()}…`;
}
