/**
 * `GET /api/school` (public): the data controller named by the privacy notice. `SCHOOL_NAME`
 * and `SCHOOL_CONTACT` (an address to write to about personal data) come from the environment;
 * without them, the name the school was provisioned with (the `school` document), else none.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../http/respond.ts';
import type { Services } from './context.ts';

export async function routeSchool(
	req: IncomingMessage,
	res: ServerResponse,
	services: Services,
	path: string
): Promise<boolean> {
	if (path !== '/api/school' || req.method !== 'GET') return false;
	const stored = await services.accounts.get<{ _id: string; type: string; name?: string }>(
		'school'
	);
	const name = process.env.SCHOOL_NAME?.trim() || stored?.name || null;
	const contact = process.env.SCHOOL_CONTACT?.trim() || null;
	sendJson(res, 200, { name, contact });
	return true;
}
