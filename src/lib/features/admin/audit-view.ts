/**
 * One audit event as the admin reads it: who, what, on what, when, in French. The trail holds
 * ids only; names come from the current accounts and classes (a deleted account stays an id).
 */
import { auditActionLabel, roleLabel } from '$lib/domain/privacy/audit-labels.ts';
import type { AuditEvent } from './admin-types.ts';

export interface AuditRow {
	id: string;
	/** « 23/11/2026 à 14:05 » (the browser's time zone). */
	when: string;
	at: string;
	who: string;
	what: string;
	target: string;
	details: string;
}

export interface AuditNames {
	/** Account id → display name. */
	people: ReadonlyMap<string, string>;
	/** Class id → name. */
	classes: ReadonlyMap<string, string>;
}

function frenchDay(date: string): string {
	const [year, month, day] = date.split('-');
	return `${day}/${month}/${year}`;
}

function when(at: string): string {
	const date = new Date(at);
	if (Number.isNaN(date.getTime())) return at;
	const day = date.toLocaleDateString('fr-FR');
	const time = date.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
	return `${day} à ${time}`;
}

function person(id: string, role: string, names: AuditNames): string {
	if (role === 'system') return 'Système (tâche planifiée)';
	const name = names.people.get(id);
	return name ? `${name} (${roleLabel(role).toLowerCase()})` : `Compte supprimé ou inconnu (${id})`;
}

function target(value: string, names: AuditNames): string {
	if (value === 'settings') return 'Réglages de l’établissement';
	if (value.startsWith('class:')) {
		const id = value.slice('class:'.length);
		return `Classe ${names.classes.get(id) ?? `supprimée (${id})`}`;
	}
	if (value.startsWith('journal_')) {
		const name = names.people.get(value.slice('journal_'.length));
		return name ? `Carnet de ${name}` : `Carnet supprimé (${value})`;
	}
	return value;
}

const DELETION_REASONS: Record<string, string> = {
	purge: 'purge après archivage',
	request: 'à la demande de l’élève',
	admin: 'décision de l’administration'
};

function details(event: AuditEvent): string {
	const d = event.details;
	const parts: string[] = [];
	if (typeof d.kind === 'string') parts.push(`format : ${d.kind}`);
	if (typeof d.type === 'string') parts.push(`document : ${d.type}`);
	if (typeof d.reason === 'string') parts.push(DELETION_REASONS[d.reason] ?? d.reason);
	if (typeof d.students === 'number') parts.push(`${d.students} élève${d.students > 1 ? 's' : ''}`);
	if (typeof d.purgeAfter === 'string') parts.push(`conservé jusqu’au ${frenchDay(d.purgeAfter)}`);
	if (typeof d.tutorAccessDays === 'number')
		parts.push(`accès des tuteurs : ${d.tutorAccessDays} jours`);
	if (typeof d.purgeDelayYears === 'number')
		parts.push(`délai de purge : ${d.purgeDelayYears} an${d.purgeDelayYears > 1 ? 's' : ''}`);
	return parts.join(' · ');
}

export function auditRow(event: AuditEvent, names: AuditNames): AuditRow {
	return {
		id: event.id,
		at: event.at,
		when: when(event.at),
		who: person(event.actorId, event.actorRole, names),
		what: auditActionLabel(event.action),
		target: target(event.target, names),
		details: details(event)
	};
}
