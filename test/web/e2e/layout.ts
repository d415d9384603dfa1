import type { Page } from 'playwright-core';

/**
 * Layout checks that hold in any language: nothing wider than the screen (no sideways scrolling)
 * and no text cut off by its box. Returns what is wrong, described; empty when the page is sound.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    for (const element of document.querySelectorAll('body *')) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // The skip link sits off screen until focused, by design.
      if (element.closest('.utrecht-skip-link')) continue;
      if (rect.left < -1 || rect.right > width + 1)
        problems.push(
          `outside the screen (${Math.round(rect.left)}–${Math.round(rect.right)}): ${describe(element)}`,
        );
      const clips =
        ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
      const html = element as HTMLElement;
      if (clips && (html.scrollWidth > html.clientWidth + 1 || html.scrollHeight > html.clientHeight + 1))
        problems.push(`text cut off: ${describe(element)}`);
    }
    return problems;
  });
}

/**
 * From a screenshot of `selector` (what is on screen of it): where its ink is, left to right,
 * 0 all at the left edge, 1 all at the right. A mirrored layout moves it across the middle.
 */
export async function inkCentroid(page: Page, selector = 'main'): Promise<number> {
  const png = await page.locator(selector).first().screenshot();
  const data = `data:image/png;base64,${png.toString('base64')}`;
  return page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(image, 0, 0);
    const { data: pixels, width, height } = context.getImageData(0, 0, image.width, image.height);
    let mass = 0;
    let moment = 0;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const at = (y * width + x) * 4;
        const dark = 255 - ((pixels[at] ?? 0) + (pixels[at + 1] ?? 0) + (pixels[at + 2] ?? 0)) / 3;
        if (dark < 96) continue; // background and light fills: only text and lines count
        mass += dark;
        moment += dark * x;
      }
    return mass === 0 ? 0.5 : moment / mass / width;
  }, data);
}
