import { getGraph } from '$lib/server/graph';
import { quoteView } from '$lib/graph/views';
import { compareIso } from '$lib/graph/dates';

export function load() {
	const g = getGraph();
	// Each quotation with what the filters read: its decade (from its date) and the themes of its event.
	const views = g.quotes.map((q) => {
		const event = q.event ? g.eventById.get(q.event) : undefined;
		return { ...quoteView(g, q), decade: q.date ? `${q.date.slice(0, 3)}0` : 'undated', themes: event?.themes ?? [] };
	});
	// Dated quotations in order, then the undated (interviews), by speaker.
	const dated = views.filter((q) => q.date).sort((a, b) => compareIso(a.date!, b.date!));
	const undated = views.filter((q) => !q.date).sort((a, b) => a.speaker.name.localeCompare(b.speaker.name));
	const speakers = [...new Map(views.map((q) => [q.speaker.id, q.speaker.name])).entries()]
		.map(([id, name]) => ({ id, label: name }))
		.sort((a, b) => a.label.localeCompare(b.label));
	const decades = [...new Set(views.map((q) => q.decade))].sort().map((id) => ({ id, label: id }));
	const used = new Set(views.flatMap((q) => q.themes));
	const themes = g.themes.filter((t) => used.has(t.id)).map((t) => ({ id: t.id, label: t.label }));
	return { dated, undated, options: { speaker: speakers, decade: decades, theme: themes } };
}
