// Every page renders in the browser from local data: there is no server rendering to do.
export const ssr = false;
export const prerender = false;
