// CloudFront Function (cloudfront-js-2.0) on the web's default behaviour only: a path whose last
// segment has no dot is an app route, so the viewer gets the app shell. /api/* and /assets/* have
// their own behaviours and never pass through here, so an API 404 stays an API 404.
export const SPA_FALLBACK_CODE = `function handler(event) {
  var request = event.request;
  var last = request.uri.substring(request.uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}
`;
