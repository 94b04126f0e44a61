/** The classroom catalog as JSON: what a teacher's own lesson (a draft, an imported file, a shared link) is checked and shown against in the browser. */
import { json } from '@sveltejs/kit';
import { classroomCatalog } from '$lib/server/lessons';

export const prerender = true;

export const GET = () => json(classroomCatalog());
