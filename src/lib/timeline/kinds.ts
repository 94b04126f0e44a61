/**
 * How each family of event kinds is drawn: a shape and a colour, so that kind is never told by colour alone.
 * Colours reach 3:1 against the paper background (WCAG 2.2 non-text contrast).
 */
import type { EventKindId } from '$lib/graph/vocab';

export interface KindStyle {
	shape: 'circle' | 'diamond' | 'square';
	fill: string;
	stroke: string;
}

const meeting: KindStyle = { shape: 'circle', fill: '#3b6fb6', stroke: '#1d3557' };
const decision: KindStyle = { shape: 'diamond', fill: '#b3202a', stroke: '#6e1016' };
const treaty: KindStyle = { shape: 'square', fill: '#0f766e', stroke: '#064e47' };
const voice: KindStyle = { shape: 'circle', fill: '#fde68a', stroke: '#92400e' };
const context: KindStyle = { shape: 'square', fill: '#d6d3d1', stroke: '#57534e' };

const styles: Record<EventKindId, KindStyle> = {
	'crime-congress': meeting,
	'ministerial-conference': meeting,
	'regional-workshop': meeting,
	'commission-session': meeting,
	'committee-session': meeting,
	'expert-meeting': meeting,
	'cop-session': meeting,
	'signing-conference': decision,
	'ga-resolution': decision,
	institutional: decision,
	'national-policy': decision,
	'treaty-action': treaty,
	'entry-into-force': treaty,
	statement: voice,
	publication: voice,
	context
};

export const kindLegend = [
	{ label: 'Meetings and sessions', style: meeting },
	{ label: 'Decisions and resolutions', style: decision },
	{ label: 'Treaty actions', style: treaty },
	{ label: 'Statements and publications', style: voice },
	{ label: 'Context', style: context }
];

export function kindStyle(kind: EventKindId): KindStyle {
	return styles[kind];
}

/** The SVG path of a point mark centred on (x, y): one geometry for the chart and its legend. */
export function markPath(shape: KindStyle['shape'], x: number, y: number): string {
	if (shape === 'diamond') return `M${x},${y - 6}l6,6l-6,6l-6,-6z`;
	if (shape === 'square') return `M${x - 5},${y - 5}h10v10h-10z`;
	return `M${x - 5.5},${y}a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0`;
}
