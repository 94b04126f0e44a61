/**
 * Universal hooks. `reroute` runs before the router decodes a path: a path with malformed percent-encoding
 * (`/actors/%%`, `/events/x%E0%A4%A`) would make it throw `URIError: URI malformed` and the page never
 * hydrate. Such a path names no page, so it is routed to the not-found page, which the static host has
 * already served for it with status 404; the address bar keeps the URL as typed.
 */
import type { Reroute } from '@sveltejs/kit';

/** The path decoded as the router decodes it (between the `%25`s), or undefined where that would throw. */
function decoded(pathname: string): string | undefined {
	try {
		return pathname.split('%25').map(decodeURI).join('%25');
	} catch {
		return undefined;
	}
}

export const reroute: Reroute = ({ url }) => (decoded(url.pathname) === undefined ? '/404' : undefined);
