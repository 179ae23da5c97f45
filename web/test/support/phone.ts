import type { Page } from 'playwright-core';

/** The phone every fit check uses: an iPhone 12–15's CSS viewport. */
export const phone = { width: 390, height: 844 };

export function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** The elements reaching past the screen's right edge, innermost first: what to fix. */
export function widest(page: Page): Promise<string> {
  return page.evaluate((limit) => {
    const past = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > limit + 0.5);
    const innermost = past.filter((element) => ![...element.children].some((child) => past.includes(child)));
    return innermost
      .slice(0, 6)
      .map((element) => `${element.tagName.toLowerCase()}${element.getAttribute('data-testid') ? `[${element.getAttribute('data-testid')}]` : ''}.${[...element.classList].join('.')} → ${Math.round(element.getBoundingClientRect().right)}`)
      .join(', ');
  }, phone.width);
}
