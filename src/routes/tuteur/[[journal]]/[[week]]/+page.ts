// `/tuteur` is prerendered as a static shell (no data: the token travels in the fragment) so that
// its HTML names the page's code up front; a phone on a slow link fetches it with the app's entry
// instead of after it. The gateway serves `tuteur.html` for `/tuteur`; a week's address gets the
// app shell (`index.html`) and the same code.
export const prerender = true;
