/**
 * The layout-free model of the PDF exports: every string a reader sees is already French and
 * formatted, so the renderer only places text and images. Photos and signatures are references
 * (photo ids, PNG data URLs) that the renderer resolves when it draws.
 */
import type { WeekReportStatus } from '../week-report/week-report.ts';

export interface PdfActivity {
	id: string;
	label: string;
}

export interface PdfPhoto {
	/** Id of the photo document: the renderer fetches its image attachment. */
	id: string;
	caption: string;
	width: number;
	height: number;
}

export interface PdfEntry {
	id: string;
	/** « 2 h 30 ». */
	time: string;
	minutes: number;
	text: string;
	activities: PdfActivity[];
	tools: string[];
	difficulties: string;
	learned: string;
	photos: PdfPhoto[];
}

export interface PdfDay {
	date: string;
	/** « Lundi 1 juin 2026 ». */
	label: string;
	/** « Jour férié : Lundi de Pentecôte », « Week-end ». */
	note?: string;
	time: string;
	entries: PdfEntry[];
}

export type PdfVisaDecision = 'signed' | 'changes_requested';

export interface PdfVisa {
	id: string;
	signerName: string;
	signerRole: 'tutor' | 'teacher';
	roleLabel: string;
	signedAt: string;
	/** « 5 juin 2026 à 17 h 42 » (heure de Paris). */
	dateLabel: string;
	decision: PdfVisaDecision;
	decisionLabel: string;
	comment: string;
	/** PNG data URL of the drawn signature, when the visa is signed. */
	signature?: string;
	verificationCode: string;
	/** The visa was given on the content exported now (its digest is the week's current one). */
	current: boolean;
	validityLabel: string;
}

export interface PdfWeek {
	weekId: string;
	/** 1-based position in the stage. */
	number: number;
	/** « Semaine 3 ». */
	title: string;
	/** « du lundi 1 juin 2026 au vendredi 5 juin 2026 » (days of the week inside the stage). */
	period: string;
	status: WeekReportStatus;
	/** « Brouillon », « Envoyée le 5 juin 2026 », « Modifiée après envoi ». */
	statusLabel: string;
	/** « 35 h 00 sur 35 h ». */
	time: string;
	days: PdfDay[];
	summary: string;
	difficulties: string;
	learned: string;
	activities: PdfActivity[];
	visas: PdfVisa[];
	/** Digest of the week's whole content (what a visa signs). */
	digest: string;
}

export interface PdfStudent {
	name: string;
	className?: string;
	/** « SISR — Solutions d’infrastructure, systèmes et réseaux ». */
	option: string;
	/** « 2e année ». */
	trainingYear: string;
}

export interface PdfStage {
	organisation: string;
	address?: string;
	tutor: string;
	tutorRole?: string;
	tutorContact?: string;
	/** « du lundi 1 juin 2026 au vendredi 3 juillet 2026 ». */
	period: string;
	/** « 5 semaines ». */
	duration: string;
	conventionRef?: string;
	objectives?: string;
}

export interface PdfDocumentBase {
	title: string;
	subtitle: string;
	student: PdfStudent;
	stage: PdfStage;
	/** Printed at the foot of every page. */
	footer: string;
}

export interface WeekPdfModel extends PdfDocumentBase {
	kind: 'week';
	week: PdfWeek;
}

export interface JournalPdfModel extends PdfDocumentBase {
	kind: 'journal';
	diploma: string;
	weeks: PdfWeek[];
	/** « 48 entrées · 60 photos · 172 h 30 ». */
	totals: string;
}

export type PdfModel = WeekPdfModel | JournalPdfModel;
