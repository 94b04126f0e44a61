import { getGraph } from '$lib/server/graph';
import { downloads, downloadKeys } from '$lib/export/downloads';
import { dataModel } from '$lib/export/model';
import { eventColumns, quoteColumns } from '$lib/export/csv';

/** The downloads with their sizes (each made as its endpoint makes it), and the data model read from the schema. */
export function load() {
	const g = getGraph();
	return {
		downloads: downloadKeys.map((key) => {
			const d = downloads[key];
			return { key, file: d.file, format: d.format, bytes: new TextEncoder().encode(d.make(g)).length };
		}),
		columns: { events: [...eventColumns], quotes: [...quoteColumns] },
		model: dataModel()
	};
}
