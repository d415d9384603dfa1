import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Source of the CloudFront Function (cloudfront-js-2.0) on the web's default behaviour only. A path
 * whose last segment has no dot is an app route, not a file: it gets the shell of its app — the
 * citizen app (`/index.html`), or a page app beside it (`/balie/…` → `/balie/index.html`). /api and
 * /assets/* have their own behaviours and never pass through here, so an API 404 stays an API 404.
 */
export function spaFallbackCode(pages: readonly string[]): string {
  for (const page of pages) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(page)) throw new Error(`not a page directory name: ${page}`);
  }
  return `var PAGES = ${JSON.stringify(pages)};
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.substring(uri.lastIndexOf('/') + 1).indexOf('.') !== -1) {
    return request;
  }
  var first = uri.split('/')[1];
  request.uri = PAGES.indexOf(first) !== -1 ? '/' + first + '/index.html' : '/index.html';
  return request;
}
`;
}

/** The page apps in a web build: its subdirectories with an index.html of their own. */
export function findPages(webDist: string | undefined): string[] {
  if (!webDist || !existsSync(webDist)) return [];
  return readdirSync(webDist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(webDist, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}
