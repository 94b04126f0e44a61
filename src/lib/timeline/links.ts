/** How each link type is drawn: colour and dash pattern, so colour is never the only cue. */
import type { LinkTypeId } from '$lib/graph/vocab';

export const linkStyles: Record<LinkTypeId, { colour: string; dash: string; label: string }> = {
	'led-to': { colour: '#1d4ed8', dash: 'none', label: 'led to' },
	'mandated-by': { colour: '#9b1c24', dash: '6 3', label: 'mandated by' },
	'responds-to': { colour: '#047857', dash: '2 3', label: 'responds to' },
	'part-of': { colour: '#6d28d9', dash: '8 3 2 3', label: 'part of' },
	'context-for': { colour: '#78716c', dash: '1 4', label: 'context for' }
};
