/**
 * State of the attestation page: loads the stage's attestation (saved, or prefilled), keeps what
 * the student types in a device draft until it is saved (a killed tab loses nothing), tells
 * where the tutor's signature stands, and makes the PDF on demand (jsPDF loaded only then).
 */
import { journalName, type JournalDb } from '$lib/data/journal-db';
import { reportExport } from '$lib/features/audit/report-export';
import { durationLabel, effectiveDuration } from '$lib/domain/attestation/duration';
import type { Attestation, Signature } from '$lib/domain/schemas';
import { signedContentDigest } from '$lib/domain/signature/signed-content';
import { signatureState, type SignatureState } from '$lib/domain/signature/signature-state';
import {
	clearFormDraft,
	keepRevisionDraft,
	openRevisionDraft
} from '$lib/features/forms/form-draft';
import { attestationFormValues, type AttestationFormValues } from './attestation-form';
import { loadAttestation, type AttestationData } from './load-attestation';

const draftKey = (stageId: string) => `attestation:${stageId}`;

/** The duration the values give, or null while dates or absences are not valid yet. */
export function durationPreview(values: AttestationFormValues, hoursPerDay: number): string | null {
	const date = /^\d{4}-\d{2}-\d{2}$/;
	if (!date.test(values.startDate) || !date.test(values.endDate)) return null;
	if (values.endDate < values.startDate) return null;
	const absences = values.absences
		.map((a) => ({ date: a.date, hours: Number(a.hours.trim().replace(',', '.')) }))
		.filter((a) => date.test(a.date) && Number.isFinite(a.hours) && a.hours > 0);
	return durationLabel(
		effectiveDuration({
			startDate: values.startDate,
			endDate: values.endDate,
			hoursPerDay,
			absences
		})
	);
}

export class AttestationPage {
	data = $state<AttestationData | null>(null);
	values = $state<AttestationFormValues | null>(null);
	error = $state<string | null>(null);
	signatureState = $state<SignatureState<Signature> | null>(null);
	exporting = $state(false);
	exportError = $state<string | null>(null);
	exported = $state<string | null>(null);
	/** Set when the draft was typed on an older version than the one stored now. */
	draftNotice = $state<string | null>(null);
	readonly #db: () => JournalDb;
	readonly #userId: () => string;
	#stageId: string | null = null;

	constructor(db: () => JournalDb, userId: () => string) {
		this.#db = db;
		this.#userId = userId;
	}

	async open(stageId: string): Promise<void> {
		if (this.#stageId === stageId) return;
		this.#stageId = stageId;
		try {
			const data = await loadAttestation(this.#db(), stageId);
			const draft = await openRevisionDraft(
				this.#userId(),
				draftKey(stageId),
				attestationFormValues(data.attestation),
				data.attestation._rev ?? null
			);
			// Unsaved typing is never dropped; if the attestation changed meanwhile (another device),
			// the student is told, and decides by saving or by reloading the stored version.
			if (draft.stale) {
				this.draftNotice =
					'Vos modifications non enregistrées sur cet appareil ont été reprises, mais l’attestation a été modifiée ailleurs depuis : vérifiez avant d’enregistrer.';
			}
			this.values = draft.values;
			this.data = data;
			await this.#refreshSignatures(data.attestation, data.signatures);
		} catch (error) {
			this.error =
				error instanceof Error ? error.message : 'L’attestation n’a pas pu être ouverte.';
		}
	}

	/**
	 * Called from an effect: every change of the values goes to the device draft, with the
	 * revision it was typed on. Values equal to the stored attestation leave no draft, so a stale
	 * copy never hides a version synced from another device.
	 */
	keepDraft(): void {
		const values = $state.snapshot(this.values);
		const data = this.data;
		if (!values || !data || !this.#stageId) return;
		void keepRevisionDraft(
			this.#userId(),
			draftKey(this.#stageId),
			values,
			attestationFormValues(data.attestation),
			data.attestation._rev ?? null
		);
	}

	/** Drops the unsaved typing and shows the stored attestation again. */
	async discardDraft(): Promise<void> {
		if (!this.data || !this.#stageId) return;
		await clearFormDraft(this.#userId(), draftKey(this.#stageId));
		this.values = attestationFormValues(this.data.attestation);
		this.draftNotice = null;
	}

	async saved(attestation: Attestation): Promise<void> {
		if (!this.data || !this.#stageId) return;
		this.data = { ...this.data, attestation, saved: true };
		this.draftNotice = null;
		await clearFormDraft(this.#userId(), draftKey(this.#stageId));
		await this.#refreshSignatures(attestation, this.data.signatures);
	}

	async #refreshSignatures(attestation: Attestation, signatures: Signature[]): Promise<void> {
		this.signatureState = signatureState(signatures, await signedContentDigest(attestation));
	}

	async exportPdf(stageId: string): Promise<void> {
		if (this.exporting) return;
		this.exporting = true;
		this.exportError = null;
		this.exported = null;
		try {
			const exporter = await import('$lib/features/exports/export-pdf');
			const pdf = await exporter.exportAttestationPdf(this.#db(), stageId);
			exporter.downloadBlob(pdf.blob, pdf.filename);
			this.exported = pdf.filename;
			// The school's audit trail records who exported what (best effort, queued offline).
			const owner = this.#userId();
			if (owner) void reportExport({ kind: 'attestation', journalId: journalName(owner) });
		} catch (error) {
			this.exportError =
				error instanceof Error && error.message ? error.message : 'Le PDF n’a pas pu être créé.';
		} finally {
			this.exporting = false;
		}
	}
}
