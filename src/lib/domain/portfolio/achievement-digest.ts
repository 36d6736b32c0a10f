/**
 * The digest a teacher's validation is bound to: SHA-256 (hex) of the canonical JSON of the
 * achievement's content fields and attached files. Revisions and timestamps are left out, so
 * re-saving the same content keeps the validation; any edit of a field shows as
 * « modifié après validation ».
 */
import { canonicalJson } from '../digest/canonical-json.ts';
import { sha256Hex } from '../digest/sha256.ts';
import type { Achievement } from '../schemas/achievement.schema.ts';

export function achievementContent(achievement: Achievement) {
	return {
		id: achievement._id,
		title: achievement.title,
		context: achievement.context,
		organisation: achievement.organisation,
		stageId: achievement.stageId,
		trainingYear: achievement.trainingYear,
		startDate: achievement.startDate,
		endDate: achievement.endDate,
		description: achievement.description,
		links: achievement.links.map(({ label, url }) => ({ label, url })),
		photoIds: [...achievement.photoIds],
		competenceIds: [...achievement.competenceIds].sort(),
		situationKinds: [...achievement.situationKinds].sort(),
		entryIds: [...achievement.entryIds].sort(),
		// Attached files by name and content digest (the one CouchDB and PouchDB both compute).
		files: Object.entries(achievement._attachments ?? {})
			.map(([name, file]) => ({ name, digest: file.digest ?? '' }))
			.sort((a, b) => (a.name < b.name ? -1 : 1))
	};
}

export function achievementDigest(achievement: Achievement): Promise<string> {
	return sha256Hex(canonicalJson(achievementContent(achievement)));
}
