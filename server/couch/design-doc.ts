/**
 * The design document of every journal database: `validate_doc_update` is the second line of
 * defence behind the gateway (structure and type immutability; authority is checked by the
 * gateway, which is the only client). It never reads `secObj`, which express-pouchdb leaves
 * undefined on the replication path, and it runs on CouchDB's JavaScript engine (ES5: no arrow
 * functions, no `let`). The views serve the teacher dashboard.
 */

/* eslint-disable no-var -- ES5 source for CouchDB's query server */
function validateDocUpdate(
	newDoc: Record<string, unknown>,
	oldDoc: Record<string, unknown> | null
): void {
	var types = [
		'profile',
		'stage',
		'entry',
		'photo',
		'week',
		'visa',
		'comment',
		'achievement',
		'validation',
		'attestation',
		'review',
		'signature'
	];
	if (oldDoc && !oldDoc._deleted && !newDoc._deleted && oldDoc.type !== newDoc.type) {
		throw { forbidden: 'Le type d’un document ne peut pas changer.' };
	}
	if (newDoc._deleted) return;
	var id = String(newDoc._id);
	var prefix = id.indexOf(':') === -1 ? id : id.slice(0, id.indexOf(':'));
	if (types.indexOf(newDoc.type as string) === -1) {
		throw { forbidden: 'Type de document inconnu.' };
	}
	if (prefix !== newDoc.type) {
		throw { forbidden: 'L’identifiant ne correspond pas au type du document.' };
	}
	if (newDoc.schemaVersion !== 1) {
		throw { forbidden: 'Version de document non prise en charge.' };
	}
}

function byTypeMap(doc: { type?: string; _id: string; deleted?: boolean }): void {
	if (doc.type && !doc.deleted) emit([doc.type, doc._id], null);
}

function byWeekMap(doc: {
	type?: string;
	date?: string;
	monday?: string;
	weekId?: string;
	status?: string;
	deleted?: boolean;
}): void {
	if (doc.deleted) return;
	if (doc.type === 'week' && doc.monday) emit([doc.monday, 'week'], doc.status);
	if ((doc.type === 'entry' || doc.type === 'photo') && doc.date) emit([doc.date, doc.type], null);
	if (doc.type === 'visa' && doc.weekId) emit([doc.weekId.slice(5, 15), 'visa'], null);
}
/* eslint-enable no-var */

declare function emit(key: unknown, value: unknown): void;

export const DESIGN_ID = '_design/carnet';
/** Bumped whenever a function below changes, so provisioning rewrites the design doc. */
export const DESIGN_VERSION = 2;

export function journalDesignDoc(): Record<string, unknown> {
	return {
		_id: DESIGN_ID,
		version: DESIGN_VERSION,
		language: 'javascript',
		validate_doc_update: validateDocUpdate.toString(),
		views: {
			by_type: { map: byTypeMap.toString(), reduce: '_count' },
			by_week: { map: byWeekMap.toString() }
		}
	};
}
