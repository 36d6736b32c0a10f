/**
 * `/api/invitations`: a student creates and lists the links they give their tutor, and revokes
 * them; a teacher lists and revokes those of their students. The token appears once, in the URL
 * fragment of the answer to POST (`<origin>/tuteur#<token>`), which browsers never send to a
 * server nor put in a Referer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { addDays } from '../../src/lib/domain/calendar/dates.ts';
import type { Caller, Services } from '../api/context.ts';
import { HttpError, readJson, sendJson } from '../http/respond.ts';
import { publicInvitation, type InvitationDoc, type InvitationStore } from './invitation-store.ts';
import { readStage } from './stage-of-journal.ts';

const DAY_MS = 24 * 3600_000;
/**
 * A link lives until the stage's end + the school's tutor access days (setting
 * `tutorAccessDays`, default 30, server/lifecycle), never more than 180 days from its creation.
 */
export const AFTER_STAGE_DAYS = 30;
export const MAX_DAYS = 180;

function origin(req: IncomingMessage, services: Services): string {
	const configured = process.env.PUBLIC_URL?.trim().replace(/\/$/, '');
	if (configured) return configured;
	return `${services.secureCookies ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`;
}

export function expiryFor(
	stageEndDate: string,
	now = Date.now(),
	afterStageDays = AFTER_STAGE_DAYS
): string {
	const afterStage = Date.parse(`${addDays(stageEndDate, afterStageDays)}T23:59:59.999Z`);
	return new Date(Math.min(afterStage, now + MAX_DAYS * DAY_MS)).toISOString();
}

/** A teacher acts on the students whose journals they read. */
async function teachesStudent(services: Services, caller: Caller, studentId: string) {
	if (caller.user.role !== 'teacher') return false;
	const databases = await services.access.databasesOf(caller.user);
	return databases.some((database) => database.name === `journal_${studentId}`);
}

async function create(
	req: IncomingMessage,
	res: ServerResponse,
	services: Services,
	store: InvitationStore,
	caller: Caller
) {
	if (caller.user.role !== 'student')
		throw new HttpError(403, 'Seul·e le ou la stagiaire peut inviter son tuteur ou sa tutrice.');
	if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
		throw new HttpError(415, 'Contenu JSON attendu.');
	const body = (await readJson(req, 10_000)) as { stageId?: unknown } | null;
	const stageId = typeof body?.stageId === 'string' ? body.stageId : '';
	const stage = await readStage(services.couch, caller.user.id, stageId);
	if (!stage) throw new HttpError(404, 'Stage introuvable dans votre carnet.');
	const { tutorAccessDays } = await services.settings.get();
	const expiresAt = expiryFor(stage.endDate, Date.now(), tutorAccessDays);
	if (Date.parse(expiresAt) <= Date.now())
		throw new HttpError(
			400,
			tutorAccessDays === 0
				? 'Ce stage est terminé : un lien ne peut plus être créé.'
				: `Ce stage est terminé depuis plus de ${tutorAccessDays} jours : un lien ne peut plus être créé.`
		);
	const { invitation, token } = await store.create({
		studentId: caller.user.id,
		stageId,
		createdBy: caller.user.id,
		expiresAt
	});
	services.audit.note({
		actorId: caller.user.id,
		actorRole: caller.user.role,
		action: 'invitation-created',
		target: `journal_${caller.user.id}`,
		details: { invitationId: invitation.id, stageId }
	});
	sendJson(res, 201, {
		id: invitation.id,
		stageId,
		url: `${origin(req, services)}/tuteur#${token}`,
		expiresAt
	});
}

async function list(
	res: ServerResponse,
	services: Services,
	store: InvitationStore,
	caller: Caller,
	search: URLSearchParams
) {
	const asked = search.get('studentId');
	let studentId: string;
	if (caller.user.role === 'student' && (!asked || asked === caller.user.id)) {
		studentId = caller.user.id;
	} else if (asked && (await teachesStudent(services, caller, asked))) {
		studentId = asked;
	} else if (caller.user.role === 'teacher' && !asked) {
		throw new HttpError(400, 'Élève : ce champ est obligatoire.');
	} else throw new HttpError(403, 'Accès refusé à ce carnet.');
	const stageId = search.get('stageId');
	const invitations = (await store.ofStudent(studentId)).filter(
		(invitation) => !stageId || invitation.stageId === stageId
	);
	sendJson(res, 200, invitations.map(publicInvitation));
}

async function revoke(
	res: ServerResponse,
	services: Services,
	store: InvitationStore,
	caller: Caller,
	id: string
) {
	const found = await store.byPublicId(id);
	const allowed =
		found &&
		((caller.user.role === 'student' &&
			found.studentId === caller.user.id &&
			found.createdBy === caller.user.id) ||
			(await teachesStudent(services, caller, found.studentId)));
	// Someone else's link answers like a missing one: ids are not to be probed.
	if (!found || !allowed) throw new HttpError(404, 'Lien introuvable.');
	const now = new Date().toISOString();
	const revoked = await store.update(found._id, (doc): InvitationDoc | null =>
		doc.revokedAt ? null : { ...doc, revokedAt: now, revokedBy: caller.user.id }
	);
	if (revoked?.revokedAt === now)
		services.audit.note({
			actorId: caller.user.id,
			actorRole: caller.user.role,
			action: 'invitation-revoked',
			target: `journal_${found.studentId}`,
			details: { invitationId: found.id, stageId: found.stageId }
		});
	sendJson(res, 200, revoked ? publicInvitation(revoked) : { ok: true });
}

export async function routeInvitations(
	req: IncomingMessage,
	res: ServerResponse,
	services: Services,
	store: InvitationStore,
	caller: Caller,
	path: string,
	search: string
): Promise<void> {
	const parts = path.split('/').slice(3); // after /api/invitations
	const method = req.method ?? 'GET';
	if (parts.length === 0 && method === 'POST') return create(req, res, services, store, caller);
	if (parts.length === 0 && method === 'GET')
		return list(res, services, store, caller, new URLSearchParams(search));
	if (parts.length === 1 && parts[0] && method === 'DELETE')
		return revoke(res, services, store, caller, parts[0]);
	throw new HttpError(404, 'Adresse inconnue.');
}
