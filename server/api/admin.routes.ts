/** Admin API (`/api/admin/*`): classes, student import, teachers, tutor links. Admins only. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from '../http/respond.ts';
import type { Caller, Services } from './context.ts';

export async function routeAdmin(
	_req: IncomingMessage,
	_res: ServerResponse,
	_services: Services,
	caller: Caller,
	_path: string
): Promise<void> {
	if (caller.user.role !== 'admin') throw new HttpError(403, 'Réservé aux administrateurs.');
	throw new HttpError(404, 'Adresse inconnue.');
}
