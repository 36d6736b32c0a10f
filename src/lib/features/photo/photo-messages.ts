/** What the page and the photo worker say to each other (structured-cloned). */
import type { ImageHeader } from './image-header.ts';
import type { PhotoErrorCode } from './photo-error.ts';
import type { ProcessedPhoto } from './render-photo.ts';
import type { Redaction } from './redact-geometry.ts';

export interface PhotoRequest {
	id: number;
	file: Blob;
	header: ImageHeader;
	/** Regions to black out (normalised), burnt in before encoding; empty for most photos. */
	redactions: Redaction[];
}

export type PhotoResponse =
	| { id: number; ok: true; photo: ProcessedPhoto }
	/** `fallback`: this worker cannot do the job (no usable OffscreenCanvas); use the page. */
	| { id: number; ok: false; fallback: boolean; code: PhotoErrorCode | null; message: string };
