import essays from 'virtual:palermo-essays';

/** The essay's compiled component (mdsvex), loaded beside the data the server prepared. */
export async function load({ data }) {
	const module = await essays[data.file]();
	return { ...data, component: module.default };
}
