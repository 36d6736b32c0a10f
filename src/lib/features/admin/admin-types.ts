/** Shapes of the admin API's answers (docs/api.md). */
export interface ClassSummary {
	id: string;
	name: string;
	createdAt: string;
	year: 1 | 2;
	status: 'active' | 'archived' | 'purged';
	studentCount: number;
	archivedAt?: string;
	purgeAfter?: string;
	purgedAt?: string;
}

export interface ClassStudent {
	id: string;
	username: string;
	displayName: string;
	journal: string;
	trainingYear?: 1 | 2;
	option?: 'SISR' | 'SLAM';
	exportOfferedAt?: string;
	deletionRequestedAt?: string;
}

export interface CreatedStudent {
	line: number;
	id: string;
	username: string;
	displayName: string;
	option: 'SISR' | 'SLAM';
	trainingYear: 1 | 2;
	password: string;
}

export interface ImportResult {
	created: CreatedStudent[];
	errors: { line: number; message: string }[];
}

export interface Person {
	id: string;
	username: string;
	displayName: string;
	role: 'student' | 'tutor' | 'teacher' | 'admin';
	classIds: string[];
	studentIds: string[];
	option?: 'SISR' | 'SLAM';
	trainingYear?: 1 | 2;
	invited?: true;
}

export interface CreatedPerson {
	user: { id: string; username: string; displayName: string; role: string };
	password: string;
}

export interface LifecycleSettings {
	tutorAccessDays: number;
	purgeDelayYears: number;
	auditRetentionMonths: number;
}

export interface DeletionRequest {
	studentId: string;
	displayName: string;
	classId?: string;
	requestedAt: string;
	exportOfferedAt?: string;
}

export interface AuditEvent {
	id: string;
	at: string;
	actorId: string;
	actorRole: string;
	action: string;
	target: string;
	details: Record<string, string | number | boolean | null>;
}

export interface AuditPage {
	events: AuditEvent[];
	next: string | null;
}
