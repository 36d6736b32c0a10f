/** Why a photo was refused, with the sentence shown to the student. */
export type PhotoErrorCode = 'not-an-image' | 'corrupt' | 'too-large' | 'unsupported';

export const PHOTO_MESSAGES: Record<PhotoErrorCode, string> = {
	'not-an-image': "Ce fichier n'est pas une image. Choisissez une photo (JPEG, PNG, WebP…).",
	corrupt: 'Cette image est illisible ou endommagée. Reprenez la photo ou choisissez-en une autre.',
	'too-large': 'Cette image est trop lourde (plus de 40 Mo). Choisissez une photo plus légère.',
	unsupported:
		"Ce format d'image n'est pas pris en charge par ce navigateur. Enregistrez la photo en JPEG et réessayez."
};

export class PhotoError extends Error {
	readonly code: PhotoErrorCode;

	constructor(code: PhotoErrorCode, message: string = PHOTO_MESSAGES[code]) {
		super(message);
		this.name = 'PhotoError';
		this.code = code;
	}
}

export function isPhotoErrorCode(value: unknown): value is PhotoErrorCode {
	return typeof value === 'string' && value in PHOTO_MESSAGES;
}
