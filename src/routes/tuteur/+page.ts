// Prerendered as a static shell (no data: the token travels in the fragment) so that the HTML
// names this page's code up front; a phone on a slow link fetches it with the app's entry
// instead of after it. The gateway serves `tuteur.html` for `/tuteur`.
export const prerender = true;
