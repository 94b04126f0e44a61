/** The controlled vocabularies of the graph and their display labels (no zod: safe for the client bundle). */
export const eventKinds = {
	'crime-congress': 'UN Crime Congress',
	'ministerial-conference': 'Ministerial conference',
	'regional-workshop': 'Regional workshop',
	'commission-session': 'Commission session',
	'committee-session': 'Committee session',
	'expert-meeting': 'Expert meeting',
	'ga-resolution': 'General Assembly resolution',
	'signing-conference': 'Signing conference',
	'treaty-action': 'Treaty action',
	'entry-into-force': 'Entry into force',
	'cop-session': 'Conference of the Parties session',
	institutional: 'Institutional change',
	'national-policy': 'National policy',
	statement: 'Statement',
	publication: 'Publication',
	context: 'Context'
} as const;

/** The kinds of link between events (their labels and styles are the treaty's, in `data/site.json`). */
export const linkTypes = {
	'led-to': true,
	'mandated-by': true,
	'responds-to': true,
	'part-of': true,
	'context-for': true
} as const;

export const actorKinds = {
	person: 'Person',
	state: 'State',
	'un-body': 'UN body',
	organisation: 'Organisation',
	'group-of-states': 'Group of states'
} as const;

export type EventKindId = keyof typeof eventKinds;
export type LinkTypeId = keyof typeof linkTypes;
export type ActorKindId = keyof typeof actorKinds;
