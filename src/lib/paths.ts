/**
 * The one link builder: every internal href comes from here, so a route that moves is changed in one
 * place and the prerender's crawl checks all of them.
 */
export const paths = {
	home: () => '/',
	timeline: (search = '') => `/timeline${search}`,
	compare: () => '/timeline/compare',
	events: () => '/events',
	eventsYear: (year: number) => `/events#y${year}`,
	event: (id: string) => `/events/${id}`,
	actors: () => '/actors',
	actor: (id: string) => `/actors/${id}`,
	countries: () => '/countries',
	country: (code: string) => `/countries/${code}`,
	quotes: () => '/quotes',
	quote: (id: string) => `/quotes#quote-${id}`,
	sources: () => '/sources',
	source: (id: string) => `/sources#${id}`,
	essays: () => '/essays',
	essay: (slug: string, section?: string) => `/essays/${slug}${section ? `#${section}` : ''}`,
	/** The page of the data model and the downloads. */
	data: () => '/data',
	/** One download, by its file name (see src/lib/export/downloads.ts). */
	download: (file: string) => `/data/${file}`,
	classroom: () => '/classroom',
	/** The student view, at a step's anchor when given. */
	lesson: (id: string, step?: string) => `/classroom/${id}${step ? `#${step}` : ''}`,
	/** The presenter view, on a step (1-based) when given. */
	present: (id: string, step?: number) => `/classroom/${id}/present${step ? `?step=${step}` : ''}`,
	presenterNotes: (id: string) => `/classroom/${id}/present/notes`,
	handout: (id: string) => `/classroom/${id}/handout`,
	catalog: () => '/classroom/catalog.json',
	draft: () => '/classroom/draft',
	/** A lesson carried whole in the link (compressed into the fragment). */
	shared: (code?: string) => `/classroom/shared${code ? `#${code}` : ''}`
};
