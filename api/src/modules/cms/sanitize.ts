import sanitizeHtml from 'sanitize-html';

/**
 * The allow-list of what a page's HTML may hold, applied on the server when a draft is saved
 * and again when it is published (so a row written another way is cleaned before the public
 * sees it). No script, style or frame elements, no `on*` or `style` attributes, no
 * `javascript:` or `data:` URLs: links are http(s), mailto or tel, images come from the
 * site's own media (`/sites/{slug}/media/{id}`) or https. What TipTap's starter kit and its
 * image node write is kept; anything else is dropped with its content where it is code.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h1', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'pre', 'code', 'strong', 'b', 'em', 'i', 's', 'u', 'a', 'img', 'hr', 'br'],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], img: ['src', 'alt', 'title', 'width', 'height'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // The text of these is code or styling, never words of the page.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template'],
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer', ...(attribs.target ? { target: '_blank' } : {}) } }),
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !/^(https:\/\/|\/sites\/[a-z0-9-]+\/media\/[0-9a-f-]{36}$)/.test(frame.attribs.src ?? ''),
};

export function sanitizePageHtml(html: string): string {
  return sanitizeHtml(html, options).trim();
}
