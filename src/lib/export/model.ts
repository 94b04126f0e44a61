/**
 * The data model as the /data page documents it, read from the zod schema (src/lib/graph/schema.ts) through
 * its JSON Schema: each file's fields, nested fields as dotted paths (`place.city`, `sources[].locator`), each
 * with its type, whether it is required and the description the schema gives it. Nothing is listed twice.
 */
import { z } from 'zod';
import { files } from '../graph/schema.ts';

export interface FieldDoc {
	/** The field's path in a record: `title`, `place.city`, `sources[].locator`. */
	path: string;
	/** How deep it is nested (0 for a record's own fields). */
	depth: number;
	type: string;
	required: boolean;
	description: string;
}
export interface RecordDoc {
	key: keyof typeof files;
	file: string;
	fields: FieldDoc[];
}

interface JsonSchema {
	type?: string | string[];
	title?: string;
	description?: string;
	enum?: unknown[];
	items?: JsonSchema;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	anyOf?: JsonSchema[];
	maxLength?: number;
}

/** The type of a field in words: its title when the schema names it, else what JSON Schema says it is. */
function typeOf(s: JsonSchema): string {
	if (s.title) return s.title;
	if (s.enum) return `one of: ${s.enum.join(', ')}`;
	if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'values'}`;
	if (s.type === 'string') return s.maxLength ? `text (up to ${s.maxLength} characters)` : 'text';
	if (s.type === 'integer') return 'whole number';
	if (s.type === 'object') return 'object';
	return String(s.type ?? 'value');
}

/**
 * The object whose fields are listed under a field (a list of objects counts), if any: not when none of its
 * fields is described, as in a CSL date, whose type's name says it all.
 */
function nested(s: JsonSchema): JsonSchema | undefined {
	const inner = s.properties ? s : s.items?.properties ? s.items : undefined;
	return inner && Object.values(inner.properties!).some((f) => f.description) ? inner : undefined;
}

function walk(s: JsonSchema, prefix: string, depth: number, out: FieldDoc[]) {
	for (const [name, field] of Object.entries(s.properties ?? {})) {
		const path = prefix + name;
		out.push({ path, depth, type: typeOf(field), required: (s.required ?? []).includes(name), description: field.description ?? '' });
		const inner = nested(field);
		if (inner) walk(inner, `${path}${inner === field ? '.' : '[].'}`, depth + 1, out);
	}
}

/** Every record type of the graph, in the order of its files, with its fields. */
export function dataModel(): RecordDoc[] {
	return (Object.keys(files) as (keyof typeof files)[]).map((key) => {
		const fields: FieldDoc[] = [];
		walk(z.toJSONSchema(files[key].schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, '', 0, fields);
		return { key, file: files[key].file, fields };
	});
}
