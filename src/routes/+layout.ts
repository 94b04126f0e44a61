// Every page is prerendered at build time; the site is static.
export const prerender = true;
export const trailingSlash = 'never';
