import { essaySummary, getEssays } from '$lib/server/essays';

export function load() {
	return { essays: getEssays().map(essaySummary) };
}
